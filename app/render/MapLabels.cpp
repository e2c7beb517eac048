// The label and symbol half of MapRenderer: everything placed through the LabelPlacer.
#include "MapRenderer.h"

#include "EdgeMarkers.h"
#include "LabelPlacer.h"
#include "PaintPrimitives.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <optional>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sahel {

namespace {

/// Tries right, left, above and below a symbol; returns the baseline of the first free spot.
std::optional<QPointF> placeBeside(LabelPlacer &placer, QPointF anchor, double gap,
                                   const QFontMetricsF &metrics, const QString &text)
{
    const double width = metrics.horizontalAdvance(text);
    const double ascent = metrics.ascent();
    const double height = metrics.height();
    const QList<QPointF> topLefts{{anchor.x() + gap, anchor.y() - height / 2},
                                  {anchor.x() - gap - width, anchor.y() - height / 2},
                                  {anchor.x() - width / 2, anchor.y() - gap - height},
                                  {anchor.x() - width / 2, anchor.y() + gap}};
    for (const QPointF &topLeft : topLefts) {
        const QRectF rect(topLeft, QSizeF(width, height));
        if (placer.tryPlace(rect))
            return QPointF(topLeft.x(), topLeft.y() + ascent);
    }
    return std::nullopt;
}

QString upperSpaced(const QString &text)
{
    return text.toUpper();
}

/// A free spot for a label of this size centred on the anchor or, failing that, a little above,
/// below or beside it; with a shape, the spot's centre must stay inside it.
std::optional<QRectF> placeNear(LabelPlacer &placer, QPointF anchor, QSizeF size, const MultiPolygon *inside,
                                const Viewport &viewport)
{
    const double h = size.height();
    const double w = size.width();
    const QList<QPointF> offsets{{0, 0},      {0, -1.4 * h}, {0, 1.4 * h},  {0, -2.8 * h}, {0, 2.8 * h},
                                 {-w / 2, 0}, {w / 2, 0},    {0, -4.2 * h}, {0, 4.2 * h}};
    for (const QPointF &offset : offsets) {
        const QPointF centre = anchor + offset;
        if (inside && !inside->contains(viewport.toProjected(centre)))
            continue;
        const QRectF rect(centre.x() - w / 2, centre.y() - h / 2, w, h);
        if (placer.tryPlace(rect))
            return rect;
    }
    return std::nullopt;
}

} // namespace

void MapRenderer::drawCountryLabels(QPainter &painter, const Viewport &viewport, const MapScene &scene,
                                    LabelPlacer &placer, bool focusCountries) const
{
    const QRectF canvas(QPointF(0, 0), viewport.size());
    for (const AdminUnit &country : scene.geo->countries) {
        const bool focus = scene.focusCountries.contains(country.code);
        if (focus != focusCountries)
            continue;
        const QPointF anchor = viewport.toScreen(country.labelPoint);
        if (!canvas.contains(anchor))
            continue;
        const QRectF screenBounds(viewport.toScreen(country.shape.bounds().topLeft()),
                                  viewport.toScreen(country.shape.bounds().bottomRight()));
        const double size =
            std::clamp((focus ? 7.0 : 5.0) + viewport.zoom() * (focus ? 1.8 : 1.2), 9.0, 26.0);
        QFont f = font(size, focus ? QFont::Bold : QFont::DemiBold);
        f.setLetterSpacing(QFont::PercentageSpacing, 112);
        const QString text = upperSpaced(country.name(scene.language));
        const QFontMetricsF metrics(f);
        const double width = metrics.horizontalAdvance(text);
        if (width > screenBounds.normalized().width() * 1.1)
            continue; // a label wider than its country names nothing
        const std::optional<QRectF> rect =
            placeNear(placer, anchor, QSizeF(width, metrics.height()), &country.shape.full, viewport);
        if (!rect)
            continue;
        PaintPrimitives::drawHaloText(painter, QPointF(rect->left(), rect->top() + metrics.ascent()), text, f,
                                      focus ? m_style.countryLabel : m_style.admin1Label, m_style.halo, 3.0);
    }
}

