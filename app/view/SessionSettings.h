#pragma once

#include <QPointF>
#include <QRect>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace sahel {

/// The one place that reads and writes what the app remembers between runs (QSettings writes
/// atomically, through QSaveFile): window, view, the open story, recent stories, language, layers and
/// the export and basemap choices. A session that is not persistent (screenshots, tests) reads
/// nothing and writes nothing. Written as things change, so a crash or kill -9 loses little.
class SessionSettings
{
public:
    static constexpr int maxRecentStories = 8;

    explicit SessionSettings(bool persistent = true)
        : m_persistent(persistent)
    {}

    bool isPersistent() const { return m_persistent; }

    QRect windowGeometry() const;
    void setWindowGeometry(const QRect &geometry) const;
    /// The view last seen on that story (empty path: the default story); none for another story.
    std::optional<std::pair<QPointF, double>> view(const QString &storyPath) const;
    void setView(QPointF centre, double zoom, const QString &storyPath) const;
    /// The story open when the app last ran (empty: the default story), reopened at the next start.
    QString lastStory() const;
    void setLastStory(const QString &path) const;
    QStringList recentStories() const;
    /// Moves the path to the front of the list.
    void addRecentStory(const QString &path) const;
    void removeRecentStory(const QString &path) const;
    /// The files of the layers on the map, bottom to top, to add them again at the next start.
    QStringList layerPaths() const;
    void setLayerPaths(const QStringList &paths) const;
    QString language() const;
    void setLanguage(const QString &language) const;
    /// A group of choices a controller keeps (export dialog, basemap), key by key.
    QVariantMap group(const QString &name) const;
    void setGroup(const QString &name, const QVariantMap &values) const;

private:
    bool m_persistent;
};

} // namespace sahel
