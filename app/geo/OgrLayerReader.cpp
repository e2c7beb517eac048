#include "OgrLayerReader.h"

#include "FeatureCensus.h"
#include "GdalEnvironment.h"
#include "GeoPackageSqlCheck.h"
#include "GeosDeadline.h"
#include "LoadBudget.h"
#include "OgrConversion.h"
#include "SafeFilePath.h"
#include "WebMercator.h"

#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace sahel {

namespace {

/// Counts problems by kind and keeps the first feature of each, so a million bad rows make one line.
class WarningTally
{
public:
    void add(const QString &what, qint64 fid)
    {
        auto &entry = m_entries[what];
        if (entry.first == 0)
            entry.second = fid;
        ++entry.first;
    }
    QStringList lines(const QString &file) const
    {
        QStringList out;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            out.append(QStringLiteral("%1: %2 feature(s) %3 (first: feature %4)")
                           .arg(file)
                           .arg(it.value().first)
                           .arg(it.key())
                           .arg(it.value().second));
        return out;
    }

private:
    QMap<QString, std::pair<qint64, qint64>> m_entries;
};

bool validLonLat(double lon, double lat)
{
    return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0 && lat >= -90.0 &&
           lat <= 90.0;
}

/// Adds up the points and the rings (polygon boundaries) of a geometry without changing it.
void countParts(const OGRGeometry &geometry, qint64 &points, qint64 &rings)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPoint) {
        ++points;
    } else if (type == wkbLineString || type == wkbLinearRing) {
        points += geometry.toLineString()->getNumPoints();
    } else if (type == wkbPolygon) {
        for (const OGRLinearRing *ring : *geometry.toPolygon()) {
            ++rings;
            points += ring->getNumPoints();
        }
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            countParts(*part, points, rings);
    }
}

/// Converts one geometry (already in longitude/latitude) into features; returns false when it is unusable.
class FeatureBuilder
{
public:
    FeatureBuilder(UserLayerData &layer, WarningTally &tally, qint64 &vertices, const LoadBudget &budget)
        : m_layer(layer)
        , m_tally(tally)
        , m_vertices(vertices)
        , m_budget(budget)
    {}

    void add(const OGRGeometry &geometry, qint64 fid, const QStringList &values)
    {
        switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPoint:
            addPoint(*geometry.toPoint(), fid, values);
            break;
        case wkbLineString:
            addLine(*geometry.toLineString(), fid, values);
            break;
        case wkbPolygon:
        case wkbMultiPolygon:
            addArea(geometry, fid, values);
            break;
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbGeometryCollection:
            for (const OGRGeometry *part : *geometry.toGeometryCollection())
                add(*part, fid, values);
            break;
        default:
            m_tally.add(QStringLiteral("of an unsupported geometry type skipped"), fid);
        }
    }

