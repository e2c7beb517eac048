#pragma once

#include "LonLat.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace sahel {

/// What part of the Web Mercator plane a view shows: centre, zoom, logical size and device pixel ratio.
/// Zoom follows the tile convention (world width = 256 * 2^zoom logical pixels), so it matches QtLocation.
class Viewport
{
public:
    static constexpr double minZoom = 1.0;
    static constexpr double maxZoom = 12.0;

    Viewport() = default;
    Viewport(QPointF centre, double zoom, QSizeF size, double devicePixelRatio = 1.0);

    QPointF centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    QSizeF size() const { return m_size; }
    double devicePixelRatio() const { return m_devicePixelRatio; }
    LonLat centreLonLat() const;

    void setCentre(QPointF projected);
    void setZoom(double zoom);
    void setSize(QSizeF size) { m_size = size; }
    void setDevicePixelRatio(double ratio) { m_devicePixelRatio = ratio; }

    double metresPerPixel() const;
    /// Projected metres to logical pixels (y down) and back.
    QPointF toScreen(QPointF projected) const;
    QPointF toProjected(QPointF screen) const;
    QPointF toScreen(LonLat position) const;
    LonLat toLonLat(QPointF screen) const;
    QRectF visibleBounds() const;

    /// Moves the view by a drag of delta logical pixels.
    void panBy(QPointF delta);
    /// Zooms by factor (2 = one level in) keeping the point under anchor (logical px) still.
    void zoomAround(QPointF anchor, double zoomDelta);
    /// Frames projected bounds with a margin in logical pixels, capping the zoom at maxFitZoom.
    void fitBounds(const QRectF &projected, double marginPx = 24.0, double maxFitZoom = 9.0);
    /// The same inside a part of the view (logical px): the part the furniture or overlays leave free.
    void fitBoundsIn(const QRectF &projected, const QRectF &area, double marginPx = 24.0,
                     double maxFitZoom = 9.0);
    /// Frames a longitude/latitude box exactly: grown to the view's aspect ratio, centre kept.
    void fitLonLatBox(double west, double south, double east, double north);
    /// The same view on a canvas of another size: what was visible stays visible, centre kept.
    Viewport resized(QSizeF size) const;

    friend bool operator==(const Viewport &, const Viewport &) = default;

private:
    void clampCentre();

    QPointF m_centre;
    double m_zoom = 4.0;
    QSizeF m_size{800, 600};
    double m_devicePixelRatio = 1.0;
};

} // namespace sahel
