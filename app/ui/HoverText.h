#pragma once

#include "Atlas.h"
#include "Viewport.h"

#include <QString>

namespace sahel {

/// The words the window shows about what lies under the cursor: coordinates, place names, a story
/// region's card count, an added layer's attributes.
namespace HoverText {

/// "13.512° N   2.112° E".
QString coordinates(LonLat position);
/// "Niger — Tillabéri": the country and admin-1 unit of a unit (or country) code.
QString place(const MapScene &scene, const QString &code);
/// "Mali — 7 cards" for a story region some facts speak of; "" for none.
QString region(const Atlas &atlas, const QString &regionId);
/// Attributes of the added layers' feature under a point ("field: value" per line, the first maxFields
/// of them); "" when there is none. layerName receives the feature's layer name.
QString feature(const MapScene &scene, const Viewport &viewport, QPointF position, int maxFields,
                QString *layerName = nullptr);

} // namespace HoverText
} // namespace sahel
