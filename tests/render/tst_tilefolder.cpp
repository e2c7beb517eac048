// TileFolder: the offline basemap as exports draw it. Tiles are written by tests/TestTiles.h with the
// OpenStreetMap wiki's formulas, so where a tile's marker lands checks our projection independently.
#include "../TestTiles.h"

#include "Atlas.h"
#include "MapComposer.h"
#include "MapRenderer.h"
#include "SvgExporter.h"
#include "TileFolder.h"
#include "Viewport.h"
#include "WebMercator.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace sahel;

namespace {

constexpr double markerLon = 1.5;
constexpr double markerLat = 14.2;

} // namespace

class TestTileFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheZoomLevelsAndTheCredit();
    void refusesWhatIsNotATileFolder_data();
    void refusesWhatIsNotATileFolder();
    void drawsTilesWhereTheProjectionPutsThem_data();
    void drawsTilesWhereTheProjectionPutsThem();
    void rendererPutsTheBasemapUnderTheMap();
    void mapsWithTilesCreditThem();

private:
    QTemporaryDir m_dir;
    QString m_tiles;
};

void TestTileFolder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiles = m_dir.filePath(QStringLiteral("sahel-tiles"));
    // West Africa from zoom 3 to 6: about sixty tiles.
    QVERIFY(TestTiles::write(m_tiles, 3, 6, QRectF(QPointF(-25, 5), QPointF(16, 24)), markerLon, markerLat));
}

void TestTileFolder::findsTheZoomLevelsAndTheCredit()
{
    QString error;
    std::optional<TileFolder> tiles = TileFolder::open(m_tiles, &error);
    QVERIFY2(tiles, qPrintable(error));
    QCOMPARE(tiles->minZoom(), 3);
    QCOMPARE(tiles->maxZoom(), 6);
    QCOMPARE(tiles->attribution(), QStringLiteral("Tiles: sahel-tiles"));

    QFile credit(m_tiles + QStringLiteral("/attribution.txt"));
    QVERIFY(credit.open(QIODevice::WriteOnly));
    credit.write("  \xc2\xa9 Test cartographers, CC BY 4.0  \nsecond line, not shown\n");
    credit.close();
    tiles = TileFolder::open(m_tiles, &error);
    QVERIFY(tiles);
    QCOMPARE(tiles->attribution(), QStringLiteral("© Test cartographers, CC BY 4.0"));
    QVERIFY(QFile::remove(credit.fileName()));
}

void TestTileFolder::refusesWhatIsNotATileFolder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty + QStringLiteral("/5/3"))); // levels without a single tile
    const QString file = m_dir.filePath(QStringLiteral("file.png"));
    QFile(file).open(QIODevice::WriteOnly);
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere")) << QStringLiteral("no such folder");
    QTest::newRow("file") << file << QStringLiteral("not a folder");
    QTest::newRow("no tiles") << empty << QStringLiteral("no tiles found");
}

void TestTileFolder::refusesWhatIsNotATileFolder()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!TileFolder::open(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestTileFolder::drawsTilesWhereTheProjectionPutsThem_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<int>("level");
    QTest::newRow("zoom 6, one tile pixel a pixel") << 6.0 << 1.0 << 6;
    QTest::newRow("zoom 5.4, level 5 scaled") << 5.4 << 1.0 << 5;
    QTest::newRow("zoom 4.6, level 5 shrunk") << 4.6 << 1.0 << 5;
    QTest::newRow("zoom 6 at 2x, past the last level") << 6.0 << 2.0 << 6;
    QTest::newRow("zoom 2, before the first level") << 2.0 << 1.0 << 3;
}

void TestTileFolder::drawsTilesWhereTheProjectionPutsThem()
{
    QFETCH(double, zoom);
    QFETCH(double, ratio);
    QFETCH(int, level);
    const std::optional<TileFolder> tiles = TileFolder::open(m_tiles);
    QVERIFY(tiles);
    const Viewport viewport(WebMercator::project({0.7, 13.6}), zoom, QSizeF(400, 300), ratio);
    QCOMPARE(tiles->levelFor(viewport), level);
    QImage image(QSize(qRound(400 * ratio), qRound(300 * ratio)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    tiles->paint(painter, viewport);
    painter.end();

    const QPointF expected = viewport.toScreen(LonLat{markerLon, markerLat});
    const std::optional<QPointF> found = TestTiles::markerNear(image, expected, 8.0);
    QVERIFY2(found, "no marker near the place");
    // The marker is the tile pixel holding the place, so its centre is within half a tile pixel of it.
    const double tilePixel = std::pow(2.0, zoom - level);
    QVERIFY2(QLineF(*found, expected).length() <= 0.75 * tilePixel + 0.25,
             qPrintable(QStringLiteral("marker at %1,%2, place at %3,%4")
                            .arg(found->x())
                            .arg(found->y())
                            .arg(expected.x())
                            .arg(expected.y())));
    if (zoom < 3)
        return; // the view is wider than the tiles written
    // The tiles cover the whole view: no white left.
    QCOMPARE(image.pixelColor(2, 2), TestTiles::background);
    QCOMPARE(image.pixelColor(image.width() - 3, image.height() - 3), TestTiles::background);
}

void TestTileFolder::rendererPutsTheBasemapUnderTheMap()
{
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
    const MapRenderer renderer;
    // Over the Atlantic, off Senegal: water in our map, the tiles' background with them.
    const Viewport viewport(WebMercator::project({-8.0, 14.0}), 5.0, QSizeF(600, 400), 1.0);
    const QPointF sea = viewport.toScreen(LonLat{-21.0, 12.0});
    const auto render = [&](BaseMapMode mode) {
        MapScene scene = load.atlas->scene;
        scene.baseMap = mode;
        scene.tileFolder = m_tiles;
        QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(painter, scene, FrameState{viewport});
        return image.pixelColor(sea.toPoint());
    };
    QCOMPARE(render(BaseMapMode::Own), renderer.style().water);
    QCOMPARE(render(BaseMapMode::Tiles), TestTiles::background);
    QCOMPARE(render(BaseMapMode::Underlay).alpha(), 0); // a QtLocation map under the window shows through
}

void TestTileFolder::mapsWithTilesCreditThem()
{
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
    const MapComposer composer;
    MapComposition composition;
    composition.viewport = Viewport(WebMercator::project({0.7, 13.6}), 5.0, QSizeF(800, 500), 1.0);
    MapScene scene = load.atlas->scene;
    QVERIFY(!SvgExporter::toSvg(composer, composition, scene).contains("Tiles: sahel-tiles"));
    scene.baseMap = BaseMapMode::Tiles;
    scene.tileFolder = m_tiles;
    const QByteArray svg = SvgExporter::toSvg(composer, composition, scene);
    QVERIFY(svg.contains("Tiles: sahel-tiles")); // in the attribution line, as text
    QVERIFY(svg.contains("<image"));             // the tiles themselves
}

QTEST_MAIN(TestTileFolder)
#include "tst_tilefolder.moc"
