#include "MapRegion.h"

#include "Geometry.h"

namespace sahel {

QRectF MapRegion::bounds() const
{
    return isPoint ? QRectF(point, QSizeF(0, 0)) : shape.bounds();
}

QRectF MapRegion::framingBounds() const
{
    return isPoint ? QRectF(point, QSizeF(0, 0)) : Geometry::mainBounds(shape.full());
}

} // namespace sahel
