// Makes a story from scratch in the real window with QTest events, as a teacher would: paste an article,
// make a quote and a figure from selections, link places by clicking the map, draw a zone, translate,
// undo and redo, save, reopen; and the problems list that leads to the field to fix.
#include "AtlasController.h"
#include "EditorDriver.h"
#include "MapCanvas.h"
#include "StoryEditor.h"
#include "StoryReader.h"
#include "StoryWriter.h"
#include "TestMainWindow.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickItem>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)

using namespace sahel;

namespace {

const QStringList article = {
    QStringLiteral("Le gouvernement russe s’est déclaré prêt à renforcer son soutien militaire aux pays "
                   "membres de l’Alliance des Etats du Sahel."),
    QStringLiteral("« La Russie est prête à aider à la formation de la force conjointe », a déclaré "
                   "Sergueï Lavrov."),
    QStringLiteral("Les trois pays prévoient une force unifiée de 5000 soldats.")};

const QString childFlag = QStringLiteral("--edit-then-wait");

} // namespace

class TestStoryEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void makesAStoryFromScratch();
    void aProblemLeadsToItsField();
    void everyStoryOpensInTheEditorUnchanged();
    void anArticleFromATextFile();
    void factsReorderFromTheKeyboard();
    void closingAsksAboutUnsavedWork();
    void killedMidEditTheNextStartBringsTheWorkBack();

private:
    StoryEditor *editor() const { return m_main.controller->editor(); }
    QQuickItem *item(const QString &objectName) const { return m_driver.item(objectName); }
    QQuickItem *visibleButton(const QString &text) const { return m_driver.visibleButton(text); }
    void click(QQuickItem *target) { m_driver.click(target); }
    void clickMap(double lon, double lat) { m_driver.clickMap(lon, lat); }
    void typeInto(const QString &objectName, const QString &text) { m_driver.typeInto(objectName, text); }
    void typeText(const QString &text) { m_driver.typeText(text); }
    void selectInParagraph(int paragraph, int start, int end)
    {
        m_driver.selectInParagraph(paragraph, start, end, article.at(paragraph).mid(start, end - start));
    }

    TestMainWindow m_main;
    EditorDriver m_driver{m_main};
};

void TestStoryEditor::init()
{
    m_main.open({QSize(1500, 1000), QString(), false, true});
}

void TestStoryEditor::cleanup()
{
    m_main.close();
}

