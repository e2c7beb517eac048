#include "Atlas.h"
#include "FontLoader.h"
#include "MapFrameCache.h"
#include "PngExporter.h"

#include <QPainter>
#include <QTest>

using namespace sahel;

/// The window's frame cache: the same (scene revision, frame state) is served from its image, every
/// change that the image shows renders it again, and a settled frame is pixel for pixel a fresh render.
class TestMapFrameCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FontLoader::ensureLoaded();
        AtlasLoad load = AtlasLoader::load();
        QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
        m_atlas = std::shared_ptr<const Atlas>(std::move(load.atlas));
        m_frame.viewport = Viewport({}, 4, QSizeF(640, 400), 1.0);
        m_frame.viewport.fitBounds(m_atlas->homeBounds(), 16.0);
    }

    void sameStateIsServedFromTheImage()
    {
        MapFrameCache cache(m_renderer);
        paint(cache, scene(), m_frame);
        QCOMPARE(cache.baseRenders(), 1);
        QVERIFY(cache.lastFrameExact());
        paint(cache, scene(), m_frame);
        paint(cache, scene(), m_frame);
        QCOMPARE(cache.baseRenders(), 1);
    }

    void everyChangeRendersAgain_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("new scene revision") << 0;
        QTest::newRow("view moved") << 1;
        QTest::newRow("zoomed") << 2;
        QTest::newRow("resized") << 3;
        QTest::newRow("selection") << 4;
        QTest::newRow("device pixel ratio") << 5;
        QTest::newRow("basemap under") << 6;
    }

    void everyChangeRendersAgain()
    {
        QFETCH(int, change);
        MapFrameCache cache(m_renderer);
        paint(cache, scene(), m_frame);
        MapScene changedScene = scene();
        FrameState changed = m_frame;
        switch (change) {
        case 0:
            changedScene = m_atlas->withScene(scene())->scene;
            break;
        case 1:
            changed.viewport.panBy({40, 0});
            break;
        case 2:
            changed.viewport.zoomAround({320, 200}, 0.5);
            break;
        case 3:
            changed.viewport.setSize({600, 400});
            break;
        case 4:
            changed.selectedRegions = {QStringLiteral("ML")};
            break;
        case 5:
            changed.viewport.setDevicePixelRatio(2.0);
            break;
        case 6:
            changedScene.baseMap = BaseMapMode::Underlay;
            break;
        }
        const QImage image = paint(cache, changedScene, changed);
        QCOMPARE(cache.baseRenders(), 2);
        // Under a basemap the image is transparent where the tiles show: no export looks like that.
        if (changedScene.baseMap == BaseMapMode::Own)
            QCOMPARE(image, fresh(changedScene, changed));
    }

    void hoverIsDrawnLiveOverTheImage()
    {
        MapFrameCache cache(m_renderer);
        const QImage plain = paint(cache, scene(), m_frame);
        FrameState hovered = m_frame;
        hovered.hoveredUnit = QStringLiteral("ML");
        hovered.glowingRegions = {QStringLiteral("NE")};
        const QImage withHover = paint(cache, scene(), hovered);
        QCOMPARE(cache.baseRenders(), 1); // hover does not touch the image
        QVERIFY(withHover != plain);
        QCOMPARE(withHover, fresh(scene(), hovered));
        QCOMPARE(paint(cache, scene(), m_frame), plain); // and leaves nothing behind
    }

    void cachedFrameIsAFreshRender()
    {
        MapFrameCache cache(m_renderer);
        FrameState selected = m_frame;
        selected.selectedRegions = {QStringLiteral("tri-border")};
        selected.reserved = {QRectF(0, 0, 200, 120)};
        paint(cache, scene(), selected);
        const QImage cached = paint(cache, scene(), selected);
        QCOMPARE(cache.baseRenders(), 1);
        QCOMPARE(cached, fresh(scene(), selected));
    }

    void movingMayStandInThenSettles()
    {
        MapFrameCache cache(m_renderer);
        paint(cache, scene(), m_frame);
        FrameState moved = m_frame;
        moved.viewport.panBy({12, 0});
        paint(cache, scene(), moved, MapFrameCache::Mode::Moving);
        QCOMPARE(cache.baseRenders(), 2); // the first move renders with a margin
        moved.viewport.panBy({12, 0});
        paint(cache, scene(), moved, MapFrameCache::Mode::Moving);
        QCOMPARE(cache.baseRenders(), 2); // then moved copies stand in
        QVERIFY(!cache.lastFrameExact());
        const QImage settled = paint(cache, scene(), moved);
        QVERIFY(cache.lastFrameExact());
        QCOMPARE(settled, fresh(scene(), moved));
    }

    void movingLabelsAreMovedCopiesThenLaidOutAgain()
    {
        // While the view pans, the labels laid out for the first moving frame are copied along with the map
        // under them: a frame panned by whole pixels is the exact frame of that view but for the labels
        // that would enter or leave at the edges. Once they have drifted a fifth of the view, they are laid
        // out again, and a settled frame is exact.
        MapFrameCache cache(m_renderer);
        paint(cache, scene(), m_frame);
        FrameState moved = m_frame;
        moved.viewport.panBy({8, 0});
        paint(cache, scene(), moved, MapFrameCache::Mode::Moving);
        QCOMPARE(cache.labelLayouts(), 1);
        moved.viewport.panBy({8, 0});
        const QImage copied = paint(cache, scene(), moved, MapFrameCache::Mode::Moving);
        QCOMPARE(cache.labelLayouts(), 1);
        const QImage exact = fresh(scene(), moved);
        qsizetype differing = 0;
        for (int y = 0; y < exact.height(); ++y)
            for (int x = 0; x < exact.width(); ++x)
                differing += copied.pixel(x, y) != exact.pixel(x, y) ? 1 : 0;
        // About 3 % differ (labels at the edges, the copy of the margin); labels left unmoved give 15 %.
        QVERIFY2(differing < exact.width() * exact.height() / 25, qPrintable(QString::number(differing)));
        for (int i = 0; i < 40; ++i) {
            moved.viewport.panBy({8, 0});
            paint(cache, scene(), moved, MapFrameCache::Mode::Moving);
        }
        QVERIFY(cache.labelLayouts() >= 2);
        QCOMPARE(paint(cache, scene(), moved), fresh(scene(), moved));
    }

    void unpublishedScenesAreNeverCached()
    {
        MapFrameCache cache(m_renderer);
        MapScene unpublished = scene();
        unpublished.revision = 0;
        paint(cache, unpublished, m_frame);
        paint(cache, unpublished, m_frame);
        QCOMPARE(cache.baseRenders(), 2);
    }

private:
    const MapScene &scene() const { return m_atlas->scene; }

    QImage paint(MapFrameCache &cache, const MapScene &scene, const FrameState &frame,
                 MapFrameCache::Mode mode = MapFrameCache::Mode::Settled) const
    {
        const double dpr = frame.viewport.devicePixelRatio();
        QImage image((frame.viewport.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::white);
        QPainter painter(&image);
        cache.paint(painter, scene, frame, mode);
        painter.end();
        return image;
    }

    QImage fresh(const MapScene &scene, const FrameState &frame) const
    {
        return PngExporter::renderImage(m_renderer, scene, frame);
    }

    std::shared_ptr<const Atlas> m_atlas;
    MapRenderer m_renderer;
    FrameState m_frame;
};

QTEST_MAIN(TestMapFrameCache)
#include "tst_mapframecache.moc"
