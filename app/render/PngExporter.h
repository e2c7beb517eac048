#pragma once

#include "MapComposer.h"

#include <QImage>
#include <QString>

#include <optional>

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
    /// The coordinate system written beside a PNG with its world file. From GDAL/PROJ (ProjectionText in
    /// sahel_geo): this library draws without GDAL.
    struct Projection
    {
        QString prj;    ///< FILE.prj: ESRI WKT
        QString srsWkt; ///< the SRS of FILE.png.aux.xml: GDAL's WKT
    };

    /// Writes FILE.png and, with a projection, FILE.pgw, FILE.prj and FILE.png.aux.xml (EPSG:3857).
    /// Empty string on success.
    static QString write(const QString &path, const QImage &image, const Viewport &viewport,
                         double dpi = 96.0, const std::optional<Projection> &worldFile = std::nullopt);
    /// The six lines of an ESRI world file for an image of the viewport at its device pixel ratio.
    static QString worldFileText(const Viewport &viewport);
    /// GDAL's sidecar naming the coordinate system, so `gdalinfo` and QGIS know the PNG's.
    static QString gdalAuxXml(const QString &srsWkt);
};

} // namespace sahel
