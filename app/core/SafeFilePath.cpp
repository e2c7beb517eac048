#include "SafeFilePath.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sahel {

namespace {

// What GDAL (or Qt) would interpret instead of opening a plain file: refused before any look at the disk.
QString syntacticRefusal(const QString &path)
{
    if (path.startsWith(QLatin1String("/vsi")))
        return QStringLiteral("GDAL virtual file system paths are not allowed");
    if (path.contains(QLatin1String("://")))
        return QStringLiteral("URLs are not allowed; Sahel Atlas opens only local files");
    if (path.trimmed().startsWith(QLatin1Char('{')))
        return QStringLiteral("inline JSON is not a file name");
    static const QRegularExpression driverPrefix(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
    if (driverPrefix.match(path).hasMatch())
        return QStringLiteral("driver prefixes such as GPKG: are not allowed");
    return {};
}

QString fileRefusal(const QFileInfo &info, qint64 maxBytes)
{
    // exists() follows the link; canonicalFilePath() is not empty for a loop in Qt 6.4, so it cannot tell.
    if (info.isSymLink() && !info.exists())
        return QStringLiteral("broken symbolic link or symbolic link loop");
    if (!info.exists())
        return QStringLiteral("no such file");
    if (info.isDir())
        return QStringLiteral("is a directory, not a file");
    // FIFOs and devices could block a reader forever or never end.
    if (!info.isFile())
        return QStringLiteral("not a regular file (a device, FIFO or socket)");
    if (!info.isReadable())
        return QStringLiteral("permission denied: the file cannot be read");
    if (info.size() > maxBytes)
        return QStringLiteral("file too large: %1 bytes (at most %2 bytes)").arg(info.size()).arg(maxBytes);
    return {};
}

} // namespace

SafeFilePath SafeFilePath::check(const QString &path, qint64 maxBytes)
{
    if (path.isEmpty())
        return {{}, QStringLiteral("(empty path): no file given"), QStringLiteral("no file given")};
    QString why = syntacticRefusal(path);
    const QFileInfo info(path);
    if (why.isEmpty())
        why = fileRefusal(info, maxBytes);
    if (!why.isEmpty())
        return {{}, QStringLiteral("%1: %2").arg(path, why), why};
    return {info.canonicalFilePath(), {}, {}};
}

} // namespace sahel
