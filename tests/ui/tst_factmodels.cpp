// Tests the cards behind the story panel: the fact list, its filter and the controller's selection,
// hover, language and story loading, without a window.
#include "Atlas.h"
#include "AtlasController.h"
#include "FactFilterModel.h"
#include "FactListModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

using namespace sahel;

namespace {

using Spellings = QList<QStringList>; ///< every group must match, by any of its spellings

const QString fr = QStringLiteral("fr");
const QString en = QStringLiteral("en");

/// A story in the documented format with one place-only fact and one fact of a country and a place.
const QByteArray farPlacesStory = R"({
  "format": "sahel-atlas-story",
  "version": 1,
  "id": "far-places",
  "title": {"fr": "Lieux lointains", "en": "Far places"},
  "source": {"publisher": null, "date": "2025-04-03", "language": "fr",
             "paragraphs": ["Moscou et Paris parlent du Mali."]},
  "regions": [
    {"id": "mali", "kind": "country", "iso": "ML"},
    {"id": "moscow", "kind": "place", "lon": 37.61556, "lat": 55.75222, "name": {"fr": "Moscou", "en": "Moscow"}},
    {"id": "paris", "kind": "place", "lon": 2.3488, "lat": 48.85341, "name": {"fr": "Paris", "en": "Paris"}}
  ],
  "facts": [
    {"id": "capitals", "kind": "fact", "paragraph": 1,
     "title": {"fr": "Deux capitales", "en": "Two capitals"},
     "text": {"fr": "Moscou et Paris parlent du Mali.", "en": "Moscow and Paris speak of Mali."},
     "regions": ["moscow", "paris"]},
    {"id": "mali-from-moscow", "kind": "fact", "paragraph": 1,
     "title": {"fr": "Le Mali vu de Moscou", "en": "Mali seen from Moscow"},
     "text": {"fr": "Moscou et Paris parlent du Mali.", "en": "Moscow and Paris speak of Mali."},
     "regions": ["mali", "moscow"]}
  ]
}
)";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// Whether projected bounds show a region: the whole shape, or the point of a point region.
bool showsRegion(const QRectF &bounds, const MapRegion &region)
{
    // Far-flung parts (France's overseas regions) are left out of a fly-to on purpose.
    return region.isPoint ? bounds.contains(region.point) : bounds.contains(region.framingBounds());
}

} // namespace

class TestFactModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noFilterShowsEveryCardInOrder();
    void searchLavrov();
    void search_data();
    void search();
    void foldForSearch_data();
    void foldForSearch();
    void searchIgnoresAccentsAndCase_data();
    void searchIgnoresAccentsAndCase();
    void regionFilter_data();
    void regionFilter();
    void regionAndText();
    void countFollowsTheFilter();
    void roles_data();
    void roles();
    void languageSwitchesTitlesAndTranslationMark();
    void selectFact_data();
    void selectFact();
    void selectUnknownFact();
    void hoverFact();
    void clearSelection();
    void boundsForFactFallsBackToFarPlaces();
    void openBrokenStory_data();
    void openBrokenStory();
    void openValidStory();
    void openStoryWhosePathHoldsHashPercentAndSpace();

private:
    const Story &story() const { return m_controller->atlas().story; }
    FactFilterModel &filter() { return *m_controller->facts(); }
    QStringList filteredIds();
    QStringList cardIds(const std::function<bool(const Fact &)> &accept) const;
    QStringList searchableTexts(const Fact &fact) const;
    QStringList expectedMatches(const Spellings &words) const;

    std::unique_ptr<AtlasController> m_controller;
};

void TestFactModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFactModels::init()
{
    QSettings().clear();
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
    m_controller = std::make_unique<AtlasController>(std::move(load.atlas));
    QCOMPARE(m_controller->language(), fr);
}

void TestFactModels::cleanup()
{
    m_controller.reset();
}

QStringList TestFactModels::filteredIds()
{
    QStringList ids;
    for (int row = 0; row < filter().rowCount(); ++row)
        ids.append(filter().factIdAt(row));
    return ids;
}

