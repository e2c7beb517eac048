#include "MapComposer.h"

namespace sahel {

MapComposer::MapComposer()
    : m_furniture(m_renderer.style())
{
}

void MapComposer::paint(QPainter &painter, const MapComposition &composition, const MapScene &scene) const
{
    for (MapLayer layer : MapRenderer::layers())
        paintLayer(painter, composition, scene, layer);
    paintFurniture(painter, composition, scene);
}

void MapComposer::paintLayer(QPainter &painter, const MapComposition &composition, const MapScene &scene,
                             MapLayer layer) const
{
    const QList<QRectF> reserved =
        layer == MapLayer::Labels ? m_furniture.layout(composition, scene).all() : QList<QRectF>();
    m_renderer.renderLayer(painter, scene, composition.frame(reserved), layer);
}

void MapComposer::paintFurniture(QPainter &painter, const MapComposition &composition, const MapScene &scene) const
{
    m_furniture.paint(painter, composition, scene);
}

} // namespace sahel
