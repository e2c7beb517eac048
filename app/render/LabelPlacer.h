#pragma once

#include <QList>
#include <QRectF>

#include <optional>

namespace sahel {

/// Greedy label placement: a label is drawn only where it overlaps no label placed before it.
class LabelPlacer
{
public:
    explicit LabelPlacer(QRectF canvas, double padding = 2.0);

    /// Reserves the rectangle and returns true when it is free and inside the canvas.
    bool tryPlace(const QRectF &rect);
    /// The same for a label made of several boxes (a name along a river): all of them or none.
    bool tryPlaceAll(const QList<QRectF> &rects);
    /// Reserves without checking: symbols that labels must avoid.
    void block(const QRectF &rect) { m_placed.append(rect); }
    /// Reserves a label without checking (one that must show even where it overlaps).
    void blockLabel(const QRectF &rect);
    bool isFree(const QRectF &rect) const;

    /// Where a point symbol's label may go, in the cartographer's order of preference: upper right,
    /// lower right, upper left, lower left, then centred above and below. `gap` is the symbol's radius
    /// plus the space between symbol and text.
    static QList<QRectF> besideCandidates(QPointF anchor, double gap, QSizeF size);
    /// Reserves and returns the first free candidate beside a point symbol.
    std::optional<QRectF> placeBeside(QPointF anchor, double gap, QSizeF size);

    /// The labels placed so far, each as its boxes (for tests of the placement).
    const QList<QList<QRectF>> &labels() const { return m_labels; }

private:
    QRectF m_canvas;
    double m_padding;
    QList<QRectF> m_placed;
    QList<QList<QRectF>> m_labels;
};

} // namespace sahel
