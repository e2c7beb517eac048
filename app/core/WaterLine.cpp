#include "WaterLine.h"

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
    const QList<double> &tolerances = Geometry::lodTolerances();
    const Ring *best = &full;
    for (qsizetype i = 0; i < levels.size() && i < tolerances.size(); ++i) {
        if (tolerances[i] <= metresPerPixel * 0.5)
            best = &levels[i];
    }
    return *best;
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
