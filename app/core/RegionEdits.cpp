#include "RegionEdits.h"

#include "StoryEdits.h"

namespace sahel::RegionEdits {

namespace {

bool samePlace(const RegionDefinition &a, const RegionDefinition &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case RegionKind::Country:
    case RegionKind::Admin1:
        return a.iso.compare(b.iso, Qt::CaseInsensitive) == 0;
    case RegionKind::Town:
        return a.geonameid == b.geonameid;
    case RegionKind::Tripoint:
        return QSet<QString>(a.countries.cbegin(), a.countries.cend()) ==
               QSet<QString>(b.countries.cbegin(), b.countries.cend());
    case RegionKind::Place:
        return a.position && b.position && a.position->lon == b.position->lon &&
               a.position->lat == b.position->lat;
    case RegionKind::Union:
    case RegionKind::Buffer:
        return false; // made by the user: two with the same parts may still mean different things
    }
    return false;
}

bool isUsed(const Story &story, const QString &regionId)
{
    for (const Fact &fact : story.facts)
        if (fact.regionIds.contains(regionId))
            return true;
    for (const RegionDefinition &region : story.regions)
        if (region.around == regionId)
            return true;
    return false;
}

// The id a new region gets: its name in the story's language, else its code.
QString newRegionId(const Story &story, const RegionDefinition &place)
{
    QString wanted = place.name.text(story.source.language);
    if (wanted.isEmpty())
        wanted = place.kind == RegionKind::Town ? QStringLiteral("town-%1").arg(place.geonameid) : place.iso;
    return StoryEdits::uniqueId(wanted, story.regionIds());
}

QString addAndLink(Story &story, const QString &factId, RegionDefinition region)
{
    QString id = regionFor(story, region);
    if (id.isEmpty()) {
        id = region.id.isEmpty() ? newRegionId(story, region)
                                 : StoryEdits::uniqueId(region.id, story.regionIds());
        region.id = id;
        story.regions.append(std::move(region));
    }
    if (Fact *fact = story.fact(factId); fact && !fact->regionIds.contains(id))
        fact->regionIds.append(id);
    return id;
}

} // namespace

bool isPoint(const RegionDefinition &region)
{
    return region.kind == RegionKind::Tripoint || region.kind == RegionKind::Town ||
           region.kind == RegionKind::Place;
}

QString regionFor(const Story &story, const RegionDefinition &place)
{
    for (const RegionDefinition &region : story.regions)
        if (samePlace(region, place))
            return region.id;
    return {};
}

Story withPlaceToggled(Story story, const QString &factId, const RegionDefinition &place, QString *regionId)
{
    const Fact *fact = story.fact(factId);
    if (!fact)
        return story;
    const QString existing = regionFor(story, place);
    if (!existing.isEmpty() && fact->regionIds.contains(existing)) {
        if (regionId)
            *regionId = existing;
        return withRegionUnlinked(std::move(story), factId, existing);
    }
    const QString id = addAndLink(story, factId, place);
    if (regionId)
        *regionId = id;
    return story;
}

Story withRegionUnlinked(Story story, const QString &factId, const QString &regionId)
{
    if (Fact *fact = story.fact(factId))
        fact->regionIds.removeAll(regionId);
    // A buffer that goes may leave its centre unused: that goes too, unless something else needs it.
    QString candidate = regionId;
    while (!candidate.isEmpty() && !isUsed(story, candidate)) {
        const RegionDefinition *region = story.region(candidate);
        if (!region)
            break;
        const QString around = region->around;
        story.regions.removeIf([&](const RegionDefinition &r) { return r.id == candidate; });
        candidate = around;
    }
    return story;
}

Story withBuffer(Story story, const QString &factId, const QString &aroundId, double radiusKm,
                 const QStringList &clipTo, QString *regionId)
{
    const RegionDefinition *around = story.region(aroundId);
    if (!around || !isPoint(*around))
        return story;
    RegionDefinition buffer;
    buffer.kind = RegionKind::Buffer;
    buffer.style = RegionStyle::Zone;
    buffer.around = aroundId;
    buffer.radiusKm = radiusKm;
    buffer.clipTo = clipTo;
    buffer.id = StoryEdits::uniqueId(QStringLiteral("zone-") + aroundId, story.regionIds());
    const QString id = addAndLink(story, factId, buffer);
    if (regionId)
        *regionId = id;
    return story;
}

Story withTripoint(Story story, const QString &factId, const QStringList &countries, QString *regionId)
{
    if (countries.size() != 3)
        return story;
    RegionDefinition tripoint;
    tripoint.kind = RegionKind::Tripoint;
    tripoint.style = RegionStyle::Marker;
    tripoint.countries = countries;
    tripoint.id = StoryEdits::uniqueId(QStringLiteral("tripoint-") + countries.join(QLatin1Char('-')),
                                       story.regionIds());
    const QString id = addAndLink(story, factId, tripoint);
    if (regionId)
        *regionId = id;
    return story;
}

Story withUnion(Story story, const QString &factId, const QStringList &memberIds, const LocalizedText &name,
                QString *regionId)
{
    RegionDefinition unionRegion;
    unionRegion.kind = RegionKind::Union;
    unionRegion.name = name;
    for (const QString &memberId : memberIds) {
        const RegionDefinition *member = story.region(memberId);
        if (member && (member->kind == RegionKind::Country || member->kind == RegionKind::Admin1))
            unionRegion.members.append(RegionSelector{member->iso, {}, {}});
    }
    if (unionRegion.members.size() < 2)
        return story;
    unionRegion.id =
        StoryEdits::uniqueId(name.text(story.source.language).isEmpty() ? QStringLiteral("union")
                                                                        : name.text(story.source.language),
                             story.regionIds());
    const QString id = addAndLink(story, factId, unionRegion);
    for (const QString &memberId : memberIds)
        story = withRegionUnlinked(std::move(story), factId, memberId);
    if (regionId)
        *regionId = id;
    return story;
}

} // namespace sahel::RegionEdits