private:
    void addPoint(const OGRPoint &point, qint64 fid, const QStringList &values)
    {
        if (point.IsEmpty() || !validLonLat(point.getX(), point.getY())) {
            m_tally.add(QStringLiteral("with empty or out-of-range coordinates skipped"), fid);
            return;
        }
        UserFeature feature{UserFeature::Kind::Point,
                            fid,
                            WebMercator::project({point.getX(), point.getY()}),
                            {},
                            {},
                            {},
                            values};
        feature.bounds = QRectF(feature.point, QSizeF(0, 0));
        ++m_vertices;
        m_layer.features.append(std::move(feature));
    }

    void addLine(const OGRLineString &line, qint64 fid, const QStringList &values)
    {
        Ring ring;
        ring.reserve(line.getNumPoints());
        for (int i = 0; i < line.getNumPoints(); ++i) {
            if (!validLonLat(line.getX(i), line.getY(i))) {
                m_tally.add(QStringLiteral("with out-of-range coordinates skipped"), fid);
                return;
            }
            ring.append(WebMercator::project({line.getX(i), line.getY(i)}));
        }
        if (ring.size() < 2) {
            m_tally.add(QStringLiteral("with empty geometry skipped"), fid);
            return;
        }
        m_vertices += ring.size();
        MultiPolygon box; // only for its bounds computation
        box.polygons.append(Polygon{{ring}});
        box.updateBounds();
        UserFeature feature{UserFeature::Kind::Line, fid, {}, {ring}, {}, box.bounds, values};
        m_layer.features.append(std::move(feature));
    }

    void addArea(const OGRGeometry &geometry, qint64 fid, const QStringList &values)
    {
        OGREnvelope envelope;
        geometry.getEnvelope(&envelope);
        if (geometry.IsEmpty()) {
            m_tally.add(QStringLiteral("with empty geometry skipped"), fid);
            return;
        }
        if (!validLonLat(envelope.MinX, envelope.MinY) || !validLonLat(envelope.MaxX, envelope.MaxY)) {
            m_tally.add(QStringLiteral("with out-of-range coordinates skipped"), fid);
            return;
        }
        const OgrGeometryPtr clean = repaired(geometry, fid);
        if (!clean)
            return;
        MultiPolygon shape = OgrConversion::toProjectedMultiPolygon(*clean);
        if (shape.isEmpty())
            return;
        m_vertices += shape.vertexCount();
        UserFeature feature;
        feature.kind = UserFeature::Kind::Area;
        feature.fid = fid;
        feature.area = LodShape::fromMultiPolygon(std::move(shape));
        feature.bounds = feature.area.bounds();
        feature.values = values;
        m_layer.features.append(std::move(feature));
    }

    /// The geometry made valid within the repair budget, or null (and a warning) when it cannot be.
    OgrGeometryPtr repaired(const OGRGeometry &geometry, qint64 fid)
    {
        // Checking and repairing are GEOS work whose cost grows with the crossings of the rings, not only
        // with their vertices (300 random vertices took 30 s to repair): both run against a deadline.
        const GeosDeadline deadline(m_budget.repairDeadline());
        const bool valid = geometry.IsValid();
        if (!valid && !GeosDeadline::expired()) {
            qint64 points = 0;
            qint64 rings = 0;
            countParts(geometry, points, rings);
            if (points > LoadBudget::maxRepairVertices) {
                m_tally.add(
                    QStringLiteral("with invalid geometry of more than %1 vertices (too many to repair) "
                                   "skipped")
                        .arg(LoadBudget::maxRepairVertices),
                    fid);
                return nullptr;
            }
        }
        OgrGeometryPtr clean;
        if (valid)
            clean = OgrConversion::clone(geometry);
        else if (!GeosDeadline::expired())
            clean.reset(geometry.MakeValid());
        if (clean && clean->IsEmpty())
            clean.reset();
        if (!clean && GeosDeadline::expired()) {
            m_tally.add(
                QStringLiteral("with geometry that could not be checked or repaired within %1 s skipped")
                    .arg(double(LoadBudget::repairTime.count()) / 1000.0),
                fid);
            return nullptr;
        }
        if (!clean) {
            m_tally.add(QStringLiteral("with geometry that could not be repaired skipped"), fid);
            return nullptr;
        }
        if (!valid)
            m_tally.add(QStringLiteral("with invalid geometry repaired"), fid);
        return clean;
    }

    UserLayerData &m_layer;
    WarningTally &m_tally;
    qint64 &m_vertices;
    const LoadBudget &m_budget;
};

QStringList csvOpenOptions(const VectorLayerReader::Options &options)
{
    const QString lon =
        options.lonField.isEmpty() ? QStringLiteral("lon,lng,long,longitude,x") : options.lonField;
    const QString lat = options.latField.isEmpty() ? QStringLiteral("lat,latitude,y") : options.latField;
    return {QStringLiteral("X_POSSIBLE_NAMES=") + lon, QStringLiteral("Y_POSSIBLE_NAMES=") + lat,
            QStringLiteral("KEEP_GEOM_COLUMNS=YES"), QStringLiteral("AUTODETECT_TYPE=NO")};
}

GDALDatasetUniquePtr openDataset(const QString &path, const VectorLayerReader::Options &options)
{
    QStringList drivers = GdalEnvironment::allowedVectorDrivers();
    drivers.append(QStringLiteral("CSV"));
    QList<QByteArray> storage;
    QList<const char *> driverList;
    for (const QString &d : drivers)
        storage.append(d.toUtf8());
    for (const QByteArray &d : storage)
        driverList.append(d.constData());
    driverList.append(nullptr);
    QList<QByteArray> optionStorage;
    QList<const char *> openOptions;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        for (const QString &o : csvOpenOptions(options))
            optionStorage.append(o.toUtf8());
    for (const QByteArray &o : optionStorage)
        openOptions.append(o.constData());
    openOptions.append(nullptr);
    const QByteArray utf8 = path.toUtf8();
    return GDALDatasetUniquePtr(GDALDataset::Open(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  driverList.constData(), openOptions.constData(), nullptr));
}

