// PngExporter::write (pixel density, world file, .prj, failures that leave files alone), GeoJsonExporter, and
// "screen = export": the composition without furniture and the command line's PNG are, pixel for pixel, the
// image the screen's own MapRenderer paints.
#include "Atlas.h"
#include "FontLoader.h"
#include "GeoJsonExporter.h"
#include "MapComposer.h"
#include "MapRenderer.h"
#include "PngExporter.h"
#include "ProjectionText.h"
#include "Viewport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <functional>
#include <memory>
#include <numbers>

#include <unistd.h>

using namespace sahel;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    quint32 value = 0;
    for (qsizetype i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

struct PngPhysical
{
    bool found = false;
    quint32 x = 0;
    quint32 y = 0;
    int unit = -1; ///< 1: metre
};

/// The pHYs chunk of a PNG, read from the bytes rather than through Qt.
PngPhysical physicalChunk(const QByteArray &png)
{
    PngPhysical result;
    if (!png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return result;
    qsizetype at = 8;
    while (at + 8 <= png.size()) {
        const quint32 length = bigEndian32(png, at);
        const QByteArray type = png.mid(at + 4, 4);
        if (type == "pHYs" && length == 9 && at + 8 + 9 <= png.size()) {
            result.found = true;
            result.x = bigEndian32(png, at + 8);
            result.y = bigEndian32(png, at + 12);
            result.unit = static_cast<quint8>(png.at(at + 16));
            return result;
        }
        if (type == "IDAT" || type == "IEND")
            break; // pHYs must come before the image data
        at += 12 + static_cast<qsizetype>(length);
    }
    return result;
}

/// EPSG:3857 as GDAL/PROJ define it, for the world file.
PngExporter::Projection webMercator()
{
    return {ProjectionText::webMercatorPrj(), ProjectionText::webMercatorWkt()};
}

QStringList directoryEntries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

struct Process
{
    bool finished = false;
    int exitCode = -1;
    QString err;
};

Process runAtlas(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAHEL_EXECUTABLE), arguments);
    Process result;
    if (!process.waitForStarted(60000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = process.errorString();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

/// Whether any user may run the program: it and every folder above it are open to others.
bool everyoneMayRun(const QString &path)
{
    QFileInfo info(path);
    if (!info.permission(QFile::ReadOther | QFile::ExeOther))
        return false;
    for (QDir dir = info.absoluteDir(); !dir.isRoot(); dir.cdUp())
        if (!QFileInfo(dir.absolutePath()).permission(QFile::ExeOther))
            return false;
    return true;
}

/// Runs one test function of this program again as the unprivileged user nobody (through setpriv: for root
/// only). From a copy in /tmp when the build tree is closed to others. Empty when the function passed
/// there; else what went wrong, with the program's output.
QString runAsNobody(const QString &function)
{
    // In /tmp, which everyone may enter (TMPDIR may be root's own).
    QTemporaryDir dir(QStringLiteral("/tmp/sahel-nobody-XXXXXX"));
    if (!dir.isValid())
        return QStringLiteral("no temporary folder: %1").arg(dir.errorString());
    const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                        QFile::ExeOther;
    if (!QFile::setPermissions(dir.path(), everyone))
        return QStringLiteral("%1: could not open the folder to others").arg(dir.path());
    QString program = QCoreApplication::applicationFilePath();
    if (!everyoneMayRun(program)) {
        const QString copy = dir.filePath(QFileInfo(program).fileName());
        if (!QFile::copy(program, copy) || !QFile::setPermissions(copy, everyone))
            return QStringLiteral("%1: could not copy the test program there").arg(dir.path());
        program = copy;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("TMPDIR"), QStringLiteral("/tmp"));
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR")); // root's, which nobody may not use
    // Under the sanitizers, LeakSanitizer must read its suppressions: a copy nobody can read.
    if (environment.contains(QStringLiteral("LSAN_OPTIONS"))) {
        QStringList options = environment.value(QStringLiteral("LSAN_OPTIONS")).split(QLatin1Char(':'));
        for (QString &option : options) {
            const QLatin1String key("suppressions=");
            if (!option.startsWith(key))
                continue;
            const QString copy = dir.filePath(QStringLiteral("lsan.supp"));
            if (!QFile::copy(option.mid(key.size()), copy) || !QFile::setPermissions(copy, everyone))
                return QStringLiteral("%1: could not copy the leak suppressions").arg(option);
            option = key + copy;
        }
        environment.insert(QStringLiteral("LSAN_OPTIONS"), options.join(QLatin1Char(':')));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("setpriv"),
                  {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                   QStringLiteral("--clear-groups"), QStringLiteral("--"), program, function});
    if (!process.waitForStarted(60000) || !process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("setpriv: %1").arg(process.errorString());
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    // Passed, as nobody, and not skipped.
    const QString passed = QStringLiteral("PASS   : TestExporters::%1()").arg(function);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !output.contains(passed) ||
        output.contains(QLatin1String("SKIP")))
        return QStringLiteral("as nobody, exit code %1:\n%2").arg(process.exitCode()).arg(output);
    return {};
}

/// Renders on a new thread, whose font cache is as fresh as a new process's. Qt's FreeType engine gives a
/// glyph an advance 1/64 px different once it has rasterised it, which moves the halo outlines of labels
/// by that much: two renderings compare equal only from the same glyph cache state.
QImage inFreshThread(const std::function<QImage()> &render)
{
    QImage image;
    std::unique_ptr<QThread> thread(QThread::create([&] { image = render(); }));
    thread->start();
    thread->wait();
    return image;
}

/// Pixels that differ between two images of the same size, compared as opaque RGB32.
int differingPixels(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int column = 0; column < x.width(); ++column)
            count += p[column] != q[column] ? 1 : 0;
    }
    return count;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dotsPerMetre_data();
    void dotsPerMetre();
    void worldFile_data();
    void worldFile();
    void prj();
    void noProjectionNoFiles();
    void missingFolder();
    void existingDirectoryIsNotReplaced();
    void readOnlyFolderKeepsExistingFile();
    void geoJson();
    void geoJsonWithoutStory();
    void screenEqualsExport_data();
    void screenEqualsExport();
    void commandLineEqualsInProcess_data();
    void commandLineEqualsInProcess();

private:
    QImage smallImage(const Viewport &viewport) const;
    MapComposition aesComposition(QSize size) const;
    FrameState frameWithFact(const Viewport &viewport, const QString &factId) const;

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<MapRenderer> m_renderer;
};

void TestExporters::initTestCase()
{
    QCOMPARE(FontLoader::ensureLoaded(), QStringLiteral("Open Sans"));
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(QLatin1Char('\n'))));
    m_atlas = std::move(load.atlas);
    m_renderer = std::make_unique<MapRenderer>();
}

