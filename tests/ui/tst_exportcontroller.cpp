// The export dialog's controller in the real window: remembered choices, the file equal to what the
// canvas shows, handout progress, clear errors, and a window that stays responsive meanwhile.
#include "Atlas.h"
#include "AtlasController.h"
#include "ExportController.h"
#include "ExportPreview.h"
#include "MapCanvas.h"
#include "MapExporter.h"
#include "PngExporter.h"
#include "TestMainWindow.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cmath>
#include <thread>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)

using namespace sahel;

namespace {

/// Empty when at most maxPixels pixels differ, none by more than maxDelta in a channel; else what
/// differs, with the image written to name.actual.png for a look.
QString difference(const QImage &actual, const QImage &expected, int maxDelta, int maxPixels,
                   const QString &name)
{
    if (actual.size() != expected.size())
        return QStringLiteral("size %1x%2, expected %3x%4")
            .arg(actual.width())
            .arg(actual.height())
            .arg(expected.width())
            .arg(expected.height());
    int pixels = 0;
    int worst = 0;
    for (int y = 0; y < actual.height(); ++y) {
        for (int x = 0; x < actual.width(); ++x) {
            const QRgb a = actual.pixel(x, y);
            const QRgb e = expected.pixel(x, y);
            if (a == e)
                continue;
            ++pixels;
            worst = std::max({worst, std::abs(qRed(a) - qRed(e)), std::abs(qGreen(a) - qGreen(e)),
                              std::abs(qBlue(a) - qBlue(e))});
        }
    }
    if (pixels <= maxPixels && worst <= maxDelta)
        return {};
    actual.save(name + QStringLiteral(".actual.png"));
    return QStringLiteral("%1 pixels differ, by up to %2 (see %3.actual.png)")
        .arg(pixels)
        .arg(worst)
        .arg(name);
}

} // namespace

class TestExportController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void choicesAreRememberedByTheNextController();
    void oneShotRunsIgnoreRememberedChoices();
    void sizePresetsSetSizeAndResolution();
    void pngIsWhatTheCanvasShows();
    void handoutReportsProgressAndHasAPagePerFact();
    void missingFolderFailsNamingTheFileAndWritesNothing();
    void windowStaysResponsiveWhileExporting();
    void copyMapPutsTheViewOnTheClipboard();
    void screenshotSavesTheWholeWindow();
    void ctrlEOpensTheDialogWithAPreviewOfTheChosenShape();
    void furnitureOnScreenIsDrawnAndRemembered();

private:
    void createWindow();
    /// Runs an export to path and waits for its end; returns the failure message, empty on success.
    QString exportTo(const QString &path);
    ExportController *exporter() const { return m_main.controller->exporter(); }

    TestMainWindow m_main;
    QTemporaryDir m_dir;
};

void TestExportController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QVERIFY(m_dir.isValid());
}

void TestExportController::init()
{
    QSettings().clear();
    createWindow();
}

void TestExportController::createWindow()
{
    m_main.open({});
    if (QTest::currentTestFailed())
        return;
    // The exporter reads the window's one map view: exports frame the view on screen.
    QCOMPARE(&exporter()->view(), &m_main.controller->view());
}

void TestExportController::cleanup()
{
    m_main.close();
}

QString TestExportController::exportTo(const QString &path)
{
    QSignalSpy finished(exporter(), &ExportController::finished);
    QSignalSpy failed(exporter(), &ExportController::failed);
    exporter()->start(QUrl::fromLocalFile(path));
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000))
        return QStringLiteral("timed out");
    if (!failed.isEmpty())
        return failed.constFirst().constFirst().toString();
    if (finished.constFirst().constFirst().toString() != path)
        return QStringLiteral("finished with another path: ") + finished.constFirst().constFirst().toString();
    return {};
}

