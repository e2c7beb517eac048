#include "UserLayerPainter.h"

#include "ClusterBadgeCache.h"
#include "LabelPlacer.h"
#include "PaintPrimitives.h"
#include "PointClusters.h"

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
    const QRectF visible = PointClusters::cullRect(viewport);
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
        if (!PointClusters::isInCull(feature, visible))
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
            if (hasHoles(feature.area.full())) {
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
    const QColor colour = colourOf(layer.style);
    QFont font(m_fontFamily);
    font.setPixelSize(11);
    font.setBold(true);
    ClusterBadgeCache &badges = ClusterBadgeCache::instance();
    for (const ClusterBadge &badge : PointClusters::compute(viewport, layer, points)) {
        const QString text = badge.count < 2        ? QString()
                             : badge.count >= 10000 ? QStringLiteral("%1k").arg(badge.count / 1000)
                                                    : QString::number(badge.count);
        badges.draw(painter, badge.centre, badge.radius, text, colour, font);
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
            const std::optional<QRectF> rect =
                placer.placeBeside(anchor, layer.style.pointSize / 2.0 + 3.0,
                                   QSizeF(metrics.horizontalAdvance(text), metrics.height()));
            if (!rect)
                continue;
            PaintPrimitives::drawHaloText(painter, QPointF(rect->left(), rect->top() + metrics.ascent()),
                                          text, font, QColor(0x26, 0x22, 0x1e), Qt::white, 3.0);
        }
    }
}

} // namespace sahel