QStringList TestFactModels::cardIds(const std::function<bool(const Fact &)> &accept) const
{
    QStringList ids;
    for (const Fact *fact : story().orderedFacts())
        if (accept(*fact))
            ids.append(fact->id);
    return ids;
}

QStringList TestFactModels::searchableTexts(const Fact &fact) const
{
    // What a card shows a reader, in either language, and the names of its places.
    QStringList texts;
    for (const LocalizedText *text : {&fact.title, &fact.text, &fact.source, &fact.context})
        texts += text->all().values();
    texts.append(fact.speaker);
    for (const QString &regionId : fact.regionIds)
        texts.append(m_controller->regionName(regionId));
    return texts;
}

QStringList TestFactModels::expectedMatches(const Spellings &words) const
{
    return cardIds([&](const Fact &fact) {
        const QStringList texts = searchableTexts(fact);
        for (const QStringList &spellings : words) {
            bool found = false;
            for (const QString &text : texts)
                for (const QString &spelling : spellings)
                    found = found || text.contains(spelling, Qt::CaseInsensitive);
            if (!found)
                return false;
        }
        return true;
    });
}

void TestFactModels::noFilterShowsEveryCardInOrder()
{
    QCOMPARE(filter().rowCount(), story().facts.size());
    QCOMPARE(filter().count(), story().facts.size());
    QCOMPARE(filteredIds(), cardIds([](const Fact &) { return true; }));
    QCOMPARE(m_controller->factList().rowCount(), story().facts.size());
}

void TestFactModels::searchLavrov()
{
    const auto mentionsLavrov = [](const LocalizedText &text) {
        for (const QString &s : text.all())
            if (s.contains(QStringLiteral("Lavrov")))
                return true;
        return false;
    };
    const QStringList quotes = cardIds([](const Fact &fact) {
        return fact.kind == FactKind::Quote && fact.speaker.contains(QStringLiteral("Lavrov"));
    });
    QVERIFY(quotes.size() >= 2);
    const QStringList expected = cardIds([&](const Fact &fact) {
        return quotes.contains(fact.id) || mentionsLavrov(fact.title) || mentionsLavrov(fact.text);
    });
    QVERIFY(expected.size() > quotes.size()); // some cards name him without quoting him
    filter().setSearchText(QStringLiteral("lavrov"));
    QCOMPARE(filteredIds(), expected);
}

void TestFactModels::search_data()
{
    QTest::addColumn<QString>("searchText");
    QTest::addColumn<Spellings>("words");
    QTest::addColumn<QStringList>("mustMatch");
    QTest::addColumn<QStringList>("mustNotMatch");

    QTest::newRow("upper case") << QStringLiteral("SOLDATS") << Spellings{{QStringLiteral("soldats")}}
                                << QStringList{QStringLiteral("unified-force")} << QStringList{};
    QTest::newRow("English word in French")
        << QStringLiteral("soldiers") << Spellings{{QStringLiteral("soldiers")}}
        << QStringList{QStringLiteral("unified-force")} << QStringList{};
    QTest::newRow("region name") << QStringLiteral("Moscou") << Spellings{{QStringLiteral("Moscou")}}
                                 << QStringList{QStringLiteral("russia-military-support")}
                                 << QStringList{QStringLiteral("military-regimes")};
    QTest::newRow("without accents") << QStringLiteral("deces")
                                     << Spellings{{QStringLiteral("décès"), QStringLiteral("deces")}}
                                     << QStringList{QStringLiteral("terror-deaths-2023")} << QStringList{};
    QTest::newRow("Etats and États") << QStringLiteral("etats")
                                     << Spellings{{QStringLiteral("états"), QStringLiteral("etats")}}
                                     << QStringList{QStringLiteral("russia-military-support"),
                                                    QStringLiteral("aes-charter")}
                                     << QStringList{};
    QTest::newRow("two words: AND") << QStringLiteral("lavrov ONU")
                                    << Spellings{{QStringLiteral("lavrov")}, {QStringLiteral("onu")}}
                                    << QStringList{QStringLiteral("un-collaboration")}
                                    << QStringList{QStringLiteral("lavrov-joint-force")};
    QTest::newRow("extra spaces") << QStringLiteral("  coup   mali ")
                                  << Spellings{{QStringLiteral("coup")}, {QStringLiteral("mali")}}
                                  << QStringList{QStringLiteral("coup-mali-2020"),
                                                 QStringLiteral("coup-mali-2021")}
                                  << QStringList{QStringLiteral("coup-burkina-2022-01")};
    QTest::newRow("nothing") << QStringLiteral("xyzzy") << Spellings{{QStringLiteral("xyzzy")}}
                             << QStringList{} << QStringList{QStringLiteral("unified-force")};
}

