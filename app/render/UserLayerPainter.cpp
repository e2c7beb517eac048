#include "UserLayerPainter.h"

#include "ClusterBadgeCache.h"
#include "LabelPlacer.h"
#include "PaintPrimitives.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sahel {

namespace {

QColor colourOf(const UserLayerStyle &style)
{
    return QColor::fromRgba(style.colour);
}

/// The margin beyond the canvas where features still count: symbols are drawn whole at the edge.
constexpr double cullMarginPx = 24.0;

QRectF cullRect(const Viewport &viewport, double marginPx)
{
    const double m = marginPx * viewport.metresPerPixel();
    return viewport.visibleBounds().adjusted(-m, -m, m, m);
}

bool hasHoles(const MultiPolygon &shape)
{
    return std::any_of(shape.polygons.cbegin(), shape.polygons.cend(),
                       [](const Polygon &polygon) { return polygon.rings.size() > 1; });
}

} // namespace

UserLayerPainter::UserLayerPainter(QString fontFamily)
    : m_fontFamily(std::move(fontFamily))
{}

void UserLayerPainter::paint(QPainter &painter, const Viewport &viewport,
                             const QList<UserLayer> &layers) const
{
    for (const UserLayer &layer : layers)
        if (layer.style.visible && layer.data)
            paintLayer(painter, viewport, layer);
}

