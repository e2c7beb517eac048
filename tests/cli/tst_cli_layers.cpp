// `--layer` on the command line: the added layers are drawn in exports; bad files fail clearly.
#include "CliProcess.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class TestCliLayers : public QObject
{
    Q_OBJECT

private slots:
    void layersAreInTheExport();
    void badLayerFailsNamingTheFile_data();
    void badLayerFailsNamingTheFile();
};

namespace {

const QString executable = QStringLiteral(SAHEL_EXECUTABLE);

QString fixture(const char *name)
{
    return QStringLiteral(SAHEL_TEST_DATA_DIR "/layers/") + QLatin1String(name);
}

} // namespace

void TestCliLayers::layersAreInTheExport()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath(QStringLiteral("bare.png"));
    const QString layered = dir.filePath(QStringLiteral("layered.png"));
    const QStringList common{QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--view"),
                             QStringLiteral("tri-border")};
    const cli::Run plain = cli::run(executable, QStringList{QStringLiteral("--export"), bare} + common);
    QVERIFY2(plain.finished && plain.exitCode == 0, qPrintable(plain.describe()));
    const cli::Run withLayers = cli::run(
        executable, QStringList{QStringLiteral("--export"), layered, QStringLiteral("--layer"),
                                fixture("events.csv"), QStringLiteral("--layer"), fixture("mixed.geojson")} +
                        common);
    QVERIFY2(withLayers.finished && withLayers.exitCode == 0, qPrintable(withLayers.describe()));
    // The CSV has no coordinate system and a row out of range: said, not fatal.
    QVERIFY2(withLayers.err.contains(QStringLiteral("events.csv")), qPrintable(withLayers.err));
    const QImage a(bare);
    const QImage b(layered);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b);
}

void TestCliLayers::badLayerFailsNamingTheFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/events.csv");
    QTest::newRow("not vector data") << QStringLiteral(SAHEL_TEST_DATA_DIR
                                                       "/article/aes-russie-2025-04-03.fr.txt");
    QTest::newRow("network path") << QStringLiteral("/vsicurl/http://127.0.0.1:9/x.geojson");
}

void TestCliLayers::badLayerFailsNamingTheFile()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const cli::Run result =
        cli::run(executable, {QStringLiteral("--export"), out, QStringLiteral("--layer"), path});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliLayers)
#include "tst_cli_layers.moc"
