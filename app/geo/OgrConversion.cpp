#include "OgrConversion.h"

#include "WebMercator.h"

#include <ogr_geometry.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace sahel {

void OgrGeometryDeleter::operator()(OGRGeometry *geometry) const
{
    OGRGeometryFactory::destroyGeometry(geometry);
}

namespace OgrConversion {

namespace {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("avx"))) void zeroUpperAvx()
{
    _mm256_zeroupper();
}
#endif

/// Clears the upper halves of the AVX registers before a loop of libm calls. Qt's seeded string
/// hashing (QHash<QString>::insert, as in readUnits) leaves them dirty; on CPUs with AVX-512, where
/// glibc's memcpy never runs vzeroupper, they stay dirty, and every switch between our SSE code and
/// libm's AVX code then stalls: projecting the base map took 100 ms instead of 4 ms.
void clearAvxUpperState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        zeroUpperAvx();
#endif
}

Ring toRing(const OGRLinearRing &ring)
{
    Ring result;
    const int count = ring.getNumPoints();
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result.append(WebMercator::project({ring.getX(i), ring.getY(i)}));
    return result;
}

void appendPolygon(const OGRPolygon &polygon, MultiPolygon &out)
{
    if (polygon.IsEmpty() || !polygon.getExteriorRing())
        return;
    Polygon converted;
    converted.rings.append(toRing(*polygon.getExteriorRing()));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        converted.rings.append(toRing(*polygon.getInteriorRing(i)));
    out.polygons.append(std::move(converted));
}

void appendPolygonal(const OGRGeometry &geometry, MultiPolygon &out)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        appendPolygon(*geometry.toPolygon(), out);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            appendPolygonal(*part, out);
        break;
    default:
        break; // points and lines left over from clipping are not areas
    }
}

void appendLines(const OGRGeometry &geometry, QList<Ring> &out)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbLineString: {
        const OGRLineString &line = *geometry.toLineString();
        Ring projected;
        projected.reserve(line.getNumPoints());
        for (int i = 0; i < line.getNumPoints(); ++i)
            projected.append(WebMercator::project({line.getX(i), line.getY(i)}));
        if (projected.size() >= 2)
            out.append(std::move(projected));
        break;
    }
    case wkbMultiLineString:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            appendLines(*part, out);
        break;
    default:
        break;
    }
}

} // namespace

QList<Ring> toProjectedLines(const OGRGeometry &lonLatGeometry)
{
    clearAvxUpperState();
    QList<Ring> result;
    appendLines(lonLatGeometry, result);
    return result;
}

MultiPolygon toProjectedMultiPolygon(const OGRGeometry &lonLatGeometry)
{
    clearAvxUpperState();
    MultiPolygon result;
    appendPolygonal(lonLatGeometry, result);
    result.updateBounds();
    return result;
}

OgrGeometryPtr clone(const OGRGeometry &geometry)
{
    return OgrGeometryPtr(geometry.clone());
}

OgrGeometryPtr cleanPolygonal(const OGRGeometry &geometry)
{
    if (geometry.IsEmpty())
        return nullptr;
    OgrGeometryPtr result = geometry.IsValid() ? clone(geometry) : OgrGeometryPtr(geometry.MakeValid());
    if (!result || result->IsEmpty())
        return nullptr;
    return result;
}

} // namespace OgrConversion
} // namespace sahel
