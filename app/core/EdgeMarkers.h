#pragma once

#include "MapScene.h"
#include "Viewport.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace sahel {

/// A place beyond the visible map, shown as an arrow at the map's edge pointing towards it.
struct EdgeMarker
{
    QString regionId;
    QPointF tip;        ///< logical px, on the inset edge
    double angle = 0.0; ///< screen angle of the arrow, radians, 0 = east, y down
    double distanceKm = 0.0;

    static constexpr double hitRadius = 22.0;
    static constexpr double edgeInset = 30.0;
    /// The room an arrow's label takes on its inner side, beyond `labelGap` from the tip: the stacking
    /// keeps it clear of the next arrow's and of the furniture, without knowing the font.
    static constexpr QSizeF labelReach{190.0, 16.0};
    static constexpr double labelGap = 20.0;

    /// Markers for every place region outside the viewport, where the straight map line from the centre
    /// meets the edge; markers that would overlap each other or an avoided rectangle (the map's
    /// furniture) are stacked along the edge.
    static QList<EdgeMarker> compute(const Viewport &viewport, const MapScene &scene,
                                     const QList<QRectF> &avoid = {});
    /// The marker whose arrow is under a logical point, if any.
    static const EdgeMarker *hit(const QList<EdgeMarker> &markers, QPointF point);
};

} // namespace sahel