QImage TestExporters::smallImage(const Viewport &viewport) const
{
    return PngExporter::renderImage(*m_renderer, m_atlas->scene, FrameState{viewport});
}

MapComposition TestExporters::aesComposition(QSize size) const
{
    MapComposition composition;
    Viewport viewport({}, 4, QSizeF(size), 1.0);
    viewport.fitBounds(m_atlas->namedView(QStringLiteral("aes")).value_or(m_atlas->homeBounds()), 16.0,
                       Viewport::maxZoom);
    composition.viewport = viewport;
    composition.title = m_atlas->story.title.text(m_atlas->scene.language);
    composition.credit = QStringLiteral("Article · éditeur non précisé · 3 avril 2025");
    return composition;
}

FrameState TestExporters::frameWithFact(const Viewport &viewport, const QString &factId) const
{
    FrameState frame{viewport};
    if (const Fact *fact = m_atlas->story.fact(factId))
        for (const QString &regionId : fact->regionIds)
            frame.selectedRegions.insert(regionId);
    return frame;
}

void TestExporters::dotsPerMetre_data()
{
    QTest::addColumn<double>("dpi");
    QTest::addColumn<int>("expected");
    // 1 inch = 0.0254 m.
    QTest::newRow("96 dpi") << 96.0 << 3780;
    QTest::newRow("300 dpi") << 300.0 << 11811;
}

