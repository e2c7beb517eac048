#include "SessionSettings.h"

#include <QSettings>

namespace sahel {

namespace {
const QString keyWindow = QStringLiteral("window/geometry");
const QString keyCentreX = QStringLiteral("view/centreX");
const QString keyCentreY = QStringLiteral("view/centreY");
const QString keyZoom = QStringLiteral("view/zoom");
const QString keyRecent = QStringLiteral("stories/recent");
const QString keyLanguage = QStringLiteral("ui/language");
} // namespace

QRect SessionSettings::windowGeometry()
{
    return QSettings().value(keyWindow).toRect();
}

void SessionSettings::setWindowGeometry(const QRect &geometry)
{
    QSettings().setValue(keyWindow, geometry);
}

std::optional<std::pair<QPointF, double>> SessionSettings::view()
{
    const QSettings settings;
    if (!settings.contains(keyZoom))
        return std::nullopt;
    return std::pair{QPointF(settings.value(keyCentreX).toDouble(), settings.value(keyCentreY).toDouble()),
                     settings.value(keyZoom).toDouble()};
}

void SessionSettings::setView(QPointF centre, double zoom)
{
    QSettings settings;
    settings.setValue(keyCentreX, centre.x());
    settings.setValue(keyCentreY, centre.y());
    settings.setValue(keyZoom, zoom);
    settings.sync();
}

QStringList SessionSettings::recentStories()
{
    return QSettings().value(keyRecent).toStringList();
}

void SessionSettings::addRecentStory(const QString &path)
{
    QStringList recent = recentStories();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(keyRecent, recent.mid(0, maxRecentStories));
}

void SessionSettings::removeRecentStory(const QString &path)
{
    QStringList recent = recentStories();
    recent.removeAll(path);
    QSettings().setValue(keyRecent, recent);
}

QString SessionSettings::language()
{
    return QSettings().value(keyLanguage).toString();
}

void SessionSettings::setLanguage(const QString &language)
{
    QSettings().setValue(keyLanguage, language);
}

} // namespace sahel
