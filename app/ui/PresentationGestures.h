#pragma once

#include <QObject>
#include <QPointF>
#include <QTimer>

class QPainter;

namespace sahel {

/// What a press means on the map while presenting: a quick tap turns the slide by the side it lands
/// on, a horizontal swipe turns it too, and a press held a moment is a laser pointer (a spotlight).
class PresentationGestures : public QObject
{
    Q_OBJECT

public:
    explicit PresentationGestures(QObject *parent = nullptr);

    void press(QPointF position);
    void move(QPointF position);
    void release(QPointF position);
    bool spotlightVisible() const { return m_spotlightVisible; }
    /// Darkens the item but for a circle around the pointer.
    void paintSpotlight(QPainter &painter, QSizeF size) const;

signals:
    void tapped(QPointF position);
    /// -1 to the left (next), +1 to the right (previous).
    void swiped(int direction);
    void spotlightChanged();

private:
    QTimer m_holdTimer;
    QPointF m_pressPosition;
    QPointF m_spotlight;
    bool m_spotlightVisible = false;
};

} // namespace sahel
