// The QtLocation basemap under the real window (offscreen): the Map and our canvas agree to the pixel, a
// tile's pixel lies under our drawn border, switching basemaps keeps the view, and with no network the
// window still works and says the basemap is unavailable, at once.
#include "../TestTiles.h"
#include "../ui/TestMainWindow.h"

#include "Atlas.h"
#include "AtlasController.h"
#include "MapCanvas.h"
#include "MapExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGeoCoordinate>
#include <QLineF>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)
Q_IMPORT_QML_PLUGIN(SahelAtlasLocationPlugin)

using namespace sahel;

class TestBasemap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mapAndCanvasAgree_data();
    void mapAndCanvasAgree();
    void mapClampsAreHonoured();
    void tilePixelLiesUnderOurBorder();
    void switchingBasemapsKeepsTheView();
    void withoutNetworkTheMapStillWorks();
    void aFolderWithoutTilesReplacesNothing();
    void exportsIncludeFolderTilesButNotOnlineOnes();

private:
    void createWindow();
    /// The Map item under the canvas once it is loaded; null otherwise.
    QQuickItem *basemapMap() const;
    void showTileFolder();
    QPointF mapPoint(QQuickItem *map, double lon, double lat) const;
    static QImage grab(QQuickItem *item);
    /// A local address where nothing listens: connections to it are refused at once.
    static QString closedServerUrl();

    QTemporaryDir m_dir;
    QString m_tiles;
    QPointF m_tripoint; ///< lon, lat of the Mali–Burkina Faso–Niger tripoint, as the story computes it
    TestMainWindow m_main;
};

void TestBasemap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QVERIFY(m_dir.isValid());
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
    const MapRegion *tripoint = load.atlas->scene.region(QStringLiteral("tripoint"));
    QVERIFY(tripoint && tripoint->isPoint);
    m_tripoint = QPointF(tripoint->position.lon, tripoint->position.lat);
    m_tiles = m_dir.filePath(QStringLiteral("tiles"));
    QVERIFY(TestTiles::write(m_tiles, 2, 7, QRectF(QPointF(-1.5, 13.0), QPointF(2.5, 16.5)), m_tripoint.x(),
                             m_tripoint.y()));
    QVERIFY(TestTiles::write(m_tiles, 2, 4, QRectF(QPointF(-30, -10), QPointF(40, 40)), m_tripoint.x(),
                             m_tripoint.y()));
}

void TestBasemap::init()
{
    QSettings().clear(); // a first start: no basemap
    createWindow();
}

void TestBasemap::createWindow()
{
    m_main.open({});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_main.controller->basemap()->supported());
}

void TestBasemap::cleanup()
{
    m_main.close();
}

QQuickItem *TestBasemap::basemapMap() const
{
    return m_main.window->findChild<QQuickItem *>(QStringLiteral("basemapMap"));
}

void TestBasemap::showTileFolder()
{
    QVERIFY(m_main.controller->basemap()->chooseTileFolder(QUrl::fromLocalFile(m_tiles)));
    QCOMPARE(m_main.controller->basemap()->status(), BasemapController::Status::Available);
    QTRY_VERIFY(basemapMap());
    QVERIFY(m_main.canvas->basemapUnder());
}

QPointF TestBasemap::mapPoint(QQuickItem *map, double lon, double lat) const
{
    // Map is QtLocation's QML type: no public C++ class to call it through, so its QML method is invoked.
    QPointF point;
    const bool called =
        QMetaObject::invokeMethod(map, "fromCoordinate", Q_RETURN_ARG(QPointF, point),
                                  Q_ARG(QGeoCoordinate, QGeoCoordinate(lat, lon)), Q_ARG(bool, false));
    return called ? point : QPointF(qQNaN(), qQNaN());
}

QImage TestBasemap::grab(QQuickItem *item)
{
    const QSharedPointer<QQuickItemGrabResult> result = item->grabToImage();
    if (!result)
        return {};
    QSignalSpy ready(result.data(), &QQuickItemGrabResult::ready);
    if (result->image().isNull() && !ready.wait(5000))
        return {};
    return result->image();
}

QString TestBasemap::closedServerUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = server.serverPort();
    server.close(); // nothing listens there any more
    return QStringLiteral("http://127.0.0.1:%1/").arg(port);
}

void TestBasemap::mapAndCanvasAgree_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::newRow("tri-border, zoom 7") << 0.5 << 14.8 << 7.0;
    QTest::newRow("AES, zoom 4.37") << 2.0 << 16.0 << 4.37;
    QTest::newRow("Niamey, zoom 9.5") << 2.11 << 13.51 << 9.5;
    QTest::newRow("south of the equator, zoom 5.8") << 12.0 << -4.5 << 5.8;
    QTest::newRow("high latitude, zoom 3.2") << -20.0 << 60.0 << 3.2;
}

