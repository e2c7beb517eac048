#pragma once

#include "UserLayer.h"
#include "Viewport.h"

#include <QFont>

class QPainter;

namespace sahel {

class LabelPlacer;

/// Draws the layers the user added: areas, lines and points, or point clusters with their counts
/// where points are too dense to read, culled through each layer's grid index.
class UserLayerPainter
{
public:
    explicit UserLayerPainter(QString fontFamily);

    void paint(QPainter &painter, const Viewport &viewport, const QList<UserLayer> &layers) const;
    void paintLabels(QPainter &painter, const Viewport &viewport, const QList<UserLayer> &layers,
                     LabelPlacer &placer) const;

private:
    void paintLayer(QPainter &painter, const Viewport &viewport, const UserLayer &layer) const;
    void paintClusters(QPainter &painter, const Viewport &viewport, const UserLayer &layer,
                       const QList<qsizetype> &points) const;

    QString m_fontFamily;
};

} // namespace sahel
