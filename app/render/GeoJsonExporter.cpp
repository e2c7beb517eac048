#include "GeoJsonExporter.h"

#include "WebMercator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace sahel {

namespace {

double rounded(double value)
{
    // Seven decimals is about a centimetre: more only bloats the file.
    return std::round(value * 1e7) / 1e7;
}

QJsonArray position(LonLat p)
{
    return QJsonArray{rounded(p.lon), rounded(p.lat)};
}

QJsonArray ringCoordinates(const Ring &ring)
{
    QJsonArray coordinates;
    for (const QPointF &p : ring)
        coordinates.append(position(WebMercator::unproject(p)));
    if (!ring.isEmpty() && ring.first() != ring.last())
        coordinates.append(position(WebMercator::unproject(ring.first())));
    return coordinates;
}

QJsonObject geometry(const MapRegion &region)
{
    if (region.isPoint)
        return {{QStringLiteral("type"), QStringLiteral("Point")},
                {QStringLiteral("coordinates"), position(region.position)}};
    QJsonArray polygons;
    for (const Polygon &polygon : region.shape.full().polygons) {
        QJsonArray rings;
        for (const Ring &ring : polygon.rings)
            rings.append(ringCoordinates(ring));
        polygons.append(rings);
    }
    return {{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
            {QStringLiteral("coordinates"), polygons}};
}

} // namespace

QByteArray GeoJsonExporter::toGeoJson(const MapScene &scene, const Story *story)
{
    QJsonArray features;
    for (const MapRegion &region : scene.regions) {
        QJsonObject properties{{QStringLiteral("id"), region.id},
                               {QStringLiteral("kind"), regionKindName(region.kind)},
                               {QStringLiteral("name"), region.name.text(scene.language)},
                               {QStringLiteral("name_fr"), region.name.text(QStringLiteral("fr"))},
                               {QStringLiteral("name_en"), region.name.text(QStringLiteral("en"))}};
        if (story)
            properties.insert(QStringLiteral("facts"),
                              QJsonArray::fromStringList(story->factsForRegion(region.id)));
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("id"), region.id},
                                    {QStringLiteral("properties"), properties},
                                    {QStringLiteral("geometry"), geometry(region)}});
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Compact);
}

} // namespace sahel
