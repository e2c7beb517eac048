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

/// The shape in logical screen pixels, at the level of detail the viewport needs (simplified by at
/// most tolerancePx), clipped near the canvas.
QPainterPath screenPath(const LodShape &shape, const Viewport &viewport, double tolerancePx = 0.5);
/// Strokes the path's edges with an opaque solid pen. On images every edge goes to the raster
/// engine's line rasterizer with square caps, which close the joins, instead of through Qt's
/// stroker and a path fill: several times faster on country outlines, and the same to the eye for
/// lines a few pixels wide. Elsewhere (SVG, PDF) the path is stroked as it is.
void strokeOpaque(QPainter &painter, const QPainterPath &path, const QPen &pen);
/// Strokes the path with a dashed pen. On images the dashes are cut here and drawn as flat-capped
/// lines (see strokeOpaque), the pattern running on across vertices; elsewhere the pen does it.
void strokeDashed(QPainter &painter, const QPainterPath &path, const QPen &pen);
/// Appends a line (projected metres) in logical screen pixels, leaving out the stretches that lie
/// wholly on one side beyond the canvas.
void addScreenLine(QPainterPath &path, const Ring &line, const Viewport &viewport);
/// Text with a halo so it reads over any fill; the text itself stays text (SVG, PDF).
void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font, const QColor &colour,
                  const QColor &halo, double haloWidth = 3.0);
/// Diagonal lines inside a path, spaced in logical pixels.
void hatch(QPainter &painter, const QPainterPath &area, const QColor &colour, double spacing, double width);
/// Fills a path with a tint and hatch() lines over it, the lines' phase fixed at anchor (logical px):
/// on images one textured fill, elsewhere a fill and real lines.
void fillHatched(QPainter &painter, const QPainterPath &area, const QColor &fill, const QColor &colour,
                 double spacing, double width, QPointF anchor);

} // namespace sahel::PaintPrimitives
