#pragma once

#include "GeoDatabase.h"

#include <QHash>

#include <functional>
#include <mutex>

class OGRGeometry;

namespace sahel {

/// Shared and never changed once read; the deleter is OGR's, so holders need not see the OGR type.
using GeometriesByCode = QHash<QString, std::shared_ptr<const OGRGeometry>>;

struct GeoDatabase::Private
{
    GeoData data;
    /// What the data was read from (a hash of its bytes), for caches of what is computed from it.
    QByteArray fingerprint;

    /// Longitude/latitude geometries by ISO code (countries and admin-1 units), for region resolution only:
    /// read with the data from a file, on first use for the embedded snapshot (a start whose regions come
    /// from the cache never reads them).
    const GeometriesByCode &geometries() const
    {
        std::call_once(m_geometriesRead, [this] {
            if (m_readGeometries)
                m_geometries = m_readGeometries();
        });
        return m_geometries;
    }
    void setGeometries(GeometriesByCode geometries) { m_geometries = std::move(geometries); }
    void readGeometriesOnFirstUse(std::function<GeometriesByCode()> read)
    {
        m_readGeometries = std::move(read);
    }

private:
    mutable std::once_flag m_geometriesRead;
    mutable GeometriesByCode m_geometries;
    std::function<GeometriesByCode()> m_readGeometries;
};

} // namespace sahel
