// The geodata opening path against hostile files, in process: the bad-input corpus through the reader users
// reach (VectorLayerReader), and GDAL itself held offline: no HTTP request, no network file system, no PROJ
// download, whatever a file asks for. A listener on 127.0.0.1 counts connection attempts.
#include "../ListenerConnections.h"
#include "FeatureCensus.h"
#include "GdalEnvironment.h"
#include "GeoDatabase.h"
#include "GeosDeadline.h"
#include "OgrConversion.h"
#include "VectorLayerReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace sahel;

namespace {

// The issue's 2 s answer, scaled for sanitizer builds (SAHEL_TIME_SCALE, set by CMake).
constexpr qint64 answerBudgetMs = 2000 * SAHEL_TIME_SCALE;

QString bad(const QString &name)
{
    return QStringLiteral(SAHEL_TEST_DATA_DIR "/bad/") + name;
}

QString describe(const VectorLayerLoad &load)
{
    return QStringLiteral("error: %1\nwarnings:\n%2").arg(load.error, load.warnings.join(QLatin1Char('\n')));
}

} // namespace

class TestGeoBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void repairedPolygonIsKept();
    void remoteCrsIsNotFetched();
    void httpFetchIsRefused();
    void networkFileSystemsAreGone_data();
    void networkFileSystemsAreGone();
    void crsFromUrlIsNotFetched();
    void notAGeoPackageAsBaseMap();
    void viewsRefusedAsBaseMap();
    void remoteCrsByNameWarns();
    void geosDeadlineInterruptsRepair();
    void censusCountsCsvRecords();
    void censusCountsJson();

private:
    int connections();
    QString withPort(const QString &fixture);

    QTemporaryDir m_dir;
    QTcpServer m_listener;
    QString m_port;
};

void TestGeoBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_listener.listen(QHostAddress::LocalHost));
    m_port = QString::number(m_listener.serverPort());
    QTcpSocket probe; // a listener that never sees anything would prove nothing
    probe.connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
    QVERIFY(probe.waitForConnected(5000));
    QCOMPARE(connections(), 1);
    GdalEnvironment::initialise();

    QFile huge(m_dir.filePath(QStringLiteral("huge.geojson")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(100LL * 1024 * 1024)); // sparse
    QFile deep(m_dir.filePath(QStringLiteral("deep.geojson")));
    QVERIFY(deep.open(QIODevice::WriteOnly));
    deep.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, )"
               R"("geometry": {"type": "Polygon", "coordinates": )" +
               QByteArray(100000, '[') + "0" + QByteArray(100000, ']') + "}}]}");
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.geojson")));
    QFile corrupt(m_dir.filePath(QStringLiteral("corrupt.gpkg"))); // SQLite's magic, then nonsense
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff'));
    corrupt.close();
    QVERIFY(QFile::link(QStringLiteral("loop-b.geojson"), m_dir.filePath(QStringLiteral("loop-a.geojson"))));
    QVERIFY(QFile::link(QStringLiteral("loop-a.geojson"), m_dir.filePath(QStringLiteral("loop-b.geojson"))));
    QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("fifo.geojson"))).constData(), 0600),
             0);
}

int TestGeoBadInput::connections()
{
    return ListenerConnections::drain(m_listener);
}

QString TestGeoBadInput::withPort(const QString &fixture)
{
    QFile source(bad(fixture));
    if (!source.open(QIODevice::ReadOnly))
        return {};
    const QString path = m_dir.filePath(fixture);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(source.readAll().replace("PORT", m_port.toUtf8()));
    return path;
}

