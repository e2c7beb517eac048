#pragma once

#include "LoadBudget.h"

#include <QString>

namespace sahel {

/// Screens a GeoPackage before GDAL opens it, so that reading it runs no SQL of the file's own: views (and
/// virtual tables other than R*Tree spatial indexes) are refused; plain tables can only be scanned.
class GeoPackageSqlCheck
{
public:
    /// Whether the file starts like an SQLite database (what GDAL's GPKG driver looks at, whatever the name).
    static bool isSqlite(const QString &path);
    /// Empty when the file may be opened, else "displayName: why". Its own reading of the schema is bounded
    /// by the deadline too; a file whose schema SQLite cannot read is refused.
    static QString check(const QString &path, const QString &displayName,
                         LoadBudget::Clock::time_point deadline);
};

} // namespace sahel
