#include "GeoDataSnapshot.h"

#include "OnEveryCore.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <optional>
#include <type_traits>
#include <vector>

namespace sahel {

namespace {

// QDataStream would do, but it reads a point list value by value through a virtual device; this format
// reads each ring as one array, which is what makes a snapshot faster to read than to recompute.
// Ring vertices are stored as 32-bit integers in tenths of a projected metre: half the size of doubles, and
// a tenth of a metre is far below a pixel at the closest zoom the data allows (about 300 m).
constexpr double vertexUnit = 0.1;
constexpr double maxVertexUnits = 2147483647.0;

constexpr char magic[8] = {'S', 'A', 'H', 'E', 'L', 'G', 'E', 'O'};
/// Bumped whenever what is written changes.
constexpr quint32 formatVersion = 4;
/// In place of a ring's vertex count: the same ring as at this place in the next finer level. Read back,
/// such repeats share the finer level's list, which saves memory as well as reading.
constexpr quint32 sameAsFinerLevel = 0xffffffffU;
/// How a shape's or a line's simplified levels follow its full vertices. The levels are nested subsets of
/// the full vertices (Geometry::levelCounts), so one byte per vertex, the number of levels that keep it,
/// stands for all of them: 1 byte where listing them took 20 to 30 per vertex of 1:10m data. Levels made
/// some other way are listed ring by ring.
constexpr quint8 levelsListed = 0;
constexpr quint8 levelsCounted = 1;
/// A closed line's counts: its levels follow a ring's rules (Geometry::simplifyLineLevels()).
constexpr quint8 levelsCountedClosed = 2;
/// More levels than this is damage (the app makes 7).
constexpr qsizetype maxLevels = 32;

bool sameVertices(const Ring &a, const Ring &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].x() != b[i].x() || a[i].y() != b[i].y())
            return false;
    return true;
}

bool sameShapes(const LevelList<MultiPolygon> &a, const LevelList<MultiPolygon> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].polygons.size() != b[i].polygons.size())
            return false;
        for (qsizetype p = 0; p < a[i].polygons.size(); ++p) {
            const QList<Ring> &ra = a[i].polygons[p].rings;
            const QList<Ring> &rb = b[i].polygons[p].rings;
            if (ra.size() != rb.size())
                return false;
            for (qsizetype r = 0; r < ra.size(); ++r)
                if (!sameVertices(ra[r], rb[r]))
                    return false;
        }
    }
    return true;
}

constexpr quint32 byteOrderMark = 0x01020304;
constexpr quint32 endMark = 0x454e4421; // "END!"

