#include "GeoDatabase.h"

#include "GdalServices.h"
#include "GeoDataSnapshot.h"
#include "GeoDatabasePrivate.h"

#include <QResource>

namespace sahel {

namespace {

/// Baked from the embedded GeoPackage when the app is built (app/geo/bake).
constexpr auto embeddedSnapshot = ":/maps/sahel-atlas.geodata";

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
    const QByteArrayView bytes =
        unpacked.isNull() ? QByteArrayView(reinterpret_cast<const char *>(snapshot.data()), snapshot.size())
                          : QByteArrayView(unpacked);
    GeoDataSnapshotRead read = GeoDataSnapshot::read(bytes);
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
