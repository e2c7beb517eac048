// Drives presentation mode in the real QML window with key and mouse events, and checks slides,
// the map's framing, the overlay's type size and what Esc restores.
#include "Atlas.h"
#include "AtlasController.h"
#include "MainWindowLoader.h"
#include "MapCanvas.h"
#include "MapStyle.h"
#include "PresentationController.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)

using namespace sahel;

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void f5StartsOnTheTitleSlideFullScreen();
    void keysMoveThroughTheFacts_data();
    void keysMoveThroughTheFacts();
    void endsDoNotWrapRound();
    void everyFactSlideFramesItsPlaces();
    void numberThenEnterJumps();
    void blackAndWhiteScreens();
    void escRestoresWindowViewAndSelection();
    void shiftF5StartsAtTheSelectedFact();
    void tapsAndSwipesTurnSlides();
    void factTextIsLargeEnough();
    void screenshotShowsTheOverlay();
    void noHoverWhilePresenting();
    void screenshotHasNoHoverOutline();

private:
    PresentationController *presentation() const { return m_controller->presentation(); }
    QStringList factOrder() const;
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void waitForFlight() const;

    std::unique_ptr<AtlasController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    MapCanvas *m_canvas = nullptr;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindowLoader::prepareApplication();
}

void TestPresentation::init()
{
    QSettings().clear();
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
    m_controller = std::make_unique<AtlasController>(std::move(load.atlas));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_window = MainWindowLoader::load(*m_engine, *m_controller);
    QVERIFY(m_window);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_canvas = m_window->findChild<MapCanvas *>(QStringLiteral("mapCanvas"));
    QVERIFY(m_canvas);
    QTRY_VERIFY(m_canvas->width() > 400);
    m_canvas->forceActiveFocus();
}

void TestPresentation::cleanup()
{
    m_engine.reset();
    m_controller.reset();
    m_window = nullptr;
    m_canvas = nullptr;
}

QStringList TestPresentation::factOrder() const
{
    QStringList ids;
    for (const Fact *fact : m_controller->atlas().story.orderedFacts())
        ids.append(fact->id);
    return ids;
}

void TestPresentation::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_window, key, modifiers);
}

void TestPresentation::waitForFlight() const
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_canvas->animating(), 4000);
}

void TestPresentation::f5StartsOnTheTitleSlideFullScreen()
{
    press(Qt::Key_F5);
    QVERIFY(presentation()->isActive());
    QCOMPARE(presentation()->index(), 0);
    QCOMPARE(presentation()->slideKind(), PresentationController::SlideKind::Title);
    QCOMPARE(presentation()->count(), factOrder().size() + 2);
    QTRY_COMPARE(m_window->visibility(), QWindow::FullScreen);
    QVERIFY(m_canvas->presenting());
}

void TestPresentation::keysMoveThroughTheFacts_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("expectedIndex");
    QTest::newRow("right") << QList<int>{Qt::Key_Right} << 1;
    QTest::newRow("down, space, page down") << QList<int>{Qt::Key_Down, Qt::Key_Space, Qt::Key_PageDown} << 3;
    QTest::newRow("enter") << QList<int>{Qt::Key_Return, Qt::Key_Enter} << 2;
    QTest::newRow("forward then back")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Left, Qt::Key_Up} << 1;
    QTest::newRow("page up, backspace")
        << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageUp, Qt::Key_Backspace}
        << 1;
    QTest::newRow("end then home") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
}

void TestPresentation::keysMoveThroughTheFacts()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, expectedIndex);
    press(Qt::Key_F5);
    for (int key : keys)
        press(static_cast<Qt::Key>(key));
    QCOMPARE(presentation()->index(), expectedIndex);
    const QString expectedFact = expectedIndex >= 1 ? factOrder().at(expectedIndex - 1) : QString();
    QCOMPARE(presentation()->factId(), expectedFact);
    QCOMPARE(m_controller->selectedFactId(), expectedFact);
}

void TestPresentation::endsDoNotWrapRound()
{
    press(Qt::Key_F5);
    press(Qt::Key_Left);
    QCOMPARE(presentation()->index(), 0);
    press(Qt::Key_End);
    const int last = presentation()->count() - 1;
    QCOMPARE(presentation()->index(), last);
    QCOMPARE(presentation()->slideKind(), PresentationController::SlideKind::Closing);
    press(Qt::Key_Right);
    press(Qt::Key_Space);
    QCOMPARE(presentation()->index(), last);
    press(Qt::Key_Left);
    QCOMPARE(presentation()->index(), last - 1);
    QCOMPARE(presentation()->factId(), factOrder().constLast());
}

