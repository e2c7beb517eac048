// The window under load, as a benchmark program (not a timed test): a 1,000,000-point CSV is added as a
// layer in the real main window (offscreen) while the map is dragged one step per 16 ms, and the frame times
// during the load are reported (p50, p95, max; the target is a p95 under 33 ms), with the load's duration and
// the process's memory growth. Usage: sahel-load-bench [POINTS] (`make bench-load`; BENCHMARKS.md).
#include "Atlas.h"
#include "AtlasController.h"
#include "LayerListModel.h"
#include "MainWindowLoader.h"
#include "MapCanvas.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace sahel;

namespace {

QTextStream out(stdout);

/// A line of /proc/self/status in MB ("VmRSS", "VmHWM").
double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

QString writePoints(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("points.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QTextStream csv(&file);
    csv << "id,lon,lat\n";
    QRandomGenerator random(16);
    for (int i = 0; i < count; ++i)
        csv << i << ',' << QString::number(-18.0 + random.generateDouble() * 36.0, 'f', 5) << ','
            << QString::number(4.0 + random.generateDouble() * 24.0, 'f', 5) << '\n';
    return path;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(p * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the settings of a real user stay untouched
    MainWindowLoader::prepareApplication();
    const int points = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;

    QTemporaryDir dir;
    const QString csv = writePoints(dir, points);
    // The window as the app makes it (tests/ui/TestMainWindow.h does the same for the UI tests).
    AtlasLoad atlas = AtlasLoader::load();
    if (!atlas.atlas) {
        out << atlas.errors.join(u'\n') << Qt::endl;
        return 1;
    }
    AtlasController controller(std::move(atlas.atlas), false);
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/SahelAtlas/qml/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        out << "the main window did not open" << Qt::endl;
        return 1;
    }
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window)) {
        out << "the main window was not exposed" << Qt::endl;
        return 1;
    }
    LayerListModel *layers = controller.layers();
    QString failure;
    QObject::connect(layers, &LayerListModel::loadFailed,
                     [&failure](const QString &message) { failure = message; });

    std::vector<double> frameMs;
    QElapsedTimer clock;
    clock.start();
    qint64 lastFrameNs = -1;
    bool measuring = false;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            const qint64 now = clock.nsecsElapsed();
            if (measuring && lastFrameNs >= 0)
                frameMs.push_back(double(now - lastFrameNs) / 1e6);
            lastFrameNs = now;
        },
        Qt::DirectConnection);

    // Drag the map to and fro, one small step per 16 ms, as a hand does.
    const QPoint centre(window->width() / 2, window->height() / 2);
    QTest::mousePress(window, Qt::LeftButton, {}, centre);
    int step = 0;
    QTimer dragger;
    QObject::connect(&dragger, &QTimer::timeout, [&] {
        ++step;
        const int phase = step % 80;
        const int dx = phase < 40 ? phase * 4 : (80 - phase) * 4;
        QTest::mouseMove(window, centre + QPoint(dx - 80, (dx - 80) / 3));
    });
    for (int i = 0; i < 30; ++i) // warm up: the first frames build caches
        QTest::qWait(16);
    dragger.start(16);
    QTest::qWait(500);

    const double rssBefore = statusMb("VmRSS:");
    measuring = true;
    lastFrameNs = -1;
    QElapsedTimer load;
    load.start();
    layers->addFile(csv);
    while (layers->loading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    QTest::qWait(500); // the first frames that draw the new layer count too
    measuring = false;
    dragger.stop();
    QTest::mouseRelease(window, Qt::LeftButton, {}, centre);
    const double rssAfter = statusMb("VmRSS:");
    const double peak = statusMb("VmHWM:");

    out << QStringLiteral("points: %1, loaded: %2 layer(s)%3\n")
               .arg(points)
               .arg(layers->count())
               .arg(failure.isEmpty() ? QString() : QStringLiteral(" (failed: %1)").arg(failure));
    out << QStringLiteral("load (add to done, window busy panning): %1 ms\n").arg(loadMs, 0, 'f', 0);
    out << QStringLiteral(
               "frames during the load: %1; frame time p50 %2 ms, p95 %3 ms, max %4 ms (target: p95 "
               "< 33 ms)\n")
               .arg(frameMs.size())
               .arg(percentile(frameMs, 0.50), 0, 'f', 1)
               .arg(percentile(frameMs, 0.95), 0, 'f', 1)
               .arg(frameMs.empty() ? 0.0 : *std::max_element(frameMs.cbegin(), frameMs.cend()), 0, 'f', 1);
    out << QStringLiteral("memory: RSS %1 MB before, %2 MB after (growth %3 MB), peak RSS %4 MB\n")
               .arg(rssBefore, 0, 'f', 0)
               .arg(rssAfter, 0, 'f', 0)
               .arg(rssAfter - rssBefore, 0, 'f', 0)
               .arg(peak, 0, 'f', 0);
    out.flush();
    return percentile(frameMs, 0.95) < 33.0 && failure.isEmpty() && !frameMs.empty() ? 0 : 1;
}
