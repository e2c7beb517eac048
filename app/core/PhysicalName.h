#pragma once

#include "LonLat.h"

#include <QPointF>
#include <QString>

namespace sahel {

/// A name without a symbol: an ocean, a sea or a physical region (desert, mountains), from Natural Earth.
struct PhysicalName
{
    enum class Kind { Ocean, Sea, Region };

    QString nameEn;
    QString nameFr;
    Kind kind = Kind::Region;
    int scaleRank = 10; ///< Natural Earth's importance, 0 (largest) to 10
    LonLat position;
    QPointF projected;

    QString name(const QString &language) const
    {
        if (language == QLatin1String("fr") && !nameFr.isEmpty())
            return nameFr;
        return nameEn.isEmpty() ? nameFr : nameEn;
    }
    bool isWater() const { return kind != Kind::Region; }
};

} // namespace sahel
