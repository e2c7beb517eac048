#include "Viewport.h"
#include "WebMercator.h"

#include <QTest>

#include <cmath>

using namespace sahel;

namespace {

bool near(QPointF a, QPointF b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QString describe(QPointF p)
{
    return QStringLiteral("(%1, %2)").arg(p.x(), 0, 'f', 9).arg(p.y(), 0, 'f', 9);
}

const QPointF bamako = WebMercator::project({-8.0, 12.65});

} // namespace

class TestViewport : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void screenRoundTrip_data();
    void screenRoundTrip();
    void screenOrientation();
    void lonLatRoundTrip();
    void visibleBounds();
    void devicePixelRatioDoesNotChangeLogicalMapping();
    void panBy_data();
    void panBy();
    void zoomAround_data();
    void zoomAround();
    void fitBounds_data();
    void fitBounds();
    void fitBoundsCapsZoom();
    void fitLonLatBox_data();
    void fitLonLatBox();
    void zoomClamps_data();
    void zoomClamps();
    void centreClamps();
};

void TestViewport::defaults()
{
    const Viewport view;
    QCOMPARE(view.centre(), QPointF(0, 0));
    QCOMPARE(view.zoom(), 4.0);
    QCOMPARE(view.size(), QSizeF(800, 600));
    QCOMPARE(view.devicePixelRatio(), 1.0);
    QCOMPARE(view.metresPerPixel(), WebMercator::metresPerPixel(4.0));
}

void TestViewport::screenRoundTrip_data()
{
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<QPointF>("screen");

    QTest::newRow("origin, corner") << QPointF(0, 0) << 4.0 << QSizeF(800, 600) << QPointF(0, 0);
    QTest::newRow("origin, centre") << QPointF(0, 0) << 4.0 << QSizeF(800, 600) << QPointF(400, 300);
    QTest::newRow("Bamako, far corner") << bamako << 7.5 << QSizeF(1280, 720) << QPointF(1280, 720);
    QTest::newRow("Bamako, outside the view") << bamako << 9.0 << QSizeF(640, 480) << QPointF(-300, 2000);
    QTest::newRow("fractional pixels")
        << QPointF(123456.7, -98765.4) << 11.3 << QSizeF(333, 777) << QPointF(12.345, 678.9);
    QTest::newRow("min zoom") << QPointF(1e6, 2e6) << 1.0 << QSizeF(400, 400) << QPointF(17, 399);
}

void TestViewport::screenRoundTrip()
{
    QFETCH(QPointF, centre);
    QFETCH(double, zoom);
    QFETCH(QSizeF, size);
    QFETCH(QPointF, screen);

    const Viewport view(centre, zoom, size);
    const QPointF projected = view.toProjected(screen);
    QVERIFY2(near(view.toScreen(projected), screen, 1e-6), qPrintable(describe(view.toScreen(projected))));
    // And from the projected side.
    const QPointF somewhere = centre + QPointF(54321.0, -12345.0);
    QVERIFY(near(view.toProjected(view.toScreen(somewhere)), somewhere, 1e-6));
    // The centre is drawn in the middle of the view.
    QVERIFY(near(view.toScreen(centre), QPointF(size.width() / 2, size.height() / 2), 1e-9));
}

void TestViewport::screenOrientation()
{
    // y grows downwards on screen and northwards in the projection; one pixel is metresPerPixel metres.
    const Viewport view(bamako, 6.0, QSizeF(800, 600));
    const double mpp = WebMercator::metresPerPixel(6.0);
    const QPointF north = view.toScreen(bamako + QPointF(0, 100 * mpp));
    const QPointF east = view.toScreen(bamako + QPointF(100 * mpp, 0));
    QVERIFY(near(north, QPointF(400, 200), 1e-6));
    QVERIFY(near(east, QPointF(500, 300), 1e-6));
}

