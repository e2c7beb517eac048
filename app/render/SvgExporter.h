#pragma once

#include "MapComposer.h"

#include <QByteArray>
#include <QString>

namespace sahel {

/// Writes the composition as true-vector SVG: text stays text, and each map layer is a group with an id.
class SvgExporter
{
public:
    static QByteArray toSvg(const MapComposer &composer, const MapComposition &composition, const MapScene &scene);
    /// Empty string on success, else a message naming the file.
    static QString write(const QString &path, const MapComposer &composer, const MapComposition &composition,
                         const MapScene &scene);
};

} // namespace sahel
