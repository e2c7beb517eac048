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

/// The map data one frame draws (geography, story regions, the user's layers, language, base map), apart
/// from the per-frame state (FrameState). Treated as immutable once made: a change is a new value with a
/// new revision (withNewRevision), so a cache can tell two scenes apart by their revisions alone.
struct MapScene
{
    quint64 revision = 0; ///< unique per distinct scene in this process; 0 for a scene never published
    const GeoData *geo = nullptr;
    QList<MapRegion> regions;
    QStringList focusCountries; ///< drawn each in its own colour
    QString language = QStringLiteral("fr");
    QList<UserLayer> userLayers; ///< layers the user added, bottom to top
    BaseMapMode baseMap = BaseMapMode::Own;
    QString tileFolder; ///< z/x/y.png tiles, for BaseMapMode::Tiles

    /// This scene under a revision no other scene of the process has had.
    MapScene withNewRevision() const;

    const MapRegion *region(const QString &regionId) const;
    /// Union of the framing bounds of these regions (empty-sized for a single point); nullopt when none
    /// resolves.
    std::optional<QRectF> boundsOf(const QStringList &regionIds) const;
    /// The bounds a view needs to show these regions: far places (kind place) count only when
    /// nothing else does, since the map shows them as arrows at its edge.
    std::optional<QRectF> framingBounds(const QStringList &regionIds) const;
};

} // namespace sahel
