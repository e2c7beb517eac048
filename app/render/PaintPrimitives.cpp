#include "PaintPrimitives.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>

#include <cmath>

namespace sahel::PaintPrimitives {

namespace {

/// Sutherland-Hodgman against one edge of the rectangle: keeps what lies on the inner side.
template<typename Inside, typename Cross>
QPolygonF clipEdge(const QPolygonF &polygon, Inside inside, Cross cross)
{
    QPolygonF out;
    out.reserve(polygon.size());
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &current = polygon[i];
        const QPointF &previous = polygon[(i + polygon.size() - 1) % polygon.size()];
        const bool currentIn = inside(current);
        if (currentIn != inside(previous))
            out.append(cross(previous, current));
        if (currentIn)
            out.append(current);
    }
    return out;
}

/// Clips a ring to a rectangle; edges along the rectangle stay outside the visible canvas because
/// the rectangle is the canvas grown by a margin wider than any stroke.
QPolygonF clipToRect(const QPolygonF &ring, const QRectF &rect)
{
    auto atX = [](QPointF a, QPointF b, double x) { return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x())); };
    auto atY = [](QPointF a, QPointF b, double y) { return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y); };
    QPolygonF p = clipEdge(ring, [&](QPointF q) { return q.x() >= rect.left(); },
                           [&](QPointF a, QPointF b) { return atX(a, b, rect.left()); });
    p = clipEdge(p, [&](QPointF q) { return q.x() <= rect.right(); },
                 [&](QPointF a, QPointF b) { return atX(a, b, rect.right()); });
    p = clipEdge(p, [&](QPointF q) { return q.y() >= rect.top(); },
                 [&](QPointF a, QPointF b) { return atY(a, b, rect.top()); });
    return clipEdge(p, [&](QPointF q) { return q.y() <= rect.bottom(); },
                    [&](QPointF a, QPointF b) { return atY(a, b, rect.bottom()); });
}

} // namespace

QPainterPath screenPath(const LodShape &shape, const Viewport &viewport)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const MultiPolygon &level = shape.forResolution(viewport.metresPerPixel());
    const double scale = 1.0 / viewport.metresPerPixel();
    const QPointF centre = viewport.centre();
    const double halfWidth = viewport.size().width() / 2.0;
    const double halfHeight = viewport.size().height() / 2.0;
    const QRectF canvas(0, 0, 2 * halfWidth, 2 * halfHeight);
    const QRectF clipArea = canvas.adjusted(-clipMargin, -clipMargin, clipMargin, clipMargin);
    for (const Polygon &polygon : level.polygons) {
        for (const Ring &ring : polygon.rings) {
            if (ring.size() < 3)
                continue;
            QPolygonF screen;
            screen.reserve(ring.size() + 1);
            for (const QPointF &p : ring)
                screen.append(QPointF((p.x() - centre.x()) * scale + halfWidth, (centre.y() - p.y()) * scale + halfHeight));
            const QRectF box = screen.boundingRect();
            if (!box.intersects(canvas))
                continue;
            if (!clipArea.contains(box))
                screen = clipToRect(screen, clipArea);
            if (screen.size() < 3)
                continue;
            path.addPolygon(screen);
            path.closeSubpath();
        }
    }
    return path;
}

void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font, const QColor &colour,
                  const QColor &halo, double haloWidth)
{
    // The halo as an outline, never as extra text: PDF and SVG text must read (and search) once.
    QPainterPath outline;
    outline.addText(baseline, font, text);
    if (haloWidth > 0)
        painter.strokePath(outline, QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster) {
        // Images get the glyph outlines too: the raster engine's glyph cache shifts letters by
        // 1/64 px after their first use, so the same map would otherwise differ from one drawing to
        // the next (screen against export, GUI thread against worker).
        painter.fillPath(outline, colour);
        return;
    }
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(baseline, text);
}

void hatch(QPainter &painter, const QPainterPath &area, const QColor &colour, double spacing, double width)
{
    const QRectF box = area.boundingRect();
    painter.save();
    painter.setClipPath(area, Qt::IntersectClip);
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
    // Lines at 45 degrees: x - y = c for c stepping across the box.
    const double start = box.left() - box.bottom();
    const double end = box.right() - box.top();
    for (double c = start; c <= end; c += spacing)
        painter.drawLine(QPointF(box.left(), box.left() - c), QPointF(box.right(), box.right() - c));
    painter.restore();
}

} // namespace sahel::PaintPrimitives
