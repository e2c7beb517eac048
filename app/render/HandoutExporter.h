#pragma once

#include "MapComposer.h"
#include "PageSetup.h"
#include "Story.h"

#include <QByteArray>

#include <functional>

namespace sahel {

/// A class handout as PDF: a title page with the whole story's map, then one page per fact with
/// the map framed on its places, the fact or quote in full, its source and a page number.
class HandoutExporter
{
public:
    /// Called after each page; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static PageSetup defaultPage() { return {PageSetup::Format::A4, QPageLayout::Portrait, 15.0}; }
    /// Empty when cancelled.
    static QByteArray toPdf(const MapComposer &composer, const MapScene &scene, const Story &story,
                            const PageSetup &page, const Progress &progress = {});
    static QString write(const QString &path, const MapComposer &composer, const MapScene &scene, const Story &story,
                         const PageSetup &page, const Progress &progress = {});
    /// Paints page index (0 the title page, then the facts in story order) in points over the page's
    /// printable area, exactly as the PDF has it: the export dialog previews with it.
    static void paintPage(QPainter &painter, const MapComposer &composer, const MapScene &scene,
                          const Story &story, const PageSetup &page, int index);
};

} // namespace sahel
