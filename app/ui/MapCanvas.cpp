#include "MapCanvas.h"

#include "AtlasController.h"
#include "MapExporter.h"
#include "RegionPicker.h"
#include "WebMercator.h"

#include <QLineF>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>

namespace sahel {

namespace {

QString formatCoordinate(double value, QChar positive, QChar negative)
{
    return QStringLiteral("%1° %2").arg(std::abs(value), 0, 'f', 3).arg(value >= 0 ? positive : negative);
}

} // namespace

MapCanvas::MapCanvas(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setFlag(ItemIsFocusScope, true);
    setActiveFocusOnTab(true);
    setAntialiasing(true);
    // Not opaque: a basemap may lie under this item, and Qt's software renderer keeps the texture format
    // it chose first, so switching later would show black where the basemap should be.
    setOpaquePainting(false);
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setInterval(250);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] {
        m_spotlightVisible = true;
        emit spotlightChanged();
        update();
    });
    // Between moves a little apart (wheel notches, drag events) the map keeps showing moved copies.
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(150);
    connect(&m_settleTimer, &QTimer::timeout, this, &MapCanvas::settle);
    connect(&m_animator, &ViewAnimator::frame, this, [this](QPointF centre, double zoom) {
        m_viewport.setCentre(centre);
        m_viewport.setZoom(zoom);
        viewportChanged();
        if (!m_animator.isRunning()) {
            settle(); // the flight's last frame is exact
            emit animatingChanged();
        }
    });
}

void MapCanvas::setController(AtlasController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &AtlasController::sceneChanged, this, [this] { update(); });
        connect(m_controller, &AtlasController::flyToRequested, this, &MapCanvas::flyToBounds);
    }
    restoreInitialView();
    emit controllerChanged();
    update();
}

void MapCanvas::paint(QPainter *painter)
{
    if (!m_controller)
        return;
    m_viewport.setDevicePixelRatio(window() ? window()->effectiveDevicePixelRatio() : 1.0);
    // The layers under the labels come from the frame cache: hovering repaints only the highlights
    // and labels, and a moving view shows a moved copy until it settles. The composition is the
    // one MapComposer::paint draws, in the same order, so a settled frame is pixel for pixel it.
    MapScene scene = m_controller->scene();
    if (m_basemapUnder)
        scene.baseMap = BaseMapMode::Underlay;
    const auto mode = m_moving ? MapFrameCache::Mode::Moving : MapFrameCache::Mode::Settled;
    if (m_showFurniture) {
        const MapComposition composition = MapExporter::viewComposition(
            m_controller->atlas(), m_controller->selectedFactId(), m_viewport, m_furniture);
        m_frames.paint(*painter, composition.viewport, scene, mode,
                       m_composer.furniture().layout(composition, scene).all());
        m_composer.paintFurniture(*painter, composition, scene);
    } else {
        m_frames.paint(*painter, m_viewport, scene, mode);
    }
    if (m_spotlightVisible)
        paintSpotlight(*painter);
}

void MapCanvas::setBasemapUnder(bool under)
{
    if (under == m_basemapUnder)
        return;
    m_basemapUnder = under;
    emit basemapUnderChanged();
    update();
}

void MapCanvas::setZoomRange(double minimum, double maximum)
{
    m_minimumZoom = std::clamp(minimum, Viewport::minZoom, Viewport::maxZoom);
    m_maximumZoom = std::clamp(maximum, m_minimumZoom, Viewport::maxZoom);
    if (clampZoom())
        viewportChanged(false);
}

void MapCanvas::resetZoomRange()
{
    m_minimumZoom = Viewport::minZoom;
    m_maximumZoom = Viewport::maxZoom;
}

bool MapCanvas::clampZoom()
{
    const double zoom = std::clamp(m_viewport.zoom(), m_minimumZoom, m_maximumZoom);
    if (zoom == m_viewport.zoom())
        return false;
    m_viewport.setZoom(zoom);
    return true;
}

QPointF MapCanvas::itemPoint(double lon, double lat) const
{
    return m_viewport.toScreen(LonLat{lon, lat});
}

void MapCanvas::setShowFurniture(bool show)
{
    if (show == m_showFurniture)
        return;
    m_showFurniture = show;
    emit showFurnitureChanged();
    update();
}

void MapCanvas::setFurnitureOptions(const FurnitureOptions &furniture)
{
    if (furniture == m_furniture)
        return;
    m_furniture = furniture;
    if (m_showFurniture)
        update();
}

void MapCanvas::paintSpotlight(QPainter &painter) const
{
    const double radius = std::max(40.0, height() * 0.09);
    QPainterPath veil;
    veil.addRect(QRectF(0, 0, width(), height()));
    QPainterPath hole;
    hole.addEllipse(m_spotlight, radius, radius);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 140));
    painter.drawPath(veil.subtracted(hole));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 60, 60, 220), 3.0));
    painter.drawEllipse(m_spotlight, radius, radius);
    painter.restore();
}

