// Checks the embedded default story against the article it tells and the map it is drawn on.
#include "Atlas.h"
#include "StoryReader.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <cmath>
#include <memory>

using namespace sahel;

namespace {

QString articlePath()
{
    return QStringLiteral(SAHEL_TEST_DATA_DIR "/article/aes-russie-2025-04-03.fr.txt");
}

QString sourceStoryPath()
{
    return QStringLiteral(SAHEL_SOURCE_DIR "/resources/stories/aes-2025-04-03.story.json");
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestDefaultStory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void embeddedStoryIsTheSourceFile();
    void paragraphsAreTheArticle_data();
    void paragraphsAreTheArticle();
    void lavrovQuotesAreVerbatim_data();
    void lavrovQuotesAreVerbatim();
    void longLavrovQuote();
    void factsAreComplete_data();
    void factsAreComplete();
    void everyStoryRegionResolves();
    void figuresOfTheArticle_data();
    void figuresOfTheArticle();
    void gtiSahelCitesTheIndex();
    void triBorderZoneAndTripoint();

private:
    const Story &story() const { return m_atlas->story; }

    std::unique_ptr<Atlas> m_atlas;
    QStringList m_loadWarnings;
    QString m_article; ///< the whole article, as decoded UTF-8
    QList<QByteArray> m_articleLines;
};

void TestDefaultStory::initTestCase()
{
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
    QVERIFY2(load.errors.isEmpty(), qPrintable(load.errors.join(u'\n')));
    m_loadWarnings = load.warnings;
    m_atlas = std::move(load.atlas);

    const QByteArray article = readBytes(articlePath());
    QVERIFY(!article.contains('\r'));
    m_article = QString::fromUtf8(article);
    QCOMPARE(m_article.toUtf8(), article); // valid UTF-8
    m_articleLines = article.split('\n');
    if (m_articleLines.constLast().isEmpty())
        m_articleLines.removeLast(); // a final newline ends the last line, it does not start another
}

void TestDefaultStory::embeddedStoryIsTheSourceFile()
{
    // The build embeds the file this test reads the paragraphs against, not a stale copy.
    QCOMPARE(readBytes(QString::fromLatin1(AtlasLoader::defaultStoryResource)), readBytes(sourceStoryPath()));
    const StoryReadResult read = StoryReader::readFile(sourceStoryPath());
    QStringList errors;
    for (const StoryError &error : read.errors)
        errors.append(error.toString());
    QVERIFY2(read.ok(), qPrintable(errors.join(u'\n')));
    QCOMPARE(read.story->facts.size(), story().facts.size());
}

void TestDefaultStory::paragraphsAreTheArticle_data()
{
    QTest::addColumn<int>("paragraph");
    QCOMPARE(story().source.paragraphs.size(), m_articleLines.size());
    QCOMPARE(m_articleLines.size(), 8);
    for (int i = 0; i < m_articleLines.size(); ++i)
        QTest::addRow("paragraph %d", i + 1) << i;
}

void TestDefaultStory::paragraphsAreTheArticle()
{
    QFETCH(int, paragraph);
    QCOMPARE(story().source.paragraphs.at(paragraph).toUtf8(), m_articleLines.at(paragraph));
}

void TestDefaultStory::lavrovQuotesAreVerbatim_data()
{
    QTest::addColumn<QString>("factId");
    int quotes = 0;
    for (const Fact &fact : story().facts) {
        if (fact.kind == FactKind::Quote && fact.speaker.contains(QStringLiteral("Lavrov"))) {
            QTest::newRow(qPrintable(fact.id)) << fact.id;
            ++quotes;
        }
    }
    QVERIFY2(quotes >= 2, "the article quotes Lavrov at least twice");
}

void TestDefaultStory::lavrovQuotesAreVerbatim()
{
    QFETCH(QString, factId);
    const Fact *fact = story().fact(factId);
    QVERIFY(fact);
    QCOMPARE(fact->text.originalLanguage(), QStringLiteral("fr"));
    const QString words = fact->text.text(QStringLiteral("fr"));
    QVERIFY(!words.isEmpty());
    QVERIFY2(m_article.contains(words), qPrintable(words));
    QVERIFY(fact->paragraph >= 1 && fact->paragraph <= m_articleLines.size());
    QVERIFY2(QString::fromUtf8(m_articleLines.at(fact->paragraph - 1)).contains(words),
             "a quote is in the paragraph it cites");
    QCOMPARE(fact->date, QDate(2025, 4, 3));
}

void TestDefaultStory::longLavrovQuote()
{
    const Fact *longest = nullptr;
    for (const Fact &fact : story().facts)
        if (fact.kind == FactKind::Quote && fact.speaker.contains(QStringLiteral("Lavrov")) &&
            (!longest ||
             fact.text.text(QStringLiteral("fr")).size() > longest->text.text(QStringLiteral("fr")).size()))
            longest = &fact;
    QVERIFY(longest);
    const QString words = longest->text.text(QStringLiteral("fr"));
    QVERIFY2(words.startsWith(QStringLiteral("La Russie a confirmé aujourd'hui")), qPrintable(words));
    QVERIFY2(words.endsWith(QStringLiteral("la force antidjihadiste unifiée")), qPrintable(words));
    QCOMPARE(longest->paragraph, 3);
}

void TestDefaultStory::factsAreComplete_data()
{
    QTest::addColumn<QString>("factId");
    QVERIFY(!story().facts.isEmpty());
    for (const Fact &fact : story().facts)
        QTest::newRow(qPrintable(fact.id)) << fact.id;
}

void TestDefaultStory::factsAreComplete()
{
    QFETCH(QString, factId);
    const Fact *fact = story().fact(factId);
    QVERIFY(fact);

    QVERIFY(!fact->regionIds.isEmpty());
    for (const QString &regionId : fact->regionIds)
        QVERIFY2(m_atlas->scene.region(regionId),
                 qPrintable(regionId + QStringLiteral(" is not on the map")));

    if (fact->kind == FactKind::Event) {
        QVERIFY(fact->date.isValid());
        QVERIFY(!fact->source.isEmpty());
        QVERIFY(!fact->source.text(QStringLiteral("fr")).isEmpty());
    } else {
        QVERIFY2(fact->paragraph >= 1 && fact->paragraph <= 8, qPrintable(QString::number(fact->paragraph)));
    }

    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        QVERIFY2(fact->title.has(language) && !fact->title.text(language).isEmpty(), qPrintable(language));
        QVERIFY2(fact->text.has(language) && !fact->text.text(language).isEmpty(), qPrintable(language));
    }
}

