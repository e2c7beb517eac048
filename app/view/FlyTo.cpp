#include "FlyTo.h"

#include <QEasingCurve>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sahel {

FlyTo::Step FlyTo::at(qint64 nowMs) const
{
    const double linear =
        durationMs <= 0
            ? 1.0
            : std::clamp(static_cast<double>(nowMs - startMs) / static_cast<double>(durationMs), 0.0, 1.0);
    if (linear >= 1.0)
        return {toCentre, toZoom, true};
    const double t = QEasingCurve(QEasingCurve::InOutCubic).valueForProgress(linear);
    const double distance = std::hypot(toCentre.x() - fromCentre.x(), toCentre.y() - fromCentre.y());
    const double hop = std::min(1.0, distance / 2.0e6) * 0.8 * std::sin(t * std::numbers::pi);
    return {fromCentre + (toCentre - fromCentre) * t, fromZoom + (toZoom - fromZoom) * t - hop, false};
}

} // namespace sahel
