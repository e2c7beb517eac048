#include "MapScene.h"

#include <algorithm>
#include <atomic>

namespace sahel {

MapScene MapScene::withNewRevision() const
{
    static std::atomic<quint64> lastRevision{0};
    MapScene scene = *this;
    scene.revision = ++lastRevision;
    return scene;
}

const MapRegion *MapScene::region(const QString &regionId) const
{
    for (const MapRegion &r : regions)
        if (r.id == regionId)
            return &r;
    return nullptr;
}

std::optional<QRectF> MapScene::boundsOf(const QStringList &regionIds) const
{
    // QRectF::united ignores empty rectangles, and a point region's bounds are empty.
    bool any = false;
    double left = 0, top = 0, right = 0, bottom = 0;
    for (const QString &regionId : regionIds) {
        const MapRegion *r = region(regionId);
        if (!r)
            continue;
        const QRectF b = r->framingBounds();
        left = any ? std::min(left, b.left()) : b.left();
        top = any ? std::min(top, b.top()) : b.top();
        right = any ? std::max(right, b.right()) : b.right();
        bottom = any ? std::max(bottom, b.bottom()) : b.bottom();
        any = true;
    }
    if (!any)
        return std::nullopt;
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

std::optional<QRectF> MapScene::framingBounds(const QStringList &regionIds) const
{
    QStringList nearby;
    for (const QString &regionId : regionIds) {
        const MapRegion *r = region(regionId);
        if (r && r->kind != RegionKind::Place)
            nearby.append(regionId);
    }
    return boundsOf(nearby.isEmpty() ? regionIds : nearby);
}

} // namespace sahel