void TestDefaultStory::everyStoryRegionResolves()
{
    QVERIFY2(m_loadWarnings.isEmpty(), qPrintable(m_loadWarnings.join(u'\n')));
    QCOMPARE(m_atlas->scene.regions.size(), story().regions.size());
    for (const RegionDefinition &definition : story().regions) {
        const MapRegion *region = m_atlas->scene.region(definition.id);
        QVERIFY2(region, qPrintable(definition.id));
        QVERIFY2(region->isPoint || !region->bounds().isEmpty(), qPrintable(definition.id));
        QVERIFY2(!region->name.text(QStringLiteral("fr")).isEmpty(), qPrintable(definition.id));
    }
}

void TestDefaultStory::figuresOfTheArticle_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("inArticle");
    QTest::newRow("5000 soldiers") << 5000.0 << QStringLiteral("5000 soldats");
    QTest::newRow("4000 deaths") << 4000.0 << QStringLiteral("4000 décès");
    QTest::newRow("47%") << 47.0 << QStringLiteral("47% des morts");
    QTest::newRow("2860%") << 2860.0 << QStringLiteral("2860% du nombre de victimes");
    QTest::newRow("1266%") << 1266.0 << QStringLiteral("1266% des incidents");
}

void TestDefaultStory::figuresOfTheArticle()
{
    QFETCH(double, value);
    QFETCH(QString, inArticle);
    QVERIFY(m_article.contains(inArticle));
    const Fact *figure = nullptr;
    for (const Fact &fact : story().facts)
        if (fact.kind == FactKind::Figure && fact.value && *fact.value == value)
            figure = &fact;
    QVERIFY2(figure, "no figure card has this value");
    QVERIFY(!figure->unit.text(QStringLiteral("fr")).isEmpty());
    QVERIFY(QString::fromUtf8(m_articleLines.at(figure->paragraph - 1)).contains(inArticle));
}

void TestDefaultStory::gtiSahelCitesTheIndex()
{
    const RegionDefinition *gti = story().region(QStringLiteral("sahel-gti"));
    QVERIFY(gti);
    QVERIFY2(gti->source.text(QStringLiteral("en")).contains(QStringLiteral("Global Terrorism Index")),
             qPrintable(gti->source.text(QStringLiteral("en"))));
    QVERIFY(gti->source.text(QStringLiteral("fr")).contains(QStringLiteral("Indice du terrorisme mondial")));
}

void TestDefaultStory::triBorderZoneAndTripoint()
{
    const MapRegion *tripoint = m_atlas->scene.region(QStringLiteral("tripoint"));
    QVERIFY(tripoint);
    QCOMPARE(tripoint->kind, RegionKind::Tripoint);
    QVERIFY(tripoint->isPoint);
    // Mali, Burkina Faso and Niger meet near 0.2° E, 15° N.
    QVERIFY2(std::abs(tripoint->position.lon - 0.2) < 0.5 && std::abs(tripoint->position.lat - 15.0) < 0.5,
             qPrintable(QStringLiteral("%1, %2").arg(tripoint->position.lon).arg(tripoint->position.lat)));

    const MapRegion *zone = m_atlas->scene.region(QStringLiteral("tri-border"));
    QVERIFY(zone);
    QCOMPARE(zone->kind, RegionKind::Buffer);
    QCOMPARE(zone->style, RegionStyle::Zone);
    QVERIFY(!zone->isPoint);
    QCOMPARE(zone->name.text(QStringLiteral("fr")), QStringLiteral("Zone des trois frontières"));
    QVERIFY(zone->bounds().contains(tripoint->point));
    const std::optional<QRectF> view = m_atlas->namedView(QStringLiteral("tri-border"));
    QVERIFY(view);
    QCOMPARE(*view, zone->bounds());
}

QTEST_GUILESS_MAIN(TestDefaultStory)
#include "tst_defaultstory.moc"
