// The editor's document: undo and redo of every edit, typing merged into one step, atomic save, the
// reader's problems as you go, and an autosave that a kill -9 leaves behind for the next start.
#include "StoryDocument.h"
#include "StoryEdits.h"
#include "StoryReader.h"
#include "StoryWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sahel;

namespace {

const QString childFlag = QStringLiteral("--edit-then-wait");

Story article()
{
    Story story = StoryEdits::newStory(QStringLiteral("fr"));
    story.source.date = QDate(2025, 4, 3);
    story.title = LocalizedText(QStringLiteral("Titre"));
    story.source.paragraphs = {QStringLiteral("Une force de 5000 soldats est prévue.")};
    return story;
}

// The edits both the test and the child process make: a figure with its title retyped letter by letter.
void makeEdits(StoryDocument &document)
{
    QString factId;
    document.apply(QStringLiteral("figure"),
                   StoryEdits::withFactFromSelection(document.story(), 0, 13, 25, FactKind::Figure, &factId));
    const QString target = QStringLiteral("fact:") + factId;
    QString typed;
    for (const QChar c : QStringLiteral("Force")) {
        typed += c;
        document.apply(QStringLiteral("type"),
                       StoryEdits::withText(document.story(), target, QStringLiteral("title"),
                                            QStringLiteral("en"), typed),
                       target + QStringLiteral("/title/en"));
    }
}

// The child: edits, lets the autosave run, says so, then waits to be killed.
int runChild(const QString &folder)
{
    StoryDocument document{StoryAutosave(folder)};
    document.reset(article(), folder + QStringLiteral("/story.story.json"));
    makeEdits(document);
    QTest::qWait(StoryDocument::autosaveDelayMs + 500);
    QTextStream(stdout) << "edited" << Qt::endl;
    for (;;)
        QTest::qWait(1000);
}

} // namespace

class TestStoryDocument : public QObject
{
    Q_OBJECT

private slots:
    void undoAndRedoEveryEdit()
    {
        StoryDocument document;
        document.reset(article(), QString());
        QVERIFY(!document.isModified());
        makeEdits(document);
        QVERIFY(document.isModified());
        // One step for the figure, one for the five letters typed in its title.
        QCOMPARE(document.undoStack()->count(), 2);
        const Story edited = document.story();
        QCOMPARE(edited.facts.constFirst().title.text(QStringLiteral("en")), QStringLiteral("Force"));
        document.undoStack()->undo();
        QVERIFY(!document.story().facts.constFirst().title.has(QStringLiteral("en")));
        document.undoStack()->undo();
        QVERIFY(document.story().facts.isEmpty());
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        document.undoStack()->redo();
        QCOMPARE(document.story(), edited);
    }

    void problemsFollowTheDraft()
    {
        StoryDocument document;
        document.reset(article(), QString());
        makeEdits(document);
        // The figure names no place yet: the reader says so, with the fact's path.
        const auto mentions = [&](const QString &path) {
            for (const StoryError &error : document.problems())
                if (error.path.startsWith(path))
                    return true;
            return false;
        };
        QVERIFY(mentions(QStringLiteral("facts[0].regions")));
        QVERIFY(!document.checkedStory());
    }

    void savesAtomicallyAndReadsBackTheSameStory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StoryDocument document{StoryAutosave(dir.filePath(QStringLiteral("autosave")))};
        document.reset(article(), QString());
        makeEdits(document);
        QVERIFY(!document.save().isEmpty()); // no file yet: Save As first
        const QString path = dir.filePath(QStringLiteral("force.story.json"));
        QCOMPARE(document.saveAs(path), QString());
        QCOMPARE(document.path(), path);
        QVERIFY(!document.isModified());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(saved, StoryWriter::write(document.story()));
        const StoryReadResult read = StoryReader::read(saved, path);
        QVERIFY(read.draft);
        QCOMPARE(*read.draft, document.story());
        // Saving again after an undo is a change like any other.
        document.undoStack()->undo();
        QVERIFY(document.isModified());
        QCOMPARE(document.save(), QString());
        QVERIFY(!document.isModified());
        // A folder that cannot be written to leaves the document as it was and says why.
        const QString refused = document.saveAs(QStringLiteral("/proc/nope/x.story.json"));
        QVERIFY(refused.contains(QLatin1String("/proc/nope")));
        QCOMPARE(document.path(), path);
    }

    void autosaveComesAndGoes()
    {
        QTemporaryDir dir;
        const StoryAutosave autosave(dir.filePath(QStringLiteral("autosave")));
        {
            StoryDocument document{autosave};
            document.reset(article(), dir.filePath(QStringLiteral("a.story.json")));
            makeEdits(document);
            QTRY_VERIFY(autosave.read().has_value());
            QCOMPARE(autosave.read()->story, document.story());
            QCOMPARE(autosave.read()->path, dir.filePath(QStringLiteral("a.story.json")));
            QCOMPARE(document.save(), QString());
            QVERIFY(!autosave.read());
            makeEdits(document);
        }
        // Closing with an edit pending writes it at once; discarding removes it.
        QVERIFY(autosave.read().has_value());
        autosave.discard();
        QVERIFY(!autosave.read());
    }

    void killedMidEditTheAutosaveBringsTheWorkBack()
    {
        QTemporaryDir dir;
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({childFlag, dir.path()});
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("edited"), 20000);
        child.kill(); // SIGKILL: no destructor, no last write
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        StoryDocument expected;
        expected.reset(article(), QString());
        makeEdits(expected);
        const auto draft = StoryAutosave(dir.path()).read();
        QVERIFY(draft);
        QCOMPARE(draft->story, expected.story());
        QCOMPARE(draft->path, dir.path() + QStringLiteral("/story.story.json"));
        // The next start brings it back as unsaved work.
        StoryDocument recovered{StoryAutosave(dir.path())};
        recovered.reset(draft->story, draft->path, true);
        QVERIFY(recovered.isModified());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc == 3 && QString::fromLocal8Bit(argv[1]) == childFlag)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestStoryDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storydocument.moc"
