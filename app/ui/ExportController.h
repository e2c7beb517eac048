#pragma once

#include "ExportRequest.h"
#include "MapView.h"
#include "SessionSettings.h"
#include "MapComposer.h"
#include "PngExporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQuickWindow;

namespace sahel {

class BasemapController;

/// The export dialog's choices (remembered between runs) and the exports of what the window shows:
/// files written on a worker thread, the map to the clipboard, the window to a PNG.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The atlas controller owns the export controller")
    Q_MOC_INCLUDE(<QQuickWindow>)
    Q_PROPERTY(Format format READ format WRITE setFormat NOTIFY optionsChanged)
    Q_PROPERTY(SizePreset sizePreset READ sizePreset WRITE setSizePreset NOTIFY optionsChanged)
    Q_PROPERTY(int width READ width WRITE setWidth NOTIFY optionsChanged)
    Q_PROPERTY(int height READ height WRITE setHeight NOTIFY optionsChanged)
    Q_PROPERTY(int dpi READ dpi WRITE setDpi NOTIFY optionsChanged)
    Q_PROPERTY(PageFormat pageFormat READ pageFormat WRITE setPageFormat NOTIFY optionsChanged)
    Q_PROPERTY(bool portrait READ portrait WRITE setPortrait NOTIFY optionsChanged)
    Q_PROPERTY(bool worldFile READ worldFile WRITE setWorldFile NOTIFY optionsChanged)
    Q_PROPERTY(bool furnitureTitle READ furnitureTitle WRITE setFurnitureTitle NOTIFY optionsChanged)
    Q_PROPERTY(bool furnitureLegend READ furnitureLegend WRITE setFurnitureLegend NOTIFY optionsChanged)
    Q_PROPERTY(bool furnitureScaleBar READ furnitureScaleBar WRITE setFurnitureScaleBar NOTIFY optionsChanged)
    Q_PROPERTY(
        bool furnitureNorthArrow READ furnitureNorthArrow WRITE setFurnitureNorthArrow NOTIFY optionsChanged)
    Q_PROPERTY(bool furnitureAttribution READ furnitureAttribution WRITE setFurnitureAttribution NOTIFY
                   optionsChanged)
    Q_PROPERTY(bool furnitureInset READ furnitureInset WRITE setFurnitureInset NOTIFY optionsChanged)
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY optionsChanged)
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile NOTIFY optionsChanged)
    Q_PROPERTY(QUrl suggestedFolder READ suggestedFolder NOTIFY optionsChanged)
    Q_PROPERTY(QString suffix READ suffix NOTIFY optionsChanged)
    Q_PROPERTY(QString basemapNote READ basemapNote NOTIFY basemapNoteChanged)
    Q_PROPERTY(QStringList nameFilters READ nameFilters NOTIFY optionsChanged)
    Q_PROPERTY(QString outputDescription READ outputDescription NOTIFY optionsChanged)
    Q_PROPERTY(bool furnitureOnScreen READ furnitureOnScreen WRITE setFurnitureOnScreen NOTIFY
                   furnitureOnScreenChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool cancellable READ cancellable NOTIFY busyChanged)

