// The entry point of libsahel-gdal: GdalServices implemented with the GDAL, GEOS and PROJ code of this
// library.
#include "GdalServices.h"
#include "GeoPackageReader.h"
#include "GeosRegionResolver.h"
#include "OgrLayerReader.h"
#include "ProjectionText.h"

namespace sahel {
namespace {

class GdalServicesLibrary final : public GdalServices
{
public:
    GeoDatabaseLoad openGeoPackage(const QString &path) const override
    {
        return GeoPackageReader::openFile(path);
    }
    GeoDatabaseLoad openEmbeddedGeoPackage() const override { return GeoPackageReader::openEmbedded(); }
    GeometriesByCode readEmbeddedGeometries() const override
    {
        return GeoPackageReader::readEmbeddedGeometries();
    }
    RegionResolution resolveRegions(const GeoDatabase &database,
                                    const QList<RegionDefinition> &definitions) const override
    {
        return GeosRegionResolver(database).resolve(definitions);
    }
    std::optional<LonLat> tripoint(const GeoDatabase &database, const QStringList &countryCodes,
                                   QString *error) const override
    {
        return GeosRegionResolver(database).tripoint(countryCodes, error);
    }
    VectorLayerLoad readVectorLayer(const QString &path, const VectorLayerReader::Options &options,
                                    const VectorLayerReader::Progress &progress) const override
    {
        return OgrLayerReader::read(path, options, progress);
    }
    QString webMercatorPrj() const override { return ProjectionText::webMercatorPrj(); }
    QString webMercatorWkt() const override { return ProjectionText::webMercatorWkt(); }
};

} // namespace
} // namespace sahel

extern "C" Q_DECL_EXPORT const sahel::GdalServices *sahelGdalServices()
{
    static const sahel::GdalServicesLibrary services;
    return &services;
}
