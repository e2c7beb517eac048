#pragma once

#include <QString>

#include <chrono>

namespace sahel {

/// The time and memory one input file may take to read, whatever it holds (README, "Bad input"): the
/// reader asks, between steps, whether the file is still within its budget. The largest file the caps allow
/// (2 M points in a CSV) takes 14 s and 1 GB on the 2-core machine of BENCHMARKS.md: the budget leaves
/// four times the time for slower or busier machines, twice the memory.
class LoadBudget
{
public:
    using Clock = std::chrono::steady_clock;

    static constexpr std::chrono::seconds maxTime{60};           ///< the whole read of one file
    static constexpr std::chrono::milliseconds repairTime{1000}; ///< repairing (GEOS) one feature
    static constexpr qint64 maxRepairVertices = 1'000'000;       ///< a feature with more is not repaired
    /// How much the process may grow while reading one file (its resident memory, or where the system does
    /// not say, an estimate of what the features hold).
    static constexpr qint64 maxMemoryBytes = 2048LL * 1024 * 1024;

    LoadBudget();

    Clock::time_point deadline() const { return m_deadline; }
    /// The deadline of one repair: repairTime from now, or the file's deadline if sooner.
    Clock::time_point repairDeadline() const;
    bool timeIsUp() const { return Clock::now() >= m_deadline; }

    /// Counts what a feature will hold, for systems without a resident-memory figure.
    void charge(qint64 bytes) { m_bytes += bytes; }
    /// How much the process has grown since the read began (resident memory where the system says it).
    qint64 grownBytes() const;
    bool memoryIsUp() const { return grownBytes() > maxMemoryBytes; }

    /// "FILE: gave up after 60 s (...)", naming the limit that was reached.
    static QString timeError(const QString &file);
    static QString memoryError(const QString &file);

private:
    Clock::time_point m_deadline;
    qint64 m_residentAtStart = -1;
    qint64 m_bytes = 0;
};

} // namespace sahel