void MapCanvas::setBottomInset(double inset)
{
    if (qFuzzyCompare(inset, m_bottomInset))
        return;
    m_bottomInset = inset;
    emit bottomInsetChanged();
    // The overlay grew or shrank for the slide being flown to: aim again, from where the flight is.
    if (m_animator.isRunning() && m_lastFlight)
        flyToBounds(*m_lastFlight);
}

void MapCanvas::setViewLonLat(double lon, double lat, double zoom)
{
    setView(WebMercator::project({lon, lat}), zoom);
}

void MapCanvas::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    // A slide shows the story, not where the mouse happens to rest (nor, in a window the cursor
    // never entered, the unit at its top-left corner, where Qt puts an unknown cursor).
    setAcceptHoverEvents(!presenting);
    if (presenting)
        hoverLeaveEvent(nullptr);
    emit presentingChanged();
}

void MapCanvas::presentingPress(QPointF position)
{
    m_spotlight = position;
    m_holdTimer.start();
}

void MapCanvas::presentingRelease(QPointF position)
{
    const bool wasHeld = m_spotlightVisible || !m_holdTimer.isActive();
    m_holdTimer.stop();
    if (m_spotlightVisible) {
        m_spotlightVisible = false;
        emit spotlightChanged();
        update();
    }
    const QPointF delta = position - m_pressPosition;
    if (std::abs(delta.x()) > 60.0 && std::abs(delta.x()) > 2 * std::abs(delta.y()))
        emit swiped(delta.x() < 0 ? -1 : 1);
    else if (!wasHeld)
        emit tapped(position);
}

void MapCanvas::zoomIn()
{
    zoomAround(QPointF(width() / 2, height() / 2), 1.0);
}

void MapCanvas::zoomOut()
{
    zoomAround(QPointF(width() / 2, height() / 2), -1.0);
}

void MapCanvas::goHome()
{
    if (m_controller)
        flyToBounds(m_controller->atlas().homeBounds());
}

void MapCanvas::zoomAround(QPointF anchor, double zoomDelta)
{
    stopAnimation();
    m_viewport.zoomAround(anchor, zoomDelta);
    viewportChanged();
}

void MapCanvas::setView(QPointF projectedCentre, double zoom)
{
    stopAnimation();
    m_viewport.setCentre(projectedCentre);
    m_viewport.setZoom(zoom);
    viewportChanged(false);
}

void MapCanvas::flyToBounds(const QRectF &projected)
{
    if (width() <= 0 || height() <= 0 || !m_viewInitialised) {
        m_pendingFlight = projected; // flown once the item has a size
        return;
    }
    m_pendingFlight.reset();
    m_lastFlight = projected;
    Viewport target = m_viewport;
    const double inset = std::clamp(m_bottomInset, 0.0, height() * 0.6);
    target.setSize(QSizeF(width(), height() - inset));
    target.fitBounds(projected, 32.0);
    // Centre the places in the free part above the overlay, not in the whole item.
    const QPointF centre = target.centre() - QPointF(0, inset / 2.0 * target.metresPerPixel());
    m_animator.flyTo(m_viewport, centre, target.zoom());
    emit animatingChanged();
}

void MapCanvas::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    m_viewport.setSize(newGeometry.size());
    if (!m_viewInitialised)
        restoreInitialView();
    viewportChanged(false);
    if (m_pendingFlight)
        flyToBounds(*m_pendingFlight);
}

void MapCanvas::restoreInitialView()
{
    if (!m_controller || width() <= 0 || height() <= 0)
        return;
    m_viewInitialised = true;
    if (const auto saved = m_controller->savedView()) {
        m_viewport.setCentre(saved->first);
        m_viewport.setZoom(saved->second);
    } else {
        m_viewport.fitBounds(m_controller->atlas().homeBounds(), 16.0);
    }
    viewportChanged(false);
}

void MapCanvas::viewportChanged(bool moving)
{
    clampZoom();
    if (m_controller && m_viewInitialised)
        m_controller->rememberView(m_viewport.centre(), m_viewport.zoom());
    if (moving) {
        m_moving = true;
        m_settleTimer.start();
    } else {
        settle();
    }
    emit viewChanged();
    update();
}

void MapCanvas::settle()
{
    m_settleTimer.stop();
    if (!m_moving)
        return;
    m_moving = false;
    update();
}

void MapCanvas::stopAnimation()
{
    if (m_animator.isRunning()) {
        m_animator.stop();
        emit animatingChanged();
    }
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    if (m_presenting) {
        m_pressPosition = event->position();
        presentingPress(event->position());
        event->accept();
        return;
    }
    stopAnimation();
    m_dragging = true;
    m_moved = false;
    m_lastDragPosition = event->position();
    m_pressPosition = event->position();
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_presenting) {
        m_spotlight = event->position();
        if (m_spotlightVisible)
            update();
        return;
    }
    if (m_dragging) {
        // A few pixels of jitter in a click must not pan the map.
        if (!m_moved && QLineF(m_pressPosition, event->position()).length() < 4.0)
            return;
        m_moved = true;
        m_viewport.panBy(event->position() - m_lastDragPosition);
        m_lastDragPosition = event->position();
        viewportChanged();
    }
    updateCursor(event->position());
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_presenting) {
        presentingRelease(event->position());
        event->accept();
        return;
    }
    if (m_dragging && !m_moved)
        pickRegionAt(event->position());
    else if (m_dragging)
        settle(); // the hand let go: show the exact map now
    m_dragging = false;
    event->accept();
}

