#include "GdalEnvironment.h"
#include "GeoDatabase.h"
#include "WebMercator.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace sahel;

namespace {

QString mapFile()
{
    return QStringLiteral(SAHEL_SOURCE_DIR "/maps/sahel-atlas.gpkg");
}

QList<const AdminUnit *> unitsOf(const QList<AdminUnit> &units, const QString &countryCode)
{
    QList<const AdminUnit *> result;
    for (const AdminUnit &unit : units)
        if (unit.countryCode == countryCode)
            result.append(&unit);
    return result;
}

} // namespace

class TestGeoDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layerCounts();
    void countries_data();
    void countries();
    void countriesWithoutCode();
    void shapesAreProjectedWithLevels();
    void admin1PerCountry_data();
    void admin1PerCountry();
    void sikassoIsNamedSikasso();
    void frenchNamesOfAdmin1();
    void burkinaProvincesHaveRegions();
    void towns();
    void bamako();
    void countryAt_data();
    void countryAt();
    void adminUnitAt_data();
    void adminUnitAt();
    void openFileRefuses_data();
    void openFileRefuses();
    void openFileReadsCopy();
    void embeddedDataNeedsNoRepair();
    void snapshotIsTheGeoPackage();
    void admin1BordersAreDrawnOnce();
    void framingStopsWhereTheDataIsSimplified();
    void openFileWithoutLayers();
    void neverUsesNetwork();

private:
    const GeoData &data() const { return m_database->data(); }

    std::unique_ptr<GeoDatabase> m_database;   ///< the embedded snapshot, as the app reads it
    std::unique_ptr<GeoDatabase> m_geoPackage; ///< the embedded GeoPackage it was baked from
    QTemporaryDir m_dir;
};

void TestGeoDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    GeoDatabaseLoad load = GeoDatabase::openEmbedded();
    QVERIFY2(load.database, qPrintable(load.error));
    QVERIFY(load.error.isEmpty());
    m_database = std::move(load.database);
    GeoDatabaseLoad geoPackage = GeoDatabase::openEmbeddedGeoPackage();
    QVERIFY2(geoPackage.database, qPrintable(geoPackage.error));
    m_geoPackage = std::move(geoPackage.database);
}

void TestGeoDatabase::layerCounts()
{
    // maps/SOURCES.md: 254 countries at 1:10m (the whole world), 4582 admin-1 units (every country
    // that has them but Antarctica; 919 of them African), 241 world units (Antarctica included), 8826
    // towns of which 33 drawn at every scale; no feature of the shipped file has an empty geometry, so
    // none is dropped at load.
    QCOMPARE(data().countries.size(), 254);
    QCOMPARE(data().admin1.size(), 4582);
    QCOMPARE(data().world.size(), 241);
    QCOMPARE(data().towns.size(), 8826);
    QCOMPARE(std::count_if(data().towns.cbegin(), data().towns.cend(), [](const Town &t) { return t.onMap; }),
             33);
}

void TestGeoDatabase::countries_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameFr");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<QPointF>("inside"); // lon, lat

    QTest::newRow("ML") << QStringLiteral("ML") << QStringLiteral("Mali") << QStringLiteral("Mali")
                        << QPointF(-4, 17);
    QTest::newRow("NE") << QStringLiteral("NE") << QStringLiteral("Niger") << QStringLiteral("Niger")
                        << QPointF(9, 17);
    QTest::newRow("BF") << QStringLiteral("BF") << QStringLiteral("Burkina Faso")
                        << QStringLiteral("Burkina Faso") << QPointF(-1.5, 12.5);
    QTest::newRow("CI") << QStringLiteral("CI") << QStringLiteral("Côte d'Ivoire")
                        << QStringLiteral("Côte d'Ivoire") << QPointF(-5.5, 7.5);
    QTest::newRow("DZ") << QStringLiteral("DZ") << QStringLiteral("Algérie") << QStringLiteral("Algeria")
                        << QPointF(3, 28);
}

