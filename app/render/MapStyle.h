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
    double landBorderWidth = 0.6;
    double nationalBorderWidth = 0.9;
    double focusBorderWidth = 1.6;
    double admin1BorderWidth = 0.5;
    double zoneOutlineWidth = 2.2;
    double zoneHatchSpacing = 7.0;

    /// The default style; needs the bundled fonts (FontLoader) for its font family.
    static MapStyle standard();
};

} // namespace sahel
