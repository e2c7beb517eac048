#include "MapCanvas.h"

#include "AtlasController.h"
#include "HoverText.h"
#include "MapExporter.h"
#include "WebMercator.h"

#include <QLineF>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QQuickWindow>

#include <cmath>

namespace sahel {

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
    connect(&m_gestures, &PresentationGestures::tapped, this, &MapCanvas::tapped);
    connect(&m_gestures, &PresentationGestures::swiped, this, &MapCanvas::swiped);
    connect(&m_gestures, &PresentationGestures::spotlightChanged, this, [this] {
        emit spotlightChanged();
        update();
    });
}

MapView *MapCanvas::view() const
{
    return m_controller ? &m_controller->view() : nullptr;
}

void MapCanvas::setController(AtlasController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(&m_controller->view(), nullptr, this, nullptr);
    m_controller = controller;
    if (MapView *v = view()) {
        connect(v, &MapView::frameChanged, this, [this] { update(); });
        connect(v, &MapView::viewChanged, this, &MapCanvas::viewChanged);
        connect(v, &MapView::animatingChanged, this, &MapCanvas::animatingChanged);
        connect(v, &MapView::atlasChanged, this, [this] { emit showFurnitureChanged(); });
        const ExportController *exporter = m_controller->exporter();
        connect(exporter, &ExportController::furnitureOnScreenChanged, this, &MapCanvas::showFurnitureChanged);
        connect(exporter, &ExportController::optionsChanged, this, [this] { update(); });
        connect(exporter, &ExportController::furnitureOnScreenChanged, this, [this] { update(); });
        v->setSize(size());
    }
    emit controllerChanged();
    emit viewChanged();
    update();
}

double MapCanvas::zoom() const
{
    return view() ? view()->viewport().zoom() : 0.0;
}

double MapCanvas::centreLon() const
{
    return view() ? view()->viewport().centreLonLat().lon : 0.0;
}

double MapCanvas::centreLat() const
{
    return view() ? view()->viewport().centreLonLat().lat : 0.0;
}

bool MapCanvas::animating() const
{
    return view() && view()->isAnimating();
}

bool MapCanvas::showFurniture() const
{
    return m_controller && m_controller->exporter()->furnitureOnScreen();
}

double MapCanvas::bottomInset() const
{
    return view() ? view()->bottomInset() : 0.0;
}

void MapCanvas::setBottomInset(double inset)
{
    if (MapView *v = view(); v && inset != v->bottomInset()) {
        v->setBottomInset(inset);
        emit bottomInsetChanged();
    }
}

void MapCanvas::paint(QPainter *painter)
{
    MapView *v = view();
    if (!v)
        return;
    v->setDevicePixelRatio(window() ? window()->effectiveDevicePixelRatio() : 1.0);
    // The layers under the labels come from the frame cache; the composition is the one
    // MapComposer::paint draws, in the same order, so a settled frame is pixel for pixel an export.
    MapScene scene = v->scene();
    if (m_basemapUnder)
        scene.baseMap = BaseMapMode::Underlay; // the frame cache keys on the mode with the revision
    FrameState frame = v->frameState();
    const auto mode = v->isMoving() ? MapFrameCache::Mode::Moving : MapFrameCache::Mode::Settled;
    if (!showFurniture()) {
        m_frames.paint(*painter, scene, frame, mode);
    } else {
        const MapComposition composition = MapExporter::viewComposition(
            v->atlas(), v->selectedFactId(), frame.viewport, m_controller->exporter()->furniture());
        frame.reserved = m_composer.furniture().layout(composition, scene).all();
        m_frames.paint(*painter, scene, frame, mode);
        m_composer.paintFurniture(*painter, composition, scene);
    }
    if (m_gestures.spotlightVisible())
        m_gestures.paintSpotlight(*painter, size());
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
    if (MapView *v = view())
        v->setZoomLimits(minimum, maximum);
}

void MapCanvas::resetZoomRange()
{
    if (MapView *v = view())
        v->resetZoomLimits();
}

QPointF MapCanvas::itemPoint(double lon, double lat) const
{
    return view() ? view()->viewport().toScreen(LonLat{lon, lat}) : QPointF();
}

