#include "Story.h"

namespace sahel {

const Fact *Story::fact(const QString &factId) const
{
    for (const Fact &f : facts)
        if (f.id == factId)
            return &f;
    return nullptr;
}

// Non-const lookups iterate non-const, so the implicitly shared lists detach before a caller writes through
// the pointer (a const_cast of the const lookup would write into every copy sharing the data).
Fact *Story::fact(const QString &factId)
{
    for (Fact &f : facts)
        if (f.id == factId)
            return &f;
    return nullptr;
}

RegionDefinition *Story::region(const QString &regionId)
{
    for (RegionDefinition &r : regions)
        if (r.id == regionId)
            return &r;
    return nullptr;
}

QStringList Story::factIds() const
{
    QStringList ids;
    for (const Fact &f : facts)
        ids.append(f.id);
    return ids;
}

QStringList Story::regionIds() const
{
    QStringList ids;
    for (const RegionDefinition &r : regions)
        ids.append(r.id);
    return ids;
}

const RegionDefinition *Story::region(const QString &regionId) const
{
    for (const RegionDefinition &r : regions)
        if (r.id == regionId)
            return &r;
    return nullptr;
}

QList<const Fact *> Story::orderedFacts() const
{
    QList<const Fact *> result;
    if (order.isEmpty()) {
        for (const Fact &f : facts)
            result.append(&f);
        return result;
    }
    for (const QString &factId : order)
        if (const Fact *f = fact(factId))
            result.append(f);
    return result;
}

QStringList Story::factsForRegion(const QString &regionId) const
{
    QStringList result;
    for (const Fact &f : facts)
        if (f.regionIds.contains(regionId))
            result.append(f.id);
    return result;
}

QString factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Fact:
        return QStringLiteral("fact");
    case FactKind::Figure:
        return QStringLiteral("figure");
    case FactKind::Quote:
        return QStringLiteral("quote");
    case FactKind::Event:
        return QStringLiteral("event");
    }
    return {};
}

QString regionKindName(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Country:
        return QStringLiteral("country");
    case RegionKind::Admin1:
        return QStringLiteral("admin1");
    case RegionKind::Union:
        return QStringLiteral("union");
    case RegionKind::Tripoint:
        return QStringLiteral("tripoint");
    case RegionKind::Buffer:
        return QStringLiteral("buffer");
    case RegionKind::Town:
        return QStringLiteral("town");
    case RegionKind::Place:
        return QStringLiteral("place");
    }
    return {};
}

QString regionStyleName(RegionStyle style)
{
    switch (style) {
    case RegionStyle::Plain:
        return QStringLiteral("plain");
    case RegionStyle::Area:
        return QStringLiteral("area");
    case RegionStyle::Zone:
        return QStringLiteral("zone");
    case RegionStyle::Marker:
        return QStringLiteral("marker");
    }
    return {};
}

RegionStyle defaultRegionStyle(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Buffer:
        return RegionStyle::Zone;
    case RegionKind::Tripoint:
        return RegionStyle::Marker;
    default:
        return RegionStyle::Plain;
    }
}

} // namespace sahel
