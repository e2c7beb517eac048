#pragma once

#include "GeoData.h"

#include <QList>
#include <QString>

namespace sahel {

/// A place of the map data a story can name: a country, an admin-1 unit or a town.
struct PlaceMatch
{
    enum class Kind { Country, Admin1, Town };
    Kind kind = Kind::Country;
    QString code;         ///< ISO 3166-1 or 3166-2; empty for a town
    qint64 geonameid = 0; ///< towns only
    QString nameFr;
    QString nameEn;
    QString countryCode;
    LonLat position; ///< a town's position, a unit's label point

    /// How a story names it: "NE-2 Diffa", "town 2453348 Ménaka".
    QString reference() const;
    /// "country", "admin1" or "town": the story's region kind.
    QString kindName() const;
};

/// Looks places of the map data up by name or by a near code, for authors: --find-place, --list-regions and
/// the "did you mean" of resolution errors.
class PlaceFinder
{
public:
    explicit PlaceFinder(const GeoData &data);

    /// Places whose French or English name matches, accents and case ignored: whole names first, then
    /// names starting with it, then names holding it; towns by population within each.
    QList<PlaceMatch> find(const QString &name, qsizetype limit = 20) const;
    /// A country's admin-1 units (by code) and its towns (largest first).
    QList<PlaceMatch> ofCountry(const QString &iso) const;
    /// The codes closest to one the map data lacks (in the same country first), then places named like
    /// the region's name; at most limit, for a "did you mean".
    QList<PlaceMatch> suggestCode(const QString &code, const QString &regionName, qsizetype limit = 3) const;
    /// Towns named like the region, for an unknown GeoNames id.
    QList<PlaceMatch> suggestTown(const QString &regionName, qsizetype limit = 3) const;
    /// "did you mean NE-2 Diffa or NE-3 Dosso?", or empty when there is nothing to suggest.
    static QString didYouMean(const QList<PlaceMatch> &matches);

    /// Lower case without accents or spaces at the ends: how names are compared.
    static QString fold(const QString &text);

private:
    QList<PlaceMatch> m_places;
};

} // namespace sahel