void MapCanvas::setViewLonLat(double lon, double lat, double zoom)
{
    if (MapView *v = view())
        v->setView(WebMercator::project({lon, lat}), zoom);
}

void MapCanvas::zoomIn()
{
    if (MapView *v = view())
        v->zoomBy(1.0);
}

void MapCanvas::zoomOut()
{
    if (MapView *v = view())
        v->zoomBy(-1.0);
}

void MapCanvas::goHome()
{
    if (MapView *v = view())
        v->goHome();
}

void MapCanvas::zoomAround(QPointF anchor, double zoomDelta)
{
    if (MapView *v = view())
        v->zoomAround(anchor, zoomDelta);
}

void MapCanvas::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    emit presentingChanged();
}

void MapCanvas::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (MapView *v = view())
        v->setSize(newGeometry.size());
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    m_pressPosition = event->position();
    event->accept();
    if (m_presenting) {
        m_gestures.press(event->position());
        return;
    }
    if (MapView *v = view())
        v->stopAnimation();
    m_dragging = true;
    m_moved = false;
    m_lastDragPosition = event->position();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_presenting) {
        m_gestures.move(event->position());
        return;
    }
    // A few pixels of jitter in a click must not pan the map.
    if (m_dragging && (m_moved || QLineF(m_pressPosition, event->position()).length() >= 4.0)) {
        m_moved = true;
        if (MapView *v = view())
            v->panBy(event->position() - m_lastDragPosition);
        m_lastDragPosition = event->position();
    }
    updateCursor(event->position());
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
    if (m_presenting) {
        m_gestures.release(event->position());
        return;
    }
    if (m_dragging && !m_moved)
        click(event->position());
    m_dragging = false;
}

void MapCanvas::click(QPointF position)
{
    MapView *v = view();
    if (!v)
        return;
    QString layerName;
    const QString attributes = HoverText::feature(v->scene(), v->viewport(), position, 1000, &layerName);
    if (!attributes.isEmpty()) {
        emit featureClicked(layerName, attributes);
        return;
    }
    // Clicking where no story region is clears the filter, as clicking on empty space does in lists.
    m_controller->setRegionFilter(v->regionAt(position));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
    if (m_presenting) { // two quick taps are two slide turns, not a zoom
        m_gestures.press(event->position());
        return;
    }
    zoomAround(event->position(), 1.0);
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
    m_hoveredFeatureText.clear();
    if (MapView *v = view())
        v->clearHover();
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
    MapView *v = view();
    const auto key = event->key();
    if (!v || (key != Qt::Key_Plus && key != Qt::Key_Equal && key != Qt::Key_Minus && key != Qt::Key_Home &&
               key != Qt::Key_Left && key != Qt::Key_Right && key != Qt::Key_Up && key != Qt::Key_Down)) {
        QQuickPaintedItem::keyPressEvent(event);
        return;
    }
    if (key == Qt::Key_Plus || key == Qt::Key_Equal)
        v->zoomBy(1.0);
    else if (key == Qt::Key_Minus)
        v->zoomBy(-1.0);
    else if (key == Qt::Key_Home)
        v->goHome();
    else
        v->panBy(key == Qt::Key_Left    ? QPointF(step, 0)
                 : key == Qt::Key_Right ? QPointF(-step, 0)
                 : key == Qt::Key_Up    ? QPointF(0, step)
                                        : QPointF(0, -step));
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
    MapView *v = view();
    if (!v)
        return;
    v->hoverAt(position);
    m_cursorPosition = HoverText::coordinates(v->viewport().toLonLat(position));
    // A slide or a screenshot shows no hover: nor the region's or the feature's tooltip.
    const bool suspended = v->isHoverSuspended();
    m_hoveredPlace = suspended ? QString() : HoverText::place(v->scene(), v->hoveredUnit());
    m_hoveredRegionText = suspended ? QString() : HoverText::region(v->atlas(), v->hoveredRegion());
    m_hoveredFeatureText = suspended ? QString() : HoverText::feature(v->scene(), v->viewport(), position, 8);
    m_cursorPoint = position;
    emit cursorChanged();
}

} // namespace sahel
