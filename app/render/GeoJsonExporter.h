#pragma once

#include "MapScene.h"
#include "Story.h"

#include <QByteArray>

namespace sahel {

/// The story's resolved regions as GeoJSON (EPSG:4326) for QGIS and friends.
class GeoJsonExporter
{
public:
    /// story may be null; when given, each feature lists the ids of the facts linked to it.
    static QByteArray toGeoJson(const MapScene &scene, const Story *story);
};

} // namespace sahel
