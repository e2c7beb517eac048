#include "MapRenderer.h"

#include "LabelPlacer.h"
#include "PaintPrimitives.h"
#include "PointClusters.h"
#include "TileFolder.h"
#include "WaterLabels.h"
#include "WaterPainter.h"

#include <QPaintEngine>
#include <QPainter>
#include <QRegion>
#include <QSet>

namespace sahel {

using PaintPrimitives::screenPath;

namespace {

bool isVisible(const QRectF &projectedBounds, const Viewport &viewport)
{
    return projectedBounds.intersects(viewport.visibleBounds());
}

QColor focusFill(const MapStyle &style, const MapScene &scene, const QString &countryCode)
{
    const qsizetype index = scene.focusCountries.indexOf(countryCode);
    if (index < 0 || style.focusFills.isEmpty())
        return style.land;
    return style.focusFills[index % style.focusFills.size()];
}

} // namespace

MapRenderer::MapRenderer(MapStyle style)
    : m_style(std::move(style))
    , m_userLayers(m_style.fontFamily)
{}

QFont MapRenderer::font(double pixelSize, int weight, bool italic) const
{
    QFont f(m_style.fontFamily);
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setWeight(static_cast<QFont::Weight>(weight));
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QList<MapLayer> MapRenderer::layers()
{
    return {MapLayer::Background, MapLayer::Land,     MapLayer::Water,      MapLayer::Boundaries,
            MapLayer::Regions,    MapLayer::UserData, MapLayer::Highlights, MapLayer::Labels};
}

QString MapRenderer::layerId(MapLayer layer)
{
    switch (layer) {
    case MapLayer::Background:
        return QStringLiteral("water");
    case MapLayer::Land:
        return QStringLiteral("land");
    case MapLayer::Water:
        return QStringLiteral("hydrography");
    case MapLayer::Boundaries:
        return QStringLiteral("boundaries");
    case MapLayer::Regions:
        return QStringLiteral("story-regions");
    case MapLayer::UserData:
        return QStringLiteral("user-layers");
    case MapLayer::Highlights:
        return QStringLiteral("highlights");
    case MapLayer::Labels:
        return QStringLiteral("labels");
    }
    return {};
}

void MapRenderer::render(QPainter &painter, const MapScene &scene, const FrameState &frame) const
{
    for (MapLayer layer : layers())
        renderLayer(painter, scene, frame, layer);
}

void MapRenderer::renderLayer(QPainter &painter, const MapScene &scene, const FrameState &frame,
                              MapLayer layer) const
{
    const Viewport &viewport = frame.viewport;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(QRectF(QPointF(0, 0), viewport.size()), Qt::IntersectClip);
    if (layer == MapLayer::Background) {
        drawBackground(painter, viewport, scene);
    } else if (scene.geo) {
        switch (layer) {
        case MapLayer::Background:
            break;
        case MapLayer::Land:
            drawBaseMap(painter, viewport, scene);
            break;
        case MapLayer::Water:
            // A basemap has its own rivers and lakes.
            if (scene.baseMap == BaseMapMode::Own)
                WaterPainter::paint(painter, viewport, *scene.geo, m_style);
            break;
        case MapLayer::Boundaries:
            drawAdmin1(painter, viewport, scene);
            break;
        case MapLayer::Regions:
            drawStyledRegions(painter, viewport, scene);
            break;
        case MapLayer::UserData:
            m_userLayers.paint(painter, viewport, scene.userLayers);
            break;
        case MapLayer::Highlights:
            drawHover(painter, scene, frame);
            drawSelection(painter, scene, frame);
            break;
        case MapLayer::Labels:
            renderLabels(painter, scene, frame);
            break;
        }
    }
    painter.restore();
}

void MapRenderer::drawBackground(QPainter &painter, const Viewport &viewport, const MapScene &scene) const
{
    if (scene.baseMap == BaseMapMode::Underlay)
        return;
    painter.fillRect(QRectF(QPointF(0, 0), viewport.size()), m_style.water);
    if (scene.baseMap == BaseMapMode::Tiles)
        if (const std::optional<TileFolder> tiles = TileFolder::open(scene.tileFolder))
            tiles->paint(painter, viewport);
}

void MapRenderer::drawBaseMap(QPainter &painter, const Viewport &viewport, const MapScene &scene) const
{
    if (scene.baseMap != BaseMapMode::Own) {
        drawBordersOverBasemap(painter, viewport, scene);
        return;
    }
    const GeoData &geo = *scene.geo;
    QSet<QString> detailed;
    for (const AdminUnit &country : geo.countries)
        detailed.insert(country.code);
    // Each fill's edge lies under its own antialiased border, so the fill itself needs no
    // antialiasing: half the cost of this layer, and no visible change.
    const auto drawCountry = [&painter](const QPainterPath &path, const QColor &fill, const QPen &border) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPath(path);
        painter.setRenderHint(QPainter::Antialiasing, true);
        PaintPrimitives::strokeOpaque(painter, path, border);
    };
    // The 1:50m world only where the 1:10m layer has nothing, so coastlines never double.
    const QPen landBorder(m_style.landBorder, m_style.landBorderWidth);
    for (const AdminUnit &country : geo.world) {
        if ((country.code.isEmpty() || !detailed.contains(country.code)) &&
            isVisible(country.shape.bounds(), viewport))
            drawCountry(screenPath(country.shape, viewport), focusFill(m_style, scene, country.code),
                        landBorder);
    }
    const QPen nationalBorder(m_style.nationalBorder, m_style.nationalBorderWidth);
    for (const AdminUnit &country : geo.countries) {
        if (isVisible(country.shape.bounds(), viewport))
            drawCountry(screenPath(country.shape, viewport), focusFill(m_style, scene, country.code),
                        nationalBorder);
    }
}

void MapRenderer::drawBordersOverBasemap(QPainter &painter, const Viewport &viewport,
                                         const MapScene &scene) const
{
    // The basemap has its own land and water: ours would hide it. The focus countries keep a light
    // tint of their colours and every border stays, so the story still reads over the tiles.
    constexpr double focusTint = 0.3;
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPen nationalBorder(m_style.nationalBorder, m_style.nationalBorderWidth);
    for (const AdminUnit &country : scene.geo->countries) {
        if (!isVisible(country.shape.bounds(), viewport))
            continue;
        const QPainterPath path = screenPath(country.shape, viewport);
        if (scene.focusCountries.contains(country.code)) {
            QColor tint = focusFill(m_style, scene, country.code);
            tint.setAlphaF(static_cast<float>(focusTint));
            painter.fillPath(path, tint);
        }
        PaintPrimitives::strokeOpaque(painter, path, nationalBorder);
    }
}

void MapRenderer::drawAdmin1(QPainter &painter, const Viewport &viewport, const MapScene &scene) const
{
    if (viewport.zoom() < 4.0)
        return;
    painter.setBrush(Qt::NoBrush);
    const QPen focusPen(m_style.admin1Border, m_style.admin1BorderWidth, Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin);
    const QPen neighbourPen(m_style.admin1BorderFaint, m_style.admin1BorderWidth, Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin);
    if (!scene.geo->admin1Borders.isEmpty()) {
        // The boundary network: every border once (a shared one is not stroked for each side), in two
        // strokes. A border touching a focus country takes the focus pen.
        const double metresPerPixel = viewport.metresPerPixel();
        const QRectF visible = viewport.visibleBounds();
        QPainterPath focusLines;
        QPainterPath neighbourLines;
        for (const BorderLine &line : scene.geo->admin1Borders) {
            if (!Geometry::boundsMeet(line.bounds, visible))
                continue;
            const bool focus =
                scene.focusCountries.contains(line.countryCode) ||
                (!line.otherCountryCode.isEmpty() && scene.focusCountries.contains(line.otherCountryCode));
            PaintPrimitives::addScreenLine(focus ? focusLines : neighbourLines,
                                           line.forResolution(metresPerPixel), viewport);
        }
        painter.setPen(neighbourPen);
        painter.drawPath(neighbourLines);
        painter.setPen(focusPen);
        painter.drawPath(focusLines);
    } else {
        for (const AdminUnit &unit : scene.geo->admin1) {
            if (!isVisible(unit.shape.bounds(), viewport))
                continue;
            painter.setPen(scene.focusCountries.contains(unit.countryCode) ? focusPen : neighbourPen);
            painter.drawPath(screenPath(unit.shape, viewport));
        }
    }
    // Focus countries' borders last and strongest: they are what the map is about.
    const QPen focusBorder(m_style.focusBorder, m_style.focusBorderWidth, Qt::SolidLine, Qt::RoundCap,
                           Qt::RoundJoin);
    for (const QString &code : scene.focusCountries)
        if (const AdminUnit *country = scene.geo->country(code);
            country && isVisible(country->shape.bounds(), viewport))
            PaintPrimitives::strokeOpaque(painter, screenPath(country->shape, viewport), focusBorder);
}

void MapRenderer::drawStyledRegions(QPainter &painter, const Viewport &viewport, const MapScene &scene) const
{
    for (const MapRegion &region : scene.regions) {
        if (region.isPoint || !isVisible(region.bounds(), viewport))
            continue;
        if (region.style == RegionStyle::Area) {
            // An inner band instead of a fill: the countries under the area keep their one colour.
            const QPainterPath path = screenPath(region.shape, viewport);
            painter.save();
            painter.setClipPath(path, Qt::IntersectClip);
            painter.setBrush(Qt::NoBrush);
            // A band this wide hides a pixel of simplification and the shape of its joins: a coarser
            // level and bevels halve the work of Qt's stroker, the costliest step of this layer.
            painter.setPen(QPen(m_style.areaFill, 9.0, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
            painter.drawPath(screenPath(region.shape, viewport, 1.0));
            painter.restore();
            PaintPrimitives::strokeDashed(
                painter, path, QPen(m_style.areaOutline, 1.4, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin));
        }
    }
    // Zones over areas: the tri-border zone must read at a glance from across a classroom.
    for (const MapRegion &region : scene.regions) {
        if (region.isPoint || region.style != RegionStyle::Zone || !isVisible(region.bounds(), viewport))
            continue;
        const QPainterPath path = screenPath(region.shape, viewport);
        // Hatched from a point fixed on the map: panning moves the lines with it.
        PaintPrimitives::fillHatched(
            painter, path,
            QColor(m_style.zoneHatch.red(), m_style.zoneHatch.green(), m_style.zoneHatch.blue(), 28),
            m_style.zoneHatch, m_style.zoneHatchSpacing, 1.1, viewport.toScreen(region.bounds().topLeft()));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(Qt::white), m_style.zoneOutlineWidth + 2.0, Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin));
        painter.drawPath(path);
        painter.setPen(
            QPen(m_style.zoneOutline, m_style.zoneOutlineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
}

void MapRenderer::drawHover(QPainter &painter, const MapScene &scene, const FrameState &frame) const
{
    const Viewport &viewport = frame.viewport;
    if (!frame.hoveredUnit.isEmpty()) {
        const AdminUnit *unit = scene.geo->adminUnit(frame.hoveredUnit);
        if (!unit)
            unit = scene.geo->country(frame.hoveredUnit);
        if (unit && isVisible(unit->shape.bounds(), viewport)) {
            const QPainterPath path = screenPath(unit->shape, viewport);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 70));
            painter.drawPath(path);
            PaintPrimitives::strokeOpaque(
                painter, path, QPen(m_style.highlight, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
    }
    for (const QString &regionId : frame.glowingRegions) {
        const MapRegion *region = scene.region(regionId);
        if (!region || region->isPoint || !isVisible(region->bounds(), viewport))
            continue;
        // A soft 7 px glow hides a pixel of simplification and the shape of its joins.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_style.glow, 7.0, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
        painter.drawPath(screenPath(region->shape, viewport, 1.0));
    }
}

void MapRenderer::drawSelection(QPainter &painter, const MapScene &scene, const FrameState &frame) const
{
    const Viewport &viewport = frame.viewport;
    if (frame.selectedRegions.isEmpty())
        return;
    QList<QPainterPath> paths;
    QPainterPath selected;
    selected.setFillRule(Qt::WindingFill);
    for (const QString &regionId : frame.selectedRegions) {
        const MapRegion *region = scene.region(regionId);
        if (region && !region->isPoint && isVisible(region->bounds(), viewport)) {
            paths.append(screenPath(region->shape, viewport));
            selected.addPath(paths.last());
        }
    }
    if (paths.isEmpty())
        return; // only points are selected: they are emphasised, and nothing is dimmed
    // Dim everything else: a veil with the selection cut out of it.
    const QRectF canvas(QPointF(0, 0), viewport.size());
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster) {
        // On images the cut is a pixel region: a scanline conversion instead of Qt's path booleans,
        // which took 30 ms and more on country outlines. Its stepped edge lies under the outline.
        QRegion cut;
        for (const QPainterPath &path : std::as_const(paths))
            cut += QRegion(path.toFillPolygon().toPolygon(), Qt::OddEvenFill);
        painter.save();
        painter.setClipRegion(QRegion(canvas.toAlignedRect()) - cut, Qt::IntersectClip);
        painter.fillRect(canvas, m_style.veil);
        painter.restore();
    } else {
        QPainterPath veil;
        veil.addRect(canvas);
        veil = veil.subtracted(selected.simplified());
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.veil);
        painter.drawPath(veil);
    }
    painter.setBrush(Qt::NoBrush);
    PaintPrimitives::strokeOpaque(painter, selected,
                                  QPen(QColor(Qt::white), 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    PaintPrimitives::strokeOpaque(painter, selected,
                                  QPen(m_style.highlight, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
}

LabelPlacer MapRenderer::renderLabels(QPainter &painter, const MapScene &scene, const FrameState &frame) const
{
    const Viewport &viewport = frame.viewport;
    LabelPlacer placer(QRectF(QPointF(0, 0), viewport.size()));
    for (const QRectF &rect : frame.reserved)
        placer.block(rect);
    // Cluster badges are drawn below the labels, which keep clear of them so their counts read.
    for (const ClusterBadge &badge : PointClusters::badges(viewport, scene.userLayers))
        placer.block(badge.rect());
    // The engine's priorities: the arrows to far places (they must show), capitals, then what the
    // selected fact is about (its towns, points, zones and areas, its admin-1 units), countries, admin-1
    // units, other towns, the user's labels, water and physical names.
    drawOffMapPlaces(painter, frame, scene, placer);
    drawTowns(painter, frame, scene, placer, TownPass::Capitals);
    drawTowns(painter, frame, scene, placer, TownPass::FactTowns);
    drawPointRegions(painter, frame, scene, placer);
    drawZoneLabels(painter, viewport, scene, placer);
    drawAdmin1Labels(painter, frame, scene, placer, true);
    drawCountryLabels(painter, viewport, scene, placer, true);
    drawCountryLabels(painter, viewport, scene, placer, false);
    drawAdmin1Labels(painter, frame, scene, placer, false);
    drawTowns(painter, frame, scene, placer, TownPass::OtherTowns);
    m_userLayers.paintLabels(painter, viewport, scene.userLayers, placer);
    if (scene.baseMap == BaseMapMode::Own) {
        WaterLabels::paintWater(painter, viewport, *scene.geo, scene.language, m_style, placer);
        WaterLabels::paintPhysical(painter, viewport, *scene.geo, scene.language, m_style, placer);
    }
    return placer;
}

} // namespace sahel
