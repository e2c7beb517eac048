#pragma once

#include "Viewport.h"

#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>

namespace sahel {

/// The small per-frame state one render of a MapScene needs: where it looks, what is hovered,
/// selected and glowing, and where labels must not go (furniture). A value: compared, copied, cached.
struct FrameState
{
    FrameState() = default;
    explicit FrameState(const Viewport &view)
        : viewport(view)
    {}

    Viewport viewport;
    QString hoveredUnit;           ///< ISO code of the admin-1 unit (or country) under the cursor
    QString hoveredRegion;         ///< a story region under the cursor
    QSet<QString> selectedRegions; ///< regions of the selected fact: highlighted, the rest dimmed
    QSet<QString> glowingRegions;  ///< regions of the hovered card
    QList<QRectF> reserved;        ///< logical px kept free of labels, where map furniture goes

    /// The same frame without hover and card glow: what an export, a slide or a screenshot shows.
    FrameState withoutHover() const
    {
        FrameState frame = *this;
        frame.hoveredUnit.clear();
        frame.hoveredRegion.clear();
        frame.glowingRegions.clear();
        return frame;
    }

    friend bool operator==(const FrameState &, const FrameState &) = default;
};

} // namespace sahel
