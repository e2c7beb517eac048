#include "ExportController.h"

#include "BasemapController.h"
#include "MapExporter.h"
#include "PdfExporter.h"
#include "PngExporter.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sahel {

namespace {

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

/// Reads the remembered choices into the controller's fields, or writes them out: the keys are listed
/// once, in ExportController::visitSettings, for both directions.
class SettingsReader
{
public:
    explicit SettingsReader(QVariantMap values)
        : m_values(std::move(values))
    {}
    void operator()(const QString &key, bool &field) const { field = m_values.value(key, field).toBool(); }
    void operator()(const QString &key, QString &field) const { field = m_values.value(key, field).toString(); }
    void operator()(const QString &key, int &field, int minimum, int maximum) const
    {
        field = std::clamp(m_values.value(key, field).toInt(), minimum, maximum);
    }
    template<typename Enum>
    void operator()(const QString &key, Enum &field, Enum last) const
    {
        const int value = m_values.value(key, static_cast<int>(field)).toInt();
        if (value >= 0 && value <= static_cast<int>(last))
            field = static_cast<Enum>(value);
    }

private:
    QVariantMap m_values;
};

class SettingsWriter
{
public:
    void operator()(const QString &key, bool field) { m_values.insert(key, field); }
    void operator()(const QString &key, const QString &field) { m_values.insert(key, field); }
    void operator()(const QString &key, int field, int, int) { m_values.insert(key, field); }
    template<typename Enum>
    void operator()(const QString &key, Enum field, Enum)
    {
        m_values.insert(key, static_cast<int>(field));
    }
    const QVariantMap &values() const { return m_values; }

private:
    QVariantMap m_values;
};

QString defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("sahel-atlas.png"));
}

} // namespace

ExportController::ExportController(const MapView &view, const BasemapController &basemap,
                                   const SessionSettings &session, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_basemap(basemap)
    , m_session(session)
{
    m_path = defaultPath();
    load();
    // What an export would draw follows the view; the dialog's words follow the story.
    connect(&m_view, &MapView::viewChanged, this, &ExportController::previewChanged);
    connect(&m_view, &MapView::selectionChanged, this, &ExportController::previewChanged);
    connect(&m_view, &MapView::atlasChanged, this, &ExportController::optionsChanged);
    connect(&m_basemap, &BasemapController::statusChanged, this, &ExportController::basemapNoteChanged);
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
                  static_cast<int>(m_view.atlas().story.facts.size()) + 1)
            .arg(page, orientation);
    case Format::GeoJson:
        return tr("The story's %n region(s) as GeoJSON features (WGS 84), each with its facts", nullptr,
                  static_cast<int>(m_view.scene().regions.size()));
    }
    return {};
}

void ExportController::setFurnitureOnScreen(bool on)
{
    if (on == m_furnitureOnScreen)
        return;
    m_furnitureOnScreen = on;
    save();
    emit furnitureOnScreenChanged();
}

QString ExportController::basemapNote() const
{
    const BasemapController &basemap = m_basemap;
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
    request.factId = m_view.selectedFactId();
    if (m_view.hasSize())
        request.projectedBounds = m_view.viewport().visibleBounds();
    request.worldFile = m_worldFile && m_format == Format::Png;
    // A tile folder shown under the map goes into the export; online tiles do not (the dialog says so).
    const BasemapController &basemap = m_basemap;
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
    return m_view.hasSize() ? m_view.viewport().size() : QSizeF(16, 9);
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
    m_watcher.setFuture(QtConcurrent::run([atlas = m_view.sharedAtlas(), request](QPromise<QString> &promise) {
        promise.addResult(MapExporter::run(*atlas, request, [&promise](int done, int total) {
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
    if (!m_view.hasSize())
        return false;
    // The view carries the screen's device pixel ratio: a sharp copy on a HiDPI screen.
    const MapComposition composition =
        MapExporter::viewComposition(m_view.atlas(), m_view.selectedFactId(), m_view.viewport(), m_furniture);
    const QImage image = PngExporter::renderImage(composer(), composition, m_view.scene());
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
    visitSettings(*this, SettingsReader(m_session.group(group)));
}

void ExportController::save()
{
    SettingsWriter writer;
    visitSettings(*this, writer);
    m_session.setGroup(group, writer.values());
}

} // namespace sahel
