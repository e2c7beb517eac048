#include "MapFraming.h"

#include "WebMercator.h"

#include <algorithm>
#include <limits>

namespace sahel {

namespace {

/// Among placements scored higher-is-better, the most conventional of those within 3 % of the best.
template<typename Score> FurniturePlacement best(const QList<FurniturePlacement> &placements, Score score)
{
    QList<double> scores;
    double top = -std::numeric_limits<double>::infinity();
    for (const FurniturePlacement &placement : placements) {
        scores.append(score(placement));
        top = std::max(top, scores.constLast());
    }
    const double enough = top - std::abs(top) * 0.03;
    FurniturePlacement chosen;
    int chosenOddness = std::numeric_limits<int>::max();
    for (qsizetype i = 0; i < placements.size(); ++i) {
        if (scores[i] >= enough && scores[i] > -std::numeric_limits<double>::infinity() &&
            placements[i].unconventionality() < chosenOddness) {
            chosen = placements[i];
            chosenOddness = chosen.unconventionality();
        }
    }
    return chosen;
}

QStringList legendLabels(const QList<LegendItem> &items)
{
    QStringList labels;
    for (const LegendItem &item : items)
        labels.append(item.label);
    return labels;
}

/// Points of the canvas (logical px) on the subject: a grid over its shapes, and its point places
/// several times over, since a town is small but what the fact is about.
QList<QPointF> subjectSamples(const Viewport &viewport, const MapScene &scene, const QStringList &regionIds)
{
    const double mpp = viewport.metresPerPixel();
    QList<const MultiPolygon *> shapes;
    QList<QPointF> samples;
    for (const QString &id : regionIds) {
        const MapRegion *region = scene.region(id);
        if (!region || region->kind == RegionKind::Place)
            continue;
        if (region->isPoint)
            samples.append(QList<QPointF>(8, viewport.toScreen(region->point)));
        else
            shapes.append(&region->shape.forResolution(mpp * 4));
    }
    if (shapes.isEmpty() && samples.isEmpty() && scene.geo)
        for (const QString &code : scene.focusCountries)
            if (const AdminUnit *country = scene.geo->country(code))
                shapes.append(&country->shape.forResolution(mpp * 4));
    const QSizeF size = viewport.size();
    const double step = std::max(size.width(), size.height()) / 64.0;
    for (double y = step / 2; y < size.height(); y += step)
        for (double x = step / 2; x < size.width(); x += step) {
            const QPointF projected = viewport.toProjected(QPointF(x, y));
            if (std::any_of(shapes.cbegin(), shapes.cend(),
                            [&projected](const MultiPolygon *shape) { return shape->contains(projected); }))
                samples.append(QPointF(x, y));
        }
    return samples;
}

} // namespace

void MapFraming::frame(MapComposition &composition, const MapScene &scene, const MapFurniture &furniture,
                       const QRectF &subject, double marginPx, double maxFitZoom)
{
    composition.subject = subject;
    Viewport &viewport = composition.viewport;
    viewport.fitBounds(subject, marginPx, maxFitZoom);
    if (!composition.furniture.any())
        return;
    const QSizeF canvas = viewport.size();
    const double aspect =
        subject.height() > 0 ? subject.width() / subject.height() : std::numeric_limits<double>::max();
    // Room beyond what the subject takes at the zoom cap gains nothing: every such placement ties.
    const double useful = subject.width() / WebMercator::metresPerPixel(maxFitZoom);
    const QList<FurniturePlacement> placements = FurniturePlacement::candidates();
    QStringList measuredLegend;
    // The legend lists what the view shows, so it is measured again in the framed view until it settles.
    for (int pass = 0; pass < 3; ++pass) {
        const QList<LegendItem> items = composition.furniture.legend
                                            ? furniture.legendItems(composition.frame(), scene)
                                            : QList<LegendItem>();
        if (pass > 0 && legendLabels(items) == measuredLegend)
            break;
        measuredLegend = legendLabels(items);
        const FurnitureSizes sizes = furniture.sizes(composition, items);
        composition.placement = best(placements, [&](const FurniturePlacement &placement) {
            const FurnitureLayout layout = FurnitureLayout::arrange(canvas, sizes, placement, aspect);
            if (!layout.fits(canvas))
                return -std::numeric_limits<double>::infinity();
            const QRectF room = layout.freeArea.adjusted(marginPx, marginPx, -marginPx, -marginPx);
            return std::min({room.width(), room.height() * aspect, useful});
        });
        const FurnitureLayout layout = FurnitureLayout::arrange(canvas, sizes, composition.placement, aspect);
        // A canvas too small for its furniture frames on the whole canvas rather than on a sliver.
        const bool roomy = layout.freeArea.width() >= canvas.width() * 0.3 &&
                           layout.freeArea.height() >= canvas.height() * 0.3;
        viewport.fitBoundsIn(subject, roomy ? layout.freeArea : QRectF(QPointF(0, 0), canvas), marginPx,
                             maxFitZoom);
    }
}

void MapFraming::placeOver(MapComposition &composition, const MapScene &scene, const MapFurniture &furniture,
                           const QStringList &subjectRegions)
{
    if (!composition.furniture.any())
        return;
    const QSizeF canvas = composition.viewport.size();
    const QList<QPointF> samples = subjectSamples(composition.viewport, scene, subjectRegions);
    const QList<LegendItem> items = composition.furniture.legend
                                        ? furniture.legendItems(composition.frame(), scene)
                                        : QList<LegendItem>();
    const FurnitureSizes sizes = furniture.sizes(composition, items);
    composition.placement = best(FurniturePlacement::candidates(), [&](const FurniturePlacement &placement) {
        const FurnitureLayout layout = FurnitureLayout::place(canvas, sizes, placement);
        if (!layout.fits(canvas))
            return -std::numeric_limits<double>::infinity();
        const QList<QRectF> pieces = layout.all();
        const auto covered = std::count_if(samples.cbegin(), samples.cend(), [&pieces](const QPointF &p) {
            return std::any_of(pieces.cbegin(), pieces.cend(),
                               [&p](const QRectF &piece) { return piece.contains(p); });
        });
        return -static_cast<double>(covered);
    });
}

} // namespace sahel
