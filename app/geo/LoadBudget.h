#pragma once

#include <QString>

#include <chrono>

namespace sahel {

/// The time and memory one input file may take to read, whatever it holds (README, "Bad input"): the
/// reader charges what it builds and asks, between steps, whether the file is still within its budget.
class LoadBudget
{
public:
    using Clock = std::chrono::steady_clock;

    static constexpr std::chrono::seconds maxTime{15};             ///< the whole read of one file
    static constexpr std::chrono::milliseconds repairTime{1000};   ///< repairing (GEOS) one feature
    static constexpr qint64 maxRepairVertices = 1'000'000;         ///< a feature with more is not repaired
    static constexpr qint64 maxMemoryBytes = 1024LL * 1024 * 1024; ///< what the read layers hold, estimated

    LoadBudget();

    Clock::time_point deadline() const { return m_deadline; }
    /// The deadline of one repair: repairTime from now, or the file's deadline if sooner.
    Clock::time_point repairDeadline() const;
    bool timeIsUp() const { return Clock::now() >= m_deadline; }

    void charge(qint64 bytes) { m_bytes += bytes; }
    qint64 chargedBytes() const { return m_bytes; }
    bool memoryIsUp() const { return m_bytes > maxMemoryBytes; }

    /// "FILE: gave up after 15 s (...)", naming the limit that was reached.
    static QString timeError(const QString &file);
    static QString memoryError(const QString &file);

private:
    Clock::time_point m_deadline;
    qint64 m_bytes = 0;
};

} // namespace sahel
