#include "VectorLayerReader.h"

#include "GdalServices.h"

namespace sahel {

VectorLayerLoad VectorLayerReader::read(const QString &path, const Options &options, const Progress &progress)
{
    return GdalServices::instance().readVectorLayer(path, options, progress);
}

QStringList VectorLayerReader::fileExtensions()
{
    return {QStringLiteral("gpkg"),     QStringLiteral("geojson"), QStringLiteral("json"),
            QStringLiteral("topojson"), QStringLiteral("shp"),     QStringLiteral("fgb"),
            QStringLiteral("csv")};
}

} // namespace sahel
