#include "GdalEnvironment.h"

#include <cpl_conv.h>
#include <cpl_http.h>
#include <gdal.h>
#include <ogr_api.h>

#include <atomic>
#include <mutex>

namespace sahel {

namespace {

std::atomic<int> g_refusedRequests{0};

CPLHTTPResult *refuseEveryRequest(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc,
                                  void *, void *)
{
    ++g_refusedRequests;
    CPLError(CE_Failure, CPLE_AppDefined, "Sahel Atlas works offline: refused network request to %s", url);
    return nullptr;
}

} // namespace

void GdalEnvironment::initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Before registration, so no driver ever sees a network-enabled configuration.
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "500");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "{noext}");
        CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
        CPLHTTPSetFetchCallback(refuseEveryRequest, nullptr);
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

const QStringList &GdalEnvironment::allowedVectorDrivers()
{
    static const QStringList drivers{QStringLiteral("GPKG"), QStringLiteral("GeoJSON"), QStringLiteral("TopoJSON"),
                                     QStringLiteral("ESRI Shapefile"), QStringLiteral("FlatGeobuf")};
    return drivers;
}

int GdalEnvironment::refusedNetworkRequests()
{
    return g_refusedRequests.load();
}

} // namespace sahel
