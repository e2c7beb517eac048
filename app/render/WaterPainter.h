#pragma once

#include "GeoData.h"
#include "MapStyle.h"
#include "Viewport.h"

class QPainter;

namespace sahel {

/// Draws the base map's lakes and rivers (Natural Earth 1:10m, the whole world), each shown from the
/// zoom its scale rank calls for and as wide as its rank.
class WaterPainter
{
public:
    static void paint(QPainter &painter, const Viewport &viewport, const GeoData &geo, const MapStyle &style);

    /// Whether the view shows this river, and how wide (logical px).
    static bool shows(const WaterLine &river, const Viewport &viewport, const GeoData &geo);
    static bool shows(const Lake &lake, const Viewport &viewport, const GeoData &geo);
    /// Whether a shown river or lake of this rank is also named in this view.
    static bool named(int scaleRank, const Viewport &viewport);
    static double width(const WaterLine &river, const Viewport &viewport);

private:
    static bool showsScale(int scale, const QRectF &bounds, const GeoData &geo);
};

} // namespace sahel
