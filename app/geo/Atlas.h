#pragma once

#include "GeoDatabase.h"
#include "MapScene.h"
#include "Story.h"

#include <QRectF>
#include <QSet>
#include <QStringList>

#include <memory>

namespace sahel {

/// A story resolved on the base map: what the window and the command line both show. Shared as
/// std::shared_ptr<const Atlas> and never changed once shared: a change (language, layers) is a copy
/// whose scene has a new revision (withScene).
struct Atlas
{
    std::shared_ptr<const GeoDatabase> database;
    Story story;
    MapScene scene;                ///< scene.geo points into database
    QSet<QString> linkedRegionIds; ///< regions some fact names: the only ones a click or hover picks

    /// A copy showing this scene, under a new revision.
    std::shared_ptr<const Atlas> withScene(const MapScene &changed) const;

    /// Named views in projected metres: "aes" (the story's home), "tri-border" (its zone), "world".
    std::optional<QRectF> namedView(const QString &name) const;
    QRectF homeBounds() const;
};

struct AtlasLoad
{
    std::unique_ptr<Atlas> atlas;
    QStringList errors; ///< each names the file and what is wrong
    QStringList warnings;
};

/// Builds an Atlas from the embedded base map and a story file (or the embedded default story).
class AtlasLoader
{
public:
    static constexpr auto defaultStoryResource = ":/stories/aes-2025-04-03.story.json";

    /// The embedded base map, loaded once per process and shared (it is read-only).
    static std::shared_ptr<const GeoDatabase> sharedDatabase(QString *error = nullptr);
    /// An empty storyPath loads the default story.
    static AtlasLoad load(const QString &storyPath = {});
    /// Resolves an already read story on the shared base map.
    static AtlasLoad fromStory(Story story);
};

} // namespace sahel
