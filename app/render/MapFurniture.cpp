#include "MapFurniture.h"

#include "EdgeMarkers.h"
#include "PaintPrimitives.h"
#include "TileFolder.h"
#include "WaterPainter.h"
#include "WebMercator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace sahel {

namespace {

/// What the locator inset shows, west, south, east, north in degrees: the continent the map's centre is
/// on (a reader places a region by its continent's outline), else the world.
struct LocatorBox
{
    double west, south, east, north;
    bool contains(LonLat p) const
    {
        return p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north;
    }
};
constexpr LocatorBox locatorBoxes[] = {
    {-20.0, -36.0, 55.0, 38.0},  // Africa
    {-25.0, 34.0, 45.0, 71.0},   // Europe
    {-92.0, -56.0, -32.0, 13.0}, // South America
    {-170.0, 7.0, -50.0, 72.0},  // North and Central America
    {25.0, -11.0, 150.0, 56.0},  // Asia
    {110.0, -48.0, 180.0, -8.0}, // Australia and New Zealand
};
constexpr LocatorBox worldBox{-180.0, -58.0, 180.0, 75.0};

LocatorBox locatorBox(const Viewport &viewport)
{
    const LonLat centre = viewport.centreLonLat();
    for (const LocatorBox &box : locatorBoxes)
        if (box.contains(centre))
            return box;
    return worldBox;
}
/// Legend text starts this far (times the scale) from the panel's left edge and ends 8 before its right.
constexpr double legendTextInset = 48.0;
/// A wrapped line adds this share of a row.
constexpr double legendLineShare = 0.8;

} // namespace

MapFurniture::MapFurniture(const MapStyle &style)
    : m_style(style)
{}

QFont MapFurniture::font(double pixelSize, int weight, bool italic) const
{
    QFont f(m_style.fontFamily);
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setWeight(static_cast<QFont::Weight>(weight));
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double MapFurniture::niceScaleKm(double maxKm)
{
    if (maxKm <= 0)
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxKm)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxKm)
            return step * magnitude;
    return magnitude;
}

