// The natural map: a world without bands across it (rings cut at the antimeridian), the great rivers and
// Lake Chad drawn where they are, river names that follow their line and stand upright, and labels that
// never overlap each other nor the map furniture.
#include "Atlas.h"
#include "CurvedText.h"
#include "FrameState.h"
#include "MapComposer.h"
#include "MapRenderer.h"
#include "PngExporter.h"
#include "RenderFixture.h"
#include "SvgExporter.h"
#include "Viewport.h"
#include "WaterPainter.h"
#include "WebMercator.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>
#include <memory>
#include <numbers>

using namespace sahel;

namespace {

int channelDelta(const QColor &a, const QColor &b)
{
    return std::max(
        {std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

QString describe(const QColor &colour)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(colour.red()).arg(colour.green()).arg(colour.blue());
}

/// The colour nearest to `wanted` among the pixels within `radius` of a logical point.
QColor nearestColour(const QImage &image, QPointF point, int radius, const QColor &wanted)
{
    QColor best;
    int bestDelta = 256;
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p(static_cast<int>(std::floor(point.x())) + dx,
                           static_cast<int>(std::floor(point.y())) + dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (const int delta = channelDelta(c, wanted); delta < bestDelta) {
                bestDelta = delta;
                best = c;
            }
        }
    }
    return best;
}

double distanceKm(LonLat a, LonLat b)
{
    return WebMercator::distanceKm(a, b);
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestWater : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void worldRingsNeverCrossTheAntimeridian();
    void worldViewHasNoBand_data();
    void worldViewHasNoBand();
    void antarcticaIsAValidPolygon();
    void theSahelsWatersAreInTheData_data();
    void theSahelsWatersAreInTheData();
    void theNigerFlowsPastNiamey();
    void theWorldsWatersAreAt1To10m_data();
    void theWorldsWatersAreAt1To10m();
    void lakeChadIsWater();
    void riverNamesFollowTheLineUpright();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void svgHasAHydrographyGroup();
    void legendNamesRiversAndLakes();

private:
    Viewport view(const QString &name, QSizeF size) const;
    QImage render(const Viewport &viewport, const MapScene &scene) const;

    std::unique_ptr<Atlas> m_atlas;
    MapStyle m_style = MapStyle::standard();
    std::unique_ptr<MapRenderer> m_renderer;
};

void TestWater::initTestCase()
{
    QStringList errors;
    m_atlas = RenderFixture::defaultAtlas(&errors);
    QVERIFY2(m_atlas, qPrintable(errors.join(QLatin1Char('\n'))));
    m_renderer = std::make_unique<MapRenderer>(m_style);
}

Viewport TestWater::view(const QString &name, QSizeF size) const
{
    return RenderFixture::namedView(*m_atlas, name, size);
}

QImage TestWater::render(const Viewport &viewport, const MapScene &scene) const
{
    return PngExporter::renderImage(*m_renderer, scene, FrameState(viewport));
}

void TestWater::worldRingsNeverCrossTheAntimeridian()
{
    // A ring edge longer than half the world's width is a ring jumping from +180 to -180; only
    // Antarctica's closing edge may run so far, along the bottom of the map, beyond what it shows.
    const double halfWorld = WebMercator::project({180.0, 0.0}).x();
    const double mapBottom = WebMercator::project({0.0, -85.0}).y();
    const auto beyondMap = [mapBottom](QPointF p) { return p.y() <= mapBottom; };
    for (const AdminUnit &unit : m_atlas->scene.geo->world) {
        for (const Polygon &polygon : unit.shape.full().polygons) {
            for (const Ring &ring : polygon.rings) {
                for (qsizetype i = 1; i < ring.size(); ++i)
                    QVERIFY2((beyondMap(ring[i]) && beyondMap(ring[i - 1])) ||
                                 std::abs(ring[i].x() - ring[i - 1].x()) < halfWorld,
                             qPrintable(QStringLiteral("%1 (%2) jumps across the antimeridian")
                                            .arg(unit.nameEn, unit.code)));
            }
        }
    }
}

void TestWater::worldViewHasNoBand_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    // Where Russia's and Fiji's rings used to draw their bands across the world.
    QTest::newRow("Norwegian Sea") << 2.0 << 68.0;
    QTest::newRow("Barents Sea") << 40.0 << 73.5;
    QTest::newRow("eastern Pacific") << -125.0 << 5.0;
    QTest::newRow("Pacific at Fiji's latitude") << -140.0 << -17.0;
    QTest::newRow("South Atlantic") << -20.0 << -17.0;
}

void TestWater::worldViewHasNoBand()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    for (const QSizeF size : {QSizeF(1600, 1000), QSizeF(800, 500)}) {
        const Viewport viewport = view(QStringLiteral("world"), size);
        // Nothing selected (a FrameState of the viewport alone): nothing dimmed.
        const QImage image = render(viewport, m_atlas->scene);
        const QPointF p = viewport.toScreen(LonLat{lon, lat});
        QVERIFY(image.rect().contains(p.toPoint()));
        const QColor colour = image.pixelColor(p.toPoint());
        QVERIFY2(channelDelta(colour, m_style.water) <= 6,
                 qPrintable(QStringLiteral("%1 at %2x%3 is %4, not the sea's %5")
                                .arg(QLatin1String(QTest::currentDataTag()))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(describe(colour), describe(m_style.water))));
    }
}

