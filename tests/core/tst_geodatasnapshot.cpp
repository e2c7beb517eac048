#include "GeoDataSnapshot.h"
#include "WaterLine.h"
#include "WebMercator.h"

#include <QTest>

#include <cmath>

using namespace sahel;

namespace {

MultiPolygon square(double x, double y, double size)
{
    MultiPolygon shape;
    shape.polygons.append(
        Polygon{{Ring{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}}});
    shape.updateBounds();
    return shape;
}

AdminUnit unit(const QString &code, double x)
{
    AdminUnit unit;
    unit.code = code;
    unit.countryCode = code.left(2);
    unit.nameEn = QStringLiteral("Unit ") + code;
    unit.nameFr = QStringLiteral("Unité ") + code;
    unit.type = QStringLiteral("Region");
    unit.shape = LodShape::fromMultiPolygon(square(x, 1000.25, 50000.0));
    unit.labelPoint = Geometry::labelPoint(unit.shape);
    return unit;
}

GeoData sample()
{
    GeoData data;
    data.countries = {unit(QStringLiteral("ML"), 0), unit(QStringLiteral("NE"), 50000)};
    data.admin1 = {unit(QStringLiteral("ML-1"), 0), unit(QStringLiteral("NE-1"), 50000)};
    data.admin1Borders = BorderLine::network(data.admin1);
    data.world = {unit(QStringLiteral("FR"), -3e6)};
    Town town;
    town.geonameid = 2331447;
    town.nameFr = town.nameEn = QStringLiteral("Maiduguri");
    town.countryCode = QStringLiteral("NG");
    town.population = 1112449;
    town.capital = false;
    town.onMap = false;
    town.position = {13.15, 11.85};
    town.projected = WebMercator::project(town.position);
    data.towns = {town};
    WaterLine river = WaterLine::fromLine(Ring{{0, 0}, {1000.3, 2000.7}, {5000, 1000}});
    river.nameFr = QStringLiteral("Niger");
    river.scaleRank = 2;
    data.rivers = {river};
    Lake lake;
    lake.nameEn = QStringLiteral("Lake Chad");
    lake.scale = 50;
    lake.shape = LodShape::fromMultiPolygon(square(1e6, 1e6, 2e4));
    lake.labelPoint = {1.01e6, 1.01e6};
    data.lakes = {lake};
    PhysicalName sahara;
    sahara.nameFr = QStringLiteral("Sahara");
    sahara.kind = PhysicalName::Kind::Region;
    sahara.position = {5, 23};
    sahara.projected = WebMercator::project(sahara.position);
    data.physicalNames = {sahara};
    data.detailedWaterBounds = QRectF(-1, -2, 3, 4);
    data.detailedBounds = QRectF(-5, -6, 7, 8);
    return data;
}

} // namespace

