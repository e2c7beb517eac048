#include "ProjectionText.h"

#include "GdalEnvironment.h"

#include <cpl_conv.h>
#include <ogr_spatialref.h>

namespace sahel {

namespace {

QString webMercatorAs(const char *format)
{
    GdalEnvironment::initialise();
    OGRSpatialReference srs;
    if (srs.importFromEPSG(3857) != OGRERR_NONE)
        return {};
    const char *const options[] = {format, nullptr};
    char *wkt = nullptr;
    const OGRErr error = srs.exportToWkt(&wkt, options);
    const QString text = error == OGRERR_NONE && wkt ? QString::fromUtf8(wkt) : QString();
    CPLFree(wkt);
    return text;
}

} // namespace

QString ProjectionText::webMercatorPrj()
{
    static const QString text = webMercatorAs("FORMAT=WKT1_ESRI");
    return text;
}

QString ProjectionText::webMercatorWkt()
{
    static const QString text = webMercatorAs("FORMAT=WKT1_GDAL");
    return text;
}

} // namespace sahel
