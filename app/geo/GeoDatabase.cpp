#include "GeoDatabase.h"

#include "GdalServices.h"
#include "GeoDataSnapshot.h"
#include "GeoDatabasePrivate.h"

#include <QResource>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace sahel {

namespace {

/// Baked from the embedded GeoPackage when the app is built (app/geo/bake).
constexpr auto embeddedSnapshot = ":/maps/sahel-atlas.geodata";

/// Gives back the pages of the executable that held the snapshot once it is checked: read once, they would
/// otherwise stay resident for the whole run (17 MB). They are a read-only mapping of the file, so the
/// kernel maps them again (from its page cache) when a shape is decoded. Only whole pages inside the range
/// are given back.
void releaseReadPages(QByteArrayView bytes)
{
#ifdef __linux__
    const auto pageSize = static_cast<quintptr>(sysconf(_SC_PAGESIZE));
    const auto start = reinterpret_cast<quintptr>(bytes.data());
    const quintptr first = (start + pageSize - 1) / pageSize * pageSize;
    const quintptr last = (start + static_cast<quintptr>(bytes.size())) / pageSize * pageSize;
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_DONTNEED);
#else
    Q_UNUSED(bytes);
#endif
}

} // namespace

GeoDatabase::GeoDatabase(std::unique_ptr<Private> data)
    : d(std::move(data))
{}

GeoDatabase::~GeoDatabase() = default;

const GeoData &GeoDatabase::data() const
{
    return d->data;
}

QByteArray GeoDatabase::snapshot() const
{
    return GeoDataSnapshot::write(d->data, d->fingerprint);
}

QByteArray GeoDatabase::fingerprint() const
{
    return d->fingerprint;
}

GeoDatabaseLoad GeoDatabase::openEmbedded()
{
    const QResource snapshot(QString::fromLatin1(embeddedSnapshot));
    if (!snapshot.isValid())
        return openEmbeddedGeoPackage(); // a build without the baked snapshot (the bake tool itself)
    // Read in place when the resource is stored uncompressed, as the build stores it.
    const QByteArray unpacked = snapshot.compressionAlgorithm() == QResource::NoCompression
                                    ? QByteArray()
                                    : snapshot.uncompressedData();
    // The executable's bytes stay mapped for the whole run: shapes decoded later read them in place.
    const QByteArray bytes =
        unpacked.isNull()
            ? QByteArray::fromRawData(reinterpret_cast<const char *>(snapshot.data()), snapshot.size())
            : unpacked;
    GeoDataSnapshotRead read = GeoDataSnapshot::read(bytes);
    if (unpacked.isNull())
        releaseReadPages(bytes);
    if (!read.data)
        return {nullptr, QStringLiteral("%1: %2").arg(QLatin1String(embeddedSnapshot), read.error)};
    auto d = std::make_unique<Private>();
    d->data = std::move(*read.data);
    d->fingerprint = read.sourceFingerprint;
    d->readGeometriesOnFirstUse([] { return GdalServices::instance().readEmbeddedGeometries(); });
    return {std::unique_ptr<GeoDatabase>(new GeoDatabase(std::move(d))), {}};
}

GeoDatabaseLoad GeoDatabase::openEmbeddedGeoPackage()
{
    return GdalServices::instance().openEmbeddedGeoPackage();
}

GeoDatabaseLoad GeoDatabase::openFile(const QString &path)
{
    return GdalServices::instance().openGeoPackage(path);
}

} // namespace sahel
