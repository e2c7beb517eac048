#include "MapFraming.h"

#include "WebMercator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

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

/// Where the subject lies on the canvas: a grid of cells over its shapes, summed so that how much of
/// it a rectangle covers is four lookups, and its point places, each worth several cells since a town is
/// small but what the fact is about.
class SubjectGrid
{
public:
    SubjectGrid(const Viewport &viewport, const MapScene &scene, const QStringList &regionIds)
    {
        const double mpp = viewport.metresPerPixel();
        QList<const MultiPolygon *> shapes;
        for (const QString &id : regionIds) {
            const MapRegion *region = scene.region(id);
            if (!region || region->kind == RegionKind::Place)
                continue;
            if (region->isPoint)
                m_points.append(viewport.toScreen(region->point));
            else
                shapes.append(&region->shape.forResolution(mpp * 4));
        }
        if (shapes.isEmpty() && m_points.isEmpty() && scene.geo)
            for (const QString &code : scene.focusCountries)
                if (const AdminUnit *country = scene.geo->country(code))
                    shapes.append(&country->shape.forResolution(mpp * 4));
        const QSizeF size = viewport.size();
        m_step = std::max(size.width(), size.height()) / 64.0;
        m_columns = static_cast<int>(std::ceil(size.width() / m_step));
        m_rows = static_cast<int>(std::ceil(size.height() / m_step));
        m_sums.assign(static_cast<size_t>((m_columns + 1) * (m_rows + 1)), 0);
        for (int row = 0; row < m_rows; ++row)
            for (int column = 0; column < m_columns; ++column) {
                const QPointF projected = viewport.toProjected(cellCentre(column, row));
                const bool inside =
                    std::any_of(shapes.cbegin(), shapes.cend(), [&projected](const MultiPolygon *shape) {
                        return shape->contains(projected);
                    });
                sum(column + 1, row + 1) =
                    (inside ? 1 : 0) + sum(column, row + 1) + sum(column + 1, row) - sum(column, row);
            }
    }

    /// The subject cells whose centres the rectangle holds, and each point place it holds 8 times.
    int covered(const QRectF &rect) const
    {
        const int firstColumn =
            std::clamp(static_cast<int>(std::ceil(rect.left() / m_step - 0.5)), 0, m_columns);
        const int lastColumn =
            std::clamp(static_cast<int>(std::floor(rect.right() / m_step - 0.5)) + 1, 0, m_columns);
        const int firstRow = std::clamp(static_cast<int>(std::ceil(rect.top() / m_step - 0.5)), 0, m_rows);
        const int lastRow =
            std::clamp(static_cast<int>(std::floor(rect.bottom() / m_step - 0.5)) + 1, 0, m_rows);
        int cells = 0;
        if (lastColumn > firstColumn && lastRow > firstRow)
            cells = at(lastColumn, lastRow) - at(firstColumn, lastRow) - at(lastColumn, firstRow) +
                    at(firstColumn, firstRow);
        const auto points = std::count_if(m_points.cbegin(), m_points.cend(),
                                          [&rect](const QPointF &p) { return rect.contains(p); });
        return cells + 8 * static_cast<int>(points);
    }

private:
    QPointF cellCentre(int column, int row) const { return {(column + 0.5) * m_step, (row + 0.5) * m_step}; }
    int &sum(int column, int row) { return m_sums[static_cast<size_t>(row * (m_columns + 1) + column)]; }
    int at(int column, int row) const { return m_sums[static_cast<size_t>(row * (m_columns + 1) + column)]; }

    double m_step = 1.0;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<int> m_sums; ///< (columns + 1) x (rows + 1) prefix sums of the cells on the subject
    QList<QPointF> m_points;
};

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
    const SubjectGrid subject(composition.viewport, scene, subjectRegions);
    const QList<LegendItem> items = composition.furniture.legend
                                        ? furniture.legendItems(composition.frame(), scene)
                                        : QList<LegendItem>();
    const FurnitureSizes sizes = furniture.sizes(composition, items);
    composition.placement = best(FurniturePlacement::candidates(), [&](const FurniturePlacement &placement) {
        const FurnitureLayout layout = FurnitureLayout::place(canvas, sizes, placement);
        if (!layout.fits(canvas))
            return -std::numeric_limits<double>::infinity();
        int covered = 0;
        for (const QRectF &piece : layout.all())
            covered += subject.covered(piece);
        return -static_cast<double>(covered);
    });
}

} // namespace sahel
