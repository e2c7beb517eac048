#pragma once

#include "MapRenderer.h"

#include <QImage>
#include <QList>
#include <QRectF>

namespace sahel {

/// The map as a window paints it, frame after frame. The layers under the labels (water, land,
/// borders, story regions, added layers, the selection's veil) are rendered into an image once per
/// view and scene and copied after that; the hover and card highlights and the labels are drawn
/// fresh over it each frame, so hovering repaints only those. While the view moves, the image may
/// stand in moved or scaled; once the view settles, the frame is exactly what MapRenderer::render
/// draws for a scene without hover (the pixels an export of the view has).
class MapFrameCache
{
public:
    enum class Mode {
        Settled, ///< the frame must be exact: the image is rendered again unless it is of this very view
        Moving,  ///< the view is moving: a moved or scaled copy of the image will do while it covers the view
    };

    explicit MapFrameCache(const MapRenderer &renderer);

    /// Paints the viewport's logical area; labels avoid the reserved rectangles (logical px).
    void paint(QPainter &painter, const Viewport &viewport, const MapScene &scene, Mode mode,
               const QList<QRectF> &reserved = {});
    /// Whether the last frame was exact; if not, the view must be painted again once it settles.
    bool lastFrameExact() const { return m_lastFrameExact; }
    /// How often the layers under the labels were rendered (for the benchmark and tests).
    int baseRenders() const { return m_baseRenders; }
    /// Forgets the image (it is rendered again at the next frame) and frees its memory.
    void clear();

private:
    void renderBase(const Viewport &viewport, const MapScene &scene, double margin);
    /// Draws the image moved and scaled to the viewport when it covers it; false when it does not.
    bool drawMoved(QPainter &painter, const Viewport &viewport) const;

    const MapRenderer &m_renderer;
    QImage m_base;
    Viewport m_view;       ///< the view the image was rendered for, without its margin
    double m_margin = 0.0; ///< logical px rendered around that view, for moving without gaps
    MapScene m_scene;      ///< the scene the image shows (holding its lists keeps them comparable)
    bool m_lastFrameExact = false;
    int m_baseRenders = 0;
};

} // namespace sahel
