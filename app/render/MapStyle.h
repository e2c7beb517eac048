#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace sahel {

/// The map's cartographic choices in one place: colours, line widths (logical px) and type.
struct MapStyle
{
    QString fontFamily;
    QColor water;
    QColor land;
    QColor landBorder;
    QList<QColor> focusFills; ///< one per focus country, in the story's order
    QColor nationalBorder;
    QColor focusBorder;
    QColor admin1Border;
    QColor admin1BorderFaint; ///< admin-1 boundaries of the countries around the focus
    QColor areaFill;
    QColor areaOutline;
    QColor zoneHatch;
    QColor zoneOutline;
    QColor zoneLabel;
    QColor markerFill;
    QColor townFill;
    QColor labelText;
    QColor countryLabel;
    QColor admin1Label;
    QColor halo;
    QColor highlight;
    QColor glow;
    QColor veil;
    QColor river;         ///< rivers, lake centrelines and lake shores
    QColor waterLabel;    ///< names of rivers and lakes (italic, as atlases have them)
    QColor seaLabel;      ///< names of oceans and seas, drawn over water with a water-coloured halo
    QColor physicalLabel; ///< names of deserts, mountains and plains
    double landBorderWidth = 0.6;
    double nationalBorderWidth = 0.9;
    double focusBorderWidth = 1.6;
    double admin1BorderWidth = 0.5;
    double zoneOutlineWidth = 2.2;
    double zoneHatchSpacing = 7.0;

    /// A label's colour and the halo it is drawn on: contrasts that must stay readable (WCAG 2.1 AA).
    struct LabelColours
    {
        const char *what;
        QColor text;
        QColor halo;
    };
    QList<LabelColours> labelColours() const;

    /// The default style; needs the bundled fonts (FontLoader) for its font family.
    static MapStyle standard();
};

} // namespace sahel
