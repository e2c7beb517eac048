// MapFurniture: round scale lengths, a scale bar true at the map's centre latitude, a legend listing only
// what the view draws, a layout that fits and grows with the canvas, and nothing at all when switched off.
#include "Atlas.h"
#include "FontLoader.h"
#include "MapComposer.h"
#include "MapTexts.h"
#include "PngExporter.h"
#include "SvgExporter.h"
#include "Viewport.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numbers>

using namespace sahel;

namespace {

constexpr double earthRadius = 6378137.0;
constexpr double pi = std::numbers::pi;

/// Web Mercator by hand, independent of the application's WebMercator.
QPointF project(double lon, double lat)
{
    return {earthRadius * lon * pi / 180.0, earthRadius * std::log(std::tan(pi / 4.0 + lat * pi / 360.0))};
}

/// Metres on the ground per logical pixel at a latitude: the equator's scale times cos(latitude).
double groundMetresPerPixel(double zoom, double lat)
{
    return 2.0 * pi * earthRadius / (256.0 * std::exp2(zoom)) * std::cos(lat * pi / 180.0);
}

QString describe(const QList<LegendItem> &items)
{
    QStringList labels;
    for (const LegendItem &item : items)
        labels.append(QStringLiteral("%1:%2").arg(static_cast<int>(item.symbol)).arg(item.label));
    return labels.join(QStringLiteral(", "));
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
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

bool hasItem(const QList<LegendItem> &items, LegendItem::Symbol symbol, const QString &label = {})
{
    return std::any_of(items.cbegin(), items.cend(), [&](const LegendItem &item) {
        return item.symbol == symbol && (label.isEmpty() || item.label == label);
    });
}

} // namespace

class TestFurniture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void niceScaleKm_data();
    void niceScaleKm();
    void niceScaleKmIsRoundAndClose();
    void scaleBarTrueAtCentreLatitude();
    void legendOfAesView();
    void legendFarAway();
    void legendSelection();
    void layoutFits_data();
    void layoutFits();
    void layoutScalesWithSize();
    void noFurnitureIsTheBareMap_data();
    void noFurnitureIsTheBareMap();

private:
    Viewport aesView(QSize size) const;
    MapComposition aesComposition(QSize size) const;
    const Fact *fact(const QString &id) const;
    QSet<QString> factRegions(const QString &factId) const;
    /// The scale bar's length in logical pixels and its label in km, as drawn.
    void measureScaleBar(const Viewport &viewport, double &widthPx, double &km) const;

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<MapComposer> m_composer;
};

void TestFurniture::initTestCase()
{
    QCOMPARE(FontLoader::ensureLoaded(), QStringLiteral("Open Sans"));
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(QLatin1Char('\n'))));
    m_atlas = std::move(load.atlas);
    QCOMPARE(m_atlas->scene.language, QStringLiteral("fr"));
    m_composer = std::make_unique<MapComposer>();
}

Viewport TestFurniture::aesView(QSize size) const
{
    Viewport viewport({}, 4, QSizeF(size), 1.0);
    const std::optional<QRectF> bounds = m_atlas->namedView(QStringLiteral("aes"));
    viewport.fitBounds(bounds.value_or(m_atlas->homeBounds()), 16.0, Viewport::maxZoom);
    return viewport;
}

MapComposition TestFurniture::aesComposition(QSize size) const
{
    MapComposition composition;
    composition.viewport = aesView(size);
    composition.title = m_atlas->story.title.text(m_atlas->scene.language);
    composition.credit = QStringLiteral("Article · éditeur non précisé · 3 avril 2025");
    return composition;
}

const Fact *TestFurniture::fact(const QString &id) const
{
    return m_atlas->story.fact(id);
}

QSet<QString> TestFurniture::factRegions(const QString &factId) const
{
    const Fact *f = fact(factId);
    return f ? QSet<QString>(f->regionIds.cbegin(), f->regionIds.cend()) : QSet<QString>();
}