public:
    /// In the order of the dialog's list.
    enum class Format { Png, Svg, Pdf, Handout, GeoJson };
    Q_ENUM(Format)
    enum class SizePreset { FullHd, UltraHd, A4At300, Custom };
    Q_ENUM(SizePreset)
    enum class PageFormat { A4, Letter, Slide };
    Q_ENUM(PageFormat)

    static constexpr int minSide = 16;
    static constexpr int minDpi = 36; ///< the command line's limits
    static constexpr int maxDpi = 1200;

    ExportController(const MapView &view, const BasemapController &basemap, const SessionSettings &session,
                     QObject *parent = nullptr);
    ~ExportController() override;

    Format format() const { return m_format; }
    void setFormat(Format format);
    SizePreset sizePreset() const { return m_sizePreset; }
    /// A preset sets width, height and dpi; Custom keeps them.
    void setSizePreset(SizePreset preset);
    int width() const { return m_size.width(); }
    void setWidth(int width);
    int height() const { return m_size.height(); }
    void setHeight(int height);
    int dpi() const { return m_dpi; }
    void setDpi(int dpi);
    PageFormat pageFormat() const { return m_pageFormat; }
    void setPageFormat(PageFormat format);
    /// Remembered apart for the PDF (landscape by default) and the handout (portrait by default).
    bool portrait() const { return m_format == Format::Handout ? m_handoutPortrait : m_pdfPortrait; }
    void setPortrait(bool portrait);
    bool worldFile() const { return m_worldFile; }
    void setWorldFile(bool worldFile);

    const FurnitureOptions &furniture() const { return m_furniture; }
    bool furnitureTitle() const { return m_furniture.title; }
    void setFurnitureTitle(bool on) { setFurniture(&FurnitureOptions::title, on); }
    bool furnitureLegend() const { return m_furniture.legend; }
    void setFurnitureLegend(bool on) { setFurniture(&FurnitureOptions::legend, on); }
    bool furnitureScaleBar() const { return m_furniture.scaleBar; }
    void setFurnitureScaleBar(bool on) { setFurniture(&FurnitureOptions::scaleBar, on); }
    bool furnitureNorthArrow() const { return m_furniture.northArrow; }
    void setFurnitureNorthArrow(bool on) { setFurniture(&FurnitureOptions::northArrow, on); }
    bool furnitureAttribution() const { return m_furniture.attribution; }
    void setFurnitureAttribution(bool on) { setFurniture(&FurnitureOptions::attribution, on); }
    bool furnitureInset() const { return m_furniture.inset; }
    void setFurnitureInset(bool on) { setFurniture(&FurnitureOptions::inset, on); }

    /// The last file exported to (any format).
    QString path() const { return m_path; }
    void setPath(const QString &path);
    /// The last file's folder and name with this format's suffix: where the save dialog starts.
    QUrl suggestedFile() const;
    QUrl suggestedFolder() const;
    QString suffix() const;
    /// What the export does with the basemap on screen: tiles of a folder are included, online ones not.
    QString basemapNote() const;
    QStringList nameFilters() const;
    /// "3508 × 2480 px at 300 dpi", "A4 landscape, vector": what the file will be.
    QString outputDescription() const;

    bool furnitureOnScreen() const { return m_furnitureOnScreen; }
    void setFurnitureOnScreen(bool on);


    bool busy() const { return m_busy; }
    /// 0..1 while a handout is written page by page.
    double progress() const { return m_progress; }
    bool cancellable() const { return busy() && m_runningFormat == Format::Handout; }


    /// The export the dialog describes, of the canvas's current view and the selected fact.
    ExportRequest request() const;
    /// The page (PDF, handout) or canvas (PNG, SVG) in logical map pixels (96 dpi), for the preview.
    QSizeF sheetSize() const;
    /// Made on first use: a controller without a GUI (model tests) must not load fonts.
    const MapComposer &composer() const;
    const MapView &view() const { return m_view; }

    /// Writes the file on a worker thread; finished or failed says how it went.
    Q_INVOKABLE void start(const QUrl &file);
    /// Stops a handout after the page being drawn; nothing is written.
    Q_INVOKABLE void cancel();
    /// The current view with the chosen furniture, at the screen's resolution, to the clipboard.
    Q_INVOKABLE bool copyMap();
    /// The whole window, panel included, to a PNG file.
    Q_INVOKABLE void saveScreenshot(QQuickWindow *window, const QUrl &file);

signals:
    void optionsChanged();
    void basemapNoteChanged();
    void furnitureOnScreenChanged();
    void busyChanged();
    void progressChanged();
    /// Something an export would draw changed (options, view, selection, language): repaint previews.
    void previewChanged();
    void finished(const QString &path);
    void failed(const QString &message);

private:
    void setFurniture(bool FurnitureOptions::*piece, bool on);
    void changed();
    void load();
    void save();
    void workerFinished();
    void setProgress(double progress);
    static QString localPath(const QUrl &file);

    /// Every remembered choice, key by key, for load() and save() alike.
    template<typename Visitor>
    static void visitSettings(ExportController &self, Visitor &&visit)
    {
        visit(QStringLiteral("format"), self.m_format, Format::GeoJson);
        visit(QStringLiteral("sizePreset"), self.m_sizePreset, SizePreset::Custom);
        visit(QStringLiteral("width"), self.m_size.rwidth(), minSide, PngExporter::maxSide);
        visit(QStringLiteral("height"), self.m_size.rheight(), minSide, PngExporter::maxSide);
        visit(QStringLiteral("dpi"), self.m_dpi, minDpi, maxDpi);
        visit(QStringLiteral("page"), self.m_pageFormat, PageFormat::Slide);
        visit(QStringLiteral("pdfPortrait"), self.m_pdfPortrait);
        visit(QStringLiteral("handoutPortrait"), self.m_handoutPortrait);
        visit(QStringLiteral("worldFile"), self.m_worldFile);
        visit(QStringLiteral("title"), self.m_furniture.title);
        visit(QStringLiteral("legend"), self.m_furniture.legend);
        visit(QStringLiteral("scaleBar"), self.m_furniture.scaleBar);
        visit(QStringLiteral("northArrow"), self.m_furniture.northArrow);
        visit(QStringLiteral("attribution"), self.m_furniture.attribution);
        visit(QStringLiteral("inset"), self.m_furniture.inset);
        visit(QStringLiteral("path"), self.m_path);
        visit(QStringLiteral("onScreen"), self.m_furnitureOnScreen);
    }

    const MapView &m_view;
    const BasemapController &m_basemap;
    const SessionSettings &m_session;
    mutable std::unique_ptr<MapComposer> m_composer;
    QFutureWatcher<QString> m_watcher;
    Format m_runningFormat = Format::Png;
    QString m_runningPath;
    double m_progress = 0.0;
    bool m_busy = false;

    Format m_format = Format::Png;
    SizePreset m_sizePreset = SizePreset::FullHd;
    QSize m_size{1920, 1080};
    int m_dpi = 96;
    PageFormat m_pageFormat = PageFormat::A4;
    bool m_pdfPortrait = false;
    bool m_handoutPortrait = true;
    bool m_worldFile = false;
    FurnitureOptions m_furniture;
    QString m_path;
    bool m_furnitureOnScreen = false;
};

} // namespace sahel
