// Layout-aware framing: the furniture placed where it leaves the subject clear, the subject fitted in the
// free area of the computed layout (exports, fact by fact), far-flung parts ignored, fixed views covered
// least.
#include "Atlas.h"
#include "FontLoader.h"
#include "FurnitureLayout.h"
#include "Geometry.h"
#include "MapComposer.h"
#include "MapExporter.h"
#include "MapFraming.h"
#include "WebMercator.h"

#include <QGuiApplication>
#include <QTest>

#include <map>
#include <memory>

using namespace sahel;

namespace {

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

/// Logical px of the canvas on the subject's shapes under the pieces of a layout, sampled every 8 px.
int coveredSubject(const FurnitureLayout &layout, const Viewport &viewport,
                   const QList<const AdminUnit *> &shapes)
{
    int covered = 0;
    for (const QRectF &piece : layout.all())
        for (double y = piece.top(); y < piece.bottom(); y += 8)
            for (double x = piece.left(); x < piece.right(); x += 8) {
                const QPointF p = viewport.toProjected(QPointF(x, y));
                covered += std::any_of(shapes.cbegin(), shapes.cend(), [&p](const AdminUnit *unit) {
                    return unit->shape.full().contains(p);
                });
            }
    return covered;
}

} // namespace

class TestFraming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void largestFreeRectIsTheBestForTheShape();
    void defaultPlacementIsTheConventionalOne();
    void freeAreaHoldsTheSubject_data();
    void freeAreaHoldsTheSubject();
    void smallCanvasZoomsOut();
    void farFlungPartsDoNotDriveTheFraming();
    void fixedViewPlacesFurnitureOffTheSubject();

private:
    QList<const AdminUnit *> focusCountries(const Atlas &atlas) const;

    std::unique_ptr<Atlas> m_atlas;
    /// Stories beyond the AES (tests/data/stories): the Lake Chad basin, the lithium triangle of the Andes.
    std::map<QString, std::unique_ptr<Atlas>> m_worldStories;
    std::unique_ptr<MapComposer> m_composer;
};

void TestFraming::initTestCase()
{
    QCOMPARE(FontLoader::ensureLoaded(), QStringLiteral("Open Sans"));
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(QLatin1Char('\n'))));
    m_atlas = std::move(load.atlas);
    for (const QString &name : {QStringLiteral("lake-chad"), QStringLiteral("lithium-triangle")}) {
        AtlasLoad story = AtlasLoader::load(QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/") + name +
                                            QStringLiteral(".story.json"));
        QVERIFY2(story.atlas && story.errors.isEmpty(), qPrintable(story.errors.join(QLatin1Char('\n'))));
        m_worldStories[name] = std::move(story.atlas);
    }
    m_composer = std::make_unique<MapComposer>();
}

QList<const AdminUnit *> TestFraming::focusCountries(const Atlas &atlas) const
{
    QList<const AdminUnit *> countries;
    for (const QString &code : atlas.scene.focusCountries)
        if (const AdminUnit *country = atlas.scene.geo->country(code))
            countries.append(country);
    return countries;
}

void TestFraming::largestFreeRectIsTheBestForTheShape()
{
    const QRectF bounds(0, 0, 100, 100);
    const QList<QRectF> obstacles{QRectF(0, 0, 50, 20), QRectF(80, 60, 20, 40)};
    // A square subject is drawn largest in the 80x80 rectangle; a wide one in the full-width band.
    QCOMPARE(FurnitureLayout::largestFreeRect(bounds, obstacles, 0.0, 1.0), QRectF(0, 20, 80, 80));
    QCOMPARE(FurnitureLayout::largestFreeRect(bounds, obstacles, 0.0, 4.0), QRectF(0, 20, 100, 40));
    // The gap keeps the free area away from each obstacle.
    QCOMPARE(FurnitureLayout::largestFreeRect(bounds, obstacles, 5.0, 1.0), QRectF(0, 25, 75, 75));
    QCOMPARE(FurnitureLayout::largestFreeRect(bounds, {}, 5.0, 1.0), bounds);
}

