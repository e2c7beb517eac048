#pragma once

#include "GeoData.h"
#include "MapStyle.h"
#include "Viewport.h"

class QPainter;

namespace sahel {

class LabelPlacer;

/// Names of the natural map: rivers along their course, lakes inside them, seas and oceans, and the
/// physical regions (Sahara, Sahel, Aïr...) as spaced italics at small scales. Placed after every
/// other label, so they only take the room that is left.
class WaterLabels
{
public:
    /// Rivers, lakes, seas and oceans, in italic blue as atlases have them.
    static void paintWater(QPainter &painter, const Viewport &viewport, const GeoData &geo,
                           const QString &language, const MapStyle &style, LabelPlacer &placer);
    static void paintPhysical(QPainter &painter, const Viewport &viewport, const GeoData &geo,
                              const QString &language, const MapStyle &style, LabelPlacer &placer);
};

} // namespace sahel