void TestGeoDatabase::countries()
{
    QFETCH(QString, code);
    QFETCH(QString, nameFr);
    QFETCH(QString, nameEn);
    QFETCH(QPointF, inside);

    const AdminUnit *country = data().country(code);
    QVERIFY(country);
    QCOMPARE(country->code, code);
    QCOMPARE(country->countryCode, code);
    QCOMPARE(country->nameFr, nameFr);
    QCOMPARE(country->nameEn, nameEn);
    QCOMPARE(country->name(QStringLiteral("fr")), nameFr);
    QCOMPARE(country->name(QStringLiteral("en")), nameEn);
    QVERIFY(country->group.isEmpty());
    QVERIFY(country->shape.full().contains(WebMercator::project({inside.x(), inside.y()})));
    QVERIFY(country->shape.full().contains(country->labelPoint));
    // Also in the 1:50m world layer, under the same code.
    bool inWorld = false;
    for (const AdminUnit &unit : data().world)
        inWorld = inWorld || unit.code == code;
    QVERIFY(inWorld);
}

void TestGeoDatabase::countriesWithoutCode()
{
    // Somaliland, N. Cyprus, the Cyprus buffer zone, Akrotiri, Dhekelia, Siachen, Baikonur, Ashmore and
    // Cartier Is. (Natural Earth gives it Australia's code) and a few reefs and bases have no ISO code:
    // drawn, not named.
    QStringList uncoded;
    QSet<QString> codes;
    for (const AdminUnit &unit : data().countries) {
        if (unit.code.isEmpty())
            uncoded.append(unit.nameEn);
        else
            codes.insert(unit.code);
        QVERIFY2(!unit.nameFr.isEmpty(), qPrintable(unit.nameEn));
    }
    QCOMPARE(uncoded.size(), 16);
    QVERIFY(uncoded.contains(QStringLiteral("Somaliland")));
    QVERIFY(uncoded.contains(QStringLiteral("Ashmore and Cartier Is.")));
    QCOMPARE(codes.size(), 238); // no code twice
    QCOMPARE(data().country(QStringLiteral("AU"))->nameEn, QStringLiteral("Australia"));
    // The whole world is at 1:10m; the 1:50m world only answers for the Vatican, empty at 1:10m.
    const auto inWorld = [this](const AdminUnit *unit) {
        return unit && unit >= data().world.constData() &&
               unit < data().world.constData() + data().world.size();
    };
    for (const char *code : {"RU", "AQ", "US", "BR", "JP", "FJ", "ML"}) {
        QVERIFY2(data().country(QLatin1String(code)), code);
        QVERIFY2(!inWorld(data().country(QLatin1String(code))), code);
    }
    QVERIFY(inWorld(data().country(QStringLiteral("VA")))); // empty at 1:10m, a dot at 1:50m
    QVERIFY(data().country(QStringLiteral("XK")));
    QCOMPARE(data().country(QStringLiteral("EH"))->nameEn, QStringLiteral("W. Sahara"));
}

void TestGeoDatabase::shapesAreProjectedWithLevels()
{
    const AdminUnit *mali = data().country(QStringLiteral("ML"));
    QVERIFY(mali);
    // Mali spans about -12.2..4.3 E, 10.1..25.0 N.
    const QRectF expected = WebMercator::projectBounds(-12.3, 10.1, 4.3, 25.0);
    const QRectF bounds = mali->shape.bounds();
    QVERIFY2(std::abs(bounds.left() - expected.left()) < 20000, qPrintable(QString::number(bounds.left())));
    QVERIFY(std::abs(bounds.right() - expected.right()) < 20000);
    QVERIFY(std::abs(bounds.top() - expected.top()) < 20000);
    QVERIFY(std::abs(bounds.bottom() - expected.bottom()) < 20000);
    QCOMPARE(mali->shape.levels().size(), Geometry::lodTolerances().size());
    QVERIFY(mali->shape.levels().last().vertexCount() < mali->shape.full().vertexCount());
    QVERIFY(mali->shape.full().vertexCount() > 1000); // 1:10m, not simplified
}

