#pragma once

#include <QList>
#include <QRectF>

namespace sahel {

/// Greedy label placement: a label is drawn only where it overlaps no label placed before it.
class LabelPlacer
{
public:
    explicit LabelPlacer(QRectF canvas, double padding = 2.0);

    /// Reserves the rectangle and returns true when it is free and inside the canvas.
    bool tryPlace(const QRectF &rect);
    /// Reserves without checking: symbols that labels must avoid.
    void block(const QRectF &rect) { m_placed.append(rect); }
    bool isFree(const QRectF &rect) const;

private:
    QRectF m_canvas;
    double m_padding;
    QList<QRectF> m_placed;
};

} // namespace sahel
