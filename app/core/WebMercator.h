#pragma once

#include "LonLat.h"

#include <QPointF>
#include <QRectF>

namespace sahel {

/// EPSG:3857 in closed form: exact, and far cheaper than a PROJ call per vertex.
namespace WebMercator {

inline constexpr double earthRadius = 6378137.0;
inline constexpr double maxLatitude = 85.05112877980659;
inline constexpr double tileSize = 256.0;
/// Half the width of the projected world in metres.
inline constexpr double halfWorld = 20037508.342789244;

/// Projects to EPSG:3857 metres (y grows northwards); latitude is clamped to +-maxLatitude.
QPointF project(LonLat position);
LonLat unproject(QPointF metres);
QRectF projectBounds(double west, double south, double east, double north);

/// Metres per logical pixel at the equator for a Web Mercator zoom level (world = 256 * 2^zoom px).
double metresPerPixel(double zoom);
double zoomForMetresPerPixel(double metresPerPixel);

/// Ground metres per projected metre at a latitude: Web Mercator stretches by 1/cos(lat).
double scaleFactor(double latitude);

/// Great-circle distance in kilometres (haversine, spherical earth).
double distanceKm(LonLat a, LonLat b);
/// Initial bearing from a to b, degrees clockwise from north.
double bearingDegrees(LonLat a, LonLat b);

} // namespace WebMercator
} // namespace sahel
