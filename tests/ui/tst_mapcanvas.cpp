// Drives the real QML window with QTest input events and checks the map's viewport.
#include "Atlas.h"
#include "AtlasController.h"
#include "MapCanvas.h"
#include "TestMainWindow.h"
#include "WebMercator.h"

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)

using namespace sahel;

class TestMapCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragPansByTheDraggedDistance();
    void wheelZoomsAroundTheCursor();
    void keysZoomAndHomeFramesTheStory();
    void doubleClickZoomsIn();
    void hoverNamesTheUnitUnderTheCursor();
    void viewIsRememberedForTheNextStart();

private:
    QPointF canvasToWindow(QPointF point) const { return m_main.canvas->mapToScene(point); }
    void waitForAnimation();
    void createWindow();

    TestMainWindow m_main;
};

void TestMapCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

void TestMapCanvas::init()
{
    QSettings().clear(); // each test starts like a first start
    createWindow();
}

void TestMapCanvas::createWindow()
{
    m_main.open({});
    if (QTest::currentTestFailed())
        return;
    m_main.canvas->forceActiveFocus();
}

void TestMapCanvas::cleanup()
{
    m_main.close();
}

void TestMapCanvas::waitForAnimation()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_main.canvas->animating(), 3000);
}

void TestMapCanvas::dragPansByTheDraggedDistance()
{
    const Viewport before = m_main.controller->view().viewport();
    const QPointF start(400, 300);
    const QPointF end(250, 380);
    QTest::mousePress(m_main.window, Qt::LeftButton, {}, canvasToWindow(start).toPoint());
    QTest::mouseMove(m_main.window, canvasToWindow((start + end) / 2).toPoint());
    QTest::mouseMove(m_main.window, canvasToWindow(end).toPoint());
    QTest::mouseRelease(m_main.window, Qt::LeftButton, {}, canvasToWindow(end).toPoint());
    const Viewport after = m_main.controller->view().viewport();
    QCOMPARE(after.zoom(), before.zoom());
    // The ground point that was under the press is now under the release point.
    const QPointF grabbed = before.toProjected(start);
    const QPointF nowUnderEnd = after.toProjected(end);
    QVERIFY2(QLineF(grabbed, nowUnderEnd).length() < 1.5 * after.metresPerPixel(),
             qPrintable(QStringLiteral("moved %1 m").arg(QLineF(grabbed, nowUnderEnd).length())));
}

void TestMapCanvas::wheelZoomsAroundTheCursor()
{
    const Viewport before = m_main.controller->view().viewport();
    const QPointF cursor(300, 250);
    const QPointF ground = before.toProjected(cursor);
    const QPointF windowPoint = canvasToWindow(cursor);
    QWheelEvent wheel(windowPoint, m_main.window->mapToGlobal(windowPoint), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_main.window, &wheel);
    const Viewport after = m_main.controller->view().viewport();
    QCOMPARE(after.zoom(), before.zoom() + 1.0);
    QVERIFY(QLineF(after.toScreen(ground), cursor).length() < 0.5);
}

void TestMapCanvas::keysZoomAndHomeFramesTheStory()
{
    const double startZoom = m_main.canvas->zoom();
    QTest::keyClick(m_main.window, Qt::Key_Plus);
    QCOMPARE(m_main.canvas->zoom(), startZoom + 1.0);
    QTest::keyClick(m_main.window, Qt::Key_Minus);
    QTest::keyClick(m_main.window, Qt::Key_Minus);
    QCOMPARE(m_main.canvas->zoom(), startZoom - 1.0);
    QTest::keyClick(m_main.window, Qt::Key_Right);
    QTest::keyClick(m_main.window, Qt::Key_Home);
    QVERIFY(m_main.canvas->animating());
    waitForAnimation();
    const QRectF home = m_main.controller->atlas().homeBounds();
    const QRectF visible = m_main.controller->view().viewport().visibleBounds();
    QVERIFY2(visible.contains(home), "Home must show the whole AES view");
    QVERIFY(visible.width() < home.width() * 1.6 || visible.height() < home.height() * 1.6);
}

void TestMapCanvas::doubleClickZoomsIn()
{
    const double startZoom = m_main.canvas->zoom();
    QTest::mouseDClick(m_main.window, Qt::LeftButton, {}, canvasToWindow(QPointF(500, 350)).toPoint());
    QCOMPARE(m_main.canvas->zoom(), startZoom + 1.0);
}

void TestMapCanvas::hoverNamesTheUnitUnderTheCursor()
{
    // Tillabéri (Niger), a unit of the tri-border zone.
    const QPointF target = m_main.controller->view().viewport().toScreen(LonLat{1.45, 14.5});
    QTest::mouseMove(m_main.window, canvasToWindow(target).toPoint());
    QTRY_VERIFY(m_main.canvas->hoveredPlace().contains(QStringLiteral("Tillabéri")));
    QVERIFY(m_main.canvas->hoveredPlace().startsWith(QStringLiteral("Niger")));
    QCOMPARE(m_main.controller->view().hoveredUnit(), QStringLiteral("NE-6"));
    QVERIFY(m_main.canvas->cursorPosition().contains(QStringLiteral("N")));
}

void TestMapCanvas::viewIsRememberedForTheNextStart()
{
    m_main.controller->view().setView(WebMercator::project({1.0, 15.0}), 7.25);
    const QPointF centre = m_main.controller->view().viewport().centre();
    cleanup(); // the controller writes the pending view when it goes
    createWindow();
    QCOMPARE(m_main.canvas->zoom(), 7.25);
    QVERIFY(QLineF(m_main.controller->view().viewport().centre(), centre).length() < 1.0);
}

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
