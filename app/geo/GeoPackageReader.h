#pragma once

#include "GeoDatabase.h"
#include "GeoDatabasePrivate.h"

namespace sahel {

/// Reads a GeoPackage with GDAL into a GeoDatabase: projection, levels of detail, label points and the
/// border network computed from it, and its longitude/latitude geometries. In libsahel-gdal.
struct GeoPackageReader
{
    /// The GeoPackage embedded in the executable, read from memory; geometries taken as valid.
    static GeoDatabaseLoad openEmbedded();
    /// A file from anywhere: screened, and every geometry checked and repaired within the load budget.
    static GeoDatabaseLoad openFile(const QString &path);
    /// Only the embedded GeoPackage's geometries, by ISO code: what region resolution needs behind a
    /// snapshot.
    static GeometriesByCode readEmbeddedGeometries();
};

} // namespace sahel