void TestGeoDatabase::admin1PerCountry_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("count");

    QTest::newRow("ML: 8 regions and Bamako") << QStringLiteral("ML") << 9;
    QTest::newRow("NE: 7 regions and Niamey") << QStringLiteral("NE") << 8;
    QTest::newRow("BF: 45 provinces") << QStringLiteral("BF") << 45;
    QTest::newRow("DZ: 48 wilayas") << QStringLiteral("DZ") << 48;
    QTest::newRow("FR: 101 departments") << QStringLiteral("FR") << 101;
    QTest::newRow("US: 50 states and D.C.") << QStringLiteral("US") << 51;
    QTest::newRow("BR: 26 states and the Federal District") << QStringLiteral("BR") << 27;
    QTest::newRow("AQ: none") << QStringLiteral("AQ") << 0;
}

void TestGeoDatabase::admin1PerCountry()
{
    QFETCH(QString, country);
    QFETCH(int, count);

    const QList<const AdminUnit *> units = unitsOf(data().admin1, country);
    QCOMPARE(units.size(), count);
    QSet<QString> codes;
    for (const AdminUnit *unit : units) {
        QVERIFY2(unit->code.startsWith(country + QLatin1Char('-')), qPrintable(unit->code));
        QVERIFY(!unit->nameFr.isEmpty());
        QVERIFY(!unit->shape.isEmpty());
        codes.insert(unit->code);
    }
    QCOMPARE(codes.size(), count);

    QSet<QString> countries;
    for (const AdminUnit &unit : data().admin1)
        countries.insert(unit.countryCode);
    QCOMPARE(countries.size(), 239); // every country that has admin-1 units in Natural Earth, but Antarctica
}

void TestGeoDatabase::sikassoIsNamedSikasso()
{
    const AdminUnit *sikasso = data().adminUnit(QStringLiteral("ML-3"));
    QVERIFY(sikasso);
    QCOMPARE(sikasso->nameFr, QStringLiteral("Sikasso"));
    QCOMPARE(sikasso->name(QStringLiteral("fr")), QStringLiteral("Sikasso"));
    QCOMPARE(sikasso->countryCode, QStringLiteral("ML"));
    // Natural Earth's error is gone everywhere.
    for (const AdminUnit &unit : data().admin1) {
        QVERIFY(!unit.nameFr.contains(QStringLiteral("Wassoulou")));
        QVERIFY(!unit.nameEn.contains(QStringLiteral("Wassoulou")));
    }
    // The town of Sikasso lies in the region of that name.
    const Town *town = data().town(2451185);
    QVERIFY(town);
    QCOMPARE(data().adminUnitAt(town->projected), sikasso);
}

void TestGeoDatabase::frenchNamesOfAdmin1()
{
    const AdminUnit *timbuktu = data().adminUnit(QStringLiteral("ML-6"));
    QVERIFY(timbuktu);
    QCOMPARE(timbuktu->nameFr, QStringLiteral("Tombouctou"));
    QCOMPARE(timbuktu->nameEn, QStringLiteral("Timbuktu"));
    QCOMPARE(timbuktu->name(QStringLiteral("fr")), QStringLiteral("Tombouctou"));
    QCOMPARE(timbuktu->name(QStringLiteral("en")), QStringLiteral("Timbuktu"));
    const AdminUnit *tillaberi = data().adminUnit(QStringLiteral("NE-6"));
    QVERIFY(tillaberi);
    QCOMPARE(tillaberi->nameFr, QStringLiteral("Tillabéri"));
    QCOMPARE(data().adminUnit(QStringLiteral("BF-COM"))->nameFr, QStringLiteral("Comoé"));
    QVERIFY(!data().adminUnit(QStringLiteral("ML-99")));
}

void TestGeoDatabase::burkinaProvincesHaveRegions()
{
    const QList<const AdminUnit *> provinces = unitsOf(data().admin1, QStringLiteral("BF"));
    QCOMPARE(provinces.size(), 45);
    QSet<QString> regions;
    for (const AdminUnit *province : provinces) {
        QVERIFY2(!province->group.isEmpty(), qPrintable(province->code));
        regions.insert(province->group);
    }
    // The 13 regions of before the 2025 reform.
    QCOMPARE(regions.size(), 13);
    QVERIFY(regions.contains(QStringLiteral("Sahel")));
    QVERIFY(regions.contains(QStringLiteral("Plateau-Central")));
    // Mali and Niger have no region field.
    for (const AdminUnit &unit : data().admin1)
        if (unit.countryCode == QLatin1String("ML") || unit.countryCode == QLatin1String("NE"))
            QVERIFY2(unit.group.isEmpty(), qPrintable(unit.code));
}

