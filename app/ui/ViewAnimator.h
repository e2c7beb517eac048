#pragma once

#include "Viewport.h"

#include <QObject>
#include <QVariantAnimation>

namespace sahel {

/// Eased fly-to between two views; any user input stops it, so it never blocks the user.
class ViewAnimator : public QObject
{
    Q_OBJECT

public:
    explicit ViewAnimator(QObject *parent = nullptr);

    void flyTo(const Viewport &from, QPointF centre, double zoom, int durationMs = 800);
    void stop();
    bool isRunning() const;

signals:
    void frame(QPointF centre, double zoom);

private:
    QVariantAnimation m_animation;
    QPointF m_fromCentre;
    QPointF m_toCentre;
    double m_fromZoom = 0;
    double m_toZoom = 0;
};

} // namespace sahel
