#include "MapView.h"

#include "RegionPicker.h"

#include <algorithm>
#include <utility>

namespace sahel {

MapView::MapView(std::shared_ptr<const Atlas> atlas, const AnimationClock *clock, QObject *parent)
    : QObject(parent)
    , m_atlas(std::move(atlas))
    , m_clock(clock ? clock : &m_steadyClock)
{
    m_viewport.setSize({0, 0});
    // 60 frames a second while flying; the clock, not the timer, says where the flight is.
    m_frameTimer.setInterval(16);
    connect(&m_frameTimer, &QTimer::timeout, this, &MapView::advanceAnimation);
    // Between moves a little apart (wheel notches, drag events) the map keeps showing moved copies.
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(settleMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &MapView::settle);
}

void MapView::setAtlas(std::shared_ptr<const Atlas> atlas)
{
    if (!atlas || atlas == m_atlas)
        return;
    m_atlas = std::move(atlas);
    setHover({}, {});
    emit atlasChanged();
    emit frameChanged();
}

FrameState MapView::frameState() const
{
    FrameState frame;
    frame.viewport = m_viewport;
    frame.selectedRegions = m_selectedRegions;
    if (!m_hoverSuspended) {
        frame.hoveredUnit = m_hoveredUnit;
        frame.hoveredRegion = m_hoveredRegion;
        frame.glowingRegions = m_glowingRegions;
    }
    return frame;
}

void MapView::setSize(QSizeF size)
{
    if (size == m_viewport.size())
        return;
    const bool first = !hasSize();
    m_viewport.setSize(size);
    if (first && hasSize() && !m_viewChosen)
        m_viewport.fitBoundsIn(m_atlas->homeBounds(), freeArea(), 16.0);
    viewportChanged(false);
    if (hasSize() && m_pendingFlight)
        startFlight(*std::exchange(m_pendingFlight, std::nullopt));
}

void MapView::setDevicePixelRatio(double ratio)
{
    if (ratio == m_viewport.devicePixelRatio())
        return;
    m_viewport.setDevicePixelRatio(ratio);
    emit frameChanged();
}

void MapView::panBy(QPointF delta)
{
    stopAnimation();
    m_viewport.panBy(delta);
    viewportChanged(true);
}

void MapView::zoomAround(QPointF anchor, double zoomDelta)
{
    stopAnimation();
    m_viewport.zoomAround(anchor, zoomDelta);
    viewportChanged(true);
}

void MapView::zoomBy(double zoomDelta)
{
    zoomAround(QPointF(m_viewport.size().width() / 2, m_viewport.size().height() / 2), zoomDelta);
}

void MapView::setView(QPointF centre, double zoom)
{
    stopAnimation();
    m_pendingFlight.reset();
    m_viewChosen = true;
    m_viewport.setCentre(centre);
    m_viewport.setZoom(zoom);
    viewportChanged(false);
}

void MapView::frameBounds(const QRectF &projected, double marginPx)
{
    stopAnimation();
    m_pendingFlight.reset();
    m_viewport.fitBoundsIn(projected, freeArea(), marginPx);
    viewportChanged(false);
}

void MapView::flyTo(const QRectF &projected)
{
    emit flightRequested(projected);
    if (!hasSize()) {
        m_pendingFlight = projected; // flown once the view has a size
        return;
    }
    startFlight(projected);
}

void MapView::startFlight(const QRectF &projected)
{
    m_lastFlight = projected;
    Viewport target = m_viewport;
    target.fitBoundsIn(projected, freeArea(), 32.0,
                       scene().geo ? scene().geo->framingZoomCap(projected) : 9.0);
    const QPointF centre = target.centre();
    const double zoom = std::clamp(target.zoom(), m_minimumZoom, m_maximumZoom);
    const bool wasAnimating = isAnimating();
    m_flight = FlyTo{m_viewport.centre(), m_viewport.zoom(), centre, zoom, m_clock->nowMs(), flightMs};
    m_frameTimer.start();
    if (!wasAnimating)
        emit animatingChanged();
}

void MapView::goHome()
{
    flyTo(m_atlas->homeBounds());
}

bool MapView::handleKey(int key)
{
    constexpr double step = 80.0; // logical px per arrow press
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.0);
        return true;
    case Qt::Key_Minus:
        zoomBy(-1.0);
        return true;
    case Qt::Key_Home:
        goHome();
        return true;
    case Qt::Key_Left:
        panBy({step, 0});
        return true;
    case Qt::Key_Right:
        panBy({-step, 0});
        return true;
    case Qt::Key_Up:
        panBy({0, step});
        return true;
    case Qt::Key_Down:
        panBy({0, -step});
        return true;
    default:
        return false;
    }
}

void MapView::showHome()
{
    stopAnimation();
    m_pendingFlight.reset();
    m_viewChosen = false;
    if (hasSize()) {
        m_viewport.fitBoundsIn(m_atlas->homeBounds(), freeArea(), 16.0);
        viewportChanged(false);
    }
}

void MapView::setInsets(const QMarginsF &insets)
{
    if (insets == m_insets)
        return;
    m_insets = insets;
    // The overlay grew or shrank for the slide being flown to: aim again, from where the flight is.
    if (isAnimating() && m_lastFlight)
        startFlight(*m_lastFlight);
}

