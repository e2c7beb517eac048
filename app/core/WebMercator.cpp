#include "WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sahel::WebMercator {

namespace {
constexpr double degToRad = std::numbers::pi / 180.0;
constexpr double radToDeg = 180.0 / std::numbers::pi;
constexpr double meanEarthRadiusKm = 6371.0088;
} // namespace

QPointF project(LonLat position)
{
    const double lat = std::clamp(position.lat, -maxLatitude, maxLatitude);
    const double x = earthRadius * position.lon * degToRad;
    const double y = earthRadius * std::log(std::tan(std::numbers::pi / 4.0 + lat * degToRad / 2.0));
    return {x, y};
}

LonLat unproject(QPointF metres)
{
    const double lon = metres.x() / earthRadius * radToDeg;
    const double lat = (2.0 * std::atan(std::exp(metres.y() / earthRadius)) - std::numbers::pi / 2.0) * radToDeg;
    return {lon, lat};
}

QRectF projectBounds(double west, double south, double east, double north)
{
    const QPointF sw = project({west, south});
    const QPointF ne = project({east, north});
    return QRectF(QPointF(sw.x(), sw.y()), QPointF(ne.x(), ne.y())).normalized();
}

double metresPerPixel(double zoom)
{
    return 2.0 * halfWorld / (tileSize * std::exp2(zoom));
}

double zoomForMetresPerPixel(double metresPerPixelValue)
{
    return std::log2(2.0 * halfWorld / (tileSize * metresPerPixelValue));
}

double scaleFactor(double latitude)
{
    return std::cos(std::clamp(latitude, -maxLatitude, maxLatitude) * degToRad);
}

double distanceKm(LonLat a, LonLat b)
{
    const double dLat = (b.lat - a.lat) * degToRad;
    const double dLon = (b.lon - a.lon) * degToRad;
    const double h = std::pow(std::sin(dLat / 2), 2) +
                     std::cos(a.lat * degToRad) * std::cos(b.lat * degToRad) * std::pow(std::sin(dLon / 2), 2);
    return 2.0 * meanEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double bearingDegrees(LonLat a, LonLat b)
{
    const double phi1 = a.lat * degToRad;
    const double phi2 = b.lat * degToRad;
    const double dLon = (b.lon - a.lon) * degToRad;
    const double y = std::sin(dLon) * std::cos(phi2);
    const double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLon);
    return std::fmod(std::atan2(y, x) * radToDeg + 360.0, 360.0);
}

} // namespace sahel::WebMercator