void TestWater::antarcticaIsAValidPolygon()
{
    const auto antarctica =
        std::find_if(m_atlas->scene.geo->world.cbegin(), m_atlas->scene.geo->world.cend(),
                     [](const AdminUnit &unit) { return unit.code == QLatin1String("AQ"); });
    QVERIFY(antarctica != m_atlas->scene.geo->world.cend());
    // Its coast closed along the map's bottom: the pole is inside, the Southern Ocean outside.
    QVERIFY(antarctica->shape.full().contains(WebMercator::project({0.0, -84.0})));
    QVERIFY(antarctica->shape.full().contains(WebMercator::project({179.0, -84.5})));
    QVERIFY(!antarctica->shape.full().contains(WebMercator::project({0.0, -60.0})));
}

void TestWater::theSahelsWatersAreInTheData_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nameFr");
    for (const auto &[en, fr] : {std::pair{"Niger", "Niger"},
                                 {"Bani", "Bani"},
                                 {"Senegal", "Sénégal"},
                                 {"Volta", "Volta"},
                                 {"Benue", "Bénoué"},
                                 {"Chari", "Chari"}})
        QTest::newRow(en) << QString::fromUtf8(en) << QString::fromUtf8(fr);
}

void TestWater::theSahelsWatersAreInTheData()
{
    QFETCH(QString, name);
    QFETCH(QString, nameFr);
    // Drawn in the AES view of an export, at 1:10m.
    const Viewport viewport = view(QStringLiteral("aes"), QSizeF(1600, 1000));
    bool shown = false;
    for (const WaterLine &river : m_atlas->scene.geo->rivers) {
        if (river.nameEn != name || river.scale != 10)
            continue;
        QCOMPARE(river.nameFr, nameFr);
        shown = shown || WaterPainter::shows(river, viewport, *m_atlas->scene.geo);
    }
    QVERIFY2(shown, qPrintable(name));
}

void TestWater::theNigerFlowsPastNiamey()
{
    const Town *niamey = m_atlas->scene.geo->town(2440485);
    QVERIFY(niamey);
    // A point of the Niger's course 10 to 25 km from Niamey, clear of the capital's symbol and name.
    std::optional<QPointF> onRiver;
    double closest = 1e9;
    for (const WaterLine &river : m_atlas->scene.geo->rivers) {
        if (river.nameEn != QLatin1String("Niger") || river.scale != 10)
            continue;
        closest = std::min(closest, [&] {
            double d = 1e9;
            for (const QPointF &p : river.full)
                d = std::min(d, distanceKm(WebMercator::unproject(p), niamey->position));
            return d;
        }());
        for (const QPointF &p : river.full) {
            const double d = distanceKm(WebMercator::unproject(p), niamey->position);
            if (!onRiver && d > 10 && d < 25 && WebMercator::unproject(p).lat > niamey->position.lat)
                onRiver = p;
        }
    }
    QVERIFY2(closest < 3.0, "Niamey stands on the Niger");
    QVERIFY(onRiver);
    for (const double zoom : {6.0, 8.0}) {
        const Viewport viewport(niamey->projected, zoom, QSizeF(800, 600));
        const QImage image = render(viewport, m_atlas->scene);
        const QPointF p = viewport.toScreen(*onRiver);
        const QColor found = nearestColour(image, p, 1, m_style.river);
        QVERIFY2(channelDelta(found, m_style.river) <= 40,
                 qPrintable(QStringLiteral("zoom %1: %2 near the Niger, not the river's %3")
                                .arg(zoom)
                                .arg(describe(found), describe(m_style.river))));
    }
}

