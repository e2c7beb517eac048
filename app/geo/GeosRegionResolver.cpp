#include "GeosRegionResolver.h"

#include "GeoDatabasePrivate.h"
#include "GeosDeadline.h"
#include "LoadBudget.h"
#include "OgrConversion.h"
#include "PlaceFinder.h"
#include "StoryReader.h"
#include "WebMercator.h"

#include <QThread>

#include <ogr_geometry.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <thread>
#include <vector>

namespace sahel {

namespace {

constexpr double degToRad = std::numbers::pi / 180.0;
constexpr double meanEarthRadiusKm = 6371.0088;
constexpr int circleVertices = 180;

/// The point at a great-circle distance and bearing from start (spherical earth).
LonLat destination(LonLat start, double bearingDeg, double distanceKm)
{
    const double delta = distanceKm / meanEarthRadiusKm;
    const double theta = bearingDeg * degToRad;
    const double phi1 = start.lat * degToRad;
    const double lambda1 = start.lon * degToRad;
    const double phi2 =
        std::asin(std::sin(phi1) * std::cos(delta) + std::cos(phi1) * std::sin(delta) * std::cos(theta));
    const double lambda2 = lambda1 + std::atan2(std::sin(theta) * std::sin(delta) * std::cos(phi1),
                                                std::cos(delta) - std::sin(phi1) * std::sin(phi2));
    return {lambda2 / degToRad, phi2 / degToRad};
}

OgrGeometryPtr geodesicCircle(LonLat centre, double radiusKm)
{
    auto ring = std::make_unique<OGRLinearRing>();
    for (int i = 0; i <= circleVertices; ++i) {
        const LonLat p = destination(centre, 360.0 * (i % circleVertices) / circleVertices, radiusKm);
        ring->addPoint(p.lon, p.lat);
    }
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    return OgrGeometryPtr(polygon.release());
}

OgrGeometryPtr centroidOf(const OGRGeometry &geometry)
{
    auto point = std::make_unique<OGRPoint>();
    if (geometry.Centroid(point.get()) != OGRERR_NONE)
        return nullptr;
    return OgrGeometryPtr(point.release());
}

void addPolygons(const OGRGeometry &geometry, OGRMultiPolygon &out)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        out.addGeometry(&geometry);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            addPolygons(*part, out);
    }
}

LocalizedText unitName(const AdminUnit &unit)
{
    LocalizedText name(unit.nameFr.isEmpty() ? unit.nameEn : unit.nameFr, QStringLiteral("fr"));
    name.set(QStringLiteral("en"), unit.nameEn.isEmpty() ? unit.nameFr : unit.nameEn);
    return name;
}

MapRegion pointRegion(const RegionDefinition &definition, LonLat position)
{
    MapRegion region;
    region.id = definition.id;
    region.kind = definition.kind;
    region.style = definition.style;
    region.name = definition.name;
    region.isPoint = true;
    region.position = position;
    region.point = WebMercator::project(position);
    return region;
}

MapRegion shapeRegion(const RegionDefinition &definition, const OGRGeometry &lonLat)
{
    MapRegion region;
    region.id = definition.id;
    region.kind = definition.kind;
    region.style = definition.style;
    region.name = definition.name;
    region.shape = LodShape::fromMultiPolygon(OgrConversion::toProjectedMultiPolygon(lonLat));
    region.labelPoint = Geometry::labelPoint(region.shape);
    return region;
}

/// The union of each list of units, computed on as many threads as there are cores (GEOS through
/// OGR makes a context per call, and the shared geometries are only read). Lists heaviest first. A union
/// not done by the deadline is null.
QList<std::shared_ptr<const OGRGeometry>>
uniteAll(const QList<QStringList> &jobs, const QHash<QString, std::shared_ptr<const OGRGeometry>> &geometries,
         GeosDeadline::Clock::time_point deadline)
{
    QList<std::shared_ptr<const OGRGeometry>> unions(jobs.size());
    std::atomic<qsizetype> next = 0;
    const auto work = [&] {
        const GeosDeadline bound(deadline);
        for (qsizetype job = next++; job < jobs.size(); job = next++) {
            OGRMultiPolygon parts;
            for (const QString &code : jobs[job])
                if (const auto geometry = geometries.value(code))
                    addPolygons(*geometry, parts);
            if (!parts.IsEmpty())
                unions[job] = std::shared_ptr<const OGRGeometry>(parts.UnionCascaded(), OgrGeometryDeleter());
        }
    };
    std::vector<std::thread> helpers;
    const qsizetype threads = std::min<qsizetype>(jobs.size(), QThread::idealThreadCount());
    for (qsizetype i = 1; i < threads; ++i)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
    return unions;
}

} // namespace