void TestGeoDatabase::towns()
{
    QSet<qint64> ids;
    int onMap = 0;
    int capitals = 0;
    for (const Town &town : data().towns) {
        QVERIFY2(town.geonameid > 0, qPrintable(town.nameFr));
        ids.insert(town.geonameid);
        QVERIFY(!town.nameFr.isEmpty());
        QVERIFY(!town.nameEn.isEmpty());
        QVERIFY(town.population >= 0); // a few capitals of small territories have no figure in GeoNames
        QCOMPARE(town.countryCode.size(), 2);
        QCOMPARE(town.projected, WebMercator::project(town.position));
        if (!town.onMap)
            continue; // the gazetteer: GeoNames' own records, the world over
        ++onMap;
        QVERIFY(town.population > 0);
        QVERIFY2(QStringList({QStringLiteral("ML"), QStringLiteral("NE"), QStringLiteral("BF")})
                     .contains(town.countryCode),
                 qPrintable(town.countryCode));
        // Every town of the map is in its own country.
        const AdminUnit *country = data().countryAt(town.projected);
        QVERIFY2(country && country->code == town.countryCode, qPrintable(town.nameFr));
        capitals += town.capital ? 1 : 0;
    }
    QCOMPARE(ids.size(), data().towns.size()); // ids are unique
    QCOMPARE(onMap, 33);
    QCOMPARE(capitals, 3);
    // The towns a story about the Lake Chad basin names resolve.
    QCOMPARE(data().town(2331447)->nameFr, QStringLiteral("Maiduguri"));
    QVERIFY(data().town(2427123)->capital); // N'Djamena
    // Gazetteer towns Natural Earth knows carry its French and English names, the rest GeoNames' one name.
    QCOMPARE(data().town(360630)->nameFr, QStringLiteral("Le Caire"));
    QCOMPARE(data().town(360630)->nameEn, QStringLiteral("Cairo"));
    QCOMPARE(data().town(2507480)->nameFr, QStringLiteral("Alger"));
    QCOMPARE(data().town(2643743)->nameFr, QStringLiteral("Londres"));
    QCOMPARE(data().town(2440485)->nameFr, QStringLiteral("Niamey"));
    QCOMPARE(data().town(2357048)->nameFr, QStringLiteral("Ouagadougou"));
    QVERIFY(data().town(2440485)->capital);
    QVERIFY(!data().town(2457163)->capital); // Gao
    QCOMPARE(data().town(2358946)->name(QStringLiteral("fr")), QStringLiteral("Koudougou"));
    QVERIFY(data().town(524901) && !data().town(524901)->onMap); // Moscow: in the gazetteer only
    QVERIFY(!data().town(2453999));
    QVERIFY(!data().town(0));
}

void TestGeoDatabase::bamako()
{
    const Town *bamako = data().town(2460596);
    QVERIFY(bamako);
    QCOMPARE(bamako->nameFr, QStringLiteral("Bamako"));
    QCOMPARE(bamako->countryCode, QStringLiteral("ML"));
    QVERIFY(bamako->capital);
    QVERIFY(bamako->population > 1000000);
    QVERIFY(std::abs(bamako->position.lon - -8.0) < 1e-4);
    QVERIFY(std::abs(bamako->position.lat - 12.65) < 1e-4);
    QCOMPARE(data().adminUnitAt(bamako->projected)->code, QStringLiteral("ML-BKO"));
}

void TestGeoDatabase::countryAt_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("expected"); // empty: nothing

    QTest::newRow("Mali") << -4.0 << 17.0 << QStringLiteral("ML");
    QTest::newRow("Tillabéri") << 1.5 << 14.2 << QStringLiteral("NE");
    QTest::newRow("Ouagadougou") << -1.53388 << 12.36566 << QStringLiteral("BF");
    QTest::newRow("Paris") << 2.35 << 48.85 << QStringLiteral("FR");
    QTest::newRow("Atlantic off Senegal") << -20.0 << 15.0 << QString();
    QTest::newRow("Gulf of Guinea") << 2.0 << 2.0 << QString();
    // The whole world at 1:10m, either side of the antimeridian.
    QTest::newRow("United States") << -100.0 << 40.0 << QStringLiteral("US");
    QTest::newRow("Russia") << 40.0 << 55.0 << QStringLiteral("RU");
    QTest::newRow("Russia, Chukotka east of 180") << -175.0 << 66.5 << QStringLiteral("RU");
    QTest::newRow("Fiji, Vanua Levu") << 179.3 << -16.6 << QStringLiteral("FJ");
    QTest::newRow("Pacific") << -150.0 << 0.0 << QString();
}

