// The sahel-atlas executable: the window by default, a headless command line for exports and checks.
#include "AtlasController.h"
#include "CommandLine.h"
#include "FontLoader.h"
#include "LanguageSwitcher.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)

namespace {

int runGui(QGuiApplication &app, const sahel::CommandLine &commandLine)
{
    sahel::AtlasLoad load = sahel::AtlasLoader::load(commandLine.storyPath);
    if (!load.atlas) {
        QTextStream err(stderr);
        for (const QString &error : load.errors)
            err << error << Qt::endl;
        return sahel::CommandLine::InputOutputError;
    }
    load.atlas->scene.language = sahel::LanguageSwitcher::initialLanguage(commandLine.language);
    sahel::AtlasController controller(std::move(load.atlas));
    if (!commandLine.storyPath.isEmpty())
        controller.setStoryPath(commandLine.storyPath);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // The panel in the map's typeface: one voice for the whole window.
    QFont font(sahel::FontLoader::ensureLoaded());
    font.setPixelSize(13);
    QGuiApplication::setFont(font);
    QQmlApplicationEngine engine;
    const sahel::LanguageSwitcher languageSwitcher(&engine, &controller);
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(sahel::CommandLine::InputOutputError); }, Qt::QueuedConnection);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    engine.loadFromModule("SahelAtlas", "Main");
#else
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/SahelAtlas/qml/Main.qml")));
#endif
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (sahel::CommandLine::isHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("sahel-atlas"));
    QGuiApplication::setOrganizationName(QStringLiteral("SahelAtlas"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Sahel Atlas"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SAHEL_VERSION));

    const sahel::CommandLine commandLine = sahel::CommandLine::parse(QGuiApplication::arguments());
    QTextStream out(stdout);
    if (!commandLine.usageError.isEmpty()) {
        QTextStream(stderr) << "sahel-atlas: " << commandLine.usageError << "\n"
                            << "Try 'sahel-atlas --help'." << Qt::endl;
        return sahel::CommandLine::UsageError;
    }
    switch (commandLine.mode) {
    case sahel::CommandLine::Mode::Help:
        out << commandLine.helpText << Qt::flush;
        return sahel::CommandLine::Done;
    case sahel::CommandLine::Mode::Version:
        out << "sahel-atlas " << SAHEL_VERSION << Qt::endl;
        return sahel::CommandLine::Done;
    case sahel::CommandLine::Mode::Export:
    case sahel::CommandLine::Mode::CheckStory:
        return commandLine.runHeadless();
    case sahel::CommandLine::Mode::Gui:
        break;
    }
    return runGui(app, commandLine);
}