void TestFactModels::search()
{
    QFETCH(QString, searchText);
    QFETCH(Spellings, words);
    QFETCH(QStringList, mustMatch);
    QFETCH(QStringList, mustNotMatch);
    const QStringList expected = expectedMatches(words);
    for (const QString &id : mustMatch)
        QVERIFY2(expected.contains(id), qPrintable(id)); // the expectation itself is sound
    for (const QString &id : mustNotMatch)
        QVERIFY2(!expected.contains(id), qPrintable(id));
    filter().setSearchText(searchText);
    QCOMPARE(filter().searchText(), searchText);
    QCOMPARE(filteredIds(), expected);
    filter().setSearchText({});
    QCOMPARE(filter().rowCount(), story().facts.size());
}

void TestFactModels::foldForSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("Tillabéri") << QStringLiteral("Tillabéri") << QStringLiteral("tillaberi");
    QTest::newRow("Sergueï") << QStringLiteral("Sergueï") << QStringLiteral("serguei");
    QTest::newRow("ÉTATS") << QStringLiteral("ÉTATS") << QStringLiteral("etats");
    QTest::newRow("Côte d’Ivoire") << QStringLiteral("Côte d’Ivoire") << QStringLiteral("cote d’ivoire");
}

void TestFactModels::foldForSearch()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(FactFilterModel::foldForSearch(text), folded);
}

void TestFactModels::searchIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("written");
    QTest::newRow("décès") << QStringLiteral("deces") << QStringLiteral("Décès");
    QTest::newRow("Goïta") << QStringLiteral("goita") << QStringLiteral("GOÏTA");
    QTest::newRow("Sergueï") << QStringLiteral("serguei") << QStringLiteral("Sergueï");
    QTest::newRow("soldats") << QStringLiteral("soldats") << QStringLiteral("SOLDATS");
}

void TestFactModels::searchIgnoresAccentsAndCase()
{
    QFETCH(QString, plain);
    QFETCH(QString, written);
    filter().setSearchText(written);
    const QStringList asWritten = filteredIds();
    QVERIFY(!asWritten.isEmpty());
    QVERIFY(asWritten.size() < story().facts.size());
    filter().setSearchText(plain);
    QCOMPARE(filteredIds(), asWritten);
}

void TestFactModels::regionFilter_data()
{
    QTest::addColumn<QString>("regionId");
    for (const char *regionId : {"mali", "burkina", "tri-border", "moscow", "sahel-gti", "g5-sahel"})
        QTest::newRow(regionId) << QString::fromLatin1(regionId);
}

void TestFactModels::regionFilter()
{
    QFETCH(QString, regionId);
    const QStringList ofRegion = story().factsForRegion(regionId);
    QVERIFY(!ofRegion.isEmpty());
    QVERIFY(ofRegion.size() < story().facts.size());
    QSignalSpy changed(m_controller.get(), &AtlasController::regionFilterChanged);
    m_controller->setRegionFilter(regionId);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_controller->regionFilter(), regionId);
    QCOMPARE(filter().regionId(), regionId);
    QCOMPARE(m_controller->regionFilterName(), m_controller->regionName(regionId));
    QVERIFY(!m_controller->regionFilterName().isEmpty());
    QCOMPARE(filteredIds(), cardIds([&](const Fact &fact) { return ofRegion.contains(fact.id); }));
    QCOMPARE(m_controller->factCountForRegion(regionId), ofRegion.size());
}