class Writer
{
public:
    template<typename T> void scalar(T value)
    {
        static_assert(std::is_arithmetic_v<T>);
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void count(qsizetype n) { scalar(static_cast<quint32>(n)); }
    void bytes(const QByteArray &value)
    {
        count(value.size());
        m_bytes.append(value);
    }
    void string(const QString &value)
    {
        count(value.size());
        m_bytes.append(reinterpret_cast<const char *>(value.utf16()),
                       value.size() * qsizetype(sizeof(char16_t)));
    }
    void point(QPointF p)
    {
        scalar(p.x());
        scalar(p.y());
    }
    void rect(const QRectF &r)
    {
        for (const double value : {r.x(), r.y(), r.width(), r.height()})
            scalar(value);
    }
    void ring(const Ring &ring, const Ring *finer = nullptr)
    {
        if (finer && !ring.isEmpty() && *finer == ring) {
            scalar(sameAsFinerLevel);
            return;
        }
        count(ring.size());
        QList<qint32> units;
        units.reserve(2 * ring.size());
        for (const QPointF &p : ring)
            for (const double value : {p.x(), p.y()}) {
                const double scaled = std::round(value / vertexUnit);
                if (!(std::abs(scaled) <= maxVertexUnits))
                    m_fits = false;
                units.append(m_fits ? static_cast<qint32>(scaled) : 0);
            }
        m_bytes.append(reinterpret_cast<const char *>(units.constData()),
                       units.size() * qsizetype(sizeof(qint32)));
    }
    void rings(const QList<Ring> &rings, const QList<Ring> *finer = nullptr)
    {
        count(rings.size());
        for (qsizetype i = 0; i < rings.size(); ++i)
            ring(rings[i], finer && i < finer->size() ? &finer->at(i) : nullptr);
    }
    /// A line's simplified levels: its vertices' counts when they make exactly these levels, else each
    /// level compared with the next finer one (the first with the full line).
    void lineLevels(const Ring &full, const LevelList<Ring> &levels)
    {
        count(levels.size());
        const QList<quint8> counts = Geometry::levelCounts(full, Geometry::lodTolerances(), true);
        const bool closed = full.size() > 2 && full.first() == full.last();
        const LevelList<Ring> counted = Geometry::lineLevelsFromCounts(
            full, QByteArray(reinterpret_cast<const char *>(counts.constData()), counts.size()),
            levels.size(), closed);
        bool same = counted.size() == levels.size();
        for (qsizetype i = 0; same && i < levels.size(); ++i)
            same = sameVertices(counted[i], levels[i]);
        if (same) {
            scalar(closed ? levelsCountedClosed : levelsCounted);
            m_bytes.append(reinterpret_cast<const char *>(counts.constData()), counts.size());
            return;
        }
        scalar(levelsListed);
        for (qsizetype i = 0; i < levels.size(); ++i)
            ring(levels[i], i == 0 ? &full : &levels[i - 1]);
    }
    void multiPolygon(const MultiPolygon &shape, const MultiPolygon *finer = nullptr)
    {
        count(shape.polygons.size());
        for (qsizetype p = 0; p < shape.polygons.size(); ++p)
            rings(shape.polygons[p].rings,
                  finer && p < finer->polygons.size() ? &finer->polygons[p].rings : nullptr);
    }
    void lodShape(const LodShape &shape)
    {
        multiPolygon(shape.full());
        count(shape.levels().size());
        QByteArray counts;
        for (const Polygon &polygon : shape.full().polygons)
            for (const Ring &ring : polygon.rings) {
                const QList<quint8> c = Geometry::levelCounts(ring, Geometry::lodTolerances(), false);
                counts.append(reinterpret_cast<const char *>(c.constData()), c.size());
            }
        if (sameShapes(Geometry::shapeLevelsFromCounts(shape.full(), counts, shape.levels().size()),
                       shape.levels())) {
            scalar(levelsCounted);
            m_bytes.append(counts);
            return;
        }
        scalar(levelsListed);
        for (qsizetype i = 0; i < shape.levels().size(); ++i)
            multiPolygon(shape.levels()[i], i == 0 ? &shape.full() : &shape.levels()[i - 1]);
    }

    /// Empty when a vertex lay beyond the range of the stored integers (not a projected coordinate).
    QByteArray take() { return m_fits ? std::move(m_bytes) : QByteArray(); }

private:
    QByteArray m_bytes;
    bool m_fits = true;
};

class Reader
{
public:
    /// Reads size bytes of bytes from from; what it defers keeps bytes (shared, not copied).
    Reader(const QByteArray &bytes, qsizetype from, qsizetype size)
        : m_bytes(bytes)
        , m_pos(bytes.constData() + from)
        , m_end(bytes.constData() + from + size)
    {}
    explicit Reader(QByteArrayView bytes)
        : m_pos(bytes.data())
        , m_end(bytes.data() + bytes.size())
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_end; }
    qsizetype remaining() const { return m_end - m_pos; }

