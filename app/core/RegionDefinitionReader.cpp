#include "RegionDefinitionReader.h"

#include "StoryValidation.h"
#include "StoryValidator.h"

#include <cmath>

namespace sahel {

using namespace StoryValidation;

namespace {

constexpr double maxRadiusKm = 2000.0;

// In the order of RegionKind.
const QStringList &regionKindNames()
{
    static const QStringList names = {QStringLiteral("country"), QStringLiteral("admin1"),
                                      QStringLiteral("union"),   QStringLiteral("tripoint"),
                                      QStringLiteral("buffer"),  QStringLiteral("town"),
                                      QStringLiteral("place")};
    return names;
}

// In the order of RegionStyle.
const QStringList &styleNames()
{
    static const QStringList names = {QStringLiteral("plain"), QStringLiteral("area"), QStringLiteral("zone"),
                                      QStringLiteral("marker")};
    return names;
}

// The fields only some region kinds have.
QStringList regionKindFields(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Country:
    case RegionKind::Admin1:
        return {QStringLiteral("iso")};
    case RegionKind::Union:
        return {QStringLiteral("members")};
    case RegionKind::Tripoint:
        return {QStringLiteral("countries")};
    case RegionKind::Buffer:
        return {QStringLiteral("around"), QStringLiteral("radiusKm"), QStringLiteral("clipTo")};
    case RegionKind::Town:
        return {QStringLiteral("geonameid")};
    case RegionKind::Place:
        return {QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("geonameid")};
    }
    return {};
}

bool isPointKind(RegionKind kind)
{
    return kind == RegionKind::Tripoint || kind == RegionKind::Town || kind == RegionKind::Place;
}

} // namespace

void RegionDefinitionReader::readRegions(const JsonValue &root)
{
    const QString path = QStringLiteral("regions");
    const JsonValue *regions = m_validator.required(root, QString(), path);
    const QList<JsonValue> *array =
        regions ? m_validator.readArray(*regions, path, QStringLiteral("regions")) : nullptr;
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString regionPath = indexPath(path, i);
        if (m_validator.checkObject(array->at(i), regionPath))
            m_validator.story().regions.append(readRegion(array->at(i), regionPath));
    }
    checkBufferTargets();
}

void RegionDefinitionReader::recordSpots(const JsonValue &value, const QString &path,
                                         RegionDefinition &region) const
{
    const auto record = [&](const QString &text) {
        if (!region.valueSpots.contains(text))
            region.valueSpots.insert(text,
                                     SourceSpot{m_validator.fileName(), value.line, value.column, path});
    };
    if (value.isString())
        record(value.string);
    else if (value.isNumber() && value.number == std::floor(value.number) && std::abs(value.number) < 1e15)
        record(QString::number(static_cast<qint64>(value.number)));
    for (qsizetype i = 0; i < value.array.size(); ++i)
        recordSpots(value.array[i], indexPath(path, i), region);
    for (const JsonMember &member : value.members)
        recordSpots(member.value, memberPath(path, member.key), region);
}

RegionDefinition RegionDefinitionReader::readRegion(const JsonValue &object, const QString &path)
{
    RegionDefinition region;
    region.spot = SourceSpot{m_validator.fileName(), object.line, object.column, path};
    // The id and the names are words, not codes: only what the kind-specific fields hold is looked up.
    for (const JsonMember &member : object.members)
        if (!QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"),
                         QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("style")}
                 .contains(member.key))
            recordSpots(member.value, memberPath(path, member.key), region);
    const std::optional<RegionKind> kind = readRegionKind(object, path);
    if (const JsonValue *id = m_validator.required(object, path, QStringLiteral("id"))) {
        const QString idPath = memberPath(path, QStringLiteral("id"));
        region.id = m_validator.readId(*id, idPath).value_or(QString());
        if (!region.id.isEmpty()) {
            m_validator.checkUniqueId(m_regionIds, *id, idPath, region.id, QStringLiteral("region"));
            if (kind && !m_regionKinds.contains(region.id))
                m_regionKinds.insert(region.id, *kind);
        }
    }
    region.kind = kind.value_or(RegionKind::Country);
    region.style = defaultRegionStyle(region.kind);
    if (const JsonValue *style = object.member(u"style")) {
        const std::optional<QString> name = m_validator.readEnum(
            *style, memberPath(path, QStringLiteral("style")), styleNames(), QStringLiteral("style"));
        if (name)
            region.style = RegionStyle(styleNames().indexOf(*name));
    }
    region.name = m_validator.readOptionalText(object, path, QStringLiteral("name"));
    region.note = m_validator.readOptionalText(object, path, QStringLiteral("note"));
    region.source = m_validator.readOptionalText(object, path, QStringLiteral("source"));
    region.extraJson = m_validator.readExtra(object);
    QStringList common = {QStringLiteral("id"),   QStringLiteral("kind"),   QStringLiteral("name"),
                          QStringLiteral("note"), QStringLiteral("source"), QStringLiteral("style")};
    QStringList allKindFields;
    for (int k = 0; k < regionKindNames().size(); ++k)
        allKindFields += regionKindFields(RegionKind(k));
    if (!kind) {
        // Without a valid kind we cannot tell which fields belong; do not pile up guesses.
        m_validator.checkFields(object, path, common + allKindFields);
        return region;
    }
    const QStringList own = regionKindFields(*kind);
    QStringList misplaced;
    for (const QString &field : allKindFields)
        if (!own.contains(field))
            misplaced.append(field);
    m_validator.checkFields(object, path, common + own, misplaced,
                            QStringLiteral("by a region of kind \"%1\"").arg(regionKindName(*kind)));
    readRegionKindFields(object, path, region);
    return region;
}