void TestFactModels::regionAndText()
{
    const QStringList ofMali = story().factsForRegion(QStringLiteral("mali"));
    const QStringList coups = expectedMatches({{QStringLiteral("coup")}});
    const QStringList expected =
        cardIds([&](const Fact &fact) { return ofMali.contains(fact.id) && coups.contains(fact.id); });
    QVERIFY(expected.contains(QStringLiteral("coup-mali-2020")));
    QVERIFY(expected.size() < ofMali.size() && expected.size() < coups.size());
    m_controller->setRegionFilter(QStringLiteral("mali"));
    filter().setSearchText(QStringLiteral("Coup"));
    QCOMPARE(filteredIds(), expected);
    m_controller->setRegionFilter({});
    QCOMPARE(filteredIds(), coups);
}

void TestFactModels::countFollowsTheFilter()
{
    QSignalSpy countChanged(&filter(), &FactFilterModel::countChanged);
    filter().setSearchText(QStringLiteral("lavrov"));
    QVERIFY(countChanged.size() >= 1);
    const int lavrov = static_cast<int>(expectedMatches({{QStringLiteral("lavrov")}}).size());
    QCOMPARE(filter().count(), lavrov);
    QCOMPARE(filter().property("count").toInt(), lavrov);

    countChanged.clear();
    m_controller->setRegionFilter(QStringLiteral("tri-border"));
    QVERIFY(countChanged.size() >= 1);
    QCOMPARE(filter().count(), 0); // no card both names Lavrov and the tri-border zone

    countChanged.clear();
    filter().setSearchText({});
    QVERIFY(countChanged.size() >= 1);
    QCOMPARE(filter().property("count").toInt(),
             static_cast<int>(story().factsForRegion(QStringLiteral("tri-border")).size()));
}

void TestFactModels::roles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("factId");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    // What QLocale writes for thousands: French uses a narrow no-break space, never a breakable one.
    const QString frenchThousands = QLocale(QLocale::French).toString(qint64(5000));
    QCOMPARE(frenchThousands, QStringLiteral("5\u202F000"));

    QTest::newRow("fr 5000") << fr << QStringLiteral("unified-force") << int(FactListModel::ValueRole)
                             << QVariant(QStringLiteral("5\u202F000"));
    QTest::newRow("en 5000") << en << QStringLiteral("unified-force") << int(FactListModel::ValueRole)
                             << QVariant(QStringLiteral("5,000"));
    QTest::newRow("fr 2860") << fr << QStringLiteral("victims-increase") << int(FactListModel::ValueRole)
                             << QVariant(QStringLiteral("2\u202F860"));
    QTest::newRow("en 47") << en << QStringLiteral("terror-deaths-world-share")
                           << int(FactListModel::ValueRole) << QVariant(QStringLiteral("47"));
    QTest::newRow("fr unit") << fr << QStringLiteral("unified-force") << int(FactListModel::UnitRole)
                             << QVariant(QStringLiteral("soldats"));
    QTest::newRow("en qualifier") << en << QStringLiteral("terror-deaths-2023")
                                  << int(FactListModel::QualifierRole) << QVariant(QStringLiteral("nearly"));
    QTest::newRow("no value") << fr << QStringLiteral("lavrov-joint-force") << int(FactListModel::ValueRole)
                              << QVariant(QString());
    QTest::newRow("fr date") << fr << QStringLiteral("lavrov-joint-force") << int(FactListModel::DateRole)
                             << QVariant(QStringLiteral("3 avril 2025"));
    QTest::newRow("en date") << en << QStringLiteral("lavrov-joint-force") << int(FactListModel::DateRole)
                             << QVariant(QStringLiteral("3 April 2025"));
    QTest::newRow("fr role") << fr << QStringLiteral("lavrov-joint-force")
                             << int(FactListModel::SpeakerRoleRole)
                             << QVariant(QStringLiteral("ministre russe des Affaires étrangères"));
    QTest::newRow("kind") << fr << QStringLiteral("lavrov-joint-force") << int(FactListModel::KindRole)
                          << QVariant(int(FactListModel::Kind::Quote));
    QTest::newRow("paragraph") << fr << QStringLiteral("unified-force") << int(FactListModel::ParagraphRole)
                               << QVariant(7);
    QTest::newRow("event paragraph") << fr << QStringLiteral("coup-mali-2020")
                                     << int(FactListModel::ParagraphRole) << QVariant(0);
    QTest::newRow("fr region names") << fr << QStringLiteral("russia-military-support")
                                     << int(FactListModel::RegionNamesRole)
                                     << QVariant(
                                            QStringLiteral("Alliance des États du Sahel (AES) · Moscou"));
    QTest::newRow("en region names") << en << QStringLiteral("russia-military-support")
                                     << int(FactListModel::RegionNamesRole)
                                     << QVariant(QStringLiteral("Alliance of Sahel States (AES) · Moscow"));
    QTest::newRow("map names") << fr << QStringLiteral("military-regimes")
                               << int(FactListModel::RegionNamesRole)
                               << QVariant(QStringLiteral("Mali · Burkina Faso · Niger"));
    QTest::newRow("no source") << fr << QStringLiteral("unified-force") << int(FactListModel::SourceRole)
                               << QVariant(QString());
    QTest::newRow("en source") << en << QStringLiteral("terror-deaths-2023") << int(FactListModel::SourceRole)
                               << QVariant(
                                      QStringLiteral("Global Terrorism Index 2024, Institute for Economics "
                                                     "and Peace (IEP)"));
}