GeosRegionResolver::GeosRegionResolver(const GeoDatabase &database)
    : m_database(database)
{}

std::optional<LonLat> GeosRegionResolver::tripoint(const QStringList &countryCodes, QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<LonLat> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (countryCodes.size() != 3)
        return fail(QStringLiteral("a tripoint needs exactly three countries"));
    QList<const OGRGeometry *> shapes;
    for (const QString &code : countryCodes) {
        const auto geometry = m_database.d->geometries().value(code);
        if (!geometry)
            return fail(QStringLiteral("country \"%1\" is not in the map data").arg(code));
        shapes.append(geometry.get());
    }
    // Natural Earth's borders share their vertices (TopoJSON arcs), so the borders of A and B meet
    // the border of C in the tripoint itself; tiny buffers catch data that is not exactly noded.
    const OgrGeometryPtr boundaryA(shapes[0]->Boundary());
    const OgrGeometryPtr boundaryB(shapes[1]->Boundary());
    const OgrGeometryPtr boundaryC(shapes[2]->Boundary());
    OgrGeometryPtr sharedAB(boundaryA && boundaryB ? boundaryA->Intersection(boundaryB.get()) : nullptr);
    OgrGeometryPtr meeting(sharedAB && boundaryC ? sharedAB->Intersection(boundaryC.get()) : nullptr);
    if (!meeting || meeting->IsEmpty()) {
        constexpr double toleranceDeg = 1e-6;
        const OgrGeometryPtr a(shapes[0]->Buffer(toleranceDeg));
        const OgrGeometryPtr b(shapes[1]->Buffer(toleranceDeg));
        const OgrGeometryPtr c(shapes[2]->Buffer(toleranceDeg));
        const OgrGeometryPtr ab(a && b ? a->Intersection(b.get()) : nullptr);
        meeting.reset(ab && c ? ab->Intersection(c.get()) : nullptr);
    }
    if (!meeting || meeting->IsEmpty())
        return fail(
            QStringLiteral("the borders of %1 do not meet in one point").arg(countryCodes.join(u", ")));
    const OgrGeometryPtr centre = centroidOf(*meeting);
    if (!centre)
        return fail(
            QStringLiteral("cannot locate where the borders of %1 meet").arg(countryCodes.join(u", ")));
    const OGRPoint *point = centre->toPoint();
    return LonLat{point->getX(), point->getY()};
}

