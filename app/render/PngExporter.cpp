#include "PngExporter.h"

#include "AtomicFile.h"

#include <QBuffer>
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

QString PngExporter::webMercatorPrj()
{
    return QStringLiteral(
        "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
        "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
        "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Mercator_Auxiliary_Sphere\"],"
        "PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],"
        "PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],UNIT[\"Meter\",1.0]]");
}

QString PngExporter::gdalAuxXml()
{
    return QStringLiteral(
        "<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"1,2\">PROJCS[&quot;WGS 84 / Pseudo-Mercator&quot;,"
        "GEOGCS[&quot;WGS 84&quot;,DATUM[&quot;WGS_1984&quot;,SPHEROID[&quot;WGS 84&quot;,6378137,298.257223563,"
        "AUTHORITY[&quot;EPSG&quot;,&quot;7030&quot;]],AUTHORITY[&quot;EPSG&quot;,&quot;6326&quot;]],"
        "PRIMEM[&quot;Greenwich&quot;,0,AUTHORITY[&quot;EPSG&quot;,&quot;8901&quot;]],UNIT[&quot;degree&quot;,"
        "0.0174532925199433,AUTHORITY[&quot;EPSG&quot;,&quot;9122&quot;]],AUTHORITY[&quot;EPSG&quot;,&quot;4326&quot;]],"
        "PROJECTION[&quot;Mercator_1SP&quot;],PARAMETER[&quot;central_meridian&quot;,0],PARAMETER[&quot;scale_factor&quot;,1],"
        "PARAMETER[&quot;false_easting&quot;,0],PARAMETER[&quot;false_northing&quot;,0],UNIT[&quot;metre&quot;,1,"
        "AUTHORITY[&quot;EPSG&quot;,&quot;9001&quot;]],AXIS[&quot;Easting&quot;,EAST],AXIS[&quot;Northing&quot;,NORTH],"
        "AUTHORITY[&quot;EPSG&quot;,&quot;3857&quot;]]</SRS>\n</PAMDataset>\n");
}

QString PngExporter::write(const QString &path, const QImage &image, const Viewport &viewport, double dpi,
                           bool worldFile)
{
    // Opaque maps need no alpha channel: smaller files, and no surprises in slide software.
    QImage tagged = image.convertToFormat(QImage::Format_RGB32);
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
    tagged.setDotsPerMeterX(dotsPerMetre);
    tagged.setDotsPerMeterY(dotsPerMetre);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!tagged.save(&buffer, "PNG"))
        return QStringLiteral("%1: could not encode the image as PNG").arg(path);
    if (QString error = AtomicFile::write(path, bytes); !error.isEmpty())
        return error;
    if (!worldFile)
        return {};
    if (QString error = AtomicFile::write(siblingPath(path, QStringLiteral(".pgw")), worldFileText(viewport).toUtf8());
        !error.isEmpty())
        return error;
    if (QString error = AtomicFile::write(siblingPath(path, QStringLiteral(".prj")), webMercatorPrj().toUtf8());
        !error.isEmpty())
        return error;
    // GDAL (and so QGIS) reads a raster's coordinate system from FILE.png.aux.xml, not from .prj.
    return AtomicFile::write(path + QStringLiteral(".aux.xml"), gdalAuxXml().toUtf8());
}

} // namespace sahel
