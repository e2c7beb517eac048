#include "Viewport.h"

#include "WebMercator.h"

#include <algorithm>
#include <cmath>

namespace sahel {

Viewport::Viewport(QPointF centre, double zoom, QSizeF size, double devicePixelRatio)
    : m_centre(centre)
    , m_zoom(std::clamp(zoom, minZoom, maxZoom))
    , m_size(size)
    , m_devicePixelRatio(devicePixelRatio)
{
    clampCentre();
}

LonLat Viewport::centreLonLat() const
{
    return WebMercator::unproject(m_centre);
}

void Viewport::setCentre(QPointF projected)
{
    m_centre = projected;
    clampCentre();
}

void Viewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
}

double Viewport::metresPerPixel() const
{
    return WebMercator::metresPerPixel(m_zoom);
}

QPointF Viewport::toScreen(QPointF projected) const
{
    const double scale = 1.0 / metresPerPixel();
    return {(projected.x() - m_centre.x()) * scale + m_size.width() / 2.0,
            (m_centre.y() - projected.y()) * scale + m_size.height() / 2.0};
}

QPointF Viewport::toProjected(QPointF screen) const
{
    const double mpp = metresPerPixel();
    return {m_centre.x() + (screen.x() - m_size.width() / 2.0) * mpp,
            m_centre.y() - (screen.y() - m_size.height() / 2.0) * mpp};
}

QPointF Viewport::toScreen(LonLat position) const
{
    return toScreen(WebMercator::project(position));
}

LonLat Viewport::toLonLat(QPointF screen) const
{
    return WebMercator::unproject(toProjected(screen));
}

QRectF Viewport::visibleBounds() const
{
    const QPointF topLeft = toProjected({0, 0});
    const QPointF bottomRight = toProjected({m_size.width(), m_size.height()});
    return QRectF(topLeft, bottomRight).normalized();
}

void Viewport::panBy(QPointF delta)
{
    const double mpp = metresPerPixel();
    setCentre({m_centre.x() - delta.x() * mpp, m_centre.y() + delta.y() * mpp});
}

void Viewport::zoomAround(QPointF anchor, double zoomDelta)
{
    const QPointF before = toProjected(anchor);
    setZoom(m_zoom + zoomDelta);
    const QPointF after = toProjected(anchor);
    setCentre(m_centre + (before - after));
}

void Viewport::fitBounds(const QRectF &projected, double marginPx, double maxFitZoom)
{
    fitBoundsIn(projected, QRectF(QPointF(0, 0), m_size), marginPx, maxFitZoom);
}

void Viewport::fitBoundsIn(const QRectF &projected, const QRectF &area, double marginPx, double maxFitZoom)
{
    const double width = std::max(1.0, area.width() - 2 * marginPx);
    const double height = std::max(1.0, area.height() - 2 * marginPx);
    const double mpp = std::max(projected.width() / width, projected.height() / height);
    const double zoom = mpp > 0 ? WebMercator::zoomForMetresPerPixel(mpp) : maxFitZoom;
    setZoom(std::min(zoom, maxFitZoom));
    // The bounds' centre goes to the area's centre: shift the view's centre by the area's offset.
    const QPointF offset = area.center() - QPointF(m_size.width() / 2, m_size.height() / 2);
    setCentre(projected.center() - QPointF(offset.x(), -offset.y()) * metresPerPixel());
}

void Viewport::fitLonLatBox(double west, double south, double east, double north)
{
    const QRectF box = WebMercator::projectBounds(west, south, east, north);
    const double mpp = std::max(box.width() / m_size.width(), box.height() / m_size.height());
    m_zoom = WebMercator::zoomForMetresPerPixel(mpp); // exact, unclamped: the caller asked for this box
    m_centre = box.center();
}

Viewport Viewport::resized(QSizeF size) const
{
    const QRectF visible = visibleBounds();
    Viewport result = *this;
    result.m_size = size;
    const double mpp = std::max(visible.width() / size.width(), visible.height() / size.height());
    result.m_zoom = WebMercator::zoomForMetresPerPixel(mpp);
    return result;
}

void Viewport::clampCentre()
{
    const double limit = WebMercator::halfWorld;
    m_centre.setX(std::clamp(m_centre.x(), -limit, limit));
    m_centre.setY(std::clamp(m_centre.y(), -limit, limit));
}

} // namespace sahel
