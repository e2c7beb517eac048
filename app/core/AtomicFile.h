#pragma once

#include <QByteArray>
#include <QString>

namespace sahel {

/// Writes whole files atomically (QSaveFile): a failed write never leaves a truncated file
/// and never touches an existing file of the same name.
namespace AtomicFile {

/// Returns an empty string on success, else a message naming the file and what went wrong.
QString write(const QString &path, const QByteArray &contents);

} // namespace AtomicFile
} // namespace sahel