void TestViewport::lonLatRoundTrip()
{
    const Viewport view(bamako, 8.0, QSizeF(1000, 800));
    const LonLat centre = view.toLonLat({500, 400});
    QVERIFY(std::abs(centre.lon - -8.0) < 1e-9);
    QVERIFY(std::abs(centre.lat - 12.65) < 1e-9);
    QVERIFY(std::abs(view.centreLonLat().lat - 12.65) < 1e-9);
    const LonLat niamey{2.1098, 13.51366};
    const LonLat back = view.toLonLat(view.toScreen(niamey));
    QVERIFY(std::abs(back.lon - niamey.lon) < 1e-9);
    QVERIFY(std::abs(back.lat - niamey.lat) < 1e-9);
    // Niamey is ~1100 km east of Bamako: far off the right edge at zoom 8 (~600 m per pixel).
    QVERIFY(view.toScreen(niamey).x() > 1000);
}

void TestViewport::visibleBounds()
{
    const Viewport view(bamako, 5.0, QSizeF(800, 600));
    const double mpp = WebMercator::metresPerPixel(5.0);
    const QRectF bounds = view.visibleBounds();
    QVERIFY(std::abs(bounds.width() - 800 * mpp) < 1e-6);
    QVERIFY(std::abs(bounds.height() - 600 * mpp) < 1e-6);
    QVERIFY(near(bounds.center(), bamako, 1e-6));
}

void TestViewport::devicePixelRatioDoesNotChangeLogicalMapping()
{
    const Viewport one(bamako, 6.5, QSizeF(800, 600), 1.0);
    const Viewport two(bamako, 6.5, QSizeF(800, 600), 2.0);
    QCOMPARE(two.devicePixelRatio(), 2.0);
    QCOMPARE(two.toScreen(bamako + QPointF(5000, 7000)), one.toScreen(bamako + QPointF(5000, 7000)));
    QCOMPARE(two.metresPerPixel(), one.metresPerPixel());
    QVERIFY(!(one == two));
}

void TestViewport::panBy_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("delta");

    QTest::newRow("right") << 4.0 << QPointF(100, 0);
    QTest::newRow("down") << 4.0 << QPointF(0, 50);
    QTest::newRow("diagonal, zoomed in") << 10.25 << QPointF(-37.5, 12.5);
    QTest::newRow("nothing") << 7.0 << QPointF(0, 0);
}

void TestViewport::panBy()
{
    QFETCH(double, zoom);
    QFETCH(QPointF, delta);

    Viewport view(bamako, zoom, QSizeF(800, 600));
    const double mpp = WebMercator::metresPerPixel(zoom);
    const QPointF grabbed(250, 420);
    const QPointF underFinger = view.toProjected(grabbed);
    view.panBy(delta);
    // Dragging right shows what is west: the centre moves west by the drag in metres; dragging
    // down moves it north.
    QVERIFY2(near(view.centre(), bamako + QPointF(-delta.x() * mpp, delta.y() * mpp), 1e-6),
             qPrintable(describe(view.centre() - bamako)));
    QCOMPARE(view.zoom(), zoom);
    // The map follows the finger.
    QVERIFY(near(view.toScreen(underFinger), grabbed + delta, 1e-6));
}

void TestViewport::zoomAround_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("anchor");
    QTest::addColumn<double>("zoomDelta");
    QTest::addColumn<double>("expectedZoom");

    QTest::newRow("one level in at a corner") << 5.0 << QPointF(10, 20) << 1.0 << 6.0;
    QTest::newRow("one level out") << 5.0 << QPointF(700, 500) << -1.0 << 4.0;
    QTest::newRow("fractional at the centre") << 6.3 << QPointF(400, 300) << 0.37 << 6.67;
    QTest::newRow("outside the view") << 8.0 << QPointF(-200, 900) << 0.5 << 8.5;
    QTest::newRow("clamped in") << 11.5 << QPointF(123, 456) << 3.0 << Viewport::maxZoom;
    QTest::newRow("clamped out") << 2.0 << QPointF(600, 100) << -5.0 << Viewport::minZoom;
}

