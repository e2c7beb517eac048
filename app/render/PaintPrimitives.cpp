#include "PaintPrimitives.h"

#include <QPainter>
#include <QPolygonF>

namespace sahel::PaintPrimitives {

QPainterPath screenPath(const LodShape &shape, const Viewport &viewport)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const MultiPolygon &level = shape.forResolution(viewport.metresPerPixel());
    const double scale = 1.0 / viewport.metresPerPixel();
    const QPointF centre = viewport.centre();
    const double halfWidth = viewport.size().width() / 2.0;
    const double halfHeight = viewport.size().height() / 2.0;
    for (const Polygon &polygon : level.polygons) {
        for (const Ring &ring : polygon.rings) {
            if (ring.size() < 3)
                continue;
            QPolygonF screen;
            screen.reserve(ring.size() + 1);
            for (const QPointF &p : ring)
                screen.append(QPointF((p.x() - centre.x()) * scale + halfWidth, (centre.y() - p.y()) * scale + halfHeight));
            if (!screen.boundingRect().intersects(QRectF(0, 0, 2 * halfWidth, 2 * halfHeight)))
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
    if (haloWidth > 0) {
        QPainterPath outline;
        outline.addText(baseline, font, text);
        painter.strokePath(outline, QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
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
