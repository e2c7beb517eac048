#include "HeadlessRunner.h"

#include "PlaceQueryRunner.h"

#include "AtlasController.h"
#include "LanguageChoice.h"
#include "LanguageSwitcher.h"
#include "MainWindowLoader.h"
#include "MapExporter.h"
#include "PngExporter.h"
#include "StoryReader.h"
#include "Translations.h"
#include "VectorLayerReader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QTranslator>

namespace sahel {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// Loads the story; prints why it cannot and returns null.
std::unique_ptr<Atlas> loadAtlas(const CommandLine &commandLine)
{
    // The user's layers first: a bad file is answered at once, not after the base map has loaded.
    QList<std::shared_ptr<const UserLayerData>> userLayers;
    for (const QString &path : commandLine.layerPaths) {
        const VectorLayerLoad layers = VectorLayerReader::read(path);
        for (const QString &warning : layers.warnings)
            err() << "warning: " << warning << Qt::endl;
        if (!layers.ok()) {
            err() << layers.error << Qt::endl;
            return nullptr;
        }
        userLayers += layers.layers;
    }
    AtlasLoad load = AtlasLoader::load(commandLine.storyPath);
    if (!load.atlas) {
        for (const QString &error : load.errors)
            err() << error << Qt::endl;
        return nullptr;
    }
    for (const QString &warning : load.warnings)
        err() << "warning: " << warning << Qt::endl;
    // Not the window's saved choice nor the system's: a file made here must be the same elsewhere.
    load.atlas->scene.language =
        LanguageChoice::forDocuments(commandLine.language, load.atlas->story.source.language);
    for (const auto &data : userLayers) {
        const qsizetype number = load.atlas->scene.userLayers.size();
        load.atlas->scene.userLayers.append({data, UserLayerStyle::defaultFor(number, data->dominantKind)});
    }
    load.atlas->scene = load.atlas->scene.withNewRevision();
    return std::move(load.atlas);
}

bool checkFact(const Atlas &atlas, const QString &factId)
{
    if (factId.isEmpty() || atlas.story.fact(factId))
        return true;
    QStringList known;
    for (const Fact &fact : atlas.story.facts)
        known.append(fact.id);
    err() << "no fact \"" << factId << "\" in the story; its facts are: " << known.join(u", ") << Qt::endl;
    return false;
}

} // namespace

int HeadlessRunner::run(const CommandLine &commandLine)
{
    if (commandLine.mode == CommandLine::Mode::CheckStory)
        return checkStory(commandLine);
    if (commandLine.mode == CommandLine::Mode::ListRegions ||
        commandLine.mode == CommandLine::Mode::FindPlace)
        return PlaceQueryRunner::run(commandLine);
    if (commandLine.mode == CommandLine::Mode::Screenshot)
        return screenshot(commandLine);
    const std::unique_ptr<Atlas> atlas = loadAtlas(commandLine);
    if (!atlas || !checkFact(*atlas, commandLine.request.factId))
        return CommandLine::InputOutputError;
    // The window's translator for the chosen language, for what the command line prints; the map's own
    // words follow the scene's language through MapTexts, whatever is installed here.
    QTranslator translator;
    if (Translations::load(translator, atlas->scene.language))
        QCoreApplication::installTranslator(&translator);
    const QString error = MapExporter::run(*atlas, commandLine.request);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return CommandLine::InputOutputError;
    }
    return CommandLine::Done;
}

int HeadlessRunner::checkStory(const CommandLine &commandLine)
{
    const QString &path = commandLine.storyPath;
    const StoryReadResult read = StoryReader::readFile(path);
    if (!read.ok()) {
        for (const StoryError &error : read.errors)
            err() << error.toString() << Qt::endl;
        return CommandLine::InputOutputError;
    }
    const AtlasLoad load = AtlasLoader::fromStory(*read.story);
    for (const QString &error : load.errors)
        err() << path << ": " << error << Qt::endl;
    for (const QString &error : load.warnings)
        err() << error << Qt::endl; // file:line:column: path: message, as the reader's

    if (!load.atlas || !load.warnings.isEmpty())
        return CommandLine::InputOutputError;
    const Story &story = load.atlas->story;
    QTextStream(stdout) << path << ": valid story \"" << story.title.text(story.source.language) << "\", "
                        << story.facts.size() << " facts, " << story.regions.size() << " regions" << Qt::endl;
    return CommandLine::Done;
}

int HeadlessRunner::screenshot(const CommandLine &commandLine)
{
    const bool editing = !commandLine.editPath.isEmpty();
    std::unique_ptr<Atlas> atlas = loadAtlas(commandLine);
    if (!atlas || (!editing && !checkFact(*atlas, commandLine.request.factId)))
        return CommandLine::InputOutputError;
    // The software scene graph renders and grabs without a GPU or a display.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    MainWindowLoader::prepareApplication();
    AtlasController controller(std::move(atlas), false);
    QQmlApplicationEngine engine;
    const LanguageSwitcher languageSwitcher(&engine, &controller);
    QQuickWindow *window = MainWindowLoader::load(engine, controller);
    if (!window) {
        err() << "the window could not be created" << Qt::endl;
        return CommandLine::InputOutputError;
    }
    const QSize size = commandLine.request.size;
    window->setGeometry(0, 0, size.width(), size.height());
    window->show();
    // The layout first, so fly-tos frame their places in the final canvas.
    QCoreApplication::processEvents();
    if (editing) {
        QString error;
        if (!controller.editor()->startFile(commandLine.editPath, &error)) {
            err() << error << Qt::endl;
            return CommandLine::InputOutputError;
        }
        if (!commandLine.request.factId.isEmpty()) {
            if (!controller.editor()->story().fact(commandLine.request.factId)) {
                err() << commandLine.editPath << ": no fact \"" << commandLine.request.factId << "\""
                      << Qt::endl;
                return CommandLine::InputOutputError;
            }
            controller.editor()->setCurrentFactId(commandLine.request.factId);
        }
    } else if (commandLine.present) {
        controller.presentation()->setFullScreen(false);
        controller.presentation()->start(commandLine.request.factId);
    } else if (!commandLine.request.factId.isEmpty()) {
        controller.selectFact(commandLine.request.factId);
    }
    // A screenshot shows no hover: the offscreen cursor never entered the window.
    controller.view().setHoverSuspended(true);
    // Let the layout settle and any fly-to finish, as a person would before pressing the key.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300 || (controller.view().isAnimating() && timer.elapsed() < 5000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const QImage image = window->grabWindow();
    if (image.isNull()) {
        err() << commandLine.request.path << ": the window could not be grabbed" << Qt::endl;
        return CommandLine::InputOutputError;
    }
    const QString error =
        PngExporter::write(commandLine.request.path, image, Viewport(), commandLine.request.dpi);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return CommandLine::InputOutputError;
    }
    return CommandLine::Done;
}

} // namespace sahel
