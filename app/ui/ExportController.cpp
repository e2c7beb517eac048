#include "ExportController.h"

#include "AtlasController.h"
#include "MapExporter.h"
#include "PdfExporter.h"
#include "PngExporter.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sahel {

namespace {

constexpr int minSide = 16;
constexpr int minDpi = 36; // the command line's limits
constexpr int maxDpi = 1200;
constexpr double handoutMarginMm = 15.0;

const QString group = QStringLiteral("export");

struct PresetSize
{
    QSize size;
    int dpi;
};

/// Full HD at 96 dpi; 4K at 192 dpi, so it is the Full HD map, only sharper (as a 4K screen shows
/// it at 200 %); A4 landscape at 300 dpi, which prints like the screen at 96 dpi.
std::optional<PresetSize> presetSize(ExportController::SizePreset preset)
{
    switch (preset) {
    case ExportController::SizePreset::FullHd:
        return PresetSize{{1920, 1080}, 96};
    case ExportController::SizePreset::UltraHd:
        return PresetSize{{3840, 2160}, 192};
    case ExportController::SizePreset::A4At300:
        return PresetSize{{3508, 2480}, 300};
    case ExportController::SizePreset::Custom:
        break;
    }
    return std::nullopt;
}

ExportRequest::Format requestFormat(ExportController::Format format)
{
    switch (format) {
    case ExportController::Format::Png:
        break;
    case ExportController::Format::Svg:
        return ExportRequest::Format::Svg;
    case ExportController::Format::Pdf:
        return ExportRequest::Format::Pdf;
    case ExportController::Format::Handout:
        return ExportRequest::Format::Handout;
    case ExportController::Format::GeoJson:
        return ExportRequest::Format::GeoJson;
    }
    return ExportRequest::Format::Png;
}

template<typename Enum>
Enum enumSetting(const QSettings &settings, const QString &key, Enum fallback, Enum last)
{
    const int value = settings.value(key, static_cast<int>(fallback)).toInt();
    return value >= 0 && value <= static_cast<int>(last) ? static_cast<Enum>(value) : fallback;
}

QString defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("sahel-atlas.png"));
}

} // namespace

ExportController::ExportController(AtlasController &atlas, QObject *parent)
    : QObject(parent)
    , m_atlas(atlas)
{
    m_path = defaultPath();
    load();
    connect(&m_atlas, &AtlasController::sceneChanged, this, &ExportController::previewChanged);
    connect(&m_atlas, &AtlasController::storyChanged, this, &ExportController::optionsChanged);
    connect(this, &ExportController::optionsChanged, this, &ExportController::previewChanged);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ExportController::workerFinished);
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, this, [this](int value) {
        const int range = m_watcher.progressMaximum() - m_watcher.progressMinimum();
        if (range > 0)
            setProgress(double(value - m_watcher.progressMinimum()) / range);
    });
}

ExportController::~ExportController()
{
    // A half-written handout is dropped; any other file is finished, so it is never left truncated.
    if (m_busy) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

void ExportController::setFormat(Format format)
{
    if (format == m_format)
        return;
    m_format = format;
    changed();
}

void ExportController::setSizePreset(SizePreset preset)
{
    if (preset == m_sizePreset)
        return;
    m_sizePreset = preset;
    if (const auto values = presetSize(preset)) {
        m_size = values->size;
        m_dpi = values->dpi;
    }
    changed();
}

void ExportController::setWidth(int width)
{
    width = std::clamp(width, minSide, PngExporter::maxSide);
    if (width == m_size.width())
        return;
    m_size.setWidth(width);
    m_sizePreset = SizePreset::Custom;
    changed();
}

void ExportController::setHeight(int height)
{
    height = std::clamp(height, minSide, PngExporter::maxSide);
    if (height == m_size.height())
        return;
    m_size.setHeight(height);
    m_sizePreset = SizePreset::Custom;
    changed();
}

void ExportController::setDpi(int dpi)
{
    dpi = std::clamp(dpi, minDpi, maxDpi);
    if (dpi == m_dpi)
        return;
    m_dpi = dpi;
    m_sizePreset = SizePreset::Custom;
    changed();
}

void ExportController::setPageFormat(PageFormat format)
{
    if (format == m_pageFormat)
        return;
    m_pageFormat = format;
    changed();
}

void ExportController::setPortrait(bool portrait)
{
    bool &current = m_format == Format::Handout ? m_handoutPortrait : m_pdfPortrait;
    if (portrait == current)
        return;
    current = portrait;
    changed();
}

void ExportController::setWorldFile(bool worldFile)
{
    if (worldFile == m_worldFile)
        return;
    m_worldFile = worldFile;
    changed();
}

void ExportController::setFurniture(bool FurnitureOptions::*piece, bool on)
{
    if (m_furniture.*piece == on)
        return;
    m_furniture.*piece = on;
    if (m_canvas)
        m_canvas->setFurnitureOptions(m_furniture);
    changed();
}

void ExportController::setPath(const QString &path)
{
    if (path == m_path || path.isEmpty())
        return;
    m_path = path;
    changed();
}

QUrl ExportController::suggestedFile() const
{
    const QFileInfo info(m_path);
    return QUrl::fromLocalFile(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix()));
}

