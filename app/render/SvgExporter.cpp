#include "SvgExporter.h"

#include "AtomicFile.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

#include <functional>

namespace sahel {

namespace {

/// Paints into a throwaway SVG document and returns it whole.
QByteArray paintToSvg(const QSizeF &size, const std::function<void(QPainter &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    QPainter painter(&generator);
    paint(painter);
    painter.end();
    return bytes;
}

/// What QSvgGenerator writes between its <defs> and the closing </svg>: the drawing itself.
QByteArray body(const QByteArray &svg)
{
    qsizetype start = svg.indexOf("</defs>");
    start = start < 0 ? svg.indexOf('>', svg.indexOf("<svg")) + 1 : start + 7;
    const qsizetype end = svg.lastIndexOf("</svg>");
    return end > start ? svg.mid(start, end - start) : QByteArray();
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray SvgExporter::toSvg(const MapComposer &composer, const MapComposition &composition, const MapScene &scene)
{
    const QSizeF size = composition.viewport.size();
    QByteArray out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    out += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                          "version=\"1.2\" baseProfile=\"tiny\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">\n")
               .arg(size.width())
               .arg(size.height())
               .toUtf8();
    out += "<title>" + escaped(composition.title) + "</title>\n";
    out += "<desc>" + escaped(composition.subtitle) + "</desc>\n";
    for (MapLayer layer : MapRenderer::layers()) {
        out += "<g id=\"" + MapRenderer::layerId(layer).toUtf8() + "\">";
        out += body(paintToSvg(size, [&](QPainter &p) { composer.paintLayer(p, composition, scene, layer); }));
        out += "</g>\n";
    }
    if (composition.furniture.any()) {
        out += "<g id=\"furniture\">";
        out += body(paintToSvg(size, [&](QPainter &p) { composer.paintFurniture(p, composition, scene); }));
        out += "</g>\n";
    }
    out += "</svg>\n";
    return out;
}

QString SvgExporter::write(const QString &path, const MapComposer &composer, const MapComposition &composition,
                           const MapScene &scene)
{
    return AtomicFile::write(path, toSvg(composer, composition, scene));
}

} // namespace sahel
