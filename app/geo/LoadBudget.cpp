#include "LoadBudget.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace sahel {

namespace {

/// The process's resident memory from /proc (Linux), or -1.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.read(128).split(' ');
    bool ok = false;
    const qint64 pages = fields.size() > 1 ? fields[1].toLongLong(&ok) : -1;
    return ok ? pages * ::sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

LoadBudget::LoadBudget()
    : m_deadline(Clock::now() + maxTime)
    , m_residentAtStart(residentBytes())
{}

qint64 LoadBudget::grownBytes() const
{
    // Resident memory sees everything the read costs, GDAL's and GEOS's included; the window's own drawing
    // at the same time is small beside a budget of gigabytes.
    const qint64 now = m_residentAtStart >= 0 ? residentBytes() : -1;
    return now >= 0 ? now - m_residentAtStart : m_bytes;
}

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
    return QStringLiteral("%1: gave up: reading it took more than %2 MB of memory, the limit for one file")
        .arg(file)
        .arg(maxMemoryBytes / (1024 * 1024));
}

} // namespace sahel