void TestExporters::dotsPerMetre()
{
    QFETCH(double, dpi);
    QFETCH(int, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.png"));
    const Viewport viewport({}, 3.0, QSizeF(64, 48), 1.0);
    const QString error = PngExporter::write(path, smallImage(viewport), viewport, dpi);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const PngPhysical phys = physicalChunk(readAll(path));
    QVERIFY2(phys.found, "no pHYs chunk");
    QCOMPARE(phys.unit, 1);
    QCOMPARE(phys.x, static_cast<quint32>(expected));
    QCOMPARE(phys.y, static_cast<quint32>(expected));

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.size(), QSize(64, 48));
    QCOMPARE(image.dotsPerMeterX(), expected);
    QCOMPARE(image.dotsPerMeterY(), expected);
    // No world file unless asked for.
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("map.pgw"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("map.prj"))));
}

void TestExporters::worldFile_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpr");
    QTest::newRow("tripoint z6 @1x") << 0.22 << 14.91 << 6.0 << QSize(300, 200) << 1.0;
    QTest::newRow("tripoint z6 @2x") << 0.22 << 14.91 << 6.0 << QSize(300, 200) << 2.0;
    QTest::newRow("Atlantic z4.5 @1x") << -20.0 << 15.0 << 4.5 << QSize(257, 131) << 1.0;
    QTest::newRow("Algiers z7.25 @1.5x") << 3.06 << 36.75 << 7.25 << QSize(200, 100) << 1.5;
}

void TestExporters::worldFile()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(QSize, size);
    QFETCH(double, dpr);

    // Web Mercator by hand, independent of the app's WebMercator.
    constexpr double radius = 6378137.0;
    constexpr double pi = std::numbers::pi;
    const double cx = radius * lon * pi / 180.0;
    const double cy = radius * std::log(std::tan(pi / 4.0 + lat * pi / 360.0));
    const double logicalMetres = 2.0 * pi * radius / (256.0 * std::exp2(zoom));
    const double pixelSize = logicalMetres / dpr;
    const double left = cx - size.width() / 2.0 * logicalMetres;
    const double top = cy + size.height() / 2.0 * logicalMetres;

    const Viewport viewport(QPointF(cx, cy), zoom, QSizeF(size), dpr);
    QCOMPARE(viewport.metresPerPixel(), logicalMetres);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.png"));
    const QImage image = smallImage(viewport);
    const QSize devicePixels(static_cast<int>(std::lround(size.width() * dpr)),
                             static_cast<int>(std::lround(size.height() * dpr)));
    QCOMPARE(image.size(), devicePixels);
    const QString error = PngExporter::write(path, image, viewport, 96.0, webMercator());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString text = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("map.pgw"))));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    double values[6];
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        values[i] = lines.at(i).trimmed().toDouble(&ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("line %1: \"%2\"").arg(i + 1).arg(lines.at(i))));
    }
    QVERIFY(std::abs(values[0] - pixelSize) < 1e-6);
    QCOMPARE(values[1], 0.0);
    QCOMPARE(values[2], 0.0);
    QVERIFY(std::abs(values[3] + pixelSize) < 1e-6);
    // The centre of the top-left pixel, to a millimetre.
    QVERIFY2(std::abs(values[4] - (left + pixelSize / 2.0)) < 1e-3,
             qPrintable(QStringLiteral("x %1, expected %2")
                            .arg(values[4], 0, 'f', 6)
                            .arg(left + pixelSize / 2.0, 0, 'f', 6)));
    QVERIFY2(std::abs(values[5] - (top - pixelSize / 2.0)) < 1e-3,
             qPrintable(QStringLiteral("y %1, expected %2")
                            .arg(values[5], 0, 'f', 6)
                            .arg(top - pixelSize / 2.0, 0, 'f', 6)));
    // The image covers exactly the viewport: the far edge lands on the bottom-right corner.
    const double right = values[4] - pixelSize / 2.0 + devicePixels.width() * values[0];
    const double bottom = values[5] + pixelSize / 2.0 + devicePixels.height() * values[3];
    QVERIFY(std::abs(right - (cx + size.width() / 2.0 * logicalMetres)) < 1e-3);
    QVERIFY(std::abs(bottom - (cy - size.height() / 2.0 * logicalMetres)) < 1e-3);
}

