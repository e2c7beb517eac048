#pragma once

#include "LocalizedText.h"
#include "LonLat.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>

namespace sahel {

enum class RegionKind { Country, Admin1, Union, Tripoint, Buffer, Town, Place };
/// How the map draws a region when nothing is selected.
enum class RegionStyle { Plain, Area, Zone, Marker };

/// Where a value stands in its story file, so a message about it can point there.
struct SourceSpot
{
    QString file;
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based, in characters
    QString path;   ///< e.g. regions[3].iso
};

/// One member of a union: an ISO code, or every admin-1 unit of a country in one Natural Earth region.
struct RegionSelector
{
    QString code;    ///< ISO 3166-1 alpha-2 or ISO 3166-2; empty when country+group is used
    QString country; ///< with group: ISO 3166-1 alpha-2
    QString group;   ///< Natural Earth `region` value, e.g. "Sahel"

    friend bool operator==(const RegionSelector &, const RegionSelector &) = default;
};

/// A place a story speaks of, as the story file defines it (resolved against the map data later).
struct RegionDefinition
{
    QString id;
    RegionKind kind = RegionKind::Country;
    RegionStyle style = RegionStyle::Plain;
    LocalizedText name;
    LocalizedText note;
    LocalizedText source;
    QString iso;                    ///< country, admin1
    QList<RegionSelector> members;  ///< union
    QStringList countries;          ///< tripoint
    QString around;                 ///< buffer: id of a point region
    double radiusKm = 0.0;          ///< buffer
    QStringList clipTo;             ///< buffer
    qint64 geonameid = 0;           ///< town, optionally place
    std::optional<LonLat> position; ///< place
    QByteArray extraJson;           ///< its `extra` object on one line, key order kept; empty when none
    SourceSpot spot;                ///< the region's object in the story file
    /// Each code or number of the definition (its text as key: "CM-EN", "2331447") and where it is written.
    QHash<QString, SourceSpot> valueSpots;

    /// What the definition says; spot and valueSpots are left out, as they move whenever the file is edited.
    /// A new member belongs here too.
    auto definingMembers() const
    {
        return std::tie(id, kind, style, name, note, source, iso, members, countries, around, radiusKm,
                        clipTo, geonameid, position, extraJson);
    }
    friend bool operator==(const RegionDefinition &a, const RegionDefinition &b)
    {
        return a.definingMembers() == b.definingMembers();
    }

    /// Where that value is written, else where the region is.
    const SourceSpot &spotOf(const QString &value) const
    {
        const auto found = valueSpots.constFind(value);
        return found != valueSpots.cend() ? *found : spot;
    }
};

enum class FactKind { Fact, Figure, Quote, Event };

/// One card of the story: a fact, a figure, a quote or a dated event.
struct Fact
{
    QString id;
    FactKind kind = FactKind::Fact;
    LocalizedText title;
    LocalizedText text;
    int paragraph = 0; ///< 1-based; 0 for events from outside the article
    QStringList regionIds;
    LocalizedText source;
    QString speaker;
    LocalizedText role;
    QDate date;
    LocalizedText context;
    std::optional<double> value;
    LocalizedText unit;
    LocalizedText qualifier;
    LocalizedText notes;
    QByteArray extraJson; ///< its `extra` object on one line, key order kept; empty when none

    friend bool operator==(const Fact &, const Fact &) = default;
};

/// The article a story tells.
struct StorySource
{
    QString publisher; ///< empty when unknown
    LocalizedText title;
    QDate date;
    QString language;
    QStringList paragraphs;
    QString url;
    QByteArray extraJson; ///< its `extra` object on one line, key order kept; empty when none

    friend bool operator==(const StorySource &, const StorySource &) = default;
};

/// A story file in memory: the article, its places and its facts.
struct Story
{
    QString id;
    LocalizedText title;
    LocalizedText subtitle;
    StorySource source;
    std::optional<QRectF> homeBounds; ///< west, south, east, north in degrees (x = lon, y = lat)
    QStringList focusCountries;       ///< drawn each in its own colour
    QList<RegionDefinition> regions;
    QList<Fact> facts;
    QStringList order;
    QString schema;           ///< `$schema`: where an editor finds the JSON Schema; empty when not given
    QByteArray viewExtraJson; ///< the `extra` object of `view`, on one line; empty when none
    QByteArray extraJson;     ///< the top-level `extra` object, on one line, key order kept; empty when none

    friend bool operator==(const Story &, const Story &) = default;

    const Fact *fact(const QString &factId) const;
    Fact *fact(const QString &factId);
    const RegionDefinition *region(const QString &regionId) const;
    RegionDefinition *region(const QString &regionId);
    QStringList factIds() const;
    QStringList regionIds() const;
    /// Facts in presentation order: `order` when given, else file order.
    QList<const Fact *> orderedFacts() const;
    /// Ids of the facts that name this region.
    QStringList factsForRegion(const QString &regionId) const;
};

QString factKindName(FactKind kind);
QString regionKindName(RegionKind kind);
QString regionStyleName(RegionStyle style);
/// The style a region of that kind has when its file gives none (FORMAT.md, Regions).
RegionStyle defaultRegionStyle(RegionKind kind);

} // namespace sahel
