#include "GeoData.h"

namespace sahel {

namespace {

template<typename List>
auto findByCode(const List &list, const QString &code) -> decltype(&list.first())
{
    for (const auto &item : list)
        if (item.code == code)
            return &item;
    return nullptr;
}

const AdminUnit *findAt(const QList<AdminUnit> &units, QPointF projected)
{
    for (const AdminUnit &unit : units)
        if (unit.shape.full.contains(projected))
            return &unit;
    return nullptr;
}

} // namespace

QString AdminUnit::name(const QString &language) const
{
    if (language == QLatin1String("fr") && !nameFr.isEmpty())
        return nameFr;
    return nameEn.isEmpty() ? nameFr : nameEn;
}

QString Town::name(const QString &language) const
{
    if (language == QLatin1String("fr") && !nameFr.isEmpty())
        return nameFr;
    return nameEn.isEmpty() ? nameFr : nameEn;
}

const AdminUnit *GeoData::country(const QString &code) const
{
    return findByCode(countries, code);
}

const AdminUnit *GeoData::adminUnit(const QString &code) const
{
    return findByCode(admin1, code);
}

const Town *GeoData::town(qint64 geonameid) const
{
    for (const Town &t : towns)
        if (t.geonameid == geonameid)
            return &t;
    return nullptr;
}

const AdminUnit *GeoData::countryAt(QPointF projected) const
{
    if (const AdminUnit *unit = findAt(countries, projected))
        return unit;
    return findAt(world, projected);
}

const AdminUnit *GeoData::adminUnitAt(QPointF projected) const
{
    return findAt(admin1, projected);
}

} // namespace sahel