/// A transformation to longitude/latitude, or null when the layer is already in it. Sets a warning
/// for a layer without a coordinate system.
std::unique_ptr<OGRCoordinateTransformation> toLonLat(OGRLayer &layer, const QString &file,
                                                      QStringList &warnings, QString &error)
{
    const OGRSpatialReference *source = layer.GetSpatialRef();
    if (!source) {
        warnings.append(
            QStringLiteral("%1: layer \"%2\" has no coordinate system; assumed WGS 84 longitude/latitude "
                           "(EPSG:4326)")
                .arg(file, QString::fromUtf8(layer.GetName())));
        return nullptr;
    }
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    // GIS order on both sides: EPSG:4326 is latitude first by default and lon/lat would turn to nonsense.
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference sourceCopy(*source);
    sourceCopy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (sourceCopy.IsSame(&wgs84))
        return nullptr;
    std::unique_ptr<OGRCoordinateTransformation> transform(
        OGRCreateCoordinateTransformation(&sourceCopy, &wgs84));
    if (!transform)
        error = QStringLiteral(
                    "%1: layer \"%2\": its coordinate system cannot be converted to longitude/latitude")
                    .arg(file, QString::fromUtf8(layer.GetName()));
    return transform;
}

QStringList fieldValues(const OGRFeature &feature, int fieldCount)
{
    QStringList values;
    values.reserve(fieldCount);
    for (int i = 0; i < fieldCount; ++i)
        values.append(feature.IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature.GetFieldAsString(i))
                                                      : QString());
    return values;
}

void finish(UserLayerData &layer)
{
    QList<QRectF> bounds;
    bounds.reserve(layer.features.size());
    qsizetype counts[3] = {0, 0, 0};
    // By hand: QRectF::united ignores the empty rectangles of points.
    double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
    for (const UserFeature &f : std::as_const(layer.features)) {
        bounds.append(f.bounds);
        left = std::min(left, f.bounds.left());
        top = std::min(top, f.bounds.top());
        right = std::max(right, f.bounds.right());
        bottom = std::max(bottom, f.bounds.bottom());
        ++counts[static_cast<int>(f.kind)];
    }
    layer.bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    layer.index = GridIndex(bounds);
    const auto most = std::max_element(std::begin(counts), std::end(counts));
    layer.dominantKind = static_cast<UserFeature::Kind>(most - std::begin(counts));
}

} // namespace

namespace {

QString tooLarge(const QString &file, const QString &what, qint64 count, qint64 cap)
{
    return QStringLiteral(
               "%1: too large: %2 %3, more than the %4 a file may hold (counted before reading it)")
        .arg(file)
        .arg(count)
        .arg(what)
        .arg(cap);
}

/// The caps checked on a cheap count of the whole file, before GDAL parses any of it.
QString checkCensus(const FeatureCensus &census, const QString &file)
{
    if (census.features > VectorLayerReader::maxFeatures)
        return tooLarge(file, QStringLiteral("features"), census.features, VectorLayerReader::maxFeatures);
    if (census.vertices > VectorLayerReader::maxVertices)
        return tooLarge(file, QStringLiteral("vertices"), census.vertices, VectorLayerReader::maxVertices);
    if (census.rings > VectorLayerReader::maxRings)
        return tooLarge(file, QStringLiteral("rings or lines"), census.rings, VectorLayerReader::maxRings);
    return {};
}

FeatureCensus censusOf(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return FeatureCensus::ofCsv(path);
    if (FeatureCensus::looksLikeJson(path))
        return FeatureCensus::ofJson(path);
    return {};
}

QString tooLargeFile(const QString &file, qint64 size, const char *kind, qint64 cap)
{
    return QStringLiteral(
               "%1: file too large: %2 bytes (a %3 file is at most %4 bytes, so that it reads within "
               "the time and memory limits; GeoPackage and FlatGeobuf may be larger)")
        .arg(file)
        .arg(size)
        .arg(QLatin1String(kind))
        .arg(cap);
}

/// Collects the messages GDAL reports on this thread while it lives (the last one alone often hides the
/// cause: "Failed to read GeoJSON data" follows "GeoJSON object too complex/large").
class GdalMessages
{
public:
    GdalMessages() { CPLPushErrorHandlerEx(collect, this); }
    ~GdalMessages() { CPLPopErrorHandler(); }
    GdalMessages(const GdalMessages &) = delete;
    GdalMessages &operator=(const GdalMessages &) = delete;

    /// Why the open failed, in words a user can act on.
    QString reason() const
    {
        for (const QString &message : m_messages)
            if (message.contains(QLatin1String("too complex/large")))
                return QStringLiteral(
                           "one of its features is too large to read (GDAL may spend at most %1 MB "
                           "parsing one GeoJSON feature, some 7 MB of text; save the file as "
                           "GeoPackage or FlatGeobuf)")
                    .arg(GdalEnvironment::maxGeoJsonFeatureMegabytes);
        return m_messages.isEmpty() ? QString() : m_messages.constLast();
    }

private:
    static void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<GdalMessages *>(CPLGetErrorHandlerUserData());
        if (level >= CE_Failure && message && self->m_messages.size() < 16)
            self->m_messages.append(QString::fromUtf8(message));
    }

