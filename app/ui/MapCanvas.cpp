#include "MapCanvas.h"

#include "AtlasController.h"
#include "HoverText.h"
#include "MapExporter.h"

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

void MapCanvas::setController(AtlasController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(&m_controller->view(), nullptr, this, nullptr);
    m_controller = controller;
    m_view = controller ? &controller->view() : nullptr;
    if (MapView *v = view()) {
        connect(v, &MapView::frameChanged, this, [this] { update(); });
        connect(v, &MapView::viewChanged, this, &MapCanvas::viewChanged);
        connect(v, &MapView::animatingChanged, this, &MapCanvas::animatingChanged);
        connect(v, &MapView::atlasChanged, this, [this] { emit showFurnitureChanged(); });
        const ExportController *exporter = m_controller->exporter();
        connect(exporter, &ExportController::furnitureOnScreenChanged, this,
                &MapCanvas::showFurnitureChanged);
        connect(exporter, &ExportController::optionsChanged, this, [this] { update(); });
        connect(exporter, &ExportController::furnitureOnScreenChanged, this, [this] { update(); });
        v->setSize(size());
    }
    emit controllerChanged();
    emit viewChanged();
    update();
}

bool MapCanvas::showFurniture() const
{
    return m_controller && m_controller->exporter()->furnitureOnScreen();
}

void MapCanvas::setBottomInset(double inset)
{
    if (MapView *v = view(); v && inset != v->insets().bottom()) {
        QMarginsF insets = v->insets();
        insets.setBottom(inset);
        v->setInsets(insets);
        emit insetsChanged();
    }
}

void MapCanvas::setRightInset(double inset)
{
    if (MapView *v = view(); v && inset != v->insets().right()) {
        QMarginsF insets = v->insets();
        insets.setRight(inset);
        v->setInsets(insets);
        emit insetsChanged();
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
    // What covers the map, the slide's fact box, keeps labels and the arrows to far places off it.
    if (const double covered = v->insets().bottom(); covered > 0)
        frame.reserved.append(QRectF(0, height() - covered, width(), covered));
    const auto mode = v->isMoving() ? MapFrameCache::Mode::Moving : MapFrameCache::Mode::Settled;
    if (!showFurniture()) {
        v->setFurnitureAreas(frame.reserved);
        m_frames.paint(*painter, scene, frame, mode);
    } else {
        MapComposition composition = MapExporter::viewComposition(
            v->atlas(), v->selectedFactId(), frame.viewport, m_controller->exporter()->furniture());
        // The furniture moves to where it covers least of the subject once the view rests, not while
        // it moves under the reader's hand.
        if (mode == MapFrameCache::Mode::Moving)
            composition.placement = m_furniturePlacement;
        else
            m_furniturePlacement = composition.placement;
        frame.reserved += m_composer.furniture().layout(composition, scene).all();
        v->setFurnitureAreas(frame.reserved);
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
        click(event->position(), event->modifiers());
    m_dragging = false;
}

void MapCanvas::click(QPointF position, Qt::KeyboardModifiers modifiers)
{
    MapView *v = view();
    if (!v)
        return;
    // Editing a story, a click links the place under it to the current fact (Shift: the other level).
    if (StoryEditor *editor = m_controller->editor(); editor->active()) {
        editor->togglePlaceAt(position, modifiers.testFlag(Qt::ShiftModifier));
        return;
    }
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
    m_hover = {};
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
    if (view() && view()->handleKey(event->key()))
        event->accept();
    else
        QQuickPaintedItem::keyPressEvent(event);
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
    if (!view())
        return;
    view()->hoverAt(position);
    m_hover = HoverText::describe(*view(), position);
    m_cursorPoint = position;
    emit cursorChanged();
}

} // namespace sahel