std::optional<RegionKind> RegionDefinitionReader::readRegionKind(const JsonValue &object, const QString &path)
{
    const JsonValue *kind = m_validator.required(object, path, QStringLiteral("kind"));
    if (!kind)
        return std::nullopt;
    const std::optional<QString> name = m_validator.readEnum(
        *kind, memberPath(path, QStringLiteral("kind")), regionKindNames(), QStringLiteral("region kind"));
    if (!name)
        return std::nullopt;
    return RegionKind(regionKindNames().indexOf(*name));
}

void RegionDefinitionReader::readRegionKindFields(const JsonValue &object, const QString &path,
                                                  RegionDefinition &region)
{
    const QString why = QStringLiteral("a region of kind \"%1\" needs it").arg(regionKindName(region.kind));
    const auto field = [&](const QString &key) { return m_validator.required(object, path, key, why); };
    switch (region.kind) {
    case RegionKind::Country:
        if (const JsonValue *iso = field(QStringLiteral("iso")))
            region.iso =
                m_validator.readCountry(*iso, memberPath(path, QStringLiteral("iso"))).value_or(QString());
        break;
    case RegionKind::Admin1:
        if (const JsonValue *iso = field(QStringLiteral("iso"))) {
            const QString isoPath = memberPath(path, QStringLiteral("iso"));
            const std::optional<QString> code = m_validator.readString(*iso, isoPath);
            if (code && !isSubdivisionCode(*code))
                m_validator.report(*iso, isoPath,
                                   QStringLiteral("expected an ISO 3166-2 code such as \"ML-3\", found %1")
                                       .arg(quoted(*code)));
            else if (code)
                region.iso = *code;
        }
        break;
    case RegionKind::Union:
        if (const JsonValue *members = field(QStringLiteral("members")))
            readUnionMembers(*members, memberPath(path, QStringLiteral("members")), region);
        break;
    case RegionKind::Tripoint:
        if (const JsonValue *countries = field(QStringLiteral("countries"))) {
            const QString countriesPath = memberPath(path, QStringLiteral("countries"));
            region.countries = m_validator.readCountries(*countries, countriesPath);
            if (countries->isArray() && countries->array.size() != 3)
                m_validator.report(
                    *countries, countriesPath,
                    QStringLiteral("expected 3 country codes, found %1").arg(countries->array.size()));
        }
        break;
    case RegionKind::Buffer:
        readBufferFields(object, path, region);
        break;
    case RegionKind::Town:
        if (const JsonValue *id = field(QStringLiteral("geonameid")))
            region.geonameid =
                m_validator.readGeonameId(*id, memberPath(path, QStringLiteral("geonameid"))).value_or(0);
        break;
    case RegionKind::Place:
        readPlaceFields(object, path, region);
        break;
    }
}

void RegionDefinitionReader::readUnionMembers(const JsonValue &value, const QString &path,
                                              RegionDefinition &region)
{
    const QList<JsonValue> *array =
        m_validator.readArray(value, path, QStringLiteral("ISO codes or {country, region} objects"));
    if (!array)
        return;
    if (array->isEmpty())
        m_validator.report(value, path, QStringLiteral("expected at least one member"));
    for (qsizetype i = 0; i < array->size(); ++i)
        if (const std::optional<RegionSelector> selector = readSelector(array->at(i), indexPath(path, i)))
            region.members.append(*selector);
}

