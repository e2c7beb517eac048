#pragma once

#include "MapRegion.h"
#include "Story.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sahel {

class GeoDatabase;

struct RegionResolution
{
    QList<MapRegion> regions;
    QStringList errors; ///< one line per region that could not be resolved, naming it
};

/// Turns a story's region definitions into map shapes: looks codes up, unions units, computes
/// tripoints from the country borders and geodesic buffers clipped to countries. The work is GEOS's, in
/// libsahel-gdal (GeosRegionResolver), loaded on the first call.
class RegionResolver
{
public:
    explicit RegionResolver(const GeoDatabase &database);

    RegionResolution resolve(const QList<RegionDefinition> &definitions) const;

    /// Where the three countries' borders meet, from the data (GEOS through OGR).
    std::optional<LonLat> tripoint(const QStringList &countryCodes, QString *error = nullptr) const;

private:
    const GeoDatabase &m_database;
};

} // namespace sahel