void TestPresentation::everyFactSlideFramesItsPlaces()
{
    press(Qt::Key_F5);
    const QStringList facts = factOrder();
    for (int i = 0; i < facts.size(); ++i) {
        press(Qt::Key_Right);
        waitForFlight();
        const auto bounds = m_controller->boundsForFact(facts.at(i));
        QVERIFY(bounds);
        // What the overlay leaves of the map must show the fact's places.
        const Viewport &viewport = m_controller->view().viewport();
        const QRectF free(viewport.toProjected(QPointF(0, 0)),
                          viewport.toProjected(QPointF(m_canvas->width(), m_canvas->height() - m_canvas->bottomInset())));
        QVERIFY2(free.normalized().adjusted(-1, -1, 1, 1).contains(*bounds),
                 qPrintable(QStringLiteral("slide %1 (%2) does not show its places").arg(i + 1).arg(facts.at(i))));
    }
}

void TestPresentation::numberThenEnterJumps()
{
    press(Qt::Key_F5);
    press(Qt::Key_1);
    press(Qt::Key_2);
    QCOMPARE(presentation()->typedNumber(), QStringLiteral("12"));
    QCOMPARE(presentation()->index(), 0); // nothing moves until Enter
    press(Qt::Key_Return);
    QCOMPARE(presentation()->index(), 12);
    QCOMPARE(presentation()->factId(), factOrder().at(11));
    QVERIFY(presentation()->typedNumber().isEmpty());
    press(Qt::Key_3);
    press(Qt::Key_Escape); // cancels the number, stays in the presentation
    QVERIFY(presentation()->isActive());
    QCOMPARE(presentation()->index(), 12);
}

void TestPresentation::blackAndWhiteScreens()
{
    press(Qt::Key_F5);
    auto *blank = m_window->findChild<QQuickItem *>(QStringLiteral("blankScreen"));
    QVERIFY(blank);
    QVERIFY(!blank->isVisible());
    press(Qt::Key_B);
    QCOMPARE(presentation()->blank(), PresentationController::Blank::Black);
    QVERIFY(blank->isVisible());
    press(Qt::Key_B);
    QCOMPARE(presentation()->blank(), PresentationController::Blank::None);
    press(Qt::Key_W);
    QCOMPARE(presentation()->blank(), PresentationController::Blank::White);
    press(Qt::Key_Right); // the first key only brings the picture back
    QCOMPARE(presentation()->blank(), PresentationController::Blank::None);
    QCOMPARE(presentation()->index(), 0);
}

void TestPresentation::escRestoresWindowViewAndSelection()
{
    const QString selected = factOrder().at(4);
    m_controller->selectFact(selected);
    waitForFlight();
    const double zoom = m_canvas->zoom();
    const double lon = m_canvas->centreLon();
    const double lat = m_canvas->centreLat();
    const QWindow::Visibility visibility = m_window->visibility();
    press(Qt::Key_F5);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    waitForFlight();
    QVERIFY(m_controller->selectedFactId() != selected);
    press(Qt::Key_Escape);
    QVERIFY(!presentation()->isActive());
    QTRY_COMPARE(m_window->visibility(), visibility);
    QCOMPARE(m_controller->selectedFactId(), selected);
    waitForFlight();
    QTRY_VERIFY(std::abs(m_canvas->zoom() - zoom) < 1e-6);
    QVERIFY(std::abs(m_canvas->centreLon() - lon) < 1e-6);
    QVERIFY(std::abs(m_canvas->centreLat() - lat) < 1e-6);
    QVERIFY(!m_canvas->presenting());
}

void TestPresentation::shiftF5StartsAtTheSelectedFact()
{
    const QString selected = factOrder().at(6);
    m_controller->selectFact(selected);
    press(Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(presentation()->isActive());
    QCOMPARE(presentation()->index(), 7);
    QCOMPARE(presentation()->factId(), selected);
}

void TestPresentation::tapsAndSwipesTurnSlides()
{
    press(Qt::Key_F5);
    QTRY_VERIFY(m_canvas->width() > 600);
    const auto at = [this](double fx, double fy) {
        return m_canvas->mapToScene(QPointF(m_canvas->width() * fx, m_canvas->height() * fy)).toPoint();
    };
    QTest::mouseClick(m_window, Qt::LeftButton, {}, at(0.9, 0.3));
    QTRY_COMPARE(presentation()->index(), 1);
    QTest::mouseClick(m_window, Qt::LeftButton, {}, at(0.9, 0.3), 400); // after the double-click interval
    QTRY_COMPARE(presentation()->index(), 2);
    QTest::mouseClick(m_window, Qt::LeftButton, {}, at(0.1, 0.3), 400);
    QTRY_COMPARE(presentation()->index(), 1);
    QTest::mouseClick(m_window, Qt::LeftButton, {}, at(0.5, 0.3), 400); // the middle third does nothing
    QTest::qWait(50);
    QCOMPARE(presentation()->index(), 1);
    // A swipe to the left turns to the next slide.
    QTest::mousePress(m_window, Qt::LeftButton, {}, at(0.7, 0.3), 400);
    QTest::mouseMove(m_window, at(0.5, 0.31));
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, at(0.3, 0.31));
    QTRY_COMPARE(presentation()->index(), 2);
    // Holding the button shows the spotlight and turns nothing.
    QTest::mousePress(m_window, Qt::LeftButton, {}, at(0.5, 0.3), 400);
    QTRY_VERIFY(m_canvas->spotlightVisible());
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, at(0.5, 0.3));
    QVERIFY(!m_canvas->spotlightVisible());
    QCOMPARE(presentation()->index(), 2);
}

