#include "LoadBudget.h"

namespace sahel {

LoadBudget::LoadBudget()
    : m_deadline(Clock::now() + maxTime)
{}

LoadBudget::Clock::time_point LoadBudget::repairDeadline() const
{
    return std::min(m_deadline, Clock::now() + repairTime);
}

QString LoadBudget::timeError(const QString &file)
{
    return QStringLiteral("%1: gave up after %2 s, the time limit for reading one file (it holds too much or "
                          "too complex data)")
        .arg(file)
        .arg(maxTime.count());
}

QString LoadBudget::memoryError(const QString &file)
{
    return QStringLiteral("%1: gave up: its features would take more than %2 MB of memory, the limit for one "
                          "file")
        .arg(file)
        .arg(maxMemoryBytes / (1024 * 1024));
}

} // namespace sahel
