#pragma once

#include "Atlas.h"
#include "MapView.h"
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

/// What the status line and the tooltip say of a point of the view.
struct Description
{
    QString coordinates;
    QString place;   ///< country and admin-1 unit
    QString region;  ///< the story region and its card count
    QString feature; ///< the added layer's attributes
};
/// The view's hover at that point, in words; only the coordinates while hover is suspended (slides).
Description describe(const MapView &view, QPointF position);

} // namespace HoverText
} // namespace sahel
