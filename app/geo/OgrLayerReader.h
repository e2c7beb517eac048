#pragma once

#include "VectorLayerReader.h"

namespace sahel {

/// What VectorLayerReader::read does, with GDAL/OGR and GEOS: the safe opening path, the census before
/// reading, repair and reprojection. In libsahel-gdal.
namespace OgrLayerReader {

VectorLayerLoad read(const QString &path, const VectorLayerReader::Options &options,
                     const VectorLayerReader::Progress &progress);

} // namespace OgrLayerReader
} // namespace sahel
