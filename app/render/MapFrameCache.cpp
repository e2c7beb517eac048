#include "MapFrameCache.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sahel {

namespace {

/// How far the view may zoom from the image before a scaled copy is too blurred (or too small) to show.
constexpr double maxZoomDrift = 0.35;
/// Rendered around a moving view, as a share of its longer side: a drag or a flight then shows
/// several frames of copies between two renders.
constexpr double movingMargin = 0.125;

/// The layers drawn into the image come before the labels; the labels and what follows are drawn live.
bool isLive(MapLayer layer)
{
    const QList<MapLayer> layers = MapRenderer::layers();
    return layers.indexOf(layer) >= layers.indexOf(MapLayer::Labels);
}

} // namespace

MapFrameCache::MapFrameCache(const MapRenderer &renderer)
    : m_renderer(renderer)
{}

void MapFrameCache::clear()
{
    m_base = QImage();
    m_revision = 0;
    m_selected.clear();
    m_labels = RecordedLabels();
}

bool MapFrameCache::showsLayersOf(const MapScene &scene, const FrameState &frame) const
{
    return !m_base.isNull() && scene.revision != 0 && scene.revision == m_revision &&
           scene.baseMap == m_baseMap && frame.selectedRegions == m_selected &&
           m_view.devicePixelRatio() == frame.viewport.devicePixelRatio();
}

void MapFrameCache::paint(QPainter &painter, const MapScene &scene, const FrameState &frame, Mode mode)
{
    const Viewport &viewport = frame.viewport;
    const int baseRendersBefore = m_baseRenders;
    const bool sameScene = showsLayersOf(scene, frame);
    if (sameScene && m_margin == 0.0 && m_view == viewport) {
        painter.drawImage(QPointF(0, 0), m_base);
        m_lastFrameExact = true;
    } else if (mode == Mode::Moving && sameScene && drawMoved(painter, viewport)) {
        m_lastFrameExact = false;
    } else {
        // A margin (whole device pixels) only while moving: a margin can shift where dashes start.
        const double dpr = viewport.devicePixelRatio();
        const double longer = std::max(viewport.size().width(), viewport.size().height());
        const double margin = mode == Mode::Moving ? std::round(longer * movingMargin * dpr) / dpr : 0.0;
        renderBase(scene, frame, margin);
        painter.drawImage(QPointF(-margin, -margin), m_base);
        m_lastFrameExact = margin == 0.0;
    }
    // Hover and card highlights over the image, selection left out: it is in the image already.
    if (!frame.hoveredUnit.isEmpty() || !frame.glowingRegions.isEmpty()) {
        FrameState highlights = frame;
        highlights.selectedRegions.clear();
        m_renderer.renderLayer(painter, scene, highlights, MapLayer::Highlights);
    }
    if (mode == Mode::Moving) {
        paintMovingLabels(painter, scene, frame, baseRendersBefore != m_baseRenders);
        return;
    }
    // A settled frame lays its labels out live; the moving labels' image is kept for the next move but no
    // longer matches any scene (a published scene's revision is never 0).
    m_labels.revision = 0;
    for (MapLayer layer : MapRenderer::layers())
        if (isLive(layer))
            m_renderer.renderLayer(painter, scene, frame, layer);
}

void MapFrameCache::paintMovingLabels(QPainter &painter, const MapScene &scene, const FrameState &frame,
                                      bool baseJustRendered)
{
    // While the view moves, the labels are laid out for one view into an image of their own, drawn moved and
    // scaled like the image under them until the view has drifted too far; a frame that had to render that
    // image again replays them further rather than also laying them out, so no frame pays for both.
    FrameState sameButView = frame;
    sameButView.viewport = m_labels.frame.viewport;
    const bool sameLabels = !m_labels.image.isNull() && m_labels.revision == scene.revision &&
                            m_labels.baseMap == scene.baseMap && sameButView == m_labels.frame;
    const double drift = std::abs(frame.viewport.zoom() - m_labels.frame.viewport.zoom());
    if (!sameLabels || drift > (baseJustRendered ? 2 * maxZoomDrift : maxZoomDrift) ||
        !replayLabels(painter, frame.viewport, baseJustRendered)) {
        const double dpr = frame.viewport.devicePixelRatio();
        const QSize pixels(qRound(frame.viewport.size().width() * dpr),
                           qRound(frame.viewport.size().height() * dpr));
        if (m_labels.image.size() != pixels)
            m_labels.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_labels.image.setDevicePixelRatio(dpr);
        m_labels.image.fill(Qt::transparent);
        QPainter recorder(&m_labels.image);
        for (MapLayer layer : MapRenderer::layers())
            if (isLive(layer))
                m_renderer.renderLayer(recorder, scene, frame, layer);
        recorder.end();
        ++m_labelLayouts;
        m_labels.frame = frame;
        m_labels.revision = scene.revision;
        m_labels.baseMap = scene.baseMap;
        painter.drawImage(QPointF(0, 0), m_labels.image);
    }
}

