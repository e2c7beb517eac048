// The sahel-atlas command line, run as a user would, its files checked with GDAL's own tools; usage errors,
// with and without a display. Exports of SVG, PDF, handouts and screenshots: tst_cli_exports.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

using cli::atlas;
using cli::Run;
using cli::run;
using cli::storyPath;

/// Web Mercator by hand, independent of the application's code.
QPointF webMercator(double lon, double lat)
{
    constexpr double radius = 6378137.0;
    constexpr double pi = std::numbers::pi;
    return {radius * lon * pi / 180.0, radius * std::log(std::tan(pi / 4.0 + lat * pi / 360.0))};
}

/// The story's own region count, read straight from the file.
qsizetype storyRegionCount()
{
    return cli::storyArraySize(QStringLiteral("regions"));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void version();
    void usageErrors_data();
    void usageErrors();
    void withoutDisplay_data();
    void withoutDisplay();
    void exportPng();
    void worldFilePlacesBamako();
    void namedViews_data();
    void namedViews();
    void exportIntoMissingFolder();
    void exportOverDirectory();
    void exportGeoJson();
    void checkStory();
    void checkMissingStory();
    void listRegions();
    void listRegionsOfUnknownCountry();
    void findPlace_data();
    void findPlace();
    void findNothing();

private:
    QString tool(const QString &name) const;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SAHEL_EXECUTABLE)).isExecutable(), SAHEL_EXECUTABLE);
    // The dependency script installs gdal-bin: these are the tools the checks rely on.
    for (const QString &name : {QStringLiteral("gdalinfo"), QStringLiteral("gdallocationinfo"),
                                QStringLiteral("gdalsrsinfo"), QStringLiteral("ogrinfo")})
        QVERIFY2(!tool(name).isEmpty(), qPrintable(name + QStringLiteral(" is not installed (gdal-bin)")));
}

QString TestCli::tool(const QString &name) const
{
    return QStandardPaths::findExecutable(name);
}

void TestCli::help()
{
    const Run r = atlas({QStringLiteral("--help")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(QLatin1String("--export")));
    QVERIFY(r.out.contains(QLatin1String("--world-file")));
    QVERIFY(r.out.contains(QLatin1String("Exit codes")));
}

void TestCli::version()
{
    const Run r = atlas({QStringLiteral("--version")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QStringLiteral("sahel-atlas 0.1.0"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("size too small") << QStringList{QStringLiteral("--export"), QStringLiteral("out.png"),
                                                   QStringLiteral("--size"), QStringLiteral("10")}
                                    << QStringLiteral("--size");
    QTest::newRow("size too large") << QStringList{QStringLiteral("--export"), QStringLiteral("out.png"),
                                                   QStringLiteral("--size"), QStringLiteral("9000x100")}
                                    << QStringLiteral("--size");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("bbox west > east") << QStringList{QStringLiteral("--export"), QStringLiteral("out.png"),
                                                     QStringLiteral("--bbox"), QStringLiteral("17,9,-13,26")}
                                      << QStringLiteral("--bbox");
    QTest::newRow("bbox west == east") << QStringList{QStringLiteral("--export"), QStringLiteral("out.png"),
                                                      QStringLiteral("--bbox"), QStringLiteral("5,9,5,26")}
                                       << QStringLiteral("--bbox");
    QTest::newRow("unknown view") << QStringList{QStringLiteral("--export"), QStringLiteral("out.png"),
                                                 QStringLiteral("--view"), QStringLiteral("europe")}
                                  << QStringLiteral("--view");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--export"), QStringLiteral("out.jpg")}
                                    << QStringLiteral("out.jpg");
    QTest::newRow("handout as png") << QStringList{QStringLiteral("--handout"), QStringLiteral("x.png")}
                                    << QStringLiteral("x.png");
    QTest::newRow("export and handout") << QStringList{QStringLiteral("--export"), QStringLiteral("a.png"),
                                                       QStringLiteral("--handout"), QStringLiteral("b.pdf")}
                                        << QStringLiteral("--handout");
    QTest::newRow("export and screenshot")
        << QStringList{QStringLiteral("--export"), QStringLiteral("a.png"), QStringLiteral("--screenshot"),
                       QStringLiteral("b.png")}
        << QStringLiteral("--screenshot");
    QTest::newRow("unknown page") << QStringList{QStringLiteral("--export"), QStringLiteral("x.pdf"),
                                                 QStringLiteral("--page"), QStringLiteral("tabloid")}
                                  << QStringLiteral("tabloid");
    QTest::newRow("unknown orientation")
        << QStringList{QStringLiteral("--export"), QStringLiteral("x.pdf"), QStringLiteral("--orientation"),
                       QStringLiteral("sideways")}
        << QStringLiteral("sideways");
    QTest::newRow("edit and export") << QStringList{QStringLiteral("--edit"), QStringLiteral("s.story.json"),
                                                    QStringLiteral("--export"), QStringLiteral("a.png")}
                                     << QStringLiteral("--edit");
    QTest::newRow("edit and story") << QStringList{QStringLiteral("--edit"), QStringLiteral("s.story.json"),
                                                   QStringLiteral("--story"), QStringLiteral("t.story.json")}
                                    << QStringLiteral("--edit");
    QTest::newRow("screenshot as svg")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("s.svg")} << QStringLiteral("s.svg");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run r = atlas(arguments, dir.path());
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCli::withoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("file");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QString();
    QTest::newRow("export") << QStringList{QStringLiteral("--export"), QStringLiteral("x.png"),
                                           QStringLiteral("--size"), QStringLiteral("64x48")}
                            << 0 << QStringLiteral("x.png");
}

void TestCli::withoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, file);
    // A server or a CI job: no display and no platform chosen. The command line must not need one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run r = atlas(arguments, dir.path(), [](QProcessEnvironment &environment) {
        for (const QString &name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                    QStringLiteral("WAYLAND_DISPLAY")})
            environment.remove(name);
    });
    QVERIFY2(r.finished && r.exitCode == exitCode, qPrintable(r.describe()));
    if (exitCode == 2)
        QVERIFY2(r.err.contains(arguments.constFirst().mid(2)), qPrintable(r.describe()));
    if (!file.isEmpty())
        QCOMPARE(QImage(dir.filePath(file)).size(), QSize(64, 48));
}