    template<typename T> T scalar()
    {
        T value{};
        if (!take(sizeof value))
            return value;
        std::memcpy(&value, m_pos - sizeof value, sizeof value);
        return value;
    }
    /// A count of items of at least minBytesEach bytes: more than the bytes left can hold is damage.
    qsizetype count(qsizetype minBytesEach)
    {
        const auto n = static_cast<qsizetype>(scalar<quint32>());
        if (m_ok && n > (m_end - m_pos) / std::max<qsizetype>(minBytesEach, 1))
            m_ok = false;
        return m_ok ? n : 0;
    }
    QByteArray bytes()
    {
        const qsizetype n = count(1);
        const char *start = m_pos;
        return take(n) ? QByteArray(start, n) : QByteArray();
    }
    QString string()
    {
        const qsizetype n = count(sizeof(char16_t));
        const char *start = m_pos;
        if (!take(n * qsizetype(sizeof(char16_t))))
            return {};
        QString value(n, Qt::Uninitialized);
        std::memcpy(value.data(), start, static_cast<size_t>(n) * sizeof(char16_t));
        return value;
    }
    QPointF point()
    {
        const double x = scalar<double>();
        return {x, scalar<double>()};
    }
    QRectF rect()
    {
        const double x = scalar<double>();
        const double y = scalar<double>();
        const double w = scalar<double>();
        return {x, y, w, scalar<double>()};
    }
    Ring ring(const Ring *finer = nullptr)
    {
        constexpr qsizetype vertexBytes = 2 * sizeof(qint32);
        const auto stored = scalar<quint32>();
        if (stored == sameAsFinerLevel) {
            if (!finer)
                m_ok = false;
            return finer && m_ok ? *finer : Ring();
        }
        const auto n = static_cast<qsizetype>(stored);
        if (m_ok && n > (m_end - m_pos) / vertexBytes)
            m_ok = false;
        if (!m_ok)
            return {};
        const char *start = m_pos;
        Ring ring;
        if (!take(n * vertexBytes))
            return ring;
        ring.resize(n);
        QPointF *out = ring.data();
        for (qsizetype i = 0; i < n; ++i) {
            qint32 xy[2];
            std::memcpy(xy, start + i * vertexBytes, sizeof xy);
            out[i] = {xy[0] * vertexUnit, xy[1] * vertexUnit};
        }
        return ring;
    }
    QList<Ring> rings(const QList<Ring> *finer = nullptr)
    {
        QList<Ring> rings(count(sizeof(quint32)));
        for (qsizetype i = 0; i < rings.size(); ++i)
            rings[i] = ring(finer && i < finer->size() ? &finer->at(i) : nullptr);
        return rings;
    }
    LevelList<Ring> lineLevels(const Ring &full)
    {
        const qsizetype n = levelCount();
        const auto how = scalar<quint8>();
        if (m_ok && (how == levelsCounted || how == levelsCountedClosed)) {
            const char *counts = m_pos;
            if (!take(full.size()))
                return {};
            return Geometry::lineLevelsFromCounts(full, QByteArray(counts, full.size()), n,
                                                  how == levelsCountedClosed);
        }
        if (how != levelsListed)
            m_ok = false;
        QList<Ring> levels(m_ok ? n : 0);
        for (qsizetype i = 0; i < levels.size(); ++i)
            levels[i] = ring(i == 0 ? &full : &levels[i - 1]);
        return levels;
    }
    MultiPolygon multiPolygon(const MultiPolygon *finer = nullptr)
    {
        MultiPolygon shape;
        shape.polygons.resize(count(sizeof(quint32)));
        for (qsizetype p = 0; p < shape.polygons.size(); ++p)
            shape.polygons[p].rings =
                rings(finer && p < finer->polygons.size() ? &finer->polygons[p].rings : nullptr);
        // Recomputed rather than stored: the bounds of the vertices as stored, to the tenth of a metre.
        shape.updateBounds();
        return shape;
    }
    /// A shape whose levels are counted is checked and bounded now and decoded when first drawn; one
    /// with listed levels (not the app's own) is decoded now.
    LodShape lodShape()
    {
        const char *start = m_pos;
        const std::optional<ShapeExtent> extent = shapeExtent();
        levelCount();
        const auto how = scalar<quint8>();
        if (extent && m_ok && how == levelsCounted && take(extent->vertices) && !m_bytes.isNull()) {
            const qsizetype from = start - m_bytes.constData();
            const qsizetype size = m_pos - start;
            return LodShape::deferred(extent->bounds, extent->polygons == 0, [bytes = m_bytes, from, size] {
                Reader again(bytes, from, size);
                return again.lodShapeParts();
            });
        }
        if (!m_ok)
            return {};
        m_pos = start;
        LodShape::Parts parts = lodShapeParts();
        return LodShape::fromParts(std::move(parts.full), std::move(parts.levels));
    }
    LodShape::Parts lodShapeParts()
    {
        LodShape::Parts shape;
        shape.full = multiPolygon();
        const qsizetype n = levelCount();
        const auto how = scalar<quint8>();
        if (m_ok && how == levelsCounted) {
            const qsizetype vertices = shape.full.vertexCount();
            const char *counts = m_pos;
            if (!take(vertices))
                return {};
            shape.levels = Geometry::shapeLevelsFromCounts(shape.full, QByteArray(counts, vertices), n);
            return shape;
        }
        if (how != levelsListed)
            m_ok = false;
        QList<MultiPolygon> levels(m_ok ? n : 0);
        for (qsizetype i = 0; i < levels.size(); ++i)
            levels[i] = multiPolygon(i == 0 ? &shape.full : &levels[i - 1]);
        shape.levels = levels;
        return shape;
    }
    /// A border line: checked and bounded now, decoded when first drawn (as lodShape()).
    void borderLine(BorderLine &border)
    {
        const char *start = m_pos;
        const std::optional<RingExtent> extent = ringExtent();
        levelCount();
        const auto how = scalar<quint8>();
        if (extent && m_ok && (how == levelsCounted || how == levelsCountedClosed) &&
            take(extent->vertices) && !m_bytes.isNull()) {
            const qsizetype from = start - m_bytes.constData();
            const qsizetype size = m_pos - start;
            border.setDeferredLine(extent->bounds, [bytes = m_bytes, from, size] {
                Reader again(bytes, from, size);
                BorderLine::Parts line;
                line.full = again.ring();
                line.levels = again.lineLevels(line.full);
                return line;
            });
            return;
        }
        if (!m_ok)
            return;
        m_pos = start;
        Ring full = ring();
        LevelList<Ring> levels = lineLevels(full);
        border.setLine(std::move(full), std::move(levels));
    }

private:
    struct RingExtent
    {
        QRectF bounds;
        qsizetype vertices = 0;
    };
    struct ShapeExtent
    {
        QRectF bounds;
        qsizetype vertices = 0;
        qsizetype polygons = 0;
    };
    /// Walks a full ring as ring() reads it, without keeping it: its vertex count and the bounds of its
    /// vertices as ring() would make them.
    std::optional<RingExtent> ringExtent(qint32 *minMax = nullptr)
    {
        constexpr qsizetype vertexBytes = 2 * sizeof(qint32);
        const auto n = static_cast<qsizetype>(scalar<quint32>());
        if (!m_ok || n == qsizetype(sameAsFinerLevel) || n > (m_end - m_pos) / vertexBytes) {
            m_ok = false;
            return std::nullopt;
        }
        qint32 local[4] = {std::numeric_limits<qint32>::max(), std::numeric_limits<qint32>::max(),
                           std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::min()};
        qint32 *box = minMax ? minMax : local;
        for (qsizetype i = 0; i < n; ++i) {
            qint32 xy[2];
            std::memcpy(xy, m_pos + i * vertexBytes, sizeof xy);
            box[0] = std::min(box[0], xy[0]);
            box[1] = std::min(box[1], xy[1]);
            box[2] = std::max(box[2], xy[0]);
            box[3] = std::max(box[3], xy[1]);
        }
        take(n * vertexBytes);
        return RingExtent{n > 0 && !minMax ? boundsOf(box) : QRectF(), n};
    }
    /// Walks a full shape as multiPolygon() reads it.
    std::optional<ShapeExtent> shapeExtent()
    {
        ShapeExtent extent;
        extent.polygons = count(sizeof(quint32));
        qint32 box[4] = {std::numeric_limits<qint32>::max(), std::numeric_limits<qint32>::max(),
                         std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::min()};
        for (qsizetype p = 0; m_ok && p < extent.polygons; ++p) {
            const qsizetype rings = count(sizeof(quint32));
            for (qsizetype r = 0; m_ok && r < rings; ++r)
                if (const std::optional<RingExtent> ring = ringExtent(box))
                    extent.vertices += ring->vertices;
        }
        if (!m_ok)
            return std::nullopt;
        if (extent.vertices > 0)
            extent.bounds = boundsOf(box);
        return extent;
    }
    /// As updateBounds() makes them from the vertices ring() reads.
    static QRectF boundsOf(const qint32 box[4])
    {
        return {QPointF(box[0] * vertexUnit, box[1] * vertexUnit),
                QPointF(box[2] * vertexUnit, box[3] * vertexUnit)};
    }

