#include "RegionCache.h"

#include "AtomicFile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace sahel {

namespace {

constexpr char magic[] = "sahel-atlas regions";
constexpr qint64 maxCacheFile = 256LL * 1024 * 1024;

QDataStream &operator<<(QDataStream &out, const LocalizedText &text)
{
    return out << text.all() << text.originalLanguage();
}

QDataStream &operator>>(QDataStream &in, LocalizedText &text)
{
    QMap<QString, QString> texts;
    QString original;
    in >> texts >> original;
    text = LocalizedText();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        text.set(it.key(), it.value());
    text.setOriginalLanguage(original);
    return in;
}

void writeShape(QDataStream &out, const MultiPolygon &shape)
{
    out << static_cast<qint64>(shape.polygons.size());
    for (const Polygon &polygon : shape.polygons)
        out << polygon.rings;
}

MultiPolygon readShape(QDataStream &in)
{
    MultiPolygon shape;
    qint64 count = 0;
    in >> count;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Polygon polygon;
        in >> polygon.rings;
        shape.polygons.append(std::move(polygon));
    }
    shape.updateBounds();
    return shape;
}

QByteArray serialise(const QList<MapRegion> &regions)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << static_cast<qint64>(regions.size());
    for (const MapRegion &region : regions) {
        out << region.id << static_cast<qint32>(region.kind) << static_cast<qint32>(region.style)
            << region.name << region.point << region.position.lon << region.position.lat << region.labelPoint
            << region.isPoint << region.units;
        writeShape(out, region.shape.full());
    }
    return payload;
}

std::optional<QList<MapRegion>> deserialise(const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_0);
    qint64 count = 0;
    in >> count;
    QList<MapRegion> regions;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        MapRegion region;
        qint32 kind = 0, style = 0;
        in >> region.id >> kind >> style >> region.name >> region.point >> region.position.lon >>
            region.position.lat >> region.labelPoint >> region.isPoint >> region.units;
        region.kind = static_cast<RegionKind>(kind);
        region.style = static_cast<RegionStyle>(style);
        MultiPolygon full = readShape(in);
        if (!region.isPoint)
            region.shape = LodShape::fromMultiPolygon(std::move(full));
        regions.append(std::move(region));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd() || regions.size() != count)
        return std::nullopt;
    return regions;
}

QByteArray checksum(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
}

} // namespace

RegionCache::RegionCache(QString directory)
    : m_directory(std::move(directory))
{}

QString RegionCache::defaultDirectory()
{
    const QString chosen = qEnvironmentVariable("SAHEL_ATLAS_REGION_CACHE");
    if (chosen == QLatin1String("off"))
        return {};
    if (!chosen.isEmpty())
        return chosen;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/regions");
}

QByteArray RegionCache::key(const QByteArray &dataFingerprint, const QList<RegionDefinition> &definitions)
{
    // Every field that can change a result, in a fixed order; positions in the file do not count.
    QByteArray text;
    QDataStream out(&text, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << resolverVersion << dataFingerprint << static_cast<qint64>(definitions.size());
    for (const RegionDefinition &d : definitions) {
        out << d.id << static_cast<qint32>(d.kind) << static_cast<qint32>(d.style) << d.name << d.iso
            << static_cast<qint64>(d.members.size());
        for (const RegionSelector &member : d.members)
            out << member.code << member.country << member.group;
        out << d.countries << d.around << d.radiusKm << d.clipTo << d.geonameid << d.position.has_value();
        if (d.position)
            out << d.position->lon << d.position->lat;
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(32);
}

QString RegionCache::pathFor(const QByteArray &key) const
{
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".regions");
}

std::optional<QList<MapRegion>> RegionCache::read(const QByteArray &key) const
{
    if (m_directory.isEmpty())
        return std::nullopt;
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxCacheFile)
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    // magic, key, checksum of the payload, payload: checked before a byte of the payload is parsed.
    const QByteArray header = QByteArray(magic) + '\n' + key + '\n';
    constexpr qsizetype checksumSize = 32;
    if (!bytes.startsWith(header) || bytes.size() < header.size() + checksumSize)
        return std::nullopt;
    const QByteArray stored = bytes.mid(header.size(), checksumSize);
    const QByteArray payload = bytes.mid(header.size() + checksumSize);
    if (checksum(payload) != stored)
        return std::nullopt;
    return deserialise(payload);
}

void RegionCache::write(const QByteArray &key, const QList<MapRegion> &regions) const
{
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory))
        return;
    const QByteArray payload = serialise(regions);
    const QByteArray bytes = QByteArray(magic) + '\n' + key + '\n' + checksum(payload) + payload;
    AtomicFile::write(pathFor(key), bytes); // a failure leaves no file: the next start resolves again
}

} // namespace sahel
