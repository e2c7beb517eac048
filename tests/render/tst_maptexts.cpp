// MapTexts from the Qt Linguist files: French from the embedded sahel-atlas_fr.qm, English (the source) for
// any language without a translation, whatever translator the application has installed, on any thread.
#include "MapTexts.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <array>
#include <memory>
#include <utility>
#include <vector>

using namespace sahel;

namespace {

using Field = std::pair<QString MapTexts::*, const char *>;

const std::array<Field, 24> fields{{
    {&MapTexts::legendTitle, "legendTitle"},
    {&MapTexts::capital, "capital"},
    {&MapTexts::town, "town"},
    {&MapTexts::nationalBorder, "nationalBorder"},
    {&MapTexts::admin1Border, "admin1Border"},
    {&MapTexts::otherCountries, "otherCountries"},
    {&MapTexts::selection, "selection"},
    {&MapTexts::farPlace, "farPlace"},
    {&MapTexts::river, "river"},
    {&MapTexts::lake, "lake"},
    {&MapTexts::kilometres, "kilometres"},
    {&MapTexts::north, "north"},
    {&MapTexts::dataAttribution, "dataAttribution"},
    {&MapTexts::articlePrefix, "articlePrefix"},
    {&MapTexts::publisherUnknown, "publisherUnknown"},
    {&MapTexts::kindFact, "kindFact"},
    {&MapTexts::kindFigure, "kindFigure"},
    {&MapTexts::kindQuote, "kindQuote"},
    {&MapTexts::kindEvent, "kindEvent"},
    {&MapTexts::sourceLabel, "sourceLabel"},
    {&MapTexts::theArticle, "theArticle"},
    {&MapTexts::paragraphLabel, "paragraphLabel"},
    {&MapTexts::translationNote, "translationNote"},
    {&MapTexts::contents, "contents"},
}};
// A field added to MapTexts must be added above too.
static_assert(sizeof(MapTexts) == fields.size() * sizeof(QString));

/// The fields that are the same words in French and English.
bool sameInBothLanguages(const char *name)
{
    return qstrcmp(name, "kilometres") == 0 || qstrcmp(name, "north") == 0 ||
           qstrcmp(name, "articlePrefix") == 0;
}

} // namespace

class TestMapTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishIsTheSource();
    void frenchTranslatesEveryField();
    void frenchWords();
    void unknownLanguageFallsBackToEnglish_data();
    void unknownLanguageFallsBackToEnglish();
    void independentOfTheApplicationTranslator();
    void concurrentThreads();
};

void TestMapTexts::englishIsTheSource()
{
    const MapTexts en = MapTexts::forLanguage(QStringLiteral("en"));
    for (const auto &[field, name] : fields)
        QVERIFY2(!(en.*field).isEmpty(), name);
    QCOMPARE(en.legendTitle, QStringLiteral("Legend"));
    QCOMPARE(en.sourceLabel, QStringLiteral("Source: %1"));
    QCOMPARE(en.theArticle, QStringLiteral("the article"));
    QCOMPARE(
        en.dataAttribution,
        QStringLiteral("Borders, water, relief: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0)"));
    QCOMPARE(en.river, QStringLiteral("River"));
    QCOMPARE(en.lake, QStringLiteral("Lake"));
    QCOMPARE(en.kindName(FactKind::Event), QStringLiteral("Context"));
}

void TestMapTexts::frenchTranslatesEveryField()
{
    const MapTexts en = MapTexts::forLanguage(QStringLiteral("en"));
    const MapTexts fr = MapTexts::forLanguage(QStringLiteral("fr"));
    for (const auto &[field, name] : fields) {
        QVERIFY2(!(fr.*field).isEmpty(), name);
        if (sameInBothLanguages(name))
            QCOMPARE(fr.*field, en.*field);
        else
            QVERIFY2(fr.*field != en.*field,
                     qPrintable(
                         QStringLiteral("%1 is not translated: \"%2\"").arg(QLatin1String(name), fr.*field)));
        // Placeholders survive translation.
        QCOMPARE((fr.*field).contains(QLatin1String("%1")), (en.*field).contains(QLatin1String("%1")));
    }
}

void TestMapTexts::frenchWords()
{
    const MapTexts fr = MapTexts::forLanguage(QStringLiteral("fr"));
    QCOMPARE(fr.legendTitle, QStringLiteral("Légende"));
    QCOMPARE(fr.sourceLabel.arg(fr.theArticle), QStringLiteral("Source : l’article"));
    QCOMPARE(fr.paragraphLabel.arg(3), QStringLiteral("Paragraphe 3 de l’article"));
    QCOMPARE(
        fr.dataAttribution,
        QStringLiteral(
            "Frontières, eaux, reliefs : Natural Earth (domaine public) · Localités : GeoNames (CC BY 4.0)"));
    QCOMPARE(fr.river, QStringLiteral("Fleuve, rivière"));
    QCOMPARE(fr.lake, QStringLiteral("Lac"));
    QCOMPARE(fr.kindName(FactKind::Figure), QStringLiteral("Chiffre"));
}

void TestMapTexts::unknownLanguageFallsBackToEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("empty") << QString();
    QTest::newRow("not a language") << QStringLiteral("../fr");
}

void TestMapTexts::unknownLanguageFallsBackToEnglish()
{
    QFETCH(QString, language);
    const MapTexts en = MapTexts::forLanguage(QStringLiteral("en"));
    const MapTexts other = MapTexts::forLanguage(language);
    for (const auto &[field, name] : fields)
        QVERIFY2(other.*field == en.*field, name);
}

void TestMapTexts::independentOfTheApplicationTranslator()
{
    // The window in French does not make an English export French, nor the reverse.
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/sahel-atlas_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&french));
    QCOMPARE(MapTexts::forLanguage(QStringLiteral("en")).legendTitle, QStringLiteral("Legend"));
    QCOMPARE(MapTexts::forLanguage(QStringLiteral("de")).legendTitle, QStringLiteral("Legend"));
    QVERIFY(QCoreApplication::removeTranslator(&french));
    QCOMPARE(MapTexts::forLanguage(QStringLiteral("fr")).legendTitle, QStringLiteral("Légende"));
}

void TestMapTexts::concurrentThreads()
{
    // Exports run on worker threads: first uses of a language may race.
    std::vector<std::unique_ptr<QThread>> threads;
    std::array<QString, 8> titles;
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const QString language = i % 2 ? QStringLiteral("fr") : QStringLiteral("xx-%1").arg(i);
        threads.emplace_back(QThread::create(
            [&titles, i, language] { titles.at(i) = MapTexts::forLanguage(language).legendTitle; }));
    }
    for (const auto &thread : threads)
        thread->start();
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60000));
    for (std::size_t i = 0; i < titles.size(); ++i)
        QCOMPARE(titles.at(i), i % 2 ? QStringLiteral("Légende") : QStringLiteral("Legend"));
}

QTEST_GUILESS_MAIN(TestMapTexts)
#include "tst_maptexts.moc"
