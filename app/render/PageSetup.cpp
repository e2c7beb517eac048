#include "PageSetup.h"

#include <QPageSize>
#include <QSizeF>

namespace sahel {

QPageLayout PageSetup::pageLayout() const
{
    QPageSize size;
    switch (format) {
    case Format::A4:
        size = QPageSize(QPageSize::A4);
        break;
    case Format::Letter:
        size = QPageSize(QPageSize::Letter);
        break;
    case Format::Slide:
        // 10 x 5.625 inches: the 16:9 page of presentation software. QPageSize sizes are portrait (the
        // orientation turns them), so the short side comes first: landscape is then 10 inches wide.
        size = QPageSize(QSizeF(142.875, 254.0), QPageSize::Millimeter, QStringLiteral("Slide 16:9"));
        break;
    }
    return QPageLayout(size, orientation, QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

std::optional<PageSetup::Format> PageSetup::formatFromName(const QString &name)
{
    if (name == QLatin1String("a4"))
        return Format::A4;
    if (name == QLatin1String("letter"))
        return Format::Letter;
    if (name == QLatin1String("slide"))
        return Format::Slide;
    return std::nullopt;
}

} // namespace sahel
