#pragma once

#include "Viewport.h"

#include <QString>

#include <optional>

class QPainter;

namespace sahel {

/// A local folder of 256 px Web Mercator tiles laid out z/x/y.png (the OpenStreetMap scheme): the offline
/// basemap a user chooses, which exports draw under the map.
class TileFolder
{
public:
    static constexpr int maxZoomLevel = 22;
    /// Longest attribution kept from the folder's attribution.txt (it is printed on every export).
    static constexpr qsizetype maxAttributionLength = 200;

    /// The folder when it holds at least one zoom level of tiles; otherwise nullopt and a message
    /// naming the folder and what is wrong.
    static std::optional<TileFolder> open(const QString &path, QString *error = nullptr);

    QString path() const { return m_path; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    /// The first line of attribution.txt in the folder (plain text), else "Tiles: <folder name>".
    QString attribution() const { return m_attribution; }
    /// The zoom level whose tiles are drawn for a view: the nearest one at the view's device resolution.
    int levelFor(const Viewport &viewport) const;
    /// Draws the tiles that cover the viewport's logical area; missing or unreadable tiles are left out.
    void paint(QPainter &painter, const Viewport &viewport) const;

private:
    TileFolder() = default;

    QString m_path;
    int m_minZoom = 0;
    int m_maxZoom = 0;
    QString m_attribution;
};

} // namespace sahel