void TestGeoDatabase::countryAt()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, expected);

    const AdminUnit *unit = data().countryAt(WebMercator::project({lon, lat}));
    if (expected.isEmpty()) {
        QVERIFY2(!unit, unit ? qPrintable(unit->nameEn) : "");
    } else {
        QVERIFY(unit);
        QCOMPARE(unit->code, expected);
        QCOMPARE(unit->countryCode, expected);
    }
}

void TestGeoDatabase::adminUnitAt_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("expected"); // empty: nothing
    QTest::addColumn<QString>("nameFr");

    QTest::newRow("Tillabéri") << 1.5 << 14.2 << QStringLiteral("NE-6") << QStringLiteral("Tillabéri");
    QTest::newRow("Gao") << -0.04472 << 16.27167 << QStringLiteral("ML-7") << QStringLiteral("Gao");
    QTest::newRow("Tombouctou") << -4.0 << 20.0 << QStringLiteral("ML-6") << QStringLiteral("Tombouctou");
    QTest::newRow("Niamey") << 2.1098 << 13.51366 << QStringLiteral("NE-8") << QStringLiteral("Niamey");
    QTest::newRow("Atlantic") << -20.0 << 15.0 << QString() << QString();
    QTest::newRow("Paris") << 2.35 << 48.85 << QStringLiteral("FR-75") << QStringLiteral("Paris");
    QTest::newRow("California") << -119.5 << 37.0 << QStringLiteral("US-CA") << QStringLiteral("Californie");
    QTest::newRow("Chukotka, east of 180")
        << -175.0 << 66.5 << QStringLiteral("RU-CHU") << QStringLiteral("Tchoukotka");
}

void TestGeoDatabase::adminUnitAt()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, expected);
    QFETCH(QString, nameFr);

    const AdminUnit *unit = data().adminUnitAt(WebMercator::project({lon, lat}));
    if (expected.isEmpty()) {
        QVERIFY2(!unit, unit ? qPrintable(unit->code) : "");
    } else {
        QVERIFY(unit);
        QCOMPARE(unit->code, expected);
        QCOMPARE(unit->nameFr, nameFr);
        QCOMPARE(data().adminUnit(expected), unit);
    }
}

void TestGeoDatabase::openFileRefuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    const QString textFile = m_dir.filePath(QStringLiteral("not-a-map.gpkg"));
    {
        QFile file(textFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("This is not a GeoPackage, only a few words of text.\n");
    }
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.gpkg"));
    {
        QFile source(mapFile());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile file(truncated);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source.read(4096));
    }
    const QString huge = m_dir.filePath(QStringLiteral("huge.gpkg"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(GeoDatabase::maxFileSize + 1)); // sparse: no disk used
    }

    QTest::newRow("text file") << textFile << QStringLiteral("not a readable GeoPackage");
    QTest::newRow("truncated GeoPackage") << truncated << QStringLiteral("not a readable GeoPackage");
    QTest::newRow("directory") << m_dir.path() << QStringLiteral("directory");
    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("missing.gpkg"))
                                  << QStringLiteral("no such file");
    QTest::newRow("vsicurl") << QStringLiteral("/vsicurl/http://x") << QStringLiteral("virtual file system");
    QTest::newRow("vsimem") << QStringLiteral("/vsimem/x.gpkg") << QStringLiteral("virtual file system");
    QTest::newRow("URL") << QStringLiteral("https://example.org/sahel.gpkg") << QStringLiteral("URLs");
    QTest::newRow("driver prefix") << QStringLiteral("GPKG:/tmp/x.gpkg") << QStringLiteral("driver prefix");
    QTest::newRow("device") << QStringLiteral("/dev/null") << QStringLiteral("not a regular file");
    QTest::newRow("too large") << huge << QStringLiteral("too large");
}

