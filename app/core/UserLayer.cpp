#include "UserLayer.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace sahel {

qsizetype UserLayerData::count(UserFeature::Kind kind) const
{
    return std::count_if(features.cbegin(), features.cend(),
                         [kind](const UserFeature &f) { return f.kind == kind; });
}

std::optional<UserFeatureHit> pickUserFeature(const QList<UserLayer> &layers, QPointF projected,
                                              double reachMetres)
{
    const QRectF reach(projected.x() - reachMetres, projected.y() - reachMetres, 2 * reachMetres,
                       2 * reachMetres);
    for (qsizetype l = layers.size() - 1; l >= 0; --l) {
        const UserLayer &layer = layers[l];
        if (!layer.style.visible || !layer.data)
            continue;
        const UserLayerData &data = *layer.data;
        std::optional<UserFeatureHit> best;
        double bestDistance = reachMetres;
        for (qsizetype i : data.index.query(reach)) {
            const UserFeature &f = data.features[i];
            double distance = reachMetres + 1;
            if (f.kind == UserFeature::Kind::Point) {
                distance = std::hypot(f.point.x() - projected.x(), f.point.y() - projected.y());
            } else if (f.kind == UserFeature::Kind::Line) {
                for (const Ring &line : f.lines)
                    for (qsizetype k = 1; k < line.size(); ++k)
                        distance =
                            std::min(distance, Geometry::distanceToSegment(projected, line[k - 1], line[k]));
            } else if (f.area.full().contains(projected)) {
                distance = reachMetres; // inside an area: a hit, but any point or line nearby wins
            }
            if (distance <= bestDistance && (!best || distance < bestDistance)) {
                bestDistance = distance;
                best = UserFeatureHit{l, i};
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

UserLayerStyle UserLayerStyle::defaultFor(qsizetype layerNumber, UserFeature::Kind kind)
{
    // Strong colours that stay apart from the base map's earth tones and from each other.
    static constexpr quint32 palette[] = {0xffd1495b, 0xff00798c, 0xff6a4c93, 0xffedae49,
                                          0xff30638e, 0xff2a9d8f, 0xffe76f51, 0xff3d405b};
    UserLayerStyle style;
    style.colour = palette[layerNumber % std::size(palette)];
    style.pointSize = kind == UserFeature::Kind::Point ? 6.0 : 4.0;
    style.lineWidth = kind == UserFeature::Kind::Line ? 2.0 : 1.2;
    style.opacity = kind == UserFeature::Kind::Area ? 0.8 : 0.9;
    return style;
}

} // namespace sahel
