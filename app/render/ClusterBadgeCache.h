#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>

class QPainter;

namespace sahel {

/// Cluster badges (a disc with its count) drawn once per count, size, colour and scale, then copied: a
/// layer of many points shows hundreds of clusters, and laying out and filling their text every frame
/// cost more than the rest of the map. Shared by every renderer and thread, like the label sprites.
class ClusterBadgeCache
{
public:
    static ClusterBadgeCache &instance();

    /// Draws the badge centred on centre (logical px). Images get a cached sprite at a whole device
    /// pixel; vector devices (SVG, PDF) and sheared painters get the disc and text themselves.
    void draw(QPainter &painter, QPointF centre, double radius, const QString &text, const QColor &colour,
              const QFont &font);

private:
    ClusterBadgeCache() = default;
    static QImage render(double radius, const QString &text, const QColor &colour, const QFont &font,
                         double scale);

    static constexpr qsizetype maxBytes = 8 * 1024 * 1024;
    QMutex m_mutex;
    QHash<QString, QImage> m_badges;
    qsizetype m_bytes = 0;
};

} // namespace sahel
