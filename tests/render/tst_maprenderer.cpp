// MapRenderer through PngExporter::renderImage: pixels probed at geographic coordinates, and a reference
// image.
#include "Atlas.h"
#include "FontLoader.h"
#include "MapRenderer.h"
#include "PngExporter.h"
#include "Viewport.h"
#include "WebMercator.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTest>

#include <cmath>
#include <memory>

using namespace sahel;

namespace {

constexpr int colourTolerance = 8;

QString describe(const QColor &colour)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(colour.red()).arg(colour.green()).arg(colour.blue());
}

int channelDelta(const QColor &a, const QColor &b)
{
    return std::max(
        {std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

/// Source-over of a translucent colour on an opaque one, as QPainter composes a fill.
QColor over(const QColor &source, const QColor &destination)
{
    const double a = source.alphaF();
    const auto mix = [a](int s, int d) { return static_cast<int>(std::lround(s * a + d * (1.0 - a))); };
    return QColor(mix(source.red(), destination.red()), mix(source.green(), destination.green()),
                  mix(source.blue(), destination.blue()));
}

/// The device pixel under a geographic position.
QPoint devicePixel(const Viewport &viewport, LonLat position)
{
    const QPointF p = viewport.toScreen(position) * viewport.devicePixelRatio();
    return {static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y()))};
}

QColor colourAt(const QImage &image, const Viewport &viewport, LonLat position)
{
    const QPoint p = devicePixel(viewport, position);
    if (!image.rect().contains(p))
        return {};
    return image.pixelColor(p);
}

/// Strongly red pixels: the zone's hatch lines, not the earth-tone fills (Burkina's is the reddest).
bool isHatchRed(const QColor &c)
{
    return c.red() - c.green() > 75 && c.red() - c.blue() > 75;
}

/// Red hatch pixels and all pixels in a square of halfSide logical pixels around a position.
QPair<int, int> hatchPixelsAround(const QImage &image, const Viewport &viewport, LonLat position,
                                  int halfSide)
{
    const QPoint centre = devicePixel(viewport, position);
    const int half = static_cast<int>(std::lround(halfSide * viewport.devicePixelRatio()));
    int red = 0;
    int total = 0;
    for (int y = centre.y() - half; y <= centre.y() + half; ++y) {
        for (int x = centre.x() - half; x <= centre.x() + half; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            ++total;
            if (isHatchRed(image.pixelColor(x, y)))
                ++red;
        }
    }
    return {red, total};
}

} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillColours_data();
    void fillColours();
    void zoneIsHatched_data();
    void zoneIsHatched();
    void devicePixelRatioDoublesTheImage();
    void hoverLightensTheUnit();
    void selectionDimsTheRest();
    void referenceImage_data();
    void referenceImage();

private:
    Viewport homeView(QSizeF size, double dpr) const;
    Viewport namedView(const QString &name, QSizeF size, double dpr) const;
    QImage render(const Viewport &viewport, const MapScene &scene, FrameState frame = {}) const;
    QImage render(const Viewport &viewport) const { return render(viewport, m_atlas->scene); }

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<MapRenderer> m_renderer;
    MapStyle m_style;
    LonLat m_tripoint;
};

void TestMapRenderer::initTestCase()
{
    QVERIFY(!FontLoader::ensureLoaded().isEmpty());
    QCOMPARE(FontLoader::ensureLoaded(), QStringLiteral("Open Sans"));
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(QLatin1Char('\n'))));
    QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(QLatin1Char('\n'))));
    m_atlas = std::move(load.atlas);
    m_style = MapStyle::standard();
    m_renderer = std::make_unique<MapRenderer>(m_style);
    const MapRegion *tripoint = m_atlas->scene.region(QStringLiteral("tripoint"));
    QVERIFY(tripoint && tripoint->isPoint);
    m_tripoint = tripoint->position;
    QVERIFY(m_atlas->scene.region(QStringLiteral("tri-border")));
    QVERIFY(m_atlas->scene.region(QStringLiteral("liptako-gourma")));
}

Viewport TestMapRenderer::homeView(QSizeF size, double dpr) const
{
    Viewport viewport({}, 4.0, size, dpr);
    viewport.fitBounds(m_atlas->homeBounds());
    return viewport;
}