QUrl ExportController::suggestedFolder() const
{
    return QUrl::fromLocalFile(QFileInfo(m_path).absolutePath());
}

QString ExportController::suffix() const
{
    switch (m_format) {
    case Format::Png:
        break;
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
    case Format::Handout:
        return QStringLiteral("pdf");
    case Format::GeoJson:
        return QStringLiteral("geojson");
    }
    return QStringLiteral("png");
}

QStringList ExportController::nameFilters() const
{
    switch (m_format) {
    case Format::Png:
        break;
    case Format::Svg:
        return {tr("SVG drawings (*.svg)")};
    case Format::Pdf:
    case Format::Handout:
        return {tr("PDF documents (*.pdf)")};
    case Format::GeoJson:
        return {tr("GeoJSON files (*.geojson *.json)")};
    }
    return {tr("PNG images (*.png)")};
}

QString ExportController::outputDescription() const
{
    const QString page = m_pageFormat == PageFormat::A4       ? tr("A4")
                         : m_pageFormat == PageFormat::Letter ? tr("US Letter")
                                                              : tr("16:9 slide");
    const QString orientation = portrait() ? tr("portrait") : tr("landscape");
    switch (m_format) {
    case Format::Png:
        return tr("%1 × %2 pixels at %3 dpi").arg(width()).arg(height()).arg(m_dpi);
    case Format::Svg:
        return tr("%1 × %2 pixels, vector: text stays text").arg(width()).arg(height());
    case Format::Pdf:
        return tr("One %1 page, %2, vector").arg(page, orientation);
    case Format::Handout:
        return tr("%n %1 page(s), %2: the story, then one page per fact", nullptr,
                  static_cast<int>(m_atlas.atlas().story.facts.size()) + 1)
            .arg(page, orientation);
    case Format::GeoJson:
        return tr("The story's %n region(s) as GeoJSON features (WGS 84), each with its facts", nullptr,
                  static_cast<int>(m_atlas.scene().regions.size()));
    }
    return {};
}

void ExportController::setFurnitureOnScreen(bool on)
{
    if (on == m_furnitureOnScreen)
        return;
    m_furnitureOnScreen = on;
    if (m_canvas)
        m_canvas->setShowFurniture(on);
    save();
    emit furnitureOnScreenChanged();
}

void ExportController::setCanvas(MapCanvas *canvas)
{
    if (canvas == m_canvas)
        return;
    if (m_canvas)
        disconnect(m_canvas, nullptr, this, nullptr);
    m_canvas = canvas;
    if (m_canvas) {
        connect(m_canvas, &MapCanvas::viewChanged, this, &ExportController::previewChanged);
        m_canvas->setFurnitureOptions(m_furniture);
        m_canvas->setShowFurniture(m_furnitureOnScreen);
    }
    emit canvasChanged();
    emit previewChanged();
}

void ExportController::setPersistent(bool persistent)
{
    if (persistent == m_persistent)
        return;
    m_persistent = persistent;
    if (persistent) {
        load();
        return;
    }
    // One-shot runs (screenshots, tests) must not depend on what a user chose last time.
    m_format = Format::Png;
    m_sizePreset = SizePreset::FullHd;
    m_size = {1920, 1080};
    m_dpi = 96;
    m_pageFormat = PageFormat::A4;
    m_pdfPortrait = false;
    m_handoutPortrait = true;
    m_worldFile = false;
    m_furniture = {};
    m_path = defaultPath();
    setFurnitureOnScreen(false);
    if (m_canvas)
        m_canvas->setFurnitureOptions(m_furniture);
    emit optionsChanged();
}

