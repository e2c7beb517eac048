#pragma once

#include "MapRegion.h"
#include "Story.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sahel {

/// Resolved story regions kept on disk between starts, so a second start with the same data and the same
/// region definitions does no GEOS work. A file that does not check out is ignored and rewritten.
class RegionCache
{
public:
    /// Bump when the resolver computes anything differently: older files then no longer match.
    static constexpr int resolverVersion = 2;

    /// An empty directory disables the cache.
    explicit RegionCache(QString directory);
    /// The user's cache folder (QStandardPaths::CacheLocation)/regions; SAHEL_ATLAS_REGION_CACHE overrides it
    /// ("off" disables it).
    static QString defaultDirectory();

    /// Names what a resolution depends on: the data's fingerprint, every field of every definition, the
    /// resolver's version.
    static QByteArray key(const QByteArray &dataFingerprint, const QList<RegionDefinition> &definitions);

    std::optional<QList<MapRegion>> read(const QByteArray &key) const;
    /// Best effort: a cache that cannot be written is no error.
    void write(const QByteArray &key, const QList<MapRegion> &regions) const;
    QString pathFor(const QByteArray &key) const;

private:
    QString m_directory;
};

} // namespace sahel