void TestFurniture::niceScaleKm_data()
{
    QTest::addColumn<double>("maxKm");
    QTest::addColumn<double>("expected");
    QTest::newRow("730") << 730.0 << 500.0;
    QTest::newRow("199") << 199.0 << 100.0;
    QTest::newRow("3.2") << 3.2 << 2.0;
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("0.37") << 0.37 << 0.2;
    QTest::newRow("1000") << 1000.0 << 1000.0;
    QTest::newRow("4999") << 4999.0 << 2000.0;
    QTest::newRow("5000") << 5000.0 << 5000.0;
    QTest::newRow("25") << 25.0 << 20.0;
    QTest::newRow("0") << 0.0 << 0.0;
    QTest::newRow("negative") << -3.0 << 0.0;
}

void TestFurniture::niceScaleKm()
{
    QFETCH(double, maxKm);
    QFETCH(double, expected);
    QCOMPARE(MapFurniture::niceScaleKm(maxKm), expected);
}

void TestFurniture::niceScaleKmIsRoundAndClose()
{
    // Over six decades: never longer than allowed, never less than 40 % of it, always 1, 2 or 5 x 10^n.
    for (double maxKm = 0.013; maxKm < 20000.0; maxKm *= 1.07) {
        const double km = MapFurniture::niceScaleKm(maxKm);
        QVERIFY2(km <= maxKm && km * 2.5 >= maxKm, qPrintable(QStringLiteral("%1 -> %2").arg(maxKm).arg(km)));
        const double mantissa = km / std::pow(10.0, std::floor(std::log10(km) + 1e-9));
        QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 ||
                     std::abs(mantissa - 5) < 1e-6,
                 qPrintable(QStringLiteral("%1 -> %2").arg(maxKm).arg(km)));
    }
}

