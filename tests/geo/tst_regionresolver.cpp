#include "Atlas.h"
#include "GeoDatabase.h"
#include "RegionResolver.h"
#include "WebMercator.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

Q_DECLARE_METATYPE(sahel::RegionKind)

using namespace sahel;

namespace {

const QStringList aesCountries{QStringLiteral("ML"), QStringLiteral("BF"), QStringLiteral("NE")};

/// Ground metres from a point to the nearest edge of a shape, both in projected metres.
double groundDistanceToBoundary(const MultiPolygon &shape, QPointF projected)
{
    double best = std::numeric_limits<double>::max();
    for (const Polygon &polygon : shape.polygons)
        for (const Ring &ring : polygon.rings)
            for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
                best = std::min(best, Geometry::distanceToSegment(projected, ring[j], ring[i]));
    return best * WebMercator::scaleFactor(WebMercator::unproject(projected).lat);
}

const MapRegion *findRegion(const QList<MapRegion> &regions, const QString &id)
{
    for (const MapRegion &region : regions)
        if (region.id == id)
            return &region;
    return nullptr;
}

RegionDefinition definition(const QString &id, RegionKind kind)
{
    RegionDefinition d;
    d.id = id;
    d.kind = kind;
    return d;
}

} // namespace

class TestRegionResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tripointLiesOnAllThreeBorders();
    void tripointOrderDoesNotMatter();
    void tripointOfCountriesThatDoNotMeet_data();
    void tripointOfCountriesThatDoNotMeet();
    void defaultStoryResolves();
    void triBorderZone();
    void liptakoGourma_data();
    void liptakoGourma();
    void unionsOfCountries();
    void countriesAndAdmin1Units();
    void unknownCodes_data();
    void unknownCodes();
    void bufferAroundMissingRegion();
    void bufferClippedToNothing();
    void resultsFollowTheDefinitionOrder();

private:
    const GeoData &geo() const { return m_database->data(); }

    std::shared_ptr<const GeoDatabase> m_database;
    std::unique_ptr<Atlas> m_atlas;
    LonLat m_tripoint;
};

void TestRegionResolver::initTestCase()
{
    QString error;
    m_database = AtlasLoader::sharedDatabase(&error);
    QVERIFY2(m_database, qPrintable(error));
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.errors.isEmpty(), qPrintable(load.errors.join(u'\n')));
    QVERIFY(load.atlas);
    m_atlas = std::move(load.atlas);
    QVERIFY(m_atlas->database == m_database); // one shared base map
    QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(u'\n')));

    const auto tripoint = RegionResolver(*m_database).tripoint(aesCountries, &error);
    QVERIFY2(tripoint, qPrintable(error));
    m_tripoint = *tripoint;
}

void TestRegionResolver::tripointLiesOnAllThreeBorders()
{
    // Natural Earth's tripoint: the vertex the three borders share in the countries layer. National
    // datasets put the tripoint about 9 km further north; the atlas shows Natural Earth's.
    QVERIFY2(std::abs(m_tripoint.lon - 0.2178) < 5e-4, qPrintable(QString::number(m_tripoint.lon, 'f', 7)));
    QVERIFY2(std::abs(m_tripoint.lat - 14.9107) < 5e-4, qPrintable(QString::number(m_tripoint.lat, 'f', 7)));

    // Exactly the vertex the three borders share (maps/SOURCES.md), not the centroid of a wider overlap.
    QVERIFY(std::abs(m_tripoint.lon - 0.217802) < 1e-6);
    QVERIFY(std::abs(m_tripoint.lat - 14.910694) < 1e-6);

    const QPointF projected = WebMercator::project(m_tripoint);
    for (const QString &code : aesCountries) {
        const AdminUnit *country = geo().country(code);
        QVERIFY(country);
        const double metres = groundDistanceToBoundary(country->shape.full(), projected);
        QVERIFY2(metres < 100.0, qPrintable(QStringLiteral("%1: %2 m").arg(code).arg(metres)));
    }
    // A neighbour that is not part of it is far away.
    const double toBenin =
        groundDistanceToBoundary(geo().country(QStringLiteral("BJ"))->shape.full(), projected);
    QVERIFY2(toBenin > 100000.0, qPrintable(QString::number(toBenin)));
}

