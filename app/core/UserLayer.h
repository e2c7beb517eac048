#pragma once

#include "Geometry.h"
#include "GridIndex.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sahel {

/// One feature of a layer the user added: a point, a line or an area, projected to Web Mercator.
struct UserFeature
{
    enum class Kind { Point, Line, Area };

    Kind kind = Kind::Point;
    qint64 fid = 0;
    QPointF point;         ///< Point: the position
    QList<Ring> lines;     ///< Line: its parts
    LodShape area;         ///< Area
    QRectF bounds;
    QStringList values;    ///< attribute values, in the layer's field order
};

/// A layer's data as read from its file: immutable once loaded, shared between threads and views.
struct UserLayerData
{
    QString name;
    QString sourcePath;
    QStringList fieldNames;
    QList<UserFeature> features;
    QRectF bounds;
    GridIndex index;       ///< feature indices by location, for culling and hit tests
    QStringList warnings;  ///< repaired or skipped features, assumed coordinate system
    UserFeature::Kind dominantKind = UserFeature::Kind::Point;

    qsizetype count(UserFeature::Kind kind) const;
};

/// How the user chose to draw a layer; changes often, unlike the data.
struct UserLayerStyle
{
    bool visible = true;
    double opacity = 0.85;
    quint32 colour = 0xff7a3b8c; ///< ARGB; core stays free of Qt GUI types
    double pointSize = 5.0; ///< diameter in logical px
    double lineWidth = 1.5;
    QString labelField;     ///< empty: no labels
    /// Above this many points in view, points are drawn as clusters with their counts.
    int clusterThreshold = 1500;

    friend bool operator==(const UserLayerStyle &, const UserLayerStyle &) = default;

    /// A sensible first style for the n-th added layer: a colour of its own, sizes by geometry.
    static UserLayerStyle defaultFor(qsizetype layerNumber, UserFeature::Kind kind);
};

/// A layer on the map: shared data plus its style.
struct UserLayer
{
    std::shared_ptr<const UserLayerData> data;
    UserLayerStyle style;
};

struct UserFeatureHit
{
    qsizetype layer = -1;
    qsizetype feature = -1;
};

/// The topmost visible feature under a projected point: points and lines within reachMetres,
/// areas containing it. Uses each layer's grid index, so it stays fast with many features.
std::optional<UserFeatureHit> pickUserFeature(const QList<UserLayer> &layers, QPointF projected, double reachMetres);

} // namespace sahel