RegionResolution GeosRegionResolver::resolve(const QList<RegionDefinition> &definitions) const
{
    RegionResolution result;
    // A base map from a file can make unions and buffers as costly as a user's layer: the same bound.
    const auto deadline = GeosDeadline::Clock::now() + LoadBudget::maxTime;
    const GeosDeadline bound(deadline);
    // Like the reader's: file:line:column, the field's path, what is wrong, and what might be meant.
    const auto report = [&result](const SourceSpot &spot, const RegionDefinition &definition,
                                  const QString &message) {
        result.errors.append(StoryError{spot.file, spot.line, spot.column, spot.path,
                                        QStringLiteral("region \"%1\": %2").arg(definition.id, message)}
                                 .toString());
    };
    const auto late = [&report](const RegionDefinition &definition) {
        report(definition.spot, definition,
               QStringLiteral("could not be computed within %1 s").arg(LoadBudget::maxTime.count()));
    };
    const GeoData &data = m_database.d->data;
    const auto &geometries = m_database.d->geometries();
    QHash<QString, LonLat> points;

    // Built only when a code is missing: a story that resolves pays nothing for the suggestions.
    std::optional<PlaceFinder> places;
    const auto finder = [&]() -> const PlaceFinder & {
        if (!places)
            places.emplace(data);
        return *places;
    };
    const auto error = [&report](const RegionDefinition &definition, const QString &message,
                                 const QString &value = {}) {
        report(definition.spotOf(value), definition, message);
    };
    // An unknown code, with the nearest ones the data has and places named like the region.
    const auto unknownCode = [&](const RegionDefinition &definition, const QString &code) {
        QString message = QStringLiteral("\"%1\" is not in the map data").arg(code);
        const QString hint =
            PlaceFinder::didYouMean(finder().suggestCode(code, definition.name.text(QStringLiteral("fr"))));
        if (!hint.isEmpty())
            message += QStringLiteral("; ") + hint;
        error(definition, message, code);
    };
    // The codes of the units the selectors name; with a definition, what names nothing is reported.
    auto codesOf = [&](const RegionDefinition *definition, const QList<RegionSelector> &selectors) {
        QStringList codes;
        for (const RegionSelector &selector : selectors) {
            QStringList named;
            if (!selector.code.isEmpty()) {
                named.append(selector.code);
            } else {
                for (const AdminUnit &unit : data.admin1)
                    if (unit.countryCode == selector.country && unit.group == selector.group)
                        named.append(unit.code);
                if (named.isEmpty() && definition)
                    error(*definition,
                          QStringLiteral("no admin-1 unit of %1 is in region \"%2\"")
                              .arg(selector.country, selector.group),
                          selector.group);
            }
            for (const QString &code : std::as_const(named)) {
                if (!geometries.contains(code)) {
                    if (definition)
                        unknownCode(*definition, code);
                    continue;
                }
                codes.append(code);
            }
        }
        return codes;
    };
    const auto clipSelectors = [](const RegionDefinition &definition) {
        QList<RegionSelector> selectors;
        for (const QString &code : definition.clipTo)
            selectors.append({code, {}, {}});
        return selectors;
    };

    // Unions of 1:10m units are most of the work: all of them first, each once, side by side.
    QList<QStringList> jobs;
    for (const RegionDefinition &definition : definitions) {
        QStringList codes;
        if (definition.kind == RegionKind::Union)
            codes = codesOf(nullptr, definition.members);
        else if (definition.kind == RegionKind::Buffer && !definition.clipTo.isEmpty())
            codes = codesOf(nullptr, clipSelectors(definition));
        if (!codes.isEmpty() && !jobs.contains(codes))
            jobs.append(codes);
    }
    const auto weight = [&data](const QStringList &codes) {
        qsizetype vertices = 0;
        for (const QString &code : codes) {
            const AdminUnit *unit = data.country(code) ? data.country(code) : data.adminUnit(code);
            vertices += unit ? unit->shape.full().vertexCount() : 0;
        }
        return vertices;
    };
    std::stable_sort(jobs.begin(), jobs.end(),
                     [&weight](const QStringList &a, const QStringList &b) { return weight(a) > weight(b); });
    const QList<std::shared_ptr<const OGRGeometry>> unions = uniteAll(jobs, geometries, deadline);

    auto unionOf = [&](const RegionDefinition &definition,
                       const QList<RegionSelector> &selectors) -> std::shared_ptr<const OGRGeometry> {
        const QStringList codes = codesOf(&definition, selectors);
        const qsizetype job = jobs.indexOf(codes);
        return job >= 0 ? unions[job] : nullptr;
    };

    // Points first: buffers are drawn around them.
    QList<const RegionDefinition *> ordered;
    for (const RegionDefinition &definition : definitions)
        if (definition.kind != RegionKind::Buffer)
            ordered.append(&definition);
    for (const RegionDefinition &definition : definitions)
        if (definition.kind == RegionKind::Buffer)
            ordered.append(&definition);

    for (const RegionDefinition *definitionPtr : ordered) {
        const RegionDefinition &definition = *definitionPtr;
        switch (definition.kind) {
        case RegionKind::Country:
        case RegionKind::Admin1: {
            const AdminUnit *unit = definition.kind == RegionKind::Country ? data.country(definition.iso)
                                                                           : data.adminUnit(definition.iso);
            if (!unit) {
                unknownCode(definition, definition.iso);
                break;
            }
            MapRegion region;
            region.id = definition.id;
            region.kind = definition.kind;
            region.style = definition.style;
            region.name = definition.name.isEmpty() ? unitName(*unit) : definition.name;
            region.shape = unit->shape;
            region.labelPoint = unit->labelPoint;
            if (definition.kind == RegionKind::Admin1)
                region.units = {unit->code};
            result.regions.append(std::move(region));
            break;
        }
        case RegionKind::Union: {
            const std::shared_ptr<const OGRGeometry> shape = unionOf(definition, definition.members);
            if (shape) {
                MapRegion region = shapeRegion(definition, *shape);
                const QStringList codes = codesOf(nullptr, definition.members); // reported above
                std::copy_if(codes.cbegin(), codes.cend(), std::back_inserter(region.units),
                             [&data](const QString &code) { return data.adminUnit(code) != nullptr; });
                result.regions.append(std::move(region));
            } else if (GeosDeadline::expired())
                late(definition);
            break;
        }
        case RegionKind::Tripoint: {
            QString message;
            if (const auto position = tripoint(definition.countries, &message)) {
                points.insert(definition.id, *position);
                result.regions.append(pointRegion(definition, *position));
            } else {
                const auto missing = std::find_if(definition.countries.cbegin(), definition.countries.cend(),
                                                  [&](const QString &code) { return !data.country(code); });
                if (missing != definition.countries.cend())
                    unknownCode(definition, *missing);
                else
                    error(definition, message, QStringLiteral("countries"));
            }
            break;
        }
        case RegionKind::Town: {
            const Town *town = data.town(definition.geonameid);
            if (!town) {
                QString message =
                    QStringLiteral("GeoNames id %1 is not a town of the map data").arg(definition.geonameid);
                const QString name = definition.name.text(QStringLiteral("fr"));
                const QString hint = PlaceFinder::didYouMean(finder().suggestTown(name));
                message += hint.isEmpty()
                               ? QStringLiteral(" (sahel-atlas --find-place NAME lists the towns it has)")
                               : QStringLiteral("; ") + hint;
                error(definition, message, QString::number(definition.geonameid));
                break;
            }
            MapRegion region = pointRegion(definition, town->position);
            if (region.name.isEmpty()) {
                region.name = LocalizedText(town->nameFr, QStringLiteral("fr"));
                region.name.set(QStringLiteral("en"), town->nameEn);
            }
            points.insert(definition.id, town->position);
            result.regions.append(std::move(region));
            break;
        }
        case RegionKind::Place: {
            const LonLat position = definition.position.value_or(LonLat{});
            points.insert(definition.id, position);
            result.regions.append(pointRegion(definition, position));
            break;
        }
        case RegionKind::Buffer: {
            if (!points.contains(definition.around)) {
                error(definition,
                      QStringLiteral("\"%1\" is not a resolved point region").arg(definition.around),
                      definition.around);
                break;
            }
            OgrGeometryPtr zone = geodesicCircle(points.value(definition.around), definition.radiusKm);
            if (!definition.clipTo.isEmpty()) {
                const std::shared_ptr<const OGRGeometry> clip =
                    unionOf(definition, clipSelectors(definition));
                if (!clip) {
                    if (GeosDeadline::expired())
                        late(definition);
                    break;
                }
                zone.reset(zone->Intersection(clip.get()));
            }
            if (!zone && GeosDeadline::expired()) {
                late(definition);
                break;
            }
            if (!zone || zone->IsEmpty()) {
                error(definition, QStringLiteral("the buffer is empty"));
                break;
            }
            result.regions.append(shapeRegion(definition, *zone));
            break;
        }
        }
    }
    // Keep the story's order so lists and exports follow the file.
    QList<MapRegion> inFileOrder;
    for (const RegionDefinition &definition : definitions)
        for (const MapRegion &region : std::as_const(result.regions))
            if (region.id == definition.id)
                inFileOrder.append(region);
    result.regions = std::move(inFileOrder);
    return result;
}

} // namespace sahel
