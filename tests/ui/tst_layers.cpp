// The layers panel's model and the map with user layers: loading off the UI thread, styles,
// order, removal, what is remembered, hover attributes and the legend.
#include "Atlas.h"
#include "AtlasController.h"
#include "LayerListModel.h"
#include "MainWindowLoader.h"
#include "MapCanvas.h"
#include "MapComposer.h"
#include "PngExporter.h"
#include "SessionSettings.h"
#include "WebMercator.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)

using namespace sahel;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SAHEL_TEST_DATA_DIR "/layers/") + QLatin1String(name);
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addingAFileAddsALayerWithoutBlocking();
    void stylesOrderAndRemovalReachTheScene();
    void layersComeBackAtTheNextStart();
    void badFileSaysWhyAndAddsNothing();
    void csvWithUnknownColumnsAsksForThem();
    void hostileFilesFailWithTheirMessage_data();
    void hostileFilesFailWithTheirMessage();
    void hoverShowsAttributesAndTheMapDrawsTheLayer();

private:
    void addAndWait(const QString &path);

    std::unique_ptr<AtlasController> m_controller;
};

void TestLayers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindowLoader::prepareApplication();
}

void TestLayers::init()
{
    QSettings().clear();
    AtlasLoad load = AtlasLoader::load();
    QVERIFY(load.atlas);
    m_controller = std::make_unique<AtlasController>(std::move(load.atlas));
}

void TestLayers::cleanup()
{
    m_controller.reset();
}

void TestLayers::addAndWait(const QString &path)
{
    LayerListModel *layers = m_controller->layers();
    layers->addFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(!layers->loading(), 10000);
}

void TestLayers::addingAFileAddsALayerWithoutBlocking()
{
    LayerListModel *layers = m_controller->layers();
    QSignalSpy loaded(layers, &LayerListModel::loaded);
    QSignalSpy sceneChanged(&m_controller->view(), &MapView::atlasChanged);
    layers->addFile(fixture("mixed.geojson"));
    QVERIFY(layers->loading()); // the file is read on a worker thread
    QTRY_VERIFY_WITH_TIMEOUT(!layers->loading(), 10000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(layers->count(), 1);
    QVERIFY(sceneChanged.count() >= 1);
    QCOMPARE(m_controller->scene().userLayers.size(), 1);
    const QModelIndex first = layers->index(0);
    QCOMPARE(layers->data(first, LayerListModel::NameRole).toString(), QStringLiteral("mixed"));
    QCOMPARE(layers->data(first, LayerListModel::FeatureCountRole).toInt(), 3);
    QVERIFY(
        layers->data(first, LayerListModel::WarningsRole).toString().contains(QStringLiteral("repaired")));
}

void TestLayers::stylesOrderAndRemovalReachTheScene()
{
    addAndWait(fixture("mixed.geojson"));
    addAndWait(fixture("events.csv"));
    LayerListModel *layers = m_controller->layers();
    QCOMPARE(layers->count(), 2);
    const auto scene = [this] { return m_controller->scene().userLayers; };
    QVERIFY(scene()[0].style.colour != scene()[1].style.colour); // each layer its own colour
    layers->setVisible(1, false);
    QCOMPARE(scene()[1].style.visible, false);
    layers->setOpacity(0, 0.4);
    QCOMPARE(scene()[0].style.opacity, 0.4);
    layers->setColour(0, QColor(10, 20, 30));
    QCOMPARE(QColor::fromRgba(scene()[0].style.colour), QColor(10, 20, 30));
    layers->setPointSize(1, 12);
    QCOMPARE(scene()[1].style.pointSize, 12.0);
    layers->setLabelField(0, QStringLiteral("name"));
    QCOMPARE(scene()[0].style.labelField, QStringLiteral("name"));
    layers->move(0, 1);
    QCOMPARE(scene()[1].data->name, QStringLiteral("mixed"));
    QCOMPARE(scene()[1].style.labelField, QStringLiteral("name")); // the style moves with its layer
    layers->remove(0);
    QCOMPARE(layers->count(), 1);
    QCOMPARE(scene().size(), 1);
    QCOMPARE(scene()[0].data->name, QStringLiteral("mixed"));
}

void TestLayers::layersComeBackAtTheNextStart()
{
    addAndWait(fixture("events.csv"));
    addAndWait(fixture("mixed.geojson"));
    QCOMPARE(SessionSettings().layerPaths().size(), 2);
    cleanup();
    AtlasLoad load = AtlasLoader::load();
    m_controller = std::make_unique<AtlasController>(std::move(load.atlas));
    m_controller->restoreLayers();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->layers()->count(), 2, 10000);
    QCOMPARE(m_controller->scene().userLayers[0].data->name, QStringLiteral("events"));
    QCOMPARE(m_controller->scene().userLayers[1].data->name, QStringLiteral("mixed"));
}