    QStringList m_messages;
};

/// What one feature's data will hold in memory, roughly: the feature, its vertices (with a coarser copy for
/// the levels of detail), its attribute strings.
qint64 estimatedBytes(qint64 points, const QStringList &values)
{
    qint64 bytes = qint64(sizeof(UserFeature)) + points * qint64(sizeof(QPointF)) * 2;
    for (const QString &value : values)
        bytes += 32 + value.size() * 2;
    return bytes;
}

const QString onlineWarning =
    QStringLiteral("refers to something online (such as its coordinate system by URL); "
                   "Sahel Atlas works offline and did not fetch it");

} // namespace

VectorLayerLoad OgrLayerReader::read(const QString &path, const VectorLayerReader::Options &options,
                                     const VectorLayerReader::Progress &progress)
{
    LoadBudget budget;
    VectorLayerLoad result;
    const SafeFilePath safe = SafeFilePath::check(path, VectorLayerReader::maxFileSize);
    if (!safe.ok()) {
        result.error = safe.error;
        return result;
    }
    // GDAL reads a .shp without its .dbf as features without attributes; the format requires it, and a
    // user who forgot to copy it should hear so rather than see unnamed shapes.
    const QFileInfo shp(safe.canonicalPath);
    const QString base = shp.path() + QLatin1Char('/') + shp.completeBaseName();
    if (shp.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0 &&
        !QFileInfo::exists(base + QLatin1String(".dbf")) &&
        !QFileInfo::exists(base + QLatin1String(".DBF"))) {
        result.error =
            QStringLiteral("%1: the Shapefile's .dbf (its attributes) is missing; copy it next to the .shp")
                .arg(path);
        return result;
    }
    // Counted before anything costly: a CSV of 2.5 M points is refused from its line count, not after
    // 2 M rows were parsed and converted.
    const qint64 size = QFileInfo(safe.canonicalPath).size();
    if (FeatureCensus::looksLikeJson(safe.canonicalPath) && size > VectorLayerReader::maxJsonFileSize) {
        result.error = tooLargeFile(path, size, "GeoJSON or TopoJSON", VectorLayerReader::maxJsonFileSize);
        return result;
    }
    const FeatureCensus census = censusOf(safe.canonicalPath);
    if (census.topology && size > VectorLayerReader::maxTopoJsonFileSize) {
        result.error = tooLargeFile(path, size, "TopoJSON", VectorLayerReader::maxTopoJsonFileSize);
        return result;
    }
    result.error = checkCensus(census, path);
    if (!result.error.isEmpty())
        return result;
    if (census.remoteCrs)
        result.warnings.append(path + QStringLiteral(": ") + onlineWarning);
    if (GeoPackageSqlCheck::isSqlite(safe.canonicalPath)) {
        result.error = GeoPackageSqlCheck::check(safe.canonicalPath, path, budget.deadline());
        if (!result.error.isEmpty())
            return result;
    }
    GdalEnvironment::initialise();
    CPLErrorReset();
    const int refusedBefore = GdalEnvironment::refusedNetworkRequests();
    QString reason;
    GDALDatasetUniquePtr dataset;
    {
        const GdalMessages messages;
        dataset = openDataset(safe.canonicalPath, options);
        if (!dataset)
            reason = messages.reason();
    }
    if (!dataset) {
        result.error =
            QStringLiteral("%1: not a vector file Sahel Atlas can read (GeoPackage, GeoJSON, TopoJSON, "
                           "Shapefile, FlatGeobuf or CSV)%2")
                .arg(path, reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
        return result;
    }
    const bool isCsv = QString::fromUtf8(dataset->GetDriverName()) == QLatin1String("CSV");
    qint64 total = 0;
    if (isCsv) {
        total = census.features; // GDAL would count by parsing every row
    } else {
        // From headers or indexes where the format has them (Shapefile, FlatGeobuf, GeoPackage).
        for (OGRLayer *layer : dataset->GetLayers())
            total += std::max<GIntBig>(0, layer->GetFeatureCount(FALSE));
    }
    if (total > VectorLayerReader::maxFeatures) {
        result.error = tooLarge(path, QStringLiteral("features"), total, VectorLayerReader::maxFeatures);
        return result;
    }
    if (budget.timeIsUp()) {
        result.error = LoadBudget::timeError(path);
        return result;
    }
    qint64 vertices = 0;
    qint64 rings = 0;
    qint64 done = 0;
    auto lastProgress = LoadBudget::Clock::now();
    for (OGRLayer *layer : dataset->GetLayers()) {
        if (layer->GetGeomType() == wkbNone) {
            if (isCsv) {
                OGRFeatureDefn *definition = layer->GetLayerDefn();
                for (int i = 0; i < definition->GetFieldCount(); ++i)
                    result.csvColumns.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));
                result.error =
                    QStringLiteral("%1: no longitude/latitude columns found (looked for lon, lng, longitude, "
                                   "x and lat, latitude, y); choose them among: %2")
                        .arg(path, result.csvColumns.join(u", "));
                return result;
            }
            continue;
        }
        QString error;
        const auto transform = toLonLat(*layer, path, result.warnings, error);
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
        auto data = std::make_shared<UserLayerData>();
        data->name =
            layer->GetName() ? QString::fromUtf8(layer->GetName()) : QFileInfo(path).completeBaseName();
        if (dataset->GetLayerCount() == 1)
            data->name = QFileInfo(path).completeBaseName();
        data->sourcePath = safe.canonicalPath;
        OGRFeatureDefn *definition = layer->GetLayerDefn();
        const int fieldCount = definition->GetFieldCount();
        for (int i = 0; i < fieldCount; ++i)
            data->fieldNames.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));
        WarningTally tally;
        FeatureBuilder builder(*data, tally, vertices, budget);
        layer->ResetReading();
        for (auto &feature : *layer) {
            ++done;
            // By the clock too: a few features that each take GEOS a second must not hide Cancel.
            const auto now = LoadBudget::Clock::now();
            if (progress && (done % 4096 == 0 || now - lastProgress > std::chrono::milliseconds(100))) {
                lastProgress = now;
                if (!progress(total > 0 ? std::min(1.0, double(done) / double(total)) : 0.0)) {
                    result.cancelled = true;
                    return result;
                }
            }
            if (now >= budget.deadline()) {
                result.error = LoadBudget::timeError(path);
                return result;
            }
            if (done % 1024 == 0 && budget.memoryIsUp()) {
                result.error = LoadBudget::memoryError(path);
                return result;
            }
            if (done > VectorLayerReader::maxFeatures || vertices > VectorLayerReader::maxVertices) {
                result.error = QStringLiteral("%1: too large (more than %2 features or %3 vertices)")
                                   .arg(path)
                                   .arg(VectorLayerReader::maxFeatures)
                                   .arg(VectorLayerReader::maxVertices);
                return result;
            }
            OGRGeometry *geometry = feature->GetGeometryRef();
            if (!geometry || geometry->IsEmpty()) {
                tally.add(QStringLiteral("without geometry skipped"), feature->GetFID());
                continue;
            }
            // Counted before any costly step (reprojection, validity, repair) so one giant feature cannot
            // stall the reader: its vertices and rings count against the file's caps up front.
            qint64 points = 0;
            countParts(*geometry, points, rings);
            if (vertices + points > VectorLayerReader::maxVertices || rings > VectorLayerReader::maxRings) {
                result.error =
                    QStringLiteral("%1: feature %2 is too large (the file would pass %3 vertices or %4 "
                                   "rings)")
                        .arg(path)
                        .arg(feature->GetFID())
                        .arg(VectorLayerReader::maxVertices)
                        .arg(VectorLayerReader::maxRings);
                return result;
            }
            if (transform && geometry->transform(transform.get()) != OGRERR_NONE) {
                tally.add(QStringLiteral("that could not be reprojected skipped"), feature->GetFID());
                continue;
            }
            QStringList values = fieldValues(*feature, fieldCount);
            budget.charge(estimatedBytes(points, values));
            builder.add(*geometry, feature->GetFID(), values);
        }
        if (budget.timeIsUp()) { // the last features may have used it up
            result.error = LoadBudget::timeError(path);
            return result;
        }
        result.warnings += tally.lines(path);
        if (data->features.isEmpty())
            continue;
        finish(*data);
        data->warnings = result.warnings;
        result.layers.append(std::move(data));
    }
    // GDAL quietly goes on without what it could not download (a GeoJSON can name its CRS by URL).
    const QString online = path + QStringLiteral(": ") + onlineWarning;
    if (GdalEnvironment::refusedNetworkRequests() != refusedBefore && !result.warnings.contains(online))
        result.warnings.append(online);
    if (result.layers.isEmpty() && result.error.isEmpty())
        result.error = QStringLiteral("%1: no feature with a usable geometry").arg(path);
    if (progress)
        progress(1.0);
    return result;
}

} // namespace sahel
