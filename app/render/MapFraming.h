#pragma once

#include "MapFurniture.h"

#include <QStringList>

namespace sahel {

/// Frames a composition's subject in the map area its furniture leaves free, and puts each piece of
/// furniture where it covers least of the subject.
class MapFraming
{
public:
    /// Tries every placement of the furniture, keeps the one leaving most room for the subject (the most
    /// conventional among equals) and fits the subject into that room with a margin: the map zooms out
    /// when the furniture leaves little.
    static void frame(MapComposition &composition, const MapScene &scene, const MapFurniture &furniture,
                      const QRectF &subject, double marginPx, double maxFitZoom);
    /// For a view already chosen: the placement whose pieces cover the least of the subject regions'
    /// shapes (or of the focus countries when there are none).
    static void placeOver(MapComposition &composition, const MapScene &scene, const MapFurniture &furniture,
                          const QStringList &subjectRegions);
};

} // namespace sahel