QString ExportController::basemapNote() const
{
    const BasemapController &basemap = *m_atlas.basemap();
    if (!basemap.shown())
        return {};
    if (basemap.kind() == BasemapController::Kind::TileFolder)
        return tr("The basemap's tiles are included, credited \"%1\".").arg(basemap.attribution());
    return tr("Online OpenStreetMap tiles cannot be included in exports: the offline map is drawn instead. "
              "To export with a basemap, choose an offline tile folder in the Basemap menu.");
}

ExportRequest ExportController::request() const
{
    ExportRequest request;
    request.format = requestFormat(m_format);
    request.path = m_path;
    request.size = m_size;
    request.dpi = m_dpi;
    request.page.format = m_pageFormat == PageFormat::A4       ? PageSetup::Format::A4
                          : m_pageFormat == PageFormat::Letter ? PageSetup::Format::Letter
                                                               : PageSetup::Format::Slide;
    request.page.orientation = portrait() ? QPageLayout::Portrait : QPageLayout::Landscape;
    if (m_format == Format::Handout)
        request.page.marginMm = handoutMarginMm;
    request.furniture = m_furniture;
    request.factId = m_atlas.selectedFactId();
    if (m_canvas && m_canvas->width() > 0 && m_canvas->height() > 0)
        request.projectedBounds = m_canvas->viewport().visibleBounds();
    request.worldFile = m_worldFile && m_format == Format::Png;
    // A tile folder shown under the map goes into the export; online tiles do not (the dialog says so).
    const BasemapController &basemap = *m_atlas.basemap();
    if (basemap.kind() == BasemapController::Kind::TileFolder && basemap.shown())
        request.tileFolder = basemap.tileFolder();
    return request;
}

QSizeF ExportController::sheetSize() const
{
    switch (m_format) {
    case Format::Png:
        return QSizeF(m_size) * (96.0 / m_dpi);
    case Format::Svg:
        return QSizeF(m_size);
    case Format::Pdf:
    case Format::Handout:
        return request().page.pageLayout().fullRect(QPageLayout::Point).size() / PdfExporter::pointsPerPixel;
    case Format::GeoJson:
        break;
    }
    return m_canvas ? m_canvas->size() : QSizeF(16, 9);
}

const MapComposer &ExportController::composer() const
{
    if (!m_composer)
        m_composer = std::make_unique<MapComposer>();
    return *m_composer;
}

QString ExportController::localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

void ExportController::start(const QUrl &file)
{
    if (m_busy)
        return;
    ExportRequest request = this->request();
    request.path = localPath(file);
    if (!request.path.isEmpty() && QFileInfo(request.path).suffix().isEmpty())
        request.path += QLatin1Char('.') + suffix();
    setPath(request.path);
    m_runningFormat = m_format;
    m_runningPath = request.path;
    m_busy = true;
    setProgress(0.0);
    emit busyChanged();
    // The worker gets its own copy of the atlas (the geodata itself is shared and read-only): the
    // window goes on changing the scene (hover, selection) while the file is written.
    m_watcher.setFuture(QtConcurrent::run([atlas = m_atlas.atlas(), request](QPromise<QString> &promise) {
        promise.addResult(MapExporter::run(atlas, request, [&promise](int done, int total) {
            if (done == 1)
                promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        }));
    }));
}

void ExportController::cancel()
{
    if (cancellable())
        m_watcher.cancel();
}

void ExportController::workerFinished()
{
    const bool cancelled = m_watcher.isCanceled();
    const QString error = !cancelled && m_watcher.future().resultCount() > 0 ? m_watcher.result() : QString();
    m_busy = false;
    emit busyChanged();
    if (cancelled) {
        setProgress(0.0);
        emit failed(tr("%1: export cancelled, nothing was written").arg(m_runningPath));
    } else if (!error.isEmpty()) {
        setProgress(0.0);
        emit failed(error);
    } else {
        setProgress(1.0);
        emit finished(m_runningPath);
    }
}

void ExportController::setProgress(double progress)
{
    if (qFuzzyCompare(progress + 1.0, m_progress + 1.0))
        return;
    m_progress = progress;
    emit progressChanged();
}

