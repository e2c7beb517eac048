#include "GeoPackageReader.h"

#include "GdalEnvironment.h"
#include "GeoDatabasePrivate.h"
#include "GeoPackageSqlCheck.h"
#include "GeosDeadline.h"
#include "LoadBudget.h"
#include "OgrConversion.h"
#include "OnEveryCore.h"
#include "SafeFilePath.h"
#include "WebMercator.h"

#include <QFile>
#include <QUuid>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <vector>

namespace sahel {

namespace {

constexpr auto embeddedResource = ":/maps/sahel-atlas.gpkg";

QString field(const OGRFeature &feature, const char *name)
{
    const int index = feature.GetFieldIndex(name);
    if (index < 0 || !feature.IsFieldSetAndNotNull(index))
        return {};
    return QString::fromUtf8(feature.GetFieldAsString(index));
}

qint64 integerField(const OGRFeature &feature, const char *name)
{
    const int index = feature.GetFieldIndex(name);
    return index < 0 || !feature.IsFieldSetAndNotNull(index) ? 0 : feature.GetFieldAsInteger64(index);
}

struct LayerReadError
{
    QString message;
};

OGRLayer *requireLayer(GDALDataset &dataset, const char *name, const QString &fileName)
{
    OGRLayer *layer = dataset.GetLayerByName(name);
    if (!layer)
        throw LayerReadError{
            QStringLiteral("%1: layer \"%2\" is missing").arg(fileName, QLatin1String(name))};
    return layer;
}

/// How much to trust a file's geometries.
enum class Geometries {
    Repair,   ///< from anywhere: every one is checked, invalid ones go through MakeValid
    AreValid, ///< the embedded data: made valid when it was built (tst_geodatabase checks it)
};

/// Reads a polygon layer; units without an ISO code are kept for drawing but cannot be named by a story.
void readUnits(OGRLayer &layer, bool isCountry, QList<AdminUnit> &units, GeometriesByCode *geometries,
               Geometries trust)
{
    struct Feature
    {
        AdminUnit unit;
        OgrGeometryPtr geometry;
    };
    std::vector<Feature> features;
    layer.ResetReading();
    for (auto &feature : layer) {
        if (!feature->GetGeometryRef())
            continue;
        Feature read;
        read.unit.countryCode = field(*feature, "iso_a2");
        read.unit.code = isCountry ? read.unit.countryCode : field(*feature, "iso_3166_2");
        read.unit.nameEn = field(*feature, isCountry ? "name_en" : "name");
        read.unit.nameFr = field(*feature, "name_fr");
        read.unit.group = field(*feature, "region");
        read.unit.type = field(*feature, "type_en");
        read.geometry.reset(feature->StealGeometry());
        features.push_back(std::move(read));
    }
    // Repair, projection, levels of detail and label point: most of a cold start, and each unit on
    // its own, so on every core. Nothing else is touched: the fields were read above.
    // A base map from anywhere is repaired within the time a user's layer gets; a unit not repaired by then
    // is left out.
    const auto deadline = GeosDeadline::Clock::now() + LoadBudget::maxTime;
    onEveryCore(features.size(), [&features, trust, deadline](std::size_t i) {
        const GeosDeadline bound(deadline);
        Feature &feature = features[i];
        // Checking validity (GEOS) was a fifth of the load: the embedded data is taken as it is.
        if (trust == Geometries::Repair)
            feature.geometry = OgrConversion::cleanPolygonal(*feature.geometry);
        else if (feature.geometry->IsEmpty())
            feature.geometry.reset();
        if (!feature.geometry)
            return; // Natural Earth's Vatican has an empty geometry
        feature.unit.shape =
            LodShape::fromMultiPolygon(OgrConversion::toProjectedMultiPolygon(*feature.geometry));
        if (!feature.unit.shape.isEmpty())
            feature.unit.labelPoint = Geometry::labelPoint(feature.unit.shape);
    });
    for (Feature &feature : features) {
        if (!feature.geometry || feature.unit.shape.isEmpty())
            continue;
        // The first layer read wins: a country of the 1:10m layer keeps its geometry when the 1:50m world
        // has it too.
        if (geometries && !feature.unit.code.isEmpty() && !geometries->contains(feature.unit.code))
            geometries->insert(feature.unit.code, std::shared_ptr<const OGRGeometry>(
                                                      feature.geometry.release(), OgrGeometryDeleter()));
        units.append(std::move(feature.unit));
    }
}

void readTowns(OGRLayer &layer, QList<Town> &towns)
{
    // A file without `on_map` (an older build, a user's GeoPackage) draws all of its towns.
    const bool hasOnMap = layer.GetLayerDefn()->GetFieldIndex("on_map") >= 0;
    towns.reserve(static_cast<qsizetype>(std::max<GIntBig>(layer.GetFeatureCount(), 0)));
    layer.ResetReading();
    for (auto &feature : layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || wkbFlatten(geometry->getGeometryType()) != wkbPoint || geometry->IsEmpty())
            continue;
        const OGRPoint *point = geometry->toPoint();
        Town town;
        town.geonameid = integerField(*feature, "geonameid");
        town.nameFr = field(*feature, "name_fr");
        town.nameEn = field(*feature, "name_en");
        town.countryCode = field(*feature, "iso_a2");
        town.population = integerField(*feature, "population");
        town.capital = integerField(*feature, "capital") != 0;
        town.onMap = !hasOnMap || integerField(*feature, "on_map") != 0;
        town.position = {point->getX(), point->getY()};
        town.projected = WebMercator::project(town.position);
        towns.append(std::move(town));
    }
}

/// Rivers and lake centrelines; a file without the layer (an older or a user's GeoPackage) has none.
void readRivers(GDALDataset &dataset, QList<WaterLine> &rivers)
{
    OGRLayer *layer = dataset.GetLayerByName("rivers");
    if (!layer)
        return;
    layer->ResetReading();
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry)
            continue;
        for (Ring &line : OgrConversion::toProjectedLines(*geometry)) {
            WaterLine river = WaterLine::fromLine(std::move(line));
            river.nameEn = field(*feature, "name_en");
            river.nameFr = field(*feature, "name_fr");
            river.scaleRank = static_cast<int>(integerField(*feature, "scalerank"));
            river.scale = static_cast<int>(integerField(*feature, "scale"));
            rivers.append(std::move(river));
        }
    }
}