void TestPresentation::factTextIsLargeEnough()
{
    press(Qt::Key_F5);
    press(Qt::Key_Right);
    auto *text = m_window->findChild<QQuickItem *>(QStringLiteral("slideText"));
    QVERIFY(text);
    QTRY_VERIFY(text->isVisible());
    const int pixelSize = text->property("font").value<QFont>().pixelSize();
    QVERIFY2(pixelSize >= 0.04 * m_window->height(),
             qPrintable(QStringLiteral("%1 px on a %2 px screen").arg(pixelSize).arg(m_window->height())));
    QVERIFY(!text->property("text").toString().isEmpty());
}

void TestPresentation::screenshotShowsTheOverlay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slide.png"));
    const QString fact = QStringLiteral("unified-force");
    QProcess process;
    process.start(QStringLiteral(SAHEL_EXECUTABLE),
                  {QStringLiteral("--screenshot"), path, QStringLiteral("--present"),
                   QStringLiteral("--fact"), fact, QStringLiteral("--size"), QStringLiteral("1200x800")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QImage image(path);
    QCOMPARE(image.size(), QSize(1200, 800));
    // The fact panel: a dark backdrop across the lower part, with light text on it.
    int dark = 0;
    int light = 0;
    for (int x = 100; x < 1100; x += 4) {
        for (int y = 560; y < 780; y += 4) {
            const QColor c = image.pixelColor(x, y);
            if (c.lightness() < 50)
                ++dark;
            else if (c.lightness() > 200)
                ++light;
        }
    }
    QVERIFY2(dark > 5000, qPrintable(QString::number(dark)));
    QVERIFY2(light > 100, qPrintable(QString::number(light)));
    // No story panel and no menu bar: the top-left corner is map, not window chrome.
    QVERIFY(image.pixelColor(5, 5).lightness() > 150);
}

void TestPresentation::noHoverWhilePresenting()
{
    const auto moveTo = [this](LonLat position) {
        QTest::mouseMove(m_window,
                         m_canvas->mapToScene(m_controller->view().viewport().toScreen(position)).toPoint());
    };
    // What a frame draws, and what the tooltips and status line say.
    const auto hoverShown = [this] {
        return !m_controller->view().frameState().hoveredUnit.isEmpty() ||
               !m_canvas->hoveredPlace().isEmpty() || !m_canvas->hoveredRegionText().isEmpty();
    };
    // In the window, hovering Mali highlights the unit under the cursor...
    moveTo({-4.0, 17.0});
    QTRY_VERIFY(!m_controller->view().frameState().hoveredUnit.isEmpty());
    QVERIFY(!m_canvas->hoveredPlace().isEmpty());
    // ... a slide shows none, and the resting or moving mouse brings none back (the tri-border zone's
    // tooltip included).
    press(Qt::Key_F5);
    QVERIFY(m_canvas->presenting());
    QVERIFY(!hoverShown());
    moveTo({2.0, 13.0});
    moveTo({-1.0, 12.0});
    moveTo(m_controller->atlas().scene.region(QStringLiteral("tripoint"))->position);
    QCoreApplication::processEvents();
    QVERIFY(!hoverShown());
    // Back in the window, hover works again.
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_canvas->presenting());
    moveTo({-4.0, 17.0});
    QTRY_VERIFY(!m_controller->view().frameState().hoveredUnit.isEmpty());
}

void TestPresentation::screenshotHasNoHoverOutline()
{
    QTemporaryDir dir;
    for (const bool present : {false, true}) {
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QStringList arguments{QStringLiteral("--screenshot"), path, QStringLiteral("--size"),
                              QStringLiteral("1200x800")};
        if (present)
            arguments.append(QStringLiteral("--present"));
        QProcess process;
        process.start(QStringLiteral(SAHEL_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1200, 800));
        // The hover outline is the only thing drawn in the highlight blue itself when no fact is chosen
        // (water names are a lighter blue).
        const QColor highlight = MapStyle::standard().highlight;
        int blue = 0;
        for (int y = 40; y < 760; ++y) {
            for (int x = 0; x < 760; ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - highlight.red()) + std::abs(c.green() - highlight.green()) +
                        std::abs(c.blue() - highlight.blue()) <
                    16)
                    ++blue;
            }
        }
        QVERIFY2(blue < 40,
                 qPrintable(QStringLiteral("%1 highlight pixels (presenting: %2)").arg(blue).arg(present)));
    }
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
