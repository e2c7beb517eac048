// Reads the user-layer fixtures and generated files through the safe path, and checks features,
// attributes, reprojection, repairs, warnings, refusals, cancellation and the grid index.
#include "VectorLayerReader.h"
#include "WebMercator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sahel;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SAHEL_TEST_DATA_DIR "/layers/") + QLatin1String(name);
}

LonLat lonLatOf(const UserFeature &feature)
{
    return WebMercator::unproject(feature.point);
}

} // namespace

class TestVectorLayerReader : public QObject
{
    Q_OBJECT

private slots:
    void csvFindsCoordinateColumnsByName();
    void csvWithOtherColumnNamesAsksForThem();
    void csvWithChosenColumns();
    void geoJsonMixedGeometriesAreRepairedAndSkipped();
    void projectedLayerIsReprojected();
    void refusesUnsafePaths_data();
    void refusesUnsafePaths();
    void notVectorDataIsAClearError();
    void largeLayerIsIndexedAndCancellable();
};

void TestVectorLayerReader::csvFindsCoordinateColumnsByName()
{
    const VectorLayerLoad load = VectorLayerReader::read(fixture("events.csv"));
    QVERIFY2(load.ok(), qPrintable(load.error));
    QCOMPARE(load.layers.size(), 1);
    const UserLayerData &layer = *load.layers.first();
    QCOMPARE(layer.name, QStringLiteral("events"));
    QCOMPARE(layer.features.size(), 3); // the row at longitude 200 is skipped
    QCOMPARE(layer.fieldNames.first(), QStringLiteral("id"));
    QVERIFY(layer.fieldNames.contains(QStringLiteral("type")));
    const UserFeature &first = layer.features.first();
    QCOMPARE(first.kind, UserFeature::Kind::Point);
    QVERIFY(std::abs(lonLatOf(first).lon - 0.5) < 1e-9);
    QVERIFY(std::abs(lonLatOf(first).lat - 14.9) < 1e-9);
    QCOMPARE(first.values.at(layer.fieldNames.indexOf(QStringLiteral("type"))), QStringLiteral("Battle"));
    const QString warnings = load.warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("no coordinate system")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("out-of-range")), qPrintable(warnings));
    QVERIFY(warnings.contains(QStringLiteral("events.csv")));
}

void TestVectorLayerReader::csvWithOtherColumnNamesAsksForThem()
{
    const VectorLayerLoad load = VectorLayerReader::read(fixture("odd-columns.csv"));
    QVERIFY(!load.ok());
    QVERIFY(load.error.contains(QStringLiteral("odd-columns.csv")));
    QCOMPARE(load.csvColumns, (QStringList{QStringLiteral("id"), QStringLiteral("easting_deg"),
                                           QStringLiteral("northing_deg")}));
}

void TestVectorLayerReader::csvWithChosenColumns()
{
    const VectorLayerLoad load = VectorLayerReader::read(
        fixture("odd-columns.csv"), {QStringLiteral("easting_deg"), QStringLiteral("northing_deg")});
    QVERIFY2(load.ok(), qPrintable(load.error));
    QCOMPARE(load.layers.first()->features.size(), 2);
    QVERIFY(std::abs(lonLatOf(load.layers.first()->features.at(1)).lon - 1.2) < 1e-9);
}

void TestVectorLayerReader::geoJsonMixedGeometriesAreRepairedAndSkipped()
{
    const VectorLayerLoad load = VectorLayerReader::read(fixture("mixed.geojson"));
    QVERIFY2(load.ok(), qPrintable(load.error));
    const UserLayerData &layer = *load.layers.first();
    QCOMPARE(layer.count(UserFeature::Kind::Point), 1);
    QCOMPARE(layer.count(UserFeature::Kind::Line), 1);
    QCOMPARE(layer.count(UserFeature::Kind::Area), 1);
    const UserFeature &bowtie = layer.features.at(2);
    QCOMPARE(bowtie.kind, UserFeature::Kind::Area);
    QCOMPARE(bowtie.area.full().polygons.size(),
             2); // the self-intersecting bowtie, made valid: two triangles
    const QString warnings = load.warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("invalid geometry repaired")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("without geometry skipped")), qPrintable(warnings));
}

