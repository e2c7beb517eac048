// The sahel-atlas executable: the window by default, a headless command line for exports and checks.
#include "AtlasController.h"
#include "CommandLine.h"
#include "HeadlessRunner.h"
#include "LanguageSwitcher.h"
#include "MainWindowLoader.h"
#include "MapDataPrefetcher.h"
#include "SessionSettings.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)
#ifdef SAHEL_HAVE_QTLOCATION
Q_IMPORT_QML_PLUGIN(SahelAtlasLocationPlugin)
#endif

namespace {

int runGui(QGuiApplication &app, const sahel::CommandLine &commandLine)
{
    QTextStream err(stderr);
    // Without --story, the story of the last run comes back (also after a crash or kill -9).
    const sahel::SessionSettings session;
    QString storyPath = commandLine.storyPath.isEmpty() ? session.lastStory() : commandLine.storyPath;
    sahel::AtlasLoad load = sahel::AtlasLoader::load(storyPath);
    if (!load.atlas && commandLine.storyPath.isEmpty() && !storyPath.isEmpty()) {
        err << "warning: the last story cannot be opened again; the default story is shown instead"
            << Qt::endl;
        for (const QString &error : load.errors)
            err << "warning: " << error << Qt::endl;
        storyPath.clear();
        load = sahel::AtlasLoader::load();
    }
    if (!load.atlas) {
        for (const QString &error : load.errors)
            err << error << Qt::endl;
        return sahel::CommandLine::InputOutputError;
    }
    load.atlas->scene.language = sahel::LanguageSwitcher::initialLanguage(commandLine.language, session,
                                                                          load.atlas->story.source.language);
    load.atlas->scene = load.atlas->scene.withNewRevision();
    sahel::AtlasController controller(std::move(load.atlas));
    controller.setStoryPath(storyPath);
    // --edit opens a file in the editor; else unsaved work a crash or a kill left behind comes back.
    if (!commandLine.editPath.isEmpty()) {
        QString error;
        const auto draft = controller.editor()->document().autosave().read();
        const bool sameFile = draft && draft->path == QFileInfo(commandLine.editPath).absoluteFilePath();
        if (!(sameFile && controller.editor()->recover()) &&
            !controller.editor()->startFile(commandLine.editPath, &error)) {
            err << error << Qt::endl;
            return sahel::CommandLine::InputOutputError;
        }
    } else {
        controller.editor()->recover();
    }
    sahel::MainWindowLoader::prepareApplication();
    QQmlApplicationEngine engine;
    const sahel::LanguageSwitcher languageSwitcher(&engine, &controller);
    if (!sahel::MainWindowLoader::load(engine, controller))
        return sahel::CommandLine::InputOutputError;
    const sahel::MapDataPrefetcher prefetcher(controller.view(), sahel::AtlasLoader::sharedDatabase());
    // Layers named on the command line, else the ones on the map at the end of the last session.
    if (commandLine.layerPaths.isEmpty())
        controller.restoreLayers();
    controller.addLayersInTurn(commandLine.layerPaths);
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
