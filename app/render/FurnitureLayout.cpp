#include "FurnitureLayout.h"

#include <algorithm>
#include <array>

namespace sahel {

namespace {

bool isTop(Corner corner)
{
    return corner == Corner::TopLeft || corner == Corner::TopRight;
}

bool isLeft(Corner corner)
{
    return corner == Corner::TopLeft || corner == Corner::BottomLeft;
}

/// Whether the rectangle's interior comes within gap of the obstacle.
bool crowds(const QRectF &rect, const QRectF &obstacle, double gap)
{
    constexpr double epsilon = 1e-6;
    return obstacle.left() - gap < rect.right() - epsilon && obstacle.right() + gap > rect.left() + epsilon &&
           obstacle.top() - gap < rect.bottom() - epsilon && obstacle.bottom() + gap > rect.top() + epsilon;
}

/// Stacks pieces in the corners, each corner from its edge inwards.
class CornerStacks
{
public:
    CornerStacks(QSizeF canvas, double margin, double top, double bottom, double gap)
        : m_canvas(canvas)
        , m_margin(margin)
        , m_gap(gap)
        , m_next{top, top, bottom, bottom}
    {}

    QRectF put(QSizeF size, Corner corner)
    {
        if (size.isEmpty())
            return {};
        const double x = isLeft(corner) ? m_margin : m_canvas.width() - m_margin - size.width();
        double &y = m_next[static_cast<size_t>(corner)];
        const QRectF rect =
            isTop(corner) ? QRectF(QPointF(x, y), size) : QRectF(QPointF(x, y - size.height()), size);
        y = isTop(corner) ? rect.bottom() + m_gap : rect.top() - m_gap;
        return rect;
    }

    /// A piece beside another one in the same top corner, on its inner side.
    QRectF putBeside(QSizeF size, const QRectF &neighbour, Corner corner)
    {
        const double x = isLeft(corner) ? neighbour.right() + m_gap : neighbour.left() - m_gap - size.width();
        const QRectF rect(QPointF(x, neighbour.top()), size);
        double &y = m_next[static_cast<size_t>(corner)];
        y = std::max(y, rect.bottom() + m_gap);
        return rect;
    }

private:
    QSizeF m_canvas;
    double m_margin;
    double m_gap;
    std::array<double, 4> m_next;
};

} // namespace

QList<FurniturePlacement> FurniturePlacement::candidates()
{
    const std::array<Corner, 2> tops{Corner::TopLeft, Corner::TopRight};
    const std::array<Corner, 2> bottoms{Corner::BottomLeft, Corner::BottomRight};
    const std::array<Corner, 4> all{Corner::TopLeft, Corner::TopRight, Corner::BottomLeft,
                                    Corner::BottomRight};
    QList<FurniturePlacement> placements;
    for (const Corner title : tops)
        for (const Corner northArrow : tops)
            for (const Corner scaleBar : bottoms)
                for (const Corner inset : all)
                    for (const Corner legend : all)
                        for (const int columns : {1, 2})
                            placements.append({title, northArrow, scaleBar, inset, legend, columns});
    return placements;
}

int FurniturePlacement::unconventionality() const
{
    const FurniturePlacement usual;
    return (title != usual.title) + (northArrow != usual.northArrow) + (scaleBar != usual.scaleBar) +
           (inset != usual.inset) + (legend != usual.legend) + (legendColumns - 1);
}

QList<QRectF> FurnitureLayout::all() const
{
    QList<QRectF> rects;
    for (const QRectF &rect : {title, legend, scaleBar, northArrow, attribution, inset})
        if (!rect.isEmpty())
            rects.append(rect);
    return rects;
}

FurnitureLayout FurnitureLayout::arrange(QSizeF canvas, const FurnitureSizes &sizes,
                                         const FurniturePlacement &placement, double subjectAspect)
{
    FurnitureLayout l = place(canvas, sizes, placement);
    l.freeArea = largestFreeRect(QRectF(QPointF(0, 0), canvas), l.all(), sizes.gap, subjectAspect);
    return l;
}

FurnitureLayout FurnitureLayout::place(QSizeF canvas, const FurnitureSizes &sizes,
                                       const FurniturePlacement &placement)
{
    FurnitureLayout l;
    l.scale = sizes.scale;
    l.placement = placement;
    const double margin = sizes.margin;
    double bottom = canvas.height() - margin;
    if (sizes.attributionHeight > 0) {
        l.attribution = QRectF(margin, bottom - sizes.attributionHeight, canvas.width() - 2 * margin,
                               sizes.attributionHeight);
        bottom = l.attribution.top() - sizes.gap;
    }
    CornerStacks stacks(canvas, margin, margin, bottom, sizes.gap);
    l.title = stacks.put(sizes.title, placement.title);
    if (placement.northArrow == placement.title && !l.title.isEmpty() && !sizes.northArrow.isEmpty())
        l.northArrow = stacks.putBeside(sizes.northArrow, l.title, placement.title);
    else
        l.northArrow = stacks.put(sizes.northArrow, placement.northArrow);
    l.scaleBar = stacks.put(sizes.scaleBar, placement.scaleBar);
    l.inset = stacks.put(sizes.inset, placement.inset);
    l.legend = stacks.put(sizes.legend[placement.legendColumns == 2 ? 1 : 0], placement.legend);
    return l;
}

bool FurnitureLayout::fits(QSizeF canvas) const
{
    const QRectF area(QPointF(0, 0), canvas);
    const QList<QRectF> pieces = all();
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (!area.contains(pieces[i]))
            return false;
        for (qsizetype j = i + 1; j < pieces.size(); ++j)
            if (crowds(pieces[i], pieces[j], 0.0))
                return false;
    }
    return true;
}

QRectF FurnitureLayout::largestFreeRect(const QRectF &bounds, const QList<QRectF> &obstacles, double gap,
                                        double subjectAspect)
{
    // A largest empty rectangle has each side on the bounds or a gap away from an obstacle's side, so
    // trying those few edges finds it exactly.
    QList<double> lefts{bounds.left()}, rights{bounds.right()}, tops{bounds.top()}, bottoms{bounds.bottom()};
    for (const QRectF &o : obstacles) {
        lefts.append(std::clamp(o.right() + gap, bounds.left(), bounds.right()));
        rights.append(std::clamp(o.left() - gap, bounds.left(), bounds.right()));
        tops.append(std::clamp(o.bottom() + gap, bounds.top(), bounds.bottom()));
        bottoms.append(std::clamp(o.top() - gap, bounds.top(), bounds.bottom()));
    }
    const double aspect = subjectAspect > 0 ? subjectAspect : bounds.width() / std::max(1.0, bounds.height());
    QRectF best;
    double bestScore = -1.0;
    for (const double left : lefts)
        for (const double right : rights) {
            if (right - left < 1.0)
                continue;
            for (const double top : tops)
                for (const double bottom : bottoms) {
                    if (bottom - top < 1.0)
                        continue;
                    const QRectF rect(QPointF(left, top), QPointF(right, bottom));
                    // How wide the subject could be drawn here; ties go to the larger rectangle.
                    const double score = std::min(rect.width(), rect.height() * aspect);
                    if (score < bestScore ||
                        (score == bestScore && rect.width() * rect.height() <= best.width() * best.height()))
                        continue;
                    const bool free = std::none_of(obstacles.cbegin(), obstacles.cend(),
                                                   [&](const QRectF &o) { return crowds(rect, o, gap); });
                    if (free) {
                        best = rect;
                        bestScore = score;
                    }
                }
        }
    return best;
}

} // namespace sahel