void TestStoryEditor::makesAStoryFromScratch()
{
    // File > New Story.
    QTest::keyClick(m_main.window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(editor()->active());
    QVERIFY(item(QStringLiteral("editorPanel"))->isVisible());
    typeInto(QStringLiteral("storyId"), QStringLiteral("russie-aes"));
    typeInto(QStringLiteral("sourceDate"), QStringLiteral("2025-04-03"));
    QTest::keyClick(m_main.window, Qt::Key_Tab);
    typeInto(QStringLiteral("publisher"), QStringLiteral("Africanews"));
    typeInto(QStringLiteral("story.title_fr"), QStringLiteral("La Russie et l’AES"));
    typeInto(QStringLiteral("story.title_en"), QStringLiteral("Russia and the AES"));

    // The article, pasted: three paragraphs.
    click(item(QStringLiteral("pasteArticleButton")));
    QQuickItem *pasteArea = item(QStringLiteral("pasteArea"));
    QTRY_VERIFY(pasteArea && pasteArea->hasActiveFocus());
    for (const QString &paragraph : article) {
        typeText(paragraph);
        QTest::keyClick(m_main.window, Qt::Key_Return);
        QTest::keyClick(m_main.window, Qt::Key_Return);
    }
    click(visibleButton(QStringLiteral("OK")));
    QTRY_COMPARE(editor()->paragraphs(), article);

    // A quote: the words between the quotation marks of paragraph 2, verbatim by construction.
    const int quoteEnd = int(article.at(1).indexOf(u'»')) + 1;
    selectInParagraph(1, 0, quoteEnd);
    QTest::keyClick(m_main.window, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(editor()->story().facts.size(), 1);
    const QString quoteId = editor()->currentFactId();
    const Fact *quote = editor()->story().fact(quoteId);
    QCOMPARE(quote->kind, FactKind::Quote);
    QCOMPARE(quote->text.text(QStringLiteral("fr")), article.at(1).left(quoteEnd));
    QCOMPARE(quote->paragraph, 2);
    typeInto(QStringLiteral("speaker"), QStringLiteral("Sergueï Lavrov"));
    typeInto(QStringLiteral("fact.role_fr"), QStringLiteral("ministre russe des Affaires étrangères"));
    typeInto(QStringLiteral("fact.role_en"), QStringLiteral("Russian foreign minister"));
    typeInto(QStringLiteral("fact.title_en"), QStringLiteral("Russia ready to help the joint force"));
    typeInto(QStringLiteral("fact.text_en"),
             QStringLiteral("“Russia is ready to help train the joint force”"));
    // Its places: Mali and Niger, clicked on the map.
    clickMap(-2.0, 17.5);
    clickMap(9.0, 17.0);
    QTRY_COMPARE(editor()->story().fact(quoteId)->regionIds,
                 (QStringList{QStringLiteral("mali"), QStringLiteral("niger")}));
    // A second click on Niger unlinks it; a third links it again.
    clickMap(9.0, 17.0);
    QTRY_COMPARE(editor()->story().fact(quoteId)->regionIds, QStringList{QStringLiteral("mali")});
    clickMap(9.0, 17.0);
    QTRY_COMPARE(editor()->story().fact(quoteId)->regionIds.size(), 2);

    // A figure: "5000 soldats" in paragraph 3, number and unit found in the selection.
    const int figureStart = int(article.at(2).indexOf(QStringLiteral("5000")));
    selectInParagraph(2, figureStart, figureStart + 12);
    QTest::keyClick(m_main.window, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(editor()->story().facts.size(), 2);
    const QString figureId = editor()->currentFactId();
    QCOMPARE(editor()->story().fact(figureId)->value, std::optional<double>(5000));
    QCOMPARE(editor()->story().fact(figureId)->unit.text(QStringLiteral("fr")), QStringLiteral("soldats"));
    typeInto(QStringLiteral("fact.title_fr"), QStringLiteral("Une force de 5000 soldats"));
    typeInto(QStringLiteral("fact.title_en"), QStringLiteral("A force of 5,000 soldiers"));
    typeInto(QStringLiteral("fact.unit_en"), QStringLiteral("soldiers"));
    typeInto(QStringLiteral("fact.text_en"),
             QStringLiteral("The three countries plan a unified force of 5,000 soldiers."));
    // Niamey, clicked on the map, then a zone of 150 km around it.
    clickMap(2.1098, 13.5137);
    QTRY_VERIFY(editor()->story().region(QStringLiteral("niamey")));
    click(item(QStringLiteral("addZoneButton")));
    QTRY_COMPARE(editor()->story().fact(figureId)->regionIds.size(), 2);
    const RegionDefinition *zone =
        editor()->story().region(editor()->story().fact(figureId)->regionIds.at(1));
    QVERIFY(zone);
    QCOMPARE(zone->kind, RegionKind::Buffer);
    QCOMPARE(zone->around, QStringLiteral("niamey"));
    // The map shows the fact's places as the story will: the zone is resolved and selected.
    QTRY_VERIFY(m_main.controller->view().selectedRegions().contains(zone->id));
    QVERIFY(m_main.controller->scene().region(zone->id));

    // Undo takes the zone away, redo brings it back (the map's shortcut, focus on the map).
    const Story withZone = editor()->story();
    m_main.canvas->forceActiveFocus();
    QTest::keyClick(m_main.window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(editor()->story().fact(figureId)->regionIds.size(), 1);
    QTest::keyClick(m_main.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(editor()->story(), withZone);

    // Valid, saved (the file dialog's answer given directly), the same story read back, the expected file.
    QTRY_VERIFY2(editor()->problems().isEmpty(),
                 qPrintable(editor()->problems().value(0).toMap().value(QStringLiteral("text")).toString()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("russie-aes.story.json"));
    QCOMPARE(editor()->saveAsPath(path), QString());
    QVERIFY(!editor()->modified());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray written = saved.readAll();
    QFile expected(QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/editor-expected.story.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    if (written != expected.readAll()) {
        QFile actual(QStringLiteral("editor-expected.actual.json"));
        QVERIFY(actual.open(QIODevice::WriteOnly));
        actual.write(written);
        QFAIL("the saved story differs from tests/data/stories/editor-expected.story.json; see "
              "editor-expected.actual.json");
    }
    const StoryReadResult read = StoryReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
    QCOMPARE(*read.story, withZone);
    // Done, then the file opened again in the editor: the same story.
    click(item(QStringLiteral("doneButton")));
    QTRY_VERIFY(!editor()->active());
    QCOMPARE(m_main.controller->storyPath(), path);
    QString error;
    QVERIFY(editor()->startFile(path, &error));
    QCOMPARE(editor()->story(), withZone);
}

void TestStoryEditor::aProblemLeadsToItsField()
{
    QString error;
    QTemporaryDir dir;
    QVERIFY(editor()->startFile(dir.filePath(QStringLiteral("new.story.json")), &error));
    editor()->pasteArticle(article.join(QStringLiteral("\n\n")));
    editor()->createFact(QStringLiteral("quote"), 1, 0, 20);
    // A quote needs a speaker: the problems list says so, and picking the message goes to the field.
    QVariantMap speakerProblem;
    for (const QVariant &problem : editor()->problems())
        if (problem.toMap().value(QStringLiteral("field")).toString() == u"speaker")
            speakerProblem = problem.toMap();
    QVERIFY2(!speakerProblem.isEmpty(),
             qPrintable(QStringLiteral("no problem about the quote's speaker in: ") +
                        QVariant(editor()->problems()).toStringList().join(u'|')));
    QCOMPARE(speakerProblem.value(QStringLiteral("factId")).toString(), editor()->currentFactId());
    QObject *panel = item(QStringLiteral("editorPanel"));
    QTRY_VERIFY(panel->property("visible").toBool());
    QMetaObject::invokeMethod(panel, "goToProblem", Q_ARG(QVariant, speakerProblem));
    QTRY_VERIFY(item(QStringLiteral("speaker"))->hasActiveFocus());
    // Typing there fixes it.
    typeText(QStringLiteral("Sergueï Lavrov"));
    QTRY_COMPARE(editor()->story().fact(editor()->currentFactId())->speaker,
                 QStringLiteral("Sergueï Lavrov"));
    for (const QVariant &problem : editor()->problems())
        QVERIFY(problem.toMap().value(QStringLiteral("field")).toString() != u"speaker");
}

void TestStoryEditor::everyStoryOpensInTheEditorUnchanged()
{
    // Opening a story in the editor changes nothing: it is not modified, and saving it gives the writer's
    // form.
    const QString path = QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/lake-chad.story.json");
    QString error;
    QVERIFY2(editor()->startFile(path, &error), qPrintable(error));
    QVERIFY(!editor()->modified());
    QVERIFY(editor()->problems().isEmpty());
    QCOMPARE(editor()->story(), *StoryReader::readFile(path).story);
    QTRY_VERIFY(m_main.controller->atlas().story.id == editor()->story().id);
}

void TestStoryEditor::anArticleFromATextFile()
{
    editor()->newStory(QStringLiteral("fr"));
    const QString path = QStringLiteral(SAHEL_TEST_DATA_DIR "/article/aes-russie-2025-04-03.fr.txt");
    QCOMPARE(editor()->openArticleText(QUrl::fromLocalFile(path)), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(editor()->paragraphs().size(), lines.size());
    QCOMPARE(editor()->paragraphs().constFirst(), lines.constFirst().simplified());
    // Not a file: the message names it and the article stays.
    const QString refused =
        editor()->openArticleText(QUrl::fromLocalFile(QStringLiteral("/nonexistent/a.txt")));
    QVERIFY(refused.contains(QLatin1String("/nonexistent/a.txt")));
    QCOMPARE(editor()->paragraphs().size(), lines.size());
}

void TestStoryEditor::factsReorderFromTheKeyboard()
{
    QString error;
    QVERIFY(editor()->startFile(QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/lake-chad.story.json"), &error));
    const QString first = editor()->facts().at(0).toMap().value(QStringLiteral("id")).toString();
    const QString second = editor()->facts().at(1).toMap().value(QStringLiteral("id")).toString();
    click(visibleButton(QStringLiteral("Facts")));
    QQuickItem *list = item(QStringLiteral("editorFactList"));
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    // The list's first card has the focus; Alt+Down moves it one place down the presentation order.
    list->forceActiveFocus();
    QTRY_VERIFY(list->hasActiveFocus());
    QMetaObject::invokeMethod(list, "positionViewAtBeginning");
    list->setProperty("currentIndex", 0);
    QTRY_VERIFY(list->property("currentItem").value<QQuickItem *>());
    list->property("currentItem").value<QQuickItem *>()->forceActiveFocus();
    QTest::keyClick(m_main.window, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(editor()->facts().at(0).toMap().value(QStringLiteral("id")).toString(), second);
    QCOMPARE(editor()->facts().at(1).toMap().value(QStringLiteral("id")).toString(), first);
    QCOMPARE(editor()->story().order.mid(0, 2), (QStringList{second, first}));
    QVERIFY(editor()->modified());
    // Drag and drop: the card now second, dragged two rows down, goes fourth.
    QQuickItem *row = list->property("currentItem").value<QQuickItem *>();
    QVERIFY(row);
    const QString dragged = editor()->facts().at(1).toMap().value(QStringLiteral("id")).toString();
    const QPointF start = row->mapToScene(QPointF(row->width() / 2, row->height() * 1.5));
    const QPointF end = start + QPointF(0, 2 * row->height());
    QTest::mousePress(m_main.window, Qt::LeftButton, {}, start.toPoint());
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(m_main.window, (start + (end - start) * step / 10.0).toPoint(), 10);
    QTest::mouseRelease(m_main.window, Qt::LeftButton, {}, end.toPoint(), 10);
    QTRY_COMPARE(editor()->facts().at(3).toMap().value(QStringLiteral("id")).toString(), dragged);
}

void TestStoryEditor::closingAsksAboutUnsavedWork()
{
    editor()->newStory(QStringLiteral("fr"));
    editor()->pasteArticle(article.join(QStringLiteral("\n\n")));
    QVERIFY(editor()->modified());
    // Closing the window with unsaved work asks first; Cancel keeps everything.
    QMetaObject::invokeMethod(m_main.window, "close");
    QQuickItem *cancel = nullptr;
    QTRY_VERIFY((cancel = visibleButton(QStringLiteral("Cancel"))) != nullptr);
    QVERIFY(m_main.window->isVisible());
    click(cancel);
    QTRY_VERIFY(!visibleButton(QStringLiteral("Cancel")));
    QVERIFY(m_main.window->isVisible());
    QVERIFY(editor()->modified());
    QCOMPARE(editor()->paragraphs(), article);
    // Again, and Discard: the window closes and the story is the default one again.
    QMetaObject::invokeMethod(m_main.window, "close");
    QQuickItem *discard = nullptr;
    QTRY_VERIFY((discard = visibleButton(QStringLiteral("Discard"))) != nullptr);
    click(discard);
    QTRY_VERIFY(!m_main.window->isVisible());
    QVERIFY(!editor()->active());
}

void TestStoryEditor::killedMidEditTheNextStartBringsTheWorkBack()
{
    // The child: this test program with childFlag, editing in a persistent window (autosave on) until killed.
    m_main.close();
    StoryAutosave().discard();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {childFlag});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("edited"), 60000);
    child.kill(); // SIGKILL: no destructor, no last write
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // The next start, as main() makes it: the window, then the work a previous run left unsaved.
    m_main.open({QSize(1500, 1000), QString(), true, false});
    QVERIFY(editor()->recover());
    QVERIFY(editor()->active());
    QVERIFY(editor()->modified());
    QVERIFY(!editor()->notice().isEmpty());
    QCOMPARE(editor()->story().title.text(QStringLiteral("fr")), QStringLiteral("Brouillon interrompu"));
    QCOMPARE(editor()->paragraphs(), article);
    QTRY_VERIFY(item(QStringLiteral("editorPanel"))->isVisible());
    // Leaving without saving (Discard) removes it: the start after that has nothing to recover.
    m_main.controller->stopEditing(true);
    QVERIFY(!StoryAutosave().read());
}

namespace {

// Runs in the child process: opens the window as the app does, edits, lets the autosave run, waits.
int editThenWait()
{
    TestMainWindow main;
    main.open({QSize(1200, 800), QString(), true, false});
    EditorDriver driver{main};
    driver.key(Qt::Key_N, Qt::ControlModifier);
    driver.typeInto(QStringLiteral("story.title_fr"), QStringLiteral("Brouillon interrompu"));
    main.controller->editor()->pasteArticle(article.join(QStringLiteral("\n\n")));
    QTest::qWait(StoryDocument::autosaveDelayMs + 500);
    QTextStream(stdout) << (main.controller->editor()->modified() ? "edited" : "not edited") << Qt::endl;
    for (;;)
        QTest::qWait(1000);
}

} // namespace

int main(int argc, char **argv)
{
    // Settings, the session and the autosave in a test folder of their own, in both processes.
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    if (argc == 2 && QString::fromLocal8Bit(argv[1]) == childFlag)
        return editThenWait();
    TestStoryEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_storyeditor.moc"
