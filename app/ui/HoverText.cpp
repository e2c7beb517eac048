#include "HoverText.h"

#include "RegionPicker.h"

#include <QCoreApplication>

#include <cmath>

namespace sahel::HoverText {

namespace {

QString formatCoordinate(double value, QChar positive, QChar negative)
{
    return QStringLiteral("%1° %2").arg(std::abs(value), 0, 'f', 3).arg(value >= 0 ? positive : negative);
}

} // namespace

QString coordinates(LonLat position)
{
    return formatCoordinate(position.lat, QLatin1Char('N'), QLatin1Char('S')) + QStringLiteral("   ") +
           formatCoordinate(position.lon, QLatin1Char('E'), QLatin1Char('W'));
}

QString place(const MapScene &scene, const QString &code)
{
    if (!scene.geo || code.isEmpty())
        return {};
    const AdminUnit *unit = scene.geo->adminUnit(code);
    const AdminUnit *country = scene.geo->country(unit ? unit->countryCode : code);
    QString text = country ? country->name(scene.language) : QString();
    if (unit)
        text += QStringLiteral(" — ") + unit->name(scene.language);
    return text;
}

QString region(const Atlas &atlas, const QString &regionId)
{
    const MapRegion *mapRegion = atlas.scene.region(regionId);
    if (!mapRegion)
        return {};
    const int cards = static_cast<int>(atlas.story.factsForRegion(regionId).size());
    return QCoreApplication::translate("sahel::MapCanvas", "%1 — %n card(s)", nullptr, cards)
        .arg(mapRegion->name.text(atlas.scene.language));
}

QString feature(const MapScene &scene, const Viewport &viewport, QPointF position, int maxFields,
                QString *layerName)
{
    const QList<UserLayer> &layers = scene.userLayers;
    const auto hit = pickUserFeature(layers, viewport.toProjected(position), 6.0 * viewport.metresPerPixel());
    if (!hit)
        return {};
    const UserLayerData &data = *layers[hit->layer].data;
    const UserFeature &picked = data.features[hit->feature];
    if (layerName)
        *layerName = data.name;
    QStringList lines;
    for (qsizetype i = 0; i < data.fieldNames.size() && i < maxFields; ++i)
        lines.append(QStringLiteral("%1: %2").arg(data.fieldNames[i], picked.values.value(i)));
    if (data.fieldNames.size() > maxFields)
        lines.append(QStringLiteral("…"));
    return lines.isEmpty() ? data.name : lines.join(u'\n');
}

Description describe(const MapView &view, QPointF position)
{
    Description words;
    words.coordinates = coordinates(view.viewport().toLonLat(position));
    if (view.isHoverSuspended())
        return words;
    words.place = place(view.scene(), view.hoveredUnit());
    words.region = region(view.atlas(), view.hoveredRegion());
    words.feature = feature(view.scene(), view.viewport(), position, 8);
    return words;
}

} // namespace sahel::HoverText
