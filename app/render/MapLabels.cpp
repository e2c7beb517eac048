// The label and symbol half of MapRenderer: everything placed through the LabelPlacer.
#include "MapRenderer.h"

#include "EdgeMarkers.h"
#include "LabelPlacer.h"
#include "PaintPrimitives.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <QSet>

#include <optional>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sahel {

namespace {

/// The projected positions of the towns the selected fact names.
QList<QPointF> factTownPoints(const FrameState &frame, const MapScene &scene)
{
    QList<QPointF> points;
    for (const QString &id : frame.selectedRegions)
        if (const MapRegion *region = scene.region(id); region && region->kind == RegionKind::Town)
            points.append(region->point);
    return points;
}

/// Whether a gazetteer town is one of these points (a town region is placed from the gazetteer, so the
/// two agree to well under a metre; a few metres allow for a position given in the story).
bool isAmong(const QList<QPointF> &points, QPointF projected)
{
    return std::any_of(points.cbegin(), points.cend(), [projected](QPointF p) {
        return std::abs(p.x() - projected.x()) < 50.0 && std::abs(p.y() - projected.y()) < 50.0;
    });
}

/// The baseline of a label placed in this rectangle.
QPointF baselineOf(const QRectF &rect, const QFontMetricsF &metrics)
{
    return {rect.left(), rect.top() + metrics.ascent()};
}

QSizeF textSize(const QFontMetricsF &metrics, const QString &text)
{
    return {metrics.horizontalAdvance(text), metrics.height()};
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
    // The 1:10m countries, then the world's others (1:50m).
    QList<const AdminUnit *> countries;
    QSet<QString> detailed;
    for (const AdminUnit &country : scene.geo->countries) {
        countries.append(&country);
        detailed.insert(country.code);
    }
    for (const AdminUnit &country : scene.geo->world)
        if (!country.code.isEmpty() && !detailed.contains(country.code))
            countries.append(&country);
    for (const AdminUnit *unit : std::as_const(countries)) {
        const AdminUnit &country = *unit;
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
            placeNear(placer, anchor, QSizeF(width, metrics.height()), &country.shape.full(), viewport);
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
        const bool selected =
            frame.selectedRegions.contains(region.id) || frame.glowingRegions.contains(region.id);
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
        const QFontMetricsF metrics(f);
        if (const auto rect = placer.placeBeside(p, r + 4, textSize(metrics, text)))
            PaintPrimitives::drawHaloText(painter, baselineOf(*rect, metrics), text, f, m_style.zoneLabel,
                                          m_style.halo, 3.5);
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
                placeNear(placer, viewport.toScreen(region.labelPoint), size, &region.shape.full(), viewport);
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

void MapRenderer::drawAdmin1Labels(QPainter &painter, const FrameState &frame, const MapScene &scene,
                                   LabelPlacer &placer, bool factUnits) const
{
    const Viewport &viewport = frame.viewport;
    QSet<QString> named;
    for (const QString &id : frame.selectedRegions)
        if (const MapRegion *region = scene.region(id))
            for (const QString &code : region->units)
                named.insert(code);
    if (factUnits ? named.isEmpty() : viewport.zoom() < admin1LabelZoom)
        return;
    // A unit the story draws as an area or a zone already carries its name: not twice.
    QSet<QString> labelledAsRegions;
    for (const MapRegion &region : scene.regions)
        if (region.kind == RegionKind::Admin1 &&
            (region.style == RegionStyle::Area || region.style == RegionStyle::Zone))
            for (const QString &code : region.units)
                labelledAsRegions.insert(code);
    const QRectF canvas(QPointF(0, 0), viewport.size());
    const double size = std::clamp(2.5 + viewport.zoom() * 1.25, 10.0, 14.0);
    QFont f = font(factUnits ? size + 1.0 : size, factUnits ? QFont::Bold : QFont::DemiBold);
    f.setLetterSpacing(QFont::PercentageSpacing, 108);
    const QFontMetricsF metrics(f);
    for (const AdminUnit &unit : scene.geo->admin1) {
        if (named.contains(unit.code) != factUnits || labelledAsRegions.contains(unit.code))
            continue;
        const QPointF anchor = viewport.toScreen(unit.labelPoint);
        if (!canvas.contains(anchor))
            continue;
        const QString text = unit.name(scene.language).toUpper();
        const QSizeF textBox = textSize(metrics, text);
        const QRectF screenBounds = QRectF(viewport.toScreen(unit.shape.bounds().topLeft()),
                                           viewport.toScreen(unit.shape.bounds().bottomRight()))
                                        .normalized();
        if (!factUnits && textBox.width() > screenBounds.width() * 1.1)
            continue; // wider than its unit: it would name a neighbour as much
        if (const auto rect = placeNear(placer, anchor, textBox, &unit.shape.full(), viewport))
            PaintPrimitives::drawHaloText(painter, baselineOf(*rect, metrics), text, f,
                                          factUnits ? m_style.zoneLabel : m_style.admin1Label, m_style.halo,
                                          3.0);
    }
}

void MapRenderer::drawTowns(QPainter &painter, const FrameState &frame, const MapScene &scene,
                            LabelPlacer &placer, TownPass pass) const
{
    const Viewport &viewport = frame.viewport;
    const QList<QPointF> factTowns = factTownPoints(frame, scene);
    if (pass == TownPass::FactTowns && factTowns.isEmpty())
        return;
    const QRectF visible = viewport.visibleBounds();
    const qint64 minPopulation = gazetteerPopulation(viewport.zoom());
    const bool regional = viewport.zoom() >= 4.5;
    QList<const Town *> towns;
    for (const Town &town : scene.geo->towns) {
        if (!visible.contains(town.projected))
            continue;
        // The fact's towns at every scale; the gazetteer's capitals join the map's own towns at a
        // regional scale, its other towns as the map comes closer, the largest first.
        const bool fact = isAmong(factTowns, town.projected);
        const bool drawn =
            town.onMap || fact || (regional && (town.capital || town.population >= minPopulation));
        if (!drawn)
            continue;
        const bool wanted = pass == TownPass::Capitals    ? town.capital
                            : pass == TownPass::FactTowns ? fact && !town.capital
                                                          : !fact && !town.capital;
        if (wanted)
            towns.append(&town);
    }
    std::stable_sort(towns.begin(), towns.end(),
                     [](const Town *a, const Town *b) { return a->population > b->population; });
    if (pass == TownPass::OtherTowns && !regional)
        return;
    const QRectF canvas(QPointF(0, 0), viewport.size());
    struct Drawn
    {
        const Town *town;
        QPointF p;
        bool emphasised;
        double r;
        QRectF symbol;
        bool always;
    };
    QList<Drawn> drawn;
    for (const Town *town : towns) {
        const QPointF p = viewport.toScreen(town->projected);
        if (!canvas.contains(p))
            continue;
        // A town the fact names is emphasised like the other highlighted places, and always drawn.
        const bool emphasised =
            pass == TownPass::FactTowns || (town->capital && isAmong(factTowns, town->projected));
        const double r = town->capital ? (emphasised ? 5.5 : 4.5) : (emphasised ? 5.0 : 3.0);
        // The map's own capitals and the fact's towns are always drawn; any other town only with its name
        // and where its symbol is clear.
        const bool always = emphasised || (town->capital && town->onMap);
        drawn.append({town, p, emphasised, r, QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r), always});
    }
    // The symbols drawn in any case first, so that no name is put where one of them comes later (three
    // capitals a few pixels apart on a world view).
    for (const Drawn &d : drawn)
        if (d.always)
            placer.block(d.symbol);
    for (const Drawn &d : drawn) {
        const Town *town = d.town;
        const QPointF p = d.p;
        const bool emphasised = d.emphasised;
        const double r = d.r;
        const QRectF &symbol = d.symbol;
        const bool always = d.always;
        if (!always && !placer.isFree(symbol))
            continue;
        const QFont f = font(emphasised      ? 14.0
                             : town->capital ? 13.0
                                             : 11.0,
                             emphasised || town->capital ? QFont::Bold : QFont::Normal);
        const QString text = town->name(scene.language);
        const QFontMetricsF metrics(f);
        const auto rect = placer.placeBeside(p, r + 3, textSize(metrics, text));
        if (!rect && !always)
            continue; // an unlabelled town dot tells a reader nothing
        placer.block(symbol);
        painter.setPen(QPen(Qt::white, emphasised ? 2.0 : 1.5));
        painter.setBrush(emphasised ? m_style.highlight : m_style.townFill);
        if (town->capital) {
            // The classic capital symbol: a square with a dot, distinct from plain towns.
            painter.drawRect(symbol);
            painter.setBrush(Qt::white);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(p, r * 0.4, r * 0.4);
        } else {
            painter.drawEllipse(symbol);
        }
        if (rect)
            PaintPrimitives::drawHaloText(painter, baselineOf(*rect, metrics), text, f,
                                          emphasised ? m_style.zoneLabel : m_style.labelText, m_style.halo,
                                          emphasised ? 3.5 : 3.0);
    }
}

void MapRenderer::drawOffMapPlaces(QPainter &painter, const FrameState &frame, const MapScene &scene,
                                   LabelPlacer &placer) const
{
    const Viewport &viewport = frame.viewport;
    const QList<EdgeMarker> markers = EdgeMarker::compute(viewport, scene, frame.reserved);
    // Every arrow first, so that no label is put where an arrow comes later.
    for (const EdgeMarker &marker : markers)
        placer.block(QRectF(marker.tip - QPointF(17, 17), QSizeF(34, 34)));
    const QFont f = font(11.0, QFont::DemiBold);
    const QFontMetricsF metrics(f);
    for (const EdgeMarker &marker : markers) {
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
        const QString text = QStringLiteral("%1 · %2 km")
                                 .arg(region->name.text(scene.language))
                                 .arg(qRound(marker.distanceKm / 10.0) * 10);
        const QSizeF size = textSize(metrics, text);
        // On the inner side of the arrow, in the room the stacking kept for it; where a label of
        // another kind took that room first, a little further in.
        const QPointF inward(-std::cos(marker.angle), -std::sin(marker.angle));
        const bool sideEdge = marker.tip.x() <= EdgeMarker::edgeInset + 0.5 ||
                              marker.tip.x() >= viewport.size().width() - EdgeMarker::edgeInset - 0.5;
        const QPointF start =
            sideEdge
                ? QPointF(marker.tip.x() +
                              (inward.x() > 0 ? 1 : -1) * (EdgeMarker::labelGap + size.width() / 2),
                          marker.tip.y())
                : QPointF(marker.tip.x(), marker.tip.y() + (inward.y() > 0 ? 1 : -1) *
                                                               (EdgeMarker::labelGap + size.height() / 2));
        const QPointF deeper = sideEdge ? QPointF(inward.x() > 0 ? 8.0 : -8.0, 0)
                                        : QPointF(0, inward.y() > 0 ? size.height() + 2 : -size.height() - 2);
        std::optional<QRectF> placed;
        // Along the edge, the label may slide until its end is over the arrow: still read as the arrow's.
        const QPointF slide = sideEdge ? QPointF(0, size.height() / 2) : QPointF(size.width() / 2 - 6, 0);
        for (int step = 0; step < 6 && !placed; ++step) {
            for (const double along : {0.0, 1.0, -1.0}) {
                QPointF centre = start + deeper * step + slide * along;
                centre.setX(std::clamp(centre.x(), size.width() / 2 + 4,
                                       viewport.size().width() - size.width() / 2 - 4));
                centre.setY(std::clamp(centre.y(), size.height(), viewport.size().height() - size.height()));
                const QRectF rect(centre - QPointF(size.width() / 2, size.height() / 2), size);
                if (placer.tryPlace(rect)) {
                    placed = rect;
                    break;
                }
            }
        }
        if (placed) // else the arrow alone, named on hover and in the legend's entry
            PaintPrimitives::drawHaloText(painter, baselineOf(*placed, metrics), text, f,
                                          active ? m_style.highlight : m_style.labelText, m_style.halo, 3.0);
    }
}

} // namespace sahel
