// The Lake Chad story of the world-data issue (tests/data/stories/lake-chad.story.json), made again in the
// editor of the real window from its article alone, as a teacher would: the map clicked for countries,
// admin-1 units and towns, the gazetteer searched, a tripoint, a zone and a union made from the fact's
// places. The result must be a valid story with the same places; the run prints what a person would have
// done (clicks, key presses, characters typed) for the note on how long the story takes to make.
#include "AtlasController.h"
#include "EditorDriver.h"
#include "StoryEditor.h"
#include "StoryReader.h"
#include "TestMainWindow.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)

using namespace sahel;

class TestLakeChadWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void makesTheLakeChadStory();

private:
    StoryEditor *editor() const { return m_main.controller->editor(); }
    /// The paragraph's first sentence(s) up to and including `until`, selected and made a fact.
    void factFrom(int paragraph, const QString &until, const QString &titleFr, const QString &titleEn,
                  const QString &textEn);
    void linkedCodes(const QString &factId, QStringList *codes) const;
    void nameRegion(const QString &regionId, const QString &fr, const QString &en);
    void showMapAt(double lon, double lat, double zoom);

    TestMainWindow m_main;
    EditorDriver m_driver{m_main};
    QStringList m_paragraphs;
};

void TestLakeChadWalkthrough::showMapAt(double lon, double lat, double zoom)
{
    // A person scrolls and zooms the map there: one drag and a few wheel turns.
    m_main.canvas->setViewLonLat(lon, lat, zoom);
    m_driver.clicks += 2;
    QTRY_COMPARE(qRound(m_main.canvas->zoom() * 10), qRound(zoom * 10));
}

