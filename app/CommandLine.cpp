#include "CommandLine.h"

#include "Atlas.h"
#include "AtomicFile.h"
#include "GeoJsonExporter.h"
#include "MapRenderer.h"
#include "PngExporter.h"
#include "StoryReader.h"
#include "Viewport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace sahel {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 16 || size.height() < 16 || size.width() > PngExporter::maxSide ||
        size.height() > PngExporter::maxSide)
        return std::nullopt;
    return size;
}

std::optional<QRectF> parseBbox(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(values[i]))
            return std::nullopt;
    }
    const auto [west, south, east, north] = values;
    if (west >= east || south >= north || west < -180 || east > 180 || south < -85.06 || north > 85.06)
        return std::nullopt;
    return QRectF(QPointF(west, south), QPointF(east, north));
}

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--export" || arg.startsWith("--export=") || arg == "--check-story" ||
            arg.startsWith("--check-story=") || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sahel Atlas: the Alliance of Sahel States (Mali, Niger, Burkina Faso) and a news story on an offline map.\n"
        "Without options it opens the window. Exit codes: 0 done, 1 input or output error, 2 usage error."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version and exit."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QStringLiteral("Write the map to FILE without a window: .png or .geojson "
                                                         "(the story's regions in EPSG:4326)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Image size in pixels, up to 8192x8192 (default 1920x1080)."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("Named view: aes (default), tri-border or world."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption bboxOption(QStringLiteral("bbox"),
                                        QStringLiteral("Frame this longitude/latitude box exactly (grown to the "
                                                       "image's aspect ratio, centre kept)."),
                                        QStringLiteral("W,S,E,N"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of labels and story: fr or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption worldFileOption(QStringLiteral("world-file"),
                                             QStringLiteral("With a PNG export, also write FILE.pgw and FILE.prj "
                                                            "(EPSG:3857) so GIS tools place it exactly."));
    const QCommandLineOption storyOption(QStringLiteral("story"),
                                         QStringLiteral("Open this story file instead of the default story."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption checkStoryOption(QStringLiteral("check-story"),
                                              QStringLiteral("Validate a story file: exit 0 with a summary, or 1 "
                                                             "with every error."),
                                              QStringLiteral("FILE"));
    parser.addOptions({helpOption, versionOption, exportOption, sizeOption, viewOption, bboxOption, langOption,
                       worldFileOption, storyOption, checkStoryOption});
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.usageError = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.usageError =
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.mode = Mode::Version;
        return result;
    }
    if (parser.isSet(langOption)) {
        result.language = parser.value(langOption);
        if (result.language != QLatin1String("fr") && result.language != QLatin1String("en")) {
            result.usageError = QStringLiteral("--lang must be fr or en, not \"%1\"").arg(result.language);
            return result;
        }
    }
    result.storyPath = parser.value(storyOption);
    if (parser.isSet(checkStoryOption)) {
        result.mode = Mode::CheckStory;
        result.storyPath = parser.value(checkStoryOption);
        return result;
    }
    if (parser.isSet(sizeOption)) {
        const auto size = parseSize(parser.value(sizeOption));
        if (!size) {
            result.usageError = QStringLiteral("--size must be WxH between 16x16 and 8192x8192, not \"%1\"")
                                    .arg(parser.value(sizeOption));
            return result;
        }
        result.size = *size;
    }
    if (parser.isSet(viewOption)) {
        result.view = parser.value(viewOption);
        if (!QStringList{QStringLiteral("aes"), QStringLiteral("tri-border"), QStringLiteral("world")}.contains(
                result.view)) {
            result.usageError =
                QStringLiteral("--view must be aes, tri-border or world, not \"%1\"").arg(result.view);
            return result;
        }
    }
    if (parser.isSet(bboxOption)) {
        result.bbox = parseBbox(parser.value(bboxOption));
        if (!result.bbox) {
            result.usageError = QStringLiteral("--bbox must be W,S,E,N in degrees with W < E and S < N, not \"%1\"")
                                    .arg(parser.value(bboxOption));
            return result;
        }
        if (parser.isSet(viewOption)) {
            result.usageError = QStringLiteral("--bbox and --view cannot be used together");
            return result;
        }
    }
    result.worldFile = parser.isSet(worldFileOption);
    if (parser.isSet(exportOption)) {
        result.mode = Mode::Export;
        result.exportPath = parser.value(exportOption);
        const QString suffix = suffixOf(result.exportPath);
        if (suffix != QLatin1String("png") && suffix != QLatin1String("geojson")) {
            result.usageError = QStringLiteral("--export writes .png or .geojson files, not \"%1\"")
                                    .arg(result.exportPath);
            return result;
        }
        if (result.worldFile && suffix != QLatin1String("png")) {
            result.usageError = QStringLiteral("--world-file goes with a PNG export");
            return result;
        }
    }
    return result;
}

int CommandLine::runHeadless() const
{
    if (mode == Mode::CheckStory) {
        const StoryReadResult read = StoryReader::readFile(storyPath);
        if (!read.ok()) {
            for (const StoryError &error : read.errors)
                err() << error.toString() << Qt::endl;
            return InputOutputError;
        }
        const AtlasLoad load = AtlasLoader::fromStory(*read.story);
        for (const QString &warning : load.warnings)
            err() << storyPath << ": " << warning << Qt::endl;
        if (!load.atlas || !load.warnings.isEmpty())
            return InputOutputError;
        const Story &story = load.atlas->story;
        out() << storyPath << ": valid story \"" << story.title.text(story.source.language) << "\", "
              << story.facts.size() << " facts, " << story.regions.size() << " regions" << Qt::endl;
        return Done;
    }

    AtlasLoad load = AtlasLoader::load(storyPath);
    if (!load.atlas) {
        for (const QString &error : load.errors)
            err() << error << Qt::endl;
        return InputOutputError;
    }
    for (const QString &warning : load.warnings)
        err() << "warning: " << warning << Qt::endl;
    Atlas &atlas = *load.atlas;
    if (!language.isEmpty())
        atlas.scene.language = language;

    QString error;
    if (suffixOf(exportPath) == QLatin1String("geojson")) {
        error = AtomicFile::write(exportPath, GeoJsonExporter::toGeoJson(atlas.scene, &atlas.story));
    } else {
        Viewport viewport({}, 4, QSizeF(size), 1.0);
        if (bbox)
            viewport.fitLonLatBox(bbox->left(), bbox->top(), bbox->right(), bbox->bottom());
        else
            viewport.fitBounds(*atlas.namedView(view), 16.0, Viewport::maxZoom);
        const MapRenderer renderer;
        const QImage image = PngExporter::renderImage(renderer, viewport, atlas.scene);
        error = PngExporter::write(exportPath, image, viewport, 96.0, worldFile);
    }
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return InputOutputError;
    }
    return Done;
}

} // namespace sahel