void readLakes(GDALDataset &dataset, QList<Lake> &lakes, Geometries trust)
{
    OGRLayer *layer = dataset.GetLayerByName("lakes");
    if (!layer)
        return;
    layer->ResetReading();
    // Lakes from anywhere are repaired as the units are, within the same budget; one not repaired by then
    // is left out.
    const GeosDeadline bound(GeosDeadline::Clock::now() + LoadBudget::maxTime);
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            continue;
        OgrGeometryPtr repaired;
        if (trust == Geometries::Repair) {
            repaired = OgrConversion::cleanPolygonal(*geometry);
            if (!repaired)
                continue;
            geometry = repaired.get();
        }
        Lake lake;
        lake.nameEn = field(*feature, "name_en");
        lake.nameFr = field(*feature, "name_fr");
        lake.scaleRank = static_cast<int>(integerField(*feature, "scalerank"));
        lake.scale = static_cast<int>(integerField(*feature, "scale"));
        lake.shape = LodShape::fromMultiPolygon(OgrConversion::toProjectedMultiPolygon(*geometry));
        if (lake.shape.isEmpty())
            continue;
        if (!lake.nameEn.isEmpty() || !lake.nameFr.isEmpty())
            lake.labelPoint = Geometry::labelPoint(lake.shape);
        lakes.append(std::move(lake));
    }
}

