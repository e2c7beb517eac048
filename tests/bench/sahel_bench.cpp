// sahel-bench: how long the atlas takes to load, draw a frame, answer a hover, fly between views and
// repaint the window (MapFrameCache) as it hovers, drags and flies.
// A program, not a test: it asserts nothing, it measures and prints (see BENCHMARKS.md).
#include "Atlas.h"
#include "GeoDatabase.h"
#include "MapComposer.h"
#include "MapExporter.h"
#include "MapFrameCache.h"
#include "MapRenderer.h"
#include "StoryReader.h"
#include "Viewport.h"
#include "WebMercator.h"

#include <QCommandLineParser>
#include <QEasingCurve>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

using namespace sahel;

namespace {

struct Options
{
    int repeat = 20;
    int hoverPoints = 10000;
    int flightFrames = 48;
    bool json = false;
    QStringList geodataFiles; ///< other GeoPackages to time GeoDatabase::openFile on, in the load section
    QStringList sections{QStringLiteral("load"), QStringLiteral("render"), QStringLiteral("hover"),
                         QStringLiteral("flyto"), QStringLiteral("window")};

    bool runs(const QString &section) const { return sections.contains(section); }
};

/// One row of the table: samples of one measurement, in the row's unit.
struct Row
{
    QString name;
    QString unit; ///< "ms" or "us" (per call)
    std::vector<double> samples;

    double percentile(double p) const
    {
        std::vector<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        // Nearest rank: the smallest sample with at least p of the samples at or below it.
        const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
        return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
    }
    double median() const
    {
        std::vector<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
    double min() const { return *std::min_element(samples.begin(), samples.end()); }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1.0e6;
}

/// --cpu-time: CPU time of the whole process (every thread, Qt's fill helpers included) instead of
/// wall time. On a machine shared with builds it stays steady where wall time doubles.
bool useCpuTime = false;

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1.0e3 + static_cast<double>(now.tv_nsec) / 1.0e6;
}

double timeMs(const std::function<void()> &work)
{
    if (useCpuTime) {
        const double start = processCpuMs();
        work();
        return processCpuMs() - start;
    }
    QElapsedTimer timer;
    timer.start();
    work();
    return elapsedMs(timer);
}

Row measure(const QString &name, int repeat, const std::function<void()> &work)
{
    Row row{name, QStringLiteral("ms"), {}};
    row.samples.reserve(static_cast<std::size_t>(repeat));
    for (int i = 0; i < repeat; ++i)
        row.samples.push_back(timeMs(work));
    return row;
}

/// Peak resident set size of this process so far, in MiB (ru_maxrss is in KiB on Linux).
double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// A view framed as `sahel-atlas --export --view NAME --size WxH` frames it.
/// The scene with a layer of 2000 points scattered around Ménaka, drawn as clusters.
MapScene withEvents(const MapScene &scene)
{
    auto data = std::make_shared<UserLayerData>();
    QRandomGenerator random(20250403);
    QList<QRectF> bounds;
    for (int i = 0; i < 2000; ++i) {
        UserFeature feature;
        feature.fid = i;
        feature.point = WebMercator::project(
            {2.4 + (random.generateDouble() - 0.5) * 1.2, 15.9 + (random.generateDouble() - 0.5) * 0.9});
        feature.bounds = QRectF(feature.point, QSizeF(0, 0));
        bounds.append(feature.bounds);
        data->features.append(feature);
    }
    data->index = GridIndex(bounds);
    MapScene events = scene;
    UserLayer layer{data, {}};
    layer.style.clusterThreshold = 100;
    events.userLayers = {layer};
    return events.withNewRevision();
}

Viewport exportViewport(const QRectF &bounds, QSize size)
{
    Viewport viewport({}, 4, QSizeF(size), 1.0);
    viewport.fitBounds(bounds, 16.0, Viewport::maxZoom);
    return viewport;
}

/// One frame into a reused image, filled first as PngExporter::renderImage does.
void renderFrame(QImage &image, const MapRenderer &renderer, const Viewport &viewport, const MapScene &scene)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, scene, FrameState{viewport});
    painter.end();
}