Viewport TestMapRenderer::namedView(const QString &name, QSizeF size, double dpr) const
{
    if (name == QLatin1String("west-africa")) {
        // The AES view stops short of the Atlantic and of central Algeria; this one reaches both.
        Viewport viewport({}, 4.0, size, dpr);
        viewport.fitLonLatBox(-28.0, 6.0, 12.0, 32.0);
        return viewport;
    }
    return homeView(size, dpr);
}

QImage TestMapRenderer::render(const Viewport &viewport, const MapScene &scene, FrameState frame) const
{
    frame.viewport = viewport;
    return PngExporter::renderImage(*m_renderer, scene, frame);
}

void TestMapRenderer::fillColours_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<double>("dpr");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("country"); // under the probe; empty for the sea
    QTest::addColumn<QColor>("expected");

    // Mali is the first focus country; northern Mali (Tombouctou) is part of the Liptako-Gourma area,
    // which is drawn as a band along its edge, so deep inside it Mali keeps its own colour.
    const qsizetype mali = m_atlas->scene.focusCountries.indexOf(QStringLiteral("ML"));
    QVERIFY(mali >= 0);
    QVERIFY(m_atlas->scene.region(QStringLiteral("liptako-gourma"))
                ->contains(WebMercator::project({-4.0, 19.0})));
    const QColor maliFill = m_style.focusFills.at(mali);
    for (const double dpr : {1.0, 2.0}) {
        const int ratio = static_cast<int>(dpr);
        QTest::addRow("Mali, in Liptako-Gourma @%dx", ratio)
            << QStringLiteral("aes") << dpr << -4.0 << 19.0 << QStringLiteral("ML") << maliFill;
        QTest::addRow("Algeria, neutral land @%dx", ratio)
            << QStringLiteral("west-africa") << dpr << 1.0 << 29.0 << QStringLiteral("DZ") << m_style.land;
        QTest::addRow("Atlantic @%dx", ratio)
            << QStringLiteral("west-africa") << dpr << -20.0 << 15.0 << QString() << m_style.water;
    }
}

void TestMapRenderer::fillColours()
{
    QFETCH(QString, view);
    QFETCH(double, dpr);
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, country);
    QFETCH(QColor, expected);

    const AdminUnit *unit = m_atlas->scene.geo->countryAt(WebMercator::project({lon, lat}));
    QCOMPARE(unit ? unit->code : QString(), country);
    const Viewport viewport = namedView(view, QSizeF(1200, 800), dpr);
    const QImage image = render(viewport);
    const QColor actual = colourAt(image, viewport, {lon, lat});
    QVERIFY2(actual.isValid(), "the probe is outside the image");
    QVERIFY2(channelDelta(actual, expected) <= colourTolerance,
             qPrintable(QStringLiteral("at %1,%2: %3, expected %4")
                            .arg(lon)
                            .arg(lat)
                            .arg(describe(actual), describe(expected))));
    // The expectations themselves must tell the layers apart, or the probe proves nothing.
    if (expected != m_style.land)
        QVERIFY(channelDelta(actual, m_style.land) > 2 * colourTolerance);
    if (expected != m_style.water)
        QVERIFY(channelDelta(actual, m_style.water) > 2 * colourTolerance);
}

void TestMapRenderer::zoneIsHatched_data()
{
    QTest::addColumn<double>("dpr");
    QTest::newRow("@1x") << 1.0;
    QTest::newRow("@2x") << 2.0;
}

void TestMapRenderer::zoneIsHatched()
{
    QFETCH(double, dpr);
    const Viewport viewport = homeView(QSizeF(1200, 800), dpr);
    const QImage image = render(viewport);

    // About 115 km north-west of the tripoint: inside the 150 km zone near its edge, away from its
    // labels and from the Niger and its name (due north of the tripoint, the river runs by Ansongo).
    const LonLat inZone{m_tripoint.lon - 0.82, m_tripoint.lat + 0.69};
    QVERIFY(m_atlas->scene.region(QStringLiteral("tri-border"))->contains(WebMercator::project(inZone)));
    const auto [red, total] = hatchPixelsAround(image, viewport, inZone, 6);
    QVERIFY(total > 0);
    // Hatch lines every few pixels: plenty of red, yet lines and not a solid fill.
    QVERIFY2(red * 10 >= total && red * 10 <= total * 7,
             qPrintable(QStringLiteral("%1 red pixels of %2 in the zone").arg(red).arg(total)));

    // The same square in Mali far from the zone has none.
    const auto [redOutside, totalOutside] = hatchPixelsAround(image, viewport, {-4.0, 19.0}, 6);
    QVERIFY(totalOutside > 0);
    QCOMPARE(redOutside, 0);
}