    qsizetype levelCount()
    {
        const auto n = static_cast<qsizetype>(scalar<quint32>());
        if (n > maxLevels)
            m_ok = false;
        return m_ok ? n : 0;
    }
    bool take(qsizetype n)
    {
        if (!m_ok || n < 0 || n > m_end - m_pos) {
            m_ok = false;
            return false;
        }
        m_pos += n;
        return true;
    }

    QByteArray m_bytes; ///< null when reading a view: nothing is deferred then
    const char *m_pos;
    const char *m_end;
    bool m_ok = true;
};

void writeUnits(Writer &out, const QList<AdminUnit> &units)
{
    out.count(units.size());
    for (const AdminUnit &unit : units) {
        for (const QString *text :
             {&unit.code, &unit.countryCode, &unit.nameEn, &unit.nameFr, &unit.group, &unit.type})
            out.string(*text);
        out.lodShape(unit.shape);
        out.point(unit.labelPoint);
    }
}

QList<AdminUnit> readUnits(Reader &in)
{
    QList<AdminUnit> units(in.count(6 * sizeof(quint32)));
    for (AdminUnit &unit : units) {
        for (QString *text :
             {&unit.code, &unit.countryCode, &unit.nameEn, &unit.nameFr, &unit.group, &unit.type})
            *text = in.string();
        unit.shape = in.lodShape();
        unit.labelPoint = in.point();
    }
    return units;
}