QList<LegendItem> MapFurniture::legendItems(const FrameState &frame, const MapScene &scene) const
{
    const Viewport &viewport = frame.viewport;
    QList<LegendItem> items;
    if (!scene.geo)
        return items;
    const MapTexts texts = MapTexts::forLanguage(scene.language);
    const QRectF visible = viewport.visibleBounds();
    for (qsizetype i = 0; i < scene.focusCountries.size(); ++i) {
        const AdminUnit *country = scene.geo->country(scene.focusCountries[i]);
        if (country && country->shape.bounds().intersects(visible))
            items.append({LegendItem::Symbol::Fill, country->name(scene.language),
                          m_style.focusFills.value(i % m_style.focusFills.size())});
    }
    items.append({LegendItem::Symbol::Fill, texts.otherCountries, m_style.land});
    for (const MapRegion &region : scene.regions) {
        if (!region.bounds().intersects(visible) && !(region.isPoint && visible.contains(region.point)))
            continue;
        if (region.style == RegionStyle::Area)
            items.append({LegendItem::Symbol::Area, region.name.text(scene.language), m_style.areaOutline});
        else if (region.style == RegionStyle::Zone)
            items.append({LegendItem::Symbol::Zone, region.name.text(scene.language), m_style.zoneOutline});
        else if (region.style == RegionStyle::Marker && visible.contains(region.point))
            items.append({LegendItem::Symbol::Marker, region.name.text(scene.language), m_style.markerFill});
    }
    bool capital = false, town = false;
    for (const Town &t : scene.geo->towns) {
        if (!visible.contains(t.projected))
            continue;
        capital = capital || t.capital;
        town = town || (!t.capital && viewport.zoom() >= 4.5);
    }
    if (capital)
        items.append({LegendItem::Symbol::Capital, texts.capital, m_style.townFill});
    if (town)
        items.append({LegendItem::Symbol::Town, texts.town, m_style.townFill});
    if (scene.baseMap == BaseMapMode::Own) {
        const auto riverShown = [&](const WaterLine &river) {
            return WaterPainter::shows(river, viewport, *scene.geo);
        };
        const auto lakeShown = [&](const Lake &lake) {
            return WaterPainter::shows(lake, viewport, *scene.geo);
        };
        if (std::any_of(scene.geo->rivers.cbegin(), scene.geo->rivers.cend(), riverShown))
            items.append({LegendItem::Symbol::River, texts.river, m_style.river});
        if (std::any_of(scene.geo->lakes.cbegin(), scene.geo->lakes.cend(), lakeShown))
            items.append({LegendItem::Symbol::Lake, texts.lake, m_style.water});
    }
    items.append({LegendItem::Symbol::Border, texts.nationalBorder, m_style.focusBorder});
    // Drawn from zoom 4, where the view holds units of the AES countries or their neighbours.
    const auto admin1Visible = [&visible](const AdminUnit &unit) {
        return unit.shape.bounds().intersects(visible);
    };
    if (viewport.zoom() >= 4.0 &&
        std::any_of(scene.geo->admin1.cbegin(), scene.geo->admin1.cend(), admin1Visible))
        items.append({LegendItem::Symbol::Admin1Border, texts.admin1Border, m_style.admin1Border});
    for (const UserLayer &layer : scene.userLayers) {
        if (!layer.style.visible || !layer.data ||
            !layer.data->bounds.adjusted(-1, -1, 1, 1).intersects(visible))
            continue;
        const auto symbol =
            layer.data->dominantKind == UserFeature::Kind::Point  ? LegendItem::Symbol::LayerPoint
            : layer.data->dominantKind == UserFeature::Kind::Line ? LegendItem::Symbol::LayerLine
                                                                  : LegendItem::Symbol::LayerArea;
        items.append({symbol, layer.data->name, QColor::fromRgba(layer.style.colour)});
    }
    if (!frame.selectedRegions.isEmpty())
        items.append({LegendItem::Symbol::Selection, texts.selection, m_style.highlight});
    if (!EdgeMarker::compute(viewport, scene).isEmpty())
        items.append({LegendItem::Symbol::FarPlace, texts.farPlace, m_style.labelText});
    return items;
}

FurnitureSizes MapFurniture::sizes(const MapComposition &composition, const QList<LegendItem> &items) const
{
    FurnitureSizes z;
    const FurnitureOptions &options = composition.furniture;
    const QSizeF size = composition.viewport.size();
    const double s = std::clamp(std::min(size.width(), size.height()) / 700.0, 0.8, 3.0);
    z.scale = s;
    z.margin = 14 * s;
    z.gap = 8 * s;
    if (options.attribution)
        z.attributionHeight = 18 * s;
    if (options.title && !composition.title.isEmpty()) {
        const double width = std::min(size.width() * 0.55, 520 * s);
        const double inner = width - 24 * s;
        const QFontMetricsF titleMetrics(font(20 * s, QFont::Bold));
        const QFontMetricsF subtitleMetrics(font(14 * s, QFont::Normal));
        double height =
            20 * s +
            titleMetrics.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, composition.title).height();
        if (!composition.subtitle.isEmpty())
            height +=
                6 * s +
                subtitleMetrics.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, composition.subtitle)
                    .height();
        z.title = QSizeF(width, height);
    }
    if (options.northArrow)
        z.northArrow = QSizeF(36 * s, 54 * s);
    if (options.scaleBar)
        z.scaleBar = QSizeF(std::min(size.width() / 5.0 + 40 * s, size.width() / 2.0), 34 * s);
    if (options.inset) {
        const double width = std::min(190 * s, size.width() / 4.0);
        const LocatorBox box = locatorBox(composition.viewport);
        const QRectF extent = WebMercator::projectBounds(box.west, box.south, box.east, box.north);
        z.inset = QSizeF(width, std::min(width * extent.height() / extent.width(), width * 1.4));
    }
    if (options.legend) {
        z.legend[0] = legendSize(items, size.width() / 3.0, 1, s);
        z.legend[1] = legendSize(items, size.width() / 4.0, 2, s);
    }
    return z;
}