void TestViewport::zoomAround()
{
    QFETCH(double, zoom);
    QFETCH(QPointF, anchor);
    QFETCH(double, zoomDelta);
    QFETCH(double, expectedZoom);

    Viewport view(bamako, zoom, QSizeF(800, 600));
    const LonLat before = view.toLonLat(anchor);
    view.zoomAround(anchor, zoomDelta);
    QVERIFY(std::abs(view.zoom() - expectedZoom) < 1e-12);
    // The geographic point under the anchor stays under it.
    const QPointF after = view.toScreen(before);
    QVERIFY2(near(after, anchor, 1e-6), qPrintable(describe(after)));
    if (anchor != QPointF(400, 300))
        QVERIFY(!near(view.centre(), bamako, 1.0));
}

void TestViewport::fitBounds_data()
{
    QTest::addColumn<QRectF>("bounds");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<double>("margin");

    QTest::newRow("AES countries, landscape")
        << WebMercator::projectBounds(-12.3, 9.4, 16.0, 25.0) << QSizeF(1200, 800) << 24.0;
    QTest::newRow("AES countries, portrait")
        << WebMercator::projectBounds(-12.3, 9.4, 16.0, 25.0) << QSizeF(400, 900) << 24.0;
    QTest::newRow("tall strip") << WebMercator::projectBounds(0, -30, 2, 30) << QSizeF(800, 600) << 10.0;
    QTest::newRow("no margin") << WebMercator::projectBounds(-20, 0, 30, 30) << QSizeF(800, 600) << 0.0;
}

void TestViewport::fitBounds()
{
    QFETCH(QRectF, bounds);
    QFETCH(QSizeF, size);
    QFETCH(double, margin);

    Viewport view({}, 3.0, size);
    view.fitBounds(bounds, margin);
    QVERIFY(near(view.centre(), bounds.center(), 1e-6));
    // Up to rounding: on the limiting axis the bounds touch the margins exactly.
    QVERIFY(view.visibleBounds().adjusted(-1e-3, -1e-3, 1e-3, 1e-3).contains(bounds));
    // On screen: inside the margins, touching them on the limiting axis.
    const QPointF a = view.toScreen(bounds.topLeft());
    const QPointF b = view.toScreen(bounds.bottomRight());
    const QRectF onScreen = QRectF(a, b).normalized();
    constexpr double eps = 1e-6;
    QVERIFY2(onScreen.left() >= margin - eps && onScreen.right() <= size.width() - margin + eps,
             qPrintable(describe(QPointF(onScreen.left(), onScreen.right()))));
    QVERIFY2(onScreen.top() >= margin - eps && onScreen.bottom() <= size.height() - margin + eps,
             qPrintable(describe(QPointF(onScreen.top(), onScreen.bottom()))));
    const bool fillsWidth = std::abs(onScreen.width() - (size.width() - 2 * margin)) < 1e-6;
    const bool fillsHeight = std::abs(onScreen.height() - (size.height() - 2 * margin)) < 1e-6;
    QVERIFY(fillsWidth || fillsHeight);
}

void TestViewport::fitBoundsCapsZoom()
{
    Viewport view({}, 3.0, QSizeF(800, 600));
    // A 1 km box would need zoom ~17.
    const QRectF small(bamako, QSizeF(1000, 1000));
    view.fitBounds(small);
    QCOMPARE(view.zoom(), 9.0);
    QVERIFY(near(view.centre(), small.center(), 1e-6));
    view.fitBounds(small, 24.0, 11.0);
    QCOMPARE(view.zoom(), 11.0);
    // A point: no size to fit, the cap decides.
    view.fitBounds(QRectF(bamako, QSizeF(0, 0)), 24.0, 7.0);
    QCOMPARE(view.zoom(), 7.0);
    QVERIFY(near(view.centre(), bamako, 1e-6));
    // Larger than the world at the minimum zoom: clamped, not below minZoom.
    view.fitBounds(QRectF(-1e9, -1e9, 2e9, 2e9));
    QCOMPARE(view.zoom(), Viewport::minZoom);
}