void TestFactModels::roles()
{
    QFETCH(QString, language);
    QFETCH(QString, factId);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    m_controller->setLanguage(language);
    const int row = filter().rowOfFact(factId);
    QVERIFY(row >= 0);
    const QVariant actual = filter().data(filter().index(row, 0), role);
    QCOMPARE(actual.toString(), expected.toString());
    QCOMPARE(actual.typeId(), expected.typeId());
    // QML reads the same data through the role names.
    QVERIFY(filter().roleNames().contains(role));
}

void TestFactModels::languageSwitchesTitlesAndTranslationMark()
{
    const Fact *article = story().fact(QStringLiteral("russia-military-support"));
    QVERIFY(article && article->paragraph > 0);
    const int row = filter().rowOfFact(article->id);
    const auto value = [&](int role) { return filter().data(filter().index(row, 0), role); };

    QCOMPARE(value(FactListModel::TitleRole).toString(), article->title.text(fr));
    QCOMPARE(value(Qt::DisplayRole).toString(), article->title.text(fr));
    QCOMPARE(value(FactListModel::TextRole).toString(), article->text.text(fr));
    QCOMPARE(value(FactListModel::TranslatedRole).toBool(), false);
    QCOMPARE(m_controller->title(), story().title.text(fr));

    QSignalSpy languageChanged(m_controller.get(), &AtlasController::languageChanged);
    QSignalSpy storyChanged(m_controller.get(), &AtlasController::storyChanged);
    m_controller->setLanguage(en);
    QCOMPARE(languageChanged.size(), 1);
    QCOMPARE(storyChanged.size(), 1);
    QCOMPARE(m_controller->scene().language, en);
    QVERIFY(article->title.text(en) != article->title.text(fr));
    QCOMPARE(value(FactListModel::TitleRole).toString(), article->title.text(en));
    QCOMPARE(value(FactListModel::TextRole).toString(), article->text.text(en));
    QCOMPARE(value(FactListModel::TranslatedRole).toBool(), true);
    QVERIFY(story().title.text(en) != story().title.text(fr));
    QCOMPARE(m_controller->title(), story().title.text(en));
    QCOMPARE(m_controller->subtitle(), story().subtitle.text(en));

    m_controller->setLanguage(en); // no change, no signal
    QCOMPARE(languageChanged.size(), 1);
    m_controller->setLanguage(fr);
    QCOMPARE(value(FactListModel::TranslatedRole).toBool(), false);
    QCOMPARE(m_controller->title(), story().title.text(fr));
}

void TestFactModels::selectFact_data()
{
    QTest::addColumn<QString>("factId");
    for (const char *factId : {"lavrov-joint-force", "unified-force", "tri-border-mining",
                               "aes-turns-from-west", "un-collaboration", "coup-mali-2020", "g5-sahel-exit"})
        QTest::newRow(factId) << QString::fromLatin1(factId);
}

