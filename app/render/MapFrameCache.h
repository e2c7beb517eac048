#pragma once

#include "MapRenderer.h"

#include <QImage>
#include <QList>
#include <QRectF>

namespace sahel {

/// The map as a window paints it, frame after frame. The layers under the labels (water, land,
/// borders, story regions, added layers, the selection's veil) are rendered into an image once per
/// (scene revision, view, selection) and copied after that; the hover and card highlights and the
/// labels are drawn fresh over it each frame, so hovering repaints only those. While the view moves,
/// the image may stand in moved or scaled, and the labels too, from an image of their own (laid out again
/// when they have drifted too far); once the view settles, the frame is exactly what
/// MapRenderer::render draws for the same scene and frame state. A scene of revision 0 (never
/// published, see MapScene::withNewRevision) is never served from the image.
class MapFrameCache
{
public:
    enum class Mode {
        Settled, ///< the frame must be exact: the image is rendered again unless it is of this very view
        Moving,  ///< the view is moving: a moved or scaled copy of the image will do while it covers the view
    };

    explicit MapFrameCache(const MapRenderer &renderer);

    /// Paints the frame's logical area; labels avoid its reserved rectangles (logical px).
    void paint(QPainter &painter, const MapScene &scene, const FrameState &frame, Mode mode);
    /// Whether the last frame was exact; if not, the view must be painted again once it settles.
    bool lastFrameExact() const { return m_lastFrameExact; }
    /// How often the layers under the labels were rendered (for the benchmark and tests).
    int baseRenders() const { return m_baseRenders; }
    /// How often the labels of a moving view were laid out (for the benchmark and tests).
    int labelLayouts() const { return m_labelLayouts; }
    /// Forgets the image (it is rendered again at the next frame) and frees its memory.
    void clear();

private:
    void renderBase(const MapScene &scene, const FrameState &frame, double margin);
    /// Whether the image shows this scene and selection (at this device pixel ratio), in any view.
    bool showsLayersOf(const MapScene &scene, const FrameState &frame) const;
    /// Draws the image moved and scaled to the viewport when it covers it; false when it does not.
    bool drawMoved(QPainter &painter, const Viewport &viewport) const;
    void paintMovingLabels(QPainter &painter, const MapScene &scene, const FrameState &frame,
                           bool baseJustRendered);
    /// Draws the labels' image moved and scaled to the viewport; false when they drifted too far.
    bool replayLabels(QPainter &painter, const Viewport &viewport, bool baseJustRendered) const;

    /// The labels of a moving view, drawn for the view and state they were laid out for.
    struct RecordedLabels
    {
        QImage image;
        FrameState frame;
        quint64 revision = 0;
        BaseMapMode baseMap = BaseMapMode::Own;
    };

    const MapRenderer &m_renderer;
    QImage m_base;
    Viewport m_view;        ///< the view the image was rendered for, without its margin
    double m_margin = 0.0;  ///< logical px rendered around that view, for moving without gaps
    quint64 m_revision = 0; ///< the scene revision the image shows
    BaseMapMode m_baseMap = BaseMapMode::Own; ///< and what lies under it (a basemap may be switched on)
    QSet<QString> m_selected;                 ///< the selection the image's veil cuts out
    RecordedLabels m_labels;
    bool m_lastFrameExact = false;
    int m_baseRenders = 0;
    int m_labelLayouts = 0;
};

} // namespace sahel
