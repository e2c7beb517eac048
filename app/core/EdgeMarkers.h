#pragma once

#include "MapScene.h"
#include "Viewport.h"

#include <QList>

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

    /// Markers for every place region outside the viewport, along the straight map line from the centre.
    static QList<EdgeMarker> compute(const Viewport &viewport, const MapScene &scene);
    /// The marker whose arrow is under a logical point, if any.
    static const EdgeMarker *hit(const QList<EdgeMarker> &markers, QPointF point);
};

} // namespace sahel