void TestRegionResolver::tripointOrderDoesNotMatter()
{
    const RegionResolver resolver(*m_database);
    const auto reordered =
        resolver.tripoint({QStringLiteral("NE"), QStringLiteral("ML"), QStringLiteral("BF")}, nullptr);
    QVERIFY(reordered);
    QVERIFY(WebMercator::distanceKm(*reordered, m_tripoint) < 0.01);

    // Another tripoint of the data: Mali, Niger and Algeria meet near 4.24 E, 19.14 N.
    QString error;
    const auto northern =
        resolver.tripoint({QStringLiteral("ML"), QStringLiteral("NE"), QStringLiteral("DZ")}, &error);
    QVERIFY2(northern, qPrintable(error));
    QVERIFY2(WebMercator::distanceKm(*northern, {4.24, 19.14}) < 10.0,
             qPrintable(QStringLiteral("%1, %2").arg(northern->lon).arg(northern->lat)));
}

void TestRegionResolver::tripointOfCountriesThatDoNotMeet_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("ML, NE, SN") << QStringList{QStringLiteral("ML"), QStringLiteral("NE"),
                                               QStringLiteral("SN")}
                                << QStringLiteral("do not meet");
    QTest::newRow("far apart") << QStringList{QStringLiteral("MA"), QStringLiteral("ZA"),
                                              QStringLiteral("EG")}
                               << QStringLiteral("do not meet");
    QTest::newRow("two countries") << QStringList{QStringLiteral("ML"), QStringLiteral("BF")}
                                   << QStringLiteral("exactly three");
    QTest::newRow("four countries") << QStringList{QStringLiteral("ML"), QStringLiteral("BF"),
                                                   QStringLiteral("NE"), QStringLiteral("DZ")}
                                    << QStringLiteral("exactly three");
    QTest::newRow("unknown country") << QStringList{QStringLiteral("ML"), QStringLiteral("BF"),
                                                    QStringLiteral("QQ")}
                                     << QStringLiteral("\"QQ\"");
    QTest::newRow("a country of the 1:50m world, far away")
        << QStringList{QStringLiteral("ML"), QStringLiteral("BF"), QStringLiteral("US")}
        << QStringLiteral("do not meet in one point");
}

