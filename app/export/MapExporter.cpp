#include "MapExporter.h"

#include "AtomicFile.h"
#include "GdalServices.h"
#include "GeoJsonExporter.h"
#include "MapFraming.h"
#include "MapTexts.h"
#include "PdfExporter.h"
#include "PngExporter.h"
#include "SvgExporter.h"
#include "TileFolder.h"
#include "WebMercator.h"

#include <QLocale>

namespace sahel {

namespace {

QSet<QString> factRegions(const Atlas &atlas, const QString &factId)
{
    const Fact *fact = atlas.story.fact(factId);
    return fact ? QSet<QString>(fact->regionIds.cbegin(), fact->regionIds.cend()) : QSet<QString>();
}

/// The furniture every export measures with (the style is the one MapComposer draws with).
const MapFurniture &standardFurniture()
{
    static const MapComposer composer;
    return composer.furniture();
}

} // namespace

QString MapExporter::credit(const Story &story, const QString &language)
{
    const MapTexts texts = MapTexts::forLanguage(language);
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    const QString publisher =
        story.source.publisher.isEmpty() ? texts.publisherUnknown : story.source.publisher;
    // French typography puts a space before the colon; English does not.
    const QString colon = language == QLatin1String("fr") ? QStringLiteral(" : ") : QStringLiteral(": ");
    return QStringLiteral("%1%2%3, %4")
        .arg(texts.articlePrefix, colon, publisher,
             locale.toString(story.source.date, QStringLiteral("d MMMM yyyy")));
}

MapComposition MapExporter::composition(const Atlas &atlas, const ExportRequest &request, QSizeF logicalSize)
{
    const QString &language = atlas.scene.language;
    MapComposition composition;
    composition.furniture = request.furniture;
    composition.title = atlas.story.title.text(language);
    composition.credit = credit(atlas.story, language);
    composition.viewport = Viewport({}, 4, logicalSize, 1.0);
    composition.selectedRegions = factRegions(atlas, request.factId);
    const Fact *fact = atlas.story.fact(request.factId);
    if (fact)
        composition.subtitle = fact->title.text(language);
    const QStringList subjectRegions = fact ? fact->regionIds : QStringList();
    if (request.projectedBounds) {
        // No margin and no zoom cap: exactly the area asked for, grown to this canvas's aspect ratio.
        composition.viewport.fitBounds(*request.projectedBounds, 0.0, Viewport::maxZoom);
        MapFraming::placeOver(composition, atlas.scene, standardFurniture(), subjectRegions);
    } else if (request.bbox) {
        composition.viewport.fitLonLatBox(request.bbox->left(), request.bbox->top(), request.bbox->right(),
                                          request.bbox->bottom());
        MapFraming::placeOver(composition, atlas.scene, standardFurniture(), subjectRegions);
    } else if (fact) {
        const QRectF subject = atlas.scene.framingBounds(fact->regionIds).value_or(atlas.homeBounds());
        MapFraming::frame(composition, atlas.scene, standardFurniture(), subject, 32.0,
                          atlas.scene.geo ? atlas.scene.geo->framingZoomCap(subject) : 9.0);
    } else {
        MapFraming::frame(composition, atlas.scene, standardFurniture(),
                          atlas.namedView(request.view).value_or(atlas.homeBounds()), 16.0,
                          Viewport::maxZoom);
    }
    return composition;
}

MapComposition MapExporter::viewComposition(const Atlas &atlas, const QString &factId,
                                            const Viewport &viewport, const FurnitureOptions &furniture)
{
    const QString &language = atlas.scene.language;
    MapComposition composition;
    composition.viewport = viewport;
    composition.furniture = furniture;
    composition.title = atlas.story.title.text(language);
    composition.credit = credit(atlas.story, language);
    composition.selectedRegions = factRegions(atlas, factId);
    const Fact *fact = atlas.story.fact(factId);
    if (fact)
        composition.subtitle = fact->title.text(language);
    MapFraming::placeOver(composition, atlas.scene, standardFurniture(),
                          fact ? fact->regionIds : QStringList());
    return composition;
}

QString MapExporter::run(const Atlas &atlas, const ExportRequest &request,
                         const HandoutExporter::Progress &progress)
{
    const MapComposer composer;
    MapScene scene = atlas.scene;
    if (!request.tileFolder.isEmpty()) {
        QString error;
        const std::optional<TileFolder> tiles = TileFolder::open(request.tileFolder, &error);
        if (!tiles)
            return error;
        scene.baseMap = BaseMapMode::Tiles; // drawn under the map and credited in its attribution
        scene.tileFolder = tiles->path();
    }
    switch (request.format) {
    case ExportRequest::Format::GeoJson:
        return AtomicFile::write(request.path, GeoJsonExporter::toGeoJson(atlas.scene, &atlas.story));
    case ExportRequest::Format::Handout:
        return HandoutExporter::write(request.path, composer, scene, atlas.story, request.page, progress);
    case ExportRequest::Format::Pdf: {
        // Framed on the page's map pixels, so the furniture placed for the subject is the one printed.
        const QSizeF pageSize = request.page.pageLayout().paintRect(QPageLayout::Point).size();
        return PdfExporter::write(request.path, composer,
                                  composition(atlas, request, pageSize / PdfExporter::pointsPerPixel), scene,
                                  request.page);
    }
    case ExportRequest::Format::Svg:
        return SvgExporter::write(request.path, composer, composition(atlas, request, QSizeF(request.size)),
                                  scene);
    case ExportRequest::Format::Png: {
        // Print resolution scales everything, so 300 dpi looks like 96 dpi, only sharper.
        const double ratio = request.dpi / 96.0;
        MapComposition c = composition(atlas, request, QSizeF(request.size) / ratio);
        c.viewport.setDevicePixelRatio(ratio);
        const QImage image = PngExporter::renderImage(composer, c, scene);
        std::optional<PngExporter::Projection> projection;
        if (request.worldFile)
            projection = PngExporter::Projection{GdalServices::instance().webMercatorPrj(),
                                                 GdalServices::instance().webMercatorWkt()};
        return PngExporter::write(request.path, image, c.viewport, request.dpi, projection);
    }
    }
    return {};
}

} // namespace sahel
