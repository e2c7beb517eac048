#include "PngExporter.h"

#include "AtomicFile.h"
#include "PngEncoder.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>

#include <cmath>

namespace sahel {

namespace {

QString siblingPath(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

} // namespace

QImage PngExporter::renderImage(const MapRenderer &renderer, const MapScene &scene, const FrameState &frame)
{
    const Viewport &viewport = frame.viewport;
    const double dpr = viewport.devicePixelRatio();
    const QSize pixels(qRound(viewport.size().width() * dpr), qRound(viewport.size().height() * dpr));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, scene, frame);
    painter.end();
    return image;
}

QImage PngExporter::renderImage(const MapComposer &composer, const MapComposition &composition, const MapScene &scene)
{
    const Viewport &viewport = composition.viewport;
    const double dpr = viewport.devicePixelRatio();
    const QSize pixels(qRound(viewport.size().width() * dpr), qRound(viewport.size().height() * dpr));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    composer.paint(painter, composition, scene);
    painter.end();
    return image;
}

QString PngExporter::worldFileText(const Viewport &viewport)
{
    const double pixelSize = viewport.metresPerPixel() / viewport.devicePixelRatio();
    const QRectF bounds = viewport.visibleBounds();
    // A world file names the centre of the top-left pixel.
    const double x = bounds.left() + pixelSize / 2.0;
    const double y = bounds.bottom() - pixelSize / 2.0;
    return QStringLiteral("%1\n0\n0\n%2\n%3\n%4\n")
        .arg(pixelSize, 0, 'f', 10)
        .arg(-pixelSize, 0, 'f', 10)
        .arg(x, 0, 'f', 6)
        .arg(y, 0, 'f', 6);
}

QString PngExporter::gdalAuxXml(const QString &srsWkt)
{
    // GDAL >= 3 keeps the SRS's axes in the file's x, y order, as a world file gives them.
    return QStringLiteral("<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"1,2\">%1</SRS>\n</PAMDataset>\n")
        .arg(srsWkt.toHtmlEscaped());
}

QString PngExporter::write(const QString &path, const QImage &image, const Viewport &viewport, double dpi,
                           const std::optional<Projection> &worldFile)
{
    if (worldFile && (worldFile->prj.isEmpty() || worldFile->srsWkt.isEmpty()))
        return QStringLiteral("%1: no definition of the coordinate system for the world file").arg(path);
    // Opaque maps need no alpha channel: smaller files, and no surprises in slide software.
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
    const QByteArray bytes = PngEncoder::encodeOpaque(image, dotsPerMetre);
    if (bytes.isEmpty())
        return QStringLiteral("%1: could not encode the image as PNG (%2x%3 pixels)")
            .arg(path)
            .arg(image.width())
            .arg(image.height());
    if (QString error = AtomicFile::write(path, bytes); !error.isEmpty())
        return error;
    if (!worldFile)
        return {};
    if (QString error =
            AtomicFile::write(siblingPath(path, QStringLiteral(".pgw")), worldFileText(viewport).toUtf8());
        !error.isEmpty())
        return error;
    if (QString error = AtomicFile::write(siblingPath(path, QStringLiteral(".prj")), worldFile->prj.toUtf8());
        !error.isEmpty())
        return error;
    // GDAL (and so QGIS) reads a raster's coordinate system from FILE.png.aux.xml, not from .prj.
    return AtomicFile::write(path + QStringLiteral(".aux.xml"), gdalAuxXml(worldFile->srsWkt).toUtf8());
}

} // namespace sahel
