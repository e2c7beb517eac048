#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace sahel {

enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };

/// Which corner of the map each piece of furniture stands in, and how the legend is set.
struct FurniturePlacement
{
    Corner title = Corner::TopLeft;
    Corner northArrow = Corner::TopRight;
    Corner scaleBar = Corner::BottomLeft;
    Corner inset = Corner::BottomLeft;
    Corner legend = Corner::BottomRight;
    int legendColumns = 1; ///< 1 or 2

    /// Every placement a map may use: titles and north arrows at the top, scale bars at the bottom.
    static QList<FurniturePlacement> candidates();
    /// How far this is from the conventional placement (the default): ties go to the lowest.
    int unconventionality() const;
    friend bool operator==(const FurniturePlacement &, const FurniturePlacement &) = default;
};

/// The sizes of the pieces a composition shows (empty when off), in logical px.
struct FurnitureSizes
{
    double scale = 1.0;
    double margin = 14.0; ///< from the canvas edge
    double gap = 8.0;     ///< between pieces, and between a piece and the free map area
    QSizeF title, northArrow, scaleBar, inset;
    QSizeF legend[2]; ///< one column, two columns
    double attributionHeight = 0.0;
};

/// Where each piece of furniture goes on a canvas and which map area it leaves free: a value a test can
/// read, computed by arrange() without any painting.
struct FurnitureLayout
{
    double scale = 1.0;
    FurniturePlacement placement;
    QRectF title, legend, scaleBar, northArrow, attribution, inset;
    /// The largest rectangle of the canvas no piece covers (a gap away from each), for the subject's shape.
    QRectF freeArea;

    QList<QRectF> all() const;
    /// Whether every piece lies on the canvas and none overlaps another.
    bool fits(QSizeF canvas) const;
    /// Stacks each corner's pieces from the corner inwards (title or scale bar, north arrow beside the
    /// title, inset, legend); subjectAspect (width / height) chooses among free rectangles.
    static FurnitureLayout arrange(QSizeF canvas, const FurnitureSizes &sizes,
                                   const FurniturePlacement &placement, double subjectAspect);
    /// The same without the free area, for when only the pieces matter.
    static FurnitureLayout place(QSizeF canvas, const FurnitureSizes &sizes,
                                 const FurniturePlacement &placement);
    /// The free rectangle inside bounds avoiding every obstacle by gap in which a subject of this aspect
    /// would be drawn largest (ties: the larger area).
    static QRectF largestFreeRect(const QRectF &bounds, const QList<QRectF> &obstacles, double gap,
                                  double subjectAspect);
};

} // namespace sahel