void TestLayers::badFileSaysWhyAndAddsNothing()
{
    QSignalSpy failed(m_controller->layers(), &LayerListModel::loadFailed);
    addAndWait(QStringLiteral("/nonexistent/layer.geojson"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("/nonexistent/layer.geojson")));
    QCOMPARE(m_controller->layers()->count(), 0);
}

void TestLayers::hostileFilesFailWithTheirMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QString bad = QStringLiteral(SAHEL_TEST_DATA_DIR "/bad/");
    QTest::newRow("endless view") << bad + QStringLiteral("recursive-view.gpkg")
                                  << bad +
                                         QStringLiteral("recursive-view.gpkg: holds SQL views (\"endless\")");
    QTest::newRow("repair past its budget")
        << bad + QStringLiteral("self-crossing.geojson")
        << bad +
               QStringLiteral(
                   "self-crossing.geojson: 1 feature(s) with geometry that could not be checked or "
                   "repaired within 1 s skipped (first: feature 0)\n") +
               bad + QStringLiteral("self-crossing.geojson: no feature with a usable geometry");
}

void TestLayers::hostileFilesFailWithTheirMessage()
{
    // The same message as the command line's (the file is read on a worker thread, as every layer is).
    QFETCH(QString, path);
    QFETCH(QString, message);
    LayerListModel *layers = m_controller->layers();
    QSignalSpy failed(layers, &LayerListModel::loadFailed);
    layers->addFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(!layers->loading(), 30000);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(message),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(layers->count(), 0);
}

void TestLayers::csvWithUnknownColumnsAsksForThem()
{
    QSignalSpy asked(m_controller->layers(), &LayerListModel::columnsNeeded);
    addAndWait(fixture("odd-columns.csv"));
    QCOMPARE(asked.count(), 1);
    QVERIFY(asked.first().at(1).toStringList().contains(QStringLiteral("easting_deg")));
    m_controller->layers()->add(asked.first().first().toUrl(), QStringLiteral("easting_deg"),
                                QStringLiteral("northing_deg"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->layers()->loading(), 10000);
    QCOMPARE(m_controller->layers()->count(), 1);
}

void TestLayers::hoverShowsAttributesAndTheMapDrawsTheLayer()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = MainWindowLoader::load(engine, *m_controller);
    QVERIFY(window);
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *canvas = window->findChild<MapCanvas *>(QStringLiteral("mapCanvas"));
    QVERIFY(canvas);
    addAndWait(fixture("mixed.geojson"));
    const Viewport viewport = m_controller->view().viewport();
    // The mine of the fixture, Essakane: hovering it shows its attribute.
    const QPointF mine = viewport.toScreen(LonLat{0.06, 14.38});
    QTest::mouseMove(window, canvas->mapToScene(mine).toPoint());
    QTRY_VERIFY(canvas->hoveredFeatureText().contains(QStringLiteral("name: Essakane")));
    // Drawn: the layer changes the pixels around the mine, and the legend names it.
    MapComposition composition{viewport, {}, FurnitureOptions{}, {}, {}, {}, {}, {}};
    const MapComposer composer;
    const QImage with = PngExporter::renderImage(composer, composition, m_controller->scene());
    MapScene without = m_controller->scene();
    without.userLayers.clear();
    const QImage bare = PngExporter::renderImage(composer, composition, without);
    QVERIFY(with.pixel(mine.toPoint()) != bare.pixel(mine.toPoint()));
    bool named = false;
    for (const LegendItem &item : composer.furniture().legendItems(FrameState{viewport}, m_controller->scene()))
        named = named || item.label == QStringLiteral("mixed");
    QVERIFY(named);
}

QTEST_MAIN(TestLayers)
#include "tst_layers.moc"
