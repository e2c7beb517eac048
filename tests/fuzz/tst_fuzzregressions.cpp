// Replays, in every normal test run, what the fuzz targets run on: the inputs that once crashed them
// (tests/data/bad/fuzz-regressions/, filled by `make fuzz`) and the bad-input corpus they are seeded from.
// The targets' code is linked in, so a regression shows here as a crash or a sanitizer report, without clang.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int selectorFor(const QString &suffix)
{
    for (int selector = 0; selector < 256; ++selector)
        if (QLatin1String(sahel::fuzz::geodataSuffix(std::uint8_t(selector))) == suffix)
            return selector;
    return -1;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void story_data();
    void story();
    void geodata_data();
    void geodata();
    void geopackage_data();
    void geopackage();
};

void TestFuzzRegressions::story_data()
{
    QTest::addColumn<QString>("path");
    const QString data = QStringLiteral(SAHEL_TEST_DATA_DIR);
    for (const QString &folder : {data + QStringLiteral("/bad/fuzz-regressions/story"),
                                  data + QStringLiteral("/bad"), data + QStringLiteral("/stories")}) {
        const QDir dir(folder);
        QVERIFY2(dir.exists(), qPrintable(folder));
        const bool everything = folder.endsWith(QLatin1String("story"));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name))
            if ((everything && file.suffix() != QLatin1String("md")) ||
                file.fileName().endsWith(QLatin1String(".story.json")))
                QTest::newRow(qPrintable(dir.dirName() + QLatin1Char('/') + file.fileName()))
                    << file.filePath();
    }
}

void TestFuzzRegressions::story()
{
    QFETCH(QString, path);
    const QByteArray input = contents(path);
    QCOMPARE(sahel::fuzz::story(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                static_cast<std::size_t>(input.size())),
             0);
}

void TestFuzzRegressions::geodata_data()
{
    QTest::addColumn<QByteArray>("input");
    const QString data = QStringLiteral(SAHEL_TEST_DATA_DIR);
    // Regressions are stored as the fuzzer saw them: the selector byte first.
    const QDir regressions(data + QStringLiteral("/bad/fuzz-regressions/geodata"));
    QVERIFY(regressions.exists());
    for (const QFileInfo &file : regressions.entryInfoList(QDir::Files, QDir::Name))
        if (!file.fileName().endsWith(QLatin1String(".md")))
            QTest::newRow(qPrintable(QStringLiteral("fuzz-regressions/") + file.fileName()))
                << contents(file.filePath());
    // The corpus files, with the selector of their own format.
    for (const QFileInfo &file : QDir(data + QStringLiteral("/bad")).entryInfoList(QDir::Files, QDir::Name)) {
        const int selector = selectorFor(QLatin1Char('.') + file.suffix());
        if (selector >= 0)
            QTest::newRow(qPrintable(QStringLiteral("bad/") + file.fileName()))
                << char(selector) + contents(file.filePath());
    }
}

void TestFuzzRegressions::geodata()
{
    QFETCH(QByteArray, input);
    QCOMPARE(sahel::fuzz::geodata(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                  static_cast<std::size_t>(input.size())),
             0);
}

void TestFuzzRegressions::geopackage_data()
{
    QTest::addColumn<QByteArray>("input");
    const QString data = QStringLiteral(SAHEL_TEST_DATA_DIR);
    for (const QString &folder :
         {data + QStringLiteral("/bad/fuzz-regressions/geopackage"), data + QStringLiteral("/bad")}) {
        const QDir dir(folder);
        QVERIFY2(dir.exists(), qPrintable(folder));
        const bool everything = folder.endsWith(QLatin1String("geopackage"));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name))
            if ((everything && file.suffix() != QLatin1String("md")) ||
                file.suffix() == QLatin1String("gpkg"))
                QTest::newRow(qPrintable(dir.dirName() + QLatin1Char('/') + file.fileName()))
                    << contents(file.filePath());
    }
}

void TestFuzzRegressions::geopackage()
{
    QFETCH(QByteArray, input);
    QCOMPARE(sahel::fuzz::geopackage(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                     static_cast<std::size_t>(input.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
