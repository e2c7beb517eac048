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

    static constexpr std::chrono::seconds maxTime{15};           ///< the whole read of one file
    static constexpr std::chrono::milliseconds repairTime{1000}; ///< repairing (GEOS) one feature
    static constexpr qint64 maxRepairVertices = 1'000'000;       ///< a feature with more is not repaired
    /// How much the process may grow while reading one file (its resident memory, or where the system does
    /// not say, an estimate of what the features hold).
    static constexpr qint64 maxMemoryBytes = 1024LL * 1024 * 1024;

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

    /// "FILE: gave up after 15 s (...)", naming the limit that was reached.
    static QString timeError(const QString &file);
    static QString memoryError(const QString &file);

private:
    Clock::time_point m_deadline;
    qint64 m_residentAtStart = -1;
    qint64 m_bytes = 0;
};

} // namespace sahel
