#pragma once

#include "MapScene.h"
#include "PlaceFinder.h"
#include "Story.h"
#include "Viewport.h"

#include <QPointF>

#include <optional>

namespace sahel {

/// What a click on the map means to the story editor: the place a story region would name there.
namespace PlacePicker {

/// From this zoom on a click picks an admin-1 unit rather than its country (closer than the AES view).
inline constexpr double admin1Zoom = 6.0;
inline constexpr double townReachPx = 10.0;

/// A drawn town within reach, else the admin-1 unit (from admin1Zoom on) or the country under the point;
/// `otherLevel` (Shift+click) swaps the two levels. The definition's name is the map data's, in language.
std::optional<RegionDefinition> placeAt(const MapScene &scene, const Viewport &viewport, QPointF screen,
                                        bool otherLevel, const QString &language);
/// A gazetteer match as a region definition.
RegionDefinition fromMatch(const PlaceMatch &match, const QString &language);

} // namespace PlacePicker
} // namespace sahel
