// The editor's edits as pure functions: paragraphs from pasted text, ids, figures found in words, facts
// made from selections, and places linked, unlinked, buffered, joined.
#include "RegionEdits.h"
#include "StoryEdits.h"

#include <QTest>

using namespace sahel;

namespace {

Story storyWithArticle()
{
    Story story = StoryEdits::newStory(QStringLiteral("fr"));
    story.source.date = QDate(2025, 4, 3);
    story.source.paragraphs = {QStringLiteral("La Russie « est prête » à aider l’AES, a dit Sergueï Lavrov."),
                               QStringLiteral("Les trois pays prévoient une force de 5000 soldats.")};
    return story;
}

RegionDefinition country(const QString &iso, const QString &name)
{
    RegionDefinition region;
    region.kind = RegionKind::Country;
    region.iso = iso;
    region.id = name;
    return region;
}

RegionDefinition town(qint64 geonameid, const QString &name)
{
    RegionDefinition region;
    region.kind = RegionKind::Town;
    region.geonameid = geonameid;
    region.id = name;
    return region;
}

QStringList codes(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *code : list)
        result.append(QString::fromLatin1(code));
    return result;
}

} // namespace

class TestStoryEdits : public QObject
{
    Q_OBJECT

private slots:
    void splitsPastedArticles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("blank lines") << QStringLiteral("Un.\n\nDeux,\nsuite.\r\n\r\n\n  Trois.  \n")
                                     << QStringList{QStringLiteral("Un."), QStringLiteral("Deux, suite."),
                                                    QStringLiteral("Trois.")};
        QTest::newRow("one per line")
            << QStringLiteral("Un.\nDeux.\nTrois.")
            << QStringList{QStringLiteral("Un."), QStringLiteral("Deux."), QStringLiteral("Trois.")};
        QTest::newRow("empty") << QStringLiteral(" \n\n ") << QStringList{};
    }
    void splitsPastedArticles()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, paragraphs);
        QCOMPARE(StoryEdits::splitParagraphs(text), paragraphs);
    }

    void makesIdsFromWords()
    {
        QCOMPARE(StoryEdits::slug(QStringLiteral("Zone des trois frontières")),
                 QStringLiteral("zone-des-trois-frontieres"));
        QCOMPARE(StoryEdits::slug(QStringLiteral("« L’AES » — 5000 !")), QStringLiteral("l-aes-5000"));
        QCOMPARE(
            StoryEdits::uniqueId(QStringLiteral("Mali"), {QStringLiteral("mali"), QStringLiteral("mali-2")}),
            QStringLiteral("mali-3"));
        QCOMPARE(StoryEdits::uniqueId(QStringLiteral("«»"), {}), QStringLiteral("item"));
    }

    void findsFigures_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("qualifier");
        QTest::newRow("plain") << QStringLiteral("5000 soldats") << QStringLiteral("fr") << 5000.0
                               << QStringLiteral("soldats") << QStringLiteral("");
        QTest::newRow("french groups") << QStringLiteral("près de 5 000 soldats.") << QStringLiteral("fr")
                                       << 5000.0 << QStringLiteral("soldats") << QStringLiteral("près de");
        QTest::newRow("french decimal") << QStringLiteral("1,5 million de morts") << QStringLiteral("fr")
                                        << 1.5 << QStringLiteral("million de morts") << QStringLiteral("");
        QTest::newRow("english groups") << QStringLiteral("nearly 5,000 soldiers") << QStringLiteral("en")
                                        << 5000.0 << QStringLiteral("soldiers") << QStringLiteral("nearly");
        QTest::newRow("english decimal") << QStringLiteral("2.5 %") << QStringLiteral("en") << 2.5
                                         << QStringLiteral("%") << QStringLiteral("");
        QTest::newRow("percent") << QStringLiteral("40 % des morts") << QStringLiteral("fr") << 40.0
                                 << QStringLiteral("% des morts") << QStringLiteral("");
    }
    void findsFigures()
    {
        QFETCH(QString, words);
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, qualifier);
        const auto figure = StoryEdits::findFigure(words, language);
        QVERIFY(figure);
        QCOMPARE(figure->value, value);
        QCOMPARE(figure->unit, unit);
        QCOMPARE(figure->qualifier, qualifier);
        QVERIFY(!StoryEdits::findFigure(QStringLiteral("aucun chiffre"), QStringLiteral("fr")));
    }

    void aQuoteIsTheSelectionVerbatim()
    {
        const Story story = storyWithArticle();
        const QString paragraph = story.source.paragraphs.at(0);
        const int start = int(paragraph.indexOf(u'«'));
        const int end = int(paragraph.indexOf(u'»')) + 1;
        QString id;
        const Story changed = StoryEdits::withFactFromSelection(story, 0, start, end, FactKind::Quote, &id);
        QCOMPARE(changed.facts.size(), 1);
        const Fact &quote = changed.facts.constFirst();
        QCOMPARE(quote.id, id);
        QCOMPARE(quote.kind, FactKind::Quote);
        QCOMPARE(quote.text.text(QStringLiteral("fr")), QStringLiteral("« est prête »"));
        QVERIFY(!quote.text.has(QStringLiteral("en")));
        QCOMPARE(quote.paragraph, 1);
        QCOMPARE(quote.date, QDate(2025, 4, 3));
        QVERIFY(id.startsWith(QLatin1String("quote-")));
        // An empty selection or a paragraph that does not exist makes nothing.
        QCOMPARE(StoryEdits::withFactFromSelection(story, 0, 4, 4, FactKind::Fact).facts.size(), 0);
        QCOMPARE(StoryEdits::withFactFromSelection(story, 7, 0, 4, FactKind::Fact).facts.size(), 0);
    }

    void aFigureTakesItsNumberAndUnit()
    {
        const Story story = storyWithArticle();
        const QString paragraph = story.source.paragraphs.at(1);
        const int start = int(paragraph.indexOf(QStringLiteral("5000")));
        const Story changed =
            StoryEdits::withFactFromSelection(story, 1, start, int(paragraph.size()), FactKind::Figure);
        const Fact &figure = changed.facts.constFirst();
        QCOMPARE(figure.value, std::optional<double>(5000));
        QCOMPARE(figure.unit.text(QStringLiteral("fr")), QStringLiteral("soldats"));
        QCOMPARE(figure.paragraph, 2);
    }

    void textsAndValuesByField()
    {
        QString id;
        Story story = StoryEdits::withFactFromSelection(storyWithArticle(), 0, 0, 9, FactKind::Fact, &id);
        const QString target = QStringLiteral("fact:") + id;
        story = StoryEdits::withText(story, target, QStringLiteral("title"), QStringLiteral("en"),
                                     QStringLiteral("Russia"));
        QCOMPARE(StoryEdits::text(story, target, QStringLiteral("title"), QStringLiteral("en")),
                 QStringLiteral("Russia"));
        QCOMPARE(story.fact(id)->title.originalLanguage(), QStringLiteral("fr"));
        story = StoryEdits::withText(story, target, QStringLiteral("title"), QStringLiteral("en"), QString());
        QVERIFY(!story.fact(id)->title.has(QStringLiteral("en")));
        story = StoryEdits::withValue(story, target, QStringLiteral("kind"), QStringLiteral("figure"));
        story = StoryEdits::withValue(story, target, QStringLiteral("value"), QStringLiteral("12.5"));
        QCOMPARE(story.fact(id)->kind, FactKind::Figure);
        QCOMPARE(StoryEdits::value(story, target, QStringLiteral("value")).toDouble(), 12.5);
        story = StoryEdits::withValue(story, QStringLiteral("source"), QStringLiteral("date"),
                                      QStringLiteral("2024-02-29"));
        QCOMPARE(story.source.date, QDate(2024, 2, 29));
        story = StoryEdits::withText(story, QStringLiteral("story"), QStringLiteral("title"),
                                     QStringLiteral("fr"), QStringLiteral("Titre"));
        QCOMPARE(story.title.text(QStringLiteral("fr")), QStringLiteral("Titre"));
    }

    void movingAFactWritesTheOrder()
    {
        Story story = storyWithArticle();
        QString a, b, c;
        story = StoryEdits::withFactFromSelection(story, 0, 0, 5, FactKind::Fact, &a);
        story = StoryEdits::withFactFromSelection(story, 1, 0, 5, FactKind::Fact, &b);
        story = StoryEdits::withEvent(story, &c);
        story = StoryEdits::withFactMoved(story, c, -2);
        QCOMPARE(story.order, (QStringList{c, a, b}));
        story = StoryEdits::withFactMoved(story, c, 10);
        QCOMPARE(story.order, (QStringList{a, b, c}));
        story = StoryEdits::withoutFact(story, b);
        QCOMPARE(story.order, (QStringList{a, c}));
        QCOMPARE(story.facts.size(), 2);
    }

    void placesLinkAndUnlink()
    {
        QString factId;
        Story story =
            StoryEdits::withFactFromSelection(storyWithArticle(), 1, 0, 10, FactKind::Fact, &factId);
        QString mali;
        story = RegionEdits::withPlaceToggled(story, factId,
                                              country(QStringLiteral("ML"), QStringLiteral("Mali")), &mali);
        QCOMPARE(mali, QStringLiteral("mali"));
        QCOMPARE(story.fact(factId)->regionIds, QStringList{mali});
        // A second fact naming Mali uses the same region.
        QString other;
        story = StoryEdits::withFactFromSelection(story, 0, 0, 10, FactKind::Fact, &other);
        QString again;
        story = RegionEdits::withPlaceToggled(story, other,
                                              country(QStringLiteral("ML"), QStringLiteral("Mali")), &again);
        QCOMPARE(again, mali);
        QCOMPARE(story.regions.size(), 1);
        // Unlinked from both, the definition goes.
        story = RegionEdits::withPlaceToggled(story, factId,
                                              country(QStringLiteral("ML"), QStringLiteral("Mali")));
        QCOMPARE(story.regions.size(), 1);
        story = RegionEdits::withPlaceToggled(story, other,
                                              country(QStringLiteral("ML"), QStringLiteral("Mali")));
        QVERIFY(story.regions.isEmpty());
        QVERIFY(story.fact(factId)->regionIds.isEmpty());
    }

    void zonesTripointsAndUnions()
    {
        QString factId;
        Story story =
            StoryEdits::withFactFromSelection(storyWithArticle(), 1, 0, 10, FactKind::Fact, &factId);
        for (const auto &[iso, name] :
             {std::pair("ML", "Mali"), std::pair("NE", "Niger"), std::pair("BF", "Burkina Faso")})
            story = RegionEdits::withPlaceToggled(
                story, factId, country(QString::fromLatin1(iso), QString::fromLatin1(name)));
        QString tripoint;
        story = RegionEdits::withTripoint(story, factId, codes({"ML", "NE", "BF"}), &tripoint);
        QCOMPARE(story.region(tripoint)->kind, RegionKind::Tripoint);
        QString zone;
        story = RegionEdits::withBuffer(story, factId, tripoint, 150, codes({"ML", "NE", "BF"}), &zone);
        const RegionDefinition *buffer = story.region(zone);
        QVERIFY(buffer);
        QCOMPARE(buffer->around, tripoint);
        QCOMPARE(buffer->radiusKm, 150.0);
        QCOMPARE(buffer->style, RegionStyle::Zone);
        // Only a point can be a zone's centre.
        QCOMPARE(RegionEdits::withBuffer(story, factId, QStringLiteral("mali"), 100, {}).regions.size(),
                 story.regions.size());
        // The zone unlinked and unused, its centre goes with it once no fact names that either.
        story = RegionEdits::withRegionUnlinked(story, factId, tripoint);
        QVERIFY(story.region(tripoint)); // the zone still needs it
        story = RegionEdits::withRegionUnlinked(story, factId, zone);
        QVERIFY(!story.region(zone));
        QVERIFY(!story.region(tripoint));
        // A union replaces its members in the fact.
        QString unionId;
        story = RegionEdits::withUnion(story, factId, codes({"mali", "niger"}),
                                       LocalizedText(QStringLiteral("Mali + Niger")), &unionId);
        const RegionDefinition *joined = story.region(unionId);
        QVERIFY(joined);
        QCOMPARE(joined->members.size(), 2);
        QCOMPARE(joined->members.at(0).code, QStringLiteral("ML"));
        QCOMPARE(story.fact(factId)->regionIds, (QStringList{QStringLiteral("burkina-faso"), unionId}));
        QVERIFY(!story.region(QStringLiteral("mali")));
    }

    void aTownIsFoundByItsId()
    {
        QString factId;
        Story story =
            StoryEdits::withFactFromSelection(storyWithArticle(), 1, 0, 10, FactKind::Fact, &factId);
        QString niamey;
        story =
            RegionEdits::withPlaceToggled(story, factId, town(2440485, QStringLiteral("Niamey")), &niamey);
        QCOMPARE(story.region(niamey)->geonameid, 2440485);
        QCOMPARE(RegionEdits::regionFor(story, town(2440485, QStringLiteral("other name"))), niamey);
        QVERIFY(RegionEdits::regionFor(story, town(1, QStringLiteral("Niamey"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoryEdits)
#include "tst_storyedits.moc"
