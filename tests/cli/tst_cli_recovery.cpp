// Nothing lost after a crash: the real window (offscreen) is killed with SIGKILL and started again; it must
// come back with the story and the view it had. Everything is observed from outside, through the settings
// file the app keeps (QSettings, in an isolated XDG_CONFIG_HOME): no test hook in the app.
//
// How a restart is shown to restore rather than merely keep the file: the app writes the view half a second
// after the map gets its size, and a view belongs to its story. The restart gets a smaller window (the app
// restores window sizes too), so had it lost the story it would write another story's view, and had it lost
// the view it would write the story's home view fitted to the new size (the last step checks that this
// differs). So the test waits for the restarted app's first write and compares.
#include "CliProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRect>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cmath>
#include <optional>

namespace {

struct Session
{
    QString lastStory;
    QString viewStory;
    double centreX = 0;
    double centreY = 0;
    double zoom = -1;

    bool hasView() const { return zoom >= 0; }
    bool sameView(const Session &other) const
    {
        const auto close = [](double a, double b) {
            return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a));
        };
        return close(centreX, other.centreX) && close(centreY, other.centreY) && close(zoom, other.zoom);
    }
    QString describe() const
    {
        return QStringLiteral("last story \"%1\", view of \"%2\": %3, %4 at zoom %5")
            .arg(lastStory, viewStory)
            .arg(centreX, 0, 'f', 1)
            .arg(centreY, 0, 'f', 1)
            .arg(zoom, 0, 'f', 4);
    }
};

QString stderrOf(QProcess &process)
{
    return QString::fromLocal8Bit(process.readAllStandardError());
}

/// One version of a file. QSaveFile replaces the file on every write, so its inode changes, but a file
/// system may hand a freed inode number out again (ext4 does, in the Debian 13 chroot): the modification
/// time, to the nanosecond, tells two writes apart too.
struct FileVersion
{
    ino_t inode = 0;
    qint64 modifiedNs = 0;
    bool operator==(const FileVersion &) const = default;
};

std::optional<FileVersion> fileVersion(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileVersion{info.st_ino, qint64(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec};
}

} // namespace

class TestCliRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedSessionComesBack();
    void brokenLastStoryFallsBackToTheDefault();

private:
    void start(QProcess &process, const QStringList &arguments);
    Session session() const;
    /// Waits until the running app has rewritten the settings file and `done` holds; false on timeout.
    bool waitForWrite(QProcess &process, std::optional<FileVersion> before,
                      const std::function<bool(const Session &)> &done);
    static void killHard(QProcess &process);
    /// What the window's size will be at the next start: the app restores it from the settings.
    void setWindowSize(QSize size);

    QTemporaryDir m_dir;
    QString m_settingsFile;
};

void TestCliRecovery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("config")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("home")));
    // Where QSettings puts the organisation "SahelAtlas" and the application "sahel-atlas" on Linux.
    m_settingsFile = m_dir.filePath(QStringLiteral("config/SahelAtlas/sahel-atlas.conf"));
}

void TestCliRecovery::start(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAHEL_EXECUTABLE), arguments);
}

Session TestCliRecovery::session() const
{
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    Session s;
    s.lastStory = settings.value(QStringLiteral("stories/last")).toString();
    s.viewStory = settings.value(QStringLiteral("view/story")).toString();
    if (settings.contains(QStringLiteral("view/zoom"))) {
        s.centreX = settings.value(QStringLiteral("view/centreX")).toDouble();
        s.centreY = settings.value(QStringLiteral("view/centreY")).toDouble();
        s.zoom = settings.value(QStringLiteral("view/zoom")).toDouble();
    }
    return s;
}

bool TestCliRecovery::waitForWrite(QProcess &process, std::optional<FileVersion> before,
                                   const std::function<bool(const Session &)> &done)
{
    QElapsedTimer timer;
    timer.start();
    // Start-up of the whole window; sanitizer builds are much slower.
    const qint64 timeoutMs = 20000LL * SAHEL_TIME_SCALE;
    while (timer.elapsed() < timeoutMs) {
        if (process.state() == QProcess::NotRunning)
            return false;
        const std::optional<FileVersion> now = fileVersion(m_settingsFile);
        if (now && now != before && done(session()))
            return true;
        QTest::qWait(50);
    }
    return false;
}

void TestCliRecovery::setWindowSize(QSize size)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), QRect(QPoint(0, 0), size));
}

void TestCliRecovery::killHard(QProcess &process)
{
    process.kill(); // SIGKILL: no destructor, no closing handler, no last write
    process.waitForFinished(10000);
}