void TestGeoBadInput::corpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<QStringList>("messages"); // in the error or the warnings, each starting with the path

    const auto row = [](const char *name, const QString &path, bool loads, const QStringList &messages) {
        QStringList prefixed;
        for (const QString &message : messages)
            prefixed.append(path + message);
        QTest::newRow(name) << path << loads << prefixed;
    };
    row("not a GeoPackage", bad(QStringLiteral("not-a-geopackage.gpkg")), false,
        {QStringLiteral(": not a vector file Sahel Atlas can read")});
    row("Shapefile without its .dbf", bad(QStringLiteral("no-dbf.shp")), false,
        {QStringLiteral(": the Shapefile's .dbf")});
    row("no CRS: assumed WGS 84", bad(QStringLiteral("no-crs.shp")), true,
        {QStringLiteral(
            ": layer \"no-crs\" has no coordinate system; assumed WGS 84 longitude/latitude (EPSG:4326)")});
    row("self-intersecting polygon: repaired", bad(QStringLiteral("self-intersecting.geojson")), true,
        {QStringLiteral(": 1 feature(s) with invalid geometry repaired (first: feature 0)")});
    row("empty polygons: skipped", bad(QStringLiteral("empty-polygons.geojson")), false,
        {QStringLiteral(": 3 feature(s) without geometry skipped (first: feature 0)"),
         QStringLiteral(": no feature with a usable geometry")});
    row("coordinates outside ±180/±90: skipped", bad(QStringLiteral("out-of-range.geojson")), false,
        {QStringLiteral(": 2 feature(s) with out-of-range coordinates skipped (first: feature 0)"),
         QStringLiteral(": 1 feature(s) with empty or out-of-range coordinates skipped (first: feature 1)"),
         QStringLiteral(": no feature with a usable geometry")});
    row("100 MB file", m_dir.filePath(QStringLiteral("huge.geojson")), false,
        {QStringLiteral(": not a vector file Sahel Atlas can read")});
    row("100000 levels of nesting", m_dir.filePath(QStringLiteral("deep.geojson")), false,
        {QStringLiteral(": not a vector file Sahel Atlas can read")});
    row("a directory", m_dir.filePath(QStringLiteral("folder.geojson")), false,
        {QStringLiteral(": is a directory, not a file")});
    row("a symlink loop", m_dir.filePath(QStringLiteral("loop-a.geojson")), false,
        {QStringLiteral(": broken symbolic link or symbolic link loop")});
    row("a FIFO", m_dir.filePath(QStringLiteral("fifo.geojson")), false,
        {QStringLiteral(": not a regular file (a device, FIFO or socket)")});
    row("a /vsicurl/ path", QStringLiteral("/vsicurl/http://127.0.0.1:%1/x.gpkg").arg(m_port), false,
        {QStringLiteral(": GDAL virtual file system paths are not allowed")});
    row("a /vsizip/ path", QStringLiteral("/vsizip/") + bad(QStringLiteral("no-crs.shp")), false,
        {QStringLiteral(": GDAL virtual file system paths are not allowed")});
    row("a URL", QStringLiteral("http://127.0.0.1:%1/x.geojson").arg(m_port), false,
        {QStringLiteral(": URLs are not allowed")});
    row("a driver prefix", QStringLiteral("GPKG:") + bad(QStringLiteral("not-a-geopackage.gpkg")), false,
        {QStringLiteral(": driver prefixes such as GPKG: are not allowed")});
    row("a view over an endless recursive query", bad(QStringLiteral("recursive-view.gpkg")), false,
        {QStringLiteral(": holds SQL views (\"endless\")")});
    row("gpkg_contents as an endless view", bad(QStringLiteral("contents-view.gpkg")), false,
        {QStringLiteral(": holds SQL views (\"gpkg_contents\")")});
    row("an SQLite file whose schema cannot be read", m_dir.filePath(QStringLiteral("corrupt.gpkg")), false,
        {QStringLiteral(": not a readable GeoPackage: SQLite cannot read its schema")});
    row("an endless trigger: never runs, loads", bad(QStringLiteral("trigger.gpkg")), true, {});
    row("a ring of 300 random vertices: repair past its budget", bad(QStringLiteral("self-crossing.geojson")),
        false,
        {QStringLiteral(
            ": 1 feature(s) with geometry that could not be checked or repaired within 1 s skipped "
            "(first: feature 0)")});
    row("inline JSON", QStringLiteral("{\"type\": \"FeatureCollection\", \"features\": []}"), false,
        {QStringLiteral(": inline JSON is not a file name")});
}

