#pragma once

#include "Geometry.h"
#include "Lake.h"
#include "LonLat.h"
#include "PhysicalName.h"
#include "WaterLine.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sahel {

/// A country or a first-level unit of one, projected to Web Mercator.
struct AdminUnit
{
    QString code;        ///< ISO 3166-1 alpha-2 for a country, ISO 3166-2 for an admin-1 unit
    QString countryCode; ///< ISO 3166-1 alpha-2 of the country it belongs to (itself for a country)
    QString nameEn;
    QString nameFr;
    QString group; ///< Natural Earth's `region` field: Burkina Faso's provinces by region
    QString type;  ///< e.g. Region, Province
    LodShape shape;
    QPointF labelPoint;

    QString name(const QString &language) const;
};

/// A town of the GeoNames gazetteer.
struct Town
{
    qint64 geonameid = 0;
    QString nameFr;
    QString nameEn;
    QString countryCode;
    qint64 population = 0;
    bool capital = false;
    bool onMap = true; ///< drawn at every scale; else a gazetteer entry, drawn when named or close in
    LonLat position;
    QPointF projected;

    QString name(const QString &language) const;
};

/// A stretch of the admin-1 boundary network with its simplified levels. A border two units share is
/// stored (and drawn) once, and simplified once, so both sides agree at every scale.
struct BorderLine
{
    /// The line and its levels; levels[i] simplified with Geometry::lodTolerances()[i].
    struct Parts
    {
        Ring full;
        LevelList<Ring> levels;
    };

    QRectF bounds;
    QString countryCode;      ///< the country of the unit on one side
    QString otherCountryCode; ///< on the other side; empty along a coast or where the data ends

    const Ring &full() const { return m_line.get().full; }
    const LevelList<Ring> &levels() const { return m_line.get().levels; }
    /// The coarsest level whose tolerance stays under half a pixel at this resolution.
    const Ring &forResolution(double metresPerPixel) const;
    /// The line and its levels, made already; bounds follow.
    void setLine(Ring full, LevelList<Ring> levels);
    /// A line within these bounds that decode() makes when first read (a snapshot's).
    void setDeferredLine(QRectF lineBounds, std::function<Parts()> decode);
    bool isDecoded() const { return m_line.isMade(); }

    /// The network of these units' outlines: rings split where the units on either side change.
    static QList<BorderLine> network(const QList<AdminUnit> &units);

private:
    Lazy<Parts> m_line;
};

/// The base map: everything read from the shipped GeoPackage, projected once at load.
struct GeoData
{
    QList<AdminUnit> countries;      ///< the whole world at 1:10m
    QList<AdminUnit> admin1;         ///< units of every country that has them (Africa's unsimplified)
    QList<BorderLine> admin1Borders; ///< BorderLine::network(admin1), built once at load
    QList<AdminUnit> world;          ///< the whole world at 1:50m, for small scales and the locator
    QList<Town> towns;
    QList<WaterLine> rivers;           ///< rivers and lake centrelines, 1:10m for the whole world
    QList<Lake> lakes;                 ///< the same
    QList<PhysicalName> physicalNames; ///< oceans, seas and physical regions
    /// Where the 1:10m water lies (projected); a file that also holds 1:50m water (an older or a user's
    /// GeoPackage) draws that only outside it. The shipped data has no 1:50m water: the whole world.
    QRectF detailedWaterBounds;
    /// Where every layer holds the detail of zoom 9 (projected; the GeoPackage's `detailed_area`): Africa's
    /// admin-1 units are not simplified there, the water is at 0.002 degrees. Empty: everywhere.
    QRectF detailedBounds;

    const AdminUnit *country(const QString &code) const;
    const AdminUnit *adminUnit(const QString &code) const;
    const Town *town(qint64 geonameid) const;
    /// How close a view may frame this subject (projected): up to zoom 9 in detailedBounds, elsewhere only
    /// to zoom 6.5 (about 1:10 000 000), the zoom the admin-1 units outside Africa are simplified for.
    double framingZoomCap(const QRectF &subject) const;
    /// The admin-1 unit or, failing that, the country under a projected point.
    const AdminUnit *countryAt(QPointF projected) const;
    const AdminUnit *adminUnitAt(QPointF projected) const;
    /// Decodes the shapes and border lines within these projected bounds that a snapshot left to be decoded
    /// when first used (thread-safe: what the window does off its UI thread, MapDataPrefetcher).
    void decodeWithin(const QRectF &area) const;
};

} // namespace sahel
