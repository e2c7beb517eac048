#include "GdalEnvironment.h"

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <cpl_vsi_virtual.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <atomic>
#include <cerrno>
#include <iterator>
#include <mutex>
#include <string>

namespace sahel {

namespace {

std::atomic<int> g_refusedRequests{0};

CPLHTTPResult *refuseEveryRequest(const char *url, CSLConstList, GDALProgressFunc, void *,
                                  CPLHTTPFetchWriteFunc, void *, void *)
{
    ++g_refusedRequests;
    CPLError(CE_Failure, CPLE_AppDefined, "Sahel Atlas works offline: refused network request to %s", url);
    // A failed result, never nullptr: CPLHTTPFetchEx() takes nullptr to mean "not handled" and then fetches
    // with libcurl itself (a listener on 127.0.0.1 in tst_geobadinput caught exactly that).
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("Sahel Atlas works offline: network requests are refused");
    return result;
}

// The virtual file systems that talk to a server. /vsicurl/ and friends use libcurl directly, not
// CPLHTTPFetch, so the fetch callback alone does not stop them. "/vsicurl?url=..." is a prefix of its own
// (not listed by VSIGetFileSystemsPrefixes(), but routed to the curl handler: tst_geobadinput checks it).
// Handling a prefix this GDAL lacks (say /vsihdfs/) is harmless: it simply refuses too.
constexpr const char *networkFileSystems[] = {"/vsicurl/",
                                              "/vsicurl?",
                                              "/vsicurl_streaming/",
                                              "/vsicurl_streaming?",
                                              "/vsis3/",
                                              "/vsis3_streaming/",
                                              "/vsigs/",
                                              "/vsigs_streaming/",
                                              "/vsiaz/",
                                              "/vsiaz_streaming/",
                                              "/vsiadls/",
                                              "/vsioss/",
                                              "/vsioss_streaming/",
                                              "/vsiswift/",
                                              "/vsiswift_streaming/",
                                              "/vsiwebhdfs/",
                                              "/vsihdfs/"};

// The handlers taken off their prefixes. GDAL does not free a handler it stops listing, and a cache may still
// point at one: they are kept alive here, in a plain array (no destructor runs before LeakSanitizer looks),
// so they stay reachable rather than leak.
VSIFilesystemHandler *g_retiredHandlers[std::size(networkFileSystems)];

#if GDAL_VERSION_NUM < GDAL_COMPUTE_VERSION(3, 9, 0)
void *refuseOpen(void *, const char *, const char *)
{
    ++g_refusedRequests;
    errno = EACCES;
    return nullptr;
}
#endif

/// Takes the network file systems away, so even a path that slipped past SafeFilePath cannot reach a server.
void removeNetworkFileSystems()
{
#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
    // GDAL 3.9 added VSIRemovePluginHandler(), which takes any prefix out of the file manager: the path
    // then falls to the local file system, where "/vsicurl/http:/..." does not exist.
    for (size_t i = 0; i < std::size(networkFileSystems); ++i) {
        g_retiredHandlers[i] = VSIFileManager::GetHandler(networkFileSystems[i]);
        VSIRemovePluginHandler(networkFileSystems[i]);
    }
#else
    // Before 3.9 a handler cannot be removed, but VSIInstallPluginHandler() (GDAL 3.0) replaces the one
    // on a prefix: ours refuses every open, and stat fails without a callback.
    VSIFilesystemPluginCallbacksStruct *callbacks = VSIAllocFilesystemPluginCallbacksStruct();
    callbacks->open = refuseOpen;
    for (size_t i = 0; i < std::size(networkFileSystems); ++i) {
        g_retiredHandlers[i] = VSIFileManager::GetHandler(networkFileSystems[i]);
        VSIInstallPluginHandler(networkFileSystems[i], callbacks); // copies the struct
    }
    VSIFreeFilesystemPluginCallbacksStruct(callbacks);
#endif
}

} // namespace

void GdalEnvironment::initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Before registration, so no driver ever sees a network-enabled configuration.
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", std::to_string(maxGeoJsonFeatureMegabytes).c_str());
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "{noext}");
        CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
        CPLHTTPSetFetchCallback(refuseEveryRequest, nullptr);
        // PROJ can download grids from its CDN; a reprojection must never go online either.
        OSRSetPROJEnableNetwork(FALSE);
        GDALAllRegister();
        removeNetworkFileSystems();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

const QStringList &GdalEnvironment::allowedVectorDrivers()
{
    static const QStringList drivers{QStringLiteral("GPKG"), QStringLiteral("GeoJSON"),
                                     QStringLiteral("TopoJSON"), QStringLiteral("ESRI Shapefile"),
                                     QStringLiteral("FlatGeobuf")};
    return drivers;
}

int GdalEnvironment::refusedNetworkRequests()
{
    return g_refusedRequests.load();
}

} // namespace sahel
