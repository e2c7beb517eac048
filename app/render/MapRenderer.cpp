#include "MapRenderer.h"

#include "LabelPlacer.h"
#include "PaintPrimitives.h"

#include <QPainter>
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
{
}

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
    return {MapLayer::Background, MapLayer::Land,       MapLayer::Boundaries,
            MapLayer::Regions,    MapLayer::UserData,   MapLayer::Highlights, MapLayer::Labels};
}

QString MapRenderer::layerId(MapLayer layer)
{
    switch (layer) {
    case MapLayer::Background:
        return QStringLiteral("water");
    case MapLayer::Land:
        return QStringLiteral("land");
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

void MapRenderer::render(QPainter &painter, const Viewport &viewport, const MapScene &scene,
                         const QList<QRectF> &reserved) const
{
    for (MapLayer layer : layers())
        renderLayer(painter, viewport, scene, layer, reserved);
}

void MapRenderer::renderLayer(QPainter &painter, const Viewport &viewport, const MapScene &scene, MapLayer layer,
                              const QList<QRectF> &reserved) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(QRectF(QPointF(0, 0), viewport.size()), Qt::IntersectClip);
    if (layer == MapLayer::Background) {
        painter.fillRect(QRectF(QPointF(0, 0), viewport.size()), m_style.water);
    } else if (scene.geo) {
        switch (layer) {
        case MapLayer::Background:
            break;
        case MapLayer::Land:
            drawBaseMap(painter, viewport, scene);
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
            drawHover(painter, viewport, scene);
            drawSelection(painter, viewport, scene);
            break;
        case MapLayer::Labels:
            drawLabels(painter, viewport, scene, reserved);
            break;
        }
    }
    painter.restore();
}

void MapRenderer::drawBaseMap(QPainter &painter, const Viewport &viewport, const MapScene &scene) const
{
    const GeoData &geo = *scene.geo;
    QSet<QString> detailed;
    for (const AdminUnit &country : geo.countries)
        detailed.insert(country.code);
    // The 1:50m world only where the 1:10m layer has nothing, so coastlines never double.
    painter.setPen(QPen(m_style.landBorder, m_style.landBorderWidth));
    painter.setBrush(m_style.land);
    for (const AdminUnit &country : geo.world) {
        if ((country.code.isEmpty() || !detailed.contains(country.code)) && isVisible(country.shape.bounds(), viewport))
            painter.drawPath(screenPath(country.shape, viewport));
    }
    for (const AdminUnit &country : geo.countries) {
        if (!isVisible(country.shape.bounds(), viewport))
            continue;
        painter.setPen(QPen(m_style.nationalBorder, m_style.nationalBorderWidth));
        painter.setBrush(focusFill(m_style, scene, country.code));
        painter.drawPath(screenPath(country.shape, viewport));
    }
}

void MapRenderer::drawAdmin1(QPainter &painter, const Viewport &viewport, const MapScene &scene) const
{
    if (viewport.zoom() < 4.0)
        return;
    painter.setBrush(Qt::NoBrush);
    const QPen focusPen(m_style.admin1Border, m_style.admin1BorderWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen neighbourPen(m_style.admin1BorderFaint, m_style.admin1BorderWidth, Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin);
    for (const AdminUnit &unit : scene.geo->admin1) {
        if (!isVisible(unit.shape.bounds(), viewport))
            continue;
        painter.setPen(scene.focusCountries.contains(unit.countryCode) ? focusPen : neighbourPen);
        painter.drawPath(screenPath(unit.shape, viewport));
    }
    // Focus countries' borders last and strongest: they are what the map is about.
    painter.setPen(QPen(m_style.focusBorder, m_style.focusBorderWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QString &code : scene.focusCountries)
        if (const AdminUnit *country = scene.geo->country(code); country && isVisible(country->shape.bounds(), viewport))
            painter.drawPath(screenPath(country->shape, viewport));
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
            painter.setPen(QPen(m_style.areaFill, 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(path);
            painter.restore();
            painter.setPen(QPen(m_style.areaOutline, 1.4, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin));
            painter.drawPath(path);
        }
    }
    // Zones over areas: the tri-border zone must read at a glance from across a classroom.
    for (const MapRegion &region : scene.regions) {
        if (region.isPoint || region.style != RegionStyle::Zone || !isVisible(region.bounds(), viewport))
            continue;
        const QPainterPath path = screenPath(region.shape, viewport);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(m_style.zoneHatch.red(), m_style.zoneHatch.green(), m_style.zoneHatch.blue(), 28));
        painter.drawPath(path);
        PaintPrimitives::hatch(painter, path, m_style.zoneHatch, m_style.zoneHatchSpacing, 1.1);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(Qt::white), m_style.zoneOutlineWidth + 2.0, Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin));
        painter.drawPath(path);
        painter.setPen(
            QPen(m_style.zoneOutline, m_style.zoneOutlineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
}

void MapRenderer::drawHover(QPainter &painter, const Viewport &viewport, const MapScene &scene) const
{
    if (!scene.hoveredUnit.isEmpty()) {
        const AdminUnit *unit = scene.geo->adminUnit(scene.hoveredUnit);
        if (!unit)
            unit = scene.geo->country(scene.hoveredUnit);
        if (unit && isVisible(unit->shape.bounds(), viewport)) {
            painter.setBrush(QColor(255, 255, 255, 70));
            painter.setPen(QPen(m_style.highlight, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(screenPath(unit->shape, viewport));
        }
    }
    for (const QString &regionId : scene.glowingRegions) {
        const MapRegion *region = scene.region(regionId);
        if (!region || region->isPoint || !isVisible(region->bounds(), viewport))
            continue;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_style.glow, 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(screenPath(region->shape, viewport));
    }
}

void MapRenderer::drawSelection(QPainter &painter, const Viewport &viewport, const MapScene &scene) const
{
    if (scene.selectedRegions.isEmpty())
        return;
    QPainterPath selected;
    selected.setFillRule(Qt::WindingFill);
    for (const QString &regionId : scene.selectedRegions) {
        const MapRegion *region = scene.region(regionId);
        if (region && !region->isPoint && isVisible(region->bounds(), viewport))
            selected.addPath(screenPath(region->shape, viewport));
    }
    // Dim everything else: a veil with the selection cut out of it.
    QPainterPath veil;
    veil.addRect(QRectF(QPointF(0, 0), viewport.size()));
    veil = veil.subtracted(selected.simplified());
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.veil);
    painter.drawPath(veil);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(Qt::white), 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(selected);
    painter.setPen(QPen(m_style.highlight, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(selected);
}

void MapRenderer::drawLabels(QPainter &painter, const Viewport &viewport, const MapScene &scene,
                             const QList<QRectF> &reserved) const
{
    LabelPlacer placer(QRectF(QPointF(0, 0), viewport.size()));
    for (const QRectF &rect : reserved)
        placer.block(rect);
    // Priority order: what the story is about first, then capitals, towns, countries.
    drawOffMapPlaces(painter, viewport, scene, placer);
    drawPointRegions(painter, viewport, scene, placer);
    drawTowns(painter, viewport, scene, placer, true);
    drawZoneLabels(painter, viewport, scene, placer);
    drawCountryLabels(painter, viewport, scene, placer, true);
    drawTowns(painter, viewport, scene, placer, false);
    m_userLayers.paintLabels(painter, viewport, scene.userLayers, placer);
    drawCountryLabels(painter, viewport, scene, placer, false);
}

} // namespace sahel