QSizeF MapFurniture::legendSize(const QList<LegendItem> &items, double maxWidth, int columns, double s) const
{
    // Two columns: the first takes the first half of the rows, as a reader goes down then across.
    const qsizetype firstColumn = columns == 2 ? (items.size() + 1) / 2 : items.size();
    const double columnWidth = legendWidth(items, maxWidth, s);
    double tallest = 0;
    for (const QList<LegendItem> &column : {items.mid(0, firstColumn), items.mid(firstColumn)}) {
        double lines = 0;
        for (const int count : legendLines(column, columnWidth - legendTextInset * s, s))
            lines += 1 + (count - 1) * legendLineShare;
        tallest = std::max(tallest, lines);
    }
    return {columnWidth * columns, (30 + 19 * tallest) * s};
}

MapFurniture::Layout MapFurniture::layout(const MapComposition &composition, const MapScene &scene) const
{
    const QList<LegendItem> items =
        composition.furniture.legend ? legendItems(composition.frame(), scene) : QList<LegendItem>();
    const double aspect = composition.subject && composition.subject->height() > 0
                              ? composition.subject->width() / composition.subject->height()
                              : 0.0;
    return FurnitureLayout::arrange(composition.viewport.size(), sizes(composition, items),
                                    composition.placement, aspect);
}

void MapFurniture::paint(QPainter &painter, const MapComposition &composition, const MapScene &scene) const
{
    if (!composition.furniture.any())
        return;
    const Layout l = layout(composition, scene);
    const MapTexts texts = MapTexts::forLanguage(scene.language);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!l.inset.isEmpty())
        paintInset(painter, l.inset, composition.viewport, scene);
    if (!l.title.isEmpty())
        paintTitle(painter, l.title, composition, l.scale);
    if (!l.legend.isEmpty())
        paintLegend(painter, l.legend, legendItems(composition.frame(), scene), texts, l.scale,
                    l.placement.legendColumns);
    if (!l.scaleBar.isEmpty())
        paintScaleBar(painter, l.scaleBar, composition.viewport, l.scale, texts);
    if (!l.northArrow.isEmpty())
        paintNorthArrow(painter, l.northArrow, texts, l.scale);
    if (!l.attribution.isEmpty())
        paintAttribution(painter, l.attribution, composition, scene, texts, l.scale);
    painter.restore();
}

void MapFurniture::paintPanel(QPainter &painter, const QRectF &rect) const
{
    painter.setPen(QPen(QColor(0, 0, 0, 40), 1.0));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(rect, 4, 4);
}

void MapFurniture::paintTitle(QPainter &painter, const QRectF &rect, const MapComposition &composition,
                              double s) const
{
    paintPanel(painter, rect);
    const QRectF inner = rect.adjusted(12 * s, 10 * s, -12 * s, -10 * s);
    const QFont titleFont = font(20 * s, QFont::Bold);
    const QRectF titleRect = QFontMetricsF(titleFont).boundingRect(
        QRectF(inner.topLeft(), QSizeF(inner.width(), 1e6)), Qt::TextWordWrap, composition.title);
    painter.setPen(m_style.labelText);
    painter.setFont(titleFont);
    painter.drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), titleRect.height())), Qt::TextWordWrap,
                     composition.title);
    if (composition.subtitle.isEmpty())
        return;
    painter.setFont(font(14 * s, QFont::Normal));
    painter.setPen(m_style.highlight);
    painter.drawText(QRectF(inner.left(), inner.top() + titleRect.height() + 6 * s, inner.width(),
                            inner.bottom() - inner.top() - titleRect.height()),
                     Qt::TextWordWrap, composition.subtitle);
}