void TestFraming::defaultPlacementIsTheConventionalOne()
{
    const FurniturePlacement usual;
    QCOMPARE(usual.unconventionality(), 0);
    const QList<FurniturePlacement> all = FurniturePlacement::candidates();
    QVERIFY(all.contains(usual));
    QCOMPARE(all.size(), 2 * 2 * 2 * 4 * 4 * 2);
    const int odd = static_cast<int>(std::count_if(
        all.cbegin(), all.cend(), [](const FurniturePlacement &p) { return p.unconventionality() == 0; }));
    QCOMPARE(odd, 1);
}

void TestFraming::freeAreaHoldsTheSubject_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("factId");
    QTest::addColumn<QSize>("size");
    for (const QSize &size : {QSize(1600, 1000), QSize(1024, 768), QSize(1920, 1080)}) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(QStringLiteral("aes view ") + name)) << QString() << QString() << size;
        for (const Fact *fact : m_atlas->story.orderedFacts())
            QTest::newRow(qPrintable(fact->id + QLatin1Char(' ') + name)) << QString() << fact->id << size;
        // Stories made with the world data, in Africa and on another continent: framed the same way.
        for (const auto &[story, atlas] : m_worldStories) {
            QTest::newRow(qPrintable(story + QStringLiteral(" view ") + name)) << story << QString() << size;
            for (const Fact *fact : atlas->story.orderedFacts())
                QTest::newRow(qPrintable(story + QLatin1Char(' ') + fact->id + QLatin1Char(' ') + name))
                    << story << fact->id << size;
        }
    }
}

void TestFraming::freeAreaHoldsTheSubject()
{
    QFETCH(QString, story);
    QFETCH(QString, factId);
    const Atlas &atlas = story.isEmpty() ? *m_atlas : *m_worldStories.at(story);
    QFETCH(QSize, size);
    ExportRequest request;
    request.factId = factId;
    request.size = size;
    const MapComposition composition = MapExporter::composition(atlas, request, QSizeF(size));
    const MapFurniture::Layout layout = m_composer->furniture().layout(composition, atlas.scene);
    const QRectF canvas(QPointF(0, 0), QSizeF(size));
    QVERIFY(layout.fits(QSizeF(size)));
    QCOMPARE(layout.all().size(), 6);
    // The furniture goes where it leaves most room: the map zooms out less than a level for it.
    ExportRequest bareRequest = request;
    bareRequest.furniture = FurnitureOptions::none();
    const double bareZoom = MapExporter::composition(atlas, bareRequest, QSizeF(size)).viewport.zoom();
    QVERIFY2(bareZoom - composition.viewport.zoom() < 1.0, qPrintable(QStringLiteral("%1 vs %2 bare, free %3")
                                                                          .arg(composition.viewport.zoom())
                                                                          .arg(bareZoom)
                                                                          .arg(describe(layout.freeArea))));
    for (const QRectF &piece : layout.all())
        QVERIFY2(!piece.intersects(layout.freeArea), qPrintable(describe(piece) + describe(layout.freeArea)));

    // Every subject point: the fact's regions and points on the map, or the focus countries.
    QList<QPointF> points;
    const Viewport &viewport = composition.viewport;
    const auto addBounds = [&](const QRectF &b) {
        for (const QPointF &corner : {b.topLeft(), b.topRight(), b.bottomLeft(), b.bottomRight()})
            points.append(viewport.toScreen(corner));
    };
    if (const Fact *fact = atlas.story.fact(factId)) {
        for (const QString &id : fact->regionIds) {
            const MapRegion *region = atlas.scene.region(id);
            QVERIFY2(region, qPrintable(id));
            if (region->kind != RegionKind::Place)
                addBounds(region->framingBounds());
        }
    } else {
        for (const AdminUnit *country : focusCountries(atlas))
            addBounds(Geometry::mainBounds(country->shape.full()));
    }
    QVERIFY(!points.isEmpty());
    const QRectF free = layout.freeArea.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const QPointF &p : std::as_const(points))
        QVERIFY2(
            free.contains(p),
            qPrintable(
                QStringLiteral("(%1,%2) outside %3").arg(p.x()).arg(p.y()).arg(describe(layout.freeArea))));
    // And it is not a postage stamp: the subject spans most of the free area one way or the other.
    QRectF drawn(points.constFirst(), QSizeF(0, 0));
    for (const QPointF &p : std::as_const(points))
        drawn = drawn.united(QRectF(p, QSizeF(0.01, 0.01)));
    // A subject framed as close as the data allows (zoom 9 in the detailed area, 6.5 elsewhere) may be small.
    const Fact *framedFact = atlas.story.fact(factId);
    const double cap = framedFact ? atlas.scene.geo->framingZoomCap(
                                        atlas.scene.framingBounds(framedFact->regionIds).value_or(QRectF()))
                                  : Viewport::maxZoom;
    const bool capped = viewport.zoom() >= cap - 1e-6;
    QVERIFY2(capped || drawn.width() > layout.freeArea.width() * 0.8 ||
                 drawn.height() > layout.freeArea.height() * 0.8,
             qPrintable(describe(drawn) + describe(layout.freeArea)));
    // No subject pixel under the furniture.
    if (factId.isEmpty())
        QCOMPARE(coveredSubject(layout, viewport, focusCountries(atlas)), 0);
}

