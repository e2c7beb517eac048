#pragma once

#include "Geometry.h"

namespace sahel {

/// The coarsest of a line's simplified levels (Geometry::lodTolerances, finest first) that stays within
/// half a pixel at this resolution, else the full line: one rule for borders and water alike.
inline const Ring &ringForResolution(const Ring &full, const QList<Ring> &levels, double metresPerPixel)
{
    const QList<double> &tolerances = Geometry::lodTolerances();
    const Ring *best = &full;
    for (qsizetype i = 0; i < levels.size() && i < tolerances.size(); ++i) {
        if (tolerances[i] <= metresPerPixel * 0.5)
            best = &levels[i];
    }
    return *best;
}

} // namespace sahel
