#pragma once

#include "GeoData.h"

#include <QString>

#include <memory>

namespace sahel {

class GeoDatabase;

struct GeoDatabaseLoad
{
    std::unique_ptr<GeoDatabase> database;
    QString error; ///< names the file and what is wrong when database is null
};

/// The base map read from a GeoPackage: projected core types for drawing, and the
/// longitude/latitude geometries kept for computing regions (tripoints, unions, buffers).
class GeoDatabase
{
public:
    static constexpr qint64 maxFileSize = 500LL * 1024 * 1024;

    ~GeoDatabase();
    GeoDatabase(const GeoDatabase &) = delete;
    GeoDatabase &operator=(const GeoDatabase &) = delete;

    /// The map data embedded in the executable: its snapshot (GeoDataSnapshot), with the embedded
    /// GeoPackage's geometries read on the first region resolution that needs them.
    static GeoDatabaseLoad openEmbedded();
    /// The GeoPackage embedded in the executable, read and computed from memory: what the snapshot is
    /// baked from.
    static GeoDatabaseLoad openEmbeddedGeoPackage();
    /// A GeoPackage on disk with the same layers (see maps/SOURCES.md).
    static GeoDatabaseLoad openFile(const QString &path);

    const GeoData &data() const;
    /// Identifies the bytes the data was read from: equal fingerprints, equal data.
    QByteArray fingerprint() const;
    /// data() and fingerprint() as a GeoDataSnapshot.
    QByteArray snapshot() const;

    /// Opaque outside the geo library: it holds GDAL types.
    struct Private;
    explicit GeoDatabase(std::unique_ptr<Private> d);

private:
    friend class GeosRegionResolver;
    friend struct GeoPackageReader;
    std::unique_ptr<Private> d;
};

} // namespace sahel