void TestFurniture::measureScaleBar(const Viewport &viewport, double &widthPx, double &km) const
{
    widthPx = -1;
    km = -1;
    MapComposition composition;
    composition.viewport = viewport;
    composition.furniture = FurnitureOptions::none();
    composition.furniture.scaleBar = true;
    const MapScene &scene = m_atlas->scene;
    const MapFurniture::Layout layout = m_composer->furniture().layout(composition, scene);
    QVERIFY(!layout.scaleBar.isEmpty());
    QCOMPARE(layout.all().size(), 1);

    // The label at the bar's end, read from the vector export's furniture group.
    const QString svg = QString::fromUtf8(SvgExporter::toSvg(*m_composer, composition, scene));
    const qsizetype furniture = svg.indexOf(QLatin1String("<g id=\"furniture\""));
    QVERIFY(furniture > 0);
    static const QRegularExpression label(QStringLiteral(">\\s*(\\d+(?:\\.\\d+)?) km\\s*<"));
    const QRegularExpressionMatch match = label.match(svg, furniture);
    QVERIFY2(match.hasMatch(), "no \"N km\" label in the furniture group");
    km = match.captured(1).toDouble();

    // The bar itself: the opaque extent of its middle row on a transparent canvas with nothing else on it
    // (its panel is translucent white, its segments opaque dark and white).
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    m_composer->furniture().paint(painter, composition, scene);
    painter.end();
    const double s = layout.scale;
    const int y = static_cast<int>(std::floor(layout.scaleBar.top() + 25 * s));
    int first = -1, last = -1;
    for (int x = static_cast<int>(layout.scaleBar.left()); x < static_cast<int>(layout.scaleBar.right());
         ++x) {
        const QColor c = image.pixelColor(x, y);
        if (c.alpha() >= 250) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    QVERIFY2(first >= 0, "no scale bar drawn");
    widthPx = last - first + 1;
}

void TestFurniture::scaleBarTrueAtCentreLatitude()
{
    // Same zoom and canvas, centred on the equator and on 60° N, where Web Mercator stretches by 2.
    constexpr double zoom = 5.0;
    const QSizeF size(800, 500);
    double kmPerPx[2] = {0, 0};
    const double latitudes[2] = {0.0, 60.0};
    for (int i = 0; i < 2; ++i) {
        const Viewport viewport(project(10.0, latitudes[i]), zoom, size, 1.0);
        QVERIFY(std::abs(viewport.centreLonLat().lat - latitudes[i]) < 1e-6);
        double width = 0, km = 0;
        measureScaleBar(viewport, width, km);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(width > 40 && km > 0, qPrintable(QStringLiteral("%1 km over %2 px").arg(km).arg(width)));
        kmPerPx[i] = km / width;
        // The bar measures what the ground measures at the centre, to a pixel or two of antialiasing.
        const double expectedWidth = km * 1000.0 / groundMetresPerPixel(zoom, latitudes[i]);
        QVERIFY2(std::abs(width - expectedWidth) <= 2.0,
                 qPrintable(QStringLiteral("at %1°: %2 km drawn over %3 px, true length %4 px")
                                .arg(latitudes[i])
                                .arg(km)
                                .arg(width)
                                .arg(expectedWidth, 0, 'f', 1)));
    }
    const double ratio = kmPerPx[1] / kmPerPx[0];
    QVERIFY2(
        std::abs(ratio - std::cos(60.0 * pi / 180.0)) < 0.03,
        qPrintable(QStringLiteral("km per pixel at 60° / at 0° = %1, expected cos 60° = 0.5").arg(ratio)));
}

void TestFurniture::legendOfAesView()
{
    const QList<LegendItem> items =
        m_composer->furniture().legendItems(FrameState{aesView({1920, 1080})}, m_atlas->scene);
    const MapTexts texts = MapTexts::forLanguage(QStringLiteral("fr"));
    for (const QString &country :
         {QStringLiteral("Mali"), QStringLiteral("Burkina Faso"), QStringLiteral("Niger")})
        QVERIFY2(hasItem(items, LegendItem::Symbol::Fill, country),
                 qPrintable(country + QLatin1Char(' ') + describe(items)));
    QVERIFY2(hasItem(items, LegendItem::Symbol::Fill, texts.otherCountries), qPrintable(describe(items)));
    QVERIFY2(hasItem(items, LegendItem::Symbol::Zone, QStringLiteral("Zone des trois frontières")),
             qPrintable(describe(items)));
    QVERIFY2(hasItem(items, LegendItem::Symbol::Area, QStringLiteral("Autorité du Liptako-Gourma")),
             qPrintable(describe(items)));
    QVERIFY2(hasItem(items, LegendItem::Symbol::Capital, texts.capital), qPrintable(describe(items)));
    QVERIFY2(hasItem(items, LegendItem::Symbol::Border, texts.nationalBorder), qPrintable(describe(items)));
    QVERIFY2(hasItem(items, LegendItem::Symbol::Admin1Border, texts.admin1Border),
             qPrintable(describe(items)));
    // Nothing is selected, so there is no selection row.
    QVERIFY2(!hasItem(items, LegendItem::Symbol::Selection), qPrintable(describe(items)));
    // Each row once.
    QSet<QString> seen;
    for (const LegendItem &item : items) {
        const QString key = QStringLiteral("%1:%2").arg(static_cast<int>(item.symbol)).arg(item.label);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
}

void TestFurniture::legendFarAway()
{
    // Central Europe: none of the story's countries, zones or areas is on this map.
    Viewport viewport({}, 4, QSizeF(1200, 800), 1.0);
    viewport.fitLonLatBox(8, 46, 24, 54);
    const QList<LegendItem> items = m_composer->furniture().legendItems(FrameState{viewport}, m_atlas->scene);
    const MapTexts texts = MapTexts::forLanguage(QStringLiteral("fr"));
    for (const QString &country :
         {QStringLiteral("Mali"), QStringLiteral("Burkina Faso"), QStringLiteral("Niger")})
        QVERIFY2(!hasItem(items, LegendItem::Symbol::Fill, country),
                 qPrintable(country + QLatin1Char(' ') + describe(items)));
    QVERIFY2(!hasItem(items, LegendItem::Symbol::Zone), qPrintable(describe(items)));
    QVERIFY2(!hasItem(items, LegendItem::Symbol::Area), qPrintable(describe(items)));
    QVERIFY2(!hasItem(items, LegendItem::Symbol::Marker), qPrintable(describe(items)));
    QVERIFY2(!hasItem(items, LegendItem::Symbol::Selection), qPrintable(describe(items)));
    // Every country's region boundaries are in the map data and drawn from zoom 4: explained here too.
    QVERIFY(viewport.zoom() >= 4.0);
    QVERIFY2(hasItem(items, LegendItem::Symbol::Admin1Border), qPrintable(describe(items)));
    // What is drawn there is still explained.
    QVERIFY2(hasItem(items, LegendItem::Symbol::Fill, texts.otherCountries), qPrintable(describe(items)));
    QVERIFY2(hasItem(items, LegendItem::Symbol::Border, texts.nationalBorder), qPrintable(describe(items)));
    // The far view's legend is shorter than the AES view's.
    QVERIFY(items.size() <
            m_composer->furniture().legendItems(FrameState{aesView({1200, 800})}, m_atlas->scene).size());
}

void TestFurniture::legendSelection()
{
    const Fact *f = fact(QStringLiteral("tri-border-mining"));
    QVERIFY(f);
    QVERIFY(!f->regionIds.isEmpty());
    const Viewport viewport = aesView({1920, 1080});
    FrameState selected{viewport};
    selected.selectedRegions = factRegions(f->id);
    QVERIFY(!selected.selectedRegions.isEmpty());
    const QList<LegendItem> before =
        m_composer->furniture().legendItems(FrameState{viewport}, m_atlas->scene);
    const QList<LegendItem> after = m_composer->furniture().legendItems(selected, m_atlas->scene);
    const QString label = MapTexts::forLanguage(QStringLiteral("fr")).selection;
    QVERIFY2(!hasItem(before, LegendItem::Symbol::Selection), qPrintable(describe(before)));
    QVERIFY2(hasItem(after, LegendItem::Symbol::Selection, label), qPrintable(describe(after)));
    QCOMPARE(after.size(), before.size() + 1);
    // In English too.
    MapScene english = m_atlas->scene;
    english.language = QStringLiteral("en");
    QVERIFY(hasItem(m_composer->furniture().legendItems(selected, english), LegendItem::Symbol::Selection,
                    QStringLiteral("Places of the chosen fact")));
}

void TestFurniture::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("factId");
    for (const QSize &size : {QSize(800, 500), QSize(1920, 1080), QSize(3840, 2160)}) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(name)) << size << QString();
        QTest::newRow(qPrintable(name + QStringLiteral(" with fact")))
            << size << QStringLiteral("unified-force");
    }
}