void TestCli::exportPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.png"));
    const Run r =
        atlas({QStringLiteral("--export"), path, QStringLiteral("--size"), QStringLiteral("800x600")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), QSize(800, 600));
    QVERIFY(!reader.read().isNull());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.pgw"))));

    const Run info = run(tool(QStringLiteral("gdalinfo")), {path});
    QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.describe()));
    QVERIFY2(info.out.contains(QLatin1String("Driver: PNG/")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QLatin1String("Size is 800, 600")), qPrintable(info.out));
}

void TestCli::worldFilePlacesBamako()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sahel.png"));
    const Run r =
        atlas({QStringLiteral("--export"), path, QStringLiteral("--size"), QStringLiteral("1200x800"),
               QStringLiteral("--bbox"), QStringLiteral("-13,9,17,26"), QStringLiteral("--world-file")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("sahel.pgw"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("sahel.prj"))));

    // GDAL finds the world file ...
    const Run info = run(tool(QStringLiteral("gdalinfo")), {path});
    QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.describe()));
    QVERIFY2(info.out.contains(QLatin1String("sahel.pgw")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QLatin1String("Size is 1200, 800")), qPrintable(info.out));
    // ... and reads the .prj as Web Mercator.
    const Run srs = run(tool(QStringLiteral("gdalsrsinfo")),
                        {QStringLiteral("-e"), dir.filePath(QStringLiteral("sahel.prj"))});
    QVERIFY2(srs.finished && srs.exitCode == 0, qPrintable(srs.describe()));
    QVERIFY2(srs.out.contains(QLatin1String("EPSG:3857")), qPrintable(srs.out));

    // The box grown to 3:2 around its centre, computed here independently.
    const QPointF southWest = webMercator(-13, 9);
    const QPointF northEast = webMercator(17, 26);
    const QPointF centre = (southWest + northEast) / 2.0;
    const double metresPerPixel =
        std::max((northEast.x() - southWest.x()) / 1200.0, (northEast.y() - southWest.y()) / 800.0);
    const QPointF bamako = webMercator(-8.0, 12.65);
    const double expectedX = (bamako.x() - centre.x()) / metresPerPixel + 600.0;
    const double expectedY = (centre.y() - bamako.y()) / metresPerPixel + 400.0;

    // The PNG carries no CRS GDAL reads (it ignores .prj next to a PNG), so ask in georeferenced metres.
    const Run location = run(tool(QStringLiteral("gdallocationinfo")),
                             {QStringLiteral("-geoloc"), path, QString::number(bamako.x(), 'f', 3),
                              QString::number(bamako.y(), 'f', 3)});
    QVERIFY2(location.finished && location.exitCode == 0, qPrintable(location.describe()));
    static const QRegularExpression pattern(QStringLiteral("Location: \\((\\d+)P,(\\d+)L\\)"));
    const QRegularExpressionMatch match = pattern.match(location.out);
    QVERIFY2(match.hasMatch(), qPrintable(location.out));
    const int column = match.captured(1).toInt();
    const int line = match.captured(2).toInt();
    QVERIFY2(std::abs(column - std::floor(expectedX)) <= 1 && std::abs(line - std::floor(expectedY)) <= 1,
             qPrintable(QStringLiteral("GDAL puts Bamako at pixel %1,%2; expected %3,%4")
                            .arg(column)
                            .arg(line)
                            .arg(expectedX, 0, 'f', 2)
                            .arg(expectedY, 0, 'f', 2)));
    // Bamako is within the image and not at its edge, so the check means something.
    QVERIFY(expectedX > 100 && expectedX < 1100 && expectedY > 100 && expectedY < 700);
}

