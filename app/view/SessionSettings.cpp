#include "SessionSettings.h"

#include <QSettings>

namespace sahel {

namespace {
const QString keyWindow = QStringLiteral("window/geometry");
const QString keyCentreX = QStringLiteral("view/centreX");
const QString keyCentreY = QStringLiteral("view/centreY");
const QString keyZoom = QStringLiteral("view/zoom");
const QString keyViewStory = QStringLiteral("view/story");
const QString keyLastStory = QStringLiteral("stories/last");
const QString keyRecent = QStringLiteral("stories/recent");
const QString keyLanguage = QStringLiteral("ui/language");
const QString keyLayers = QStringLiteral("layers/paths");
} // namespace

QRect SessionSettings::windowGeometry() const
{
    if (!m_persistent)
        return {};
    return QSettings().value(keyWindow).toRect();
}

void SessionSettings::setWindowGeometry(const QRect &geometry) const
{
    if (!m_persistent)
        return;
    QSettings().setValue(keyWindow, geometry);
}

std::optional<std::pair<QPointF, double>> SessionSettings::view(const QString &storyPath) const
{
    if (!m_persistent)
        return std::nullopt;
    const QSettings settings;
    // A view belongs to the story it was seen on: another story starts at its own home view.
    if (!settings.contains(keyZoom) || settings.value(keyViewStory).toString() != storyPath)
        return std::nullopt;
    return std::pair{QPointF(settings.value(keyCentreX).toDouble(), settings.value(keyCentreY).toDouble()),
                     settings.value(keyZoom).toDouble()};
}

void SessionSettings::setView(QPointF centre, double zoom, const QString &storyPath) const
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.setValue(keyCentreX, centre.x());
    settings.setValue(keyCentreY, centre.y());
    settings.setValue(keyZoom, zoom);
    settings.setValue(keyViewStory, storyPath);
    settings.sync();
}

QString SessionSettings::lastStory() const
{
    if (!m_persistent)
        return {};
    return QSettings().value(keyLastStory).toString();
}

void SessionSettings::setLastStory(const QString &path) const
{
    if (!m_persistent)
        return;
    QSettings settings;
    // Every start sets it: rewrite the file only when it changes.
    if (settings.contains(keyLastStory) && settings.value(keyLastStory).toString() == path)
        return;
    settings.setValue(keyLastStory, path);
    settings.sync();
}

QStringList SessionSettings::recentStories() const
{
    if (!m_persistent)
        return {};
    return QSettings().value(keyRecent).toStringList();
}

void SessionSettings::addRecentStory(const QString &path) const
{
    if (!m_persistent)
        return;
    QStringList recent = recentStories();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(keyRecent, recent.mid(0, maxRecentStories));
}

void SessionSettings::removeRecentStory(const QString &path) const
{
    if (!m_persistent)
        return;
    QStringList recent = recentStories();
    recent.removeAll(path);
    QSettings().setValue(keyRecent, recent);
}

QStringList SessionSettings::layerPaths() const
{
    if (!m_persistent)
        return {};
    return QSettings().value(keyLayers).toStringList();
}

void SessionSettings::setLayerPaths(const QStringList &paths) const
{
    if (!m_persistent)
        return;
    QSettings().setValue(keyLayers, paths);
}

QString SessionSettings::language() const
{
    if (!m_persistent)
        return {};
    return QSettings().value(keyLanguage).toString();
}

void SessionSettings::setLanguage(const QString &language) const
{
    if (!m_persistent)
        return;
    QSettings().setValue(keyLanguage, language);
}

QVariantMap SessionSettings::group(const QString &name) const
{
    QVariantMap values;
    if (!m_persistent)
        return values;
    QSettings settings;
    settings.beginGroup(name);
    for (const QString &key : settings.childKeys())
        values.insert(key, settings.value(key));
    return values;
}

void SessionSettings::setGroup(const QString &name, const QVariantMap &values) const
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.beginGroup(name);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

} // namespace sahel