void TestFurniture::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, factId);
    MapComposition composition = aesComposition(size);
    composition.selectedRegions = factRegions(factId);
    const MapScene &scene = m_atlas->scene;
    if (!factId.isEmpty()) {
        QVERIFY(fact(factId));
        composition.subtitle = fact(factId)->title.text(scene.language);
    }
    const MapFurniture::Layout layout = m_composer->furniture().layout(composition, scene);
    const QList<QRectF> rects = layout.all();
    QCOMPARE(rects.size(), 6); // title, legend, scale bar, north arrow, attribution, inset
    const QRectF canvas(QPointF(0, 0), QSizeF(size));
    const QStringList names{QStringLiteral("title"),       QStringLiteral("legend"),
                            QStringLiteral("scale bar"),   QStringLiteral("north arrow"),
                            QStringLiteral("attribution"), QStringLiteral("inset")};
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY2(canvas.contains(rects[i]), qPrintable(names[i] + QLatin1Char(' ') + describe(rects[i])));
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]),
                     qPrintable(QStringLiteral("%1 %2 overlaps %3 %4")
                                    .arg(names[i], describe(rects[i]), names[j], describe(rects[j]))));
    }
    // The legend has room for every row: title line plus one line per item.
    const qsizetype rows = m_composer->furniture().legendItems(composition.frame(), scene).size();
    QVERIFY(layout.legend.height() >= (30 + 19 * static_cast<double>(rows)) * layout.scale - 1e-6);
}

