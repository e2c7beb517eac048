// The label engine: point labels in the cartographer's order, arrows to far places stacked along the
// edge clear of the furniture, cluster badges that never overlap and that no label covers, the selected
// fact's admin-1 units and towns named and emphasised, every admin-1 unit named once the map is close.
#include "Atlas.h"
#include "EdgeMarkers.h"
#include "FrameState.h"
#include "LabelPlacer.h"
#include "MapComposer.h"
#include "MapExporter.h"
#include "MapRenderer.h"
#include "PngExporter.h"
#include "PointClusters.h"
#include "RenderFixture.h"
#include "Viewport.h"
#include "WebMercator.h"

#include <QGuiApplication>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <memory>

using namespace sahel;

namespace {

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

/// 2000 events scattered around Ménaka, as in the report: a fixed seed, so every run is the same.
std::shared_ptr<const UserLayerData> eventsAroundMenaka()
{
    auto data = std::make_shared<UserLayerData>();
    data->name = QStringLiteral("events");
    QRandomGenerator random(20250403);
    QList<QRectF> bounds;
    for (int i = 0; i < 2000; ++i) {
        const double lon = 2.4 + (random.generateDouble() + random.generateDouble() - 1.0) * 0.6;
        const double lat = 15.9 + (random.generateDouble() + random.generateDouble() - 1.0) * 0.45;
        UserFeature feature;
        feature.fid = i;
        feature.point = WebMercator::project({lon, lat});
        feature.bounds = QRectF(feature.point, QSizeF(0, 0));
        bounds.append(feature.bounds);
        data->features.append(feature);
    }
    data->index = GridIndex(bounds);
    return data;
}

/// A town region of the story at a gazetteer town, as the resolver makes it.
MapRegion townRegion(const QString &id, const Town &town)
{
    MapRegion region;
    region.id = id;
    region.kind = RegionKind::Town;
    region.isPoint = true;
    region.position = town.position;
    region.point = town.projected;
    return region;
}

/// Colours within antialiasing of each other.
bool nearColour(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 40;
}

bool coversPoint(const QList<QList<QRectF>> &labels, QPointF point, double slack)
{
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QList<QRectF> &label) {
        return std::any_of(label.cbegin(), label.cend(), [&](const QRectF &box) {
            return box.adjusted(-slack, -slack, slack, slack).contains(point);
        });
    });
}

} // namespace

class TestLabelEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pointCandidatesInConventionalOrder();
    void placeBesideTakesTheNextFreeCandidate();
    void clustersNeverOverlap_data();
    void clustersNeverOverlap();
    void labelsKeepClearOfClusterBadges();
    void edgeArrowsStackClearOfTheFurniture_data();
    void edgeArrowsStackClearOfTheFurniture();
    void arrowsToNeighbouringPlacesDoNotOverlap();
    void theFactsAdmin1UnitsAreNamed();
    void everyUnitIsNamedWhenClose();
    void townsOfTheFactAreEmphasised();
    void aFactsCapitalShowsAtEveryScale();

private:
    Viewport view(const QString &name, QSizeF size) const;
    LabelPlacer labelsOf(const MapScene &scene, const FrameState &frame) const;
    /// How many admin-1 units of these countries have a label over their label point.
    int namedUnits(const QList<QList<QRectF>> &labels, const Viewport &viewport,
                   const QStringList &countries) const;

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<MapRenderer> m_renderer;
    MapStyle m_style = MapStyle::standard();
};

void TestLabelEngine::initTestCase()
{
    QStringList errors;
    m_atlas = RenderFixture::defaultAtlas(&errors);
    QVERIFY2(m_atlas, qPrintable(errors.join(QLatin1Char('\n'))));
    m_renderer = std::make_unique<MapRenderer>(m_style);
}

Viewport TestLabelEngine::view(const QString &name, QSizeF size) const
{
    return RenderFixture::namedView(*m_atlas, name, size);
}

