#include "ViewAnimator.h"

#include <cmath>

namespace sahel {

ViewAnimator::ViewAnimator(QObject *parent)
    : QObject(parent)
{
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        // Zoom out a little mid-flight on long trips so the reader keeps their bearings.
        const double distance = std::hypot(m_toCentre.x() - m_fromCentre.x(), m_toCentre.y() - m_fromCentre.y());
        const double hop = std::min(1.0, distance / 2.0e6) * 0.8 * std::sin(t * M_PI);
        const double zoom = m_fromZoom + (m_toZoom - m_fromZoom) * t - hop;
        emit frame(m_fromCentre + (m_toCentre - m_fromCentre) * t, zoom);
    });
}

void ViewAnimator::flyTo(const Viewport &from, QPointF centre, double zoom, int durationMs)
{
    m_animation.stop();
    m_fromCentre = from.centre();
    m_fromZoom = from.zoom();
    m_toCentre = centre;
    m_toZoom = zoom;
    m_animation.setDuration(durationMs);
    m_animation.start();
}

void ViewAnimator::stop()
{
    m_animation.stop();
}

bool ViewAnimator::isRunning() const
{
    return m_animation.state() == QAbstractAnimation::Running;
}

} // namespace sahel
