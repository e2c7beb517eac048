#include "PaintPrimitives.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <optional>

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

/// A label drawn once: halo and text in device pixels, with the device pixel its baseline starts at.
struct LabelSprite
{
    QImage image;
    QPoint origin;
};

/// Label sprites shared by every renderer and thread (the export worker reuses what the window drew).
/// Haloed text was the costliest thing on the map (Qt's stroker on glyph curves, every frame); a
/// label reappears frame after frame, so its sprite is made once and then copied.
class LabelSpriteCache
{
public:
    static LabelSpriteCache &instance()
    {
        // Never destroyed: an export thread still painting while the process exits must not find
        // its mutex gone.
        static auto *cache = new LabelSpriteCache;
        return *cache;
    }

    LabelSprite sprite(const QString &text, const QFont &font, const QColor &colour, const QColor &halo,
                       double haloWidth, double scale)
    {
        const QString key = QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5\x1f%6\x1f%7")
                                .arg(text, font.key())
                                .arg(font.hintingPreference())
                                .arg(colour.rgba())
                                .arg(halo.rgba())
                                .arg(haloWidth)
                                .arg(scale);
        {
            const QMutexLocker lock(&m_mutex);
            if (const auto found = m_sprites.constFind(key); found != m_sprites.cend())
                return *found;
        }
        LabelSprite made = render(text, font, colour, halo, haloWidth, scale);
        const QMutexLocker lock(&m_mutex);
        // Zooming through font sizes makes new sprites; starting afresh keeps the cache small
        // without bookkeeping, and a frame's labels are redrawn within that frame.
        if (m_bytes > maxBytes) {
            m_sprites.clear();
            m_bytes = 0;
        }
        if (!m_sprites.contains(key)) {
            m_bytes += made.image.sizeInBytes();
            m_sprites.insert(key, made);
        }
        return made;
    }

private:
    static constexpr qsizetype maxBytes = 16 * 1024 * 1024;

    static LabelSprite render(const QString &text, const QFont &font, const QColor &colour,
                              const QColor &halo, double haloWidth, double scale)
    {
        QPainterPath outline;
        outline.addText(QPointF(0, 0), font, text);
        const double radius = std::max(0.0, haloWidth) / 2.0 * scale; // device pixels
        const int margin = static_cast<int>(std::ceil(radius)) + 2;
        const QRect device = QTransform::fromScale(scale, scale)
                                 .mapRect(outline.boundingRect())
                                 .toAlignedRect()
                                 .adjusted(-margin, -margin, margin, margin);
        LabelSprite sprite;
        sprite.origin = -device.topLeft();
        // The glyphs' coverage first...
        QImage glyphs(device.size().expandedTo(QSize(1, 1)), QImage::Format_Alpha8);
        glyphs.fill(0);
        {
            QPainter painter(&glyphs);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.translate(sprite.origin);
            painter.scale(scale, scale);
            painter.fillPath(outline, Qt::black);
        }
        // ...then the halo as that coverage grown by the radius: the same area as stroking the glyph
        // outlines (and filling them), for a fifth of the work of Qt's stroker on glyph curves.
        const QImage grown = radius > 0 ? dilate(glyphs, radius) : QImage();
        sprite.image = QImage(glyphs.size(), QImage::Format_ARGB32_Premultiplied);
        const QRgb ink = qPremultiply(colour.rgba());
        const QRgb backing = qPremultiply(halo.rgba());
        for (int y = 0; y < glyphs.height(); ++y) {
            const uchar *cover = glyphs.constScanLine(y);
            const uchar *around = radius > 0 ? grown.constScanLine(y) : nullptr;
            auto *out = reinterpret_cast<QRgb *>(sprite.image.scanLine(y));
            for (int x = 0; x < glyphs.width(); ++x) {
                // Text over halo, in premultiplied colour: text * c + halo * h * (1 - c).
                const int c = cover[x];
                const int h = around ? around[x] * (255 - c) / 255 : 0;
                const auto mix = [c, h](int t, int b) { return (t * c + b * h + 127) / 255; };
                out[x] = qRgba(mix(qRed(ink), qRed(backing)), mix(qGreen(ink), qGreen(backing)),
                               mix(qBlue(ink), qBlue(backing)), mix(qAlpha(ink), qAlpha(backing)));
            }
        }
        return sprite;
    }