void TestExporters::prj()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.v2.png"));
    const Viewport viewport({}, 3.0, QSizeF(32, 32), 1.0);
    const QString error = PngExporter::write(path, smallImage(viewport), viewport, 96.0, webMercator());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Siblings replace only the last suffix: map.v2.pgw, map.v2.prj.
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("map.v2.pgw"))));
    const QString prj = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("map.v2.prj"))));
    QVERIFY(prj.startsWith(QLatin1String("PROJCS[")));
    QVERIFY(prj.contains(QLatin1String("PROJECTION[\"Mercator_Auxiliary_Sphere\"]")));
    QVERIFY(prj.contains(QLatin1String("SPHEROID[\"WGS_1984\",6378137.0,298.257223563]")));
    QVERIFY(prj.contains(QLatin1String("UNIT[\"Meter\",1.0]")));
    QCOMPARE(prj.count(QLatin1Char('[')), prj.count(QLatin1Char(']')));
    QCOMPARE(prj, ProjectionText::webMercatorPrj());
    // GDAL's sidecar names EPSG:3857 in its WKT, escaped for XML.
    const QString auxXml = QString::fromUtf8(readAll(path + QStringLiteral(".aux.xml")));
    QVERIFY2(auxXml.contains(QLatin1String("AUTHORITY[&quot;EPSG&quot;,&quot;3857&quot;]]</SRS>")),
             qPrintable(auxXml));
    QVERIFY(auxXml.contains(QLatin1String("<SRS dataAxisToSRSAxisMapping=\"1,2\">PROJCS[")));
}

void TestExporters::noProjectionNoFiles()
{
    // Without a definition of the coordinate system, nothing is written rather than a world file without one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.png"));
    const Viewport viewport({}, 3.0, QSizeF(32, 32), 1.0);
    const QString error =
        PngExporter::write(path, smallImage(viewport), viewport, 96.0, PngExporter::Projection{});
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(directoryEntries(dir.path()), QStringList());
}

void TestExporters::missingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/map.png");
    const Viewport viewport({}, 3.0, QSizeF(32, 32), 1.0);
    const QString error = PngExporter::write(path, smallImage(viewport), viewport, 96.0, webMercator());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(directoryEntries(dir.path()), QStringList());
}

