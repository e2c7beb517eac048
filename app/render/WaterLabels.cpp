#include "WaterLabels.h"

#include "CurvedText.h"
#include "LabelPlacer.h"
#include "PaintPrimitives.h"
#include "WaterPainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QMap>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sahel {

namespace {

QFont italicFont(const MapStyle &style, double pixelSize, int weight = QFont::Normal)
{
    QFont f(style.fontFamily);
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setWeight(static_cast<QFont::Weight>(weight));
    f.setItalic(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

/// A free spot for a label of this size centred on the anchor or a little above or below it.
std::optional<QRectF> placeAround(LabelPlacer &placer, QPointF anchor, QSizeF size)
{
    const double h = size.height();
    for (const double dy : {0.0, -1.2 * h, 1.2 * h, -2.4 * h, 2.4 * h}) {
        const QRectF rect(anchor.x() - size.width() / 2, anchor.y() + dy - h / 2, size.width(), h);
        if (placer.tryPlace(rect))
            return rect;
    }
    return std::nullopt;
}

/// One river's visible stretches joined end to end where they meet, in screen pixels.
QList<QPolygonF> chains(QList<QPolygonF> pieces)
{
    const auto meets = [](QPointF a, QPointF b) {
        return std::abs(a.x() - b.x()) + std::abs(a.y() - b.y()) < 1.0;
    };
    QList<QPolygonF> result;
    while (!pieces.isEmpty()) {
        QPolygonF chain = pieces.takeLast();
        for (bool grown = true; grown;) {
            grown = false;
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                const QPolygonF &piece = pieces[i];
                if (meets(chain.last(), piece.first())) {
                    chain += piece.mid(1);
                } else if (meets(chain.last(), piece.last())) {
                    chain += QPolygonF(piece.rbegin() + 1, piece.rend());
                } else if (meets(chain.first(), piece.last())) {
                    chain = piece.mid(0, piece.size() - 1) + chain;
                } else if (meets(chain.first(), piece.first())) {
                    chain = QPolygonF(piece.rbegin(), piece.rend() - 1) + chain;
                } else {
                    continue;
                }
                pieces.removeAt(i);
                grown = true;
                break;
            }
        }
        result.append(std::move(chain));
    }
    return result;
}

struct NamedRiver
{
    QString name;
    int scaleRank = 10;
    double width = 1.0;
    QList<QPolygonF> pieces;
};

QList<NamedRiver> visibleRivers(const Viewport &viewport, const GeoData &geo, const QString &language)
{
    // A label follows the line's general course, not every bend: a coarser level of detail (3 px).
    const double labelResolution = viewport.metresPerPixel() * 6.0;
    QMap<QString, NamedRiver> byName;
    for (const WaterLine &river : geo.rivers) {
        if (!WaterPainter::named(river.scaleRank, viewport) || !WaterPainter::shows(river, viewport, geo))
            continue;
        const QString name = river.name(language);
        if (name.isEmpty())
            continue;
        // A stretch that closes on itself (a loop of the Ganges in its delta) is simplified as a ring, and
        // a small ring vanishes from the coarser levels: nothing to set a name along.
        const Ring &line = river.forResolution(labelResolution);
        if (line.size() < 2)
            continue;
        NamedRiver &named = byName[name];
        named.name = name;
        named.scaleRank = std::min(named.scaleRank, river.scaleRank);
        named.width = std::max(named.width, WaterPainter::width(river, viewport));
        QPolygonF piece;
        for (const QPointF &p : line)
            piece.append(viewport.toScreen(p));
        named.pieces.append(piece);
    }
    return byName.values();
}

void labelRiver(QPainter &painter, const NamedRiver &river, const MapStyle &style, LabelPlacer &placer)
{
    const QFont f = italicFont(style, std::clamp(13.5 - 0.45 * river.scaleRank, 10.0, 13.0));
    const double textWidth = QFontMetricsF(f).horizontalAdvance(river.name);
    // Long rivers are named again every few hand-spans, so a reader never follows one far unnamed.
    const double spacing = std::max(4.0 * textWidth, 340.0);
    for (const QPolygonF &chain : chains(river.pieces)) {
        const double length = CurvedText::length(chain);
        if (length < textWidth * 1.3)
            continue;
        QList<double> centres;
        if (length < spacing)
            centres.append(length / 2);
        for (double c = spacing / 2; length >= spacing && c < length; c += spacing)
            centres.append(c);
        for (const double centre : centres) {
            for (const double shift : {0.0, -0.7, 0.7, -1.4, 1.4}) {
                const std::optional<CurvedText> text = CurvedText::layout(
                    chain, centre + shift * textWidth, river.name, f, river.width / 2 + 1.5);
                if (text && placer.tryPlaceAll(text->boxes())) {
                    text->draw(painter, style.waterLabel, style.halo, 3.0);
                    break;
                }
            }
        }
    }
}

void labelLake(QPainter &painter, const Lake &lake, const QString &name, const Viewport &viewport,
               const MapStyle &style, LabelPlacer &placer)
{
    const QFont f = italicFont(style, lake.scaleRank <= 2 ? 12.0 : 11.0);
    const QFontMetricsF metrics(f);
    const QSizeF size(metrics.horizontalAdvance(name), metrics.height());
    const QRectF bounds = QRectF(viewport.toScreen(lake.shape.bounds().topLeft()),
                                 viewport.toScreen(lake.shape.bounds().bottomRight()))
                              .normalized();
    if (bounds.width() < 4.0)
        return; // a dot of water: naming it would name nothing visible
    // Inside where it fits, else beside the shore: right, then left.
    QList<QRectF> candidates;
    if (bounds.width() >= size.width() && bounds.height() >= size.height())
        candidates.append(
            QRectF(viewport.toScreen(lake.labelPoint) - QPointF(size.width() / 2, size.height() / 2), size));
    candidates.append(QRectF(QPointF(bounds.right() + 3, bounds.center().y() - size.height() / 2), size));
    candidates.append(
        QRectF(QPointF(bounds.left() - 3 - size.width(), bounds.center().y() - size.height() / 2), size));
    candidates.append(QRectF(QPointF(bounds.center().x() - size.width() / 2, bounds.bottom() + 2), size));
    for (const QRectF &rect : std::as_const(candidates)) {
        if (placer.tryPlace(rect)) {
            PaintPrimitives::drawHaloText(painter, QPointF(rect.left(), rect.top() + metrics.ascent()), name,
                                          f, style.waterLabel, style.halo, 3.0);
            return;
        }
    }
}

/// Where each name was written: Natural Earth gives a large sea several points (the Mediterranean has
/// one per basin), and one name per half-screen is what an atlas prints.
using PlacedNames = QHash<QString, QList<QPointF>>;

bool writtenNearby(const PlacedNames &placed, const QString &text, QPointF anchor, const Viewport &viewport)
{
    const double reach = std::max(viewport.size().width(), viewport.size().height()) / 2;
    const QList<QPointF> spots = placed.value(text);
    return std::any_of(spots.cbegin(), spots.cend(),
                       [&](QPointF spot) { return QLineF(spot, anchor).length() < reach; });
}

void labelName(QPainter &painter, const PhysicalName &name, const QString &language, const Viewport &viewport,
               const MapStyle &style, LabelPlacer &placer, PlacedNames &placed)
{
    const QPointF anchor = viewport.toScreen(name.projected);
    if (!QRectF(QPointF(0, 0), viewport.size()).contains(anchor) ||
        writtenNearby(placed, name.name(language), anchor, viewport))
        return;
    const bool region = name.kind == PhysicalName::Kind::Region;
    const bool spaced = name.kind != PhysicalName::Kind::Sea;
    const double size = std::clamp(16.0 - 1.3 * name.scaleRank, 11.0, 15.0);
    QFont f = italicFont(style, size, region ? QFont::DemiBold : QFont::Normal);
    // Spaced capitals: the convention for names of large areas without a boundary.
    if (spaced)
        f.setLetterSpacing(QFont::AbsoluteSpacing, size * 0.35);
    const QString text = spaced ? name.name(language).toUpper() : name.name(language);
    const QFontMetricsF metrics(f);
    const std::optional<QRectF> rect =
        placeAround(placer, anchor, QSizeF(metrics.horizontalAdvance(text), metrics.height()));
    if (!rect)
        return;
    placed[name.name(language)].append(anchor);
    PaintPrimitives::drawHaloText(painter, QPointF(rect->left(), rect->top() + metrics.ascent()), text, f,
                                  region ? style.physicalLabel : style.seaLabel,
                                  region ? style.halo : style.water, region ? 3.0 : 2.0);
}

} // namespace

void WaterLabels::paintWater(QPainter &painter, const Viewport &viewport, const GeoData &geo,
                             const QString &language, const MapStyle &style, LabelPlacer &placer)
{
    // Rivers and lakes together, the most important first (Natural Earth's scale rank).
    QList<NamedRiver> rivers = visibleRivers(viewport, geo, language);
    QList<const Lake *> lakes;
    for (const Lake &lake : geo.lakes)
        if (!lake.name(language).isEmpty() && WaterPainter::named(lake.scaleRank, viewport) &&
            WaterPainter::shows(lake, viewport, geo))
            lakes.append(&lake);
    std::stable_sort(rivers.begin(), rivers.end(),
                     [](const NamedRiver &a, const NamedRiver &b) { return a.scaleRank < b.scaleRank; });
    std::stable_sort(lakes.begin(), lakes.end(),
                     [](const Lake *a, const Lake *b) { return a->scaleRank < b->scaleRank; });
    qsizetype r = 0;
    qsizetype l = 0;
    while (r < rivers.size() || l < lakes.size()) {
        if (l < lakes.size() && (r == rivers.size() || lakes[l]->scaleRank <= rivers[r].scaleRank)) {
            labelLake(painter, *lakes[l], lakes[l]->name(language), viewport, style, placer);
            ++l;
        } else {
            labelRiver(painter, rivers[r], style, placer);
            ++r;
        }
    }
    const double zoom = viewport.zoom();
    PlacedNames placed;
    for (const PhysicalName &name : geo.physicalNames) {
        const bool shown = name.kind == PhysicalName::Kind::Ocean ? zoom < 7.0
                           : name.kind == PhysicalName::Kind::Sea ? name.scaleRank <= zoom - 0.5 && zoom < 9.0
                                                                  : false;
        if (shown)
            labelName(painter, name, language, viewport, style, placer, placed);
    }
}

void WaterLabels::paintPhysical(QPainter &painter, const Viewport &viewport, const GeoData &geo,
                                const QString &language, const MapStyle &style, LabelPlacer &placer)
{
    // Small scales only: zoomed in, a region's name would stand alone in a corner of it.
    const double zoom = viewport.zoom();
    if (zoom < 2.5 || zoom > 8.0)
        return;
    PlacedNames placed;
    for (const PhysicalName &name : geo.physicalNames)
        if (name.kind == PhysicalName::Kind::Region && name.scaleRank <= zoom - 1.8)
            labelName(painter, name, language, viewport, style, placer, placed);
}

} // namespace sahel