void TestRegionResolver::tripointOfCountriesThatDoNotMeet()
{
    QFETCH(QStringList, countries);
    QFETCH(QString, expectedError);

    QString error;
    const auto tripoint = RegionResolver(*m_database).tripoint(countries, &error);
    QVERIFY(!tripoint);
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestRegionResolver::defaultStoryResolves()
{
    const Story &story = m_atlas->story;
    QCOMPARE(story.id, QStringLiteral("aes-2025-04-03"));
    // Every region of the story is on the map, in the story's order.
    QCOMPARE(m_atlas->scene.regions.size(), story.regions.size());
    for (qsizetype i = 0; i < story.regions.size(); ++i) {
        const MapRegion &region = m_atlas->scene.regions.at(i);
        QCOMPARE(region.id, story.regions.at(i).id);
        QCOMPARE(region.kind, story.regions.at(i).kind);
        QVERIFY2(region.isPoint || !region.shape.isEmpty(), qPrintable(region.id));
    }
    const MapRegion *tripoint = m_atlas->scene.region(QStringLiteral("tripoint"));
    QVERIFY(tripoint);
    QVERIFY(tripoint->isPoint);
    QVERIFY(tripoint->position == m_tripoint);
    QCOMPARE(tripoint->point, WebMercator::project(m_tripoint));
    QCOMPARE(tripoint->style, RegionStyle::Marker);
    const MapRegion *bamako = m_atlas->scene.region(QStringLiteral("bamako"));
    QVERIFY(bamako && bamako->isPoint);
    QVERIFY(std::abs(bamako->position.lon - -8.0) < 1e-4);
    // A country region keeps the base map's name when the story gives none.
    const MapRegion *mali = m_atlas->scene.region(QStringLiteral("mali"));
    QVERIFY(mali);
    QCOMPARE(mali->name.text(QStringLiteral("fr")), QStringLiteral("Mali"));
    QCOMPARE(mali->shape.full().vertexCount(),
             geo().country(QStringLiteral("ML"))->shape.full().vertexCount());
}

void TestRegionResolver::triBorderZone()
{
    const MapRegion *zone = nullptr;
    for (const MapRegion &region : m_atlas->scene.regions)
        if (region.style == RegionStyle::Zone && !region.isPoint)
            zone = &region;
    QVERIFY(zone);
    QCOMPARE(zone->id, QStringLiteral("tri-border"));
    const RegionDefinition *definition = m_atlas->story.region(zone->id);
    QVERIFY(definition);
    QCOMPARE(definition->radiusKm, 150.0);
    const std::optional<QRectF> view = m_atlas->namedView(QStringLiteral("tri-border"));
    QVERIFY(view && *view == zone->bounds());

    const QPointF tripoint = WebMercator::project(m_tripoint);
    QVERIFY(zone->contains(tripoint));

    QList<const AdminUnit *> countries;
    for (const QString &code : aesCountries)
        countries.append(geo().country(code));

    double farthestKm = 0.0;
    int sampled = 0;
    for (const Polygon &polygon : zone->shape.full().polygons) {
        for (const Ring &ring : polygon.rings) {
            for (qsizetype i = 0; i < ring.size(); ++i) {
                const QPointF vertex = ring.at(i);
                const LonLat position = WebMercator::unproject(vertex);
                const double km = WebMercator::distanceKm(position, m_tripoint);
                farthestKm = std::max(farthestKm, km);
                QVERIFY2(km <= definition->radiusKm * 1.02, qPrintable(QString::number(km)));
                if (i % 10 != 0)
                    continue;
                // Each sampled vertex, moved 1 km (ground) towards the tripoint, is in ML, BF or NE.
                const QPointF towards = tripoint - vertex;
                const double length = std::hypot(towards.x(), towards.y());
                QVERIFY(length > 0.0);
                const double step = 1000.0 / WebMercator::scaleFactor(position.lat);
                const QPointF moved = vertex + towards * (step / length);
                const bool inAes =
                    std::any_of(countries.cbegin(), countries.cend(), [&](const AdminUnit *country) {
                        return country->shape.full().contains(moved);
                    });
                QVERIFY2(inAes, qPrintable(QStringLiteral("%1, %2").arg(position.lon).arg(position.lat)));
                ++sampled;
            }
        }
    }
    QVERIFY(sampled >= 18); // the 180-gon arc, at least
    QVERIFY2(std::abs(farthestKm - definition->radiusKm) <= definition->radiusKm * 0.02,
             qPrintable(QString::number(farthestKm)));

    // Outside the radius: not in the zone, though still in the AES.
    const QPointF farAway = WebMercator::project({m_tripoint.lon, m_tripoint.lat + 1.6}); // ~178 km north
    QVERIFY(countries.first()->shape.full().contains(farAway));
    QVERIFY(!zone->contains(farAway));
    // Inside the radius, in each of the three countries.
    QVERIFY(zone->contains(WebMercator::project({-1.0, 14.5}))); // BF
    QVERIFY(zone->contains(WebMercator::project({0.0, 15.6})));  // ML
    QVERIFY(zone->contains(WebMercator::project({1.2, 14.3})));  // NE
}

void TestRegionResolver::liptakoGourma_data()
{
    QTest::addColumn<qint64>("geonameid");
    QTest::addColumn<bool>("inside");

    QTest::newRow("Gao") << qint64(2457163) << true;
    QTest::newRow("Dori") << qint64(2361082) << true;
    QTest::newRow("Niamey") << qint64(2440485) << true;
    QTest::newRow("Dosso") << qint64(2445488) << true;
    QTest::newRow("Ouagadougou") << qint64(2357048) << true;
    QTest::newRow("Tombouctou") << qint64(2449067) << true;
    QTest::newRow("Kidal") << qint64(2455290) << true;
    QTest::newRow("Fada N'Gourma") << qint64(2360886) << true;
    QTest::newRow("Bamako") << qint64(2460596) << false;
    QTest::newRow("Agadez") << qint64(2448085) << false;
    QTest::newRow("Bobo-Dioulasso") << qint64(2362344) << false;
    QTest::newRow("Ouahigouya (Nord)") << qint64(2357043) << true;
    QTest::newRow("Koudougou (Centre-Ouest)") << qint64(2358946) << false;
}

void TestRegionResolver::liptakoGourma()
{
    QFETCH(qint64, geonameid);
    QFETCH(bool, inside);

    const MapRegion *region = m_atlas->scene.region(QStringLiteral("liptako-gourma"));
    QVERIFY(region);
    QCOMPARE(region->style, RegionStyle::Area);
    const Town *town = geo().town(geonameid);
    QVERIFY(town);
    QCOMPARE(region->contains(town->projected), inside);
}

void TestRegionResolver::unionsOfCountries()
{
    const MapRegion *aes = m_atlas->scene.region(QStringLiteral("aes"));
    QVERIFY(aes);
    for (const qint64 id : {2460596, 2357048, 2440485, 2448085})
        QVERIFY(aes->contains(geo().town(id)->projected));
    QVERIFY(!aes->contains(WebMercator::project({-17.45, 14.69}))); // Dakar
    QVERIFY(!aes->contains(WebMercator::project({-20.0, 15.0})));
    // Dissolved: the union's bounds are those of the three countries together.
    QRectF expected;
    for (const QString &code : aesCountries)
        expected = expected.united(geo().country(code)->shape.bounds());
    QVERIFY(std::abs(aes->shape.bounds().left() - expected.left()) < 1.0);
    QVERIFY(std::abs(aes->shape.bounds().right() - expected.right()) < 1.0);
    QVERIFY(std::abs(aes->shape.bounds().top() - expected.top()) < 1.0);
    QVERIFY(std::abs(aes->shape.bounds().bottom() - expected.bottom()) < 1.0);
    // Without holes along the inner borders: fewer vertices than the three apart.
    qsizetype apart = 0;
    for (const QString &code : aesCountries)
        apart += geo().country(code)->shape.full().vertexCount();
    QVERIFY(aes->shape.full().vertexCount() < apart);
    for (const Polygon &polygon : aes->shape.full().polygons)
        QCOMPARE(polygon.rings.size(), 1);
}

void TestRegionResolver::countriesAndAdmin1Units()
{
    RegionDefinition sikasso = definition(QStringLiteral("sikasso"), RegionKind::Admin1);
    sikasso.iso = QStringLiteral("ML-3");
    RegionDefinition niger = definition(QStringLiteral("niger"), RegionKind::Country);
    niger.iso = QStringLiteral("NE");
    niger.name = LocalizedText(QStringLiteral("Le Niger"));
    const RegionResolution resolution = RegionResolver(*m_database).resolve({sikasso, niger});
    QVERIFY2(resolution.errors.isEmpty(), qPrintable(resolution.errors.join(u'\n')));
    QCOMPARE(resolution.regions.size(), 2);
    QCOMPARE(resolution.regions.at(0).name.text(QStringLiteral("fr")), QStringLiteral("Sikasso"));
    QCOMPARE(resolution.regions.at(0).name.text(QStringLiteral("en")), QStringLiteral("Sikasso"));
    QCOMPARE(resolution.regions.at(1).name.text(QStringLiteral("fr")), QStringLiteral("Le Niger"));
    QVERIFY(resolution.regions.at(0).contains(geo().town(2451185)->projected));
    QVERIFY(!resolution.regions.at(0).contains(geo().town(2460596)->projected));
}

void TestRegionResolver::unknownCodes_data()
{
    QTest::addColumn<RegionKind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("country") << RegionKind::Country << QStringLiteral("QQ");
    QTest::newRow("admin-1") << RegionKind::Admin1 << QStringLiteral("ML-99");
    QTest::newRow("country code as admin-1") << RegionKind::Admin1 << QStringLiteral("ML");
    QTest::newRow("union member") << RegionKind::Union << QStringLiteral("ZZ");
}

void TestRegionResolver::unknownCodes()
{
    QFETCH(RegionKind, kind);
    QFETCH(QString, code);

    RegionDefinition wrong = definition(QStringLiteral("nowhere-land"), kind);
    if (kind == RegionKind::Union)
        wrong.members = {{QStringLiteral("ML"), {}, {}}, {code, {}, {}}};
    else
        wrong.iso = code;
    RegionDefinition fine = definition(QStringLiteral("mali"), RegionKind::Country);
    fine.iso = QStringLiteral("ML");

    const RegionResolution resolution = RegionResolver(*m_database).resolve({wrong, fine});
    QCOMPARE(resolution.errors.size(), 1);
    const QString &error = resolution.errors.first();
    QVERIFY2(error.contains(QStringLiteral("\"nowhere-land\"")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("\"%1\"").arg(code)), qPrintable(error));
    // The other region still resolves.
    QVERIFY(findRegion(resolution.regions, QStringLiteral("mali")));
}

void TestRegionResolver::bufferAroundMissingRegion()
{
    RegionDefinition buffer = definition(QStringLiteral("halo"), RegionKind::Buffer);
    buffer.around = QStringLiteral("ghost");
    buffer.radiusKm = 50.0;
    // Around a shape, not a point: also refused.
    RegionDefinition mali = definition(QStringLiteral("mali"), RegionKind::Country);
    mali.iso = QStringLiteral("ML");
    RegionDefinition aroundShape = definition(QStringLiteral("halo-mali"), RegionKind::Buffer);
    aroundShape.around = QStringLiteral("mali");
    aroundShape.radiusKm = 50.0;

    const RegionResolution resolution = RegionResolver(*m_database).resolve({buffer, mali, aroundShape});
    QCOMPARE(resolution.errors.size(), 2);
    QVERIFY2(resolution.errors.at(0).contains(QStringLiteral("\"halo\"")),
             qPrintable(resolution.errors.at(0)));
    QVERIFY2(resolution.errors.at(0).contains(QStringLiteral("\"ghost\"")),
             qPrintable(resolution.errors.at(0)));
    QVERIFY2(resolution.errors.at(1).contains(QStringLiteral("\"halo-mali\"")),
             qPrintable(resolution.errors.at(1)));
    QCOMPARE(resolution.regions.size(), 1);
    QCOMPARE(resolution.regions.first().id, QStringLiteral("mali"));
}

void TestRegionResolver::bufferClippedToNothing()
{
    RegionDefinition sea = definition(QStringLiteral("sea"), RegionKind::Place);
    sea.position = LonLat{-20.0, 15.0};
    RegionDefinition buffer = definition(QStringLiteral("sea-zone"), RegionKind::Buffer);
    buffer.around = QStringLiteral("sea");
    buffer.radiusKm = 50.0;
    buffer.clipTo = {QStringLiteral("ML")};
    RegionDefinition unclipped = buffer;
    unclipped.id = QStringLiteral("sea-circle");
    unclipped.clipTo.clear();

    const RegionResolution resolution = RegionResolver(*m_database).resolve({sea, buffer, unclipped});
    QCOMPARE(resolution.errors.size(), 1);
    QVERIFY2(resolution.errors.first().contains(QStringLiteral("\"sea-zone\"")),
             qPrintable(resolution.errors.first()));
    QVERIFY(resolution.errors.first().contains(QStringLiteral("empty")));
    const MapRegion *circle = findRegion(resolution.regions, QStringLiteral("sea-circle"));
    QVERIFY(circle);
    QVERIFY(circle->contains(WebMercator::project({-20.0, 15.0})));
    QVERIFY(circle->contains(WebMercator::project({-20.0, 15.4})));  // ~44 km north
    QVERIFY(!circle->contains(WebMercator::project({-20.0, 15.5}))); // ~56 km north
}

void TestRegionResolver::resultsFollowTheDefinitionOrder()
{
    // Buffers are resolved after the points they surround, but listed where the story puts them.
    RegionDefinition buffer = definition(QStringLiteral("around-niamey"), RegionKind::Buffer);
    buffer.around = QStringLiteral("niamey");
    buffer.radiusKm = 20.0;
    RegionDefinition niamey = definition(QStringLiteral("niamey"), RegionKind::Town);
    niamey.geonameid = 2440485;
    RegionDefinition missingTown = definition(QStringLiteral("atlantis"), RegionKind::Town);
    missingTown.geonameid = 1;

    const RegionResolution resolution = RegionResolver(*m_database).resolve({buffer, niamey, missingTown});
    QCOMPARE(resolution.errors.size(), 1);
    QVERIFY(resolution.errors.first().contains(QStringLiteral("\"atlantis\"")));
    QCOMPARE(resolution.regions.size(), 2);
    QCOMPARE(resolution.regions.at(0).id, QStringLiteral("around-niamey"));
    QCOMPARE(resolution.regions.at(1).id, QStringLiteral("niamey"));
    QCOMPARE(resolution.regions.at(1).name.text(QStringLiteral("fr")), QStringLiteral("Niamey"));
    QVERIFY(resolution.regions.at(0).contains(geo().town(2440485)->projected));
}

QTEST_GUILESS_MAIN(TestRegionResolver)
#include "tst_regionresolver.moc"
