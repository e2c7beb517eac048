#pragma once

#include "GeoDatabase.h"
#include "GeoDatabasePrivate.h"
#include "RegionResolver.h"
#include "VectorLayerReader.h"

namespace sahel {

/// Everything that needs GDAL, GEOS or PROJ, behind one interface in a library of its own, libsahel-gdal,
/// loaded on the first call. Linking GDAL and its hundred and more libraries cost every start about 40 ms
/// of relocations; a start from the baked snapshot whose regions come from the region cache calls none of
/// this, so it never pays for it. Without the library (a broken install) every call fails with a message
/// that names it.
class GdalServices
{
public:
    virtual ~GdalServices() = default;

    /// The loaded library's services, or ones that report why it could not be loaded. Thread-safe.
    static const GdalServices &instance();
    /// Where instance() looks for the library, first found wins: beside the executable's lib/sahel-atlas
    /// (the installed layout), then the build tree.
    static QStringList libraryCandidates();

    virtual GeoDatabaseLoad openGeoPackage(const QString &path) const = 0;
    virtual GeoDatabaseLoad openEmbeddedGeoPackage() const = 0;
    virtual GeometriesByCode readEmbeddedGeometries() const = 0;
    virtual RegionResolution resolveRegions(const GeoDatabase &database,
                                            const QList<RegionDefinition> &definitions) const = 0;
    virtual std::optional<LonLat> tripoint(const GeoDatabase &database, const QStringList &countryCodes,
                                           QString *error) const = 0;
    virtual VectorLayerLoad readVectorLayer(const QString &path, const VectorLayerReader::Options &options,
                                            const VectorLayerReader::Progress &progress) const = 0;
    /// EPSG:3857 as a .prj and as GDAL's WKT (ProjectionText); empty when PROJ cannot define it.
    virtual QString webMercatorPrj() const = 0;
    virtual QString webMercatorWkt() const = 0;
};

} // namespace sahel

/// The one symbol libsahel-gdal exports for the loader: its services, alive as long as the process.
extern "C" const sahel::GdalServices *sahelGdalServices();