    /// The halo's coverage: how much of each pixel lies within radius of the glyphs. A glyph pixel's
    /// coverage tells how far inside it the edge runs (half covered: through its centre), so a
    /// neighbour at distance d from it is about d - coverage + 1/2 from the edge, and the halo, an
    /// antialiased disc of the radius around every edge point, covers radius + coverage - d of it.
    static QImage dilate(const QImage &coverage, double radius)
    {
        struct Tap
        {
            int dx;
            int dy;
            int bias; // (radius - distance) in 1/255ths of a pixel
        };
        QList<Tap> taps;
        const int reach = static_cast<int>(std::ceil(radius + 1.0));
        for (int dy = -reach; dy <= reach; ++dy) {
            for (int dx = -reach; dx <= reach; ++dx) {
                const double slack = radius - std::hypot(dx, dy);
                if (slack > -1.0)
                    taps.append({dx, dy, static_cast<int>(std::lround(slack * 255.0))});
            }
        }
        const int width = coverage.width();
        const int height = coverage.height();
        // Tap by tap over whole rows: no bounds test per pixel, and loops the compiler vectorises.
        QList<int> best(qsizetype(width) * height, 0);
        for (const Tap &tap : taps) {
            const int fromX = std::max(0, -tap.dx);
            const int toX = std::min(width, width - tap.dx);
            for (int y = std::max(0, -tap.dy); y < std::min(height, height - tap.dy); ++y) {
                const uchar *in = coverage.constScanLine(y + tap.dy) + tap.dx;
                int *out = best.data() + qsizetype(y) * width;
                for (int x = fromX; x < toX; ++x)
                    out[x] = std::max(out[x], in[x] != 0 ? in[x] + tap.bias : 0);
            }
        }
        QImage result(coverage.size(), QImage::Format_Alpha8);
        for (int y = 0; y < height; ++y) {
            uchar *out = result.scanLine(y);
            const int *in = best.constData() + qsizetype(y) * width;
            for (int x = 0; x < width; ++x)
                out[x] = static_cast<uchar>(std::clamp(in[x], 0, 255));
        }
        return result;
    }

    QMutex m_mutex;
    QHash<QString, LabelSprite> m_sprites;
    qsizetype m_bytes = 0;
};

/// The uniform scale from the painter's logical coordinates to device pixels, when there is one.
std::optional<double> uniformDeviceScale(const QPainter &painter)
{
    const QTransform device = painter.deviceTransform();
    if (device.type() > QTransform::TxScale || device.m11() <= 0 || device.m11() != device.m22())
        return std::nullopt;
    return device.m11();
}

} // namespace

QPainterPath screenPath(const LodShape &shape, const Viewport &viewport, double tolerancePx)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    // forResolution keeps the simplification under half a pixel of the resolution it is given.
    const MultiPolygon &level = shape.forResolution(viewport.metresPerPixel() * tolerancePx / 0.5);
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

void strokeOpaque(QPainter &painter, const QPainterPath &path, const QPen &pen)
{
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const std::optional<double> scale = raster ? uniformDeviceScale(painter) : std::nullopt;
    // Up to a device pixel wide, Qt draws a path with its cosmetic stroker, fast and seamless at joins.
    if (!scale || pen.style() != Qt::SolidLine || pen.widthF() * *scale <= 1.0) {
        painter.strokePath(path, pen);
        return;
    }
    QList<QLineF> lines;
    lines.reserve(path.elementCount());
    for (const QPolygonF &polygon : path.toSubpathPolygons())
        for (qsizetype i = 1; i < polygon.size(); ++i)
            lines.append(QLineF(polygon[i - 1], polygon[i]));
    painter.save();
    QPen square = pen;
    square.setCapStyle(Qt::SquareCap);
    painter.setPen(square);
    painter.drawLines(lines);
    painter.restore();
}

void strokeDashed(QPainter &painter, const QPainterPath &path, const QPen &pen)
{
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const QList<qreal> pattern = pen.dashPattern();
    double period = 0.0;
    for (qreal length : pattern)
        period += length * pen.widthF();
    if (!raster || !uniformDeviceScale(painter) || pattern.size() % 2 != 0 || period <= 0.0) {
        painter.strokePath(path, pen);
        return;
    }
    QList<QLineF> dashes;
    for (const QPolygonF &polygon : path.toSubpathPolygons()) {
        // Each subpath starts the pattern afresh, as QPen's dashes do.
        qsizetype index = 0;
        double left = pattern[0] * pen.widthF(); // of the current dash or gap
        for (qsizetype i = 1; i < polygon.size(); ++i) {
            QPointF from = polygon[i - 1];
            const QPointF to = polygon[i];
            double length = QLineF(from, to).length();
            while (length > 0.0) {
                const double step = std::min(left, length);
                const QPointF end = from + (to - from) * (step / length);
                if (index % 2 == 0)
                    dashes.append(QLineF(from, end));
                from = end;
                length -= step;
                left -= step;
                if (left <= 0.0) {
                    index = (index + 1) % pattern.size();
                    left = pattern[index] * pen.widthF();
                }
            }
        }
    }
    painter.save();
    QPen flat = pen;
    flat.setStyle(Qt::SolidLine);
    flat.setCapStyle(Qt::FlatCap);
    painter.setPen(flat);
    painter.drawLines(dashes);
    painter.restore();
}

