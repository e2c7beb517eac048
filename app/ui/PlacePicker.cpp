#include "PlacePicker.h"

#include "MapRenderer.h"

#include <QLineF>

namespace sahel::PlacePicker {

namespace {

// The towns the map draws at this zoom, as MapRenderer::drawTowns chooses them: a click picks what it sees.
bool isDrawn(const Town &town, double zoom)
{
    const bool regional = zoom >= 4.5;
    return town.onMap ||
           (regional && (town.capital || town.population >= MapRenderer::gazetteerPopulation(zoom)));
}

const Town *townAt(const GeoData &geo, const Viewport &viewport, QPointF screen)
{
    const Town *nearest = nullptr;
    double best = townReachPx;
    for (const Town &town : geo.towns) {
        if (!isDrawn(town, viewport.zoom()))
            continue;
        const double distance = QLineF(viewport.toScreen(town.projected), screen).length();
        if (distance <= best) {
            best = distance;
            nearest = &town;
        }
    }
    return nearest;
}

RegionDefinition unitDefinition(const AdminUnit &unit, bool country, const QString &language)
{
    RegionDefinition region;
    region.kind = country ? RegionKind::Country : RegionKind::Admin1;
    region.iso = unit.code;
    region.id = unit.name(language);
    return region;
}

} // namespace

std::optional<RegionDefinition> placeAt(const MapScene &scene, const Viewport &viewport, QPointF screen,
                                        bool otherLevel, const QString &language)
{
    if (!scene.geo)
        return std::nullopt;
    const GeoData &geo = *scene.geo;
    if (const Town *town = townAt(geo, viewport, screen)) {
        RegionDefinition region;
        region.kind = RegionKind::Town;
        region.geonameid = town->geonameid;
        region.id = town->name(language);
        return region;
    }
    const QPointF projected = viewport.toProjected(screen);
    const bool admin1 = (viewport.zoom() >= admin1Zoom) != otherLevel;
    if (admin1)
        if (const AdminUnit *unit = geo.adminUnitAt(projected))
            return unitDefinition(*unit, false, language);
    if (const AdminUnit *country = geo.countryAt(projected))
        return unitDefinition(*country, true, language);
    return std::nullopt;
}

RegionDefinition fromMatch(const PlaceMatch &match, const QString &language)
{
    RegionDefinition region;
    region.id = language == u"en" ? match.nameEn : match.nameFr;
    switch (match.kind) {
    case PlaceMatch::Kind::Country:
        region.kind = RegionKind::Country;
        region.iso = match.code;
        break;
    case PlaceMatch::Kind::Admin1:
        region.kind = RegionKind::Admin1;
        region.iso = match.code;
        break;
    case PlaceMatch::Kind::Town:
        region.kind = RegionKind::Town;
        region.geonameid = match.geonameid;
        break;
    }
    return region;
}

} // namespace sahel::PlacePicker
