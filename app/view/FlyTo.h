#pragma once

#include <QPointF>
#include <QtGlobal>

namespace sahel {

/// One eased flight between two views (centre in projected metres, zoom), as a value: where the view
/// is at a given time. Long trips zoom out a little mid-flight so the reader keeps their bearings.
struct FlyTo
{
    QPointF fromCentre;
    double fromZoom = 0;
    QPointF toCentre;
    double toZoom = 0;
    qint64 startMs = 0;
    qint64 durationMs = 800;

    struct Step
    {
        QPointF centre;
        double zoom = 0;
        bool finished = false;
    };
    Step at(qint64 nowMs) const;
};

} // namespace sahel