void writeBorders(Writer &out, const QList<BorderLine> &borders)
{
    out.count(borders.size());
    for (const BorderLine &border : borders) {
        out.ring(border.full());
        out.lineLevels(border.full(), border.levels());
        out.string(border.countryCode);
        out.string(border.otherCountryCode);
    }
}

QList<BorderLine> readBorders(Reader &in)
{
    QList<BorderLine> borders(in.count(4 * sizeof(quint32)));
    for (BorderLine &border : borders) {
        in.borderLine(border);
        border.countryCode = in.string();
        border.otherCountryCode = in.string();
    }
    return borders;
}

void writeTowns(Writer &out, const QList<Town> &towns)
{
    out.count(towns.size());
    for (const Town &town : towns) {
        out.scalar(town.geonameid);
        out.string(town.nameFr);
        out.string(town.nameEn);
        out.string(town.countryCode);
        out.scalar(town.population);
        out.scalar(static_cast<quint8>((town.capital ? 1 : 0) | (town.onMap ? 2 : 0)));
        out.point({town.position.lon, town.position.lat});
        out.point(town.projected);
    }
}

QList<Town> readTowns(Reader &in)
{
    QList<Town> towns(in.count(3 * sizeof(quint32)));
    for (Town &town : towns) {
        town.geonameid = in.scalar<qint64>();
        town.nameFr = in.string();
        town.nameEn = in.string();
        town.countryCode = in.string();
        town.population = in.scalar<qint64>();
        const auto flags = in.scalar<quint8>();
        town.capital = flags & 1;
        town.onMap = flags & 2;
        const QPointF position = in.point();
        town.position = {position.x(), position.y()};
        town.projected = in.point();
    }
    return towns;
}

