#include "MapRegion.h"

namespace sahel {

QRectF MapRegion::bounds() const
{
    return isPoint ? QRectF(point, QSizeF(0, 0)) : shape.bounds();
}

} // namespace sahel
