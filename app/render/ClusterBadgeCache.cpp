#include "ClusterBadgeCache.h"

#include <QFontMetricsF>
#include <QMutexLocker>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sahel {

namespace {

constexpr double outlineWidth = 1.5;

/// The device scale of a painter that only scales uniformly and translates; 0 otherwise.
double uniformScale(const QPainter &painter)
{
    const QTransform t = painter.deviceTransform();
    if (t.m12() != 0.0 || t.m21() != 0.0 || t.m11() <= 0.0 || t.m11() != t.m22())
        return 0.0;
    return t.m11();
}

/// The badge at the origin: a disc with a white outline and its count in white, the text as outlines.
void paintBadge(QPainter &painter, double radius, const QString &text, const QColor &colour,
                const QFont &font)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::white, outlineWidth));
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(0, 0), radius, radius);
    if (text.isEmpty())
        return;
    const QFontMetricsF metrics(font);
    QPainterPath glyphs;
    glyphs.addText(
        QPointF(-metrics.horizontalAdvance(text) / 2.0, (metrics.ascent() - metrics.descent()) / 2.0), font,
        text);
    painter.fillPath(glyphs, Qt::white);
}

} // namespace

ClusterBadgeCache &ClusterBadgeCache::instance()
{
    // Never destroyed: an export thread still painting while the process exits must not lose its mutex.
    static auto *cache = new ClusterBadgeCache;
    return *cache;
}

void ClusterBadgeCache::draw(QPainter &painter, QPointF centre, double radius, const QString &text,
                             const QColor &colour, const QFont &font)
{
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const double scale = raster ? uniformScale(painter) : 0.0;
    if (scale <= 0.0) {
        painter.save();
        painter.translate(centre);
        paintBadge(painter, radius, text, colour, font);
        painter.restore();
        return;
    }
    const QString key = QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5")
                            .arg(text)
                            .arg(radius)
                            .arg(colour.rgba())
                            .arg(scale)
                            .arg(font.key());
    QImage badge;
    {
        const QMutexLocker lock(&m_mutex);
        badge = m_badges.value(key);
    }
    if (badge.isNull()) {
        badge = render(radius, text, colour, font, scale);
        const QMutexLocker lock(&m_mutex);
        if (m_bytes > maxBytes) { // zooming makes new counts: start afresh rather than keep books
            m_badges.clear();
            m_bytes = 0;
        }
        m_bytes += badge.sizeInBytes();
        m_badges.insert(key, badge);
    }
    // Device pixels one to one, at a whole pixel: a plain copy, the same pixels wherever it lands.
    const QPointF device = painter.deviceTransform().map(centre);
    const QPoint topLeft(qRound(device.x()) - badge.width() / 2, qRound(device.y()) - badge.height() / 2);
    painter.save();
    painter.setWorldTransform(painter.deviceTransform().inverted() * painter.worldTransform());
    painter.drawImage(QPointF(topLeft), badge);
    painter.restore();
}

QImage ClusterBadgeCache::render(double radius, const QString &text, const QColor &colour, const QFont &font,
                                 double scale)
{
    const int side = 2 * static_cast<int>(std::ceil((radius + outlineWidth) * scale)) + 2;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.translate(side / 2, side / 2);
    painter.scale(scale, scale);
    paintBadge(painter, radius, text, colour, font);
    return image;
}

} // namespace sahel
