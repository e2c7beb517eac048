#include "PdfExporter.h"

#include "AtomicFile.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace sahel {

QByteArray PdfExporter::toPdf(const MapComposer &composer, const MapComposition &composition, const MapScene &scene,
                              const PageSetup &page)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(page.pageLayout());
    writer.setResolution(72); // one painter unit per point: line widths read as in print
    writer.setTitle(composition.title);
    writer.setCreator(QStringLiteral("Sahel Atlas"));
    QPainter painter(&writer);
    const QRectF area = page.pageLayout().paintRect(QPageLayout::Point);
    // One map pixel is 0.75 pt, as on the web: a printed map reads like the screen at 96 dpi.
    painter.scale(pointsPerPixel, pointsPerPixel);
    MapComposition onPage = composition;
    onPage.viewport = composition.viewport.resized(area.size() / pointsPerPixel);
    onPage.viewport.setDevicePixelRatio(1.0);
    composer.paint(painter, onPage, scene);
    painter.end();
    return bytes;
}

QString PdfExporter::write(const QString &path, const MapComposer &composer, const MapComposition &composition,
                           const MapScene &scene, const PageSetup &page)
{
    return AtomicFile::write(path, toPdf(composer, composition, scene, page));
}

} // namespace sahel
