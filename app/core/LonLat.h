#pragma once

#include <QtGlobal>

namespace sahel {

/// A geographic position in degrees, longitude first (GIS order, as in GeoJSON).
struct LonLat
{
    double lon = 0.0;
    double lat = 0.0;

    friend bool operator==(const LonLat &, const LonLat &) = default;
};

} // namespace sahel
