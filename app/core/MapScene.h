#pragma once

#include "GeoData.h"
#include "MapRegion.h"
#include "UserLayer.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sahel {

/// What lies under the story's layers.
enum class BaseMapMode {
    Own,      ///< our water and land, from the shipped data
    Underlay, ///< nothing: a basemap drawn under the map (QtLocation) shows through; borders stay
    Tiles,    ///< the tiles of a local folder (tileFolder), for exports of a view with a tiled basemap
};

/// Everything one frame of the map shows, apart from where it looks (the Viewport).
struct MapScene
{
    const GeoData *geo = nullptr;
    QList<MapRegion> regions;
    QStringList focusCountries; ///< drawn each in its own colour
    QString language = QStringLiteral("fr");
    QString hoveredUnit;           ///< ISO code of the admin-1 unit (or country) under the cursor
    QSet<QString> selectedRegions; ///< regions of the selected fact: highlighted, the rest dimmed
    QSet<QString> glowingRegions;  ///< regions of the hovered card
    QString hoveredRegion;         ///< a story region under the cursor
    QList<UserLayer> userLayers;   ///< layers the user added, bottom to top
    BaseMapMode baseMap = BaseMapMode::Own;
    QString tileFolder; ///< z/x/y.png tiles, for BaseMapMode::Tiles

    const MapRegion *region(const QString &regionId) const;
    /// Union of the projected bounds of these regions (empty-sized for a single point); nullopt when none
    /// resolves.
    std::optional<QRectF> boundsOf(const QStringList &regionIds) const;
    /// The bounds a view needs to show these regions: far places (kind place) count only when
    /// nothing else does, since the map shows them as arrows at its edge.
    std::optional<QRectF> framingBounds(const QStringList &regionIds) const;
};

} // namespace sahel