void TestBasemap::mapAndCanvasAgree()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, zoom);
    showTileFolder();
    if (QTest::currentTestFailed())
        return;
    QQuickItem *map = basemapMap();
    m_main.canvas->setViewLonLat(lon, lat, zoom);
    QCOMPARE(map->width(), m_main.canvas->width());
    QCOMPARE(map->height(), m_main.canvas->height());
    // Places across the view, its corners included.
    const QList<QPointF> probes = {
        {0, 0}, {m_main.canvas->width(), m_main.canvas->height()}, {m_main.canvas->width() / 3, 40}};
    for (const QPointF item : probes) {
        const LonLat place = m_main.controller->view().viewport().toLonLat(item);
        const QPointF ours = m_main.canvas->itemPoint(place.lon, place.lat);
        const QPointF theirs = mapPoint(map, place.lon, place.lat);
        QVERIFY2(QLineF(ours, theirs).length() <= 0.5,
                 qPrintable(QStringLiteral("%1, %2: canvas %3,%4, Map %5,%6")
                                .arg(place.lon)
                                .arg(place.lat)
                                .arg(ours.x())
                                .arg(ours.y())
                                .arg(theirs.x())
                                .arg(theirs.y())));
    }
}

void TestBasemap::mapClampsAreHonoured()
{
    showTileFolder();
    if (QTest::currentTestFailed())
        return;
    QQuickItem *map = basemapMap();
    // Our canvas would show zoom 1 and the Arctic; the Map must fill its size and stops short of the pole
    // edge: the canvas takes the Map's zoom and latitude, and the two still agree.
    m_main.canvas->setViewLonLat(10.0, 84.0, 1.0);
    const double minimum = map->property("minimumZoomLevel").toDouble();
    QVERIFY2(minimum > 1.0, qPrintable(QString::number(minimum)));
    QVERIFY(m_main.canvas->zoom() >= minimum - 1e-9);
    QCOMPARE(m_main.canvas->zoom(), map->property("zoomLevel").toDouble());
    const auto centre = map->property("center").value<QGeoCoordinate>();
    QVERIFY2(m_main.canvas->centreLat() < 84.0, qPrintable(QString::number(m_main.canvas->centreLat())));
    QVERIFY(qAbs(centre.latitude() - m_main.canvas->centreLat()) < 1e-6);
    const LonLat corner = m_main.controller->view().viewport().toLonLat(QPointF(0, 0));
    QVERIFY(QLineF(m_main.canvas->itemPoint(corner.lon, corner.lat), mapPoint(map, corner.lon, corner.lat))
                .length() <= 0.5);
    // Zooming out further changes nothing: the range is the Map's.
    m_main.canvas->zoomOut();
    QTest::qWait(600);
    QVERIFY(m_main.canvas->zoom() >= minimum - 1e-9);
}

void TestBasemap::tilePixelLiesUnderOurBorder()
{
    showTileFolder();
    if (QTest::currentTestFailed())
        return;
    QQuickItem *map = basemapMap();
    m_main.canvas->setViewLonLat(m_tripoint.x() + 0.3, m_tripoint.y() - 0.2, 7.0);
    const QPointF tripoint = m_main.canvas->itemPoint(m_tripoint.x(), m_tripoint.y());
    // The tile's marker, in the Map alone, once its tiles have loaded.
    std::optional<QPointF> marker;
    QTRY_VERIFY_WITH_TIMEOUT((marker = TestTiles::markerNear(grab(map), tripoint, 6.0)).has_value(), 10000);
    QVERIFY2(QLineF(*marker, tripoint).length() <= 1.0,
             qPrintable(QStringLiteral("tile marker at %1,%2, our tripoint at %3,%4")
                            .arg(marker->x())
                            .arg(marker->y())
                            .arg(tripoint.x())
                            .arg(tripoint.y())));
    // The window: our borders meet on that pixel, drawn over the tile (neither the tile's colours there).
    const QImage window = m_main.window->grabWindow();
    const QPointF inWindow = m_main.canvas->mapToScene(tripoint) * window.devicePixelRatio();
    const QColor drawn = window.pixelColor(inWindow.toPoint());
    QVERIFY2(drawn != TestTiles::background && drawn != TestTiles::marker, qPrintable(drawn.name()));
    // Over the sea, where our map has no tint, the tiles show through the canvas untouched: most of a grid
    // of points over it has their colour once they have loaded.
    m_main.canvas->setViewLonLat(-22.0, 8.0, 4.0);
    const auto tileShare = [this] {
        const QImage sea = m_main.window->grabWindow();
        int tilePixels = 0;
        int samples = 0;
        for (double y = 10; y < m_main.canvas->height() - 30; y += 37) {
            for (double x = 10; x < m_main.canvas->width() - 60; x += 41) {
                const QPointF at = m_main.canvas->mapToScene(QPointF(x, y)) * sea.devicePixelRatio();
                tilePixels += sea.pixelColor(at.toPoint()) == TestTiles::background ? 1 : 0;
                ++samples;
            }
        }
        return double(tilePixels) / std::max(samples, 1);
    };
    QTRY_VERIFY_WITH_TIMEOUT(tileShare() > 0.5, 5000);
}

