#include "WebMercator.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace sahel;

class TestWebMercator : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void knownValues_data();
    void knownValues();
    void projectBoundsIsNormalized();
    void metresPerPixel_data();
    void metresPerPixel();
    void zoomForMetresPerPixelInvertsMetresPerPixel_data();
    void zoomForMetresPerPixelInvertsMetresPerPixel();
    void scaleFactor_data();
    void scaleFactor();
    void distanceKm_data();
    void distanceKm();
    void bearingDegrees_data();
    void bearingDegrees();
};

void TestWebMercator::roundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("expectedLon");
    QTest::addColumn<double>("expectedLat");

    QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("Bamako") << -8.0 << 12.65 << -8.0 << 12.65;
    QTest::newRow("tripoint area") << 0.217802 << 14.910694 << 0.217802 << 14.910694;
    QTest::newRow("Moscow") << 37.61556 << 55.75222 << 37.61556 << 55.75222;
    QTest::newRow("south-west") << -70.5 << -33.25 << -70.5 << -33.25;
    QTest::newRow("lat 85.05 north") << 10.0 << 85.05 << 10.0 << 85.05;
    QTest::newRow("lat 85.05 south") << 10.0 << -85.05 << 10.0 << -85.05;
    QTest::newRow("lat 89 clamped") << 10.0 << 89.0 << 10.0 << WebMercator::maxLatitude;
    QTest::newRow("lat -90 clamped") << -10.0 << -90.0 << -10.0 << -WebMercator::maxLatitude;
    QTest::newRow("lon 180") << 180.0 << 0.0 << 180.0 << 0.0;
    QTest::newRow("lon -180") << -180.0 << 45.0 << -180.0 << 45.0;
}

void TestWebMercator::roundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, expectedLon);
    QFETCH(double, expectedLat);

    const LonLat back = WebMercator::unproject(WebMercator::project({lon, lat}));
    QVERIFY2(std::abs(back.lon - expectedLon) < 1e-9, qPrintable(QString::number(back.lon, 'g', 17)));
    QVERIFY2(std::abs(back.lat - expectedLat) < 1e-9, qPrintable(QString::number(back.lat, 'g', 17)));
}

void TestWebMercator::knownValues_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("tolerance");

    QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0 << 1e-6;
    QTest::newRow("lon 180") << 180.0 << 0.0 << 20037508.34 << 0.0 << 0.01;
    QTest::newRow("lon -180") << -180.0 << 0.0 << -20037508.34 << 0.0 << 0.01;
    QTest::newRow("lon 90") << 90.0 << 0.0 << 10018754.17 << 0.0 << 0.01;
    QTest::newRow("max latitude") << 0.0 << WebMercator::maxLatitude << 0.0 << 20037508.34 << 0.01;
    // 85.0511 is 4e-5 degrees short of the limit: tens of metres at this stretch.
    QTest::newRow("lat 85.0511") << 0.0 << 85.0511 << 0.0 << 20037508.0 << 100.0;
    QTest::newRow("lat -85.0511") << 0.0 << -85.0511 << 0.0 << -20037508.0 << 100.0;
    QTest::newRow("beyond the pole clamps") << 0.0 << 90.0 << 0.0 << 20037508.34 << 0.01;
    // EPSG:3857 of (-8, 12.65), as PROJ (gdaltransform) gives it.
    QTest::newRow("Bamako") << -8.0 << 12.65 << -890555.93 << 1419773.52 << 0.01;
}

void TestWebMercator::knownValues()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, tolerance);

    const QPointF projected = WebMercator::project({lon, lat});
    QVERIFY2(std::abs(projected.x() - x) <= tolerance, qPrintable(QString::number(projected.x(), 'f', 4)));
    QVERIFY2(std::abs(projected.y() - y) <= tolerance, qPrintable(QString::number(projected.y(), 'f', 4)));
}

void TestWebMercator::projectBoundsIsNormalized()
{
    const QRectF bounds = WebMercator::projectBounds(-13, 9, 17, 26);
    const QPointF southWest = WebMercator::project({-13, 9});
    const QPointF northEast = WebMercator::project({17, 26});
    QCOMPARE(bounds.left(), southWest.x());
    QCOMPARE(bounds.right(), northEast.x());
    // Normalized: top is the smaller y, i.e. the southern edge (y grows northwards).
    QCOMPARE(bounds.top(), southWest.y());
    QCOMPARE(bounds.bottom(), northEast.y());
    QVERIFY(bounds.width() > 0);
    QVERIFY(bounds.height() > 0);
}

void TestWebMercator::metresPerPixel_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("expected");

    QTest::newRow("zoom 0") << 0.0 << 156543.03392804097;
    QTest::newRow("zoom 1") << 1.0 << 78271.516964020485;
    QTest::newRow("zoom 10") << 10.0 << 152.87405657035251;
    QTest::newRow("zoom 0.5") << 0.5 << 156543.03392804097 / std::sqrt(2.0);
}

void TestWebMercator::metresPerPixel()
{
    QFETCH(double, zoom);
    QFETCH(double, expected);
    QVERIFY2(std::abs(WebMercator::metresPerPixel(zoom) - expected) < 1e-6,
             qPrintable(QString::number(WebMercator::metresPerPixel(zoom), 'f', 8)));
    // The whole world is 256 * 2^zoom pixels wide.
    const double worldPixels = 2.0 * WebMercator::halfWorld / WebMercator::metresPerPixel(zoom);
    QVERIFY(std::abs(worldPixels - WebMercator::tileSize * std::exp2(zoom)) < 1e-6);
}

