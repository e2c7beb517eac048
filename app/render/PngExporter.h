#pragma once

#include "MapComposer.h"

#include <QImage>
#include <QString>

namespace sahel {

/// Renders the map to raster images and writes PNG files, with an optional world file for GIS.
class PngExporter
{
public:
    static constexpr int maxSide = 8192;

    /// An image of viewport.size() * devicePixelRatio device pixels.
    static QImage renderImage(const MapRenderer &renderer, const MapScene &scene, const FrameState &frame);
    /// The same with the composition's furniture.
    static QImage renderImage(const MapComposer &composer, const MapComposition &composition, const MapScene &scene);
    /// Writes FILE.png and, with worldFile, FILE.pgw, FILE.prj and FILE.png.aux.xml (EPSG:3857).
    /// Empty string on success.
    static QString write(const QString &path, const QImage &image, const Viewport &viewport, double dpi = 96.0,
                         bool worldFile = false);
    /// The six lines of an ESRI world file for an image of the viewport at its device pixel ratio.
    static QString worldFileText(const Viewport &viewport);
    static QString webMercatorPrj();
    /// GDAL's sidecar naming the coordinate system, so `gdalinfo` and QGIS know the PNG is EPSG:3857.
    static QString gdalAuxXml();
};

} // namespace sahel
