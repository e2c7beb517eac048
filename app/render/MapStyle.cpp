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
    // Muted earth tones that stay apart for colour-blind readers and on a washed-out projector.
    s.focusFills = {QColor(0xf3, 0xd9, 0x9b), QColor(0xe9, 0xb2, 0x94), QColor(0xbf, 0xd6, 0xa4),
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
    return s;
}

} // namespace sahel
