#include "TileFolder.h"

#include "WebMercator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sahel {

namespace {

QString firstLine(const QString &path, qsizetype maxLength)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString line = QString::fromUtf8(file.readLine(4 * maxLength)).trimmed();
    return line.left(maxLength);
}

/// Projected metres of a tile corner: x from the west edge of the world, y from its north edge.
QPointF tileCorner(int x, int y, int z)
{
    const double tileMetres = 2.0 * WebMercator::halfWorld / std::ldexp(1.0, z);
    return {-WebMercator::halfWorld + x * tileMetres, WebMercator::halfWorld - y * tileMetres};
}

} // namespace

std::optional<TileFolder> TileFolder::open(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<TileFolder> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), message);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("TileFolder", "no such folder"));
    if (!info.isDir())
        return fail(QCoreApplication::translate("TileFolder", "not a folder"));
    TileFolder folder;
    folder.m_path = info.canonicalFilePath();
    folder.m_minZoom = maxZoomLevel + 1;
    folder.m_maxZoom = -1;
    const QDir dir(folder.m_path);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isNumber = false;
        const int z = name.toInt(&isNumber);
        if (!isNumber || z < 0 || z > maxZoomLevel)
            continue;
        // A level counts when it has at least one x folder with a tile in it.
        const QDir level(dir.filePath(name));
        const QStringList columns = level.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const bool hasTile = std::any_of(columns.begin(), columns.end(), [&level](const QString &column) {
            return !QDir(level.filePath(column)).entryList({QStringLiteral("*.png")}, QDir::Files).isEmpty();
        });
        if (hasTile) {
            folder.m_minZoom = std::min(folder.m_minZoom, z);
            folder.m_maxZoom = std::max(folder.m_maxZoom, z);
        }
    }
    if (folder.m_maxZoom < 0)
        return fail(QCoreApplication::translate("TileFolder",
                                                "no tiles found (expected z/x/y.png, as OpenStreetMap "
                                                "tile servers lay them out)"));
    folder.m_attribution = firstLine(dir.filePath(QStringLiteral("attribution.txt")), maxAttributionLength);
    if (folder.m_attribution.isEmpty())
        folder.m_attribution = QCoreApplication::translate("TileFolder", "Tiles: %1").arg(dir.dirName());
    return folder;
}

int TileFolder::levelFor(const Viewport &viewport) const
{
    const double wanted = viewport.zoom() + std::log2(std::max(viewport.devicePixelRatio(), 0.01));
    return std::clamp(static_cast<int>(std::lround(wanted)), m_minZoom, m_maxZoom);
}

void TileFolder::paint(QPainter &painter, const Viewport &viewport) const
{
    const int z = levelFor(viewport);
    const int count = 1 << z;
    const double tileMetres = 2.0 * WebMercator::halfWorld / count;
    const QRectF visible = viewport.visibleBounds().normalized();
    const auto column = [&](double metres) {
        return static_cast<int>(std::floor((metres + WebMercator::halfWorld) / tileMetres));
    };
    const auto row = [&](double metres) {
        return static_cast<int>(std::floor((WebMercator::halfWorld - metres) / tileMetres));
    };
    const int firstRow = std::max(0, row(visible.bottom()));
    const int lastRow = std::min(count - 1, row(visible.top()));
    const int firstColumn = std::max(0, column(visible.left()));
    const int lastColumn = std::min(count - 1, column(visible.right()));
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int y = firstRow; y <= lastRow; ++y) {
        for (int x = firstColumn; x <= lastColumn; ++x) {
            const QString file = QStringLiteral("%1/%2/%3/%4.png").arg(m_path).arg(z).arg(x).arg(y);
            QImageReader reader(file);
            reader.setAllocationLimit(64); // MB: a tile is 256 KB decoded; refuse anything absurd
            const QImage tile = reader.read();
            if (tile.isNull())
                continue;
            const QRectF target(viewport.toScreen(tileCorner(x, y, z)),
                                viewport.toScreen(tileCorner(x + 1, y + 1, z)));
            painter.drawImage(target, tile);
        }
    }
    painter.restore();
}

} // namespace sahel
