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
    /// What the data was read from (a hash of its bytes), for caches of what is computed from it.
    QByteArray fingerprint;
};

} // namespace sahel