bool MapFrameCache::replayLabels(QPainter &painter, const Viewport &viewport, bool baseJustRendered) const
{
    const Viewport &recorded = m_labels.frame.viewport;
    // A label moved more than this off where it would be laid out now is laid out again (a fifth of the
    // view; twice that on a frame that rendered the image).
    const double maxShift =
        std::max(viewport.size().width(), viewport.size().height()) * (baseJustRendered ? 0.4 : 0.2);
    const double scale = std::exp2(viewport.zoom() - recorded.zoom());
    const double metresPerPixel = recorded.metresPerPixel();
    const QPointF shift((recorded.centre().x() - viewport.centre().x()) / metresPerPixel,
                        (viewport.centre().y() - recorded.centre().y()) / metresPerPixel);
    if (std::hypot(shift.x(), shift.y()) * scale > maxShift)
        return false;
    const QPointF oldCentre(recorded.size().width() / 2.0, recorded.size().height() / 2.0);
    const QPointF newCentre(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(newCentre + (shift - oldCentre) * scale, recorded.size() * scale),
                      m_labels.image);
    painter.restore();
    return true;
}

void MapFrameCache::renderBase(const MapScene &scene, const FrameState &frame, double margin)
{
    const Viewport &viewport = frame.viewport;
    Viewport padded = viewport;
    padded.setSize(viewport.size() + QSizeF(2 * margin, 2 * margin));
    const double dpr = viewport.devicePixelRatio();
    const QSize pixels(qRound(padded.size().width() * dpr), qRound(padded.size().height() * dpr));
    if (m_base.size() != pixels)
        m_base = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_base.setDevicePixelRatio(dpr);
    // As PngExporter::renderImage starts; clear where a basemap under the window must show through.
    m_base.fill(scene.baseMap == BaseMapMode::Underlay ? Qt::transparent : Qt::white);
    // The hover and card highlights are drawn live; the hovered place only changes labels.
    FrameState base = frame.withoutHover();
    base.viewport = padded;
    base.reserved.clear();
    m_revision = scene.revision;
    m_baseMap = scene.baseMap;
    m_selected = frame.selectedRegions;
    QPainter painter(&m_base);
    for (MapLayer layer : MapRenderer::layers())
        if (!isLive(layer))
            m_renderer.renderLayer(painter, scene, base, layer);
    painter.end();
    m_view = viewport;
    m_margin = margin;
    ++m_baseRenders;
}

bool MapFrameCache::drawMoved(QPainter &painter, const Viewport &viewport) const
{
    const double zoomDrift = viewport.zoom() - m_view.zoom();
    if (std::abs(zoomDrift) > maxZoomDrift)
        return false;
    // The image's centre is its view's centre: place it relative to the new view's, in new pixels.
    const double scale = std::exp2(zoomDrift);
    const double metresPerPixel = m_view.metresPerPixel();
    const QPointF shift((m_view.centre().x() - viewport.centre().x()) / metresPerPixel,
                        (viewport.centre().y() - m_view.centre().y()) / metresPerPixel);
    const QSizeF imageSize = m_view.size() + QSizeF(2 * m_margin, 2 * m_margin);
    const QPointF viewCentre(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    QPointF topLeft =
        viewCentre + (shift - QPointF(imageSize.width() / 2.0, imageSize.height() / 2.0)) * scale;
    const double dpr = viewport.devicePixelRatio();
    if (zoomDrift == 0.0) // a pan: whole device pixels keep the copy sharp
        topLeft = QPointF(std::round(topLeft.x() * dpr) / dpr, std::round(topLeft.y() * dpr) / dpr);
    const QRectF target(topLeft, imageSize * scale);
    constexpr double slack = 1e-6;
    if (target.left() > slack || target.top() > slack || target.right() < viewport.size().width() - slack ||
        target.bottom() < viewport.size().height() - slack)
        return false; // it would leave a gap
    painter.save();
    if (zoomDrift == 0.0) {
        painter.drawImage(topLeft, m_base);
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(target, m_base);
    }
    painter.restore();
    return true;
}

} // namespace sahel
