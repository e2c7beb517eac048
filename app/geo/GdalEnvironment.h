#pragma once

#include <QStringList>

namespace sahel {

/// Sets GDAL up once for hostile input: only the drivers we need, and no network, ever.
class GdalEnvironment
{
public:
    /// What GDAL may spend parsing one GeoJSON feature (OGR_GEOJSON_MAX_OBJ_SIZE, its estimate of the
    /// memory, some 13 bytes per byte of text): a bound on one feature's memory, not only the file's.
    static constexpr int maxGeoJsonFeatureMegabytes = 100;
    /// Idempotent and thread-safe.
    static void initialise();
    /// The drivers files may be opened with (never VRT: it can reference any file or URL).
    static const QStringList &allowedVectorDrivers();
    /// How many network requests or network file opens GDAL attempted (and we refused) since start.
    static int refusedNetworkRequests();
};

} // namespace sahel
