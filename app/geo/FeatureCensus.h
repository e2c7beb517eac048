#pragma once

#include <QString>

namespace sahel {

/// A cheap count of what a text vector file holds, made in one streaming pass before any parsing or
/// conversion, so that files over the caps are refused in a fraction of a second with little memory.
struct FeatureCensus
{
    qint64 features = -1; ///< -1 when the format gives no cheap count
    qint64 vertices = -1;
    qint64 rings = -1; ///< arrays of positions: polygon rings and lines
    /// GeoJSON: the file names its coordinate system by a URL GDAL would have to download (which it never
    /// does here), so the user should hear it was not fetched.
    bool remoteCrs = false;
    bool topology = false; ///< JSON: a TopoJSON file (its top-level "type" is "Topology")
    bool readFailed = false;

    /// CSV: the records (lines outside quoted fields, less the header), each one point.
    static FeatureCensus ofCsv(const QString &path);
    /// JSON (GeoJSON, TopoJSON): "Feature" objects, positions and arrays of positions, skipping strings.
    static FeatureCensus ofJson(const QString &path);
    /// Whether the file's first non-blank byte opens a JSON object (how GDAL's JSON drivers know theirs).
    static bool looksLikeJson(const QString &path);
};

} // namespace sahel