void addScreenLine(QPainterPath &path, const Ring &line, const Viewport &viewport)
{
    if (line.size() < 2)
        return;
    const double scale = 1.0 / viewport.metresPerPixel();
    const QPointF centre = viewport.centre();
    const double halfWidth = viewport.size().width() / 2.0;
    const double halfHeight = viewport.size().height() / 2.0;
    const QRectF clipArea = QRectF(0, 0, 2 * halfWidth, 2 * halfHeight)
                                .adjusted(-clipMargin, -clipMargin, clipMargin, clipMargin);
    // Outcodes (Cohen-Sutherland): an edge is dropped when both ends are beyond the same side.
    const auto outcode = [&clipArea](QPointF p) {
        return (p.x() < clipArea.left() ? 1 : 0) | (p.x() > clipArea.right() ? 2 : 0) |
               (p.y() < clipArea.top() ? 4 : 0) | (p.y() > clipArea.bottom() ? 8 : 0);
    };
    const auto toScreen = [&](QPointF p) {
        return QPointF((p.x() - centre.x()) * scale + halfWidth, (centre.y() - p.y()) * scale + halfHeight);
    };
    QPointF previous = toScreen(line.first());
    int previousCode = outcode(previous);
    bool drawing = false;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF current = toScreen(line[i]);
        const int code = outcode(current);
        if ((code & previousCode) != 0) {
            drawing = false;
        } else {
            if (!drawing)
                path.moveTo(previous);
            path.lineTo(current);
            drawing = true;
        }
        previous = current;
        previousCode = code;
    }
}

void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font, const QColor &colour,
                  const QColor &halo, double haloWidth)
{
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (const std::optional<double> scale = raster ? uniformDeviceScale(painter) : std::nullopt) {
        // Images get a sprite of the glyph outlines, never the raster engine's glyph cache: that
        // cache shifts letters by 1/64 px after their first use, so the same map would otherwise
        // differ from one drawing to the next (screen against export, GUI thread against worker).
        // The baseline snaps to a whole device pixel, so a sprite's pixels never depend on where
        // it lands.
        const LabelSprite sprite =
            LabelSpriteCache::instance().sprite(text, font, colour, halo, haloWidth, *scale);
        const QPointF device = painter.deviceTransform().map(baseline);
        const QPoint topLeft = QPoint(qRound(device.x()), qRound(device.y())) - sprite.origin;
        painter.save();
        // Device pixels one to one: the copy is a plain blend, never a resampling.
        painter.setWorldTransform(painter.deviceTransform().inverted() * painter.worldTransform());
        painter.drawImage(QPointF(topLeft), sprite.image);
        painter.restore();
        return;
    }
    // The halo as an outline, never as extra text: PDF and SVG text must read (and search) once.
    QPainterPath outline;
    outline.addText(baseline, font, text);
    if (haloWidth > 0)
        painter.strokePath(outline, QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (raster) {
        painter.fillPath(outline, colour); // sheared or rotated: outlines, for the reason above
        return;
    }
    if (font.letterSpacingType() == QFont::AbsoluteSpacing && font.letterSpacing() != 0.0) {
        // Qt's PDF engine sets such text without its added spacing while the outline keeps it: the fill
        // would sit short of its halo ("SAHARA" with a ghost "RA"). Spaced names are drawn as outlines.
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

void fillHatched(QPainter &painter, const QPainterPath &area, const QColor &fill, const QColor &colour,
                 double spacing, double width, QPointF anchor)
{
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const std::optional<double> scale = raster ? uniformDeviceScale(painter) : std::nullopt;
    if (!scale) {
        // Vector output keeps real lines: a texture would become an embedded image.
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPath(area);
        painter.restore();
        hatch(painter, area, colour, spacing, width);
        return;
    }
    // One fill with a tile holding the tint and a diagonal, instead of a line per spacing through a
    // clip path. The tile is in device pixels and its period a whole number of them, so the pattern
    // tiles seamlessly; its phase follows the anchor, so it moves with the map, not the window.
    const int period = std::max(2, qRound(spacing * *scale));
    QImage tile(period, period, QImage::Format_ARGB32_Premultiplied);
    tile.fill(fill);
    {
        QPainter tilePainter(&tile);
        tilePainter.setRenderHint(QPainter::Antialiasing, true);
        tilePainter.setPen(QPen(colour, width * *scale, Qt::SolidLine, Qt::FlatCap));
        // The same diagonal (x - y constant) as hatch(), and its neighbours so it wraps at the edges.
        for (int k = -1; k <= 1; ++k)
            tilePainter.drawLine(QPointF(-period, k * period - period),
                                 QPointF(2 * period, k * period + 2 * period));
    }
    const QPointF device = painter.deviceTransform().map(anchor);
    QBrush brush(tile);
    // Texture pixels are device pixels (the brush transform is applied before the painter's), in
    // the anchor's phase.
    brush.setTransform(
        QTransform::fromTranslate(std::fmod(device.x(), period), std::fmod(device.y(), period)) *
        painter.deviceTransform().inverted());
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(brush);
    painter.drawPath(area);
    painter.restore();
}

} // namespace sahel::PaintPrimitives
