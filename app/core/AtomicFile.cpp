#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sahel::AtomicFile {

QString write(const QString &path, const QByteArray &contents)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return QStringLiteral("%1: the folder %2 does not exist").arg(path, info.absolutePath());
    if (info.isDir())
        return QStringLiteral("%1: is a directory").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString());
    if (file.write(contents) != contents.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QStringLiteral("%1: write failed (%2)").arg(path, why);
    }
    if (!file.commit())
        return QStringLiteral("%1: cannot save (%2)").arg(path, file.errorString());
    return {};
}

} // namespace sahel::AtomicFile
