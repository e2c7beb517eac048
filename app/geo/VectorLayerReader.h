#pragma once

#include "UserLayer.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sahel {

struct VectorLayerLoad
{
    QList<std::shared_ptr<const UserLayerData>> layers; ///< one per non-empty layer of the file
    QString error;                                      ///< names the file and what is wrong
    QStringList warnings;
    bool cancelled = false;
    /// For a CSV whose coordinate columns could not be found: its columns, to let the user choose.
    QStringList csvColumns;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Reads a vector file the user brings (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf, CSV
/// with coordinate columns) through the safe opening path: local files only, allowed drivers only,
/// no network, capped sizes, repaired geometry, everything reprojected to Web Mercator.
class VectorLayerReader
{
public:
    static constexpr qint64 maxFileSize = 500LL * 1024 * 1024;
    /// GDAL parses JSON twice, at about 15 MB/s, and TopoJSON whole into memory (some 40 bytes per byte of
    /// text): these caps keep such files within the time and memory budgets (LoadBudget).
    static constexpr qint64 maxJsonFileSize = 128LL * 1024 * 1024;
    static constexpr qint64 maxTopoJsonFileSize = 16LL * 1024 * 1024;
    static constexpr qint64 maxFeatures = 2'000'000;
    static constexpr qint64 maxVertices = 20'000'000;
    static constexpr qint64 maxRings = 2'000'000; ///< polygon boundaries, outer and inner, in the whole file

    struct Options
    {
        QString lonField; ///< CSV: empty to find it by name (lon, lng, longitude, x)
        QString latField; ///< CSV: empty to find it by name (lat, latitude, y)
    };
    /// fraction in [0, 1]; return false to cancel.
    using Progress = std::function<bool(double fraction)>;

    static VectorLayerLoad read(const QString &path, const Options &options = {},
                                const Progress &progress = {});
    /// Every extension read() takes, for file dialogs and drops.
    static QStringList fileExtensions();
};

} // namespace sahel
