#pragma once

#include <chrono>

namespace sahel {

/// Bounds the GEOS work (validity, repair, unions, buffers) done on this thread while it lives: past the
/// deadline GEOS is interrupted and the OGR call in progress returns null or false.
class GeosDeadline
{
public:
    using Clock = std::chrono::steady_clock;

    explicit GeosDeadline(Clock::time_point deadline);
    explicit GeosDeadline(std::chrono::milliseconds budget)
        : GeosDeadline(Clock::now() + budget)
    {}
    ~GeosDeadline();
    GeosDeadline(const GeosDeadline &) = delete;
    GeosDeadline &operator=(const GeosDeadline &) = delete;

    /// True when the deadline of this thread's innermost GeosDeadline has passed.
    static bool expired();

private:
    Clock::time_point m_previous;
};

} // namespace sahel
