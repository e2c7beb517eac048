#pragma once

#include "Geometry.h"

#include <QPointF>
#include <QString>

namespace sahel {

/// A lake or reservoir of Natural Earth, projected, with where its name goes.
struct Lake
{
    QString nameEn;
    QString nameFr;
    int scaleRank = 10; ///< Natural Earth's importance, 0 (largest) to 10
    int scale = 10;     ///< 10 (1:10m) or 50 (1:50m)
    LodShape shape;
    QPointF labelPoint;

    QString name(const QString &language) const
    {
        if (language == QLatin1String("fr") && !nameFr.isEmpty())
            return nameFr;
        return nameEn.isEmpty() ? nameFr : nameEn;
    }
};

} // namespace sahel
