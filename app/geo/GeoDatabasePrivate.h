#pragma once

#include "GeoDatabase.h"
#include "OgrConversion.h"

#include <QHash>

namespace sahel {

struct GeoDatabase::Private
{
    GeoData data;
    /// Longitude/latitude geometries by ISO code (countries and admin-1 units).
    QHash<QString, std::shared_ptr<const OGRGeometry>> geometries;
};

} // namespace sahel
