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
    if (!line.isEmpty()) {
        double left = line.first().x(), right = left, top = line.first().y(), bottom = top;
        for (const QPointF &p : std::as_const(line)) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        result.bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    }
    result.full = std::move(line);
    return result;
}

} // namespace sahel