void TestVectorLayerReader::projectedLayerIsReprojected()
{
    const VectorLayerLoad load = VectorLayerReader::read(fixture("projected-3857.geojson"));
    QVERIFY2(load.ok(), qPrintable(load.error));
    const LonLat niamey = lonLatOf(load.layers.first()->features.first());
    QVERIFY2(std::abs(niamey.lon - 2.1098) < 1e-6 && std::abs(niamey.lat - 13.51366) < 1e-6,
             qPrintable(QStringLiteral("%1 %2").arg(niamey.lon).arg(niamey.lat)));
    QVERIFY(!load.warnings.join(u' ').contains(QStringLiteral("no coordinate system")));
}

void TestVectorLayerReader::refusesUnsafePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("why");
    QTest::newRow("vsicurl") << QStringLiteral("/vsicurl/http://127.0.0.1:9/x.geojson")
                             << QStringLiteral("virtual");
    QTest::newRow("url") << QStringLiteral("http://127.0.0.1:9/x.geojson") << QStringLiteral("URL");
    QTest::newRow("driver prefix") << QStringLiteral("GPKG:/tmp/x.gpkg") << QStringLiteral("prefix");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/x.geojson") << QStringLiteral("no such file");
    QTest::newRow("directory") << QStringLiteral(SAHEL_TEST_DATA_DIR) << QStringLiteral("directory");
    QTest::newRow("device") << QStringLiteral("/dev/zero") << QStringLiteral("not a regular file");
}

void TestVectorLayerReader::refusesUnsafePaths()
{
    QFETCH(QString, path);
    QFETCH(QString, why);
    const VectorLayerLoad load = VectorLayerReader::read(path);
    QVERIFY(!load.ok());
    QVERIFY(load.layers.isEmpty());
    QVERIFY2(load.error.contains(path), qPrintable(load.error));
    QVERIFY2(load.error.contains(why, Qt::CaseInsensitive), qPrintable(load.error));
}

void TestVectorLayerReader::notVectorDataIsAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.gpkg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a GeoPackage at all\n");
    file.close();
    const VectorLayerLoad load = VectorLayerReader::read(path);
    QVERIFY(!load.ok());
    QVERIFY2(load.error.startsWith(path), qPrintable(load.error));
    QVERIFY(load.error.contains(QStringLiteral("not a vector file")));
}

void TestVectorLayerReader::largeLayerIsIndexedAndCancellable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("n,lon,lat\n");
    constexpr int count = 50000;
    for (int i = 0; i < count; ++i)
        file.write(QStringLiteral("%1,%2,%3\n")
                       .arg(i)
                       .arg(-10.0 + (i % 250) * 0.1)
                       .arg(5.0 + (i / 250) * 0.1)
                       .toUtf8());
    file.close();

    QList<double> fractions;
    const VectorLayerLoad load = VectorLayerReader::read(path, {}, [&fractions](double f) {
        fractions.append(f);
        return true;
    });
    QVERIFY2(load.ok(), qPrintable(load.error));
    const UserLayerData &layer = *load.layers.first();
    QCOMPARE(layer.features.size(), count);
    QVERIFY(fractions.size() > 3);
    QCOMPARE(fractions.last(), 1.0);
    // The index finds exactly the points in a box, without looking at the rest.
    const QRectF box = WebMercator::projectBounds(-5.05, 7.05, -3.95, 8.05);
    qsizetype inBox = 0;
    for (const UserFeature &f : layer.features)
        inBox += box.contains(f.point) ? 1 : 0;
    qsizetype found = 0;
    for (qsizetype i : layer.index.query(box))
        found += box.contains(layer.features[i].point) ? 1 : 0;
    QCOMPARE(found, inBox);
    QVERIFY(inBox > 50);
    QVERIFY(layer.index.query(box).size() < count / 10);

    const VectorLayerLoad cancelled = VectorLayerReader::read(path, {}, [](double) { return false; });
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.layers.isEmpty());
}

QTEST_GUILESS_MAIN(TestVectorLayerReader)
#include "tst_vectorlayerreader.moc"