void TestExportController::choicesAreRememberedByTheNextController()
{
    exporter()->setFormat(ExportController::Format::Pdf);
    exporter()->setPageFormat(ExportController::PageFormat::Letter);
    exporter()->setPortrait(true);
    exporter()->setFurnitureLegend(false);
    exporter()->setFurnitureInset(false);
    exporter()->setWidth(1234);
    exporter()->setDpi(150);
    exporter()->setWorldFile(true);
    const QString path = m_dir.filePath(QStringLiteral("choices.pdf"));
    exporter()->setPath(path);
    cleanup();
    createWindow();

    const ExportController &next = *exporter();
    QCOMPARE(next.format(), ExportController::Format::Pdf);
    QCOMPARE(next.pageFormat(), ExportController::PageFormat::Letter);
    QVERIFY(next.portrait());
    QVERIFY(!next.furnitureLegend());
    QVERIFY(!next.furnitureInset());
    QVERIFY(next.furnitureTitle());
    QCOMPARE(next.width(), 1234);
    QCOMPARE(next.dpi(), 150);
    QCOMPARE(next.sizePreset(), ExportController::SizePreset::Custom);
    QVERIFY(next.worldFile());
    QCOMPARE(next.path(), path);
    // The PDF and the handout keep their own orientation.
    exporter()->setFormat(ExportController::Format::Handout);
    QVERIFY(exporter()->portrait());
    exporter()->setPortrait(false);
    exporter()->setFormat(ExportController::Format::Pdf);
    QVERIFY(exporter()->portrait());
}

void TestExportController::oneShotRunsIgnoreRememberedChoices()
{
    exporter()->setFormat(ExportController::Format::Svg);
    exporter()->setFurnitureTitle(false);
    AtlasLoad load = AtlasLoader::load();
    QVERIFY(load.atlas);
    AtlasController oneShot(std::move(load.atlas), false);
    QCOMPARE(oneShot.exporter()->format(), ExportController::Format::Png);
    QVERIFY(oneShot.exporter()->furniture() == FurnitureOptions());
    oneShot.exporter()->setFormat(ExportController::Format::GeoJson);
    QCOMPARE(QSettings().value(QStringLiteral("export/format")).toInt(),
             static_cast<int>(ExportController::Format::Svg));
}

void TestExportController::sizePresetsSetSizeAndResolution()
{
    QSignalSpy changed(exporter(), &ExportController::optionsChanged);
    exporter()->setSizePreset(ExportController::SizePreset::A4At300);
    QCOMPARE(QSize(exporter()->width(), exporter()->height()), QSize(3508, 2480));
    QCOMPARE(exporter()->dpi(), 300);
    QVERIFY(!changed.isEmpty());
    // A4 at 300 dpi is laid out like A4 on a 96 dpi screen, only sharper.
    QCOMPARE(exporter()->sheetSize().toSize(), QSize(1123, 794));
    exporter()->setSizePreset(ExportController::SizePreset::UltraHd);
    QCOMPARE(QSize(exporter()->width(), exporter()->height()), QSize(3840, 2160));
    exporter()->setHeight(2000);
    QCOMPARE(exporter()->sizePreset(), ExportController::SizePreset::Custom);
    exporter()->setWidth(100000);
    QCOMPARE(exporter()->width(), PngExporter::maxSide);
}