void TestGeoDatabase::openFileRefuses()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);

    const GeoDatabaseLoad load = GeoDatabase::openFile(path);
    QVERIFY(!load.database);
    QVERIFY2(load.error.startsWith(path + QStringLiteral(": ")), qPrintable(load.error));
    QVERIFY2(load.error.contains(reason), qPrintable(load.error));
}

void TestGeoDatabase::openFileReadsCopy()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy of the atlas.gpkg"));
    QVERIFY(QFile::copy(mapFile(), copy));
    const GeoDatabaseLoad load = GeoDatabase::openFile(copy);
    QVERIFY2(load.database, qPrintable(load.error));
    QVERIFY(load.error.isEmpty());
    const GeoData &fromFile = load.database->data();
    QCOMPARE(fromFile.countries.size(), data().countries.size());
    QCOMPARE(fromFile.admin1.size(), data().admin1.size());
    QCOMPARE(fromFile.world.size(), data().world.size());
    QCOMPARE(fromFile.towns.size(), data().towns.size());
    // The same shapes as the embedded copy, vertex for vertex.
    const AdminUnit *mali = fromFile.country(QStringLiteral("ML"));
    const AdminUnit *embeddedMali = m_geoPackage->data().country(QStringLiteral("ML"));
    QVERIFY(mali && embeddedMali);
    QCOMPARE(mali->shape.full().vertexCount(), embeddedMali->shape.full().vertexCount());
    QCOMPARE(mali->shape.bounds(), embeddedMali->shape.bounds());
    QCOMPARE(fromFile.adminUnit(QStringLiteral("ML-3"))->nameFr, QStringLiteral("Sikasso"));
}

void TestGeoDatabase::embeddedDataNeedsNoRepair()
{
    // The embedded copy is read without validity checks (maps/build-geodata.sh made it valid);
    // read from the file, every geometry is checked and repaired where invalid. Nothing may differ.
    const GeoDatabaseLoad load = GeoDatabase::openFile(mapFile());
    QVERIFY2(load.database, qPrintable(load.error));
    const GeoData &checked = load.database->data();
    const auto compare = [](const QList<AdminUnit> &repaired, const QList<AdminUnit> &embedded) {
        QCOMPARE(repaired.size(), embedded.size());
        for (qsizetype i = 0; i < repaired.size(); ++i) {
            QVERIFY2(repaired[i].shape.full().vertexCount() == embedded[i].shape.full().vertexCount() &&
                         repaired[i].shape.bounds() == embedded[i].shape.bounds(),
                     qPrintable(QStringLiteral("%1 was repaired").arg(embedded[i].nameEn)));
        }
    };
    const GeoData &embedded = m_geoPackage->data();
    compare(checked.countries, embedded.countries);
    compare(checked.admin1, embedded.admin1);
    compare(checked.world, embedded.world);
}

void TestGeoDatabase::admin1BordersAreDrawnOnce()
{
    // The boundary network holds each edge of the admin-1 outlines once: the border between Mopti
    // and Tombouctou, shared by the two, is one line, not two.
    const QList<BorderLine> &borders = data().admin1Borders;
    QVERIFY(!borders.isEmpty());
    qsizetype edgesInOutlines = 0;
    for (const AdminUnit &unit : data().admin1)
        for (const Polygon &polygon : unit.shape.full().polygons)
            for (const Ring &ring : polygon.rings)
                edgesInOutlines += ring.size() - 1;
    qsizetype edgesInNetwork = 0;
    qsizetype shared = 0;
    for (const BorderLine &line : borders) {
        edgesInNetwork += line.full().size() - 1;
        QVERIFY(!line.countryCode.isEmpty());
        QCOMPARE(line.levels().size(), Geometry::lodTolerances().size());
        if (!line.otherCountryCode.isEmpty())
            shared += line.full().size() - 1;
    }
    // Every edge is in the network once: those two units share appear in two outlines.
    QCOMPARE(edgesInNetwork + shared, edgesInOutlines);
    QVERIFY(shared > edgesInOutlines / 4);
    const AdminUnit *mopti = data().adminUnit(QStringLiteral("ML-5"));
    const AdminUnit *tombouctou = data().adminUnit(QStringLiteral("ML-6"));
    QVERIFY(mopti && tombouctou);
    const auto between = std::count_if(borders.cbegin(), borders.cend(), [&](const BorderLine &line) {
        return line.countryCode == QLatin1String("ML") && line.otherCountryCode == QLatin1String("ML") &&
               mopti->shape.bounds().intersects(line.bounds) &&
               tombouctou->shape.bounds().intersects(line.bounds);
    });
    QVERIFY(between >= 1);
}

