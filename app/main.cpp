// The sahel-atlas executable: the window by default, a headless command line for exports and checks.
#include "AtlasController.h"
#include "CommandLine.h"
#include "HeadlessRunner.h"
#include "LanguageSwitcher.h"
#include "MainWindowLoader.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
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
    sahel::MainWindowLoader::prepareApplication();
    QQmlApplicationEngine engine;
    const sahel::LanguageSwitcher languageSwitcher(&engine, &controller);
    if (!sahel::MainWindowLoader::load(engine, controller))
        return sahel::CommandLine::InputOutputError;
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Parsed before any QGuiApplication exists: a usage error or a headless run never needs a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const sahel::CommandLine commandLine = sahel::CommandLine::parse(arguments);
    if (!commandLine.usageError.isEmpty()) {
        QTextStream(stderr) << "sahel-atlas: " << commandLine.usageError << "\n"
                            << "Try 'sahel-atlas --help'." << Qt::endl;
        return sahel::CommandLine::UsageError;
    }
    if (commandLine.mode != sahel::CommandLine::Mode::Gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("sahel-atlas"));
    QGuiApplication::setOrganizationName(QStringLiteral("SahelAtlas"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Sahel Atlas"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SAHEL_VERSION));

    QTextStream out(stdout);
    switch (commandLine.mode) {
    case sahel::CommandLine::Mode::Help:
        out << commandLine.helpText << Qt::flush;
        return sahel::CommandLine::Done;
    case sahel::CommandLine::Mode::Version:
        out << "sahel-atlas " << SAHEL_VERSION << Qt::endl;
        return sahel::CommandLine::Done;
    case sahel::CommandLine::Mode::Gui:
        break;
    default:
        return sahel::HeadlessRunner::run(commandLine);
    }
    return runGui(app, commandLine);
}