void TestCli::namedViews_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("zoneFillsView");
    QTest::newRow("aes") << QStringLiteral("aes") << false;
    QTest::newRow("tri-border") << QStringLiteral("tri-border") << true;
    QTest::newRow("world") << QStringLiteral("world") << false;
}

void TestCli::namedViews()
{
    QFETCH(QString, view);
    QFETCH(bool, zoneFillsView);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(view + QStringLiteral(".png"));
    const Run r = atlas({QStringLiteral("--export"), path, QStringLiteral("--view"), view,
                         QStringLiteral("--size"), QStringLiteral("640x400")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(640, 400));

    // The tri-border view is mostly the red-hatched zone (in the room the furniture leaves it: a
    // 640x400 canvas gives it about a third); the others show it small or not at all.
    int red = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() - c.green() > 75 && c.red() - c.blue() > 75)
                ++red;
        }
    const int sampled = (image.width() / 2) * (image.height() / 2);
    if (zoneFillsView)
        QVERIFY2(red * 30 > sampled, qPrintable(QStringLiteral("%1 of %2 red").arg(red).arg(sampled)));
    else
        QVERIFY2(red * 50 < sampled, qPrintable(QStringLiteral("%1 of %2 red").arg(red).arg(sampled)));
}

void TestCli::exportIntoMissingFolder()
{
    const QString path = QStringLiteral("/nonexistent-dir/x.png");
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dir")));
    const Run r =
        atlas({QStringLiteral("--export"), path, QStringLiteral("--size"), QStringLiteral("64x64")});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(path), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dir")));
}

void TestCli::exportOverDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.png"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("x.png")));
    const Run r =
        atlas({QStringLiteral("--export"), path, QStringLiteral("--size"), QStringLiteral("64x64")});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(path), qPrintable(r.describe()));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("x.png")});
}

