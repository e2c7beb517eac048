#pragma once

#include "RegionResolver.h"

namespace sahel {

/// What RegionResolver does, with GEOS through OGR: looks codes up, unions units, computes tripoints from
/// the country borders and geodesic buffers clipped to countries. In libsahel-gdal.
class GeosRegionResolver
{
public:
    explicit GeosRegionResolver(const GeoDatabase &database);

    RegionResolution resolve(const QList<RegionDefinition> &definitions) const;

    /// Where the three countries' borders meet, from the data (GEOS through OGR).
    std::optional<LonLat> tripoint(const QStringList &countryCodes, QString *error = nullptr) const;

private:
    const GeoDatabase &m_database;
};

} // namespace sahel