void TestCliRecovery::killedSessionComesBack()
{
    const QString story = m_dir.filePath(QStringLiteral("my story.story.json"));
    QVERIFY(QFile::copy(QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/valid-full.story.json"), story));
    const QString absoluteStory = QFileInfo(story).absoluteFilePath();

    // 1. A first start: the default story at its home view.
    QProcess first;
    start(first, {});
    QVERIFY2(waitForWrite(first, std::nullopt, [](const Session &s) { return s.hasView(); }),
             qPrintable(stderrOf(first)));
    killHard(first);
    const Session initial = session();
    QVERIFY2(initial.lastStory.isEmpty() && initial.viewStory.isEmpty(), qPrintable(initial.describe()));

    // 2. The user opens a story (here from the command line) in a large window: the map moves to the story's
    //    home view, which is written half a second later. Then the process is killed.
    setWindowSize(QSize(1500, 1000));
    QProcess second;
    start(second, {QStringLiteral("--story"), story});
    QVERIFY2(waitForWrite(second, fileVersion(m_settingsFile),
                          [&](const Session &s) {
                              return s.lastStory == absoluteStory && s.viewStory == absoluteStory;
                          }),
             qPrintable(stderrOf(second) + session().describe()));
    killHard(second);
    const Session beforeCrash = session();
    QVERIFY2(!beforeCrash.sameView(initial),
             qPrintable(beforeCrash.describe() + QStringLiteral(" vs ") + initial.describe()));

    // 3. Started again without arguments, in a smaller window (so fitting the story's home again would give
    //    another zoom): the same story and exactly the same view, written back unchanged.
    setWindowSize(QSize(1000, 700));
    QProcess third;
    start(third, {});
    const bool written =
        waitForWrite(third, fileVersion(m_settingsFile), [](const Session &s) { return s.hasView(); });
    const Session restored = session();
    killHard(third);
    const QString thirdErr = stderrOf(third);
    QVERIFY2(written, qPrintable(thirdErr + restored.describe()));
    QCOMPARE(restored.lastStory, absoluteStory);
    QCOMPARE(restored.viewStory, absoluteStory);
    QVERIFY2(restored.sameView(beforeCrash),
             qPrintable(restored.describe() + QStringLiteral(" vs ") + beforeCrash.describe()));
    QVERIFY2(!thirdErr.contains(QLatin1String("warning")), "a clean restore says nothing");

    // 4. The control: the same start without a remembered view fits the story's home in the smaller window,
    //    which is not the view above. Were it, step 3 could not tell a restore from a fresh fit.
    {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        settings.remove(QStringLiteral("view"));
    }
    QProcess fourth;
    start(fourth, {});
    const bool refitted =
        waitForWrite(fourth, fileVersion(m_settingsFile), [](const Session &s) { return s.hasView(); });
    const Session fitted = session();
    killHard(fourth);
    QVERIFY2(refitted, qPrintable(stderrOf(fourth) + fitted.describe()));
    QCOMPARE(fitted.viewStory, absoluteStory);
    QVERIFY2(!fitted.sameView(beforeCrash),
             qPrintable(fitted.describe() + QStringLiteral(" vs ") + beforeCrash.describe()));
}

void TestCliRecovery::brokenLastStoryFallsBackToTheDefault()
{
    // The story of the last session was damaged since: the app says so, shows the default story and forgets
    // it.
    const QString story = m_dir.filePath(QStringLiteral("damaged.story.json"));
    QVERIFY(QFile::copy(QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/valid-minimal.story.json"), story));
    QProcess first;
    start(first, {QStringLiteral("--story"), story});
    QVERIFY2(
        waitForWrite(first, fileVersion(m_settingsFile),
                     [&](const Session &s) { return s.lastStory == QFileInfo(story).absoluteFilePath(); }),
        qPrintable(stderrOf(first)));
    killHard(first);
    {
        QFile file(story);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": \"sahel-atlas-story\", \"version\": 1,\n  \"id\": ");
    }
    QProcess second;
    start(second, {});
    const bool written = waitForWrite(second, fileVersion(m_settingsFile),
                                      [](const Session &s) { return s.lastStory.isEmpty(); });
    killHard(second);
    const QString err = stderrOf(second);
    QVERIFY2(written, qPrintable(err + session().describe()));
    QVERIFY2(err.contains(
                 QLatin1String("warning: the last story cannot be opened again; the default story is shown")),
             qPrintable(err));
    QVERIFY2(
        err.contains(QFileInfo(story).absoluteFilePath() + QStringLiteral(":2:9: unexpected end of file")),
        qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliRecovery)
#include "tst_cli_recovery.moc"