void TestGeoDatabase::openFileWithoutLayers()
{
    // A valid vector file of an allowed driver, without the atlas' layers.
    const QString path = m_dir.filePath(QStringLiteral("points.geojson"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},)"
                   R"( "geometry": {"type": "Point", "coordinates": [-8, 12.65]}}]})");
    }
    const GeoDatabaseLoad load = GeoDatabase::openFile(path);
    QVERIFY(!load.database);
    QVERIFY2(load.error.startsWith(path + QStringLiteral(": ")), qPrintable(load.error));
    QVERIFY2(load.error.contains(QStringLiteral("\"countries\" is missing")), qPrintable(load.error));
}

void TestGeoDatabase::neverUsesNetwork()
{
    QVERIFY(!GeoDatabase::openFile(QStringLiteral("/vsicurl/http://127.0.0.1:9/x.gpkg")).database);
    QCOMPARE(GdalEnvironment::refusedNetworkRequests(), 0);
}

namespace {

/// Equal vertex counts and every vertex within the snapshot's tenth of a metre.
bool sameRing(const Ring &a, const Ring &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (std::abs(a[i].x() - b[i].x()) > 0.051 || std::abs(a[i].y() - b[i].y()) > 0.051)
            return false;
    return true;
}

bool sameShape(const MultiPolygon &a, const MultiPolygon &b)
{
    if (a.polygons.size() != b.polygons.size())
        return false;
    for (qsizetype p = 0; p < a.polygons.size(); ++p) {
        const QList<Ring> &ra = a.polygons[p].rings;
        const QList<Ring> &rb = b.polygons[p].rings;
        if (ra.size() != rb.size() || !std::equal(ra.cbegin(), ra.cend(), rb.cbegin(), sameRing))
            return false;
    }
    return true;
}

bool sameLod(const LodShape &a, const LodShape &b)
{
    return sameShape(a.full(), b.full()) && a.levels().size() == b.levels().size() &&
           std::equal(a.levels().cbegin(), a.levels().cend(), b.levels().cbegin(), sameShape) &&
           a.bounds() == a.full().bounds;
}

} // namespace

