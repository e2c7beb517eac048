#pragma once

#include <QString>

namespace sahel {

/// Coordinate system definitions as GDAL/PROJ write them, for files beside exports (the map is EPSG:3857).
/// Here rather than in sahel_render so rendering needs no GDAL.
class ProjectionText
{
public:
    /// EPSG:3857 in ESRI WKT, the form a .prj beside a world file takes (ArcGIS, QGIS). Empty if PROJ
    /// cannot define it. Thread-safe; computed once.
    static QString webMercatorPrj();
    /// EPSG:3857 in GDAL's WKT (WKT1 with axes and authority), as its .aux.xml sidecars carry it. Empty if
    /// PROJ cannot define it. Thread-safe; computed once.
    static QString webMercatorWkt();
};

} // namespace sahel