void TestGeoBadInput::corpus()
{
    QFETCH(QString, path);
    QFETCH(bool, loads);
    QFETCH(QStringList, messages);
    QElapsedTimer timer;
    timer.start();
    const VectorLayerLoad load = VectorLayerReader::read(path);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(load.ok() == loads, qPrintable(describe(load)));
    QCOMPARE(load.layers.isEmpty(), !loads);
    const QStringList said = load.warnings + QStringList{load.error};
    for (const QString &message : messages)
        QVERIFY2(said.contains(message) ||
                     std::any_of(said.cbegin(), said.cend(),
                                 [&](const QString &s) { return s.startsWith(message); }),
                 qPrintable(QStringLiteral("expected \"%1\" in\n%2").arg(message, describe(load))));
    QVERIFY2(elapsed < answerBudgetMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(connections(), 0);
}

void TestGeoBadInput::repairedPolygonIsKept()
{
    // Repaired, not dropped: both the bow tie (as its two triangles) and the square are on the map.
    const VectorLayerLoad load = VectorLayerReader::read(bad(QStringLiteral("self-intersecting.geojson")));
    QVERIFY2(load.ok(), qPrintable(describe(load)));
    QCOMPARE(load.layers.size(), 1);
    QCOMPARE(load.layers.first()->features.size(), 2);
    const UserFeature &bowtie = load.layers.first()->features.first();
    QCOMPARE(bowtie.kind, UserFeature::Kind::Area);
    QCOMPARE(bowtie.area.full().polygons.size(), 2);
}

void TestGeoBadInput::remoteCrsIsNotFetched()
{
    // GDAL downloads a GeoJSON "crs" of type "link" (gdal-bin's ogrinfo does: see tst_cli_badinput).
    const int refusedBefore = GdalEnvironment::refusedNetworkRequests();
    const VectorLayerLoad load = VectorLayerReader::read(withPort(QStringLiteral("remote-crs.geojson")));
    QCOMPARE(connections(), 0);
    QVERIFY2(GdalEnvironment::refusedNetworkRequests() > refusedBefore,
             "GDAL did not even try: the test is moot");
    // GDAL goes on with WGS 84, its default for GeoJSON; the user hears that something was not fetched.
    QVERIFY2(load.ok(), qPrintable(describe(load)));
    QVERIFY2(load.warnings.join(u'\n').contains(QLatin1String("refers to something online")),
             qPrintable(describe(load)));
}

void TestGeoBadInput::httpFetchIsRefused()
{
    const int refusedBefore = GdalEnvironment::refusedNetworkRequests();
    const QByteArray url = QStringLiteral("http://127.0.0.1:%1/anything").arg(m_port).toUtf8();
    CPLHTTPResult *result = CPLHTTPFetch(url.constData(), nullptr);
    if (result)
        CPLHTTPDestroyResult(result);
    QCOMPARE(connections(), 0);
    QCOMPARE(GdalEnvironment::refusedNetworkRequests(), refusedBefore + 1);
}

void TestGeoBadInput::networkFileSystemsAreGone_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/vsicurl/") << QStringLiteral("/vsicurl/http://127.0.0.1:%1/x.geojson").arg(m_port);
    QTest::newRow("/vsicurl?") << QStringLiteral("/vsicurl?url=http://127.0.0.1:%1/x.geojson").arg(m_port);
    QTest::newRow("/vsicurl_streaming/")
        << QStringLiteral("/vsicurl_streaming/http://127.0.0.1:%1/x.geojson").arg(m_port);
    QTest::newRow("inside /vsizip/")
        << QStringLiteral("/vsizip/vsicurl/http://127.0.0.1:%1/x.zip").arg(m_port);
}