void TestFactModels::selectFact()
{
    QFETCH(QString, factId);
    const Fact *fact = story().fact(factId);
    QVERIFY(fact);
    QSignalSpy flyTo(&m_controller->view(), &MapView::flightRequested);
    QSignalSpy selectionChanged(m_controller.get(), &AtlasController::selectionChanged);
    m_controller->selectFact(factId);

    QCOMPARE(m_controller->selectedFactId(), factId);
    QCOMPARE(selectionChanged.size(), 1);
    QCOMPARE(m_controller->view().selectedRegions(),
             QSet<QString>(fact->regionIds.begin(), fact->regionIds.end()));
    QCOMPARE(flyTo.size(), 1);
    const QRectF bounds = flyTo.constFirst().constFirst().toRectF();
    const std::optional<QRectF> factBounds = m_controller->boundsForFact(factId);
    QVERIFY(factBounds);
    QCOMPARE(bounds, *factBounds);
    int nearby = 0;
    for (const QString &regionId : fact->regionIds) {
        const MapRegion *region = m_controller->scene().region(regionId);
        QVERIFY2(region, qPrintable(regionId));
        if (region->kind == RegionKind::Place) {
            // Moscow or Washington is shown by an arrow at the map's edge: no flying across the world.
            QVERIFY2(!bounds.contains(region->point), qPrintable(regionId));
            continue;
        }
        ++nearby;
        QVERIFY2(showsRegion(bounds, *region), qPrintable(regionId));
    }
    QVERIFY(nearby > 0);
}

void TestFactModels::selectUnknownFact()
{
    m_controller->selectFact(QStringLiteral("unified-force"));
    QSignalSpy flyTo(&m_controller->view(), &MapView::flightRequested);
    m_controller->selectFact(QStringLiteral("no-such-fact"));
    QVERIFY(m_controller->selectedFactId().isEmpty());
    QVERIFY(m_controller->view().selectedRegions().isEmpty());
    QCOMPARE(flyTo.size(), 0);
    QVERIFY(!m_controller->boundsForFact(QStringLiteral("no-such-fact")));
}

void TestFactModels::hoverFact()
{
    const Fact *fact = story().fact(QStringLiteral("tri-border-mining"));
    QVERIFY(fact);
    m_controller->selectFact(QStringLiteral("unified-force"));
    const QSet<QString> selected = m_controller->view().selectedRegions();
    QSignalSpy hovered(m_controller.get(), &AtlasController::hoveredFactChanged);
    QSignalSpy flyTo(&m_controller->view(), &MapView::flightRequested);
    m_controller->hoverFact(fact->id);
    QCOMPARE(hovered.size(), 1);
    QCOMPARE(m_controller->hoveredFactId(), fact->id);
    QCOMPARE(m_controller->view().frameState().glowingRegions,
             QSet<QString>(fact->regionIds.begin(), fact->regionIds.end()));
    QCOMPARE(m_controller->view().selectedRegions(), selected); // hovering is not selecting
    QCOMPARE(flyTo.size(), 0);                                  // nor moving the map
    m_controller->hoverFact(fact->id);
    QCOMPARE(hovered.size(), 1);
    m_controller->hoverFact({});
    QCOMPARE(hovered.size(), 2);
    QVERIFY(m_controller->view().frameState().glowingRegions.isEmpty());
    QVERIFY(m_controller->hoveredFactId().isEmpty());
}

void TestFactModels::clearSelection()
{
    m_controller->setRegionFilter(QStringLiteral("mali"));
    m_controller->selectFact(QStringLiteral("coup-mali-2020"));
    QVERIFY(!m_controller->view().selectedRegions().isEmpty());
    QSignalSpy selectionChanged(m_controller.get(), &AtlasController::selectionChanged);
    QSignalSpy regionFilterChanged(m_controller.get(), &AtlasController::regionFilterChanged);
    QSignalSpy flyTo(&m_controller->view(), &MapView::flightRequested);
    m_controller->clearSelection();
    QVERIFY(m_controller->selectedFactId().isEmpty());
    QVERIFY(m_controller->view().selectedRegions().isEmpty());
    QVERIFY(m_controller->regionFilter().isEmpty());
    QVERIFY(m_controller->regionFilterName().isEmpty());
    QCOMPARE(filter().count(), story().facts.size());
    QCOMPARE(selectionChanged.size(), 1);
    QCOMPARE(regionFilterChanged.size(), 1);
    QCOMPARE(flyTo.size(), 0); // Esc leaves the map where it is
}