void MapRenderer::drawPointRegions(QPainter &painter, const FrameState &frame, const MapScene &scene,
                                   LabelPlacer &placer) const
{
    const Viewport &viewport = frame.viewport;
    const QRectF canvas(QPointF(0, 0), viewport.size());
    for (const MapRegion &region : scene.regions) {
        if (!region.isPoint || region.kind == RegionKind::Town)
            continue; // towns are drawn with the gazetteer
        const QPointF p = viewport.toScreen(region.point);
        if (!canvas.contains(p))
            continue;
        const bool selected = frame.selectedRegions.contains(region.id) || frame.glowingRegions.contains(region.id);
        if (region.style != RegionStyle::Marker && !selected && region.kind != RegionKind::Place)
            continue;
        const double r = selected ? 8.0 : 6.0;
        painter.setPen(QPen(Qt::white, 2.0));
        painter.setBrush(selected ? m_style.highlight : m_style.markerFill);
        // A diamond: distinct from town dots and capital squares.
        const QPolygonF diamond{
            {p.x(), p.y() - r}, {p.x() + r, p.y()}, {p.x(), p.y() + r}, {p.x() - r, p.y()}};
        painter.drawPolygon(diamond);
        placer.block(diamond.boundingRect());
        const QFont f = font(12.0, QFont::Bold);
        const QString text = region.name.text(scene.language);
        if (auto baseline = placeBeside(placer, p, r + 4, QFontMetricsF(f), text))
            PaintPrimitives::drawHaloText(painter, *baseline, text, f, m_style.zoneLabel, m_style.halo, 3.5);
    }
}

void MapRenderer::drawZoneLabels(QPainter &painter, const Viewport &viewport, const MapScene &scene,
                                 LabelPlacer &placer) const
{
    for (const MapRegion &region : scene.regions) {
        if (region.isPoint || (region.style != RegionStyle::Zone && region.style != RegionStyle::Area))
            continue;
        const QRectF bounds = QRectF(viewport.toScreen(region.shape.bounds().topLeft()),
                                     viewport.toScreen(region.shape.bounds().bottomRight()))
                                  .normalized();
        if (!bounds.intersects(QRectF(QPointF(0, 0), viewport.size())))
            continue;
        const bool zone = region.style == RegionStyle::Zone;
        QFont f = font(zone ? 15.0 : 12.0, zone ? QFont::Bold : QFont::DemiBold, !zone);
        const QString text = region.name.text(scene.language);
        const QFontMetricsF metrics(f);
        const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
        if (!zone) {
            // Areas: inside, where there is most room.
            const std::optional<QRectF> rect =
                placeNear(placer, viewport.toScreen(region.labelPoint), size, &region.shape.full, viewport);
            if (rect)
                PaintPrimitives::drawHaloText(painter, QPointF(rect->left(), rect->top() + metrics.ascent()),
                                              text, f, m_style.areaOutline, m_style.halo, 4.0);
            continue;
        }
        // Zones hug their outline (their centre holds the tripoint): below, above, right, left, then a
        // line further out. The zone is what the map is about, so it is labelled below all the same when
        // every side is taken, unless that would print over another label (at world scale, where the
        // zone is a dot among capitals).
        const double gap = 4.0;
        QList<QRectF> candidates;
        for (const double further : {0.0, size.height() + gap}) {
            const double g = gap + further;
            candidates +=
                {QRectF(QPointF(bounds.center().x() - size.width() / 2, bounds.bottom() + g), size),
                 QRectF(QPointF(bounds.center().x() - size.width() / 2, bounds.top() - g - size.height()),
                        size),
                 QRectF(QPointF(bounds.right() + g, bounds.center().y() - size.height() / 2), size),
                 QRectF(QPointF(bounds.left() - g - size.width(), bounds.center().y() - size.height() / 2),
                        size)};
        }
        const auto free =
            std::find_if(candidates.begin(), candidates.end(),
                         [&placer](const QRectF &candidate) { return placer.tryPlace(candidate); });
        const QRectF chosen = free != candidates.end() ? *free : candidates.first();
        if (free == candidates.end()) {
            const bool overLabel = std::any_of(
                placer.labels().cbegin(), placer.labels().cend(), [&chosen](const QList<QRectF> &label) {
                    return std::any_of(label.cbegin(), label.cend(),
                                       [&chosen](const QRectF &box) { return box.intersects(chosen); });
                });
            if (overLabel)
                continue;
            placer.blockLabel(chosen);
        }
        PaintPrimitives::drawHaloText(painter, QPointF(chosen.left(), chosen.top() + metrics.ascent()), text,
                                      f, m_style.zoneLabel, m_style.halo, 4.0);
    }
}