void TestExporters::existingDirectoryIsNotReplaced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.png"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("map.png")));
    QFile inside(path + QStringLiteral("/keep.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("keep");
    inside.close();

    const Viewport viewport({}, 3.0, QSizeF(32, 32), 1.0);
    const QString error = PngExporter::write(path, smallImage(viewport), viewport, 96.0, webMercator());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(readAll(path + QStringLiteral("/keep.txt")), QByteArray("keep"));
    QCOMPARE(directoryEntries(path), QStringList{QStringLiteral("keep.txt")});
    // Nothing else appeared: no temporary file, no world file for an image that was not written.
    QCOMPARE(directoryEntries(dir.path()), QStringList{QStringLiteral("map.png")});
}

void TestExporters::readOnlyFolderKeepsExistingFile()
{
    // Root writes into read-only folders (and CI runs as root): there, the case runs again as nobody.
    if (geteuid() == 0) {
        const QString failure = runAsNobody(QStringLiteral("readOnlyFolderKeepsExistingFile"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    const QString path = folder + QStringLiteral("/map.png");
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("previous contents");
    existing.close();
    const QFile::Permissions readOnly =
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup;
    QVERIFY(QFile::setPermissions(folder, readOnly));

    const Viewport viewport({}, 3.0, QSizeF(32, 32), 1.0);
    const QString error = PngExporter::write(path, smallImage(viewport), viewport, 96.0, webMercator());
    const QByteArray after = readAll(path);
    const QStringList entries = directoryEntries(folder);
    QVERIFY(QFile::setPermissions(folder, readOnly | QFile::WriteOwner));

    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(after, QByteArray("previous contents"));
    QCOMPARE(entries, QStringList{QStringLiteral("map.png")});
}

void TestExporters::geoJson()
{
    const Story &story = m_atlas->story;
    const MapScene &scene = m_atlas->scene;
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(GeoJsonExporter::toGeoJson(scene, &story), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(document.isObject());
    QCOMPARE(document.object().value(QLatin1String("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = document.object().value(QLatin1String("features")).toArray();
    QCOMPARE(features.size(), story.regions.size());

    QSet<QString> seen;
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        QCOMPARE(feature.value(QLatin1String("type")).toString(), QStringLiteral("Feature"));
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QString id = properties.value(QLatin1String("id")).toString();
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        const RegionDefinition *definition = story.region(id);
        QVERIFY2(definition, qPrintable(id));
        const MapRegion *region = scene.region(id);
        QVERIFY2(region, qPrintable(id));
        QCOMPARE(properties.value(QLatin1String("kind")).toString(), regionKindName(definition->kind));
        QVERIFY2(!properties.value(QLatin1String("name")).toString().isEmpty(), qPrintable(id));
        QCOMPARE(properties.value(QLatin1String("name")).toString(),
                 properties.value(QLatin1String("name_fr")).toString()); // the scene's language
        QVERIFY(properties.value(QLatin1String("facts")).isArray());
        QStringList facts;
        for (const QJsonValue &fact : properties.value(QLatin1String("facts")).toArray())
            facts.append(fact.toString());
        QCOMPARE(facts, story.factsForRegion(id));

        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        const auto checkPosition = [&id](const QJsonValue &position) {
            const QJsonArray p = position.toArray();
            if (p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
                return false;
            const double lon = p.at(0).toDouble();
            const double lat = p.at(1).toDouble();
            if (lon < -180.0 || lon > 180.0 || lat < -90.0 || lat > 90.0) {
                qWarning() << id << "position out of range" << lon << lat;
                return false;
            }
            return true;
        };
        if (region->isPoint) {
            QCOMPARE(type, QStringLiteral("Point"));
            QVERIFY2(checkPosition(coordinates), qPrintable(id));
            if (definition->kind == RegionKind::Place) {
                QCOMPARE(coordinates.at(0).toDouble(), region->position.lon);
                QCOMPARE(coordinates.at(1).toDouble(), region->position.lat);
            }
        } else {
            QCOMPARE(type, QStringLiteral("MultiPolygon"));
            QVERIFY2(!coordinates.isEmpty(), qPrintable(id));
            for (const QJsonValue &polygon : coordinates) {
                QVERIFY2(!polygon.toArray().isEmpty(), qPrintable(id));
                for (const QJsonValue &ring : polygon.toArray()) {
                    const QJsonArray positions = ring.toArray();
                    QVERIFY2(positions.size() >= 4, qPrintable(id));
                    QCOMPARE(positions.first(), positions.last()); // closed, as RFC 7946 requires
                    for (const QJsonValue &position : positions)
                        QVERIFY2(checkPosition(position), qPrintable(id));
                }
            }
        }
    }

    // Mali's outline in degrees: it holds Bamako and stays within Mali's known extent.
    double west = 180, east = -180, south = 90, north = -90;
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        if (feature.value(QLatin1String("id")).toString() != QLatin1String("mali"))
            continue;
        for (const QJsonValue &polygon : feature.value(QLatin1String("geometry"))
                                             .toObject()
                                             .value(QLatin1String("coordinates"))
                                             .toArray())
            for (const QJsonValue &ring : polygon.toArray())
                for (const QJsonValue &position : ring.toArray()) {
                    west = std::min(west, position.toArray().at(0).toDouble());
                    east = std::max(east, position.toArray().at(0).toDouble());
                    south = std::min(south, position.toArray().at(1).toDouble());
                    north = std::max(north, position.toArray().at(1).toDouble());
                }
    }
    QVERIFY2(west > -12.5 && west < -11.5 && east > 4.0 && east < 4.5 && south > 10.0 && south < 10.4 &&
                 north > 24.8 && north < 25.2,
             qPrintable(
                 QStringLiteral("Mali spans %1..%2 E, %3..%4 N").arg(west).arg(east).arg(south).arg(north)));
}

void TestExporters::geoJsonWithoutStory()
{
    const QJsonDocument document =
        QJsonDocument::fromJson(GeoJsonExporter::toGeoJson(m_atlas->scene, nullptr));
    const QJsonArray features = document.object().value(QLatin1String("features")).toArray();
    QCOMPARE(features.size(), m_atlas->scene.regions.size());
    for (const QJsonValue &value : features)
        QVERIFY(
            !value.toObject().value(QLatin1String("properties")).toObject().contains(QLatin1String("facts")));
}

void TestExporters::screenEqualsExport_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpr");
    QTest::addColumn<QString>("factId");
    QTest::newRow("aes 800x500") << QSize(800, 500) << 1.0 << QString();
    QTest::newRow("aes 640x400 @1.5x, fact selected")
        << QSize(640, 400) << 1.5 << QStringLiteral("unified-force");
}

void TestExporters::screenEqualsExport()
{
    QFETCH(QSize, size);
    QFETCH(double, dpr);
    QFETCH(QString, factId);
    MapComposition composition = aesComposition(size);
    composition.viewport.setDevicePixelRatio(dpr);
    composition.furniture = FurnitureOptions::none();
    const MapScene &scene = m_atlas->scene;
    const FrameState frame = frameWithFact(composition.viewport, factId);
    QCOMPARE(frame.selectedRegions.isEmpty(), factId.isEmpty());
    composition.selectedRegions = frame.selectedRegions;

    // The screen's renderer is its own MapRenderer; the export goes through the composer.
    const QImage screen = inFreshThread([&] { return PngExporter::renderImage(*m_renderer, scene, frame); });
    const QImage exported =
        inFreshThread([&] { return PngExporter::renderImage(MapComposer(), composition, scene); });
    QCOMPARE(exported.size(), screen.size());
    QCOMPARE(exported.format(), screen.format());
    QCOMPARE(exported.bytesPerLine(), screen.bytesPerLine());
    const QByteArray a(reinterpret_cast<const char *>(screen.constBits()), screen.sizeInBytes());
    const QByteArray b(reinterpret_cast<const char *>(exported.constBits()), exported.sizeInBytes());
    QVERIFY2(a == b, qPrintable(QStringLiteral("%1 pixels differ").arg(differingPixels(screen, exported))));
}

void TestExporters::commandLineEqualsInProcess_data()
{
    QTest::addColumn<QString>("bbox");
    QTest::addColumn<QString>("factId");
    QTest::newRow("AES box") << QStringLiteral("-13,9,17,26") << QString();
    QTest::newRow("tri-border box, fact")
        << QStringLiteral("-3,12,4,17.5") << QStringLiteral("lavrov-joint-force");
}

void TestExporters::commandLineEqualsInProcess()
{
    QFETCH(QString, bbox);
    QFETCH(QString, factId);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.png"));
    QStringList arguments{QStringLiteral("--export"),
                          path,
                          QStringLiteral("--size"),
                          QStringLiteral("800x500"),
                          QStringLiteral("--no-furniture"),
                          QStringLiteral("--bbox"),
                          bbox,
                          QStringLiteral("--lang"),
                          QStringLiteral("fr")};
    if (!factId.isEmpty())
        arguments << QStringLiteral("--fact") << factId;
    const Process r = runAtlas(arguments);
    QVERIFY2(r.finished && r.exitCode == 0,
             qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    const QImage cli(path);
    QVERIFY(!cli.isNull());
    QCOMPARE(cli.size(), QSize(800, 500));

    const QStringList parts = bbox.split(QLatin1Char(','));
    QCOMPARE(parts.size(), 4);
    Viewport viewport({}, 4, QSizeF(800, 500), 1.0);
    viewport.fitLonLatBox(parts[0].toDouble(), parts[1].toDouble(), parts[2].toDouble(), parts[3].toDouble());
    const FrameState frame = frameWithFact(viewport, factId);
    QCOMPARE(frame.selectedRegions.isEmpty(), factId.isEmpty());
    const QImage local =
        inFreshThread([&] { return PngExporter::renderImage(*m_renderer, m_atlas->scene, frame); });
    const int differing = differingPixels(cli, local);
    if (differing != 0) {
        cli.save(QDir::temp().filePath(QStringLiteral("tst_exporters-cli.actual.png")));
        local.save(QDir::temp().filePath(QStringLiteral("tst_exporters-inprocess.expected.png")));
    }
    QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 of %2 pixels differ (images in %3)")
                                            .arg(differing)
                                            .arg(800 * 500)
                                            .arg(QDir::tempPath())));
}

QTEST_MAIN(TestExporters)
#include "tst_exporters.moc"
