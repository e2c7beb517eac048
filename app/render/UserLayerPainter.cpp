#include "UserLayerPainter.h"

#include "LabelPlacer.h"
#include "PaintPrimitives.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace sahel {

namespace {

QColor colourOf(const UserLayerStyle &style)
{
    return QColor::fromRgba(style.colour);
}

/// The margin beyond the canvas where features still count: symbols are drawn whole at the edge.
QRectF cullRect(const Viewport &viewport, double marginPx)
{
    const double m = marginPx * viewport.metresPerPixel();
    return viewport.visibleBounds().adjusted(-m, -m, m, m);
}

} // namespace

UserLayerPainter::UserLayerPainter(QString fontFamily)
    : m_fontFamily(std::move(fontFamily))
{
}

void UserLayerPainter::paint(QPainter &painter, const Viewport &viewport, const QList<UserLayer> &layers) const
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
    const QRectF visible = cullRect(viewport, 24);
    const double tinyMetres = 1.5 * viewport.metresPerPixel();
    QColor fill = colour;
    fill.setAlphaF(0.35f);
    const QPen areaPen(colour, std::max(0.8, layer.style.lineWidth * 0.7));
    const QPen linePen(colour, layer.style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (qsizetype i : data.index.query(visible)) {
        const UserFeature &feature = data.features[i];
        if (!feature.bounds.intersects(visible) && !visible.contains(feature.point))
            continue;
        switch (feature.kind) {
        case UserFeature::Kind::Point:
            points.append(i);
            break;
        case UserFeature::Kind::Line:
            painter.setBrush(Qt::NoBrush);
            painter.setPen(linePen);
            for (const Ring &line : feature.lines) {
                QPolygonF screen;
                screen.reserve(line.size());
                for (const QPointF &p : line)
                    screen.append(viewport.toScreen(p));
                painter.drawPolyline(screen);
            }
            break;
        case UserFeature::Kind::Area:
            painter.setBrush(fill);
            if (feature.bounds.width() < tinyMetres && feature.bounds.height() < tinyMetres) {
                // A pixel or two across: a dot says as much as its outline would, far faster.
                painter.setPen(Qt::NoPen);
                const QPointF c = viewport.toScreen(feature.bounds.center());
                painter.drawRect(QRectF(c.x() - 0.75, c.y() - 0.75, 1.5, 1.5));
                continue;
            }
            // Outlines only where they can be seen: under a few pixels the fill alone reads the same.
            painter.setPen(feature.bounds.width() < 4 * tinyMetres && feature.bounds.height() < 4 * tinyMetres
                               ? QPen(Qt::NoPen)
                               : areaPen);
            painter.drawPath(PaintPrimitives::screenPath(feature.area, viewport));
            break;
        }
    }
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
    QHash<quint64, Cluster> clusters;
    for (qsizetype i : points) {
        const QPointF &p = layer.data->features[i].point;
        const auto cx = static_cast<qint64>(std::floor(p.x() / cell));
        const auto cy = static_cast<qint64>(std::floor(p.y() / cell));
        Cluster &c = clusters[(quint64(cx) << 32) ^ quint64(quint32(cy))];
        c.sum += p;
        ++c.count;
    }
    const QColor colour = colourOf(layer.style);
    QFont font(m_fontFamily);
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    for (const Cluster &c : std::as_const(clusters)) {
        const QPointF centre = viewport.toScreen(c.sum / static_cast<double>(c.count));
        // Area grows with the count, so a cluster of 100 reads as ten times one of 10.
        const double r = std::clamp(7.0 + 5.0 * std::log10(static_cast<double>(c.count)), 7.0, 20.0);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(colour);
        painter.drawEllipse(centre, r, r);
        if (c.count > 1) {
            painter.setPen(Qt::white);
            painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                             c.count >= 10000 ? QStringLiteral("%1k").arg(c.count / 1000) : QString::number(c.count));
        }
    }
}

void UserLayerPainter::paintLabels(QPainter &painter, const Viewport &viewport, const QList<UserLayer> &layers,
                                   LabelPlacer &placer) const
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
            const QPointF anchor = viewport.toScreen(feature.kind == UserFeature::Kind::Point ? feature.point
                                                                                             : feature.bounds.center());
            const QRectF rect(anchor.x() + layer.style.pointSize, anchor.y() - metrics.height() / 2,
                              metrics.horizontalAdvance(text), metrics.height());
            if (!placer.tryPlace(rect))
                continue;
            PaintPrimitives::drawHaloText(painter, QPointF(rect.left(), rect.top() + metrics.ascent()), text, font,
                                          QColor(0x26, 0x22, 0x1e), Qt::white, 3.0);
        }
    }
}

} // namespace sahel