/// The map data snapshot's format: what is written reads back, and damaged bytes are refused, never misread.
class TestGeoDataSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const GeoData data = sample();
        const QByteArray bytes = GeoDataSnapshot::write(data, "fp-42");
        QVERIFY(!bytes.isEmpty());
        const GeoDataSnapshotRead read = GeoDataSnapshot::read(bytes);
        QVERIFY2(read.data, qPrintable(read.error));
        QCOMPARE(read.sourceFingerprint, QByteArray("fp-42"));
        const GeoData &back = *read.data;
        QCOMPARE(back.countries.size(), 2);
        QCOMPARE(back.countries[1].nameFr, QStringLiteral("Unité NE"));
        QCOMPARE(back.countries[1].labelPoint, data.countries[1].labelPoint);
        QCOMPARE(back.admin1[0].shape.levels().size(), data.admin1[0].shape.levels().size());
        // Vertices are kept to the tenth of a metre, bounds follow the stored vertices.
        QCOMPARE(back.admin1[0].shape.full().polygons[0].rings[0][0], QPointF(0, 1000.3));
        QCOMPARE(back.admin1[0].shape.bounds().top(), 1000.3);
        QCOMPARE(back.admin1Borders.size(), data.admin1Borders.size());
        QCOMPARE(back.admin1Borders[0].otherCountryCode, data.admin1Borders[0].otherCountryCode);
        QCOMPARE(back.world[0].code, QStringLiteral("FR"));
        QCOMPARE(back.towns[0].geonameid, 2331447);
        QCOMPARE(back.towns[0].population, 1112449);
        QVERIFY(!back.towns[0].onMap && !back.towns[0].capital);
        QCOMPARE(back.towns[0].projected, data.towns[0].projected);
        QCOMPARE(back.rivers[0].full[1], QPointF(1000.3, 2000.7));
        QCOMPARE(back.rivers[0].bounds, QRectF(QPointF(0, 0), QPointF(5000, 2000.7)));
        QCOMPARE(back.rivers[0].scaleRank, 2);
        QCOMPARE(back.lakes[0].scale, 50);
        QCOMPARE(back.lakes[0].labelPoint, data.lakes[0].labelPoint);
        QCOMPARE(back.physicalNames[0].kind, PhysicalName::Kind::Region);
        QCOMPARE(back.physicalNames[0].position.lat, 23.0);
        QCOMPARE(back.detailedWaterBounds, data.detailedWaterBounds);
        QCOMPARE(back.detailedBounds, data.detailedBounds);
    }

    void repeatedLevelsShareTheirVertices()
    {
        // A square survives every simplification whole: its levels repeat the full ring, and read back they
        // share its list instead of holding copies.
        const GeoData data = sample();
        QCOMPARE(data.admin1[0].shape.levels()[0].polygons[0].rings[0],
                 data.admin1[0].shape.full().polygons[0].rings[0]);
        const GeoDataSnapshotRead read = GeoDataSnapshot::read(GeoDataSnapshot::write(data, "fp"));
        QVERIFY(read.data);
        const LodShape &shape = read.data->admin1[0].shape;
        QCOMPARE(shape.levels().size(), data.admin1[0].shape.levels().size());
        for (const MultiPolygon &level : shape.levels()) {
            QCOMPARE(level.polygons[0].rings[0], shape.full().polygons[0].rings[0]);
            QCOMPARE(level.polygons[0].rings[0].constData(), shape.full().polygons[0].rings[0].constData());
        }
        const WaterLine &river = read.data->rivers[0];
        QCOMPARE(river.levels.size(), data.rivers[0].levels.size());
        QCOMPARE(river.levels.last(), data.rivers[0].levels.last());
    }

    void levelsAreStoredAsCountsOrListed()
    {
        // Levels made as Geometry::simplifyLevels() makes them are stored as one byte per vertex (the number
        // of levels that keep it) and read back as they were; levels made some other way are listed.
        Ring circle;
        for (int i = 0; i < 2000; ++i) {
            const double angle = i * 2 * 3.14159265358979 / 2000;
            const double radius = 200000.0 + 3000.0 * std::sin(17 * angle) + 400.0 * std::sin(211 * angle);
            circle.append(QPointF(std::round(10 * radius * std::cos(angle)) / 10,
                                  std::round(10 * radius * std::sin(angle)) / 10));
        }
        circle.append(circle.first());
        MultiPolygon shape;
        shape.polygons.append(Polygon{{circle}});
        // A 10 m island: its 6 vertices are kept at no level, so it vanishes from all of them.
        shape.polygons.append(
            Polygon{{Ring{{1e6, 0}, {1e6 + 10, 0}, {1e6 + 12, 5}, {1e6 + 10, 10}, {1e6, 10}, {1e6, 0}}}});
        shape.updateBounds();
        GeoData data;
        data.countries = {unit(QStringLiteral("ML"), 0)};
        data.countries[0].shape = LodShape::fromMultiPolygon(shape);
        const LodShape &made = data.countries[0].shape;
        QVERIFY(made.levels().first().vertexCount() > made.levels().last().vertexCount());
        QCOMPARE(made.levels().first().polygons.size(), 1);
        QCOMPARE(made.levels().last().polygons.size(), 1);
        const QByteArray counted = GeoDataSnapshot::write(data, "fp");
        // 8 bytes for each full vertex and 1 for its count, nothing for each level.
        QVERIFY2(counted.size() < 2005 * 9 + 4000, qPrintable(QString::number(counted.size())));
        const auto sameLevels = [](const LodShape &a, const LodShape &b) {
            if (a.levels().size() != b.levels().size())
                return false;
            for (qsizetype i = 0; i < a.levels().size(); ++i) {
                if (a.levels()[i].polygons.size() != b.levels()[i].polygons.size())
                    return false;
                for (qsizetype p = 0; p < a.levels()[i].polygons.size(); ++p)
                    if (a.levels()[i].polygons[p].rings != b.levels()[i].polygons[p].rings)
                        return false;
            }
            return true;
        };
        GeoDataSnapshotRead read = GeoDataSnapshot::read(counted);
        QVERIFY2(read.data, qPrintable(read.error));
        QVERIFY(sameLevels(read.data->countries[0].shape, made));
        // A level that is not a subset of the full shape: listed, and read back as it was.
        QList<MultiPolygon> changed = data.countries[0].shape.levels().toList();
        changed[3] = square(5e5, 5e5, 1e4);
        data.countries[0].shape = LodShape::fromParts(data.countries[0].shape.full(), changed);
        const QByteArray listed = GeoDataSnapshot::write(data, "fp");
        QVERIFY(listed.size() > counted.size());
        read = GeoDataSnapshot::read(listed);
        QVERIFY2(read.data, qPrintable(read.error));
        QVERIFY(sameLevels(read.data->countries[0].shape, data.countries[0].shape));
        // A river's levels are counted the same way.
        WaterLine river = WaterLine::fromLine(circle.first(1500));
        data.rivers = {river};
        read = GeoDataSnapshot::read(GeoDataSnapshot::write(data, "fp"));
        QVERIFY(read.data);
        QCOMPARE(read.data->rivers[0].levels.toList(), river.levels.toList());
    }

    void shapesAreDecodedWhenFirstRead()
    {
        // Reading a snapshot checks every shape and border line and knows their bounds, but decodes one
        // only when it is first read: a view decodes what it shows.
        const GeoData data = sample();
        const GeoDataSnapshotRead read = GeoDataSnapshot::read(GeoDataSnapshot::write(data, "fp"));
        QVERIFY(read.data);
        const GeoData &back = *read.data;
        for (const QList<AdminUnit> *units : {&back.countries, &back.admin1, &back.world})
            for (const AdminUnit &unit : *units)
                QVERIFY(!unit.shape.isDecoded());
        for (const BorderLine &line : back.admin1Borders)
            QVERIFY(!line.isDecoded());
        // The bounds known before are those of the vertices decoded after.
        const LodShape &shape = back.countries[1].shape;
        const QRectF bounds = shape.bounds();
        QCOMPARE(shape.isEmpty(), false);
        QCOMPARE(shape.full().bounds, bounds);
        QVERIFY(shape.isDecoded());
        QVERIFY(!back.countries[0].shape.isDecoded());
        const BorderLine &line = back.admin1Borders[0];
        const QRectF lineBounds = line.bounds;
        QCOMPARE(line.full().size(), data.admin1Borders[0].full().size()); // to the tenth of a metre
        QCOMPARE(lineBounds, Geometry::ringBounds(line.full()));
        // Decoded from bytes that outlive the read: the snapshot's own are gone by now.
        QCOMPARE(back.admin1[0].shape.full().polygons[0].rings[0][0], QPointF(0, 1000.3));
        // What the window does off the UI thread around a settled view: only what lies near it.
        back.decodeWithin(QRectF(-1e3, -1e3, 1e4, 1e4));
        QVERIFY(back.admin1[0].shape.isDecoded());
        QVERIFY(!back.world[0].shape.isDecoded());
        back.decodeWithin(QRectF(-1e9, -1e9, 2e9, 2e9));
        for (const QList<AdminUnit> *units : {&back.countries, &back.admin1, &back.world})
            for (const AdminUnit &unit : *units)
                QVERIFY(unit.shape.isDecoded());
        for (const BorderLine &border : back.admin1Borders)
            QVERIFY(border.isDecoded());
        QVERIFY(back.lakes[0].shape.isDecoded());
    }

    void countedLevelsAreMadeWhenFirstRead()
    {
        // A world of shapes is drawn at a level or two at a time: reading a snapshot makes none of the
        // counted levels, drawing makes the one it reads, and copies share what was made.
        const GeoData data = sample();
        const GeoDataSnapshotRead read = GeoDataSnapshot::read(GeoDataSnapshot::write(data, "fp"));
        QVERIFY(read.data);
        const LodShape &shape = read.data->admin1[0].shape;
        const qsizetype levels = Geometry::lodTolerances().size();
        QCOMPARE(shape.levels().size(), levels);
        QCOMPARE(shape.levels().madeCount(), 0);
        const LodShape copy = shape;
        const MultiPolygon &drawn = copy.forResolution(Geometry::lodTolerances().last() * 2);
        QCOMPARE(&drawn, &shape.levels().last());
        QCOMPARE(shape.levels().madeCount(), 1);
        QCOMPARE(read.data->rivers[0].levels.madeCount(), 0);
        QCOMPARE(read.data->rivers[0].levels.toList(), data.rivers[0].levels.toList());
        QCOMPARE(read.data->rivers[0].levels.madeCount(), levels);
        // Made levels (a simplification's) are all there from the start.
        QCOMPARE(data.admin1[0].shape.levels().madeCount(), levels);
    }

    void everyTruncationIsRefused()
    {
        const QByteArray bytes = GeoDataSnapshot::write(sample(), "fp");
        for (qsizetype size = 0; size < bytes.size(); ++size)
            QVERIFY2(!GeoDataSnapshot::read(bytes.first(size)).data, qPrintable(QString::number(size)));
        QVERIFY(!GeoDataSnapshot::read(bytes + "x").data); // trailing bytes too
    }

    void damageIsRefused()
    {
        const QByteArray good = GeoDataSnapshot::write(sample(), "fp");
        QByteArray otherMagic = good;
        otherMagic[0] = 'X';
        QVERIFY(GeoDataSnapshot::read(otherMagic).error.contains(QStringLiteral("not a Sahel Atlas")));
        QByteArray otherVersion = good;
        otherVersion[8] = char(99);
        QVERIFY(GeoDataSnapshot::read(otherVersion).error.contains(QStringLiteral("version 99")));
        // A count claiming more items than bytes left (the first section's units) is refused before any
        // allocation: after the header, the fingerprint ("fp") and the table of the 8 sections' sizes.
        QByteArray hugeCount = good;
        const qsizetype countriesCount = 8 + 4 + 4 + 4 + 2 + 4 + 8 * 8;
        for (int i = 0; i < 4; ++i)
            hugeCount[countriesCount + i] = char(0xfe);
        QVERIFY(!GeoDataSnapshot::read(hugeCount).data);
        // A section size reaching past the end.
        QByteArray longSection = good;
        longSection[8 + 4 + 4 + 4 + 2 + 4 + 7] = char(0x7f);
        QVERIFY(!GeoDataSnapshot::read(longSection).data);
    }

    void vertexOutsideTheRangeIsNotWritten()
    {
        GeoData data = sample();
        data.rivers[0].full[0] = {3e8, 0}; // 300,000 km: not a projected coordinate
        QVERIFY(GeoDataSnapshot::write(data, "fp").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeoDataSnapshot)
#include "tst_geodatasnapshot.moc"
