#pragma once

#include <QString>

namespace sahel {

/// The outcome of checking a user-supplied path: the canonical path, or why it is refused.
struct SafeFilePath
{
    QString canonicalPath;
    QString error;  ///< "path: reason"; empty when the path may be opened
    QString reason; ///< the same without the path, for messages that name the file elsewhere

    bool ok() const { return error.isEmpty(); }

    /// Accepts only an existing, readable, local regular file no larger than maxBytes. Refuses
    /// GDAL virtual paths (/vsi...), URLs, driver prefixes (GPKG:...), JSON text ({...}),
    /// directories, devices, FIFOs and symlink loops: each with a message that names the path.
    /// Core (not geo) holds it because story files go through the same gate as geodata.
    static SafeFilePath check(const QString &path, qint64 maxBytes);
};

} // namespace sahel