void TestGeoBadInput::networkFileSystemsAreGone()
{
    // Past SafeFilePath (say, a path a driver builds itself), GDAL still must not reach a server.
    QFETCH(QString, path);
    const QByteArray utf8 = path.toUtf8();
    GDALDatasetH dataset =
        GDALOpenEx(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    QVERIFY(!dataset);
    VSIStatBufL stat;
    QVERIFY(VSIStatL(utf8.constData(), &stat) != 0);
    QCOMPARE(connections(), 0);
}

void TestGeoBadInput::crsFromUrlIsNotFetched()
{
    OGRSpatialReference srs;
    const QByteArray url = QStringLiteral("http://127.0.0.1:%1/crs.prj").arg(m_port).toUtf8();
    QVERIFY(srs.importFromUrl(url.constData()) != OGRERR_NONE);
    QCOMPARE(connections(), 0);
}

void TestGeoBadInput::notAGeoPackageAsBaseMap()
{
    const QString path = bad(QStringLiteral("not-a-geopackage.gpkg"));
    const GeoDatabaseLoad load = GeoDatabase::openFile(path);
    QVERIFY(!load.database);
    QVERIFY2(load.error.startsWith(path + QStringLiteral(": not a readable GeoPackage")),
             qPrintable(load.error));
}

void TestGeoBadInput::viewsRefusedAsBaseMap()
{
    const QString path = bad(QStringLiteral("recursive-view.gpkg"));
    const GeoDatabaseLoad load = GeoDatabase::openFile(path);
    QVERIFY(!load.database);
    QVERIFY2(load.error.startsWith(path + QStringLiteral(": holds SQL views")), qPrintable(load.error));
}

void TestGeoBadInput::remoteCrsByNameWarns()
{
    // GDAL does not even try to fetch a "name" that is a URL, so nothing counts a refused request: the file's
    // own count of what it names says it.
    const QString path = withPort(QStringLiteral("remote-crs-name.geojson"));
    const VectorLayerLoad load = VectorLayerReader::read(path);
    QCOMPARE(connections(), 0);
    QVERIFY2(load.ok(), qPrintable(describe(load)));
    QVERIFY2(
        load.warnings.contains(path + QStringLiteral(": refers to something online (such as its coordinate "
                                                     "system by URL); Sahel Atlas works offline and did not "
                                                     "fetch it")),
        qPrintable(describe(load)));
    QCOMPARE(load.warnings.filter(QStringLiteral("refers to something online")).size(), 1);
}

void TestGeoBadInput::geosDeadlineInterruptsRepair()
{
    // A bow tie GEOS repairs in microseconds: past a deadline the repair is interrupted (null), and the same
    // call without one succeeds, so the null is the deadline's doing.
    OGRPolygon bowtie;
    OGRLinearRing ring;
    for (const auto &[x, y] : {std::pair{0.0, 0.0}, {1.0, 1.0}, {1.0, 0.0}, {0.0, 1.0}, {0.0, 0.0}})
        ring.addPoint(x, y);
    bowtie.addRing(&ring);
    QVERIFY(!bowtie.IsValid());
    {
        const GeosDeadline passed(GeosDeadline::Clock::now() - std::chrono::seconds(1));
        QVERIFY(GeosDeadline::expired());
        const OgrGeometryPtr repaired(bowtie.MakeValid());
        QVERIFY(!repaired);
    }
    QVERIFY(!GeosDeadline::expired());
    const OgrGeometryPtr repaired(bowtie.MakeValid());
    QVERIFY(repaired && repaired->IsValid());
}

void TestGeoBadInput::censusCountsCsvRecords()
{
    QFile file(m_dir.filePath(QStringLiteral("quoted.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,lon,lat\n\"two\nlines\",1,2\nplain,3,4\n\"a \"\"quote\"\"\",5,6"); // no final newline
    file.close();
    const FeatureCensus census = FeatureCensus::ofCsv(file.fileName());
    QCOMPARE(census.features, 3);
}

void TestGeoBadInput::censusCountsJson()
{
    QFile file(m_dir.filePath(QStringLiteral("census.geojson")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Strings that look like structure ("Feature", brackets and numbers) must not count.
    file.write(R"({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:4326"}},
        "features": [
        {"type": "Feature", "properties": {"note": "[[1, 2]] \"Feature\"", "type": "Feature"},
         "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]], [[0.1, 0.1], [0.2, 0.1],
         [0.2, 0.2], [0.1, 0.1]]]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[-1, 2], [3, -4]]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [5, 6]}}]})");
    file.close();
    const FeatureCensus census = FeatureCensus::ofJson(file.fileName());
    QCOMPARE(census.features, 3 + 1); // the property whose value is "Feature" counts too: an upper bound
    QCOMPARE(census.vertices, 11);
    QCOMPARE(census.rings, 3);
    QVERIFY(!census.remoteCrs);
}

QTEST_GUILESS_MAIN(TestGeoBadInput)
#include "tst_geobadinput.moc"