void TestExportController::pngIsWhatTheCanvasShows()
{
    // A selected fact, then a view of the user's own: the export follows the screen, not the fact.
    const QString factId = m_main.controller->atlas().story.orderedFacts().constFirst()->id;
    m_main.controller->selectFact(factId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_main.canvas->animating(), 5000);
    m_main.canvas->zoomAround(QPointF(300, 200), 0.5);
    const Viewport screen = m_main.controller->view().viewport();
    const QSize size = screen.size().toSize();
    exporter()->setFormat(ExportController::Format::Png);
    exporter()->setWidth(size.width());
    exporter()->setHeight(size.height());
    exporter()->setDpi(96);

    const QString path = m_dir.filePath(QStringLiteral("view.png"));
    QCOMPARE(exportTo(path), QString());
    const QImage exported = QImage(path).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(exported.size(), size);

    // The same composition through the same renderer gives the same pixels.
    const Atlas &atlas = m_main.controller->atlas();
    const ExportRequest request = exporter()->request();
    QCOMPARE(request.factId, factId);
    const MapComposition composition = MapExporter::composition(atlas, request, QSizeF(size));
    QVERIFY(!composition.subtitle.isEmpty());
    const QRectF framed = composition.viewport.visibleBounds();
    const QRectF shown = screen.visibleBounds();
    QVERIFY2(std::abs(framed.left() - shown.left()) < 1e-3 * screen.metresPerPixel() &&
                 std::abs(framed.bottom() - shown.bottom()) < 1e-3 * screen.metresPerPixel() &&
                 std::abs(framed.width() - shown.width()) < 1e-3 * screen.metresPerPixel(),
             "the export must frame exactly the canvas's view");
    const MapComposer composer;
    const MapScene &scene = atlas.scene;
    const auto render = [&composer, &scene](const MapComposition &c) {
        return PngExporter::renderImage(composer, c, scene).convertToFormat(QImage::Format_RGB32);
    };
    // Drawn on a worker thread, as the export was: pixel for pixel the file.
    QImage threaded;
    std::thread worker([&] { threaded = render(composition); });
    worker.join();
    QVERIFY2(threaded == exported,
             qPrintable(difference(threaded, exported, 0, 0, QStringLiteral("exported-vs-threaded"))));
    // On the GUI thread, where the canvas paints, glyphs can be anti-aliased a level or two apart:
    // allow that much and no more, for the composition and for the canvas's own viewport.
    const QString guiDifference =
        difference(render(composition), exported, 3, 200, QStringLiteral("exported-vs-gui"));
    QVERIFY2(guiDifference.isEmpty(), qPrintable(guiDifference));
    Viewport canvasView = screen;
    canvasView.setDevicePixelRatio(1.0);
    const QString canvasDifference =
        difference(render(MapExporter::viewComposition(atlas, factId, canvasView, exporter()->furniture())),
                   exported, 3, 200, QStringLiteral("exported-vs-canvas"));
    QVERIFY2(canvasDifference.isEmpty(), qPrintable(canvasDifference));

    // And what the canvas itself put on the screen, furniture on, once the view has settled: the window's
    // pixels under the map (its zoom buttons at the right edge and the "Saved" note at the bottom left out)
    // are the file's.
    exporter()->setFurnitureOnScreen(true);
    m_main.controller->view().clearHover();
    QTRY_VERIFY(!m_main.controller->view().isMoving());
    QTest::qWait(50);
    const QImage window = m_main.window->grabWindow().convertToFormat(QImage::Format_RGB32);
    const double windowRatio = window.devicePixelRatio();
    QCOMPARE(windowRatio, 1.0);
    const QPoint origin = m_main.canvas->mapToScene(QPointF(0, 0)).toPoint();
    const QRect compared(0, 0, size.width() - 80, size.height() - 70);
    const QImage onScreen = window.copy(compared.translated(origin));
    const QString screenDifference =
        difference(onScreen, exported.copy(compared), 3, 300, QStringLiteral("exported-vs-screen"));
    QVERIFY2(screenDifference.isEmpty(), qPrintable(screenDifference));
    exporter()->setFurnitureOnScreen(false);
}

void TestExportController::handoutReportsProgressAndHasAPagePerFact()
{
    exporter()->setFormat(ExportController::Format::Handout);
    QList<double> progress;
    connect(exporter(), &ExportController::progressChanged, this,
            [this, &progress] { progress.append(exporter()->progress()); });
    const QString path = m_dir.filePath(QStringLiteral("handout.pdf"));
    QCOMPARE(exportTo(path), QString());
    QVERIFY(progress.size() >= 2);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.constLast(), 1.0);
    QVERIFY(progress.constFirst() < 1.0);

    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(pdfinfo.waitForFinished(30000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(match.hasMatch(), qPrintable(info));
    QCOMPARE(match.captured(1).toInt(), static_cast<int>(m_main.controller->atlas().story.facts.size()) + 1);
}

void TestExportController::missingFolderFailsNamingTheFileAndWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/map.png"));
    const QString message = exportTo(path);
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
    QVERIFY(!exporter()->busy());
}

void TestExportController::windowStaysResponsiveWhileExporting()
{
    exporter()->setFormat(ExportController::Format::Handout);
    QSignalSpy busy(exporter(), &ExportController::busyChanged);
    QSignalSpy finished(exporter(), &ExportController::finished);
    bool tickedWhileBusy = false;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] { tickedWhileBusy = tickedWhileBusy || exporter()->busy(); });
    tick.start();
    exporter()->start(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("responsive.pdf"))));
    // start() returns at once: the pages are drawn on another thread.
    QVERIFY(exporter()->busy());
    QCOMPARE(busy.size(), 1);
    QVERIFY(exporter()->cancellable());
    QVERIFY(finished.wait(120000));
    QVERIFY(tickedWhileBusy);
    QVERIFY(!exporter()->busy());

    // And a handout can be stopped; nothing is written then.
    QSignalSpy failed(exporter(), &ExportController::failed);
    const QString stopped = m_dir.filePath(QStringLiteral("stopped.pdf"));
    exporter()->start(QUrl::fromLocalFile(stopped));
    exporter()->cancel();
    QVERIFY(failed.wait(120000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(stopped));
    QVERIFY(!QFileInfo::exists(stopped));
}