void TestLakeChadWalkthrough::factFrom(int paragraph, const QString &until, const QString &titleFr,
                                       const QString &titleEn, const QString &textEn)
{
    const QString &text = m_paragraphs.at(paragraph);
    const int end = until.isEmpty() ? int(text.size()) : int(text.indexOf(until) + until.size());
    m_driver.selectInParagraph(paragraph, 0, end, text.left(end));
    m_driver.key(Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(m_driver.item(QStringLiteral("fact.title_fr")) &&
                m_driver.item(QStringLiteral("fact.title_fr"))->isVisible());
    m_driver.typeInto(QStringLiteral("fact.title_fr"), titleFr);
    m_driver.typeInto(QStringLiteral("fact.title_en"), titleEn);
    m_driver.typeInto(QStringLiteral("fact.text_en"), textEn);
}

void TestLakeChadWalkthrough::nameRegion(const QString &regionId, const QString &fr, const QString &en)
{
    m_driver.click(m_driver.item(QStringLiteral("placesTab")));
    m_driver.item(QStringLiteral("regionsEditor"))->setProperty("regionId", regionId); // a click on its row
    ++m_driver.clicks;
    m_driver.typeInto(QStringLiteral("region.name_fr"), fr);
    m_driver.typeInto(QStringLiteral("region.name_en"), en);
    m_driver.click(m_driver.item(QStringLiteral("factsTab")));
}

void TestLakeChadWalkthrough::linkedCodes(const QString &factId, QStringList *codes) const
{
    const Story &story = editor()->story();
    for (const QString &regionId : story.fact(factId)->regionIds) {
        const RegionDefinition *region = story.region(regionId);
        QVERIFY(region);
        codes->append(region->kind == RegionKind::Town ? QString::number(region->geonameid)
                                                       : regionKindName(region->kind) + u':' + region->iso);
    }
}

void TestLakeChadWalkthrough::makesTheLakeChadStory()
{
    const QString original = QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/lake-chad.story.json");
    const StoryReadResult reference = StoryReader::readFile(original);
    QVERIFY(reference.ok());
    m_paragraphs = reference.story->source.paragraphs;
    m_main.open({QSize(1500, 1000), QString(), false, true});
    QElapsedTimer clock;
    clock.start();

    m_driver.key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(editor()->active());
    m_driver.typeInto(QStringLiteral("storyId"), QStringLiteral("lake-chad-basin"));
    m_driver.typeInto(QStringLiteral("sourceDate"), QStringLiteral("2025-05-12"));
    m_driver.key(Qt::Key_Tab);
    m_driver.typeInto(QStringLiteral("story.title_fr"), QStringLiteral("Le bassin du lac Tchad"));
    m_driver.typeInto(QStringLiteral("story.title_en"), QStringLiteral("The Lake Chad basin"));
    m_driver.typeInto(QStringLiteral("story.subtitle_fr"), QStringLiteral("Quatre pays autour d’un lac"));
    m_driver.typeInto(QStringLiteral("story.subtitle_en"), QStringLiteral("Four countries around one lake"));
    m_driver.typeInto(QStringLiteral("focusCountries"), QStringLiteral("NG, NE, TD, CM"));
    m_driver.key(Qt::Key_Tab);

    // The article, pasted (a person copies it from the lesson sheet: the typing is a paste there).
    m_driver.click(m_driver.item(QStringLiteral("pasteArticleButton")));
    QTRY_VERIFY(m_driver.item(QStringLiteral("pasteArea"))->hasActiveFocus());
    const int typedBefore = m_driver.characters;
    for (const QString &paragraph : std::as_const(m_paragraphs)) {
        m_driver.typeText(paragraph);
        QTest::keyClick(m_main.window, Qt::Key_Return);
        QTest::keyClick(m_main.window, Qt::Key_Return);
    }
    m_driver.characters = typedBefore;
    ++m_driver.keys; // Ctrl+V: what a person presses instead
    m_driver.click(m_driver.visibleButton(QStringLiteral("OK")));
    QTRY_COMPARE(editor()->paragraphs(), m_paragraphs);

    // 1. One lake, four countries: the countries, their tripoint, a zone of 120 km around it.
    factFrom(0, QStringLiteral("Cameroun."), QStringLiteral("Un lac, quatre pays"),
             QStringLiteral("One lake, four countries"),
             QStringLiteral("Lake Chad is shared by four countries: Nigeria, Niger, Chad and Cameroon."));
    const QString fourCountries = editor()->currentFactId();
    showMapAt(13.5, 12.0, 5.0);
    m_driver.clickMap(8.0, 9.5);   // Nigeria
    m_driver.clickMap(9.0, 17.0);  // Niger
    m_driver.clickMap(18.5, 15.5); // Chad
    QTRY_COMPARE(editor()->story().fact(fourCountries)->regionIds.size(), 3);
    m_driver.click(m_driver.item(QStringLiteral("addTripointButton")));
    QTRY_COMPARE(editor()->story().fact(fourCountries)->regionIds.size(), 4);
    const QString tripoint = editor()->story().fact(fourCountries)->regionIds.last();
    m_driver.clickMap(12.5, 6.0); // Cameroon
    QTRY_COMPARE(editor()->story().fact(fourCountries)->regionIds.size(), 5);
    m_driver.click(m_driver.item(QStringLiteral("addZoneButton")));
    QTRY_COMPARE(editor()->story().fact(fourCountries)->regionIds.size(), 6);
    const QString zone = editor()->story().fact(fourCountries)->regionIds.last();
    QQuickItem *radius = m_driver.item(QStringLiteral("radius_") + zone);
    QVERIFY(radius);
    radius->forceActiveFocus();
    ++m_driver.clicks;
    for (int i = 0; i < 3; ++i) // 150 km down to 120, 10 km a press
        m_driver.key(Qt::Key_Left);
    QTRY_COMPARE(editor()->story().region(zone)->radiusKm, 120.0);
    nameRegion(tripoint, QStringLiteral("Tripoint Nigeria–Niger–Tchad"),
               QStringLiteral("Nigeria–Niger–Chad tripoint"));
    nameRegion(zone, QStringLiteral("Pourtour du lac"), QStringLiteral("Around the lake"));

    // 2. Borno and Maiduguri: the state clicked at a regional scale, the town found in the gazetteer.
    factFrom(
        1, QString(), QStringLiteral("Borno, foyer de Boko Haram"),
        QStringLiteral("Borno, where Boko Haram rose"),
        QStringLiteral("In Nigeria, Borno State and its capital Maiduguri have been at the heart of the Boko "
                       "Haram insurgency since 2009."));
    const QString borno = editor()->currentFactId();
    showMapAt(13.5, 12.0, 6.5);
    m_driver.clickMap(12.6, 11.3); // Borno State, away from its towns
    m_driver.typeInto(QStringLiteral("placeSearch"), QStringLiteral("Maiduguri"));
    m_driver.click(m_driver.item(QStringLiteral("placeResult_0")));
    QTRY_COMPARE(editor()->story().fact(borno)->regionIds.size(), 2);

    // 3. The lakeside regions: three admin-1 units clicked, then one union of them.
    factFrom(2, QString(), QStringLiteral("Les régions du lac"), QStringLiteral("The lakeside regions"),
             QStringLiteral("The lakeside regions are Diffa in Niger, Lac province in Chad and the Far North "
                            "region in Cameroon."));
    const QString lakeside = editor()->currentFactId();
    showMapAt(13.5, 13.0, 6.2);
    m_driver.clickMap(13.0, 16.2); // Diffa
    m_driver.clickMap(14.2, 13.9); // Lac
    m_driver.clickMap(14.0, 11.2); // Far North
    QTRY_COMPARE(editor()->story().fact(lakeside)->regionIds.size(), 3);
    m_driver.click(m_driver.item(QStringLiteral("addUnionButton")));
    QTRY_COMPARE(editor()->story().fact(lakeside)->regionIds.size(), 1);
    nameRegion(editor()->story().fact(lakeside)->regionIds.constFirst(),
               QStringLiteral("Régions riveraines du lac"), QStringLiteral("Lakeside regions"));

    // 4. The joint force in N'Djamena: the capital clicked, Chad as a whole with Shift.
    factFrom(
        3, QString(), QStringLiteral("Une force commune à N’Djamena"),
        QStringLiteral("A joint force in N’Djamena"),
        QStringLiteral("The Multinational Joint Task Force, which brings the basin’s countries together, has "
                       "its headquarters in N’Djamena, Chad’s capital."));
    const QString jointForce = editor()->currentFactId();
    m_driver.clickMap(15.0444, 12.1067);              // N'Djamena
    m_driver.clickMap(18.0, 13.0, Qt::ShiftModifier); // Chad, the country
    QTRY_COMPARE(editor()->story().fact(jointForce)->regionIds.size(), 2);

    // The story is valid and names the same places as the hand-written one.
    QTRY_VERIFY2(editor()->problems().isEmpty(),
                 qPrintable(editor()->problems().value(0).toMap().value(QStringLiteral("text")).toString()));
    QStringList codes;
    for (const QString &factId : {fourCountries, borno, lakeside, jointForce})
        linkedCodes(factId, &codes);
    QCOMPARE(
        codes,
        (QStringList{QStringLiteral("country:NG"), QStringLiteral("country:NE"), QStringLiteral("country:TD"),
                     QStringLiteral("tripoint:"), QStringLiteral("country:CM"), QStringLiteral("buffer:"),
                     QStringLiteral("admin1:NG-BO"), QStringLiteral("2331447"), QStringLiteral("union:"),
                     QStringLiteral("2427123"), QStringLiteral("country:TD")}));
    const RegionDefinition *unionRegion =
        editor()->story().region(editor()->story().fact(lakeside)->regionIds.constFirst());
    QCOMPARE(unionRegion->members.size(), 3);
    QCOMPARE(unionRegion->members.at(0).code, QStringLiteral("NE-2"));
    QCOMPARE(unionRegion->members.at(1).code, QStringLiteral("TD-LC"));
    QCOMPARE(unionRegion->members.at(2).code, QStringLiteral("CM-EN"));
    QCOMPARE(editor()->story().region(zone)->clipTo,
             (QStringList{QStringLiteral("NG"), QStringLiteral("NE"), QStringLiteral("TD"),
                          QStringLiteral("CM")}));
    QCOMPARE(editor()->story().focusCountries, reference.story->focusCountries);
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("lake-chad.story.json"));
    m_driver.clicks += 3; // Save, a name, OK in the file dialog: its answer is given directly
    QCOMPARE(editor()->saveAsPath(saved), QString());
    QVERIFY(StoryReader::readFile(saved).ok());
    qInfo("Lake Chad story made in %lld ms: %d clicks, %d key presses, %d characters typed", clock.elapsed(),
          m_driver.clicks, m_driver.keys, m_driver.characters);
}

QTEST_MAIN(TestLakeChadWalkthrough)
#include "tst_storyeditor_lakechad.moc"
