#pragma once

#include <QPageLayout>
#include <QString>

#include <optional>

namespace sahel {

/// A printed page: A4, US Letter or a 16:9 slide, portrait or landscape, with margins.
struct PageSetup
{
    enum class Format { A4, Letter, Slide };

    Format format = Format::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double marginMm = 10.0;

    QPageLayout pageLayout() const;
    static std::optional<Format> formatFromName(const QString &name);
};

} // namespace sahel
