#pragma once

#include "MapFurniture.h"
#include "MapRenderer.h"

namespace sahel {

/// The map with its furniture: the one composition the screen, the images, the SVG and the PDFs share.
class MapComposer
{
public:
    MapComposer();

    const MapRenderer &renderer() const { return m_renderer; }
    const MapFurniture &furniture() const { return m_furniture; }

    /// Paints the composition's viewport area: map layers (labels clear of the furniture), then furniture.
    void paint(QPainter &painter, const MapComposition &composition, const MapScene &scene) const;
    /// The same, in steps: each map layer, then the furniture (for SVG groups).
    void paintLayer(QPainter &painter, const MapComposition &composition, const MapScene &scene, MapLayer layer) const;
    void paintFurniture(QPainter &painter, const MapComposition &composition, const MapScene &scene) const;

private:
    MapRenderer m_renderer;
    MapFurniture m_furniture;
};

} // namespace sahel
