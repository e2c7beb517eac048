#pragma once

#include "UserLayer.h"
#include "Viewport.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace sahel {

/// A badge standing for the points of a user layer where they are too dense to draw one by one.
struct ClusterBadge
{
    QPointF centre; ///< logical px: the mean of its points
    double radius = 0.0;
    qsizetype count = 0;

    QRectF rect() const { return {centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius}; }
};

/// Groups a layer's points into badges that never overlap, for the painter and for the label pass
/// (labels keep clear of the badges, so their counts stay readable).
namespace PointClusters {

/// Clusters: screen cells of this many logical pixels.
inline constexpr double cellPx = 44.0;
/// The margin beyond the canvas where features still count: symbols are drawn whole at the edge.
inline constexpr double cullMarginPx = 24.0;

/// The projected area whose features a view draws.
QRectF cullRect(const Viewport &viewport);
/// Whether a feature lies in the cull area.
bool isInCull(const UserFeature &feature, const QRectF &cull);
/// The point features the view draws, in index order.
QList<qsizetype> visiblePoints(const Viewport &viewport, const UserLayer &layer);
/// Area grows with the count, so a cluster of 100 reads as ten times one of 10.
double radiusFor(qsizetype count);
/// The badges of these points: grid cells anchored to the projected plane (no flicker while panning),
/// then badges that would touch merged into one, largest first, until none overlaps another.
QList<ClusterBadge> compute(const Viewport &viewport, const UserLayer &layer, const QList<qsizetype> &points);
/// The badges of every visible layer that draws its points clustered.
QList<ClusterBadge> badges(const Viewport &viewport, const QList<UserLayer> &layers);

} // namespace PointClusters

} // namespace sahel