void MapFurniture::paintLegend(QPainter &painter, const QRectF &rect, const QList<LegendItem> &items,
                               const MapTexts &texts, double s, int columns) const
{
    paintPanel(painter, rect);
    painter.setPen(m_style.labelText);
    painter.setFont(font(13 * s, QFont::Bold));
    painter.drawText(QRectF(rect.left() + 10 * s, rect.top() + 6 * s, rect.width() - 20 * s, 18 * s),
                     Qt::AlignLeft | Qt::AlignVCenter, texts.legendTitle);
    const qsizetype firstColumn = columns == 2 ? (items.size() + 1) / 2 : items.size();
    const double columnWidth = rect.width() / std::max(1, columns);
    paintLegendColumn(painter, QPointF(rect.left(), rect.top() + 28 * s), columnWidth,
                      items.mid(0, firstColumn), s);
    if (firstColumn < items.size())
        paintLegendColumn(painter, QPointF(rect.left() + columnWidth, rect.top() + 28 * s), columnWidth,
                          items.mid(firstColumn), s);
}

void MapFurniture::paintLegendColumn(QPainter &painter, QPointF topLeft, double width,
                                     const QList<LegendItem> &items, double s) const
{
    const QFont itemFont = font(11 * s, QFont::Normal);
    const QList<int> lines = legendLines(items, width - legendTextInset * s, s);
    double y = topLeft.y();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const double extra = (lines[i] - 1) * legendLineShare * 19 * s;
        const QRectF box(topLeft.x() + 10 * s, y + 2 * s + extra / 2, 22 * s, 13 * s);
        paintLegendSymbol(painter, box, items[i], s);
        painter.setPen(m_style.labelText);
        painter.setFont(itemFont);
        const QRectF textRect(box.right() + 8 * s, y, width - legendTextInset * s, 17 * s + extra);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, items[i].label);
        y += 19 * s + extra;
    }
}

QList<int> MapFurniture::legendLines(const QList<LegendItem> &items, double textWidth, double s) const
{
    const QFontMetricsF metrics(font(11 * s, QFont::Normal));
    QList<int> lines;
    for (const LegendItem &item : items) {
        const double height =
            metrics.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, item.label).height();
        lines.append(std::max(1, static_cast<int>(std::lround(height / metrics.lineSpacing()))));
    }
    return lines;
}

double MapFurniture::legendWidth(const QList<LegendItem> &items, double maxWidth, double s) const
{
    // As wide as the longest label needs, within a third of the map; longer labels wrap.
    const QFontMetricsF metrics(font(11 * s, QFont::Normal));
    double widest = 0.0;
    for (const LegendItem &item : items)
        widest = std::max(widest, metrics.horizontalAdvance(item.label));
    return std::min(std::max(widest + (legendTextInset + 2) * s, 170 * s), std::max(maxWidth, 170 * s));
}

