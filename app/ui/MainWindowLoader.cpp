#include "MainWindowLoader.h"

#include "AtlasController.h"
#include "FontLoader.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace sahel::MainWindowLoader {

void prepareApplication()
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // Wayland and the task bar find the menu entry's icon and name through the desktop file name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.sahelatlas.SahelAtlas"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/256x256/org.sahelatlas.SahelAtlas.png")));
    // The panel in the map's typeface: one voice for the whole window.
    QFont font(FontLoader::ensureLoaded());
    font.setPixelSize(13);
    QGuiApplication::setFont(font);
}

QQuickWindow *load(QQmlApplicationEngine &engine, AtlasController &controller)
{
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/SahelAtlas/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

} // namespace sahel::MainWindowLoader
