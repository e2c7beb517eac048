#pragma once

#include "MapComposer.h"
#include "MapFrameCache.h"
#include "MapRenderer.h"
#include "ViewAnimator.h"
#include "Viewport.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QTimer>

#include <QtQml/qqmlregistration.h>
#include <optional>

namespace sahel {

class AtlasController;

/// The map in the window: a thin QQuickPaintedItem over MapRenderer that owns pan, zoom, hover and animation.
class MapCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        sahel::AtlasController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(double zoom READ zoom NOTIFY viewChanged)
    Q_PROPERTY(double centreLon READ centreLon NOTIFY viewChanged)
    Q_PROPERTY(double centreLat READ centreLat NOTIFY viewChanged)
    Q_PROPERTY(QString cursorPosition READ cursorPosition NOTIFY cursorChanged)
    Q_PROPERTY(QString hoveredPlace READ hoveredPlace NOTIFY cursorChanged)
    Q_PROPERTY(bool animating READ animating NOTIFY animatingChanged)
    Q_PROPERTY(QString hoveredRegionText READ hoveredRegionText NOTIFY cursorChanged)
    Q_PROPERTY(QString hoveredFeatureText READ hoveredFeatureText NOTIFY cursorChanged)
    Q_PROPERTY(QPointF cursorPoint READ cursorPoint NOTIFY cursorChanged)
    Q_PROPERTY(bool showFurniture READ showFurniture WRITE setShowFurniture NOTIFY showFurnitureChanged)
    Q_PROPERTY(bool presenting READ presenting WRITE setPresenting NOTIFY presentingChanged)
    Q_PROPERTY(bool spotlightVisible READ spotlightVisible NOTIFY spotlightChanged)
    Q_PROPERTY(double bottomInset READ bottomInset WRITE setBottomInset NOTIFY bottomInsetChanged)
    Q_PROPERTY(bool basemapUnder READ basemapUnder WRITE setBasemapUnder NOTIFY basemapUnderChanged)

public:
    explicit MapCanvas(QQuickItem *parent = nullptr);

    AtlasController *controller() const { return m_controller; }
    void setController(AtlasController *controller);
    const Viewport &viewport() const { return m_viewport; }
    double zoom() const { return m_viewport.zoom(); }
    double centreLon() const { return m_viewport.centreLonLat().lon; }
    double centreLat() const { return m_viewport.centreLonLat().lat; }
    QString cursorPosition() const { return m_cursorPosition; }
    QString hoveredPlace() const { return m_hoveredPlace; }
    bool animating() const { return m_animator.isRunning(); }
    /// "Mali — 7 cards": the story region under the cursor, for the tooltip.
    QString hoveredRegionText() const { return m_hoveredRegionText; }
    QPointF cursorPoint() const { return m_cursorPoint; }
    /// The attributes of the added layer's feature under the cursor, "field: value" per line.
    QString hoveredFeatureText() const { return m_hoveredFeatureText; }
    /// In a presentation a press and hold is a laser pointer, a tap or a swipe turns the slide.
    bool presenting() const { return m_presenting; }
    void setPresenting(bool presenting);
    bool spotlightVisible() const { return m_spotlightVisible; }
    /// Height covered by an overlay at the bottom (the presentation's fact panel): fly-tos frame
    /// their places in the part above it.
    double bottomInset() const { return m_bottomInset; }
    void setBottomInset(double inset);
    /// A basemap is drawn under this item (QtLocation): our water and land give way to it, borders stay.
    bool basemapUnder() const { return m_basemapUnder; }
    void setBasemapUnder(bool under);
    /// Narrows the zooms the view may take (a basemap's own limits); resetZoomRange restores ours.
    Q_INVOKABLE void setZoomRange(double minimum, double maximum);
    Q_INVOKABLE void resetZoomRange();
    /// Where a longitude/latitude lies in this item (logical px), as the map draws it.
    Q_INVOKABLE QPointF itemPoint(double lon, double lat) const;
    /// For restoring a view saved from QML (the presentation's "as it was").
    Q_INVOKABLE void setViewLonLat(double lon, double lat, double zoom);

    /// Title, legend, scale bar... over the map, as the exports draw them (View > Map Furniture).
    bool showFurniture() const { return m_showFurniture; }
    void setShowFurniture(bool show);
    void setFurnitureOptions(const FurnitureOptions &furniture);

    void paint(QPainter *painter) override;

    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    Q_INVOKABLE void goHome();
    /// Zooms by zoomDelta levels keeping the item point anchor still (wheel, pinch).
    Q_INVOKABLE void zoomAround(QPointF anchor, double zoomDelta);
    void setView(QPointF projectedCentre, double zoom);
    /// Animates to frame projected bounds.
    void flyToBounds(const QRectF &projected);

signals:
    void controllerChanged();
    void viewChanged();
    void cursorChanged();
    void animatingChanged();
    void showFurnitureChanged();
    void presentingChanged();
    void spotlightChanged();
    void bottomInsetChanged();
    void basemapUnderChanged();
    /// A quick tap while presenting, at this item position.
    void tapped(QPointF position);
    /// A horizontal swipe while presenting: -1 to the left (next), +1 to the right (previous).
    void swiped(int direction);
    /// A click on a feature of an added layer: its layer's name and all its attributes.
    void featureClicked(const QString &layerName, const QString &attributes);

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// moving: part of a drag, a flight or a run of wheel steps, where moved copies of the last
    /// frame may stand in; otherwise (a resize, a jump) the next frame is exact.
    void viewportChanged(bool moving = true);
    /// The view has stopped moving: the next frame is exact again (a moved copy may have stood in).
    void settle();
    void updateCursor(QPointF position);
    void stopAnimation();
    void restoreInitialView();
    /// Keeps the zoom within the range a basemap allows; true when it had to change.
    bool clampZoom();

    QPointer<AtlasController> m_controller;
    MapRenderer m_renderer;
    MapComposer m_composer;
    /// Used from paint() only, on the scene graph's thread while the GUI thread waits.
    MapFrameCache m_frames{m_renderer};
    /// Set while the view moves (drag, wheel, keys, flight) and for a moment after.
    bool m_moving = false;
    QTimer m_settleTimer;
    FurnitureOptions m_furniture;
    bool m_showFurniture = false;
    Viewport m_viewport;
    ViewAnimator m_animator;
    void pickRegionAt(QPointF position);
    /// Attributes of the user feature under a point ("" when none); all of them or the first few.
    QString featureTextAt(QPointF position, int maxFields, QString *layerName = nullptr) const;
    void presentingPress(QPointF position);
    void presentingRelease(QPointF position);
    void paintSpotlight(QPainter &painter) const;

    QPointF m_lastDragPosition;
    QPointF m_pressPosition;
    QPointF m_cursorPoint;
    bool m_dragging = false;
    bool m_moved = false;
    QString m_hoveredRegionText;
    QString m_hoveredFeatureText;
    bool m_presenting = false;
    double m_bottomInset = 0.0;
    std::optional<QRectF> m_pendingFlight;
    std::optional<QRectF> m_lastFlight;
    bool m_spotlightVisible = false;
    QPointF m_spotlight;
    QTimer m_holdTimer;
    bool m_viewInitialised = false;
    bool m_basemapUnder = false;
    double m_minimumZoom = Viewport::minZoom;
    double m_maximumZoom = Viewport::maxZoom;
    QString m_cursorPosition;
    QString m_hoveredPlace;
};

} // namespace sahel
