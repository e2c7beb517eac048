#pragma once

#include "AnimationClock.h"
#include "Atlas.h"
#include "FlyTo.h"
#include "FrameState.h"
#include "Viewport.h"

#include <QMarginsF>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace sahel {

/// The one owner of the map's state: what it shows (an immutable Atlas, replaced whole), where it looks
/// (viewport, zoom range, fly-to), what is hovered, selected and glowing, and saving and restoring all
/// of it. Everything that changes the map calls this (canvas input, story panel, presentation, basemap
/// limits, command line); everything that draws reads atlas() and frameState(). No Qt Quick, no window:
/// the fly-to runs on an AnimationClock that tests step by hand.
class MapView : public QObject
{
    Q_OBJECT

public:
    /// What a presentation or a session restores: view and selection (hover is never restored).
    struct Snapshot
    {
        QPointF centre;
        double zoom = 0;
        QString selectedFactId;
        QSet<QString> selectedRegions;
        friend bool operator==(const Snapshot &, const Snapshot &) = default;
    };

    static constexpr int flightMs = 800;
    static constexpr int settleMs = 150;

    explicit MapView(std::shared_ptr<const Atlas> atlas, const AnimationClock *clock = nullptr,
                     QObject *parent = nullptr);

    const Atlas &atlas() const { return *m_atlas; }
    std::shared_ptr<const Atlas> sharedAtlas() const { return m_atlas; }
    const MapScene &scene() const { return m_atlas->scene; }
    /// Replaces what the map shows; hover is cleared (it pointed into the old scene).
    void setAtlas(std::shared_ptr<const Atlas> atlas);

    const Viewport &viewport() const { return m_viewport; }
    /// The state one frame draws; hover and glow left out while hover is suspended.
    FrameState frameState() const;
    /// The view is moving (drag, wheel, flight) or has just stopped: frames may be approximate.
    bool isMoving() const { return m_moving; }

    // The viewport. Sizes are logical pixels; until the view has a size, fly-tos wait for one.
    void setSize(QSizeF size);
    void setDevicePixelRatio(double ratio);
    bool hasSize() const { return m_viewport.size().width() > 0 && m_viewport.size().height() > 0; }
    void panBy(QPointF delta);
    void zoomAround(QPointF anchor, double zoomDelta);
    void zoomBy(double zoomDelta);
    /// Jumps (no animation) to a centre in projected metres.
    void setView(QPointF centre, double zoom);
    /// Jumps so the projected bounds fill the view with a margin.
    void frameBounds(const QRectF &projected, double marginPx = 16.0);
    /// Animates to frame projected bounds in the part of the view the insets leave free.
    void flyTo(const QRectF &projected);
    /// The story's home view, flown to.
    void goHome();
    /// The keyboard's map moves: + and - zoom, Home flies home, the arrows pan; false for other keys.
    bool handleKey(int key);
    /// The story's home view at once (or at the first size, when the view has none yet).
    void showHome();
    /// How far overlays cover the view from each side (a slide's fact panel at the bottom, the map
    /// buttons at the right): the home view and flights frame their places in what is left.
    void setInsets(const QMarginsF &insets);
    QMarginsF insets() const { return m_insets; }
    /// The part of the view no overlay covers, in logical px (each inset at most 60 % of the view).
    QRectF freeArea() const;

    /// Narrows the zooms the view may take (a basemap's own limits); an input, not a second view.
    void setZoomLimits(double minimum, double maximum);
    void resetZoomLimits();
    double minimumZoom() const { return m_minimumZoom; }
    double maximumZoom() const { return m_maximumZoom; }

    bool isAnimating() const { return m_flight.has_value(); }
    void stopAnimation();
    /// Moves a running flight to the clock's time (the frame timer calls it; tests call it by hand).
    void advanceAnimation();

    // Hover, glow and selection.
    /// The story region, admin-1 unit and country under a point of the view (logical px).
    void hoverAt(QPointF position);
    void clearHover();
    /// Presentations, slides and screenshots show no hover.
    void setHoverSuspended(bool suspended);
    bool isHoverSuspended() const { return m_hoverSuspended; }
    QString hoveredUnit() const { return m_hoveredUnit; }
    QString hoveredRegion() const { return m_hoveredRegion; }
    void setGlowingRegions(const QSet<QString> &regions);
    QString selectedFactId() const { return m_selectedFactId; }
    QSet<QString> selectedRegions() const { return m_selectedRegions; }
    /// Selects a fact of the atlas's story (empty: none) and flies to its places or, when flyHome, home.
    void selectFact(const QString &factId, bool flyHome = false);
    /// Selects a fact and shows its places where the view is (the editor, after each change of them).
    void markFact(const QString &factId);
    /// The story region a click at this point means ("" for none).
    QString regionAt(QPointF position) const;
    /// Where the window draws map furniture (logical px): the arrows to far places move clear of it, so
    /// clicks and hovers must look for them where they are drawn. Changes nothing that is painted.
    void setFurnitureAreas(const QList<QRectF> &areas) { m_furnitureAreas = areas; }

    Snapshot snapshot() const;
    /// Back to a snapshot at once: its view and its selection.
    void restore(const Snapshot &snapshot);

signals:
    void atlasChanged();
    /// Centre, zoom or size changed.
    void viewChanged();
    void hoverChanged();
    void glowChanged();
    void selectionChanged();
    void animatingChanged();
    /// A flight to these projected bounds was asked for (it starts once the view has a size).
    void flightRequested(QRectF projectedBounds);
    void movingChanged();
    /// Anything a frame draws changed: the canvas repaints.
    void frameChanged();

private:
    void startFlight(const QRectF &projected);
    void viewportChanged(bool moving);
    void settle();
    bool clampZoom();
    void setHover(const QString &unit, const QString &region);

    std::shared_ptr<const Atlas> m_atlas;
    SteadyClock m_steadyClock;
    const AnimationClock *m_clock;
    Viewport m_viewport;
    std::optional<FlyTo> m_flight;
    std::optional<QRectF> m_pendingFlight; ///< asked for before the view had a size
    std::optional<QRectF> m_lastFlight;    ///< re-aimed when the bottom inset changes mid-flight
    QTimer m_frameTimer;
    QTimer m_settleTimer;
    bool m_moving = false;
    bool m_viewChosen = false; ///< a view was set before the first size: keep it rather than home
    QMarginsF m_insets;
    QList<QRectF> m_furnitureAreas;
    double m_minimumZoom = Viewport::minZoom;
    double m_maximumZoom = Viewport::maxZoom;
    QString m_hoveredUnit;
    QString m_hoveredRegion;
    bool m_hoverSuspended = false;
    QSet<QString> m_glowingRegions;
    QString m_selectedFactId;
    QSet<QString> m_selectedRegions;
};

} // namespace sahel
