#include "GeoData.h"

#include "LevelOfDetail.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace sahel {

namespace {

template<typename List> auto findByCode(const List &list, const QString &code) -> decltype(&list.first())
{
    for (const auto &item : list)
        if (item.code == code)
            return &item;
    return nullptr;
}

const AdminUnit *findAt(const QList<AdminUnit> &units, QPointF projected)
{
    for (const AdminUnit &unit : units)
        if (unit.shape.bounds().contains(projected) && unit.shape.full().contains(projected))
            return &unit;
    return nullptr;
}

/// An edge of a ring, the same whichever way it is walked: neighbours share their vertices exactly
/// (Natural Earth's units come from one topology), so equal edges are equal bit for bit.
struct EdgeKey
{
    double x1, y1, x2, y2;

    EdgeKey(QPointF a, QPointF b)
    {
        if (std::pair(b.x(), b.y()) < std::pair(a.x(), a.y()))
            std::swap(a, b);
        x1 = a.x();
        y1 = a.y();
        x2 = b.x();
        y2 = b.y();
    }
    bool operator==(const EdgeKey &other) const
    {
        return x1 == other.x1 && y1 == other.y1 && x2 == other.x2 && y2 == other.y2;
    }
};

struct EdgeKeyHash
{
    std::size_t operator()(const EdgeKey &key) const
    {
        std::size_t hash = 0;
        for (const double value : {key.x1, key.y1, key.x2, key.y2}) {
            quint64 bits = 0;
            std::memcpy(&bits, &value, sizeof bits);
            hash = (hash ^ static_cast<std::size_t>(bits)) * 0x100000001b3ULL;
        }
        return hash;
    }
};

/// The units on either side of an edge: the first one to walk it and, when shared, the other.
struct EdgeSides
{
    qsizetype first = -1;
    qsizetype second = -1;
};

} // namespace

const Ring &BorderLine::forResolution(double metresPerPixel) const
{
    const Parts &line = m_line.get();
    return ringForResolution(line.full, line.levels, metresPerPixel);
}

void BorderLine::setLine(Ring full, LevelList<Ring> levels)
{
    bounds = Geometry::ringBounds(full);
    m_line = Lazy<Parts>::of({std::move(full), std::move(levels)});
}

void BorderLine::setDeferredLine(QRectF lineBounds, std::function<Parts()> decode)
{
    bounds = lineBounds;
    m_line = Lazy<Parts>::later(std::move(decode));
}