void TestBasemap::switchingBasemapsKeepsTheView()
{
    BasemapController &basemap = *m_main.controller->basemap();
    m_main.canvas->setViewLonLat(0.8, 14.6, 6.3);
    const auto sameView = [this] {
        return qAbs(m_main.canvas->centreLon() - 0.8) < 1e-9 &&
               qAbs(m_main.canvas->centreLat() - 14.6) < 1e-9 && qAbs(m_main.canvas->zoom() - 6.3) < 1e-9;
    };
    showTileFolder();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(sameView());
    basemap.setOpenStreetMapUrl(closedServerUrl());
    basemap.setKind(BasemapController::Kind::OpenStreetMap);
    QTRY_COMPARE_WITH_TIMEOUT(basemap.status(), BasemapController::Status::Unavailable, 2000);
    QTRY_VERIFY(!basemapMap());
    QVERIFY(sameView());
    basemap.setKind(BasemapController::Kind::TileFolder);
    QTRY_VERIFY(basemapMap());
    QVERIFY(sameView());
    basemap.setKind(BasemapController::Kind::None);
    QTRY_VERIFY(!basemapMap());
    QVERIFY(!m_main.canvas->basemapUnder());
    QVERIFY(sameView());
}

void TestBasemap::withoutNetworkTheMapStillWorks()
{
    // OpenStreetMap chosen in the last session, its server out of reach at this start.
    cleanup();
    {
        QSettings settings;
        settings.setValue(QStringLiteral("basemap/kind"), int(BasemapController::Kind::OpenStreetMap));
        settings.setValue(QStringLiteral("basemap/openStreetMapUrl"), closedServerUrl());
    }
    QElapsedTimer timer;
    timer.start();
    createWindow();
    BasemapController &basemap = *m_main.controller->basemap();
    QCOMPARE(basemap.kind(), BasemapController::Kind::OpenStreetMap);
    QTRY_COMPARE_WITH_TIMEOUT(basemap.status(), BasemapController::Status::Unavailable, 2000);
    QVERIFY2(timer.elapsed() < 5000, "the window and the answer came without delay");
    QVERIFY2(basemap.message().contains(QStringLiteral("unavailable")), qPrintable(basemap.message()));
    auto *notice = m_main.window->findChild<QQuickItem *>(QStringLiteral("statusNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->property("text").toString(), basemap.message());
    // The offline map is drawn as without a basemap, and the map still moves.
    QVERIFY(!basemapMap());
    QVERIFY(!m_main.canvas->basemapUnder());
    const double zoom = m_main.canvas->zoom();
    m_main.canvas->zoomIn();
    QTRY_VERIFY(m_main.canvas->zoom() > zoom);
}

void TestBasemap::aFolderWithoutTilesReplacesNothing()
{
    showTileFolder();
    if (QTest::currentTestFailed())
        return;
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    QSignalSpy refused(m_main.controller->basemap(), &BasemapController::folderRefused);
    QVERIFY(!m_main.controller->basemap()->chooseTileFolder(QUrl::fromLocalFile(empty)));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(empty),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(m_main.controller->basemap()->tileFolder(), QFileInfo(m_tiles).canonicalFilePath());
    QVERIFY(basemapMap());
}

void TestBasemap::exportsIncludeFolderTilesButNotOnlineOnes()
{
    showTileFolder();
    if (QTest::currentTestFailed())
        return;
    m_main.canvas->setViewLonLat(-22.0, 8.0, 4.0);
    ExportController &exporter = *m_main.controller->exporter();
    ExportRequest request = exporter.request();
    QCOMPARE(request.tileFolder, QFileInfo(m_tiles).canonicalFilePath());
    QVERIFY2(exporter.basemapNote().contains(QStringLiteral("Tiles: tiles")),
             qPrintable(exporter.basemapNote()));
    request.format = ExportRequest::Format::Png;
    request.path = m_dir.filePath(QStringLiteral("with-tiles.png"));
    request.size = QSize(800, 500);
    request.furniture.title = request.furniture.legend = request.furniture.scaleBar = false;
    request.furniture.northArrow = request.furniture.attribution = request.furniture.inset = false;
    const QString error = MapExporter::run(m_main.controller->atlas(), request);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QImage image(request.path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2),
             TestTiles::background); // sea, in the tiles

    // OpenStreetMap, even if it were on screen, is not put into files: the dialog says so.
    BasemapController &basemap = *m_main.controller->basemap();
    basemap.setOpenStreetMapUrl(closedServerUrl());
    basemap.setKind(BasemapController::Kind::OpenStreetMap);
    QVERIFY(exporter.request().tileFolder.isEmpty());
}

QTEST_MAIN(TestBasemap)
#include "tst_basemap.moc"