QString MapCanvas::featureTextAt(QPointF position, int maxFields, QString *layerName) const
{
    if (!m_controller)
        return {};
    const QList<UserLayer> &layers = m_controller->scene().userLayers;
    const auto hit =
        pickUserFeature(layers, m_viewport.toProjected(position), 6.0 * m_viewport.metresPerPixel());
    if (!hit)
        return {};
    const UserLayerData &data = *layers[hit->layer].data;
    const UserFeature &feature = data.features[hit->feature];
    if (layerName)
        *layerName = data.name;
    QStringList lines;
    for (qsizetype i = 0; i < data.fieldNames.size() && i < maxFields; ++i)
        lines.append(QStringLiteral("%1: %2").arg(data.fieldNames[i], feature.values.value(i)));
    if (data.fieldNames.size() > maxFields)
        lines.append(QStringLiteral("…"));
    return lines.isEmpty() ? data.name : lines.join(u'\n');
}

void MapCanvas::pickRegionAt(QPointF position)
{
    if (!m_controller)
        return;
    QString layerName;
    const QString attributes = featureTextAt(position, 1000, &layerName);
    if (!attributes.isEmpty()) {
        emit featureClicked(layerName, attributes);
        return;
    }
    // Clicking where no story region is clears the filter, as clicking on empty space does in lists.
    m_controller->setRegionFilter(
        RegionPicker::regionAt(m_controller->scene(), m_viewport, position, m_controller->linkedRegionIds()));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_presenting) {
        // Two quick taps are two slide turns, not a zoom.
        m_pressPosition = event->position();
        presentingPress(event->position());
        event->accept();
        return;
    }
    zoomAround(event->position(), 1.0);
    event->accept();
}

void MapCanvas::hoverMoveEvent(QHoverEvent *event)
{
    updateCursor(event->position());
}

void MapCanvas::hoverLeaveEvent(QHoverEvent *)
{
    m_cursorPosition.clear();
    m_hoveredPlace.clear();
    m_hoveredRegionText.clear();
    if (m_controller) {
        m_controller->setHoveredUnit({});
        m_controller->setHoveredRegion({});
    }
    emit cursorChanged();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    // One notch (120) is half a zoom level: fine enough to frame, quick enough to travel.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomAround(event->position(), notches * 0.5);
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    constexpr double step = 80.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        goHome();
        break;
    case Qt::Key_Left:
        stopAnimation();
        m_viewport.panBy({step, 0});
        viewportChanged();
        break;
    case Qt::Key_Right:
        stopAnimation();
        m_viewport.panBy({-step, 0});
        viewportChanged();
        break;
    case Qt::Key_Up:
        stopAnimation();
        m_viewport.panBy({0, step});
        viewportChanged();
        break;
    case Qt::Key_Down:
        stopAnimation();
        m_viewport.panBy({0, -step});
        viewportChanged();
        break;
    default:
        QQuickPaintedItem::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(gesture->position(), std::log2(1.0 + gesture->value()));
            return true;
        }
    }
    return QQuickPaintedItem::event(event);
}

void MapCanvas::updateCursor(QPointF position)
{
    const LonLat lonLat = m_viewport.toLonLat(position);
    m_cursorPosition = formatCoordinate(lonLat.lat, QLatin1Char('N'), QLatin1Char('S')) +
                       QStringLiteral("   ") +
                       formatCoordinate(lonLat.lon, QLatin1Char('E'), QLatin1Char('W'));
    QString code;
    m_hoveredPlace.clear();
    if (m_controller) {
        const MapScene &scene = m_controller->scene();
        const QPointF projected = m_viewport.toProjected(position);
        const QString language = m_controller->language();
        const AdminUnit *unit = scene.geo->adminUnitAt(projected);
        const AdminUnit *country =
            unit ? scene.geo->country(unit->countryCode) : scene.geo->countryAt(projected);
        if (country)
            m_hoveredPlace = country->name(language);
        if (unit) {
            m_hoveredPlace += QStringLiteral(" — ") + unit->name(language);
            code = unit->code;
        } else if (country) {
            code = country->code;
        }
        m_controller->setHoveredUnit(code);
        const QString regionId =
            RegionPicker::regionAt(scene, m_viewport, position, m_controller->linkedRegionIds());
        m_controller->setHoveredRegion(regionId);
        const int cards = m_controller->factCountForRegion(regionId);
        m_hoveredRegionText =
            regionId.isEmpty()
                ? QString()
                : tr("%1 — %n card(s)", nullptr, cards).arg(m_controller->regionName(regionId));
    }
    m_hoveredFeatureText = featureTextAt(position, 8);
    m_cursorPoint = position;
    emit cursorChanged();
}

} // namespace sahel
