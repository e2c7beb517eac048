#include "RegionResolver.h"

#include "GdalServices.h"

namespace sahel {

RegionResolver::RegionResolver(const GeoDatabase &database)
    : m_database(database)
{}

RegionResolution RegionResolver::resolve(const QList<RegionDefinition> &definitions) const
{
    return GdalServices::instance().resolveRegions(m_database, definitions);
}

std::optional<LonLat> RegionResolver::tripoint(const QStringList &countryCodes, QString *error) const
{
    return GdalServices::instance().tripoint(m_database, countryCodes, error);
}

} // namespace sahel