QRectF MapView::freeArea() const
{
    const QSizeF size = m_viewport.size();
    const double left = std::clamp(m_insets.left(), 0.0, size.width() * 0.6);
    const double right = std::clamp(m_insets.right(), 0.0, size.width() * 0.6 - left);
    const double top = std::clamp(m_insets.top(), 0.0, size.height() * 0.6);
    const double bottom = std::clamp(m_insets.bottom(), 0.0, size.height() * 0.6 - top);
    return QRectF(QPointF(left, top), QPointF(size.width() - right, size.height() - bottom));
}

void MapView::setZoomLimits(double minimum, double maximum)
{
    m_minimumZoom = std::clamp(minimum, Viewport::minZoom, Viewport::maxZoom);
    m_maximumZoom = std::clamp(maximum, m_minimumZoom, Viewport::maxZoom);
    if (clampZoom())
        viewportChanged(false);
}

void MapView::resetZoomLimits()
{
    m_minimumZoom = Viewport::minZoom;
    m_maximumZoom = Viewport::maxZoom;
}

bool MapView::clampZoom()
{
    const double zoom = std::clamp(m_viewport.zoom(), m_minimumZoom, m_maximumZoom);
    if (zoom == m_viewport.zoom())
        return false;
    m_viewport.setZoom(zoom);
    return true;
}

void MapView::stopAnimation()
{
    if (!m_flight)
        return;
    m_flight.reset();
    m_frameTimer.stop();
    emit animatingChanged();
}

void MapView::advanceAnimation()
{
    if (!m_flight)
        return;
    const FlyTo::Step step = m_flight->at(m_clock->nowMs());
    m_viewport.setCentre(step.centre);
    m_viewport.setZoom(step.zoom);
    if (!step.finished) {
        viewportChanged(true);
        return;
    }
    m_flight.reset();
    m_frameTimer.stop();
    viewportChanged(false); // the flight's last frame is exact
    emit animatingChanged();
}

void MapView::viewportChanged(bool moving)
{
    clampZoom();
    if (moving) {
        if (!m_moving) {
            m_moving = true;
            emit movingChanged();
        }
        m_settleTimer.start();
    } else {
        settle();
    }
    emit viewChanged();
    emit frameChanged();
}

void MapView::settle()
{
    m_settleTimer.stop();
    if (!m_moving)
        return;
    m_moving = false;
    emit movingChanged();
    emit frameChanged();
}

QString MapView::regionAt(QPointF position) const
{
    return RegionPicker::regionAt(scene(), m_viewport, position, m_atlas->linkedRegionIds, m_furnitureAreas);
}

void MapView::hoverAt(QPointF position)
{
    const MapScene &map = scene();
    QString code;
    if (map.geo) {
        const QPointF projected = m_viewport.toProjected(position);
        if (const AdminUnit *unit = map.geo->adminUnitAt(projected))
            code = unit->code;
        else if (const AdminUnit *country = map.geo->countryAt(projected))
            code = country->code;
    }
    setHover(code, regionAt(position));
}

void MapView::clearHover()
{
    setHover({}, {});
}

void MapView::setHover(const QString &unit, const QString &region)
{
    if (unit == m_hoveredUnit && region == m_hoveredRegion)
        return;
    m_hoveredUnit = unit;
    m_hoveredRegion = region;
    emit hoverChanged();
    if (!m_hoverSuspended)
        emit frameChanged();
}

void MapView::setHoverSuspended(bool suspended)
{
    if (suspended == m_hoverSuspended)
        return;
    m_hoverSuspended = suspended;
    if (suspended)
        setHover({}, {});
    emit frameChanged();
}

void MapView::setGlowingRegions(const QSet<QString> &regions)
{
    if (regions == m_glowingRegions)
        return;
    m_glowingRegions = regions;
    emit glowChanged();
    if (!m_hoverSuspended)
        emit frameChanged();
}

void MapView::markFact(const QString &factId)
{
    const Fact *fact = m_atlas->story.fact(factId);
    m_selectedFactId = fact ? factId : QString();
    m_selectedRegions =
        fact ? QSet<QString>(fact->regionIds.cbegin(), fact->regionIds.cend()) : QSet<QString>();
    emit selectionChanged();
    emit frameChanged();
}

void MapView::selectFact(const QString &factId, bool flyHome)
{
    markFact(factId);
    if (const Fact *fact = m_atlas->story.fact(factId)) {
        if (const auto bounds = m_atlas->scene.framingBounds(fact->regionIds))
            flyTo(*bounds);
    } else if (flyHome) {
        goHome();
    }
}

MapView::Snapshot MapView::snapshot() const
{
    return {m_viewport.centre(), m_viewport.zoom(), m_selectedFactId, m_selectedRegions};
}

void MapView::restore(const Snapshot &snapshot)
{
    stopAnimation();
    m_pendingFlight.reset();
    m_selectedFactId = m_atlas->story.fact(snapshot.selectedFactId) ? snapshot.selectedFactId : QString();
    m_selectedRegions = m_selectedFactId.isEmpty() ? QSet<QString>() : snapshot.selectedRegions;
    emit selectionChanged();
    if (snapshot.zoom > 0) {
        m_viewChosen = true;
        m_viewport.setCentre(snapshot.centre);
        m_viewport.setZoom(snapshot.zoom);
    }
    viewportChanged(false);
}

} // namespace sahel
