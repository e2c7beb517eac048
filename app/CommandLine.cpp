#include "CommandLine.h"

#include "PngExporter.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cmath>

namespace sahel {

namespace {

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

struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QStringLiteral("Show the version and exit.")};
    QCommandLineOption exportFile{
        QStringLiteral("export"),
        QStringLiteral("Write the map to FILE without a window: .png, .svg, .pdf, or "
                       ".geojson (the story's regions in EPSG:4326)."),
        QStringLiteral("FILE")};
    QCommandLineOption handout{QStringLiteral("handout"),
                               QStringLiteral("Write a PDF handout: a title page, then one page per fact."),
                               QStringLiteral("FILE.pdf")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Render the whole window (panel included) offscreen to a PNG."),
        QStringLiteral("FILE.png")};
    QCommandLineOption size{QStringLiteral("size"),
                            QStringLiteral("Image size in pixels, up to 8192x8192 (default 1920x1080)."),
                            QStringLiteral("WxH")};
    QCommandLineOption dpi{
        QStringLiteral("dpi"),
        QStringLiteral("Resolution stored in a PNG; lines and text scale with it (default 96)."),
        QStringLiteral("N")};
    QCommandLineOption page{QStringLiteral("page"),
                            QStringLiteral("PDF page: a4 (default), letter or slide (16:9)."),
                            QStringLiteral("PAGE")};
    QCommandLineOption orientation{QStringLiteral("orientation"),
                                   QStringLiteral("PDF orientation: landscape (default for maps) or portrait "
                                                  "(default for handouts)."),
                                   QStringLiteral("O")};
    QCommandLineOption fact{QStringLiteral("fact"),
                            QStringLiteral("Frame the map on this fact's places and highlight them."),
                            QStringLiteral("ID")};
    QCommandLineOption view{QStringLiteral("view"),
                            QStringLiteral("Named view: aes (default), tri-border or world."),
                            QStringLiteral("NAME")};
    QCommandLineOption bbox{
        QStringLiteral("bbox"),
        QStringLiteral("Frame this longitude/latitude box exactly (grown to the image's aspect "
                       "ratio, centre kept)."),
        QStringLiteral("W,S,E,N")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("Language of labels and story: fr or en."),
                            QStringLiteral("LANG")};
    QCommandLineOption worldFile{
        QStringLiteral("world-file"),
        QStringLiteral("With a PNG export, also write FILE.pgw, FILE.prj and "
                       "FILE.png.aux.xml (EPSG:3857) so GIS tools place it exactly.")};
    QCommandLineOption story{QStringLiteral("story"),
                             QStringLiteral("Open this story file instead of the default story."),
                             QStringLiteral("FILE")};
    QCommandLineOption checkStory{
        QStringLiteral("check-story"),
        QStringLiteral("Validate a story file: exit 0 with a summary, or 1 with every error."),
        QStringLiteral("FILE")};
    QCommandLineOption listRegions{
        QStringLiteral("list-regions"),
        QStringLiteral("Print a country's admin-1 codes and towns (GeoNames ids) with "
                       "their French and English names, for writing a story."),
        QStringLiteral("ISO")};
    QCommandLineOption findPlace{
        QStringLiteral("find-place"),
        QStringLiteral("Search the map data's countries, admin-1 units and towns by name "
                       "(accents and case ignored)."),
        QStringLiteral("NAME")};
    QCommandLineOption layer{
        QStringLiteral("layer"),
        QStringLiteral("Add a vector layer (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf, or "
                       "CSV with lon/lat columns); repeat for more."),
        QStringLiteral("FILE")};
    QCommandLineOption present{
        QStringLiteral("present"),
        QStringLiteral("Start in presentation mode (with --screenshot: show its overlay).")};
    QCommandLineOption edit{
        QStringLiteral("edit"),
        QStringLiteral("Open a story file in the story editor (a new story when the file does not exist; "
                       "with --screenshot: show the editor)."),
        QStringLiteral("FILE")};
    QCommandLineOption noTitle{QStringLiteral("no-title"), QStringLiteral("Leave out the title block.")};
    QCommandLineOption noLegend{QStringLiteral("no-legend"), QStringLiteral("Leave out the legend.")};
    QCommandLineOption noScaleBar{QStringLiteral("no-scale-bar"), QStringLiteral("Leave out the scale bar.")};
    QCommandLineOption noNorthArrow{QStringLiteral("no-north-arrow"),
                                    QStringLiteral("Leave out the north arrow.")};
    QCommandLineOption noAttribution{QStringLiteral("no-attribution"),
                                     QStringLiteral("Leave out the attribution line (please credit the data "
                                                    "elsewhere).")};
    QCommandLineOption noInset{QStringLiteral("no-inset"), QStringLiteral("Leave out the locator inset.")};
    QCommandLineOption noFurniture{QStringLiteral("no-furniture"),
                                   QStringLiteral("The bare map: all of the above.")};

