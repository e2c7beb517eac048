#pragma once

#include "Story.h"

#include <QString>
#include <QStringList>

namespace sahel {

/// The editor's changes to a story's places, as pure functions on Story values: linking a fact to a
/// country, an admin-1 unit or a town picked on the map, and the places made from others (a buffer, a
/// tripoint, a union).
namespace RegionEdits {

/// The id of the story's region that is this place (same kind and code, or same town), else empty.
QString regionFor(const Story &story, const RegionDefinition &place);
/// Links the place (a country, admin1, town or place definition; its id is chosen here) to the fact,
/// adding its definition when the story has none; unlinks it when the fact already names it.
Story withPlaceToggled(Story story, const QString &factId, const RegionDefinition &place,
                       QString *regionId = nullptr);
/// Unlinks a region from a fact; a definition no fact and no other region uses any more goes too.
Story withRegionUnlinked(Story story, const QString &factId, const QString &regionId);
/// A zone within radiusKm of a point region (tripoint, town or place), clipped to those countries,
/// linked to the fact.
Story withBuffer(Story story, const QString &factId, const QString &aroundId, double radiusKm,
                 const QStringList &clipTo, QString *regionId = nullptr);
/// The point where three countries meet (computed from the borders when the story is resolved).
Story withTripoint(Story story, const QString &factId, const QStringList &countries,
                   QString *regionId = nullptr);
/// One region for several of the fact's countries and admin-1 units, which it replaces in the fact.
Story withUnion(Story story, const QString &factId, const QStringList &memberIds, const LocalizedText &name,
                QString *regionId = nullptr);
/// Whether a region is a point a buffer can be drawn around.
bool isPoint(const RegionDefinition &region);

} // namespace RegionEdits
} // namespace sahel