void readPhysicalNames(GDALDataset &dataset, QList<PhysicalName> &names)
{
    OGRLayer *layer = dataset.GetLayerByName("physical_names");
    if (!layer)
        return;
    layer->ResetReading();
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || wkbFlatten(geometry->getGeometryType()) != wkbPoint || geometry->IsEmpty())
            continue;
        PhysicalName name;
        name.nameEn = field(*feature, "name_en");
        name.nameFr = field(*feature, "name_fr");
        const QString kind = field(*feature, "kind");
        name.kind = kind == QLatin1String("ocean") ? PhysicalName::Kind::Ocean
                    : kind == QLatin1String("sea") ? PhysicalName::Kind::Sea
                                                   : PhysicalName::Kind::Region;
        name.scaleRank = static_cast<int>(integerField(*feature, "scalerank"));
        name.position = {geometry->toPoint()->getX(), geometry->toPoint()->getY()};
        name.projected = WebMercator::project(name.position);
        names.append(std::move(name));
    }
}

/// Where the file declares every layer detailed to zoom 9 (GeoData::detailedBounds), projected; a file
/// without the layer (an older or a user's GeoPackage) declares nothing, and is detailed everywhere.
QRectF readDetailedArea(GDALDataset &dataset)
{
    OGRLayer *layer = dataset.GetLayerByName("detailed_area");
    if (!layer)
        return {};
    QRectF bounds;
    layer->ResetReading();
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            continue;
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        bounds = bounds.united(
            WebMercator::projectBounds(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY));
    }
    return bounds;
}

QRectF boundsAtScale(const QList<WaterLine> &rivers, const QList<Lake> &lakes, int scale)
{
    QRectF bounds;
    for (const WaterLine &river : rivers)
        if (river.scale == scale)
            bounds = bounds.united(river.bounds.adjusted(-1, -1, 1, 1));
    for (const Lake &lake : lakes)
        if (lake.scale == scale)
            bounds = bounds.united(lake.shape.bounds());
    return bounds;
}

/// A 64-bit hash of the bytes with their length: not a defence against forgery, a name for the data.
QByteArray fingerprintOf(const QByteArray &bytes)
{
    const size_t hash = qHashBits(bytes.constData(), static_cast<size_t>(bytes.size()), 0);
    return QByteArray::number(static_cast<qulonglong>(hash), 16) + '-' + QByteArray::number(bytes.size());
}

GDALDatasetUniquePtr openDataset(const QString &gdalPath)
{
    GdalEnvironment::initialise();
    QList<QByteArray> driverNames;
    for (const QString &driver : GdalEnvironment::allowedVectorDrivers())
        driverNames.append(driver.toUtf8());
    QList<const char *> drivers;
    for (const QByteArray &name : driverNames)
        drivers.append(name.constData());
    drivers.append(nullptr);
    const QByteArray path = gdalPath.toUtf8();
    return GDALDatasetUniquePtr(GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  drivers.constData(), nullptr, nullptr));
}

GeoDatabaseLoad readDataset(const QString &gdalPath, const QString &displayName, Geometries trust)
{
    const GDALDatasetUniquePtr dataset = openDataset(gdalPath);
    if (!dataset) {
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        return {nullptr,
                QStringLiteral("%1: not a readable GeoPackage or vector file%2")
                    .arg(displayName, reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason))};
    }
    auto d = std::make_unique<GeoDatabase::Private>();
    GeometriesByCode geometries;
    try {
        readUnits(*requireLayer(*dataset, "countries", displayName), true, d->data.countries, &geometries,
                  trust);
        readUnits(*requireLayer(*dataset, "admin1", displayName), false, d->data.admin1, &geometries, trust);
        d->data.admin1Borders = BorderLine::network(d->data.admin1);
        // The world's countries outside the 1:10m layer are regions a story may name (at 1:50m).
        readUnits(*requireLayer(*dataset, "world", displayName), true, d->data.world, &geometries, trust);
        readTowns(*requireLayer(*dataset, "towns", displayName), d->data.towns);
        readRivers(*dataset, d->data.rivers);
        readLakes(*dataset, d->data.lakes, trust);
        readPhysicalNames(*dataset, d->data.physicalNames);
        d->data.detailedWaterBounds = boundsAtScale(d->data.rivers, d->data.lakes, 10);
        d->data.detailedBounds = readDetailedArea(*dataset);
    } catch (const LayerReadError &error) {
        return {nullptr, error.message};
    }
    if (d->data.countries.isEmpty())
        return {nullptr, QStringLiteral("%1: layer \"countries\" holds no polygon").arg(displayName)};
    d->setGeometries(std::move(geometries));
    return {std::unique_ptr<GeoDatabase>(new GeoDatabase(std::move(d))), {}};
}

