#include "SafeFilePath.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sahel {

namespace {

QString refusal(const QString &path, const QString &why)
{
    return QStringLiteral("%1: %2").arg(path, why);
}

QString syntacticRefusal(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("(empty path): no file given");
    if (path.startsWith(QLatin1String("/vsi")))
        return refusal(path, QStringLiteral("GDAL virtual file system paths are not allowed"));
    if (path.contains(QLatin1String("://")))
        return refusal(path, QStringLiteral("URLs are not allowed; Sahel Atlas opens only local files"));
    if (path.trimmed().startsWith(QLatin1Char('{')))
        return refusal(path, QStringLiteral("inline JSON is not a file name"));
    static const QRegularExpression driverPrefix(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
    if (driverPrefix.match(path).hasMatch())
        return refusal(path, QStringLiteral("driver prefixes such as GPKG: are not allowed"));
    return {};
}

} // namespace

SafeFilePath SafeFilePath::check(const QString &path, qint64 maxBytes)
{
    if (QString why = syntacticRefusal(path); !why.isEmpty())
        return {{}, why};
    const QFileInfo info(path);
    if (info.isSymLink() && info.canonicalFilePath().isEmpty())
        return {{}, refusal(path, QStringLiteral("broken symbolic link or symbolic link loop"))};
    if (!info.exists())
        return {{}, refusal(path, QStringLiteral("no such file"))};
    if (info.isDir())
        return {{}, refusal(path, QStringLiteral("is a directory, not a file"))};
    if (!info.isFile())
        return {{}, refusal(path, QStringLiteral("is not a regular file (device, FIFO or socket)"))};
    if (!info.isReadable())
        return {{}, refusal(path, QStringLiteral("permission denied: the file cannot be read"))};
    if (info.size() > maxBytes)
        return {{}, refusal(path, QStringLiteral("file too large (%1 bytes; the limit is %2 bytes)")
                                      .arg(info.size())
                                      .arg(maxBytes))};
    return {info.canonicalFilePath(), {}};
}

} // namespace sahel
