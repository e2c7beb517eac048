#pragma once

#include <QPointF>
#include <QRect>
#include <QStringList>

#include <optional>

namespace sahel {

/// What the app remembers between runs (QSettings writes atomically): window, view, recent stories, language.
class SessionSettings
{
public:
    static constexpr int maxRecentStories = 8;

    static QRect windowGeometry();
    static void setWindowGeometry(const QRect &geometry);
    static std::optional<std::pair<QPointF, double>> view();
    static void setView(QPointF centre, double zoom);
    static QStringList recentStories();
    /// Moves the path to the front of the list.
    static void addRecentStory(const QString &path);
    static void removeRecentStory(const QString &path);
    static QString language();
    static void setLanguage(const QString &language);
};

} // namespace sahel