void TestWebMercator::zoomForMetresPerPixelInvertsMetresPerPixel_data()
{
    QTest::addColumn<double>("zoom");
    for (const double zoom : {0.0, 1.0, 3.25, 4.0, 7.5, 9.0, 12.0, 17.75})
        QTest::addRow("zoom %g", zoom) << zoom;
}

void TestWebMercator::zoomForMetresPerPixelInvertsMetresPerPixel()
{
    QFETCH(double, zoom);
    const double mpp = WebMercator::metresPerPixel(zoom);
    QVERIFY(std::abs(WebMercator::zoomForMetresPerPixel(mpp) - zoom) < 1e-9);
    // And the other way round, from a resolution.
    QVERIFY(std::abs(WebMercator::metresPerPixel(WebMercator::zoomForMetresPerPixel(1000.0)) - 1000.0) <
            1e-9);
}

void TestWebMercator::scaleFactor_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("expected");

    QTest::newRow("equator") << 0.0 << 1.0;
    QTest::newRow("60 N") << 60.0 << 0.5;
    QTest::newRow("60 S") << -60.0 << 0.5;
    QTest::newRow("Bamako") << 12.65 << std::cos(12.65 * std::numbers::pi / 180.0);
    // Clamped like project(): never zero, so dividing by it is safe.
    QTest::newRow("pole") << 90.0 << std::cos(WebMercator::maxLatitude * std::numbers::pi / 180.0);
}

void TestWebMercator::scaleFactor()
{
    QFETCH(double, latitude);
    QFETCH(double, expected);
    QVERIFY(std::abs(WebMercator::scaleFactor(latitude) - expected) < 1e-12);
    QVERIFY(WebMercator::scaleFactor(latitude) > 0.0);
}

void TestWebMercator::distanceKm_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("expectedKm");
    QTest::addColumn<double>("toleranceKm");

    QTest::newRow("same point") << -8.0 << 12.65 << -8.0 << 12.65 << 0.0 << 1e-9;
    QTest::newRow("Paris-Moscow") << 2.3522 << 48.8566 << 37.6173 << 55.7558 << 2486.0 << 10.0;
    QTest::newRow("Moscow-Paris") << 37.6173 << 55.7558 << 2.3522 << 48.8566 << 2486.0 << 10.0;
    // One degree of a great circle on the mean sphere: 2 pi 6371.0088 / 360.
    QTest::newRow("one degree of latitude") << 0.0 << 0.0 << 0.0 << 1.0 << 111.19508 << 1e-4;
    QTest::newRow("one degree of longitude at the equator")
        << 10.0 << 0.0 << 11.0 << 0.0 << 111.19508 << 1e-4;
    QTest::newRow("half way round") << 0.0 << 0.0 << 180.0 << 0.0 << 20015.114 << 1e-2;
    QTest::newRow("across the antimeridian") << 179.5 << 0.0 << -179.5 << 0.0 << 111.19508 << 1e-4;
    QTest::newRow("Bamako-Niamey") << -8.0 << 12.65 << 2.1098 << 13.51366 << 1100.0 << 15.0;
}

void TestWebMercator::distanceKm()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    QFETCH(double, expectedKm);
    QFETCH(double, toleranceKm);

    const double km = WebMercator::distanceKm({lon1, lat1}, {lon2, lat2});
    QVERIFY2(std::abs(km - expectedKm) <= toleranceKm, qPrintable(QString::number(km, 'f', 6)));
}

void TestWebMercator::bearingDegrees_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");

    QTest::newRow("due north") << 0.0 << 0.0 << 0.0 << 10.0 << 0.0 << 1e-9;
    QTest::newRow("due north from Bamako") << -8.0 << 12.65 << -8.0 << 20.0 << 0.0 << 1e-9;
    QTest::newRow("due east at the equator") << 0.0 << 0.0 << 10.0 << 0.0 << 90.0 << 1e-9;
    QTest::newRow("due south") << 5.0 << 10.0 << 5.0 << -10.0 << 180.0 << 1e-9;
    QTest::newRow("due west at the equator") << 0.0 << 0.0 << -10.0 << 0.0 << 270.0 << 1e-9;
    // A great circle to a point due east at 60 N leaves north of east.
    QTest::newRow("east at 60 N") << 0.0 << 60.0 << 10.0 << 60.0 << 85.6671 << 1e-3;
    QTest::newRow("north-east at the equator") << 0.0 << 0.0 << 1.0 << 1.0 << 44.9956 << 1e-3;
}

void TestWebMercator::bearingDegrees()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    QFETCH(double, expected);
    QFETCH(double, tolerance);

    const double bearing = WebMercator::bearingDegrees({lon1, lat1}, {lon2, lat2});
    QVERIFY2(bearing >= 0.0 && bearing < 360.0, qPrintable(QString::number(bearing, 'f', 6)));
    QVERIFY2(std::abs(bearing - expected) <= tolerance, qPrintable(QString::number(bearing, 'f', 6)));
}

QTEST_GUILESS_MAIN(TestWebMercator)
#include "tst_webmercator.moc"