void TestWater::theWorldsWatersAreAt1To10m_data()
{
    QTest::addColumn<QPointF>("centre"); // lon, lat
    QTest::addColumn<QString>("river");
    QTest::addColumn<QString>("riverFr");
    QTest::newRow("Amazon") << QPointF(-60, -3) << QStringLiteral("Amazon") << QStringLiteral("Amazone");
    QTest::newRow("Mekong") << QPointF(105.5, 14) << QStringLiteral("Mekong") << QStringLiteral("Mékong");
    QTest::newRow("Mississippi") << QPointF(-91, 33) << QStringLiteral("Mississippi")
                                 << QStringLiteral("Mississippi");
    QTest::newRow("Yangtze") << QPointF(114, 30.5) << QStringLiteral("Yangtze")
                             << QStringLiteral("Yangzi Jiang");
    // The Ganges' delta holds a stretch that closes on itself, gone from the coarse levels names follow.
    QTest::newRow("Ganges") << QPointF(89, 24) << QStringLiteral("Ganges") << QStringLiteral("Ganges");
}

void TestWater::theWorldsWatersAreAt1To10m()
{
    QFETCH(QPointF, centre);
    QFETCH(QString, river);
    QFETCH(QString, riverFr);
    const GeoData &geo = *m_atlas->scene.geo;
    // A story on another continent is framed at zoom 6.5 at most (GeoData::framingZoomCap): the 1:10m
    // water is drawn there down to rank 8, as in Africa; the great river also in a continent's view.
    const QPointF projected = WebMercator::project({centre.x(), centre.y()});
    for (const double zoom : {3.0, 6.5}) {
        const Viewport viewport(projected, zoom, QSizeF(1600, 1000));
        qsizetype stretches = 0;
        bool great = false;
        bool smallest = false;
        for (const WaterLine &line : geo.rivers) {
            if (!WaterPainter::shows(line, viewport, geo))
                continue;
            QCOMPARE(line.scale, 10);
            ++stretches;
            great = great || (line.nameEn == river && line.nameFr == riverFr);
            smallest = smallest || line.scaleRank == 8;
        }
        QVERIFY2(great, qPrintable(QStringLiteral("%1 at zoom %2").arg(river).arg(zoom)));
        QVERIFY2(stretches >= (zoom > 5 ? 50 : 20),
                 qPrintable(QStringLiteral("%1 stretches at zoom %2").arg(stretches).arg(zoom)));
        QVERIFY(smallest || zoom < 5);
        // Drawn and named without a fault.
        QVERIFY(!render(viewport, m_atlas->scene).isNull());
    }
}

void TestWater::lakeChadIsWater()
{
    const auto lake =
        std::find_if(m_atlas->scene.geo->lakes.cbegin(), m_atlas->scene.geo->lakes.cend(),
                     [](const Lake &l) { return l.nameEn == QLatin1String("Lake Chad") && l.scale == 10; });
    QVERIFY(lake != m_atlas->scene.geo->lakes.cend());
    QCOMPARE(lake->nameFr, QStringLiteral("Lac Tchad"));
    const Viewport viewport(lake->labelPoint, 8.0, QSizeF(800, 600));
    MapScene scene = m_atlas->scene;
    scene.language = QStringLiteral("en");
    const QImage image = render(viewport, scene);
    // Away from its name, which goes at the label point: a fifth of the lake's width to the side.
    const QPointF centre = viewport.toScreen(lake->labelPoint);
    bool water = false;
    for (const QPointF offset : {QPointF(0, 30), QPointF(0, -30), QPointF(30, 0), QPointF(-30, 0)}) {
        const QPointF p = centre + offset;
        if (lake->shape.full().contains(viewport.toProjected(p)))
            water = water || channelDelta(image.pixelColor(p.toPoint()), m_style.water) <= 6;
    }
    QVERIFY2(water, "Lake Chad is painted in the water's colour");
    // Lake Chad stands among the focus countries' neighbours: land around it, not water.
    const QPointF farAway = viewport.toScreen(WebMercator::project({14.0, 16.5}));
    QVERIFY(!image.rect().contains(farAway.toPoint()) ||
            channelDelta(image.pixelColor(farAway.toPoint()), m_style.water) > 6);
}

