#pragma once

#include "MapComposer.h"
#include "PageSetup.h"

#include <QByteArray>

namespace sahel {

/// Writes the composition as a one-page vector PDF; the view is refitted to the page, keeping what it shows.
class PdfExporter
{
public:
    static constexpr double pointsPerPixel = 72.0 / 96.0;

    static QByteArray toPdf(const MapComposer &composer, const MapComposition &composition, const MapScene &scene,
                            const PageSetup &page);
    static QString write(const QString &path, const MapComposer &composer, const MapComposition &composition,
                         const MapScene &scene, const PageSetup &page);
};

} // namespace sahel