void TestViewport::fitLonLatBox_data()
{
    QTest::addColumn<double>("west");
    QTest::addColumn<double>("south");
    QTest::addColumn<double>("east");
    QTest::addColumn<double>("north");
    QTest::addColumn<QSizeF>("size");

    QTest::newRow("story view, landscape") << -13.0 << 9.0 << 17.0 << 26.0 << QSizeF(1200, 600);
    QTest::newRow("story view, portrait") << -13.0 << 9.0 << 17.0 << 26.0 << QSizeF(500, 900);
    QTest::newRow("tri-border") << -1.2 << 13.5 << 1.6 << 16.3 << QSizeF(800, 600);
    // Beyond maxZoom: fitLonLatBox frames exactly, it does not clamp.
    QTest::newRow("tiny box") << 2.10 << 13.51 << 2.1001 << 13.5101 << QSizeF(800, 600);
}

void TestViewport::fitLonLatBox()
{
    QFETCH(double, west);
    QFETCH(double, south);
    QFETCH(double, east);
    QFETCH(double, north);
    QFETCH(QSizeF, size);

    Viewport view(bamako, 2.0, size);
    view.fitLonLatBox(west, south, east, north);
    const QPointF southWest = view.toScreen(LonLat{west, south});
    const QPointF northEast = view.toScreen(LonLat{east, north});
    constexpr double eps = 1e-6;
    // Contained on both axes (y down: north is at the top).
    QVERIFY2(southWest.x() >= -eps && northEast.x() <= size.width() + eps, qPrintable(describe(southWest)));
    QVERIFY2(northEast.y() >= -eps && southWest.y() <= size.height() + eps, qPrintable(describe(northEast)));
    // Exact on one axis.
    const bool exactX = std::abs(southWest.x()) < eps && std::abs(northEast.x() - size.width()) < eps;
    const bool exactY = std::abs(northEast.y()) < eps && std::abs(southWest.y() - size.height()) < eps;
    QVERIFY2(exactX || exactY, qPrintable(describe(southWest) + describe(northEast)));
    // Centred on the other.
    QVERIFY(std::abs((southWest.x() + northEast.x()) / 2 - size.width() / 2) < eps);
    QVERIFY(std::abs((southWest.y() + northEast.y()) / 2 - size.height() / 2) < eps);
}

void TestViewport::zoomClamps_data()
{
    QTest::addColumn<double>("requested");
    QTest::addColumn<double>("expected");

    QTest::newRow("below") << -3.0 << Viewport::minZoom;
    QTest::newRow("min") << 1.0 << 1.0;
    QTest::newRow("inside") << 6.75 << 6.75;
    QTest::newRow("max") << 12.0 << 12.0;
    QTest::newRow("above") << 30.0 << Viewport::maxZoom;
}

void TestViewport::zoomClamps()
{
    QFETCH(double, requested);
    QFETCH(double, expected);

    QCOMPARE(Viewport({}, requested, QSizeF(800, 600)).zoom(), expected);
    Viewport view;
    view.setZoom(requested);
    QCOMPARE(view.zoom(), expected);
}

void TestViewport::centreClamps()
{
    Viewport view({3e7, -5e7}, 4.0, QSizeF(800, 600));
    QCOMPARE(view.centre(), QPointF(WebMercator::halfWorld, -WebMercator::halfWorld));
    view.setCentre({-1e8, 1e3});
    QCOMPARE(view.centre(), QPointF(-WebMercator::halfWorld, 1e3));
    view.panBy({-1e6, 0}); // dragging left far past the antimeridian
    QCOMPARE(view.centre().x(), WebMercator::halfWorld);
}

QTEST_GUILESS_MAIN(TestViewport)
#include "tst_viewport.moc"