void TestFactModels::boundsForFactFallsBackToFarPlaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AtlasLoad load = AtlasLoader::load(writeFile(dir, QStringLiteral("far.story.json"), farPlacesStory));
    QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
    QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(u'\n')));
    AtlasController controller(std::move(load.atlas));
    const MapScene &scene = controller.scene();
    const MapRegion *moscow = scene.region(QStringLiteral("moscow"));
    const MapRegion *paris = scene.region(QStringLiteral("paris"));
    const MapRegion *mali = scene.region(QStringLiteral("mali"));
    QVERIFY(moscow && paris && mali);
    QCOMPARE(moscow->kind, RegionKind::Place);

    const std::optional<QRectF> places = controller.boundsForFact(QStringLiteral("capitals"));
    QVERIFY2(places, "a fact of far places only still has somewhere to fly to");
    QVERIFY(places->contains(moscow->point));
    QVERIFY(places->contains(paris->point));
    QVERIFY(!places->contains(mali->bounds().center()));

    const std::optional<QRectF> withMali = controller.boundsForFact(QStringLiteral("mali-from-moscow"));
    QVERIFY(withMali);
    QCOMPARE(*withMali, mali->bounds());
    QVERIFY(!withMali->contains(moscow->point));
}

void TestFactModels::openBrokenStory_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("location"); ///< ":line:column:" the first error must give; empty when none
    QTest::addColumn<QString>("mentions");

    QTest::newRow("syntax error") << QByteArray("{\n  \"format\": \"sahel-atlas-story\",\n  \"version\": 1,\n"
                                                "  \"id\": ,\n}\n")
                                  << QStringLiteral(":4:9:") << QString();
    QByteArray unknownRegion = farPlacesStory;
    unknownRegion.replace("\"regions\": [\"moscow\", \"paris\"]", "\"regions\": [\"moscow\", \"atlantis\"]");
    QVERIFY(unknownRegion != farPlacesStory);
    // The line and column of "atlantis" in the file.
    const qsizetype at = unknownRegion.indexOf("\"atlantis\"");
    const qsizetype lineStart = unknownRegion.lastIndexOf('\n', at) + 1;
    const QString location =
        QStringLiteral(":%1:%2:").arg(unknownRegion.left(at).count('\n') + 1).arg(at - lineStart + 1);
    QTest::newRow("unknown region") << unknownRegion << location << QStringLiteral("atlantis");
    QByteArray truncated = farPlacesStory.left(farPlacesStory.size() / 2);
    QTest::newRow("truncated") << truncated << QString() << QString();
    QByteArray unknownCountry = farPlacesStory;
    unknownCountry.replace("\"iso\": \"ML\"", "\"iso\": \"ZZ\"");
    QVERIFY(unknownCountry != farPlacesStory);
    QTest::newRow("not on the map") << unknownCountry << QString() << QStringLiteral("ZZ");
}

void TestFactModels::openBrokenStory()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, location);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("broken.story.json"), content);
    m_controller->selectFact(QStringLiteral("unified-force"));
    const QString title = m_controller->title();
    const qsizetype facts = story().facts.size();

    QSignalSpy failed(m_controller.get(), &AtlasController::storyLoadFailed);
    QSignalSpy storyChanged(m_controller.get(), &AtlasController::storyChanged);
    QVERIFY(!m_controller->openStoryFile(path));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(0).toString(), path);
    const QStringList errors = failed.constFirst().at(1).toStringList();
    QVERIFY(!errors.isEmpty());
    const QString all = errors.join(u'\n');
    if (!location.isEmpty())
        QVERIFY2(errors.constFirst().startsWith(path + location), qPrintable(all));
    else if (mentions.isEmpty())
        QVERIFY2(QRegularExpression(QStringLiteral(":\\d+:\\d+: ")).match(errors.constFirst()).hasMatch(),
                 qPrintable(all));
    if (!mentions.isEmpty())
        QVERIFY2(all.contains(mentions), qPrintable(all));

    // The story already open stays, selection included.
    QCOMPARE(storyChanged.size(), 0);
    QCOMPARE(m_controller->title(), title);
    QCOMPARE(story().facts.size(), facts);
    QCOMPARE(filter().rowCount(), facts);
    QCOMPARE(m_controller->selectedFactId(), QStringLiteral("unified-force"));
    QVERIFY(m_controller->storyPath().isEmpty());
    QVERIFY(m_controller->recentStories().isEmpty());
}

