#pragma once

#include <QList>
#include <QRectF>

namespace sahel {

/// A uniform grid over a layer's bounds, cell to feature indices: finds what lies in a rectangle
/// without looking at every feature. Simple and fast for the evenly spread data of a map layer.
class GridIndex
{
public:
    GridIndex() = default;
    /// bounds of each item; cells are chosen so each holds a handful of items on average.
    explicit GridIndex(const QList<QRectF> &itemBounds);

    /// Indices of the items whose bounds may intersect the rectangle (each once, ascending).
    QList<qsizetype> query(const QRectF &rect) const;
    qsizetype cellCount() const { return m_cells.size(); }

private:
    int columnOf(double x) const;
    int rowOf(double y) const;

    QRectF m_bounds;
    int m_columns = 0;
    int m_rows = 0;
    QList<QList<qsizetype>> m_cells;
    QList<qsizetype> m_large; ///< items spanning many cells, always returned (checked by the caller)
    qsizetype m_count = 0;
};

} // namespace sahel
