#pragma once

#include <QString>

namespace sahel {

/// The outcome of checking a user-supplied path: the canonical path, or why it is refused.
struct SafeFilePath
{
    QString canonicalPath;
    QString error; ///< empty when the path may be opened

    bool ok() const { return error.isEmpty(); }

    /// Accepts only an existing, readable, local regular file no larger than maxBytes. Refuses
    /// GDAL virtual paths (/vsi...), URLs, driver prefixes (GPKG:...), JSON text ({...}),
    /// directories, devices, FIFOs and symlink loops: each with a message that names the path.
    static SafeFilePath check(const QString &path, qint64 maxBytes);
};

} // namespace sahel