void TestGeoDatabase::snapshotIsTheGeoPackage()
{
    // What the app reads at start (the snapshot baked at build time) is what reading and computing the
    // GeoPackage gives: the same features in the same order, the same names, levels and label points, and
    // vertices within the snapshot's tenth of a metre; regions cached from one are valid for the other.
    const GeoData &snapshot = data();
    const GeoData &computed = m_geoPackage->data();
    QCOMPARE(m_database->fingerprint(), m_geoPackage->fingerprint());
    const auto compareUnits = [](const QList<AdminUnit> &a, const QList<AdminUnit> &b) {
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].code, b[i].code);
            QCOMPARE(a[i].countryCode, b[i].countryCode);
            QCOMPARE(a[i].nameEn, b[i].nameEn);
            QCOMPARE(a[i].nameFr, b[i].nameFr);
            QCOMPARE(a[i].group, b[i].group);
            QCOMPARE(a[i].type, b[i].type);
            QCOMPARE(a[i].labelPoint, b[i].labelPoint);
            QVERIFY2(sameLod(a[i].shape, b[i].shape), qPrintable(a[i].nameEn));
        }
    };
    compareUnits(snapshot.countries, computed.countries);
    compareUnits(snapshot.admin1, computed.admin1);
    compareUnits(snapshot.world, computed.world);
    QCOMPARE(snapshot.admin1Borders.size(), computed.admin1Borders.size());
    for (qsizetype i = 0; i < snapshot.admin1Borders.size(); ++i) {
        const BorderLine &a = snapshot.admin1Borders[i];
        const BorderLine &b = computed.admin1Borders[i];
        QVERIFY(sameRing(a.full(), b.full()));
        QVERIFY(std::equal(a.levels().cbegin(), a.levels().cend(), b.levels().cbegin(), b.levels().cend(),
                           sameRing));
        QCOMPARE(a.bounds, Geometry::ringBounds(a.full()));
        QCOMPARE(a.countryCode, b.countryCode);
        QCOMPARE(a.otherCountryCode, b.otherCountryCode);
    }
    QCOMPARE(snapshot.towns.size(), computed.towns.size());
    for (qsizetype i = 0; i < snapshot.towns.size(); ++i) {
        const Town &a = snapshot.towns[i];
        const Town &b = computed.towns[i];
        QVERIFY(a.geonameid == b.geonameid && a.nameFr == b.nameFr && a.nameEn == b.nameEn &&
                a.countryCode == b.countryCode && a.population == b.population && a.capital == b.capital &&
                a.onMap == b.onMap && a.position.lon == b.position.lon && a.position.lat == b.position.lat &&
                a.projected == b.projected);
    }
    QCOMPARE(snapshot.rivers.size(), computed.rivers.size());
    for (qsizetype i = 0; i < snapshot.rivers.size(); ++i) {
        const WaterLine &a = snapshot.rivers[i];
        const WaterLine &b = computed.rivers[i];
        QVERIFY(a.nameEn == b.nameEn && a.nameFr == b.nameFr && a.scaleRank == b.scaleRank &&
                a.scale == b.scale);
        QVERIFY(sameRing(a.full, b.full));
        QVERIFY(std::equal(a.levels.cbegin(), a.levels.cend(), b.levels.cbegin(), b.levels.cend(), sameRing));
    }
    QCOMPARE(snapshot.lakes.size(), computed.lakes.size());
    for (qsizetype i = 0; i < snapshot.lakes.size(); ++i) {
        QCOMPARE(snapshot.lakes[i].nameFr, computed.lakes[i].nameFr);
        QCOMPARE(snapshot.lakes[i].labelPoint, computed.lakes[i].labelPoint);
        QVERIFY(sameLod(snapshot.lakes[i].shape, computed.lakes[i].shape));
    }
    QCOMPARE(snapshot.physicalNames.size(), computed.physicalNames.size());
    for (qsizetype i = 0; i < snapshot.physicalNames.size(); ++i) {
        QCOMPARE(snapshot.physicalNames[i].nameFr, computed.physicalNames[i].nameFr);
        QCOMPARE(snapshot.physicalNames[i].kind, computed.physicalNames[i].kind);
        QCOMPARE(snapshot.physicalNames[i].projected, computed.physicalNames[i].projected);
    }
    QCOMPARE(snapshot.detailedWaterBounds, computed.detailedWaterBounds);
    QCOMPARE(snapshot.detailedBounds, computed.detailedBounds);
}

void TestGeoDatabase::framingStopsWhereTheDataIsSimplified()
{
    // The water is 1:10m everywhere, so it no longer bounds the framing: the file's detailed area does, the
    // box where Africa's admin-1 units are not simplified (maps/SOURCES.md).
    QCOMPARE(data().detailedBounds, WebMercator::projectBounds(-30, -40, 60, 45));
    QVERIFY(data().detailedWaterBounds.contains(WebMercator::projectBounds(-165, -50, 177, 81)));
    const auto cap = [&](double west, double south, double east, double north) {
        return data().framingZoomCap(WebMercator::projectBounds(west, south, east, north));
    };
    QCOMPARE(cap(-5, 11, 4, 20), 9.0);      // the AES
    QCOMPARE(cap(13, 12, 15, 14), 9.0);     // Lake Chad
    QCOMPARE(cap(-70, -27, -62, -17), 6.5); // the lithium triangle
    QCOMPARE(cap(100, 10, 108, 18), 6.5);   // the lower Mekong
    QCOMPARE(cap(-2, 46, 8, 51), 6.5);      // northern France, beyond the box
}

QTEST_GUILESS_MAIN(TestGeoDatabase)
#include "tst_geodatabase.moc"