LabelPlacer TestLabelEngine::labelsOf(const MapScene &scene, const FrameState &frame) const
{
    QImage image(frame.viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    return m_renderer->renderLabels(painter, scene, frame);
}

int TestLabelEngine::namedUnits(const QList<QList<QRectF>> &labels, const Viewport &viewport,
                                const QStringList &countries) const
{
    int named = 0;
    for (const AdminUnit &unit : m_atlas->scene.geo->admin1) {
        const bool aes = countries.contains(unit.countryCode);
        const QPointF anchor = viewport.toScreen(unit.labelPoint);
        if (aes && QRectF(QPointF(0, 0), viewport.size()).contains(anchor) &&
            coversPoint(labels, anchor, 1.0))
            ++named;
    }
    return named;
}

void TestLabelEngine::pointCandidatesInConventionalOrder()
{
    const QPointF anchor(100, 100);
    const QList<QRectF> candidates = LabelPlacer::besideCandidates(anchor, 5, QSizeF(40, 12));
    QCOMPARE(candidates.size(), 6);
    const auto right = [&](const QRectF &r) { return r.left() >= anchor.x() + 5; };
    const auto left = [&](const QRectF &r) { return r.right() <= anchor.x() - 5; };
    const auto upper = [&](const QRectF &r) { return r.center().y() < anchor.y(); };
    QVERIFY2(right(candidates[0]) && upper(candidates[0]), "first: upper right");
    QVERIFY2(right(candidates[1]) && !upper(candidates[1]), "second: lower right");
    QVERIFY2(left(candidates[2]) && upper(candidates[2]), "third: upper left");
    QVERIFY2(left(candidates[3]) && !upper(candidates[3]), "fourth: lower left");
    QVERIFY2(candidates[4].bottom() <= anchor.y() - 5 &&
                 qFuzzyCompare(candidates[4].center().x(), anchor.x()),
             "fifth: above");
    QVERIFY2(candidates[5].top() >= anchor.y() + 5 && qFuzzyCompare(candidates[5].center().x(), anchor.x()),
             "sixth: below");
    for (const QRectF &candidate : candidates)
        QVERIFY2(!candidate.intersects(QRectF(95, 95, 10, 10)), "no candidate covers the symbol");
}

void TestLabelEngine::placeBesideTakesTheNextFreeCandidate()
{
    const QPointF anchor(100, 100);
    const QSizeF size(40, 12);
    const QList<QRectF> candidates = LabelPlacer::besideCandidates(anchor, 5, size);
    LabelPlacer placer(QRectF(0, 0, 200, 200));
    placer.block(QRectF(candidates[0].topLeft(), QSizeF(size.width(), 2))); // upper right only
    QCOMPARE(placer.placeBeside(anchor, 5, size), std::optional<QRectF>(candidates[1]));
    LabelPlacer crowded(QRectF(0, 0, 200, 200));
    // A corner of each of the first four: the outer top of the upper ones, the outer bottom of the lower.
    crowded.block(QRectF(candidates[0].right() - 2, candidates[0].top(), 2, 3));
    crowded.block(QRectF(candidates[1].right() - 2, candidates[1].bottom() - 3, 2, 3));
    crowded.block(QRectF(candidates[2].left(), candidates[2].top(), 2, 3));
    crowded.block(QRectF(candidates[3].left(), candidates[3].bottom() - 3, 2, 3));
    QCOMPARE(crowded.placeBeside(anchor, 5, size), std::optional<QRectF>(candidates[4]));
    for (int i = 4; i < 6; ++i)
        crowded.block(candidates[i]);
    QVERIFY(!crowded.placeBeside(anchor, 5, size));
}

void TestLabelEngine::clustersNeverOverlap_data()
{
    QTest::addColumn<QString>("viewName");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("aes 1600x1000") << "aes" << QSizeF(1600, 1000);
    QTest::newRow("aes 800x500") << "aes" << QSizeF(800, 500);
    QTest::newRow("tri-border 1600x1000") << "tri-border" << QSizeF(1600, 1000);
    QTest::newRow("world 1600x1000") << "world" << QSizeF(1600, 1000);
}

void TestLabelEngine::clustersNeverOverlap()
{
    QFETCH(QString, viewName);
    QFETCH(QSizeF, size);
    const Viewport viewport = view(viewName, size);
    UserLayer layer{eventsAroundMenaka(), {}};
    layer.style.clusterThreshold = 100;
    const QList<qsizetype> points = PointClusters::visiblePoints(viewport, layer);
    QVERIFY(points.size() > 100);
    const QList<ClusterBadge> badges = PointClusters::compute(viewport, layer, points);
    QVERIFY(!badges.isEmpty());
    qsizetype total = 0;
    for (qsizetype i = 0; i < badges.size(); ++i) {
        total += badges[i].count;
        QCOMPARE(badges[i].radius, PointClusters::radiusFor(badges[i].count));
        for (qsizetype j = i + 1; j < badges.size(); ++j)
            QVERIFY2(
                QLineF(badges[i].centre, badges[j].centre).length() >= badges[i].radius + badges[j].radius,
                qPrintable(
                    QStringLiteral("badges of %1 and %2 overlap").arg(badges[i].count).arg(badges[j].count)));
    }
    QCOMPARE(total, points.size());
}

void TestLabelEngine::labelsKeepClearOfClusterBadges()
{
    MapScene scene = m_atlas->scene;
    UserLayer layer{eventsAroundMenaka(), {}};
    layer.style.clusterThreshold = 100;
    scene.userLayers = {layer};
    for (const QString &name : {QStringLiteral("aes"), QStringLiteral("tri-border")}) {
        const FrameState frame(view(name, QSizeF(1600, 1000)));
        const QList<ClusterBadge> badges = PointClusters::badges(frame.viewport, scene.userLayers);
        QVERIFY(!badges.isEmpty());
        const LabelPlacer placer = labelsOf(scene, frame);
        QVERIFY(placer.labels().size() > 10);
        for (const QList<QRectF> &label : placer.labels())
            for (const QRectF &box : label)
                for (const ClusterBadge &badge : badges)
                    QVERIFY2(!box.intersects(badge.rect()),
                             qPrintable(QStringLiteral("%1: label %2 covers the badge of %3")
                                            .arg(name, describe(box))
                                            .arg(badge.count)));
    }
}

void TestLabelEngine::edgeArrowsStackClearOfTheFurniture_data()
{
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("aes 1600x1000") << QString() << QSizeF(1600, 1000);
    QTest::newRow("aes 1024x768") << QString() << QSizeF(1024, 768);
    QTest::newRow("tri-border-mining 1600x1000") << "tri-border-mining" << QSizeF(1600, 1000);
    QTest::newRow("military-regimes 1920x1080") << "military-regimes" << QSizeF(1920, 1080);
    // A handout page's map: little room along the top, where the inset stands.
    QTest::newRow("lavrov-joint-force 760x460") << "lavrov-joint-force" << QSizeF(760, 460);
    QTest::newRow("aes 800x500") << QString() << QSizeF(800, 500);
}

void TestLabelEngine::edgeArrowsStackClearOfTheFurniture()
{
    QFETCH(QString, fact);
    QFETCH(QSizeF, size);
    const MapScene &scene = m_atlas->scene;
    ExportRequest request;
    request.factId = fact;
    request.size = size.toSize();
    const MapComposition composition = MapExporter::composition(*m_atlas, request, size);
    const MapComposer composer;
    const QList<QRectF> furniture = composer.furniture().layout(composition, scene).all();
    QVERIFY(!furniture.isEmpty());
    const FrameState frame = composition.frame(furniture);
    const QList<EdgeMarker> markers = EdgeMarker::compute(frame.viewport, scene, furniture);
    QVERIFY2(markers.size() >= 3, "the default story's far places (Paris, Moscow, New York, Washington)");
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const QRectF arrow(markers[i].tip - QPointF(16, 16), QSizeF(32, 32));
        for (const QRectF &item : furniture)
            QVERIFY2(!arrow.intersects(item),
                     qPrintable(
                         QStringLiteral("the arrow to %1 is under the furniture").arg(markers[i].regionId)));
        for (qsizetype j = i + 1; j < markers.size(); ++j)
            QVERIFY2(QLineF(markers[i].tip, markers[j].tip).length() >= 2 * EdgeMarker::hitRadius - 0.01,
                     qPrintable(QStringLiteral("the arrows to %1 and %2 overlap")
                                    .arg(markers[i].regionId, markers[j].regionId)));
    }
    const LabelPlacer placer = labelsOf(scene, frame);
    for (const QList<QRectF> &label : placer.labels()) {
        for (const QRectF &box : label) {
            for (const QRectF &item : furniture)
                QVERIFY2(!box.intersects(item),
                         qPrintable(describe(box) + QStringLiteral(" is under the furniture")));
            for (const EdgeMarker &marker : markers)
                QVERIFY2(
                    !box.intersects(QRectF(marker.tip - QPointF(12, 12), QSizeF(24, 24))),
                    qPrintable(describe(box) + QStringLiteral(" covers the arrow to ") + marker.regionId));
        }
    }
    // Every arrow has its name, on its inner side or, where arrows are packed tight, a few steps further
    // in: "New York" and "Washington" point the same way, yet both are labelled.
    for (const EdgeMarker &marker : markers) {
        const bool sideEdge = marker.tip.x() <= EdgeMarker::edgeInset + 0.5 ||
                              marker.tip.x() >= size.width() - EdgeMarker::edgeInset - 0.5;
        const QPointF inward = sideEdge ? QPointF(marker.tip.x() < size.width() / 2 ? 1 : -1, 0)
                                        : QPointF(0, marker.tip.y() < size.height() / 2 ? 1 : -1);
        bool labelled = false;
        for (int step = 0; step < 6 && !labelled; ++step)
            labelled =
                coversPoint(placer.labels(),
                            marker.tip + inward * (EdgeMarker::labelGap + 4 + step * (sideEdge ? 8 : 18)), 2);
        QVERIFY2(labelled, qPrintable(QStringLiteral("the arrow to %1 has no label").arg(marker.regionId)));
    }
}

