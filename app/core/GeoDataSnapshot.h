#pragma once

#include "GeoData.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sahel {

/// GeoData read back from a snapshot, with the fingerprint of the GeoPackage it was computed from.
struct GeoDataSnapshotRead
{
    std::optional<GeoData> data;
    QByteArray sourceFingerprint;
    QString error; ///< what is wrong when data is empty
};

/// The base map with everything computed from it (projection, simplified levels, label points, the border
/// network) in a flat binary form, written when the app is built and read at every start instead of the
/// GeoPackage: reading is a copy of arrays, where the GeoPackage needs GDAL, projection and simplification.
/// Written and read on one machine kind (the build's): the header names the byte order and the version, and
/// a snapshot of another kind is refused, never misread.
namespace GeoDataSnapshot {

/// Empty if a vertex lies beyond what the format stores (about 214,000 km from the origin).
QByteArray write(const GeoData &data, const QByteArray &sourceFingerprint);
/// Every count is checked against the bytes left: a truncated or damaged snapshot is refused, not misread.
/// Shapes and border lines are checked and bounded now but decoded when first used: they keep a shared
/// reference to bytes (QByteArray::fromRawData on memory that outlives them reads in place).
GeoDataSnapshotRead read(const QByteArray &bytes);

} // namespace GeoDataSnapshot
} // namespace sahel
