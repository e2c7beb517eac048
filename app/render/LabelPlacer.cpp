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

QList<QRectF> LabelPlacer::besideCandidates(QPointF anchor, double gap, QSizeF size)
{
    const double w = size.width();
    const double h = size.height();
    // Diagonal spots sit a quarter of the text height off the symbol's centre line, so the name reads as
    // belonging to the symbol beside it rather than floating off its corner.
    const double side = gap;
    const double lift = h * 0.25;
    return {QRectF(anchor.x() + side, anchor.y() - h + lift, w, h),
            QRectF(anchor.x() + side, anchor.y() - lift, w, h),
            QRectF(anchor.x() - side - w, anchor.y() - h + lift, w, h),
            QRectF(anchor.x() - side - w, anchor.y() - lift, w, h),
            QRectF(anchor.x() - w / 2, anchor.y() - gap - h, w, h),
            QRectF(anchor.x() - w / 2, anchor.y() + gap, w, h)};
}

std::optional<QRectF> LabelPlacer::placeBeside(QPointF anchor, double gap, QSizeF size)
{
    for (const QRectF &rect : besideCandidates(anchor, gap, size))
        if (tryPlace(rect))
            return rect;
    return std::nullopt;
}

void LabelPlacer::blockLabel(const QRectF &rect)
{
    m_placed.append(rect);
    m_labels.append({rect});
}

} // namespace sahel
