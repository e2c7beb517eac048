// MapStyle's colours for every reader: the focus countries' fills stay apart under simulated colour-vision
// deficiencies (Machado, Oliveira and Fernandes 2009, severity 1.0; CIEDE2000 of at least 10), and every
// label reads on its halo (WCAG 2.1 contrast of at least 4.5:1). All the colour science is written out
// here, independent of the application.
#include "FontLoader.h"
#include "MapStyle.h"

#include <QGuiApplication>
#include <QTest>

#include <array>
#include <cmath>
#include <numbers>

using namespace sahel;

namespace {

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec3 linearRgb(const QColor &colour)
{
    return {linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())};
}

Vec3 simulate(const Mat3 &m, const Vec3 &v)
{
    Vec3 out{};
    for (int r = 0; r < 3; ++r)
        out[r] = std::clamp(m[r][0] * v[0] + m[r][1] * v[1] + m[r][2] * v[2], 0.0, 1.0);
    return out;
}

/// CIELAB (D65) of a linear sRGB colour.
Vec3 lab(const Vec3 &rgb)
{
    const double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
    const auto f = [](double t) {
        constexpr double d = 6.0 / 29.0;
        return t > d * d * d ? std::cbrt(t) : t / (3 * d * d) + 4.0 / 29.0;
    };
    const double fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

double toDegrees(double angle)
{
    return angle * 180.0 / std::numbers::pi;
}

double toRadians(double angle)
{
    return angle * std::numbers::pi / 180.0;
}

/// CIEDE2000 (Sharma, Wu and Dalal 2005), kL = kC = kH = 1.
double ciede2000(const Vec3 &lab1, const Vec3 &lab2)
{
    const auto [l1, a1, b1] = lab1;
    const auto [l2, a2, b2] = lab2;
    const double cBar = (std::hypot(a1, b1) + std::hypot(a2, b2)) / 2;
    const double g = 0.5 * (1 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + std::pow(25.0, 7))));
    const double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
    const double c1p = std::hypot(a1p, b1), c2p = std::hypot(a2p, b2);
    const auto hue = [](double b, double a) {
        const double h = toDegrees(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1p = hue(b1, a1p), h2p = hue(b2, a2p);
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2p - h1p;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dL = l2 - l1, dC = c2p - c1p;
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(toRadians(dh / 2));
    const double lBar = (l1 + l2) / 2, cBarP = (c1p + c2p) / 2;
    double hBar = h1p + h2p;
    if (c1p * c2p != 0)
        hBar =
            std::abs(h1p - h2p) <= 180 ? (h1p + h2p) / 2 : (h1p + h2p + (h1p + h2p < 360 ? 360 : -360)) / 2;
    const double t = 1 - 0.17 * std::cos(toRadians(hBar - 30)) + 0.24 * std::cos(toRadians(2 * hBar)) +
                     0.32 * std::cos(toRadians(3 * hBar + 6)) - 0.20 * std::cos(toRadians(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double rC = 2 * std::sqrt(std::pow(cBarP, 7) / (std::pow(cBarP, 7) + std::pow(25.0, 7)));
    const double sL = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sC = 1 + 0.045 * cBarP, sH = 1 + 0.015 * cBarP * t;
    const double rT = -std::sin(toRadians(2 * dTheta)) * rC;
    return std::sqrt(std::pow(dL / sL, 2) + std::pow(dC / sC, 2) + std::pow(dH / sH, 2) +
                     rT * (dC / sC) * (dH / sH));
}

double relativeLuminance(const QColor &colour)
{
    const Vec3 rgb = linearRgb(colour);
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Vision
{
    const char *name;
    Mat3 matrix;
};

// Machado et al. 2009, severity 1.0, applied to linear RGB.
const std::array<Vision, 4> visions{{
    {"normal vision", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {"protanopia",
     {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia",
     {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia",
     {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}}},
}};

} // namespace

class TestColours : public QObject
{
    Q_OBJECT

private slots:
    void colourScienceMatchesPublishedValues();
    void focusFillsStayApartForEveryReader();
    void labelsContrastWithTheirHalo();
};

void TestColours::colourScienceMatchesPublishedValues()
{
    // Sharma, Wu and Dalal's test data, pairs 1 and 17: 2.0425 and 2.0373.
    QVERIFY(std::abs(ciede2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}) - 2.0425) < 1e-4);
    QVERIFY(std::abs(ciede2000({22.7233, 20.0904, -46.6940}, {23.0331, 14.9730, -42.5619}) - 2.0373) < 1e-4);
    // WCAG: black on white is 21:1; the grey #767676 is the classic 4.54:1.
    QVERIFY(std::abs(contrast(Qt::black, Qt::white) - 21.0) < 1e-9);
    QVERIFY(std::abs(contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    // Protanopia sees pure red and a dark olive alike: far apart normally, close under the simulation.
    const Vec3 red = linearRgb(QColor(255, 0, 0)), olive = linearRgb(QColor(0x6b, 0x63, 0x00));
    QVERIFY(ciede2000(lab(red), lab(olive)) > 30);
    QVERIFY(ciede2000(lab(simulate(visions[1].matrix, red)), lab(simulate(visions[1].matrix, olive))) < 15);
}

void TestColours::focusFillsStayApartForEveryReader()
{
    const MapStyle style = MapStyle::standard();
    // The three AES countries of the default story and of every story about them.
    const qsizetype count = 3;
    QVERIFY(style.focusFills.size() >= count);
    for (const Vision &vision : visions) {
        for (qsizetype i = 0; i < count; ++i) {
            for (qsizetype j = i + 1; j < count; ++j) {
                const Vec3 a = lab(simulate(vision.matrix, linearRgb(style.focusFills[i])));
                const Vec3 b = lab(simulate(vision.matrix, linearRgb(style.focusFills[j])));
                const double difference = ciede2000(a, b);
                QVERIFY2(difference >= 10.0,
                         qPrintable(QStringLiteral("fills %1 (%2) and %3 (%4): CIEDE2000 %5 "
                                                   "under %6, under 10")
                                        .arg(i)
                                        .arg(style.focusFills[i].name())
                                        .arg(j)
                                        .arg(style.focusFills[j].name())
                                        .arg(difference, 0, 'f', 1)
                                        .arg(QLatin1String(vision.name))));
            }
        }
    }
}

void TestColours::labelsContrastWithTheirHalo()
{
    const MapStyle style = MapStyle::standard();
    const QList<MapStyle::LabelColours> labels = style.labelColours();
    QVERIFY(labels.size() >= 9);
    for (const MapStyle::LabelColours &label : labels) {
        const double ratio = contrast(label.text, label.halo);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 labels: %2 on %3 is %4:1, under 4.5:1")
                                .arg(QLatin1String(label.what), label.text.name(), label.halo.name())
                                .arg(ratio, 0, 'f', 2)));
    }
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestColours test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_colours.moc"
