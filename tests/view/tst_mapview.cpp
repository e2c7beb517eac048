#include "Atlas.h"
#include "MapView.h"
#include "WebMercator.h"

#include <QLineF>
#include <QSignalSpy>
#include <QTest>

using namespace sahel;

/// MapView without a window: the viewport, the fly-to stepped on a manual clock, the zoom limits,
/// hover, glow and selection, and snapshots.
class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        AtlasLoad load = AtlasLoader::load();
        QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
        m_atlas = std::shared_ptr<const Atlas>(std::move(load.atlas));
    }

    void firstSizeFramesHome()
    {
        MapView view(m_atlas, &m_clock);
        QVERIFY(!view.hasSize());
        view.setSize({1200, 800});
        QVERIFY(view.hasSize());
        QVERIFY(view.viewport().visibleBounds().adjusted(-1, -1, 1, 1).contains(m_atlas->homeBounds()));
    }

    void viewSetBeforeSizeIsKept()
    {
        MapView view(m_atlas, &m_clock);
        const QPointF niamey = WebMercator::project({2.11, 13.51});
        view.setView(niamey, 7.0);
        view.setSize({1200, 800});
        QCOMPARE(view.viewport().zoom(), 7.0);
        QVERIFY(QLineF(view.viewport().centre(), niamey).length() < 1.0);
    }

    void flightIsSteppedByTheClock()
    {
        ManualClock clock;
        MapView view(m_atlas, &clock);
        view.setSize({1200, 800});
        const Viewport start = view.viewport();
        QSignalSpy animating(&view, &MapView::animatingChanged);
        const QRectF niger = m_atlas->scene.geo->country(QStringLiteral("NE"))->shape.bounds();
        view.flyTo(niger);
        QVERIFY(view.isAnimating());
        QCOMPARE(animating.count(), 1);
        view.advanceAnimation(); // no time has passed: still where it was
        QCOMPARE(view.viewport().centre(), start.centre());
        clock.advance(MapView::flightMs / 2);
        view.advanceAnimation();
        QVERIFY(view.isAnimating());
        QVERIFY(view.isMoving());
        QVERIFY(view.viewport().centre() != start.centre());
        clock.advance(MapView::flightMs);
        view.advanceAnimation();
        QVERIFY(!view.isAnimating());
        QVERIFY(!view.isMoving()); // the last frame is exact
        QCOMPARE(animating.count(), 2);
        QVERIFY(view.viewport().visibleBounds().adjusted(-1, -1, 1, 1).contains(niger));
    }

    void inputStopsAFlight()
    {
        ManualClock clock;
        MapView view(m_atlas, &clock);
        view.setSize({1200, 800});
        view.goHome();
        QVERIFY(view.isAnimating());
        view.panBy({10, 0});
        QVERIFY(!view.isAnimating());
    }

    void flightsWaitForASize()
    {
        ManualClock clock;
        MapView view(m_atlas, &clock);
        const QRectF mali = m_atlas->scene.geo->country(QStringLiteral("ML"))->shape.bounds();
        view.flyTo(mali);
        QVERIFY(!view.isAnimating());
        view.setSize({1000, 700});
        QVERIFY(view.isAnimating());
    }

    void insetsFrameInWhatIsLeft()
    {
        ManualClock clock;
        MapView view(m_atlas, &clock);
        view.setSize({1200, 800});
        view.setInsets(QMarginsF(0, 0, 200, 300));
        const QRectF burkina = m_atlas->scene.geo->country(QStringLiteral("BF"))->shape.bounds();
        view.flyTo(burkina);
        clock.advance(MapView::flightMs);
        view.advanceAnimation();
        const QPointF centre = view.viewport().toScreen(burkina.center());
        QVERIFY2(centre.y() < 250 + 20 && centre.y() > 250 - 20, qPrintable(QString::number(centre.y())));
        QVERIFY2(centre.x() < 500 + 20 && centre.x() > 500 - 20, qPrintable(QString::number(centre.x())));
        const QRectF free(0, 0, 1000, 500);
        const QRectF drawn(view.viewport().toScreen(burkina.topLeft()),
                           view.viewport().toScreen(burkina.bottomRight()));
        QVERIFY(free.contains(drawn.normalized()));
    }

    void homeViewAvoidsTheInsets()
    {
        MapView view(m_atlas, &m_clock);
        view.setInsets(QMarginsF(0, 0, 80, 0));
        view.setSize({1200, 800});
        const QRectF home = m_atlas->homeBounds();
        const QRectF drawn =
            QRectF(view.viewport().toScreen(home.topLeft()), view.viewport().toScreen(home.bottomRight()))
                .normalized();
        QVERIFY2(drawn.right() <= 1200 - 80 + 0.5, qPrintable(QString::number(drawn.right())));
        QVERIFY(drawn.left() >= 0);
    }

    void zoomLimitsAreAnInput()
    {
        MapView view(m_atlas, &m_clock);
        view.setSize({1200, 800});
        view.setView(view.viewport().centre(), 3.0);
        view.setZoomLimits(4.0, 6.0);
        QCOMPARE(view.viewport().zoom(), 4.0);
        view.zoomBy(5.0);
        QCOMPARE(view.viewport().zoom(), 6.0);
        view.resetZoomLimits();
        view.zoomBy(1.0);
        QCOMPARE(view.viewport().zoom(), 7.0);
    }

    void hoverFindsUnitAndRegion()
    {
        MapView view(m_atlas, &m_clock);
        view.setSize({1200, 800});
        QSignalSpy frames(&view, &MapView::frameChanged);
        const QPointF niamey = view.viewport().toScreen(LonLat{2.11, 13.51});
        view.hoverAt(niamey);
        QCOMPARE(view.hoveredUnit().left(3), QStringLiteral("NE-"));
        QCOMPARE(view.frameState().hoveredUnit, view.hoveredUnit());
        QVERIFY(frames.count() >= 1);
        const int before = static_cast<int>(frames.count());
        view.hoverAt(niamey); // the same place: nothing to redraw
        QCOMPARE(frames.count(), before);
        view.setHoverSuspended(true);
        QVERIFY(view.frameState().hoveredUnit.isEmpty());
        view.hoverAt(niamey);
        QVERIFY(view.frameState().hoveredUnit.isEmpty());
        view.setHoverSuspended(false);
        view.clearHover();
        QVERIFY(view.hoveredUnit().isEmpty());
    }

    void selectionAndGlow()
    {
        MapView view(m_atlas, &m_clock);
        view.setSize({1200, 800});
        const Fact &fact = m_atlas->story.facts.first();
        QSignalSpy selection(&view, &MapView::selectionChanged);
        view.selectFact(fact.id);
        QCOMPARE(view.selectedFactId(), fact.id);
        QCOMPARE(view.frameState().selectedRegions,
                 QSet<QString>(fact.regionIds.cbegin(), fact.regionIds.cend()));
        QCOMPARE(selection.count(), 1);
        view.setGlowingRegions({QStringLiteral("ML")});
        QCOMPARE(view.frameState().glowingRegions, QSet<QString>{QStringLiteral("ML")});
        view.selectFact(QStringLiteral("no-such-fact"));
        QVERIFY(view.selectedFactId().isEmpty());
        QVERIFY(view.frameState().selectedRegions.isEmpty());
    }

    void snapshotRestoresViewAndSelection()
    {
        ManualClock clock;
        MapView view(m_atlas, &clock);
        view.setSize({1200, 800});
        const Fact &fact = m_atlas->story.facts.last();
        view.selectFact(fact.id);
        clock.advance(MapView::flightMs);
        view.advanceAnimation();
        const MapView::Snapshot before = view.snapshot();
        view.selectFact(m_atlas->story.facts.first().id);
        view.zoomBy(2.0);
        view.panBy({300, 100});
        view.restore(before);
        QCOMPARE(view.snapshot(), before);
        QCOMPARE(view.selectedFactId(), fact.id);
        QVERIFY(!view.isAnimating());
    }

    void newAtlasClearsHover()
    {
        MapView view(m_atlas, &m_clock);
        view.setSize({1200, 800});
        view.hoverAt(view.viewport().toScreen(LonLat{2.11, 13.51}));
        QVERIFY(!view.hoveredUnit().isEmpty());
        MapScene english = m_atlas->scene;
        english.language = QStringLiteral("en");
        const auto next = m_atlas->withScene(english);
        QVERIFY(next->scene.revision != m_atlas->scene.revision);
        QSignalSpy atlasChanged(&view, &MapView::atlasChanged);
        view.setAtlas(next);
        QCOMPARE(atlasChanged.count(), 1);
        QVERIFY(view.hoveredUnit().isEmpty());
        QCOMPARE(view.scene().language, QStringLiteral("en"));
    }

private:
    std::shared_ptr<const Atlas> m_atlas;
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(TestMapView)
#include "tst_mapview.moc"