void MapFurniture::paintLegendSymbol(QPainter &painter, const QRectF &box, const LegendItem &item,
                                     double s) const
{
    painter.save();
    const QPointF c = box.center();
    switch (item.symbol) {
    case LegendItem::Symbol::Fill:
        painter.setPen(QPen(m_style.nationalBorder, 0.8 * s));
        painter.setBrush(item.colour);
        painter.drawRect(box);
        break;
    case LegendItem::Symbol::Area:
        painter.setPen(QPen(m_style.areaOutline, 1.4 * s, Qt::DashLine));
        painter.setBrush(m_style.areaFill);
        painter.drawRect(box);
        break;
    case LegendItem::Symbol::Zone: {
        QPainterPath path;
        path.addRect(box);
        PaintPrimitives::hatch(painter, path, m_style.zoneHatch, m_style.zoneHatchSpacing * s * 0.6, 1.0 * s);
        painter.setPen(QPen(m_style.zoneOutline, 2.0 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        break;
    }
    case LegendItem::Symbol::Marker: {
        const double r = 6 * s;
        painter.setPen(QPen(Qt::white, 1.5 * s));
        painter.setBrush(m_style.markerFill);
        painter.drawPolygon(
            QPolygonF{{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}});
        break;
    }
    case LegendItem::Symbol::Capital: {
        const double r = 4.5 * s;
        painter.setPen(QPen(Qt::white, 1.5 * s));
        painter.setBrush(m_style.townFill);
        painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(c, r * 0.4, r * 0.4);
        break;
    }
    case LegendItem::Symbol::Town:
        painter.setPen(QPen(Qt::white, 1.5 * s));
        painter.setBrush(m_style.townFill);
        painter.drawEllipse(c, 3 * s, 3 * s);
        break;
    case LegendItem::Symbol::Border:
        painter.setPen(QPen(m_style.focusBorder, m_style.focusBorderWidth * s));
        painter.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        break;
    case LegendItem::Symbol::Admin1Border:
        painter.setPen(QPen(m_style.admin1Border, std::max(0.8, m_style.admin1BorderWidth * s * 1.5)));
        painter.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        break;
    case LegendItem::Symbol::Selection:
        painter.setPen(QPen(m_style.highlight, 2.6 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(1 * s, 1 * s, -1 * s, -1 * s));
        break;
    case LegendItem::Symbol::LayerPoint:
        painter.setPen(QPen(Qt::white, 1.0 * s));
        painter.setBrush(item.colour);
        painter.drawEllipse(c, 3.5 * s, 3.5 * s);
        break;
    case LegendItem::Symbol::LayerLine:
        painter.setPen(QPen(item.colour, 2.0 * s, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        break;
    case LegendItem::Symbol::LayerArea: {
        QColor fill = item.colour;
        fill.setAlphaF(0.35f);
        painter.setPen(QPen(item.colour, 1.0 * s));
        painter.setBrush(fill);
        painter.drawRect(box);
        break;
    }
    case LegendItem::Symbol::River: {
        QPainterPath wave(QPointF(box.left(), c.y() + 2 * s));
        wave.cubicTo(QPointF(c.x() - 4 * s, c.y() - 5 * s), QPointF(c.x() + 4 * s, c.y() + 5 * s),
                     QPointF(box.right(), c.y() - 2 * s));
        painter.setPen(QPen(item.colour, 1.6 * s, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(wave);
        break;
    }
    case LegendItem::Symbol::Lake:
        painter.setPen(QPen(m_style.river, 0.8 * s));
        painter.setBrush(item.colour);
        painter.drawEllipse(box.adjusted(1 * s, 1 * s, -1 * s, -1 * s));
        break;
    case LegendItem::Symbol::FarPlace: {
        painter.translate(c);
        painter.scale(s, s);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(item.colour);
        painter.drawPolygon(QPolygonF{{8, 0}, {-8, -8}, {-4, 0}, {-8, 8}});
        break;
    }
    }
    painter.restore();
}

void MapFurniture::paintScaleBar(QPainter &painter, const QRectF &rect, const Viewport &viewport, double s,
                                 const MapTexts &texts) const
{
    // Web Mercator stretches distances by 1/cos(latitude): the bar is true at the map's centre.
    const double groundMetresPerPixel =
        viewport.metresPerPixel() * WebMercator::scaleFactor(viewport.centreLonLat().lat);
    const double maxWidth = rect.width() - 30 * s;
    const double km = niceScaleKm(maxWidth * groundMetresPerPixel / 1000.0);
    if (km <= 0)
        return;
    const double width = km * 1000.0 / groundMetresPerPixel;
    paintPanel(painter, QRectF(rect.left(), rect.top(), width + 30 * s, rect.height()));
    const QRectF bar(rect.left() + 10 * s, rect.top() + 22 * s, width, 6 * s);
    constexpr int segments = 4;
    painter.setPen(QPen(m_style.labelText, 1.0 * s));
    for (int i = 0; i < segments; ++i) {
        painter.setBrush(i % 2 == 0 ? m_style.labelText : QColor(Qt::white));
        painter.drawRect(
            QRectF(bar.left() + bar.width() * i / segments, bar.top(), bar.width() / segments, bar.height()));
    }
    painter.setFont(font(10.5 * s, QFont::Normal));
    const auto label = [&](double x, const QString &text) {
        const double w = 70 * s;
        painter.drawText(QRectF(x - w / 2, rect.top() + 4 * s, w, 16 * s), Qt::AlignCenter, text);
    };
    label(bar.left(), QStringLiteral("0"));
    label(bar.center().x(), QString::number(km / 2.0, 'g', 4));
    label(bar.right(), QStringLiteral("%1 %2").arg(QString::number(km, 'g', 5), texts.kilometres));
}

void MapFurniture::paintNorthArrow(QPainter &painter, const QRectF &rect, const MapTexts &texts,
                                   double s) const
{
    paintPanel(painter, rect);
    const QPointF top(rect.center().x(), rect.top() + 20 * s);
    const QPointF bottom(rect.center().x(), rect.bottom() - 6 * s);
    const double half = 7 * s;
    const QPointF middle(rect.center().x(), bottom.y() - 8 * s);
    painter.setPen(QPen(m_style.labelText, 1.0 * s));
    painter.setBrush(m_style.labelText);
    painter.drawPolygon(QPolygonF{top, QPointF(top.x() + half, bottom.y()), middle});
    painter.setBrush(Qt::white);
    painter.drawPolygon(QPolygonF{top, QPointF(top.x() - half, bottom.y()), middle});
    painter.setFont(font(13 * s, QFont::Bold));
    painter.drawText(QRectF(rect.left(), rect.top() + 2 * s, rect.width(), 16 * s), Qt::AlignCenter,
                     texts.north);
}

void MapFurniture::paintAttribution(QPainter &painter, const QRectF &rect, const MapComposition &composition,
                                    const MapScene &scene, const MapTexts &texts, double s) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(rect);
    QString text = texts.dataAttribution;
    // Tiles under the map are credited wherever they are shown (their licences ask for it).
    if (scene.baseMap == BaseMapMode::Tiles)
        if (const std::optional<TileFolder> tiles = TileFolder::open(scene.tileFolder))
            text += QStringLiteral(" · ") + tiles->attribution();
    if (!composition.credit.isEmpty())
        text += QStringLiteral(" · ") + composition.credit;
    const QRectF inner = rect.adjusted(6 * s, 0, -6 * s, 0);
    // A narrow page gets a smaller type before anything is cut (credits must be whole to count).
    const double fit = inner.width() / QFontMetricsF(font(10 * s, QFont::Normal)).horizontalAdvance(text);
    const QFont f = font(10 * s * std::clamp(fit, 0.7, 1.0), QFont::Normal);
    painter.setFont(f);
    painter.setPen(m_style.labelText);
    painter.drawText(inner, Qt::AlignRight | Qt::AlignVCenter,
                     QFontMetricsF(f).elidedText(text, Qt::ElideMiddle, inner.width()));
}

void MapFurniture::paintInset(QPainter &painter, const QRectF &rect, const Viewport &viewport,
                              const MapScene &scene) const
{
    if (!scene.geo)
        return;
    Viewport inset({}, 2, rect.size(), viewport.devicePixelRatio());
    const LocatorBox box = locatorBox(viewport);
    inset.fitLonLatBox(box.west, box.south, box.east, box.north);
    painter.save();
    painter.translate(rect.topLeft());
    const QRectF local(QPointF(0, 0), rect.size());
    painter.setClipRect(local);
    painter.fillRect(local, m_style.water);
    const QRectF visible = inset.visibleBounds();
    painter.setPen(QPen(m_style.landBorder, 0.4));
    for (const AdminUnit &country : scene.geo->world) {
        if (!country.shape.bounds().intersects(visible))
            continue;
        const qsizetype focus = scene.focusCountries.indexOf(country.code);
        painter.setBrush(focus >= 0 ? m_style.focusFills.value(focus % m_style.focusFills.size())
                                    : m_style.land);
        painter.drawPath(PaintPrimitives::screenPath(country.shape, inset));
    }
    // The frame of the main view, never smaller than a few pixels so it stays findable.
    const QRectF main = viewport.visibleBounds();
    QRectF frame = QRectF(inset.toScreen(main.topLeft()), inset.toScreen(main.bottomRight())).normalized();
    if (frame.width() < 6 || frame.height() < 6)
        frame = QRectF(frame.center() - QPointF(3, 3), QSizeF(6, 6));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_style.zoneOutline, 1.6));
    painter.drawRect(frame);
    painter.setClipping(false);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1.0));
    painter.drawRect(local);
    painter.restore();
}

} // namespace sahel
