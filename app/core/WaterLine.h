#pragma once

#include "Geometry.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace sahel {

/// A stretch of a river or lake centreline (Natural Earth), projected, with its simplified levels.
struct WaterLine
{
    QString nameEn;
    QString nameFr;
    int scaleRank = 10; ///< Natural Earth's importance, 0 (largest) to 10; decides width and zoom
    int scale = 10;     ///< the Natural Earth scale it comes from: 10 (1:10m) or 50 (1:50m)
    Ring full;
    LevelList<Ring> levels; ///< levels[i] simplified with Geometry::lodTolerances()[i]
    QRectF bounds;

    QString name(const QString &language) const;
    /// The coarsest level whose tolerance stays under half a pixel at this resolution.
    const Ring &forResolution(double metresPerPixel) const;
    static WaterLine fromLine(Ring line);
};

} // namespace sahel