void UserLayerPainter::paintLayer(QPainter &painter, const Viewport &viewport, const UserLayer &layer) const
{
    const UserLayerData &data = *layer.data;
    const QColor colour = colourOf(layer.style);
    painter.save();
    painter.setOpacity(layer.style.opacity);
    QList<qsizetype> points;
    const QRectF visible = cullRect(viewport, cullMarginPx);
    const double tinyMetres = 1.5 * viewport.metresPerPixel();
    QColor fill = colour;
    fill.setAlphaF(0.35f);
    const QPen areaPen(colour, std::max(0.8, layer.style.lineWidth * 0.7));
    const QPen linePen(colour, layer.style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // Areas and lines are gathered into a few paths and drawn at once, fills first, then outlines, then
    // lines: thousands of small features cost one rasterisation each, not thousands.
    QList<QPainterPath> fillPaths;
    QList<QPainterPath> outlinePaths;
    QPainterPath dots;
    QPainterPath lines;
    for (qsizetype i : data.index.query(visible)) {
        const UserFeature &feature = data.features[i];
        if (!feature.bounds.intersects(visible) && !visible.contains(feature.point))
            continue;
        switch (feature.kind) {
        case UserFeature::Kind::Point:
            points.append(i);
            break;
        case UserFeature::Kind::Line:
            for (const Ring &line : feature.lines)
                PaintPrimitives::addScreenLine(lines, line, viewport);
            break;
        case UserFeature::Kind::Area: {
            if (feature.bounds.width() < tinyMetres && feature.bounds.height() < tinyMetres) {
                // A pixel or two across: a dot says as much as its outline would, far faster.
                const QPointF c = viewport.toScreen(feature.bounds.center());
                dots.addRect(QRectF(c.x() - 0.75, c.y() - 0.75, 1.5, 1.5));
                continue;
            }
            const QPainterPath path = PaintPrimitives::screenPath(feature.area, viewport);
            // Outlines only where they can be seen: under a few pixels the fill alone reads the same.
            const bool outlined =
                feature.bounds.width() >= 4 * tinyMetres || feature.bounds.height() >= 4 * tinyMetres;
            if (hasHoles(feature.area.full)) {
                painter.setPen(outlined ? areaPen : QPen(Qt::NoPen));
                painter.setBrush(fill);
                painter.drawPath(path); // its own even-odd fill keeps its holes open
            } else {
                fillPaths.append(path);
                if (outlined)
                    outlinePaths.append(path);
            }
            break;
        }
        }
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    // Each fill's edge lies under its antialiased outline, so the fill needs none (half its cost).
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const QPainterPath &area : std::as_const(fillPaths))
        painter.drawPath(area);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.drawPath(dots);
    painter.setPen(areaPen);
    painter.setBrush(Qt::NoBrush);
    for (const QPainterPath &outline : std::as_const(outlinePaths))
        painter.drawPath(outline);
    painter.strokePath(lines, linePen);
    if (points.size() > layer.style.clusterThreshold) {
        paintClusters(painter, viewport, layer, points);
    } else {
        const double r = layer.style.pointSize / 2.0;
        painter.setPen(QPen(Qt::white, 1.0));
        painter.setBrush(colour);
        for (qsizetype i : std::as_const(points))
            painter.drawEllipse(viewport.toScreen(data.features[i].point), r, r);
    }
    painter.restore();
}

void UserLayerPainter::paintClusters(QPainter &painter, const Viewport &viewport, const UserLayer &layer,
                                     const QList<qsizetype> &points) const
{
    // Cells anchored to the projected plane, not the screen, so clusters do not flicker while panning.
    const double cell = clusterCellPx * viewport.metresPerPixel();
    struct Cluster
    {
        QPointF sum;
        qsizetype count = 0;
    };
    // A flat grid over the cull area: no hashing for hundreds of thousands of points, and the clusters
    // come out in a fixed order (row by row), so overlapping badges always stack the same way.
    const QRectF area = cullRect(viewport, cullMarginPx);
    const auto firstX = static_cast<qint64>(std::floor(area.left() / cell));
    const auto firstY = static_cast<qint64>(std::floor(area.top() / cell));
    const auto columns = static_cast<qint64>(std::floor(area.right() / cell)) - firstX + 1;
    const auto rows = static_cast<qint64>(std::floor(area.bottom() / cell)) - firstY + 1;
    std::vector<Cluster> clusters(static_cast<size_t>(std::max<qint64>(columns * rows, 0)));
    for (qsizetype i : points) {
        const QPointF &p = layer.data->features[i].point;
        const qint64 cx = static_cast<qint64>(std::floor(p.x() / cell)) - firstX;
        const qint64 cy = static_cast<qint64>(std::floor(p.y() / cell)) - firstY;
        if (cx < 0 || cy < 0 || cx >= columns || cy >= rows)
            continue;
        Cluster &c = clusters[static_cast<size_t>(cy * columns + cx)];
        c.sum += p;
        ++c.count;
    }
    const QColor colour = colourOf(layer.style);
    QFont font(m_fontFamily);
    font.setPixelSize(11);
    font.setBold(true);
    ClusterBadgeCache &badges = ClusterBadgeCache::instance();
    for (const Cluster &c : std::as_const(clusters)) {
        if (c.count == 0)
            continue;
        const QPointF centre = viewport.toScreen(c.sum / static_cast<double>(c.count));
        // Area grows with the count, so a cluster of 100 reads as ten times one of 10.
        const double r = std::clamp(7.0 + 5.0 * std::log10(static_cast<double>(c.count)), 7.0, 20.0);
        const QString text = c.count < 2        ? QString()
                             : c.count >= 10000 ? QStringLiteral("%1k").arg(c.count / 1000)
                                                : QString::number(c.count);
        badges.draw(painter, centre, r, text, colour, font);
    }
}

void UserLayerPainter::paintLabels(QPainter &painter, const Viewport &viewport,
                                   const QList<UserLayer> &layers, LabelPlacer &placer) const
{
    QFont font(m_fontFamily);
    font.setPixelSize(11);
    const QFontMetricsF metrics(font);
    for (const UserLayer &layer : layers) {
        if (!layer.style.visible || !layer.data || layer.style.labelField.isEmpty())
            continue;
        const qsizetype field = layer.data->fieldNames.indexOf(layer.style.labelField);
        if (field < 0)
            continue;
        const QList<qsizetype> candidates = layer.data->index.query(viewport.visibleBounds());
        if (candidates.size() > layer.style.clusterThreshold)
            continue; // clustered: individual labels would be noise
        for (qsizetype i : candidates) {
            const UserFeature &feature = layer.data->features[i];
            const QString text = feature.values.value(field);
            if (text.isEmpty())
                continue;
            const QPointF anchor = viewport.toScreen(
                feature.kind == UserFeature::Kind::Point ? feature.point : feature.bounds.center());
            const QRectF rect(anchor.x() + layer.style.pointSize, anchor.y() - metrics.height() / 2,
                              metrics.horizontalAdvance(text), metrics.height());
            if (!placer.tryPlace(rect))
                continue;
            PaintPrimitives::drawHaloText(painter, QPointF(rect.left(), rect.top() + metrics.ascent()), text,
                                          font, QColor(0x26, 0x22, 0x1e), Qt::white, 3.0);
        }
    }
}

} // namespace sahel