std::optional<RegionSelector> RegionDefinitionReader::readSelector(const JsonValue &value,
                                                                   const QString &path)
{
    RegionSelector selector;
    if (value.isString()) {
        if (isCountryCode(value.string) || isSubdivisionCode(value.string)) {
            selector.code = value.string;
            return selector;
        }
        m_validator.report(
            value, path,
            QStringLiteral(
                "expected an ISO 3166-1 alpha-2 code (\"ML\") or ISO 3166-2 code (\"ML-3\"), found %1")
                .arg(quoted(value.string)));
        return std::nullopt;
    }
    if (!value.isObject()) {
        m_validator.reportType(value, path,
                               QStringLiteral("an ISO code or an object {\"country\", \"region\"}"));
        return std::nullopt;
    }
    // No `extra` here: a selector has no place to keep one (the JSON Schema refuses it too), and a field the
    // reader accepted but a save dropped would be lost silently.
    m_validator.checkFields(value, path, {QStringLiteral("country"), QStringLiteral("region")},
                            {QStringLiteral("extra")}, QStringLiteral("in a union member"));
    const JsonValue *country = m_validator.required(value, path, QStringLiteral("country"));
    const JsonValue *group = m_validator.required(value, path, QStringLiteral("region"));
    const std::optional<QString> countryCode =
        country ? m_validator.readCountry(*country, memberPath(path, QStringLiteral("country")))
                : std::nullopt;
    const std::optional<QString> groupName =
        group ? m_validator.readString(*group, memberPath(path, QStringLiteral("region"))) : std::nullopt;
    if (groupName && groupName->isEmpty())
        m_validator.report(*group, memberPath(path, QStringLiteral("region")),
                           QStringLiteral("expected a region name, found \"\""));
    if (!countryCode || !groupName || groupName->isEmpty())
        return std::nullopt;
    selector.country = *countryCode;
    selector.group = *groupName;
    return selector;
}

void RegionDefinitionReader::readBufferFields(const JsonValue &object, const QString &path,
                                              RegionDefinition &region)
{
    const QString why = QStringLiteral("a region of kind \"buffer\" needs it");
    if (const JsonValue *around = m_validator.required(object, path, QStringLiteral("around"), why)) {
        const QString aroundPath = memberPath(path, QStringLiteral("around"));
        if (const std::optional<QString> target = m_validator.readString(*around, aroundPath)) {
            region.around = *target;
            m_bufferTargets.append(BufferTarget{around, aroundPath, *target});
        }
    }
    if (const JsonValue *radius = m_validator.required(object, path, QStringLiteral("radiusKm"), why)) {
        const QString radiusPath = memberPath(path, QStringLiteral("radiusKm"));
        const std::optional<double> km = m_validator.readNumber(*radius, radiusPath);
        if (km && (*km <= 0.0 || *km > maxRadiusKm))
            m_validator.report(*radius, radiusPath,
                               QStringLiteral("expected a radius greater than 0 and at most %1 km, found %2")
                                   .arg(numberText(maxRadiusKm), numberText(*km)));
        else if (km)
            region.radiusKm = *km;
    }
    if (const JsonValue *clipTo = object.member(u"clipTo")) {
        const QString clipPath = memberPath(path, QStringLiteral("clipTo"));
        region.clipTo = m_validator.readCountries(*clipTo, clipPath);
        if (clipTo->isArray() && clipTo->array.isEmpty())
            m_validator.report(*clipTo, clipPath,
                               QStringLiteral("expected at least one country code (or leave clipTo out)"));
    }
}

void RegionDefinitionReader::readPlaceFields(const JsonValue &object, const QString &path,
                                             RegionDefinition &region)
{
    const QString why = QStringLiteral("a region of kind \"place\" needs it");
    const JsonValue *lon = m_validator.required(object, path, QStringLiteral("lon"), why);
    const JsonValue *lat = m_validator.required(object, path, QStringLiteral("lat"), why);
    const std::optional<double> longitude =
        lon ? m_validator.readCoordinate(*lon, memberPath(path, QStringLiteral("lon")), 180.0,
                                         QStringLiteral("longitude"))
            : std::nullopt;
    const std::optional<double> latitude =
        lat ? m_validator.readCoordinate(*lat, memberPath(path, QStringLiteral("lat")), 90.0,
                                         QStringLiteral("latitude"))
            : std::nullopt;
    if (longitude && latitude)
        region.position = LonLat{*longitude, *latitude};
    if (const JsonValue *id = object.member(u"geonameid"))
        region.geonameid =
            m_validator.readGeonameId(*id, memberPath(path, QStringLiteral("geonameid"))).value_or(0);
}

void RegionDefinitionReader::checkBufferTargets()
{
    for (const BufferTarget &target : std::as_const(m_bufferTargets)) {
        if (!checkRegionReference(*target.at, target.path, target.regionId))
            continue;
        const auto kind = m_regionKinds.constFind(target.regionId);
        if (kind != m_regionKinds.cend() && !isPointKind(*kind))
            m_validator.report(
                *target.at, target.path,
                QStringLiteral("region %1 is a %2; a buffer goes around a tripoint, town or place")
                    .arg(quoted(target.regionId), regionKindName(*kind)));
    }
}

bool RegionDefinitionReader::checkRegionReference(const JsonValue &value, const QString &path,
                                                  const QString &regionId)
{
    if (m_regionIds.contains(regionId))
        return true;
    m_validator.report(value, path, QStringLiteral("unknown region id %1").arg(quoted(regionId)));
    return false;
}

} // namespace sahel
