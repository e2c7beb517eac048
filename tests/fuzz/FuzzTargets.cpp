#include "FuzzTargets.h"

#include "GeoDatabase.h"
#include "StoryReader.h"
#include "VectorLayerReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <iterator>

namespace sahel::fuzz {

namespace {

// The formats whose drivers look at content; a Shapefile needs sidecar files, so it is left to GDAL's own
// fuzzing (OSS-Fuzz). GeoJSON twice: the most common input gets the most attempts.
constexpr const char *suffixes[] = {".geojson", ".topojson", ".gpkg", ".fgb", ".csv", ".json"};

} // namespace

const char *geodataSuffix(std::uint8_t selector)
{
    return suffixes[selector % std::size(suffixes)];
}

int story(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const StoryReadResult result = StoryReader::read(bytes, QStringLiteral("fuzz.story.json"));
    // Either a story or errors, never both, never neither: anything else is a bug the fuzzer should see.
    if (result.ok() == !result.errors.isEmpty())
        __builtin_trap();
    return 0;
}

int geodata(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static QTemporaryDir dir; // one folder per process; each input overwrites the same few files
    const QString path = dir.filePath(QStringLiteral("input") + QLatin1String(geodataSuffix(data[0])));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data + 1), static_cast<qint64>(size - 1));
    }
    // Crashes, hangs, leaks and undefined behaviour are what this looks for; any answer is fine.
    const VectorLayerLoad load = VectorLayerReader::read(path);
    Q_UNUSED(load)
    return 0;
}

int geopackage(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.gpkg"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    const VectorLayerLoad load = VectorLayerReader::read(path);
    // A layer or an error, never both: the reader must decide, whatever SQLite makes of the bytes.
    if (load.ok() == !load.error.isEmpty())
        __builtin_trap();
    const GeoDatabaseLoad base = GeoDatabase::openFile(path);
    Q_UNUSED(base)
    return 0;
}

} // namespace sahel::fuzz