void TestWater::riverNamesFollowTheLineUpright()
{
    QFont font(m_style.fontFamily);
    font.setPixelSize(20);
    font.setItalic(true);
    // A line drawn right to left along an arch: the text must still read left to right.
    QPolygonF line;
    for (int degrees = 0; degrees <= 180; degrees += 5)
        line.append(QPointF(200 + 100 * std::cos(degrees * std::numbers::pi / 180.0),
                            200 - 100 * std::sin(degrees * std::numbers::pi / 180.0)));
    const std::optional<CurvedText> text =
        CurvedText::layout(line, CurvedText::length(line) / 2, QStringLiteral("Niger Niger"), font, 2.0);
    QVERIFY(text);
    const QList<QRectF> &boxes = text->boxes();
    QCOMPARE(boxes.size(), 10); // one per letter, the space has none
    for (qsizetype i = 1; i < boxes.size(); ++i)
        QVERIFY2(boxes[i].center().x() > boxes[i - 1].center().x(), "letters run left to right");
    // Beside the line, above it, and following its bends: not a straight row.
    double minY = 1e9, maxY = -1e9;
    for (const QRectF &box : boxes) {
        minY = std::min(minY, box.center().y());
        maxY = std::max(maxY, box.center().y());
    }
    QVERIFY(maxY - minY > 8);
    for (const QRectF &box : boxes)
        QVERIFY2(box.center().y() < 200 - 100 * std::sin(std::acos((box.center().x() - 200) / 100)) + 2,
                 "above the line");
    // A hairpin bend is no place for a name.
    const QPolygonF hairpin{{0, 0}, {60, 0}, {60, 3}, {0, 3}};
    QVERIFY(!CurvedText::layout(hairpin, 60, QStringLiteral("Bani"), font, 2.0));
}

void TestWater::labelsNeverOverlap_data()
{
    QTest::addColumn<QString>("viewName");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fact");
    QTest::newRow("aes fr") << "aes"
                            << "fr" << QString();
    QTest::newRow("aes en") << "aes"
                            << "en" << QString();
    QTest::newRow("world en") << "world"
                              << "en" << QString();
    QTest::newRow("tri-border fr") << "tri-border"
                                   << "fr" << QString();
    QTest::newRow("aes fr, first fact") << "aes"
                                        << "fr"
                                        << "first";
}

void TestWater::labelsNeverOverlap()
{
    QFETCH(QString, viewName);
    QFETCH(QString, language);
    QFETCH(QString, fact);
    const Viewport viewport = view(viewName, QSizeF(1600, 1000));
    MapScene scene = m_atlas->scene;
    scene.language = language;
    MapComposition composition{viewport, {}, FurnitureOptions{}, QStringLiteral("Title"), {}, {}, {}, {}};
    if (!fact.isEmpty()) {
        QVERIFY(!m_atlas->story.facts.isEmpty());
        for (const QString &id : m_atlas->story.facts.first().regionIds)
            composition.selectedRegions.insert(id);
    }
    const MapComposer composer;
    const QList<QRectF> furniture = composer.furniture().layout(composition, scene).all();
    QVERIFY(!furniture.isEmpty());
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const LabelPlacer placer = m_renderer->renderLabels(painter, scene, composition.frame(furniture));
    const QList<QList<QRectF>> &labels = placer.labels();
    QVERIFY(labels.size() > 10);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (const QRectF &box : labels[i]) {
            for (const QRectF &item : furniture)
                QVERIFY2(!box.intersects(item), "a label lies under the map furniture");
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                for (const QRectF &other : labels[j])
                    QVERIFY2(!box.intersects(other),
                             qPrintable(QStringLiteral("labels %1 %2 and %3 %4 overlap")
                                            .arg(i)
                                            .arg(describe(box))
                                            .arg(j)
                                            .arg(describe(other))));
        }
    }
}

void TestWater::svgHasAHydrographyGroup()
{
    const Viewport viewport = view(QStringLiteral("aes"), QSizeF(800, 500));
    MapComposition composition{viewport, {}, FurnitureOptions{}, {}, {}, {}, {}, {}};
    MapScene scene = m_atlas->scene;
    scene.language = QStringLiteral("en");
    const QByteArray svg = SvgExporter::toSvg(MapComposer(), composition, scene);
    QVERIFY(svg.contains("id=\"hydrography\""));
    QVERIFY(svg.contains("Niger"));
}

void TestWater::legendNamesRiversAndLakes()
{
    MapScene scene = m_atlas->scene;
    scene.language = QStringLiteral("en");
    const MapComposer composer;
    QStringList labels;
    for (const LegendItem &item :
         composer.furniture().legendItems(FrameState(view(QStringLiteral("aes"), QSizeF(1600, 1000))), scene))
        labels.append(item.label);
    QVERIFY2(labels.contains(QStringLiteral("River")) && labels.contains(QStringLiteral("Lake")),
             qPrintable(labels.join(u", ")));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestWater test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_water.moc"
