#pragma once

#include "FrameState.h"
#include "FurnitureLayout.h"
#include "MapScene.h"
#include "MapStyle.h"
#include "MapTexts.h"
#include "Viewport.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace sahel {

/// Which pieces of map furniture to draw; exports draw all by default, the screen none.
struct FurnitureOptions
{
    bool title = true;
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool attribution = true;
    bool inset = true;

    static FurnitureOptions none() { return {false, false, false, false, false, false}; }
    bool any() const { return title || legend || scaleBar || northArrow || attribution || inset; }
    friend bool operator==(const FurnitureOptions &, const FurnitureOptions &) = default;
};

/// What an export or the screen composes: the view, the furniture and its words.
struct MapComposition
{
    Viewport viewport;
    QSet<QString> selectedRegions; ///< the chosen fact's regions: highlighted, the rest dimmed
    FurnitureOptions furniture;
    QString title;    ///< the story's title
    QString subtitle; ///< the selected fact, if any
    QString credit;   ///< the article's source and date, for the attribution line
    /// Where the furniture goes (MapFraming chooses it for the subject).
    FurniturePlacement placement;
    /// What the framing keeps clear of the furniture, projected: the focus countries or the fact's places.
    std::optional<QRectF> subject;

    /// The frame the map under the furniture draws: no hover, the selection, labels clear of reserved.
    FrameState frame(const QList<QRectF> &reserved = {}) const
    {
        FrameState state;
        state.viewport = viewport;
        state.selectedRegions = selectedRegions;
        state.reserved = reserved;
        return state;
    }
};

/// One legend row: what it shows and the label.
struct LegendItem
{
    enum class Symbol {
        Fill,
        Area,
        Zone,
        Marker,
        Capital,
        Town,
        Border,
        Admin1Border,
        Selection,
        FarPlace,
        LayerPoint,
        LayerLine,
        LayerArea,
        River,
        Lake
    };
    Symbol symbol;
    QString label;
    QColor colour;
};

/// Title, legend, scale bar, north arrow, attribution and locator inset: laid out for the canvas
/// size (scaled with it, so a 4K export is not a postage stamp) and drawn over the map.
class MapFurniture
{
public:
    using Layout = FurnitureLayout;

    explicit MapFurniture(const MapStyle &style);

    /// The composition's furniture at its placement, with the map area it leaves free for its subject.
    Layout layout(const MapComposition &composition, const MapScene &scene) const;
    /// How big each piece the composition shows is, with these legend rows.
    FurnitureSizes sizes(const MapComposition &composition, const QList<LegendItem> &items) const;
    void paint(QPainter &painter, const MapComposition &composition, const MapScene &scene) const;
    /// Only what the map draws in this view, in drawing order.
    QList<LegendItem> legendItems(const FrameState &frame, const MapScene &scene) const;
    /// A scale bar length in km that is a round number and about a fifth of the width or less.
    static double niceScaleKm(double maxKm);

private:
    QFont font(double pixelSize, int weight, bool italic = false) const;
    // s: the layout's scale, so every size grows with the canvas.
    void paintTitle(QPainter &painter, const QRectF &rect, const MapComposition &composition, double s) const;
    void paintLegend(QPainter &painter, const QRectF &rect, const QList<LegendItem> &items,
                     const MapTexts &texts, double s, int columns) const;
    void paintLegendColumn(QPainter &painter, QPointF topLeft, double width, const QList<LegendItem> &items,
                           double s) const;
    QSizeF legendSize(const QList<LegendItem> &items, double maxWidth, int columns, double s) const;
    /// How many lines each legend row takes at this text width: a long label wraps, never gets cut.
    QList<int> legendLines(const QList<LegendItem> &items, double textWidth, double s) const;
    double legendWidth(const QList<LegendItem> &items, double maxWidth, double s) const;
    void paintLegendSymbol(QPainter &painter, const QRectF &box, const LegendItem &item, double s) const;
    void paintScaleBar(QPainter &painter, const QRectF &rect, const Viewport &viewport, double s,
                       const MapTexts &texts) const;
    void paintNorthArrow(QPainter &painter, const QRectF &rect, const MapTexts &texts, double s) const;
    void paintAttribution(QPainter &painter, const QRectF &rect, const MapComposition &composition,
                          const MapScene &scene, const MapTexts &texts, double s) const;
    void paintInset(QPainter &painter, const QRectF &rect, const Viewport &viewport,
                    const MapScene &scene) const;
    void paintPanel(QPainter &painter, const QRectF &rect) const;

    const MapStyle &m_style;
};

} // namespace sahel