void TestLabelEngine::arrowsToNeighbouringPlacesDoNotOverlap()
{
    // Three far places a few kilometres apart, all in one direction: their arrows line up along the edge.
    MapScene scene = m_atlas->scene;
    scene.regions.clear();
    for (int i = 0; i < 3; ++i) {
        MapRegion place;
        place.id = QStringLiteral("place-%1").arg(i);
        place.kind = RegionKind::Place;
        place.isPoint = true;
        place.position = {-74.0 + 0.1 * i, 40.7};
        place.point = WebMercator::project(place.position);
        scene.regions.append(place);
    }
    const Viewport viewport = view(QStringLiteral("aes"), QSizeF(1200, 800));
    const QList<EdgeMarker> markers = EdgeMarker::compute(viewport, scene);
    QCOMPARE(markers.size(), 3);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        QVERIFY(QRectF(QPointF(0, 0), viewport.size()).contains(markers[i].tip));
        for (qsizetype j = i + 1; j < markers.size(); ++j)
            QVERIFY(QLineF(markers[i].tip, markers[j].tip).length() >= 2 * EdgeMarker::hitRadius - 0.01);
    }
}

void TestLabelEngine::theFactsAdmin1UnitsAreNamed()
{
    // The Liptako-Gourma Authority is made of admin-1 units; at the AES view they are not named unless a
    // fact about it is selected.
    const MapRegion *authority = m_atlas->scene.region(QStringLiteral("liptako-gourma"));
    QVERIFY(authority);
    QVERIFY2(authority->units.size() >= 7, qPrintable(authority->units.join(u", ")));
    FrameState frame(view(QStringLiteral("aes"), QSizeF(1600, 1000)));
    QVERIFY(frame.viewport.zoom() < MapRenderer::admin1LabelZoom);
    const QStringList aes{QStringLiteral("ML"), QStringLiteral("NE"), QStringLiteral("BF")};
    const int unselected = namedUnits(labelsOf(m_atlas->scene, frame).labels(), frame.viewport, aes);
    frame.selectedRegions = {authority->id};
    const int selected = namedUnits(labelsOf(m_atlas->scene, frame).labels(), frame.viewport, aes);
    QVERIFY2(selected >= unselected + 6,
             qPrintable(QStringLiteral("%1 named, %2 without the fact").arg(selected).arg(unselected)));
}

