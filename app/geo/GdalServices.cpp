#include "GdalServices.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

namespace sahel {

namespace {

/// What instance() gives when the library cannot be loaded: every call fails, naming the library and why.
class UnavailableGdalServices final : public GdalServices
{
public:
    explicit UnavailableGdalServices(QString reason)
        : m_reason(std::move(reason))
    {}

    GeoDatabaseLoad openGeoPackage(const QString &path) const override
    {
        return {nullptr, QStringLiteral("%1: cannot be read: %2").arg(path, m_reason)};
    }
    GeoDatabaseLoad openEmbeddedGeoPackage() const override
    {
        return {nullptr, QStringLiteral("the embedded map data cannot be read: %1").arg(m_reason)};
    }
    GeometriesByCode readEmbeddedGeometries() const override { return {}; }
    RegionResolution resolveRegions(const GeoDatabase &,
                                    const QList<RegionDefinition> &definitions) const override
    {
        RegionResolution resolution;
        for (const RegionDefinition &definition : definitions)
            resolution.errors.append(
                QStringLiteral("region \"%1\" cannot be computed: %2").arg(definition.id, m_reason));
        return resolution;
    }
    std::optional<LonLat> tripoint(const GeoDatabase &, const QStringList &, QString *error) const override
    {
        if (error)
            *error = m_reason;
        return std::nullopt;
    }
    VectorLayerLoad readVectorLayer(const QString &path, const VectorLayerReader::Options &,
                                    const VectorLayerReader::Progress &) const override
    {
        VectorLayerLoad load;
        load.error = QStringLiteral("%1: cannot be read: %2").arg(path, m_reason);
        return load;
    }
    QString webMercatorPrj() const override { return {}; }
    QString webMercatorWkt() const override { return {}; }

private:
    QString m_reason;
};

QString executableDirectory()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
}

const GdalServices &load()
{
    QStringList tried;
    for (const QString &candidate : GdalServices::libraryCandidates()) {
        if (!QFileInfo::exists(candidate))
            continue;
        // Never unloaded: the services live as long as the process.
        QLibrary library(candidate);
        using Entry = const GdalServices *(*)();
        if (const auto entry = reinterpret_cast<Entry>(library.resolve("sahelGdalServices"))) {
            if (const GdalServices *services = entry())
                return *services;
        }
        tried.append(library.errorString());
    }
    static const UnavailableGdalServices unavailable(
        tried.isEmpty()
            ? QStringLiteral("libsahel-gdal.so is not installed (looked in %1)")
                  .arg(GdalServices::libraryCandidates().join(QStringLiteral(", ")))
            : QStringLiteral("libsahel-gdal.so cannot be loaded (%1)").arg(tried.join(QStringLiteral("; "))));
    return unavailable;
}

} // namespace

QStringList GdalServices::libraryCandidates()
{
    return {executableDirectory() + QStringLiteral("/../lib/sahel-atlas/libsahel-gdal.so"),
            QStringLiteral(SAHEL_GDAL_BUILD_PATH)};
}

const GdalServices &GdalServices::instance()
{
    static const GdalServices &services = load();
    return services;
}

} // namespace sahel
