#include "GridIndex.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace sahel {

GridIndex::GridIndex(const QList<QRectF> &itemBounds)
{
    if (itemBounds.isEmpty())
        return;
    m_count = itemBounds.size();
    // By hand: QRectF::united ignores the empty rectangles of points.
    double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
    for (const QRectF &b : itemBounds) {
        left = std::min(left, b.left());
        top = std::min(top, b.top());
        right = std::max(right, b.right());
        bottom = std::max(bottom, b.bottom());
    }
    m_bounds = QRectF(QPointF(left, top), QPointF(right + 1.0, bottom + 1.0));
    // About four items a cell, at most 512 x 512 cells.
    const double cells = std::clamp(static_cast<double>(itemBounds.size()) / 4.0, 1.0, 512.0 * 512.0);
    const double aspect = m_bounds.width() / m_bounds.height();
    m_columns = std::clamp(static_cast<int>(std::sqrt(cells * aspect)), 1, 512);
    m_rows = std::clamp(static_cast<int>(cells / m_columns), 1, 512);
    m_cells.resize(qsizetype(m_columns) * m_rows);
    for (qsizetype i = 0; i < itemBounds.size(); ++i) {
        const QRectF &b = itemBounds[i];
        const int c0 = columnOf(b.left()), c1 = columnOf(b.right());
        const int r0 = rowOf(b.top()), r1 = rowOf(b.bottom());
        if (qsizetype(c1 - c0 + 1) * (r1 - r0 + 1) > 64) {
            m_large.append(i);
            continue;
        }
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                m_cells[qsizetype(r) * m_columns + c].append(i);
    }
}

int GridIndex::columnOf(double x) const
{
    return std::clamp(static_cast<int>((x - m_bounds.left()) / m_bounds.width() * m_columns), 0,
                      m_columns - 1);
}

int GridIndex::rowOf(double y) const
{
    return std::clamp(static_cast<int>((y - m_bounds.top()) / m_bounds.height() * m_rows), 0, m_rows - 1);
}

QList<qsizetype> GridIndex::query(const QRectF &rect) const
{
    if (m_cells.isEmpty() || !rect.intersects(m_bounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9)))
        return m_large;
    if (rect.contains(m_bounds)) { // the whole layer in view (a world view): everything, in order
        QList<qsizetype> all(m_count);
        std::iota(all.begin(), all.end(), qsizetype(0));
        return all;
    }
    const int c0 = columnOf(rect.left()), c1 = columnOf(rect.right());
    const int r0 = rowOf(rect.top()), r1 = rowOf(rect.bottom());
    qsizetype found = m_large.size();
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            found += m_cells[qsizetype(r) * m_columns + c].size();
    if (found < m_count / 16) {
        // Few candidates (a hover, a close view): sorting them is cheaper than a pass over every item.
        QList<qsizetype> result = m_large;
        result.reserve(found);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                result += m_cells[qsizetype(r) * m_columns + c];
        std::sort(result.begin(), result.end());
        result.erase(std::unique(result.begin(), result.end()), result.end());
        return result;
    }
    // Many candidates: mark them, then read the marks in order; no sort of hundreds of thousands.
    std::vector<char> marked(static_cast<size_t>(m_count), 0);
    for (qsizetype i : m_large)
        marked[static_cast<size_t>(i)] = 1;
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            for (qsizetype i : m_cells[qsizetype(r) * m_columns + c])
                marked[static_cast<size_t>(i)] = 1;
    QList<qsizetype> all;
    all.reserve(found);
    for (qsizetype i = 0; i < m_count; ++i)
        if (marked[static_cast<size_t>(i)])
            all.append(i);
    return all;
}

} // namespace sahel