void TestLabelEngine::everyUnitIsNamedWhenClose()
{
    // The same place just past the zoom where every unit gets its name, and just before it: the other
    // labels (towns, countries) are the same at both, so the difference is the admin-1 names.
    const QStringList aes{QStringLiteral("ML"), QStringLiteral("NE"), QStringLiteral("BF")};
    const Viewport triBorder = view(QStringLiteral("tri-border"), QSizeF(1600, 1000));
    const auto named = [&](double zoom) {
        const FrameState frame(Viewport(triBorder.centre(), zoom, triBorder.size()));
        return namedUnits(labelsOf(m_atlas->scene, frame).labels(), frame.viewport, aes);
    };
    const int close = named(MapRenderer::admin1LabelZoom + 0.2);
    const int far = named(MapRenderer::admin1LabelZoom - 0.2);
    QVERIFY2(close >= far + 5,
             qPrintable(QStringLiteral("%1 units named close, %2 just before").arg(close).arg(far)));
}

void TestLabelEngine::townsOfTheFactAreEmphasised()
{
    MapScene scene = m_atlas->scene;
    const auto menaka = std::find_if(scene.geo->towns.cbegin(), scene.geo->towns.cend(),
                                     [](const Town &town) { return town.nameFr == u"Ménaka"; });
    QVERIFY(menaka != scene.geo->towns.cend());
    QVERIFY(!menaka->capital);
    const MapRegion town = townRegion(QStringLiteral("menaka"), *menaka);
    scene.regions.append(town);
    FrameState frame(view(QStringLiteral("aes"), QSizeF(1600, 1000)));
    const QPoint symbol = frame.viewport.toScreen(menaka->projected).toPoint();
    const QColor plain = PngExporter::renderImage(*m_renderer, scene, frame).pixelColor(symbol);
    frame.selectedRegions = {town.id};
    const QColor emphasised = PngExporter::renderImage(*m_renderer, scene, frame).pixelColor(symbol);
    QVERIFY2(nearColour(plain, m_style.townFill), qPrintable(plain.name()));
    QVERIFY2(nearColour(emphasised, m_style.highlight), qPrintable(emphasised.name()));
}

