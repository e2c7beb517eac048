#include "PlaceFinder.h"

#include "WebMercator.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace sahel {

namespace {

PlaceMatch unitMatch(const AdminUnit &unit, PlaceMatch::Kind kind)
{
    return PlaceMatch{kind,
                      unit.code,
                      0,
                      unit.nameFr,
                      unit.nameEn,
                      unit.countryCode,
                      WebMercator::unproject(unit.labelPoint)};
}

/// Levenshtein distance: codes are a few characters, so the quadratic table is nothing.
qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> previous(static_cast<size_t>(b.size() + 1)), current(previous.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[static_cast<size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution =
                previous[static_cast<size_t>(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[static_cast<size_t>(j)] =
                std::min({previous[static_cast<size_t>(j)] + 1, current[static_cast<size_t>(j - 1)] + 1,
                          substitution});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<size_t>(b.size())];
}

} // namespace

QString PlaceMatch::reference() const
{
    const QString name = nameFr.isEmpty() ? nameEn : nameFr;
    return kind == Kind::Town ? QStringLiteral("town %1 %2").arg(geonameid).arg(name)
                              : QStringLiteral("%1 %2").arg(code, name);
}

QString PlaceMatch::kindName() const
{
    switch (kind) {
    case Kind::Country:
        return QStringLiteral("country");
    case Kind::Admin1:
        return QStringLiteral("admin1");
    case Kind::Town:
        return QStringLiteral("town");
    }
    return {};
}

PlaceFinder::PlaceFinder(const GeoData &data)
{
    QSet<QString> detailed;
    for (const AdminUnit &country : data.countries) {
        m_places.append(unitMatch(country, PlaceMatch::Kind::Country));
        detailed.insert(country.code);
    }
    for (const AdminUnit &country : data.world)
        if (!country.code.isEmpty() && !detailed.contains(country.code))
            m_places.append(unitMatch(country, PlaceMatch::Kind::Country));
    for (const AdminUnit &unit : data.admin1)
        m_places.append(unitMatch(unit, PlaceMatch::Kind::Admin1));
    QList<const Town *> towns;
    for (const Town &town : data.towns)
        towns.append(&town);
    std::stable_sort(towns.begin(), towns.end(),
                     [](const Town *a, const Town *b) { return a->population > b->population; });
    for (const Town *town : std::as_const(towns))
        m_places.append(PlaceMatch{PlaceMatch::Kind::Town, QString(), town->geonameid, town->nameFr,
                                   town->nameEn, town->countryCode, town->position});
}

QString PlaceFinder::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c == QChar(u'’') ? QChar(u'\'') : c);
    return folded.trimmed();
}

QList<PlaceMatch> PlaceFinder::find(const QString &name, qsizetype limit) const
{
    const QString wanted = fold(name);
    if (wanted.isEmpty())
        return {};
    // Three passes keep each tier in the data's order: countries, units, towns by population.
    QList<PlaceMatch> whole, starting, holding;
    for (const PlaceMatch &place : m_places) {
        const QString fr = fold(place.nameFr);
        const QString en = fold(place.nameEn);
        if (fr == wanted || en == wanted)
            whole.append(place);
        else if (fr.startsWith(wanted) || en.startsWith(wanted))
            starting.append(place);
        else if (fr.contains(wanted) || en.contains(wanted))
            holding.append(place);
    }
    return (whole + starting + holding).mid(0, limit);
}

QList<PlaceMatch> PlaceFinder::ofCountry(const QString &iso) const
{
    QList<PlaceMatch> units, towns;
    for (const PlaceMatch &place : m_places) {
        if (place.countryCode != iso)
            continue;
        if (place.kind == PlaceMatch::Kind::Admin1)
            units.append(place);
        else if (place.kind == PlaceMatch::Kind::Town)
            towns.append(place);
    }
    std::stable_sort(units.begin(), units.end(), [](const PlaceMatch &a, const PlaceMatch &b) {
        // ML-2 before ML-10: by the number when both have one.
        const QString na = a.code.section(u'-', 1), nb = b.code.section(u'-', 1);
        bool oka = false, okb = false;
        const int ia = na.toInt(&oka), ib = nb.toInt(&okb);
        return oka && okb ? ia < ib : a.code < b.code;
    });
    return units + towns;
}

QList<PlaceMatch> PlaceFinder::suggestCode(const QString &code, const QString &regionName,
                                           qsizetype limit) const
{
    const PlaceMatch::Kind kind = code.contains(u'-') ? PlaceMatch::Kind::Admin1 : PlaceMatch::Kind::Country;
    const QString country = code.section(u'-', 0, 0).toUpper();
    QList<PlaceMatch> named;
    // A region named like a place is the strongest hint ("ML-9" for Ménaka: the town of Ménaka).
    if (!regionName.isEmpty())
        for (const PlaceMatch &place : find(regionName, limit))
            if (fold(place.nameFr) == fold(regionName) || fold(place.nameEn) == fold(regionName))
                named.append(place);
    QList<std::pair<qsizetype, PlaceMatch>> near;
    for (const PlaceMatch &place : m_places) {
        if (place.kind != kind || place.code.isEmpty())
            continue;
        // Twice the edits, one more for another country's unit or another first letter: ties go to the
        // codes that start as the author's does.
        const qsizetype distance =
            2 * editDistance(code.toUpper(), place.code.toUpper()) +
            (kind == PlaceMatch::Kind::Admin1 && place.countryCode != country ? 4 : 0) +
            (place.code.at(0).toUpper() != code.at(0).toUpper() ? 1 : 0);
        // Two letters apart is any other country code: only one letter off counts for countries.
        if (distance <= (kind == PlaceMatch::Kind::Country ? 3 : 5))
            near.append({distance, place});
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<PlaceMatch> suggestions = named;
    for (const auto &[distance, place] : std::as_const(near))
        if (suggestions.size() < limit &&
            std::none_of(suggestions.cbegin(), suggestions.cend(), [&place](const PlaceMatch &m) {
                return m.code == place.code && m.kind == place.kind;
            }))
            suggestions.append(place);
    return suggestions.mid(0, limit);
}

QList<PlaceMatch> PlaceFinder::suggestTown(const QString &regionName, qsizetype limit) const
{
    QList<PlaceMatch> towns;
    for (const PlaceMatch &place : find(regionName, 50))
        if (place.kind == PlaceMatch::Kind::Town && towns.size() < limit)
            towns.append(place);
    return towns;
}

QString PlaceFinder::didYouMean(const QList<PlaceMatch> &matches)
{
    if (matches.isEmpty())
        return {};
    QStringList references;
    for (const PlaceMatch &match : matches)
        references.append(match.reference());
    const QString last = references.takeLast();
    return references.isEmpty() ? QStringLiteral("did you mean %1?").arg(last)
                                : QStringLiteral("did you mean %1 or %2?").arg(references.join(u", "), last);
}

} // namespace sahel
