#pragma once

#include "MapScene.h"
#include "Viewport.h"

#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>

namespace sahel {

/// Finds the story region a click or hover means, as a reader would: an arrow to a far place, a
/// point symbol within reach, else the smallest area under the cursor that some fact speaks of.
namespace RegionPicker {

inline constexpr double pointReachPx = 12.0;

/// `reserved`: where the map's furniture is drawn (logical px), which the arrows to far places avoid.
QString regionAt(const MapScene &scene, const Viewport &viewport, QPointF screen,
                 const QSet<QString> &linkedRegionIds, const QList<QRectF> &reserved = {});

} // namespace RegionPicker
} // namespace sahel
