#include "MapStyle.h"

#include "FontLoader.h"

namespace sahel {

MapStyle MapStyle::standard()
{
    MapStyle s;
    s.fontFamily = FontLoader::ensureLoaded();
    s.water = QColor(0xcf, 0xe1, 0xec);
    s.land = QColor(0xef, 0xeb, 0xe3);
    s.landBorder = QColor(0xb5, 0xab, 0x9c);
    // Muted earth tones that stay apart for colour-blind readers and on a washed-out projector: the
    // first three (the AES) differ in lightness as well as hue, so they stay at least 10 CIEDE2000
    // apart under simulated protanopia, deuteranopia and tritanopia (tst_colours).
    s.focusFills = {QColor(0xf4, 0xdc, 0x9c), QColor(0xd2, 0x9c, 0x7e), QColor(0x9f, 0xc3, 0xb8),
                    QColor(0xb8, 0xcd, 0xe3), QColor(0xd9, 0xc2, 0xe0), QColor(0xe8, 0xe0, 0xa0)};
    s.nationalBorder = QColor(0x8c, 0x80, 0x70);
    s.focusBorder = QColor(0x4a, 0x3d, 0x30);
    // Opaque on purpose: PDF writers outline semi-transparent strokes, multiplying the file size.
    s.admin1Border = QColor(0xad, 0xa2, 0x91);
    s.admin1BorderFaint = QColor(0xcf, 0xc8, 0xbb);
    s.areaFill = QColor(0x5b, 0x3f, 0x8c, 70);
    s.areaOutline = QColor(0x5b, 0x3f, 0x8c, 200);
    s.zoneHatch = QColor(0xb0, 0x1e, 0x23, 150);
    s.zoneOutline = QColor(0xb0, 0x1e, 0x23);
    s.zoneLabel = QColor(0x8e, 0x12, 0x16);
    s.markerFill = QColor(0xb0, 0x1e, 0x23);
    s.townFill = QColor(0x2b, 0x2b, 0x2b);
    s.labelText = QColor(0x26, 0x22, 0x1e);
    s.countryLabel = QColor(0x3d, 0x33, 0x29);
    s.admin1Label = QColor(0x6e, 0x62, 0x55);
    s.halo = QColor(255, 255, 255); // opaque: a translucent stroke becomes outlines in PDF
    s.highlight = QColor(0x0b, 0x4f, 0x8a);
    s.glow = QColor(0x1f, 0x8f, 0xe0, 110);
    s.veil = QColor(0xf4, 0xf2, 0xee, 165);
    s.river = QColor(0x5e, 0x9a, 0xc8);
    s.waterLabel = QColor(0x1f, 0x5a, 0x8c);
    s.seaLabel = QColor(0x2a, 0x5b, 0x84);
    s.physicalLabel = QColor(0x75, 0x60, 0x4a);
    return s;
}

} // namespace sahel

namespace sahel {

QList<MapStyle::LabelColours> MapStyle::labelColours() const
{
    const auto flat = [this](QColor colour) {
        // A translucent colour is seen blended over its halo.
        const double a = colour.alphaF();
        return QColor::fromRgbF(static_cast<float>(colour.redF() * a + halo.redF() * (1 - a)),
                                static_cast<float>(colour.greenF() * a + halo.greenF() * (1 - a)),
                                static_cast<float>(colour.blueF() * a + halo.blueF() * (1 - a)));
    };
    return {{"town", labelText, halo},
            {"focus country", countryLabel, halo},
            {"country", admin1Label, halo},
            {"zone", zoneLabel, halo},
            {"area", flat(areaOutline), halo},
            {"selected place", highlight, halo},
            {"river and lake", waterLabel, halo},
            {"sea and ocean", seaLabel, water},
            {"physical region", physicalLabel, halo}};
}

} // namespace sahel