void TestFactModels::openValidStory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("far.story.json"), farPlacesStory);
    // Filters, a selection and a hover on the old story must not outlive it (nor read its freed facts).
    m_controller->setRegionFilter(QStringLiteral("mali"));
    filter().setSearchText(QStringLiteral("coup"));
    m_controller->selectFact(QStringLiteral("coup-mali-2020"));
    m_controller->hoverFact(QStringLiteral("coup-mali-2021"));
    QVERIFY(filter().count() > 0);

    QSignalSpy storyChanged(m_controller.get(), &AtlasController::storyChanged);
    QSignalSpy recentChanged(m_controller.get(), &AtlasController::recentStoriesChanged);
    QSignalSpy flyTo(&m_controller->view(), &MapView::flightRequested);
    QVERIFY(m_controller->openStoryFile(path));
    QCOMPARE(storyChanged.size(), 1);
    QCOMPARE(m_controller->title(), QStringLiteral("Lieux lointains"));
    QCOMPARE(m_controller->storyPath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(story().facts.size(), 2);
    QCOMPARE(filteredIds(), (QStringList{QStringLiteral("capitals"), QStringLiteral("mali-from-moscow")}));
    QVERIFY(filter().searchText().isEmpty());
    QVERIFY(m_controller->regionFilter().isEmpty());
    QVERIFY(m_controller->selectedFactId().isEmpty());
    QVERIFY(m_controller->hoveredFactId().isEmpty());
    QVERIFY(m_controller->view().selectedRegions().isEmpty());
    QVERIFY(m_controller->view().frameState().glowingRegions.isEmpty());
    QCOMPARE(m_controller->atlas().linkedRegionIds,
             (QSet<QString>{QStringLiteral("mali"), QStringLiteral("moscow"), QStringLiteral("paris")}));
    QCOMPARE(recentChanged.size(), 1);
    QCOMPARE(m_controller->recentStories(), QStringList{QFileInfo(path).absoluteFilePath()});
    QCOMPARE(flyTo.size(), 1);
    QCOMPARE(flyTo.constFirst().constFirst().toRectF(), m_controller->atlas().homeBounds());

    // The new story speaks the current language.
    m_controller->setLanguage(en);
    QCOMPARE(m_controller->title(), QStringLiteral("Far places"));
    QCOMPARE(filter().data(filter().index(0, 0), FactListModel::TitleRole).toString(),
             QStringLiteral("Two capitals"));
}

void TestFactModels::openStoryWhosePathHoldsHashPercentAndSpace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("notes #2 %41 class")));
    QTemporaryDir sub(dir.filePath(QStringLiteral("notes #2 %41 class/XXXXXX")));
    QVERIFY(sub.isValid());
    const QString path = writeFile(sub, QStringLiteral("far #1 %20.story.json"), farPlacesStory);
    // As the recent-stories menu opens it: the path itself.
    QVERIFY(m_controller->openStoryFile(path));
    QCOMPARE(m_controller->storyPath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_controller->recentStories().constFirst(), QFileInfo(path).absoluteFilePath());
    // As File > Open and a drop hand it over: a local-file URL, whose "#" and "%" must not be read as
    // a fragment or an escape.
    m_controller->openStoryFile({});
    QVERIFY(m_controller->openStory(QUrl::fromLocalFile(path)));
    QCOMPARE(m_controller->storyPath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_controller->title(), QStringLiteral("Lieux lointains"));
}

QTEST_GUILESS_MAIN(TestFactModels)
#include "tst_factmodels.moc"