void TestLabelEngine::aFactsCapitalShowsAtEveryScale()
{
    // N'Djamena is a capital of the gazetteer, not of the map's own towns: on the world view it is drawn
    // only when a fact names it, then in the highlight colour.
    MapScene scene = m_atlas->scene;
    const Town *ndjamena = scene.geo->town(2427123);
    QVERIFY(ndjamena && ndjamena->capital && !ndjamena->onMap);
    const MapRegion town = townRegion(QStringLiteral("ndjamena"), *ndjamena);
    scene.regions.append(town);
    FrameState frame(view(QStringLiteral("world"), QSizeF(1600, 1000)));
    QVERIFY(frame.viewport.zoom() < 4.5);
    // Inside the capital's square, beside its white centre dot.
    const QPointF centre = frame.viewport.toScreen(ndjamena->projected);
    const QPoint inSquare(static_cast<int>(std::floor(centre.x() + 3.5)),
                          static_cast<int>(std::floor(centre.y())));
    const QColor before = PngExporter::renderImage(*m_renderer, scene, frame).pixelColor(inSquare);
    frame.selectedRegions = {town.id};
    const QColor named = PngExporter::renderImage(*m_renderer, scene, frame).pixelColor(inSquare);
    QVERIFY2(!nearColour(before, m_style.highlight), qPrintable(before.name()));
    QVERIFY2(nearColour(named, m_style.highlight), qPrintable(named.name()));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestLabelEngine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_labelengine.moc"