QList<BorderLine> BorderLine::network(const QList<AdminUnit> &units)
{
    // Each ring as a cycle of distinct consecutive vertices (no closing repeat, no zero-length edge).
    const auto cycle = [](const Ring &ring) {
        Ring vertices;
        vertices.reserve(ring.size());
        for (const QPointF &p : ring)
            if (vertices.isEmpty() || vertices.last() != p)
                vertices.append(p);
        while (vertices.size() > 1 && vertices.first() == vertices.last())
            vertices.removeLast();
        return vertices;
    };
    const auto forEachRing = [&units, &cycle](const auto &visit) {
        for (qsizetype unit = 0; unit < units.size(); ++unit)
            for (const Polygon &polygon : units[unit].shape.full().polygons)
                for (const Ring &ring : polygon.rings)
                    if (const Ring vertices = cycle(ring); vertices.size() >= 3)
                        visit(unit, vertices);
    };

    // The units on the two sides of every edge.
    std::unordered_map<EdgeKey, EdgeSides, EdgeKeyHash> edges;
    forEachRing([&edges](qsizetype unit, const Ring &ring) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            EdgeSides &sides = edges[EdgeKey(ring[j], ring[i])];
            if (sides.first < 0)
                sides.first = unit;
            else if (sides.first != unit && sides.second < 0)
                sides.second = unit;
        }
    });

    // Each ring walked in order keeps the edges it owns (the first unit to walk an edge owns it) and
    // starts a new line wherever the unit on the other side changes.
    constexpr qsizetype notOwned = -2;
    QList<BorderLine> lines;
    forEachRing([&](qsizetype unit, const Ring &ring) {
        const qsizetype n = ring.size();
        // other[i]: the unit across the edge from vertex i-1 to vertex i (-1 for none).
        QList<qsizetype> other(n, notOwned);
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const EdgeSides &sides = edges.at(EdgeKey(ring[j], ring[i]));
            if (sides.first == unit)
                other[i] = sides.second;
        }
        // Begin where the other side changes, so no line is cut merely because the ring starts there.
        qsizetype start = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (other[i] != other[(i + n - 1) % n]) {
                start = i;
                break;
            }
        }
        Ring current;
        qsizetype currentOther = notOwned;
        const auto flush = [&] {
            if (current.size() >= 2 && currentOther != notOwned) {
                BorderLine line;
                line.setLine(current, {});
                line.countryCode = units[unit].countryCode;
                if (currentOther >= 0)
                    line.otherCountryCode = units[currentOther].countryCode;
                lines.append(std::move(line));
            }
            current.clear();
        };
        for (qsizetype k = 0; k < n; ++k) {
            const qsizetype i = (start + k) % n;
            if (other[i] != currentOther) {
                flush();
                currentOther = other[i];
                if (currentOther != notOwned)
                    current.append(ring[(i + n - 1) % n]);
            }
            if (currentOther != notOwned)
                current.append(ring[i]);
        }
        flush();
    });
    for (BorderLine &line : lines) {
        Ring full = line.full();
        LevelList<Ring> levels = Geometry::simplifyLineLevels(full, Geometry::lodTolerances());
        line.setLine(std::move(full), std::move(levels));
    }
    return lines;
}

QString AdminUnit::name(const QString &language) const
{
    if (language == QLatin1String("fr") && !nameFr.isEmpty())
        return nameFr;
    return nameEn.isEmpty() ? nameFr : nameEn;
}

QString Town::name(const QString &language) const
{
    if (language == QLatin1String("fr") && !nameFr.isEmpty())
        return nameFr;
    return nameEn.isEmpty() ? nameFr : nameEn;
}

const AdminUnit *GeoData::country(const QString &code) const
{
    // The world at 1:10m; the 1:50m world answers for what 1:10m lacks (the Vatican, empty there).
    if (const AdminUnit *detailed = findByCode(countries, code))
        return detailed;
    return findByCode(world, code);
}

double GeoData::framingZoomCap(const QRectF &subject) const
{
    // Not the water's: it is 1:10m everywhere, and holds to about zoom 8 outside the detailed area.
    const bool detailed = detailedBounds.isEmpty() || detailedBounds.contains(subject.center());
    return detailed ? 9.0 : 6.5;
}

const AdminUnit *GeoData::adminUnit(const QString &code) const
{
    return findByCode(admin1, code);
}

const Town *GeoData::town(qint64 geonameid) const
{
    for (const Town &t : towns)
        if (t.geonameid == geonameid)
            return &t;
    return nullptr;
}

const AdminUnit *GeoData::countryAt(QPointF projected) const
{
    if (const AdminUnit *unit = findAt(countries, projected))
        return unit;
    return findAt(world, projected);
}

const AdminUnit *GeoData::adminUnitAt(QPointF projected) const
{
    return findAt(admin1, projected);
}

void GeoData::decodeWithin(const QRectF &area) const
{
    const auto within = [&area](const QRectF &bounds) { return Geometry::boundsMeet(bounds, area); };
    for (const QList<AdminUnit> *units : {&countries, &admin1, &world})
        for (const AdminUnit &unit : *units)
            if (within(unit.shape.bounds()))
                unit.shape.full();
    for (const BorderLine &line : admin1Borders)
        if (within(line.bounds))
            line.full();
    for (const Lake &lake : lakes)
        if (within(lake.shape.bounds()))
            lake.shape.full();
}

} // namespace sahel
