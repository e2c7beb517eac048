#pragma once

#include "FrameState.h"
#include "LabelPlacer.h"
#include "MapScene.h"
#include "MapStyle.h"
#include "UserLayerPainter.h"
#include "Viewport.h"

class QPainter;

namespace sahel {

/// The map's layers, bottom to top; SVG export writes each as a group with this id.
enum class MapLayer { Background, Land, Water, Boundaries, Regions, UserData, Highlights, Labels };

/// Draws the map on any QPainter (widget, image, SVG, PDF): what the screen shows is what is exported.
class MapRenderer
{
public:
    explicit MapRenderer(MapStyle style = MapStyle::standard());

    /// Paints the frame's logical area (0,0)-(size); the painter may scale for the device pixel ratio.
    /// Labels avoid the frame's reserved rectangles (logical px), where map furniture goes.
    void render(QPainter &painter, const MapScene &scene, const FrameState &frame) const;
    void renderLayer(QPainter &painter, const MapScene &scene, const FrameState &frame, MapLayer layer) const;
    /// From this zoom on (closer than the AES view, as the tri-border view), every admin-1 unit is named.
    static constexpr double admin1LabelZoom = 7.0;
    /// The gazetteer's towns of at least this many people are drawn with the map's own at this zoom.
    static constexpr qint64 gazetteerPopulation(double zoom)
    {
        return zoom >= 7.0 ? 10'000 : zoom >= 6.0 ? 200'000 : 1'000'000;
    }

    /// Draws the labels and returns where they went (for tests of the placement).
    LabelPlacer renderLabels(QPainter &painter, const MapScene &scene, const FrameState &frame) const;
    static QList<MapLayer> layers();
    static QString layerId(MapLayer layer);

    const MapStyle &style() const { return m_style; }

private:
    void drawBackground(QPainter &painter, const Viewport &viewport, const MapScene &scene) const;
    void drawBaseMap(QPainter &painter, const Viewport &viewport, const MapScene &scene) const;
    void drawBordersOverBasemap(QPainter &painter, const Viewport &viewport, const MapScene &scene) const;
    void drawAdmin1(QPainter &painter, const Viewport &viewport, const MapScene &scene) const;
    void drawStyledRegions(QPainter &painter, const Viewport &viewport, const MapScene &scene) const;
    void drawHover(QPainter &painter, const MapScene &scene, const FrameState &frame) const;
    void drawSelection(QPainter &painter, const MapScene &scene, const FrameState &frame) const;
    /// Focus countries are labelled before towns, the others after them.
    void drawCountryLabels(QPainter &painter, const Viewport &viewport, const MapScene &scene,
                           LabelPlacer &placer, bool focusCountries) const;
    /// The admin-1 units of the selected fact's regions (always), or every unit once the map is close.
    void drawAdmin1Labels(QPainter &painter, const FrameState &frame, const MapScene &scene,
                          LabelPlacer &placer, bool factUnits) const;
    void drawPointRegions(QPainter &painter, const FrameState &frame, const MapScene &scene,
                          LabelPlacer &placer) const;
    /// Which towns a pass of the label engine draws, in the engine's order of priority.
    enum class TownPass { Capitals, FactTowns, OtherTowns };
    void drawTowns(QPainter &painter, const FrameState &frame, const MapScene &scene, LabelPlacer &placer,
                   TownPass pass) const;
    void drawZoneLabels(QPainter &painter, const Viewport &viewport, const MapScene &scene,
                        LabelPlacer &placer) const;
    void drawOffMapPlaces(QPainter &painter, const FrameState &frame, const MapScene &scene,
                          LabelPlacer &placer) const;
    QFont font(double pixelSize, int weight, bool italic = false) const;

    MapStyle m_style;
    UserLayerPainter m_userLayers;
};

} // namespace sahel