Row measureRender(const QString &name, int repeat, const MapRenderer &renderer, const Viewport &viewport,
                  const MapScene &scene)
{
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    renderFrame(image, renderer, viewport, scene); // warm-up: glyph caches, first allocations
    return measure(name, repeat, [&] { renderFrame(image, renderer, viewport, scene); });
}

QString formatNumber(double value)
{
    return QString::number(value, 'f', value < 0.1 ? 4 : (value < 10 ? 3 : 2));
}

void printTable(QTextStream &out, const QList<Row> &rows)
{
    qsizetype nameWidth = 10;
    for (const Row &row : rows)
        nameWidth = std::max(nameWidth, row.name.size());
    const auto cell = [](const QString &text, qsizetype width) { return text.rightJustified(width); };
    out << QStringLiteral("benchmark").leftJustified(nameWidth) << cell(QStringLiteral("n"), 7)
        << cell(QStringLiteral("median"), 11) << cell(QStringLiteral("p95"), 11)
        << cell(QStringLiteral("min"), 11) << QStringLiteral("  unit") << '\n';
    out << QString(nameWidth + 7 + 33 + 6, QLatin1Char('-')) << '\n';
    for (const Row &row : rows) {
        out << row.name.leftJustified(nameWidth) << cell(QString::number(row.samples.size()), 7)
            << cell(formatNumber(row.median()), 11) << cell(formatNumber(row.percentile(0.95)), 11)
            << cell(formatNumber(row.min()), 11) << QStringLiteral("  ") << row.unit << '\n';
    }
}

