#pragma once

#include "Atlas.h"
#include "ExportRequest.h"
#include "HandoutExporter.h"
#include "MapComposer.h"

namespace sahel {

/// Runs an export of an Atlas (nothing hovered; the chosen fact's regions selected): frames the view, composes title and credits, writes the file atomically.
/// The same code serves the command line and the export dialog (from a worker thread).
class MapExporter
{
public:
    /// The framed view and words of an export at a logical size.
    static MapComposition composition(const Atlas &atlas, const ExportRequest &request, QSizeF logicalSize);
    /// The words and furniture of a given view: the screen, the clipboard and the exports share them.
    static MapComposition viewComposition(const Atlas &atlas, const QString &factId, const Viewport &viewport,
                                          const FurnitureOptions &furniture);
    /// Empty string on success, else a message naming the file.
    static QString run(const Atlas &atlas, const ExportRequest &request,
                       const HandoutExporter::Progress &progress = {});
    /// The attribution's article credit, e.g. "Article · éditeur non précisé · 3 avril 2025".
    static QString credit(const Story &story, const QString &language);
};

} // namespace sahel
