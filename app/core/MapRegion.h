#pragma once

#include "Geometry.h"
#include "LocalizedText.h"
#include "LonLat.h"
#include "Story.h"

#include <QString>
#include <QStringList>

namespace sahel {

/// A story region resolved against the map data: a shape or a point, projected to Web Mercator.
struct MapRegion
{
    QString id;
    RegionKind kind = RegionKind::Country;
    RegionStyle style = RegionStyle::Plain;
    LocalizedText name;
    LodShape shape;     ///< empty for point regions
    QPointF point;      ///< projected position of a point region
    LonLat position;    ///< geographic position of a point region
    QPointF labelPoint; ///< projected: where the region's name reads best (inside the shape)
    bool isPoint = false;
    QStringList units; ///< the admin-1 units it is made of, labelled when a fact names the region

    /// Projected bounds: the shape's, or an empty rectangle at the point.
    QRectF bounds() const;
    /// The bounds a view frames: without far-flung parts.
    QRectF framingBounds() const;
    bool contains(QPointF projected) const { return !isPoint && shape.full().contains(projected); }
};

} // namespace sahel