/// The polygons of the three unit layers by ISO code, as readUnits keeps them, without projecting or
/// simplifying anything: what region resolution needs of the embedded data behind a snapshot.
GeometriesByCode readGeometries(const QString &gdalPath)
{
    GeometriesByCode geometries;
    const GDALDatasetUniquePtr dataset = openDataset(gdalPath);
    if (!dataset)
        return geometries;
    for (const auto &[name, isCountry] : {std::pair("countries", true), {"admin1", false}, {"world", true}}) {
        OGRLayer *layer = dataset->GetLayerByName(name);
        if (!layer)
            continue;
        layer->ResetReading();
        for (auto &feature : *layer) {
            const OGRGeometry *geometry = feature->GetGeometryRef();
            const QString code = field(*feature, isCountry ? "iso_a2" : "iso_3166_2");
            if (!geometry || geometry->IsEmpty() || code.isEmpty() || geometries.contains(code))
                continue;
            geometries.insert(
                code, std::shared_ptr<const OGRGeometry>(feature->StealGeometry(), OgrGeometryDeleter()));
        }
    }
    return geometries;
}

/// Runs read on the embedded GeoPackage mapped into GDAL's memory file system for the time of the call.
template<typename Read>
auto withEmbeddedGeoPackage(const Read &read) -> decltype(read(QString(), QByteArray()))
{
    QFile resource(QString::fromLatin1(embeddedResource));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = resource.readAll();
    GdalEnvironment::initialise();
    // A unique name lets several loads run at once (tests, benchmarks) without sharing a buffer.
    const QByteArray memPath = QStringLiteral("/vsimem/sahel-atlas-%1.gpkg")
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                   .toUtf8();
    VSILFILE *file = VSIFileFromMemBuffer(memPath.constData(), reinterpret_cast<GByte *>(bytes.data()),
                                          static_cast<vsi_l_offset>(bytes.size()), FALSE);
    if (!file)
        return {};
    VSIFCloseL(file);
    auto result = read(QString::fromUtf8(memPath), bytes);
    VSIUnlink(memPath.constData());
    return result;
}

} // namespace

GeoDatabaseLoad GeoPackageReader::openEmbedded()
{
    GeoDatabaseLoad load = withEmbeddedGeoPackage([](const QString &memPath, const QByteArray &bytes) {
        GeoDatabaseLoad read = readDataset(memPath, QLatin1String(embeddedResource), Geometries::AreValid);
        if (read.database)
            read.database->d->fingerprint = fingerprintOf(bytes);
        return read;
    });
    if (!load.database && load.error.isEmpty())
        load.error =
            QStringLiteral("%1: the embedded map data is missing from this build or cannot be mapped")
                .arg(QLatin1String(embeddedResource));
    return load;
}

GeoDatabaseLoad GeoPackageReader::openFile(const QString &path)
{
    const SafeFilePath safe = SafeFilePath::check(path, GeoDatabase::maxFileSize);
    if (!safe.ok())
        return {nullptr, safe.error};
    if (GeoPackageSqlCheck::isSqlite(safe.canonicalPath)) {
        const QString error = GeoPackageSqlCheck::check(safe.canonicalPath, path,
                                                        GeosDeadline::Clock::now() + LoadBudget::maxTime);
        if (!error.isEmpty())
            return {nullptr, error};
    }
    GeoDatabaseLoad load = readDataset(safe.canonicalPath, path, Geometries::Repair);
    if (QFile file(safe.canonicalPath); load.database && file.open(QIODevice::ReadOnly))
        load.database->d->fingerprint = fingerprintOf(file.readAll());
    return load;
}

GeometriesByCode GeoPackageReader::readEmbeddedGeometries()
{
    return withEmbeddedGeoPackage(
        [](const QString &memPath, const QByteArray &) { return readGeometries(memPath); });
}

} // namespace sahel