bool ExportController::copyMap()
{
    if (!m_canvas || m_canvas->width() <= 0 || m_canvas->height() <= 0)
        return false;
    const Atlas &atlas = m_atlas.atlas();
    const QString factId = m_atlas.selectedFactId();
    // The canvas's viewport carries the screen's device pixel ratio: a sharp copy on a HiDPI screen.
    const MapComposition composition =
        MapExporter::viewComposition(atlas, factId, m_canvas->viewport(), m_furniture);
    const QImage image =
        PngExporter::renderImage(composer(), composition, MapExporter::exportScene(atlas, factId));
    QGuiApplication::clipboard()->setImage(image.convertToFormat(QImage::Format_RGB32));
    return true;
}

void ExportController::saveScreenshot(QQuickWindow *window, const QUrl &file)
{
    QString path = localPath(file);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    const QImage image = window ? window->grabWindow() : QImage();
    if (image.isNull()) {
        emit failed(tr("%1: the window could not be captured").arg(path));
        return;
    }
    const QString error = PngExporter::write(path, image, Viewport(), 96.0 * image.devicePixelRatio());
    if (!error.isEmpty())
        emit failed(error);
    else
        emit finished(path);
}

void ExportController::changed()
{
    save();
    emit optionsChanged();
}

void ExportController::load()
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.beginGroup(group);
    m_format = enumSetting(settings, QStringLiteral("format"), m_format, Format::GeoJson);
    m_sizePreset = enumSetting(settings, QStringLiteral("sizePreset"), m_sizePreset, SizePreset::Custom);
    m_size = QSize(std::clamp(settings.value(QStringLiteral("width"), m_size.width()).toInt(), minSide,
                              PngExporter::maxSide),
                   std::clamp(settings.value(QStringLiteral("height"), m_size.height()).toInt(), minSide,
                              PngExporter::maxSide));
    m_dpi = std::clamp(settings.value(QStringLiteral("dpi"), m_dpi).toInt(), minDpi, maxDpi);
    m_pageFormat = enumSetting(settings, QStringLiteral("page"), m_pageFormat, PageFormat::Slide);
    m_pdfPortrait = settings.value(QStringLiteral("pdfPortrait"), m_pdfPortrait).toBool();
    m_handoutPortrait = settings.value(QStringLiteral("handoutPortrait"), m_handoutPortrait).toBool();
    m_worldFile = settings.value(QStringLiteral("worldFile"), m_worldFile).toBool();
    FurnitureOptions &f = m_furniture;
    f.title = settings.value(QStringLiteral("title"), f.title).toBool();
    f.legend = settings.value(QStringLiteral("legend"), f.legend).toBool();
    f.scaleBar = settings.value(QStringLiteral("scaleBar"), f.scaleBar).toBool();
    f.northArrow = settings.value(QStringLiteral("northArrow"), f.northArrow).toBool();
    f.attribution = settings.value(QStringLiteral("attribution"), f.attribution).toBool();
    f.inset = settings.value(QStringLiteral("inset"), f.inset).toBool();
    m_path = settings.value(QStringLiteral("path"), m_path).toString();
    m_furnitureOnScreen = settings.value(QStringLiteral("onScreen"), m_furnitureOnScreen).toBool();
    if (m_canvas) {
        m_canvas->setFurnitureOptions(m_furniture);
        m_canvas->setShowFurniture(m_furnitureOnScreen);
    }
}

void ExportController::save() const
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("format"), static_cast<int>(m_format));
    settings.setValue(QStringLiteral("sizePreset"), static_cast<int>(m_sizePreset));
    settings.setValue(QStringLiteral("width"), m_size.width());
    settings.setValue(QStringLiteral("height"), m_size.height());
    settings.setValue(QStringLiteral("dpi"), m_dpi);
    settings.setValue(QStringLiteral("page"), static_cast<int>(m_pageFormat));
    settings.setValue(QStringLiteral("pdfPortrait"), m_pdfPortrait);
    settings.setValue(QStringLiteral("handoutPortrait"), m_handoutPortrait);
    settings.setValue(QStringLiteral("worldFile"), m_worldFile);
    settings.setValue(QStringLiteral("title"), m_furniture.title);
    settings.setValue(QStringLiteral("legend"), m_furniture.legend);
    settings.setValue(QStringLiteral("scaleBar"), m_furniture.scaleBar);
    settings.setValue(QStringLiteral("northArrow"), m_furniture.northArrow);
    settings.setValue(QStringLiteral("attribution"), m_furniture.attribution);
    settings.setValue(QStringLiteral("inset"), m_furniture.inset);
    settings.setValue(QStringLiteral("path"), m_path);
    settings.setValue(QStringLiteral("onScreen"), m_furnitureOnScreen);
}

} // namespace sahel
