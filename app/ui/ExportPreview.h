#pragma once

#include "ExportController.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace sahel {

/// The export dialog's live preview: the file the export would write, drawn by the same composer at
/// the export's own size and scaled down to fit, so furniture and labels sit where they will be.
class ExportPreview : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sahel::ExportController *exporter READ exporter WRITE setExporter NOTIFY exporterChanged)
    /// Where the sheet (image or page) is drawn in the item, for a caption or a test.
    Q_PROPERTY(QRectF sheetRect READ sheetRect NOTIFY sheetRectChanged)

public:
    explicit ExportPreview(QQuickItem *parent = nullptr);

    ExportController *exporter() const { return m_exporter; }
    void setExporter(ExportController *exporter);
    QRectF sheetRect() const { return m_sheetRect; }

    void paint(QPainter *painter) override;

signals:
    void exporterChanged();
    void sheetRectChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void updateSheetRect();
    void paintCanvas(QPainter &painter, QSizeF logicalSize) const;
    void paintPage(QPainter &painter) const;

    QPointer<ExportController> m_exporter;
    QRectF m_sheetRect;
};

} // namespace sahel
