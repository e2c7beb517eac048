#pragma once

#include "HoverText.h"
#include "MapComposer.h"
#include "MapFrameCache.h"
#include "MapView.h"
#include "PresentationGestures.h"
#include "WebMercator.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace sahel {

class AtlasController;

/// The map in the window: a thin Qt Quick adapter over MapView and the renderer. Input events go to
/// the view; painting reads the view's atlas and frame state. It owns no map state of its own.
class MapCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        sahel::AtlasController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(double zoom READ zoom NOTIFY viewChanged)
    Q_PROPERTY(double centreLon READ centreLon NOTIFY viewChanged)
    Q_PROPERTY(double centreLat READ centreLat NOTIFY viewChanged)
    Q_PROPERTY(bool animating READ animating NOTIFY animatingChanged)
    Q_PROPERTY(QString cursorPosition READ cursorPosition NOTIFY cursorChanged)
    Q_PROPERTY(QString hoveredPlace READ hoveredPlace NOTIFY cursorChanged)
    Q_PROPERTY(QString hoveredRegionText READ hoveredRegionText NOTIFY cursorChanged)
    Q_PROPERTY(QString hoveredFeatureText READ hoveredFeatureText NOTIFY cursorChanged)
    Q_PROPERTY(QPointF cursorPoint READ cursorPoint NOTIFY cursorChanged)
    Q_PROPERTY(bool showFurniture READ showFurniture NOTIFY showFurnitureChanged)
    Q_PROPERTY(bool presenting READ presenting WRITE setPresenting NOTIFY presentingChanged)
    Q_PROPERTY(bool spotlightVisible READ spotlightVisible NOTIFY spotlightChanged)
    Q_PROPERTY(double bottomInset READ bottomInset WRITE setBottomInset NOTIFY insetsChanged)
    Q_PROPERTY(double rightInset READ rightInset WRITE setRightInset NOTIFY insetsChanged)
    Q_PROPERTY(bool basemapUnder READ basemapUnder WRITE setBasemapUnder NOTIFY basemapUnderChanged)

public:
    explicit MapCanvas(QQuickItem *parent = nullptr);

    AtlasController *controller() const { return m_controller; }
    void setController(AtlasController *controller);
    double zoom() const { return m_view ? m_view->viewport().zoom() : 0.0; }
    double centreLon() const { return m_view ? m_view->viewport().centreLonLat().lon : 0.0; }
    double centreLat() const { return m_view ? m_view->viewport().centreLonLat().lat : 0.0; }
    bool animating() const { return m_view && m_view->isAnimating(); }
    QString cursorPosition() const { return m_hover.coordinates; }
    QString hoveredPlace() const { return m_hover.place; }
    /// "Mali — 7 cards": the story region under the cursor, for the tooltip.
    QString hoveredRegionText() const { return m_hover.region; }
    /// The attributes of the added layer's feature under the cursor, "field: value" per line.
    QString hoveredFeatureText() const { return m_hover.feature; }
    QPointF cursorPoint() const { return m_cursorPoint; }
    /// Title, legend, scale bar... over the map, as the exports draw them (View > Map Furniture).
    bool showFurniture() const;
    /// In a presentation a press and hold is a laser pointer, a tap or a swipe turns the slide.
    bool presenting() const { return m_presenting; }
    void setPresenting(bool presenting);
    bool spotlightVisible() const { return m_gestures.spotlightVisible(); }
    /// What the slide's fact panel covers at the bottom and the map buttons at the right: framing avoids it.
    double bottomInset() const { return m_view ? m_view->insets().bottom() : 0.0; }
    void setBottomInset(double inset);
    double rightInset() const { return m_view ? m_view->insets().right() : 0.0; }
    void setRightInset(double inset);
    /// A basemap is drawn under this item (QtLocation): our water and land give way to it, borders stay.
    bool basemapUnder() const { return m_basemapUnder; }
    void setBasemapUnder(bool under);

    /// The basemap's zoom limits, an input to the view's zoom range.
    Q_INVOKABLE void setZoomRange(double minimum, double maximum)
    {
        if (m_view)
            m_view->setZoomLimits(minimum, maximum);
    }
    Q_INVOKABLE void resetZoomRange()
    {
        if (m_view)
            m_view->resetZoomLimits();
    }
    /// Where a longitude/latitude lies in this item (logical px), as the map draws it.
    Q_INVOKABLE QPointF itemPoint(double lon, double lat) const
    {
        return m_view ? m_view->viewport().toScreen(LonLat{lon, lat}) : QPointF();
    }
    /// Moves the view there at once (a basemap that could not show the asked-for view).
    Q_INVOKABLE void setViewLonLat(double lon, double lat, double zoom)
    {
        if (m_view)
            m_view->setView(WebMercator::project({lon, lat}), zoom);
    }
    Q_INVOKABLE void zoomIn() { zoomAround(QPointF(width() / 2, height() / 2), 1.0); }
    Q_INVOKABLE void zoomOut() { zoomAround(QPointF(width() / 2, height() / 2), -1.0); }
    Q_INVOKABLE void goHome()
    {
        if (m_view)
            m_view->goHome();
    }
    /// Zooms by zoomDelta levels keeping the item point anchor still (wheel, pinch).
    Q_INVOKABLE void zoomAround(QPointF anchor, double zoomDelta)
    {
        if (m_view)
            m_view->zoomAround(anchor, zoomDelta);
    }

    void paint(QPainter *painter) override;
    /// How often the layers under the labels were rendered (tests, benchmarks).
    int baseRenders() const { return m_frames.baseRenders(); }

signals:
    void controllerChanged();
    void viewChanged();
    void cursorChanged();
    void animatingChanged();
    void showFurnitureChanged();
    void presentingChanged();
    void spotlightChanged();
    void insetsChanged();
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
    MapView *view() const { return m_view; }
    void click(QPointF position, Qt::KeyboardModifiers modifiers);
    void updateCursor(QPointF position);

    QPointer<AtlasController> m_controller;
    QPointer<MapView> m_view; ///< the controller's view: what this item adapts
    MapComposer m_composer;
    FurniturePlacement m_furniturePlacement; ///< kept while the view moves
    /// Used from paint() only, on the scene graph's thread while the GUI thread waits.
    MapFrameCache m_frames{m_composer.renderer()};
    PresentationGestures m_gestures;
    QPointF m_lastDragPosition;
    QPointF m_pressPosition;
    QPointF m_cursorPoint;
    bool m_dragging = false;
    bool m_moved = false;
    bool m_presenting = false;
    bool m_basemapUnder = false;
    HoverText::Description m_hover;
};

} // namespace sahel
