#include "LabelPlacer.h"

namespace sahel {

LabelPlacer::LabelPlacer(QRectF canvas, double padding)
    : m_canvas(canvas)
    , m_padding(padding)
{}

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
    m_labels.append({rect});
    return true;
}

bool LabelPlacer::tryPlaceAll(const QList<QRectF> &rects)
{
    if (rects.isEmpty())
        return false;
    for (const QRectF &rect : rects)
        if (!isFree(rect))
            return false;
    m_placed.append(rects);
    m_labels.append(rects);
    return true;
}

void LabelPlacer::blockLabel(const QRectF &rect)
{
    m_placed.append(rect);
    m_labels.append({rect});
}

} // namespace sahel
