#pragma once

#include <QPointF>
#include <QRect>
#include <QStringList>

#include <optional>

namespace sahel {

/// What the app remembers between runs (QSettings writes atomically, through QSaveFile): window, view,
/// the open story, recent stories, language. Written as things change, so a crash or kill -9 loses little.
class SessionSettings
{
public:
    static constexpr int maxRecentStories = 8;

    static QRect windowGeometry();
    static void setWindowGeometry(const QRect &geometry);
    /// The view last seen on that story (empty path: the default story); none for another story.
    static std::optional<std::pair<QPointF, double>> view(const QString &storyPath);
    static void setView(QPointF centre, double zoom, const QString &storyPath);
    /// The story open when the app last ran (empty: the default story), reopened at the next start.
    static QString lastStory();
    static void setLastStory(const QString &path);
    static QStringList recentStories();
    /// Moves the path to the front of the list.
    static void addRecentStory(const QString &path);
    static void removeRecentStory(const QString &path);
    /// The files of the layers on the map, bottom to top, to add them again at the next start.
    static QStringList layerPaths();
    static void setLayerPaths(const QStringList &paths);
    static QString language();
    static void setLanguage(const QString &language);
};

} // namespace sahel
