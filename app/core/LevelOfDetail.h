#pragma once

#include "Geometry.h"

namespace sahel {

/// The coarsest of a line's simplified levels (Geometry::lodTolerances, finest first) that stays within
/// half a pixel at this resolution, else the full line: one rule for borders and water alike.
inline const Ring &ringForResolution(const Ring &full, const LevelList<Ring> &levels, double metresPerPixel)
{
    const qsizetype level = Geometry::levelForResolution(levels.size(), metresPerPixel);
    return level < 0 ? full : levels[level];
}

} // namespace sahel
