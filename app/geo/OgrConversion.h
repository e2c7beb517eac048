#pragma once

#include "Geometry.h"

#include <memory>

class OGRGeometry;

namespace sahel {

struct OgrGeometryDeleter
{
    void operator()(OGRGeometry *geometry) const;
};
/// OGR geometries are created by OGR's factory and must be destroyed by it.
using OgrGeometryPtr = std::unique_ptr<OGRGeometry, OgrGeometryDeleter>;

namespace OgrConversion {

/// The polygonal parts of a longitude/latitude geometry, projected to Web Mercator.
MultiPolygon toProjectedMultiPolygon(const OGRGeometry &lonLatGeometry);
/// The line parts (LineString, MultiLineString) of a longitude/latitude geometry, projected to Web Mercator.
QList<Ring> toProjectedLines(const OGRGeometry &lonLatGeometry);
/// Repairs invalid geometry and drops empty parts; returns null when nothing polygonal is left.
OgrGeometryPtr cleanPolygonal(const OGRGeometry &geometry);
OgrGeometryPtr clone(const OGRGeometry &geometry);

} // namespace OgrConversion
} // namespace sahel