void TestExportController::copyMapPutsTheViewOnTheClipboard()
{
    QVERIFY(exporter()->copyMap());
    const QImage copied = QGuiApplication::clipboard()->image();
    const double dpr = m_main.controller->view().viewport().devicePixelRatio();
    QCOMPARE(copied.size(), (m_main.controller->view().viewport().size() * dpr).toSize());
}

void TestExportController::screenshotSavesTheWholeWindow()
{
    QSignalSpy finished(exporter(), &ExportController::finished);
    const QString path = m_dir.filePath(QStringLiteral("window"));
    exporter()->saveScreenshot(m_main.window, QUrl::fromLocalFile(path));
    QCOMPARE(finished.size(), 1);
    const QImage image(path + QStringLiteral(".png"));
    QCOMPARE(image.size(), m_main.window->size() * m_main.window->effectiveDevicePixelRatio());

    QSignalSpy failed(exporter(), &ExportController::failed);
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/window.png"));
    exporter()->saveScreenshot(m_main.window, QUrl::fromLocalFile(missing));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(missing));
}

void TestExportController::ctrlEOpensTheDialogWithAPreviewOfTheChosenShape()
{
    QTest::keyClick(m_main.window, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = m_main.window->findChild<QObject *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    auto *preview = m_main.window->findChild<ExportPreview *>(QStringLiteral("exportPreview"));
    QVERIFY(preview);
    QTRY_VERIFY(!preview->sheetRect().isEmpty());
    const auto aspect = [preview] { return preview->sheetRect().width() / preview->sheetRect().height(); };
    QVERIFY(std::abs(aspect() - 1920.0 / 1080.0) < 0.02);
    exporter()->setFormat(ExportController::Format::Handout);
    QTRY_VERIFY(std::abs(aspect() - 210.0 / 297.0) < 0.02); // A4 portrait
    exporter()->setFormat(ExportController::Format::Pdf);
    QTRY_VERIFY(std::abs(aspect() - 297.0 / 210.0) < 0.02);
    // The preview paints the map: not a blank sheet.
    const QImage grab = m_main.window->grabWindow();
    const QRectF sheet = preview->mapRectToScene(preview->sheetRect());
    const QColor centre =
        grab.pixelColor(sheet.center().toPoint() * m_main.window->effectiveDevicePixelRatio());
    QVERIFY(centre != QColor(Qt::white));

    // Clicks change the choice, and the buttons follow the choice of each format afterwards.
    auto *landscape = m_main.window->findChild<QQuickItem *>(QStringLiteral("orientationLandscape"));
    auto *portrait = m_main.window->findChild<QQuickItem *>(QStringLiteral("orientationPortrait"));
    QVERIFY(landscape && portrait);
    const auto click = [this](QQuickItem *item) {
        QTest::mouseClick(m_main.window, Qt::LeftButton, {},
                          item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
    };
    click(portrait);
    QTRY_VERIFY(exporter()->portrait());
    exporter()->setFormat(ExportController::Format::Handout);
    click(landscape);
    QTRY_VERIFY(!exporter()->portrait());
    exporter()->setFormat(ExportController::Format::Pdf);
    QVERIFY(exporter()->portrait());
    QVERIFY(portrait->property("checked").toBool());
    QVERIFY(!landscape->property("checked").toBool());
    exporter()->setFormat(ExportController::Format::Handout);
    QVERIFY(landscape->property("checked").toBool());
    QVERIFY(!portrait->property("checked").toBool());

    QTest::keyClick(m_main.window, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->property("visible").toBool());
}

void TestExportController::furnitureOnScreenIsDrawnAndRemembered()
{
    QVERIFY(!m_main.canvas->showFurniture());
    const QImage bare = m_main.window->grabWindow();
    exporter()->setFurnitureOnScreen(true);
    QVERIFY(m_main.canvas->showFurniture());
    QTRY_VERIFY(m_main.window->grabWindow() != bare);
    cleanup();
    createWindow();
    QVERIFY(exporter()->furnitureOnScreen());
    QVERIFY(m_main.canvas->showFurniture());
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
