#include "PngEncoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sahel;

/// The PNG writer of exports: what it writes decodes (with Qt's libpng reader) to the same pixels.
class TestPngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesToTheSamePixels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("noise");
        QTest::newRow("1x1") << QSize(1, 1) << true;
        QTest::newRow("odd width, flat and gradient") << QSize(333, 17) << false;
        QTest::newRow("noise, more than one IDAT chunk") << QSize(1024, 600) << true;
    }

    void decodesToTheSamePixels()
    {
        QFETCH(QSize, size);
        QFETCH(bool, noise);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QRandomGenerator random(7);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                image.setPixel(x, y,
                               noise ? qRgb(random.bounded(256), random.bounded(256), random.bounded(256))
                                     : (x < size.width() / 2 ? qRgb(170, 211, 223)
                                                             : qRgb(x % 256, y * 9, 255 - x % 256)));
        const QByteArray png = PngEncoder::encodeOpaque(image, 11811);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "PNG"));
        QCOMPARE(decoded.size(), size);
        QCOMPARE(decoded.hasAlphaChannel(), false);
        QCOMPARE(decoded.dotsPerMeterX(), 11811);
        QCOMPARE(decoded.dotsPerMeterY(), 11811);
        QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), image.convertToFormat(QImage::Format_RGB32));
    }

    void nullImageGivesNothing() { QVERIFY(PngEncoder::encodeOpaque(QImage(), 3780).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