void MapRenderer::drawTowns(QPainter &painter, const Viewport &viewport, const MapScene &scene,
                            LabelPlacer &placer, bool capitals) const
{
    QList<const Town *> towns;
    for (const Town &town : scene.geo->towns)
        if (town.capital == capitals)
            towns.append(&town);
    std::stable_sort(towns.begin(), towns.end(), [](const Town *a, const Town *b) {
        return a->capital != b->capital ? a->capital : a->population > b->population;
    });
    const QRectF canvas(QPointF(0, 0), viewport.size());
    for (const Town *town : towns) {
        if (!town->capital && viewport.zoom() < 4.5)
            continue;
        const QPointF p = viewport.toScreen(town->projected);
        if (!canvas.contains(p))
            continue;
        const double r = town->capital ? 4.5 : 3.0;
        const QRectF symbol(p.x() - r, p.y() - r, 2 * r, 2 * r);
        if (!town->capital && !placer.isFree(symbol))
            continue;
        const QFont f = font(town->capital ? 13.0 : 11.0, town->capital ? QFont::Bold : QFont::Normal);
        const QString text = town->name(scene.language);
        const auto baseline = placeBeside(placer, p, r + 3, QFontMetricsF(f), text);
        if (!baseline && !town->capital)
            continue; // an unlabelled town dot tells a reader nothing
        placer.block(symbol);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(m_style.townFill);
        if (town->capital) {
            // The classic capital symbol: a square with a dot, distinct from plain towns.
            painter.drawRect(symbol);
            painter.setBrush(Qt::white);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(p, r * 0.4, r * 0.4);
        } else {
            painter.drawEllipse(symbol);
        }
        if (baseline)
            PaintPrimitives::drawHaloText(painter, *baseline, text, f, m_style.labelText, m_style.halo, 3.0);
    }
}

void MapRenderer::drawOffMapPlaces(QPainter &painter, const FrameState &frame, const MapScene &scene,
                                   LabelPlacer &placer) const
{
    const Viewport &viewport = frame.viewport;
    for (const EdgeMarker &marker : EdgeMarker::compute(viewport, scene)) {
        const MapRegion *region = scene.region(marker.regionId);
        if (!region)
            continue;
        const bool active = frame.selectedRegions.contains(region->id) ||
                            frame.glowingRegions.contains(region->id) || frame.hoveredRegion == region->id;
        painter.save();
        painter.translate(marker.tip);
        painter.rotate(marker.angle * 180.0 / std::numbers::pi);
        const QPolygonF arrow{{0, 0}, {-16, -8}, {-12, 0}, {-16, 8}};
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(active ? m_style.highlight : m_style.labelText);
        painter.drawPolygon(arrow);
        painter.restore();
        const QFont f = font(11.0, QFont::DemiBold);
        const QString text = QStringLiteral("%1 · %2 km")
                                 .arg(region->name.text(scene.language))
                                 .arg(qRound(marker.distanceKm / 10.0) * 10);
        const QFontMetricsF metrics(f);
        const double width = metrics.horizontalAdvance(text);
        // Keep the label inside the canvas, on the inner side of the arrow.
        const QPointF inward(-std::cos(marker.angle), -std::sin(marker.angle));
        QPointF centre = marker.tip + inward * 26.0;
        centre.setX(std::clamp(centre.x(), width / 2 + 4, viewport.size().width() - width / 2 - 4));
        centre.setY(std::clamp(centre.y(), metrics.height(), viewport.size().height() - metrics.height()));
        // Several far places can point the same way: stack their labels instead of overprinting.
        QRectF rect(centre.x() - width / 2, centre.y() - metrics.height() / 2, width, metrics.height());
        const double step = (marker.tip.y() > viewport.size().height() / 2 ? -1.0 : 1.0) * metrics.height();
        for (int attempt = 0; attempt < 6 && !placer.isFree(rect); ++attempt)
            rect.translate(0, step);
        placer.blockLabel(rect);
        PaintPrimitives::drawHaloText(painter, QPointF(rect.left(), rect.top() + metrics.ascent()), text, f,
                                      active ? m_style.highlight : m_style.labelText, m_style.halo, 3.0);
    }
}

} // namespace sahel
