#pragma once
// What the render tests share: the default story's atlas and its named views, framed the same way.

#include "Atlas.h"
#include "FontLoader.h"
#include "Viewport.h"

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sahel::RenderFixture {

/// The default story's atlas with the map's fonts loaded, or null with what went wrong.
inline std::unique_ptr<Atlas> defaultAtlas(QStringList *errors)
{
    if (FontLoader::ensureLoaded().isEmpty()) {
        if (errors)
            *errors = {QStringLiteral("the map's fonts did not load")};
        return nullptr;
    }
    AtlasLoad load = AtlasLoader::load();
    if (errors)
        *errors = load.errors;
    return std::move(load.atlas);
}

/// A named view of the story (its home view when it has none of that name) fitted to a canvas.
inline Viewport namedView(const Atlas &atlas, const QString &name, QSizeF size)
{
    Viewport viewport({}, 4.0, size);
    const std::optional<QRectF> bounds = atlas.namedView(name);
    viewport.fitBounds(bounds ? *bounds : atlas.homeBounds());
    return viewport;
}

} // namespace sahel::RenderFixture