void writeRivers(Writer &out, const QList<WaterLine> &rivers)
{
    out.count(rivers.size());
    for (const WaterLine &river : rivers) {
        out.string(river.nameEn);
        out.string(river.nameFr);
        out.scalar(static_cast<qint32>(river.scaleRank));
        out.scalar(static_cast<qint32>(river.scale));
        out.ring(river.full);
        out.lineLevels(river.full, river.levels);
    }
}

QList<WaterLine> readRivers(Reader &in)
{
    QList<WaterLine> rivers(in.count(4 * sizeof(quint32)));
    for (WaterLine &river : rivers) {
        river.nameEn = in.string();
        river.nameFr = in.string();
        river.scaleRank = in.scalar<qint32>();
        river.scale = in.scalar<qint32>();
        river.full = in.ring();
        river.levels = in.lineLevels(river.full);
        river.bounds = Geometry::ringBounds(river.full);
    }
    return rivers;
}

void writeLakes(Writer &out, const QList<Lake> &lakes)
{
    out.count(lakes.size());
    for (const Lake &lake : lakes) {
        out.string(lake.nameEn);
        out.string(lake.nameFr);
        out.scalar(static_cast<qint32>(lake.scaleRank));
        out.scalar(static_cast<qint32>(lake.scale));
        out.lodShape(lake.shape);
        out.point(lake.labelPoint);
    }
}

QList<Lake> readLakes(Reader &in)
{
    QList<Lake> lakes(in.count(4 * sizeof(quint32)));
    for (Lake &lake : lakes) {
        lake.nameEn = in.string();
        lake.nameFr = in.string();
        lake.scaleRank = in.scalar<qint32>();
        lake.scale = in.scalar<qint32>();
        lake.shape = in.lodShape();
        lake.labelPoint = in.point();
    }
    return lakes;
}

void writePhysicalNames(Writer &out, const QList<PhysicalName> &names)
{
    out.count(names.size());
    for (const PhysicalName &name : names) {
        out.string(name.nameEn);
        out.string(name.nameFr);
        out.scalar(static_cast<quint8>(name.kind));
        out.scalar(static_cast<qint32>(name.scaleRank));
        out.point({name.position.lon, name.position.lat});
        out.point(name.projected);
    }
}

QList<PhysicalName> readPhysicalNames(Reader &in)
{
    QList<PhysicalName> names(in.count(2 * sizeof(quint32)));
    for (PhysicalName &name : names) {
        name.nameEn = in.string();
        name.nameFr = in.string();
        const auto kind = in.scalar<quint8>();
        name.kind = kind <= quint8(PhysicalName::Kind::Region) ? PhysicalName::Kind(kind)
                                                               : PhysicalName::Kind::Region;
        name.scaleRank = in.scalar<qint32>();
        const QPointF position = in.point();
        name.position = {position.x(), position.y()};
        name.projected = in.point();
    }
    return names;
}

/// The data's layers, each a section of its own that a thread reads on its own: the four largest first.
struct Section
{
    std::function<void(Writer &, const GeoData &)> write;
    std::function<void(Reader &, GeoData &)> read;
};

const std::vector<Section> &sections()
{
    static const std::vector<Section> all{
        {[](Writer &out, const GeoData &d) { writeUnits(out, d.admin1); },
         [](Reader &in, GeoData &d) { d.admin1 = readUnits(in); }},
        {[](Writer &out, const GeoData &d) { writeBorders(out, d.admin1Borders); },
         [](Reader &in, GeoData &d) { d.admin1Borders = readBorders(in); }},
        {[](Writer &out, const GeoData &d) { writeUnits(out, d.countries); },
         [](Reader &in, GeoData &d) { d.countries = readUnits(in); }},
        {[](Writer &out, const GeoData &d) { writeRivers(out, d.rivers); },
         [](Reader &in, GeoData &d) { d.rivers = readRivers(in); }},
        {[](Writer &out, const GeoData &d) { writeUnits(out, d.world); },
         [](Reader &in, GeoData &d) { d.world = readUnits(in); }},
        {[](Writer &out, const GeoData &d) { writeLakes(out, d.lakes); },
         [](Reader &in, GeoData &d) { d.lakes = readLakes(in); }},
        {[](Writer &out, const GeoData &d) { writeTowns(out, d.towns); },
         [](Reader &in, GeoData &d) { d.towns = readTowns(in); }},
        {[](Writer &out, const GeoData &d) {
             writePhysicalNames(out, d.physicalNames);
             out.rect(d.detailedWaterBounds);
             out.rect(d.detailedBounds);
         },
         [](Reader &in, GeoData &d) {
             d.physicalNames = readPhysicalNames(in);
             d.detailedWaterBounds = in.rect();
             d.detailedBounds = in.rect();
         }},
    };
    return all;
}

} // namespace