void TestFraming::smallCanvasZoomsOut()
{
    ExportRequest request;
    const MapComposition bare = [&] {
        ExportRequest r = request;
        r.furniture = FurnitureOptions::none();
        return MapExporter::composition(*m_atlas, r, QSizeF(1600, 1000));
    }();
    const MapComposition dressed = MapExporter::composition(*m_atlas, request, QSizeF(1600, 1000));
    // The furniture takes room: the framed map is smaller than on the bare canvas, never covered.
    QVERIFY2(dressed.viewport.zoom() < bare.viewport.zoom(),
             qPrintable(QStringLiteral("%1 vs %2").arg(dressed.viewport.zoom()).arg(bare.viewport.zoom())));
    QVERIFY(bare.viewport.zoom() - dressed.viewport.zoom() < 0.6);
}

void TestFraming::farFlungPartsDoNotDriveTheFraming()
{
    // Synthetic: a main part, a close island and one far away.
    const auto square = [](double x, double y, double side) {
        return Polygon{{Ring{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}}}};
    };
    MultiPolygon shape;
    shape.polygons = {square(0, 0, 10), square(12, 2, 1), square(100, 100, 2)};
    shape.updateBounds();
    QCOMPARE(Geometry::mainBounds(shape), QRectF(0, 0, 13, 10));

    // France, for the fact about the West: the metropole is framed, not French Guiana or Réunion.
    const Fact *fact = m_atlas->story.fact(QStringLiteral("aes-turns-from-west"));
    QVERIFY(fact);
    const std::optional<QRectF> bounds = m_atlas->scene.framingBounds(fact->regionIds);
    QVERIFY(bounds);
    const QRectF guianaToReunion = WebMercator::projectBounds(-55, -21, 56, 6);
    QVERIFY2(bounds->left() > WebMercator::projectBounds(-20, 0, -19, 1).left(),
             qPrintable(describe(*bounds)));
    QVERIFY(!bounds->contains(guianaToReunion.topLeft()));
    const MapRegion *france = m_atlas->scene.region(QStringLiteral("france"));
    QVERIFY(france);
    QVERIFY(france->bounds().left() <
            WebMercator::projectBounds(-50, 0, -49, 1).left()); // the data has Guiana
}

void TestFraming::fixedViewPlacesFurnitureOffTheSubject()
{
    // The window's view exported as it is: the furniture cannot move the map, so it moves itself.
    const QSizeF size(1600, 1000);
    Viewport viewport({}, 4, size, 1.0);
    viewport.fitBounds(m_atlas->homeBounds(), 16.0, Viewport::maxZoom);
    const MapComposition composition =
        MapExporter::viewComposition(*m_atlas, QString(), viewport, FurnitureOptions{});
    MapComposition conventional = composition;
    conventional.placement = FurniturePlacement{};
    const MapFurniture &furniture = m_composer->furniture();
    const int chosen =
        coveredSubject(furniture.layout(composition, m_atlas->scene), viewport, focusCountries(*m_atlas));
    const int usual =
        coveredSubject(furniture.layout(conventional, m_atlas->scene), viewport, focusCountries(*m_atlas));
    QVERIFY2(usual > 0, "the conventional corners cover the AES in a tight view");
    QVERIFY2(chosen < usual, qPrintable(QStringLiteral("%1 vs %2").arg(chosen).arg(usual)));
}

QTEST_MAIN(TestFraming)
#include "tst_framing.moc"
