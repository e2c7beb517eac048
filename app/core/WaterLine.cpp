#include "WaterLine.h"

#include "LevelOfDetail.h"

#include <algorithm>

namespace sahel {

QString WaterLine::name(const QString &language) const
{
    if (language == QLatin1String("fr") && !nameFr.isEmpty())
        return nameFr;
    return nameEn.isEmpty() ? nameFr : nameEn;
}

const Ring &WaterLine::forResolution(double metresPerPixel) const
{
    return ringForResolution(full, levels, metresPerPixel);
}

WaterLine WaterLine::fromLine(Ring line)
{
    WaterLine result;
    result.levels = Geometry::simplifyLineLevels(line, Geometry::lodTolerances());
    result.bounds = Geometry::ringBounds(line);
    result.full = std::move(line);
    return result;
}

} // namespace sahel
