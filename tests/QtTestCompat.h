// Included before every test source (sahel_add_test in tests/CMakeLists.txt).
//
// Since Qt 6.7 the QTRY_* macros take a std::chrono timeout, and their QTRY_IMPL stores its
// milliseconds count (a long) in ints without a cast: expanded in our test code, that is a
// -Wconversion warning, so an error with SAHEL_WERROR, at every QTRY_VERIFY/QTRY_COMPARE (Debian 13's
// Qt 6.8). The same macro with the narrowing made explicit; the behaviour does not change.
#pragma once

#include <QtTest/qtestcase.h>

#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0) && defined(QTRY_IMPL) && defined(QTRY_LOOP_IMPL) \
    && defined(QTRY_TIMEOUT_DEBUG_IMPL)
#undef QTRY_IMPL
#define QTRY_IMPL(expr, timeoutAsGiven) \
    const auto qt_test_timeoutAsMs = [&] { \
        using namespace std::chrono_literals; \
        return std::chrono::milliseconds{timeoutAsGiven}; \
    }(); \
    const int qt_test_timeoutValue = static_cast<int>(qt_test_timeoutAsMs.count()); \
    const int qt_test_step = qt_test_timeoutValue < 350 ? qt_test_timeoutValue / 7 + 1 : 50; \
    { QTRY_LOOP_IMPL(expr, qt_test_timeoutValue, qt_test_step) } \
    QTRY_TIMEOUT_DEBUG_IMPL(expr, qt_test_timeoutValue, qt_test_step)
#endif
