#pragma once

#include <QStringList>

namespace sahel {

/// Sets GDAL up once for hostile input: only the drivers we need, and no network, ever.
class GdalEnvironment
{
public:
    /// Idempotent and thread-safe.
    static void initialise();
    /// The drivers files may be opened with (never VRT: it can reference any file or URL).
    static const QStringList &allowedVectorDrivers();
    /// How many network requests or network file opens GDAL attempted (and we refused) since start.
    static int refusedNetworkRequests();
};

} // namespace sahel
