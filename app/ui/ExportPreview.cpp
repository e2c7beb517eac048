#include "ExportPreview.h"

#include "AtlasController.h"
#include "MapExporter.h"
#include "PdfExporter.h"

#include <QPainter>

namespace sahel {

ExportPreview::ExportPreview(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void ExportPreview::setExporter(ExportController *exporter)
{
    if (exporter == m_exporter)
        return;
    if (m_exporter)
        disconnect(m_exporter, nullptr, this, nullptr);
    m_exporter = exporter;
    if (m_exporter) {
        connect(m_exporter, &ExportController::previewChanged, this, [this] {
            updateSheetRect();
            update();
        });
    }
    updateSheetRect();
    emit exporterChanged();
    update();
}

void ExportPreview::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    updateSheetRect();
}

void ExportPreview::updateSheetRect()
{
    QRectF rect;
    const QSizeF sheet = m_exporter ? m_exporter->sheetSize() : QSizeF();
    constexpr double margin = 6.0; // room for the sheet's shadow
    if (!sheet.isEmpty() && width() > 2 * margin && height() > 2 * margin) {
        const QSizeF fitted = sheet.scaled(width() - 2 * margin, height() - 2 * margin, Qt::KeepAspectRatio);
        rect = QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    }
    if (rect == m_sheetRect)
        return;
    m_sheetRect = rect;
    emit sheetRectChanged();
}

void ExportPreview::paint(QPainter *painter)
{
    if (!m_exporter || m_sheetRect.isEmpty())
        return;
    const QSizeF sheet = m_exporter->sheetSize();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(m_sheetRect.translated(2, 3), QColor(0, 0, 0, 60));
    painter->fillRect(m_sheetRect, Qt::white);
    painter->save();
    painter->setClipRect(m_sheetRect);
    painter->translate(m_sheetRect.topLeft());
    // Drawn at the export's own size, then scaled: the furniture grows with the canvas, so a
    // preview composed at its own small size would not look like the file.
    painter->scale(m_sheetRect.width() / sheet.width(), m_sheetRect.height() / sheet.height());
    switch (m_exporter->format()) {
    case ExportController::Format::Pdf:
    case ExportController::Format::Handout:
        paintPage(*painter);
        break;
    case ExportController::Format::Png:
    case ExportController::Format::Svg:
    case ExportController::Format::GeoJson:
        paintCanvas(*painter, sheet);
        break;
    }
    painter->restore();
    painter->setPen(QPen(QColor(0, 0, 0, 90), 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(m_sheetRect);
}

void ExportPreview::paintCanvas(QPainter &painter, QSizeF logicalSize) const
{
    const ExportRequest request = m_exporter->request();
    const Atlas &atlas = m_exporter->view().atlas();
    MapComposition composition = MapExporter::composition(atlas, request, logicalSize);
    if (m_exporter->format() == ExportController::Format::GeoJson)
        composition.furniture = FurnitureOptions::none(); // the file holds the regions, not a picture
    m_exporter->composer().paint(painter, composition, atlas.scene);
}

void ExportPreview::paintPage(QPainter &painter) const
{
    const ExportRequest request = m_exporter->request();
    const Atlas &atlas = m_exporter->view().atlas();
    const QPageLayout layout = request.page.pageLayout();
    const QRectF area = layout.paintRect(QPageLayout::Point);
    const MapScene &scene = atlas.scene;
    // The sheet is in map pixels; the exporters draw pages in points.
    painter.scale(1.0 / PdfExporter::pointsPerPixel, 1.0 / PdfExporter::pointsPerPixel);
    painter.translate(area.topLeft());
    if (m_exporter->format() == ExportController::Format::Handout) {
        // The selected fact's page, else the title page: the page the window is about.
        const QList<const Fact *> facts = atlas.story.orderedFacts();
        int index = 0;
        for (qsizetype i = 0; i < facts.size(); ++i)
            if (facts[i]->id == request.factId)
                index = static_cast<int>(i) + 1;
        HandoutExporter::paintPage(painter, m_exporter->composer(), scene, atlas.story, request.page, index);
        return;
    }
    // As MapExporter frames a PDF: on the page's map pixels.
    const MapComposition composition =
        MapExporter::composition(atlas, request, area.size() / PdfExporter::pointsPerPixel);
    painter.scale(PdfExporter::pointsPerPixel, PdfExporter::pointsPerPixel);
    m_exporter->composer().paint(painter, composition, scene);
}

} // namespace sahel