void TestCli::exportGeoJson()
{
    const qsizetype regionCount = storyRegionCount();
    QVERIFY(regionCount > 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.geojson"));
    const Run r = atlas({QStringLiteral("--export"), path});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));

    const Run info = run(tool(QStringLiteral("ogrinfo")),
                         {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), path});
    QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.describe()));
    QVERIFY2(info.out.contains(QLatin1String("using driver `GeoJSON'")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Feature Count: %1").arg(regionCount)), qPrintable(info.out));
    QVERIFY2(info.out.contains(QLatin1String("WGS 84")), qPrintable(info.out));
    for (const QString &field :
         {QStringLiteral("id:"), QStringLiteral("kind:"), QStringLiteral("name:"), QStringLiteral("facts:")})
        QVERIFY2(info.out.contains(field), qPrintable(info.out));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &feature : document.object().value(QLatin1String("features")).toArray())
        byId.insert(feature.toObject()
                        .value(QLatin1String("properties"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString(),
                    feature.toObject());
    QCOMPARE(byId.size(), regionCount);

    const QJsonObject tripoint =
        byId.value(QStringLiteral("tripoint")).value(QLatin1String("geometry")).toObject();
    QCOMPARE(tripoint.value(QLatin1String("type")).toString(), QStringLiteral("Point"));
    const QJsonArray position = tripoint.value(QLatin1String("coordinates")).toArray();
    QCOMPARE(position.size(), 2);
    QVERIFY2(std::abs(position.at(0).toDouble() - 0.22) < 0.05 &&
                 std::abs(position.at(1).toDouble() - 14.91) < 0.05,
             qPrintable(QStringLiteral("tripoint at %1,%2")
                            .arg(position.at(0).toDouble())
                            .arg(position.at(1).toDouble())));
    for (const QString &id :
         {QStringLiteral("tri-border"), QStringLiteral("liptako-gourma"), QStringLiteral("mali")}) {
        QVERIFY2(byId.contains(id), qPrintable(id));
        QCOMPARE(byId.value(id)
                     .value(QLatin1String("geometry"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("MultiPolygon"));
    }
}

void TestCli::checkStory()
{
    const Run r = atlas({QStringLiteral("--check-story"), storyPath()});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    static const QRegularExpression summary(
        QStringLiteral("^.+aes-2025-04-03\\.story\\.json: valid story \".+\", "
                       "(\\d+) facts, (\\d+) regions$"));
    const QRegularExpressionMatch match = summary.match(r.out.trimmed());
    QVERIFY2(match.hasMatch(), qPrintable(r.out));
    QVERIFY(match.captured(1).toInt() > 0);
    QCOMPARE(static_cast<qsizetype>(match.captured(2).toInt()), storyRegionCount());
}

void TestCli::checkMissingStory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.story.json"));
    const Run r = atlas({QStringLiteral("--check-story"), path});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(path), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

void TestCli::listRegions()
{
    const Run r = atlas({QStringLiteral("--list-regions"), QStringLiteral("ne")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QVERIFY(lines.constFirst().startsWith(QLatin1String("kind\t")));
    QCOMPARE(lines.at(1).section(u'\t', 0, 2), QStringLiteral("country\tNE\tNiger"));
    // Every admin-1 unit with both names, then the towns with their GeoNames ids.
    QVERIFY2(lines.contains(QStringLiteral("admin1\tNE-2\tDiffa\tDiffa\tNE\t13.3755\t16.6692")),
             qPrintable(r.out));
    const auto niamey = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("town\t2440485\tNiamey\t"));
    });
    QVERIFY2(niamey != lines.cend(), qPrintable(r.out));
    const QStringList columns = niamey->split(u'\t');
    QCOMPARE(columns.size(), 7);
    QVERIFY(std::abs(columns[5].toDouble() - 2.11) < 0.05 && std::abs(columns[6].toDouble() - 13.51) < 0.05);
    for (const QString &line : lines.mid(1))
        QCOMPARE(line.section(u'\t', 4, 4), QStringLiteral("NE"));
}

void TestCli::listRegionsOfUnknownCountry()
{
    const Run r = atlas({QStringLiteral("--list-regions"), QStringLiteral("NQ")});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    // One letter off: N-codes first (NA Namibia, NE Niger...).
    QVERIFY2(r.err.contains(QLatin1String("no country \"NQ\" in the map data; did you mean NA ")),
             qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

void TestCli::findPlace_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    // Accents and case ignored, French or English names.
    QTest::newRow("menaka") << QStringLiteral("menaka")
                            << QStringLiteral("town\t2453514\tMénaka\tMenaka\tML\t");
    QTest::newRow("TILLABERI") << QStringLiteral("TILLABERI") << QStringLiteral("admin1\tNE-6\tTillabéri\t");
    QTest::newRow("Burkina") << QStringLiteral("Burkina") << QStringLiteral("country\tBF\tBurkina Faso\t");
}

void TestCli::findPlace()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const Run r = atlas({QStringLiteral("--find-place"), query});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&expected](const QString &line) { return line.startsWith(expected); }),
             qPrintable(r.out));
}

void TestCli::findNothing()
{
    // (South Africa has a town called Atlantis.)
    const Run r = atlas({QStringLiteral("--find-place"), QStringLiteral("Xanadu-sur-Mer")});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("\"Xanadu-sur-Mer\"")), qPrintable(r.describe()));
    const Run both = atlas({QStringLiteral("--find-place"), QStringLiteral("x"),
                            QStringLiteral("--list-regions"), QStringLiteral("ML")});
    QVERIFY2(both.finished && both.exitCode == 2, qPrintable(both.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
