#include "Atlas.h"

#include "Geometry.h"
#include "RegionCache.h"
#include "RegionResolver.h"
#include "StoryReader.h"
#include "WebMercator.h"

#include <QFile>

#include <mutex>

namespace sahel {

std::optional<QRectF> Atlas::namedView(const QString &name) const
{
    if (name == QLatin1String("aes"))
        return homeBounds();
    if (name == QLatin1String("world"))
        return WebMercator::projectBounds(-180, -58, 180, 78);
    if (name == QLatin1String("tri-border")) {
        for (const MapRegion &region : scene.regions)
            if (region.style == RegionStyle::Zone && !region.isPoint)
                return region.bounds();
    }
    return std::nullopt;
}

std::shared_ptr<const Atlas> Atlas::withScene(const MapScene &changed) const
{
    auto next = std::make_shared<Atlas>(*this);
    next->scene = changed.withNewRevision();
    return next;
}

QRectF Atlas::homeBounds() const
{
    if (story.homeBounds) {
        const QRectF &b = *story.homeBounds;
        return WebMercator::projectBounds(b.left(), b.top(), b.right(), b.bottom());
    }
    QRectF focus;
    for (const QString &code : story.focusCountries)
        if (const AdminUnit *country = scene.geo ? scene.geo->country(code) : nullptr)
            focus = focus.united(Geometry::mainBounds(country->shape.full()));
    return focus.isEmpty() ? WebMercator::projectBounds(-20, 0, 30, 30) : focus;
}

std::shared_ptr<const GeoDatabase> AtlasLoader::sharedDatabase(QString *error)
{
    static std::mutex mutex;
    // Never destroyed: the process's map data lives until the process ends, and freeing its million
    // vertices one list at a time at exit took a headless export some 10 ms (6 % of it) for nothing. It
    // stays reachable from here, so leak checkers do not count it.
    static auto *const database = new std::shared_ptr<const GeoDatabase>();
    static QString loadError;
    const std::lock_guard lock(mutex);
    if (!*database && loadError.isEmpty()) {
        GeoDatabaseLoad load = GeoDatabase::openEmbedded();
        *database = std::move(load.database);
        loadError = load.error;
    }
    if (error)
        *error = loadError;
    return *database;
}

AtlasLoad AtlasLoader::fromStory(Story story)
{
    AtlasLoad result;
    QString error;
    auto database = sharedDatabase(&error);
    if (!database) {
        result.errors.append(error);
        return result;
    }
    auto atlas = std::make_unique<Atlas>();
    atlas->database = database;
    // A second start with the same data and regions reads them back instead of redoing the GEOS work;
    // only complete resolutions are kept, so a story with errors reports them every time.
    const RegionCache cache(RegionCache::defaultDirectory());
    const QByteArray cacheKey = RegionCache::key(database->fingerprint(), story.regions);
    RegionResolution resolution;
    if (std::optional<QList<MapRegion>> cached = cache.read(cacheKey)) {
        resolution.regions = std::move(*cached);
    } else {
        resolution = RegionResolver(*database).resolve(story.regions);
        if (resolution.errors.isEmpty())
            cache.write(cacheKey, resolution.regions);
    }
    result.warnings = resolution.errors;
    atlas->scene.geo = &database->data();
    atlas->scene.regions = resolution.regions;
    atlas->scene.focusCountries = story.focusCountries;
    atlas->scene = atlas->scene.withNewRevision();
    for (const Fact &fact : story.facts)
        for (const QString &regionId : fact.regionIds)
            atlas->linkedRegionIds.insert(regionId);
    atlas->story = std::move(story);
    result.atlas = std::move(atlas);
    return result;
}

AtlasLoad AtlasLoader::load(const QString &storyPath)
{
    StoryReadResult read;
    if (storyPath.isEmpty()) {
        QFile file(QString::fromLatin1(defaultStoryResource));
        if (!file.open(QIODevice::ReadOnly))
            return {nullptr,
                    {QStringLiteral("%1: the default story is missing from this build")
                         .arg(QLatin1String(defaultStoryResource))},
                    {}};
        read = StoryReader::read(file.readAll(), QString::fromLatin1(defaultStoryResource));
    } else {
        read = StoryReader::readFile(storyPath);
    }
    if (!read.ok()) {
        AtlasLoad failed;
        for (const StoryError &e : read.errors)
            failed.errors.append(e.toString());
        return failed;
    }
    return fromStory(std::move(*read.story));
}

} // namespace sahel
