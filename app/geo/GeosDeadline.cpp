#include "GeosDeadline.h"

#include <geos_c.h>

#include <mutex>

namespace sahel {

namespace {

// GEOS takes one callback for the whole process and calls it, on the working thread, from its long loops
// (noding, overlay, polygonising, buffers). Each thread keeps its own deadline; none means no limit.
thread_local GeosDeadline::Clock::time_point t_deadline = GeosDeadline::Clock::time_point::max();

GEOSInterruptCallback *g_previousCallback = nullptr;

void interruptWhenLate()
{
    if (g_previousCallback)
        g_previousCallback();
    // Before GEOS 3.12 the request is a single flag for all threads: another thread's GEOS call may take it
    // and fail instead. That only happens once some deadline has passed, and this thread asks again at its
    // next check, so the late work always stops; the other call reports a failure its caller already handles.
    if (GeosDeadline::expired())
        GEOS_interruptRequest();
}

void registerOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { g_previousCallback = GEOS_interruptRegisterCallback(interruptWhenLate); });
}

} // namespace

GeosDeadline::GeosDeadline(Clock::time_point deadline)
    : m_previous(t_deadline)
{
    registerOnce();
    t_deadline = std::min(deadline, m_previous); // an inner scope never extends an outer one
}

GeosDeadline::~GeosDeadline()
{
    t_deadline = m_previous;
}

bool GeosDeadline::expired()
{
    return t_deadline != Clock::time_point::max() && Clock::now() >= t_deadline;
}

} // namespace sahel