void TestMapRenderer::devicePixelRatioDoublesTheImage()
{
    const Viewport single = homeView(QSizeF(1200, 800), 1.0);
    const Viewport twice = homeView(QSizeF(1200, 800), 2.0);
    QCOMPARE(single.zoom(), twice.zoom());
    const QImage a = render(single);
    const QImage b = render(twice);
    QCOMPARE(a.size(), QSize(1200, 800));
    QCOMPARE(b.size(), QSize(2400, 1600));
    QCOMPARE(b.devicePixelRatio(), 2.0);

    const QList<LonLat> probes{{-4.0, 19.0}, {5.0, 25.0}, {10.5, 18.5},
                               {-6.0, 11.5}, {9.0, 21.0}, {-11.0, 24.0}};
    for (const LonLat &p : probes) {
        const QColor ca = colourAt(a, single, p);
        const QColor cb = colourAt(b, twice, p);
        QVERIFY2(ca.isValid() && cb.isValid(),
                 qPrintable(QStringLiteral("%1,%2 is outside the image").arg(p.lon).arg(p.lat)));
        QVERIFY2(channelDelta(ca, cb) <= colourTolerance,
                 qPrintable(QStringLiteral("at %1,%2: %3 at 1x, %4 at 2x")
                                .arg(p.lon)
                                .arg(p.lat)
                                .arg(describe(ca), describe(cb))));
    }
}

void TestMapRenderer::hoverLightensTheUnit()
{
    const Viewport viewport = homeView(QSizeF(1200, 800), 1.0);
    const QString tillaberi = QStringLiteral("NE-6");
    QVERIFY(m_atlas->scene.geo->adminUnit(tillaberi));
    FrameState hovered;
    hovered.hoveredUnit = tillaberi;
    const QImage before = render(viewport);
    const QImage after = render(viewport, m_atlas->scene, hovered);

    // Sample the whole view: inside Tillabéri a white veil of alpha 70, except under the labels drawn above
    // it (the tripoint's and the zone's cross the unit: about a fifth of it here); elsewhere no change apart
    // from the unit's outline.
    const QColor veil(255, 255, 255, 70);
    int inside = 0;
    int lightened = 0;
    int outside = 0;
    int changedOutside = 0;
    for (int y = 3; y < before.height(); y += 7) {
        for (int x = 3; x < before.width(); x += 7) {
            const QPointF projected = viewport.toProjected(QPointF(x + 0.5, y + 0.5));
            const AdminUnit *unit = m_atlas->scene.geo->adminUnitAt(projected);
            const QColor b = before.pixelColor(x, y);
            const QColor a = after.pixelColor(x, y);
            if (unit && unit->code == tillaberi) {
                ++inside;
                if (channelDelta(a, over(veil, b)) <= 3 && a != b)
                    ++lightened;
            } else {
                ++outside;
                if (channelDelta(a, b) > 2)
                    ++changedOutside;
            }
        }
    }
    QVERIFY2(inside > 100, qPrintable(QStringLiteral("%1 samples in Tillabéri").arg(inside)));
    QVERIFY2(
        lightened * 3 >= inside * 2,
        qPrintable(QStringLiteral("%1 of %2 samples in Tillabéri lightened").arg(lightened).arg(inside)));
    QVERIFY2(
        changedOutside * 200 <= outside,
        qPrintable(
            QStringLiteral("%1 of %2 samples outside Tillabéri changed").arg(changedOutside).arg(outside)));
}

