#pragma once

#include "MapFurniture.h"
#include "PageSetup.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

namespace sahel {

/// Everything an export needs to know, from the command line or the export dialog.
struct ExportRequest
{
    enum class Format { Png, Svg, Pdf, GeoJson, Handout };

    QString path;
    Format format = Format::Png;
    QSize size{1920, 1080}; ///< pixels (PNG) or the canvas the view is framed in (SVG)
    double dpi = 96.0;
    PageSetup page;
    FurnitureOptions furniture;
    QString factId;
    QString view = QStringLiteral("aes");
    std::optional<QRectF> bbox; ///< west, south, east, north as left, top, right, bottom
    /// Projected metres to show, e.g. the window's current view (wins over bbox and view): grown to
    /// the export's aspect ratio, centre kept, so the export shows what the screen shows.
    std::optional<QRectF> projectedBounds;
    bool worldFile = false;
    /// A folder of z/x/y.png tiles drawn under the map, credited on it (the window's offline basemap).
    QString tileFolder;

    /// The format a file name asks for; nullopt for an unknown extension.
    static std::optional<Format> formatForPath(const QString &path);
};

} // namespace sahel
