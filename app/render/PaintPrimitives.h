#pragma once

#include "Geometry.h"
#include "Viewport.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>

class QPainter;

namespace sahel::PaintPrimitives {

/// How far outside the canvas rings are clipped: wider than any stroke, so cut edges never show.
inline constexpr double clipMargin = 24.0;

/// The shape in logical screen pixels, at the level of detail the viewport needs, clipped near the canvas.
QPainterPath screenPath(const LodShape &shape, const Viewport &viewport);
/// Text with a halo so it reads over any fill; the text itself stays text (SVG, PDF).
void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font, const QColor &colour,
                  const QColor &halo, double haloWidth = 3.0);
/// Diagonal lines inside a path, spaced in logical pixels.
void hatch(QPainter &painter, const QPainterPath &area, const QColor &colour, double spacing, double width);

} // namespace sahel::PaintPrimitives
