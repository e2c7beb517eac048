// PlaceFinder: names compared without accents or case, codes suggested by nearness, a country's units in
// order.
#include "PlaceFinder.h"

#include <QTest>

using namespace sahel;

namespace {

AdminUnit unit(const QString &code, const QString &country, const QString &fr, const QString &en)
{
    AdminUnit u;
    u.code = code;
    u.countryCode = country;
    u.nameFr = fr;
    u.nameEn = en;
    return u;
}

Town town(qint64 id, const QString &fr, const QString &en, const QString &country, qint64 population)
{
    Town t;
    t.geonameid = id;
    t.nameFr = fr;
    t.nameEn = en;
    t.countryCode = country;
    t.population = population;
    t.position = LonLat{2.4, 15.9};
    return t;
}

GeoData sample()
{
    GeoData data;
    data.countries = {
        unit(QStringLiteral("NE"), QStringLiteral("NE"), QStringLiteral("Niger"), QStringLiteral("Niger")),
        unit(QStringLiteral("ML"), QStringLiteral("ML"), QStringLiteral("Mali"), QStringLiteral("Mali"))};
    data.admin1 = {
        unit(QStringLiteral("NE-2"), QStringLiteral("NE"), QStringLiteral("Diffa"), QStringLiteral("Diffa")),
        unit(QStringLiteral("NE-10"), QStringLiteral("NE"), QStringLiteral("Dix"), QStringLiteral("Ten")),
        unit(QStringLiteral("NE-6"), QStringLiteral("NE"), QStringLiteral("Tillabéri"),
             QStringLiteral("Tillaberi")),
        unit(QStringLiteral("ML-7"), QStringLiteral("ML"), QStringLiteral("Gao"), QStringLiteral("Gao"))};
    data.towns = {
        town(1, QStringLiteral("Ménaka"), QStringLiteral("Menaka"), QStringLiteral("ML"), 20000),
        town(2, QStringLiteral("Diffa"), QStringLiteral("Diffa"), QStringLiteral("NE"), 48000),
        town(3, QStringLiteral("Ménakaville"), QStringLiteral("Menakaville"), QStringLiteral("ML"), 900000)};
    return data;
}

} // namespace

class TestPlaceFinder : public QObject
{
    Q_OBJECT

private slots:
    void foldIgnoresAccentsAndCase()
    {
        QCOMPARE(PlaceFinder::fold(QStringLiteral("  MÉNAKA ")), QStringLiteral("menaka"));
        QCOMPARE(PlaceFinder::fold(QStringLiteral("Tillabéri")),
                 PlaceFinder::fold(QStringLiteral("tillaberi")));
        QCOMPARE(PlaceFinder::fold(QStringLiteral("N’Djamena")), QStringLiteral("n'djamena"));
    }

    void wholeNamesComeFirst()
    {
        const GeoData data = sample();
        const QList<PlaceMatch> found = PlaceFinder(data).find(QStringLiteral("menaka"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].geonameid, 1); // whole name, although the other town is larger
        QCOMPARE(found[1].geonameid, 3);
        QCOMPARE(found[0].reference(), QStringLiteral("town 1 Ménaka"));
        QVERIFY(PlaceFinder(data).find(QStringLiteral("   ")).isEmpty());
    }

    void unitsInNumberOrderThenTowns()
    {
        const GeoData data = sample();
        const QList<PlaceMatch> places = PlaceFinder(data).ofCountry(QStringLiteral("NE"));
        QStringList order;
        for (const PlaceMatch &p : places)
            order.append(p.kind == PlaceMatch::Kind::Town ? QString::number(p.geonameid) : p.code);
        QCOMPARE(order, (QStringList{QStringLiteral("NE-2"), QStringLiteral("NE-6"), QStringLiteral("NE-10"),
                                     QStringLiteral("2")}));
    }

    void suggestionsForUnknownCodes()
    {
        const GeoData data = sample();
        const PlaceFinder finder(data);
        // A region named like a place: that place first, then codes one or two edits away in its country.
        const QList<PlaceMatch> menaka = finder.suggestCode(QStringLiteral("ML-9"), QStringLiteral("Ménaka"));
        QVERIFY(!menaka.isEmpty());
        QCOMPARE(menaka[0].geonameid, 1);
        QCOMPARE(menaka[1].code, QStringLiteral("ML-7"));
        QCOMPARE(PlaceFinder::didYouMean(finder.suggestCode(QStringLiteral("NE-22"), QString())),
                 QStringLiteral("did you mean NE-2 Diffa, NE-10 Dix or NE-6 Tillabéri?"));
        QCOMPARE(finder.suggestCode(QStringLiteral("NQ"), QString()).constFirst().code, QStringLiteral("NE"));
        QVERIFY(finder.suggestCode(QStringLiteral("XX"), QString()).isEmpty());
        QCOMPARE(PlaceFinder::didYouMean({}), QString());
        QCOMPARE(finder.suggestTown(QStringLiteral("Diffa")).constFirst().geonameid, 2);
    }
};

QTEST_GUILESS_MAIN(TestPlaceFinder)
#include "tst_placefinder.moc"