QByteArray GeoDataSnapshot::write(const GeoData &data, const QByteArray &sourceFingerprint)
{
    Writer out;
    for (const char c : magic)
        out.scalar(c);
    out.scalar(formatVersion);
    out.scalar(byteOrderMark);
    out.bytes(sourceFingerprint);
    QList<QByteArray> bodies;
    for (const Section &section : sections()) {
        Writer body;
        section.write(body, data);
        bodies.append(body.take());
        if (bodies.last().isEmpty())
            return {};
    }
    out.count(bodies.size());
    for (const QByteArray &body : bodies)
        out.scalar(static_cast<quint64>(body.size()));
    QByteArray bytes = out.take();
    for (const QByteArray &body : bodies)
        bytes.append(body);
    Writer end;
    end.scalar(endMark);
    return bytes + end.take();
}

GeoDataSnapshotRead GeoDataSnapshot::read(const QByteArray &bytes)
{
    Reader in(QByteArrayView{bytes});
    char header[sizeof magic] = {};
    for (char &c : header)
        c = in.scalar<char>();
    if (!in.ok() || std::memcmp(header, magic, sizeof magic) != 0)
        return {std::nullopt, {}, QStringLiteral("not a Sahel Atlas map data snapshot")};
    const auto version = in.scalar<quint32>();
    if (in.scalar<quint32>() != byteOrderMark || version != formatVersion)
        return {std::nullopt,
                {},
                QStringLiteral(
                    "snapshot format version %1 or another machine's byte order; this build reads version %2")
                    .arg(version)
                    .arg(formatVersion)};
    const QString damaged = QStringLiteral("the snapshot is truncated or damaged");
    GeoDataSnapshotRead result;
    result.sourceFingerprint = in.bytes();
    if (in.count(sizeof(quint64)) != qsizetype(sections().size()))
        return {std::nullopt, {}, damaged};
    // Where each section starts, checked against the bytes there are before any is read.
    QList<std::pair<qsizetype, qsizetype>> bodies; // offset, size
    qsizetype at = bytes.size() - in.remaining();
    at += qsizetype(sections().size() * sizeof(quint64));
    for (std::size_t i = 0; i < sections().size(); ++i) {
        const auto size = in.scalar<quint64>();
        if (!in.ok() || size > quint64(bytes.size() - at))
            return {std::nullopt, {}, damaged};
        bodies.append({at, qsizetype(size)});
        at += qsizetype(size);
    }
    if (bytes.size() - at != qsizetype(sizeof endMark))
        return {std::nullopt, {}, damaged};
    quint32 end = 0;
    std::memcpy(&end, bytes.data() + at, sizeof end);
    if (end != endMark)
        return {std::nullopt, {}, damaged};
    GeoData data;
    std::vector<char> sectionOk(sections().size(), 0);
    // Reading is mostly allocating and filling memory, which two cores do in a little over half the time.
    onEveryCore(sections().size(), [&](std::size_t i) {
        Reader section(bytes, bodies[qsizetype(i)].first, bodies[qsizetype(i)].second);
        sections()[i].read(section, data);
        sectionOk[i] = section.ok() && section.atEnd();
    });
    if (std::find(sectionOk.cbegin(), sectionOk.cend(), 0) != sectionOk.cend())
        return {std::nullopt, {}, damaged};
    result.data = std::move(data);
    return result;
}

} // namespace sahel
