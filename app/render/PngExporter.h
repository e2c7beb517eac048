#pragma once

#include "MapRenderer.h"

#include <QImage>
#include <QString>

namespace sahel {

/// Renders the map to raster images and writes PNG files, with an optional world file for GIS.
class PngExporter
{
public:
    static constexpr int maxSide = 8192;

    /// An image of viewport.size() * devicePixelRatio device pixels.
    static QImage renderImage(const MapRenderer &renderer, const Viewport &viewport, const MapScene &scene);
    /// Writes FILE.png and, with worldFile, FILE.pgw and FILE.prj (EPSG:3857). Empty string on success.
    static QString write(const QString &path, const QImage &image, const Viewport &viewport, double dpi = 96.0,
                         bool worldFile = false);
    /// The six lines of an ESRI world file for an image of the viewport at its device pixel ratio.
    static QString worldFileText(const Viewport &viewport);
    static QString webMercatorPrj();
};

} // namespace sahel
