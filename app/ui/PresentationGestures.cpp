#include "PresentationGestures.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sahel {

PresentationGestures::PresentationGestures(QObject *parent)
    : QObject(parent)
{
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setInterval(250);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] {
        m_spotlightVisible = true;
        emit spotlightChanged();
    });
}

void PresentationGestures::press(QPointF position)
{
    m_pressPosition = position;
    m_spotlight = position;
    m_holdTimer.start();
}

void PresentationGestures::move(QPointF position)
{
    m_spotlight = position;
    if (m_spotlightVisible)
        emit spotlightChanged();
}

void PresentationGestures::release(QPointF position)
{
    const bool wasHeld = m_spotlightVisible || !m_holdTimer.isActive();
    m_holdTimer.stop();
    if (m_spotlightVisible) {
        m_spotlightVisible = false;
        emit spotlightChanged();
    }
    const QPointF delta = position - m_pressPosition;
    if (std::abs(delta.x()) > 60.0 && std::abs(delta.x()) > 2 * std::abs(delta.y()))
        emit swiped(delta.x() < 0 ? -1 : 1);
    else if (!wasHeld)
        emit tapped(position);
}

void PresentationGestures::paintSpotlight(QPainter &painter, QSizeF size) const
{
    const double radius = std::max(40.0, size.height() * 0.09);
    QPainterPath veil;
    veil.addRect(QRectF(QPointF(0, 0), size));
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

} // namespace sahel