void TestFurniture::layoutScalesWithSize()
{
    const MapScene &scene = m_atlas->scene;
    const MapFurniture &furniture = m_composer->furniture();
    const MapFurniture::Layout small = furniture.layout(aesComposition({800, 500}), scene);
    const MapFurniture::Layout hd = furniture.layout(aesComposition({1920, 1080}), scene);
    const MapFurniture::Layout uhd = furniture.layout(aesComposition({3840, 2160}), scene);
    QVERIFY(small.scale < hd.scale && hd.scale < uhd.scale);
    QVERIFY2(uhd.legend.width() > hd.legend.width() && uhd.legend.height() > hd.legend.height(),
             qPrintable(describe(hd.legend) + QLatin1Char(' ') + describe(uhd.legend)));
    QVERIFY2(hd.legend.width() > small.legend.width(),
             qPrintable(describe(small.legend) + QLatin1Char(' ') + describe(hd.legend)));
    const QList<QRectF> a = hd.all();
    const QList<QRectF> b = uhd.all();
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QVERIFY2(
            b[i].width() > a[i].width() && b[i].height() > a[i].height(),
            qPrintable(
                QStringLiteral("rect %1: %2 at 1080p, %3 at 4K").arg(i).arg(describe(a[i]), describe(b[i]))));
        // ... and in proportion to the canvas, not a postage stamp in a corner.
        QVERIFY2(b[i].width() * b[i].height() > 2.5 * a[i].width() * a[i].height(),
                 qPrintable(QString::number(i)));
    }
}

void TestFurniture::noFurnitureIsTheBareMap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpr");
    QTest::addColumn<QString>("factId");
    QTest::newRow("800x500") << QSize(800, 500) << 1.0 << QString();
    QTest::newRow("640x400 @2x with fact") << QSize(640, 400) << 2.0 << QStringLiteral("lavrov-joint-force");
}

void TestFurniture::noFurnitureIsTheBareMap()
{
    QFETCH(QSize, size);
    QFETCH(double, dpr);
    QFETCH(QString, factId);
    MapComposition composition = aesComposition(size);
    composition.viewport.setDevicePixelRatio(dpr);
    composition.subtitle = QStringLiteral("ignored: the title block is off");
    composition.furniture = FurnitureOptions::none();
    QVERIFY(!composition.furniture.any());
    composition.selectedRegions = factRegions(factId);
    const MapScene &scene = m_atlas->scene;
    QVERIFY(m_composer->furniture().layout(composition, scene).all().isEmpty());

    const QImage composed =
        inFreshThread([&] { return PngExporter::renderImage(*m_composer, composition, scene); });
    const QImage bare = inFreshThread(
        [&] { return PngExporter::renderImage(m_composer->renderer(), scene, composition.frame()); });
    QCOMPARE(composed.size(), QSize(qRound(size.width() * dpr), qRound(size.height() * dpr)));
    QCOMPARE(composed.format(), bare.format());
    QVERIFY2(composed == bare, "the composition without furniture differs from the bare map");

    // And with furniture, it does differ: the comparison can fail.
    composition.furniture = FurnitureOptions();
    QVERIFY(PngExporter::renderImage(*m_composer, composition, scene) != bare);
}

QTEST_MAIN(TestFurniture)
#include "tst_furniture.moc"