void TestMapRenderer::selectionDimsTheRest()
{
    const Viewport viewport = homeView(QSizeF(1200, 800), 1.0);
    FrameState selected;
    selected.selectedRegions = {QStringLiteral("tri-border")};
    const QImage before = render(viewport);
    const QImage after = render(viewport, m_atlas->scene, selected);

    // Eastern Niger, far from the zone: veiled.
    const LonLat far{12.0, 17.0};
    const QColor b = colourAt(before, viewport, far);
    const QColor a = colourAt(after, viewport, far);
    const QColor expected = over(m_style.veil, b);
    QVERIFY2(channelDelta(a, expected) <= 3 && channelDelta(a, b) > 10,
             qPrintable(QStringLiteral("before %1, selected %2, expected %3")
                            .arg(describe(b), describe(a), describe(expected))));
    QVERIFY(a.hsvSaturation() < b.hsvSaturation());

    // Inside the selected zone, away from its outline, the map is unchanged.
    const LonLat inside{m_tripoint.lon, m_tripoint.lat + 0.6};
    QVERIFY(m_atlas->scene.region(QStringLiteral("tri-border"))->contains(WebMercator::project(inside)));
    const QPoint p = devicePixel(viewport, inside);
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx)
            QVERIFY(channelDelta(after.pixelColor(p + QPoint(dx, dy)),
                                 before.pixelColor(p + QPoint(dx, dy))) <= 2);
}

void TestMapRenderer::referenceImage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::newRow("aes 800x500") << QStringLiteral("aes-800x500") << QSize(800, 500);
}

void TestMapRenderer::referenceImage()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    constexpr int tolerance = 16;
    constexpr double maxMismatchedShare = 0.005;

    const QImage actual = render(homeView(QSizeF(size), 1.0)).convertToFormat(QImage::Format_RGB32);
    // Qt 6.8 places spaced and curved glyphs (physical names, river names) a pixel or two apart from Qt
    // 6.4: each has its own reference, both made from the same code and data.
    const QString suffix = QT_VERSION >= QT_VERSION_CHECK(6, 8, 0) ? QStringLiteral("-qt6.8") : QString();
    const QString referencePath = QStringLiteral(SAHEL_TEST_DATA_DIR "/render/%1%2.png").arg(name, suffix);
    const QString actualPath = QDir::current().absoluteFilePath(name + QStringLiteral(".actual.png"));
    const QString diffPath = QDir::current().absoluteFilePath(name + QStringLiteral(".diff.png"));
    QFile::remove(actualPath);
    QFile::remove(diffPath);

    const QImage reference = QImage(referencePath).convertToFormat(QImage::Format_RGB32);
    QString problem;
    if (reference.isNull()) {
        problem = QStringLiteral("no reference image %1").arg(referencePath);
    } else if (reference.size() != actual.size()) {
        problem = QStringLiteral("reference %1 is %2x%3, the rendering %4x%5")
                      .arg(referencePath)
                      .arg(reference.width())
                      .arg(reference.height())
                      .arg(actual.width())
                      .arg(actual.height());
    } else {
        qint64 mismatched = 0;
        QImage diff(actual.size(), QImage::Format_RGB32);
        diff.fill(Qt::white);
        for (int y = 0; y < actual.height(); ++y) {
            for (int x = 0; x < actual.width(); ++x) {
                if (channelDelta(actual.pixelColor(x, y), reference.pixelColor(x, y)) > tolerance) {
                    ++mismatched;
                    diff.setPixelColor(x, y, Qt::red);
                }
            }
        }
        const qint64 allowed = static_cast<qint64>(maxMismatchedShare * static_cast<double>(actual.width()) *
                                                   static_cast<double>(actual.height()));
        if (mismatched > allowed) {
            diff.save(diffPath);
            problem =
                QStringLiteral("%1 pixels differ from %2 by more than %3 (%4 allowed); mismatches in %5")
                    .arg(mismatched)
                    .arg(referencePath)
                    .arg(tolerance)
                    .arg(allowed)
                    .arg(diffPath);
        }
    }
    if (!problem.isEmpty()) {
        QVERIFY2(actual.save(actualPath), qPrintable(actualPath));
        QFAIL(
            qPrintable(QStringLiteral("%1; the rendering is in %2 (copy it over the reference if the change "
                                      "is intended)")
                           .arg(problem, actualPath)));
    }
}

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
