#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace sahel {

/// Where animations read the time: the steady clock in the app, a hand-stepped one in tests, so a
/// fly-to can be checked frame by frame without a window or real waiting.
class AnimationClock
{
public:
    virtual ~AnimationClock() = default;
    virtual qint64 nowMs() const = 0;
};

/// The process's monotonic clock.
class SteadyClock final : public AnimationClock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

/// A clock that moves only when told to (tests, benchmarks).
class ManualClock final : public AnimationClock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 0;
};

} // namespace sahel