QJsonObject toJson(const QList<Row> &rows, const QJsonObject &extra)
{
    QJsonArray results;
    for (const Row &row : rows) {
        results.append(QJsonObject{{QStringLiteral("name"), row.name},
                                   {QStringLiteral("unit"), row.unit},
                                   {QStringLiteral("n"), static_cast<qint64>(row.samples.size())},
                                   {QStringLiteral("median"), row.median()},
                                   {QStringLiteral("p95"), row.percentile(0.95)},
                                   {QStringLiteral("min"), row.min()}});
    }
    QJsonObject root = extra;
    root.insert(QStringLiteral("results"), results);
    return root;
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sahel Atlas benchmarks: load, render, hover and fly-to."));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repetitions of each measurement (default 20)."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("A smoke run: 3 repetitions, 1000 hover points."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption cpuTimeOption(
        QStringLiteral("cpu-time"),
        QStringLiteral("Measure the process's CPU time instead of wall time (steadier on a busy machine)."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run only these sections (comma-separated): load, render, hover, flyto, window."),
        QStringLiteral("sections"));
    const QCommandLineOption geodataOption(
        QStringLiteral("geodata"),
        QStringLiteral("Also time GeoDatabase::openFile on this GeoPackage (repeatable): the same data with "
                       "and without a layer, compared in one run."),
        QStringLiteral("file"));
    parser.addOptions({repeatOption, quickOption, jsonOption, cpuTimeOption, onlyOption, geodataOption});
    parser.process(app);

    Options options;
    options.json = parser.isSet(jsonOption);
    options.geodataFiles = parser.values(geodataOption);
    useCpuTime = parser.isSet(cpuTimeOption);
    if (parser.isSet(quickOption)) {
        options.repeat = 3;
        options.hoverPoints = 1000;
    }
    if (parser.isSet(repeatOption)) {
        bool ok = false;
        options.repeat = parser.value(repeatOption).toInt(&ok);
        if (!ok || options.repeat < 1) {
            QTextStream(stderr) << "sahel-bench: --repeat needs a positive whole number" << Qt::endl;
            std::exit(2);
        }
    }
    if (parser.isSet(onlyOption)) {
        const QStringList wanted = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &section : wanted) {
            if (!options.sections.contains(section)) {
                QTextStream(stderr) << "sahel-bench: unknown section \"" << section
                                    << "\" (load, render, hover, flyto, window)" << Qt::endl;
                std::exit(2);
            }
        }
        options.sections = wanted;
    }
    return options;
}

/// Section (1): opening the embedded base map, reading the story and resolving its regions.
bool measureLoad(int repeat, const QStringList &geodataFiles, QList<Row> &rows, std::unique_ptr<Atlas> &atlas)
{
    QTextStream err(stderr);
    for (const QString &file : geodataFiles) {
        if (const GeoDatabaseLoad load = GeoDatabase::openFile(file); !load.database) {
            err << "sahel-bench: " << load.error << Qt::endl;
            return false;
        }
        rows.append(measure(QStringLiteral("load: GeoDatabase::openFile(%1)").arg(QFileInfo(file).fileName()),
                            repeat, [&file] { GeoDatabase::openFile(file); }));
    }
    {
        QString error;
        const double first = timeMs([&] {
            GeoDatabaseLoad load = GeoDatabase::openEmbedded();
            error = load.error;
        });
        if (!error.isEmpty()) {
            err << "sahel-bench: " << error << Qt::endl;
            return false;
        }
        rows.append(
            Row{QStringLiteral("load: GeoDatabase::openEmbedded (first)"), QStringLiteral("ms"), {first}});
        rows.append(measure(QStringLiteral("load: GeoDatabase::openEmbedded (repeated)"), repeat,
                            [] { GeoDatabase::openEmbedded(); }));
    }
    rows.append(Row{QStringLiteral("load: AtlasLoader::load (first, shared db)"),
                    QStringLiteral("ms"),
                    {timeMs([&] { atlas = AtlasLoader::load().atlas; })}});
    if (!atlas) {
        err << "sahel-bench: the default story did not load" << Qt::endl;
        return false;
    }
    rows.append(
        measure(QStringLiteral("load: AtlasLoader::load (repeated)"), repeat, [] { AtlasLoader::load(); }));
    {
        QFile file(QString::fromLatin1(AtlasLoader::defaultStoryResource));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "sahel-bench: the default story is missing from this build" << Qt::endl;
            return false;
        }
        const QByteArray json = file.readAll();
        const StoryReadResult read =
            StoryReader::read(json, QString::fromLatin1(AtlasLoader::defaultStoryResource));
        if (!read.ok()) {
            err << "sahel-bench: the default story does not read" << Qt::endl;
            return false;
        }
        rows.append(measure(QStringLiteral("load: StoryReader::read"), repeat, [&] {
            StoryReader::read(json, QString::fromLatin1(AtlasLoader::defaultStoryResource));
        }));
        rows.append(measure(QStringLiteral("load: AtlasLoader::fromStory (resolve)"), repeat,
                            [&] { AtlasLoader::fromStory(*read.story); }));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("sahel-bench"));
    const Options options = parseOptions(app);
    const int repeat = options.repeat;
    QTextStream out(stdout);
    QTextStream err(stderr);
    QList<Row> rows;

    // (1) Data load. The first open pays for GDAL driver registration and page faults.
    std::unique_ptr<Atlas> atlas;
    if (options.runs(QStringLiteral("load"))) {
        if (!measureLoad(repeat, options.geodataFiles, rows, atlas))
            return 1;
    } else {
        atlas = AtlasLoader::load().atlas;
    }
    if (!atlas) {
        err << "sahel-bench: the default story did not load" << Qt::endl;
        return 1;
    }
    const double rssAfterLoad = peakRssMiB();

    // (2) Full frames, framed as the command-line export frames them.
    const MapScene &scene = atlas->scene;
    const std::optional<QRectF> triBorder = atlas->namedView(QStringLiteral("tri-border"));
    const QRectF world = *atlas->namedView(QStringLiteral("world"));
    const QSize hd(1920, 1080);
    const QSize uhd(3840, 2160);
    const Viewport aesHd = exportViewport(atlas->homeBounds(), hd);
    std::optional<MapRenderer> renderer;
    const double rendererMs = timeMs([&] { renderer.emplace(); });
    if (options.runs(QStringLiteral("render"))) {
        rows.append(Row{
            QStringLiteral("render: MapStyle + MapRenderer (fonts)"), QStringLiteral("ms"), {rendererMs}});
        QImage image(hd, QImage::Format_ARGB32_Premultiplied);
        rows.append(Row{QStringLiteral("render: AES 1920x1080 (first frame)"),
                        QStringLiteral("ms"),
                        {timeMs([&] { renderFrame(image, *renderer, aesHd, scene); })}});
        rows.append(measureRender(QStringLiteral("render: AES 1920x1080"), repeat, *renderer, aesHd, scene));
        // The same frame without rivers, lakes and physical names: what those layers cost, in one run.
        GeoData dry = *scene.geo;
        dry.rivers.clear();
        dry.lakes.clear();
        dry.physicalNames.clear();
        MapScene dryScene = scene;
        dryScene.geo = &dry;
        dryScene = dryScene.withNewRevision();
        rows.append(measureRender(QStringLiteral("render: AES 1920x1080 without water and physical names"),
                                  repeat, *renderer, aesHd, dryScene));
        rows.append(measureRender(QStringLiteral("render: AES 3840x2160"), repeat, *renderer,
                                  exportViewport(atlas->homeBounds(), uhd), scene));
        if (triBorder)
            rows.append(measureRender(QStringLiteral("render: tri-border 1920x1080"), repeat, *renderer,
                                      exportViewport(*triBorder, hd), scene));
        rows.append(measureRender(QStringLiteral("render: world 1920x1080"), repeat, *renderer,
                                  exportViewport(world, hd), scene));
        // What an export spends choosing where its furniture goes and framing the subject around it.
        ExportRequest request;
        rows.append(measure(QStringLiteral("render: framing the AES export 1920x1080 (MapFraming::frame)"),
                            repeat, [&] { MapExporter::composition(*atlas, request, QSizeF(hd)); }));
        request.factId = QStringLiteral("tri-border-mining");
        rows.append(measure(QStringLiteral("render: framing a fact export 1920x1080"), repeat,
                            [&] { MapExporter::composition(*atlas, request, QSizeF(hd)); }));
        rows.append(
            measure(QStringLiteral("render: placing furniture over a fixed view (MapFraming::placeOver)"),
                    repeat, [&] { MapExporter::viewComposition(*atlas, {}, aesHd, FurnitureOptions{}); }));
        // The label engine alone (every kind of label, edge arrows, cluster badges kept clear), on an
        // export's frame with its furniture reserved: what labels cost of the full render above.
        const auto labelRow = [&](const QString &name, const MapScene &labelled, const QString &factId) {
            ExportRequest labelRequest;
            labelRequest.factId = factId;
            const MapComposition composition = MapExporter::composition(*atlas, labelRequest, QSizeF(hd));
            const FrameState frame =
                composition.frame(MapComposer().furniture().layout(composition, labelled).all());
            QImage labels(hd, QImage::Format_ARGB32_Premultiplied);
            return measure(name, repeat, [&] {
                QPainter painter(&labels);
                renderer->renderLabels(painter, labelled, frame);
            });
        };
        rows.append(labelRow(QStringLiteral("render: labels of the AES export 1920x1080"), scene, {}));
        rows.append(labelRow(QStringLiteral("render: labels of a fact export (tri-border-mining)"), scene,
                             QStringLiteral("tri-border-mining")));
        rows.append(labelRow(QStringLiteral("render: labels with 2000 clustered events near Menaka"),
                             withEvents(scene), {}));
    }
    if (!triBorder)
        err << "sahel-bench: the story has no tri-border zone; skipping its view and the fly-to" << Qt::endl;

    // (3) Hover hit test as MapCanvas::updateCursor does it, at random points of the AES view.
    if (options.runs(QStringLiteral("hover"))) {
        const GeoData &geo = *scene.geo;
        QRandomGenerator random(20250403);
        const QRectF visible = aesHd.visibleBounds();
        std::vector<QPointF> points;
        points.reserve(static_cast<std::size_t>(options.hoverPoints));
        for (int i = 0; i < options.hoverPoints; ++i)
            points.emplace_back(visible.left() + random.generateDouble() * visible.width(),
                                visible.top() + random.generateDouble() * visible.height());
        const double perCall = 1000.0 / static_cast<double>(points.size()); // ms per batch -> us per call
        qsizetype hits = 0;
        const auto hoverRow = [&](const QString &name,
                                  const std::function<const AdminUnit *(QPointF)> &hitTest) {
            Row row = measure(name, repeat, [&] {
                for (const QPointF &p : points)
                    hits += hitTest(p) ? 1 : 0;
            });
            for (double &sample : row.samples)
                sample *= perCall;
            row.unit = QStringLiteral("us/call");
            return row;
        };
        rows.append(hoverRow(QStringLiteral("hover: GeoData::adminUnitAt"),
                             [&](QPointF p) { return geo.adminUnitAt(p); }));
        rows.append(hoverRow(QStringLiteral("hover: GeoData::countryAt"),
                             [&](QPointF p) { return geo.countryAt(p); }));
        rows.append(hoverRow(QStringLiteral("hover: updateCursor path (unit, country)"), [&](QPointF p) {
            const AdminUnit *unit = geo.adminUnitAt(p);
            return unit ? geo.country(unit->countryCode) : geo.countryAt(p);
        }));
        if (hits < 0) // keeps the hit tests observable to the optimiser
            out << hits;
    }

    // (4) Fly-to from the AES view to the tri-border zone, eased as ViewAnimator eases it.
    // From the window's initial view (MapCanvas::restoreInitialView) as MapCanvas::flyToBounds flies.
    Viewport from = aesHd;
    from.fitBounds(atlas->homeBounds(), 16.0);
    const auto flightFrame = [&](int i) {
        Viewport to = from;
        to.fitBounds(triBorder.value_or(atlas->homeBounds()), 32.0);
        const QEasingCurve easing(QEasingCurve::InOutCubic);
        const QPointF delta = to.centre() - from.centre();
        const double distance = std::hypot(delta.x(), delta.y());
        const double t = easing.valueForProgress(static_cast<double>(i) / (options.flightFrames - 1));
        const double hop = std::min(1.0, distance / 2.0e6) * 0.8 * std::sin(t * M_PI);
        Viewport frame = from;
        frame.setCentre(from.centre() + delta * t);
        frame.setZoom(from.zoom() + (to.zoom() - from.zoom()) * t - hop);
        return frame;
    };
    const int last = options.flightFrames - 1;
    if (triBorder && options.runs(QStringLiteral("flyto"))) {
        QImage image(hd, QImage::Format_ARGB32_Premultiplied);
        Row frames{QStringLiteral("fly-to: AES -> tri-border frame 1920x1080"), QStringLiteral("ms"), {}};
        Row flights{QStringLiteral("fly-to: whole flight (%1 frames)").arg(options.flightFrames),
                    QStringLiteral("ms"),
                    {}};
        for (int r = 0; r < repeat; ++r) {
            double flight = 0;
            for (int i = 0; i <= last; ++i) {
                const Viewport frame = flightFrame(i);
                const double ms = timeMs([&] { renderFrame(image, *renderer, frame, scene); });
                frames.samples.push_back(ms);
                flight += ms;
            }
            flights.samples.push_back(flight);
        }
        rows.append(frames);
        rows.append(flights);
    }

    // (5) The window: MapCanvas paints through a MapFrameCache, as here, at 1920x1080.
    if (options.runs(QStringLiteral("window"))) {
        QImage image(hd, QImage::Format_ARGB32_Premultiplied);
        const auto paint = [&image, &scene](MapFrameCache &cache, const Viewport &viewport,
                                            const FrameState &state, MapFrameCache::Mode mode) {
            QPainter painter(&image);
            FrameState frame = state;
            frame.viewport = viewport;
            cache.paint(painter, scene, frame, mode);
        };
        const auto settled = MapFrameCache::Mode::Settled;
        const auto moving = MapFrameCache::Mode::Moving;
        {
            MapFrameCache cache(*renderer);
            paint(cache, from, FrameState{}, settled);
            rows.append(measure(QStringLiteral("window: the same view again (AES)"), repeat,
                                [&] { paint(cache, from, FrameState{}, settled); }));
        }
        {
            // The hover moves from unit to unit: only the highlight and the labels are drawn.
            MapFrameCache cache(*renderer);
            FrameState hovered;
            const QStringList units{QStringLiteral("ML-5"), QStringLiteral("ML-6"), QStringLiteral("NE-6"),
                                    QStringLiteral("BF-SEN")};
            qsizetype next = 0;
            paint(cache, from, FrameState{}, settled);
            rows.append(measure(QStringLiteral("window: hover on another unit (AES)"), repeat, [&] {
                hovered.hoveredUnit = units[next++ % units.size()];
                paint(cache, from, hovered, settled);
            }));
        }
        {
            // A drag: 60 frames of 6 px right and 3 px down each, then the settled frame.
            MapFrameCache cache(*renderer);
            Row drag{QStringLiteral("window: drag frame (6 px per frame)"), QStringLiteral("ms"), {}};
            Row release{QStringLiteral("window: settled frame after the drag"), QStringLiteral("ms"), {}};
            for (int r = 0; r < repeat; ++r) {
                Viewport view = from;
                paint(cache, view, FrameState{}, settled);
                for (int i = 0; i < 60; ++i) {
                    view.panBy(QPointF(6, 3));
                    drag.samples.push_back(timeMs([&] { paint(cache, view, FrameState{}, moving); }));
                }
                release.samples.push_back(timeMs([&] { paint(cache, view, FrameState{}, settled); }));
            }
            rows.append(drag);
            rows.append(release);
        }
        if (triBorder) {
            // The flight of section (4): moved and scaled copies between renders, the last frame exact.
            MapFrameCache cache(*renderer);
            Row frames{QStringLiteral("window: fly-to frame"), QStringLiteral("ms"), {}};
            Row flights{QStringLiteral("window: whole flight (%1 frames)").arg(options.flightFrames),
                        QStringLiteral("ms"),
                        {}};
            for (int r = 0; r < repeat; ++r) {
                paint(cache, from, FrameState{}, settled);
                double flight = 0;
                for (int i = 0; i <= last; ++i) {
                    const Viewport frame = flightFrame(i);
                    const double ms =
                        timeMs([&] { paint(cache, frame, FrameState{}, i == last ? settled : moving); });
                    frames.samples.push_back(ms);
                    flight += ms;
                }
                flights.samples.push_back(flight);
            }
            rows.append(frames);
            rows.append(flights);
        }
    }

    // (6) Memory.
    const double rssPeak = peakRssMiB();
    if (options.json) {
        const QJsonObject extra{
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("clock"), useCpuTime ? QStringLiteral("process-cpu") : QStringLiteral("wall")},
            {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
            {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
            {QStringLiteral("peakRssAfterLoadMiB"), rssAfterLoad},
            {QStringLiteral("peakRssMiB"), rssPeak},
        };
        out << QJsonDocument(toJson(rows, extra)).toJson(QJsonDocument::Indented);
    } else {
        out << "sahel-bench: Qt " << qVersion() << ", platform " << QGuiApplication::platformName() << ", "
            << repeat << " repetitions" << (useCpuTime ? ", process CPU time" : ", wall time") << "\n\n";
        printTable(out, rows);
        out << "\npeak RSS after load: " << QString::number(rssAfterLoad, 'f', 1) << " MiB\n"
            << "peak RSS (ru_maxrss): " << QString::number(rssPeak, 'f', 1) << " MiB\n";
    }
    out.flush();
    return 0;
}
