#include "LabelPlacer.h"

namespace sahel {

LabelPlacer::LabelPlacer(QRectF canvas, double padding)
    : m_canvas(canvas)
    , m_padding(padding)
{
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_canvas.contains(rect))
        return false;
    const QRectF padded = rect.adjusted(-m_padding, -m_padding, m_padding, m_padding);
    for (const QRectF &placed : m_placed)
        if (placed.intersects(padded))
            return false;
    return true;
}

bool LabelPlacer::tryPlace(const QRectF &rect)
{
    if (!isFree(rect))
        return false;
    m_placed.append(rect);
    return true;
}

} // namespace sahel