    QList<QCommandLineOption> all() const
    {
        return {help,    version,     exportFile,  handout,      screenshot,    size,    dpi,
                page,    orientation, fact,        view,         bbox,          lang,    worldFile,
                story,   checkStory,  listRegions, findPlace,    layer,         present, edit,
                noTitle, noLegend,    noScaleBar,  noNorthArrow, noAttribution, noInset, noFurniture};
    }
};

/// Reads the export options shared by --export, --handout and --screenshot; returns a usage error or empty.
QString readExportOptions(const QCommandLineParser &parser, const Options &o, ExportRequest &request)
{
    if (parser.isSet(o.size)) {
        const auto size = parseSize(parser.value(o.size));
        if (!size)
            return QStringLiteral("--size must be WxH between 16x16 and 8192x8192, not \"%1\"")
                .arg(parser.value(o.size));
        request.size = *size;
    }
    if (parser.isSet(o.dpi)) {
        bool ok = false;
        request.dpi = parser.value(o.dpi).toDouble(&ok);
        if (!ok || request.dpi < 36 || request.dpi > 1200)
            return QStringLiteral("--dpi must be a number from 36 to 1200, not \"%1\"")
                .arg(parser.value(o.dpi));
    }
    if (parser.isSet(o.page)) {
        const auto format = PageSetup::formatFromName(parser.value(o.page));
        if (!format)
            return QStringLiteral("--page must be a4, letter or slide, not \"%1\"").arg(parser.value(o.page));
        request.page.format = *format;
    }
    if (parser.isSet(o.orientation)) {
        const QString value = parser.value(o.orientation);
        if (value != QLatin1String("portrait") && value != QLatin1String("landscape"))
            return QStringLiteral("--orientation must be portrait or landscape, not \"%1\"").arg(value);
        request.page.orientation =
            value == QLatin1String("portrait") ? QPageLayout::Portrait : QPageLayout::Landscape;
    }
    if (parser.isSet(o.view)) {
        request.view = parser.value(o.view);
        if (!QStringList{QStringLiteral("aes"), QStringLiteral("tri-border"), QStringLiteral("world")}
                 .contains(request.view))
            return QStringLiteral("--view must be aes, tri-border or world, not \"%1\"").arg(request.view);
    }
    if (parser.isSet(o.bbox)) {
        request.bbox = parseBbox(parser.value(o.bbox));
        if (!request.bbox)
            return QStringLiteral("--bbox must be W,S,E,N in degrees with W < E and S < N, not \"%1\"")
                .arg(parser.value(o.bbox));
        if (parser.isSet(o.view))
            return QStringLiteral("--bbox and --view cannot be used together");
    }
    request.factId = parser.value(o.fact);
    request.worldFile = parser.isSet(o.worldFile);
    FurnitureOptions &f = request.furniture;
    const bool none = parser.isSet(o.noFurniture);
    f.title = !none && !parser.isSet(o.noTitle);
    f.legend = !none && !parser.isSet(o.noLegend);
    f.scaleBar = !none && !parser.isSet(o.noScaleBar);
    f.northArrow = !none && !parser.isSet(o.noNorthArrow);
    f.attribution = !none && !parser.isSet(o.noAttribution);
    f.inset = !none && !parser.isSet(o.noInset);
    return {};
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    const Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sahel Atlas: the Alliance of Sahel States (Mali, Niger, Burkina Faso) and a news "
                       "story on an offline map.\n"
                       "Without --export, --handout, --screenshot, --check-story, --list-regions or "
                       "--find-place it opens the window.\n"
                       "Exit codes: 0 done, 1 input or output error, 2 usage error."));
    parser.addOptions(o.all());
    // Parsed before the application object exists, Qt cannot know the program's name.
    result.helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("sahel-atlas"));

    auto fail = [&result](const QString &message) {
        result.usageError = message;
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(o.help)) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(o.version)) {
        result.mode = Mode::Version;
        return result;
    }
    if (parser.isSet(o.lang)) {
        result.language = parser.value(o.lang);
        if (result.language != QLatin1String("fr") && result.language != QLatin1String("en"))
            return fail(QStringLiteral("--lang must be fr or en, not \"%1\"").arg(result.language));
    }
    result.storyPath = parser.value(o.story);
    result.layerPaths = parser.values(o.layer);
    result.present = parser.isSet(o.present);
    result.editPath = parser.value(o.edit);
    if (parser.isSet(o.edit) && result.editPath.isEmpty())
        return fail(QStringLiteral("--edit needs a story file"));
    if (parser.isSet(o.edit) && (parser.isSet(o.story) || parser.isSet(o.present)))
        return fail(QStringLiteral("--edit opens its own story: not with --story or --present"));
    if (parser.isSet(o.edit) &&
        (parser.isSet(o.exportFile) || parser.isSet(o.handout) || parser.isSet(o.checkStory) ||
         parser.isSet(o.listRegions) || parser.isSet(o.findPlace)))
        return fail(QStringLiteral("--edit goes with the window or --screenshot"));
    if (parser.isSet(o.listRegions) || parser.isSet(o.findPlace)) {
        if (parser.isSet(o.listRegions) && parser.isSet(o.findPlace))
            return fail(QStringLiteral("--list-regions and --find-place: use one at a time"));
        result.mode = parser.isSet(o.listRegions) ? Mode::ListRegions : Mode::FindPlace;
        result.placeQuery = parser.isSet(o.listRegions) ? parser.value(o.listRegions).trimmed().toUpper()
                                                        : parser.value(o.findPlace).trimmed();
        if (result.placeQuery.isEmpty())
            return fail(QStringLiteral("%1 needs a value")
                            .arg(parser.isSet(o.listRegions) ? QStringLiteral("--list-regions ISO")
                                                             : QStringLiteral("--find-place NAME")));
        return result;
    }
    if (parser.isSet(o.checkStory)) {
        result.mode = Mode::CheckStory;
        result.storyPath = parser.value(o.checkStory);
        return result;
    }
    const int outputs =
        int(parser.isSet(o.exportFile)) + int(parser.isSet(o.handout)) + int(parser.isSet(o.screenshot));
    if (outputs > 1)
        return fail(
            QStringLiteral("--export, --handout and --screenshot each write one file: use one at a time"));
    if (QString error = readExportOptions(parser, o, result.request); !error.isEmpty())
        return fail(error);
    ExportRequest &request = result.request;
    if (parser.isSet(o.exportFile)) {
        result.mode = Mode::Export;
        request.path = parser.value(o.exportFile);
        const auto format = ExportRequest::formatForPath(request.path);
        if (!format)
            return fail(QStringLiteral("--export writes .png, .svg, .pdf or .geojson files, not \"%1\"")
                            .arg(request.path));
        request.format = *format;
        if (request.worldFile && request.format != ExportRequest::Format::Png)
            return fail(QStringLiteral("--world-file goes with a PNG export"));
    } else if (parser.isSet(o.handout)) {
        result.mode = Mode::Handout;
        request.path = parser.value(o.handout);
        request.format = ExportRequest::Format::Handout;
        if (ExportRequest::formatForPath(request.path) != ExportRequest::Format::Pdf)
            return fail(QStringLiteral("--handout writes a .pdf file, not \"%1\"").arg(request.path));
        if (!parser.isSet(o.orientation))
            request.page.orientation = QPageLayout::Portrait;
    } else if (parser.isSet(o.screenshot)) {
        result.mode = Mode::Screenshot;
        request.path = parser.value(o.screenshot);
        if (ExportRequest::formatForPath(request.path) != ExportRequest::Format::Png)
            return fail(QStringLiteral("--screenshot writes a .png file, not \"%1\"").arg(request.path));
        if (!parser.isSet(o.size))
            request.size = QSize(1600, 1000);
    }
    return result;
}

} // namespace sahel
