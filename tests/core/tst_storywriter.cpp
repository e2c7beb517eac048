// Checks that saving a story gives it back unchanged, in one stable layout, extras and all.
#include "JsonWriter.h"
#include "StoryReader.h"
#include "StoryWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <bit>
#include <functional>

using namespace sahel;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString storyPath(const QString &name)
{
    return QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/") + name;
}

/// The story, or nullopt with the reader's messages printed.
std::optional<Story> read(const QByteArray &json, const QString &name = QStringLiteral("written"))
{
    const StoryReadResult result = StoryReader::read(json, name);
    for (const StoryError &error : result.errors)
        qWarning("%s", qPrintable(error.toString()));
    return result.story;
}

std::optional<Story> readFile(const QString &path)
{
    return read(readBytes(path), path);
}

/// The smallest valid story, to change one field of.
const QByteArray &minimalStory()
{
    static const QByteArray json = R"({"format": "sahel-atlas-story", "version": 1, "id": "t", "title": "T",
        "source": {"publisher": null, "date": "2025-04-03", "language": "fr", "paragraphs": ["P."]},
        "regions": [{"id": "mali", "kind": "country", "iso": "ML"}],
        "facts": [{"id": "f", "kind": "figure", "paragraph": 1, "value": 1, "unit": "%", "title": "T",
                   "text": "P.", "regions": ["mali"]}]})";
    return json;
}

} // namespace

class TestStoryWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void golden();
    void extraKept();
    void extraOnlyWhereKept();
    void strings_data();
    void strings();
    void lineWidth_data();
    void lineWidth();
    void numbers_data();
    void numbers();
    void boundingBox_data();
    void boundingBox();
    void equalityIgnoresSpotsOnly();
    void writeFile();
};

void TestStoryWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {QStringLiteral(SAHEL_SOURCE_DIR "/resources/stories"),
                                  QStringLiteral(SAHEL_TEST_DATA_DIR "/stories")}) {
        const QDir dir(folder);
        const QStringList names = dir.entryList({QStringLiteral("*.story.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), qPrintable(folder));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

void TestStoryWriter::roundTrip()
{
    QFETCH(QString, path);
    const std::optional<Story> story = readFile(path);
    QVERIFY(story);
    const QByteArray written = StoryWriter::write(*story);
    QVERIFY(!written.startsWith("\xEF\xBB\xBF"));
    QVERIFY(written.endsWith("}\n"));
    QVERIFY(!written.contains('\r') && !written.contains('\t'));
    QVERIFY(QString::fromUtf8(written).toUtf8() == written); // valid UTF-8

    const std::optional<Story> again = read(written);
    QVERIFY(again);
    // Part by part first, so that a failure says where.
    QCOMPARE(again->source, story->source);
    QCOMPARE(again->regions.size(), story->regions.size());
    for (qsizetype i = 0; i < story->regions.size(); ++i)
        QVERIFY2(again->regions[i] == story->regions[i], qPrintable(story->regions[i].id));
    QCOMPARE(again->facts.size(), story->facts.size());
    for (qsizetype i = 0; i < story->facts.size(); ++i)
        QVERIFY2(again->facts[i] == story->facts[i], qPrintable(story->facts[i].id));
    QCOMPARE(*again, *story);
    // Stable: saving what was saved changes nothing.
    QCOMPARE(StoryWriter::write(*again), written);
}

void TestStoryWriter::golden()
{
    const std::optional<Story> story = readFile(storyPath(QStringLiteral("writer-input.story.json")));
    QVERIFY(story);
    const QByteArray expected = readBytes(storyPath(QStringLiteral("writer-expected.story.json")));
    const QByteArray written = StoryWriter::write(*story);
    const QList<QByteArray> lines = written.split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    for (qsizetype i = 0; i < std::min(lines.size(), expectedLines.size()); ++i)
        QCOMPARE(lines[i], expectedLines[i]);
    QCOMPARE(lines.size(), expectedLines.size());
    QCOMPARE(written, expected);
    // The expected file is itself as the writer leaves it.
    const std::optional<Story> fromExpected = read(expected);
    QVERIFY(fromExpected);
    QCOMPARE(StoryWriter::write(*fromExpected), expected);
}

void TestStoryWriter::extraKept()
{
    // valid-full's extras, as the reader keeps them: on one line, in their key order.
    const std::optional<Story> full = readFile(storyPath(QStringLiteral("valid-full.story.json")));
    QVERIFY(full);
    QCOMPARE(full->extraJson, QByteArray(R"({"generator": "hand"})"));
    QCOMPARE(full->region(QStringLiteral("moscow"))->extraJson,
             QByteArray(R"({"anything": [1, 2, {"goes": true}]})"));
    QCOMPARE(full->fact(QStringLiteral("count"))->extraJson, QByteArray("{}"));
    QVERIFY(full->fact(QStringLiteral("first"))->extraJson.isEmpty());
    QCOMPARE(full->schema, QStringLiteral("../../../resources/stories/story.schema.json"));

    // Every place that keeps one, keys in an order no sorting gives.
    QByteArray json = minimalStory();
    json.replace(R"("paragraphs": ["P."])", R"("paragraphs": ["P."], "extra": {"s": 1, "b": 2})");
    json.replace(R"("iso": "ML")", R"("iso": "ML", "extra": {"r": [], "q": {}})");
    json.replace(R"("regions": ["mali"])", R"("regions": ["mali"], "extra": {"f": "x", "e": [true, null]})");
    json.replace(R"("id": "t", "title": "T",)",
                 R"("id": "t", "title": "T", "view": {"extra": {"v": 0}, "bbox": [0, 0, 1, 1]},
                    "extra": {"zeta": 1, "alpha": {"b": [1, 2.5e0, "x"], "a": null}, "tolerance": 1e-7},)");
    const std::optional<Story> story = read(json);
    QVERIFY(story);
    QCOMPARE(story->extraJson,
             QByteArray(R"({"zeta": 1, "alpha": {"b": [1, 2.5, "x"], "a": null}, "tolerance": 1e-7})"));
    QCOMPARE(story->viewExtraJson, QByteArray(R"({"v": 0})"));
    QCOMPARE(story->source.extraJson, QByteArray(R"({"s": 1, "b": 2})"));
    QCOMPARE(story->regions[0].extraJson, QByteArray(R"({"r": [], "q": {}})"));
    QCOMPARE(story->facts[0].extraJson, QByteArray(R"({"f": "x", "e": [true, null]})"));
    const QByteArray written = StoryWriter::write(*story);
    // On one line, as it fits; the golden test has one too long for a line.
    QVERIFY2(written.endsWith(
                 R"(  "extra": {"zeta": 1, "alpha": {"b": [1, 2.5, "x"], "a": null}, "tolerance": 1e-7})"
                 "\n}\n"),
             written.constData());
    const std::optional<Story> again = read(written);
    QVERIFY(again);
    QCOMPARE(*again, *story);
}

void TestStoryWriter::extraOnlyWhereKept()
{
    // A union member has nowhere to keep an extra: refused, rather than accepted and dropped by a save.
    QByteArray json = minimalStory();
    json.replace(
        R"({"id": "mali", "kind": "country", "iso": "ML"})",
        R"({"id": "mali", "kind": "union", "members": [{"country": "BF", "region": "Sahel", "extra": {}}]})");
    const StoryReadResult result = StoryReader::read(json, QStringLiteral("t"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].path, QStringLiteral("regions[0].members[0].extra"));
    QCOMPARE(result.errors[0].message, QStringLiteral("field \"extra\" is not used in a union member"));
}

void TestStoryWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("non-ASCII as UTF-8") << QString::fromUtf8("Ségou – « prêts » ɗ 中文 🙂")
                                        << QByteArray("\"Ségou – « prêts » ɗ 中文 🙂\"");
    QTest::newRow("control characters") << QString::fromUtf8("a\tb\nc\rd\be\ff\x01g\x1fh\x7f")
                                        << QByteArray(R"("a\tb\nc\rd\be\ff\u0001g\u001fh)"
                                                      "\x7f\"");
    QTest::newRow("quotes and backslashes")
        << QString::fromUtf8(R"(say "\o/" \)") << QByteArray(R"("say \"\\o/\" \\")");
}

void TestStoryWriter::strings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    QCOMPARE(JsonWriter::quoted(text), written);
    std::optional<Story> story = read(minimalStory());
    QVERIFY(story);
    story->title = LocalizedText(text, QStringLiteral("fr"));
    story->facts[0].notes = LocalizedText(text, QStringLiteral("fr"));
    story->facts[0].notes.set(QStringLiteral("en"), text);
    const QByteArray json = StoryWriter::write(*story);
    QVERIFY2(json.contains("\"title\": " + written + ",\n"), json.constData());
    const std::optional<Story> again = read(json);
    QVERIFY(again);
    QCOMPARE(again->title.text(QStringLiteral("fr")), text);
    QCOMPARE(*again, *story);
}

void TestStoryWriter::lineWidth_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("oneLine");
    // `  "title": {"fr": "…", "en": "y"},` is 33 characters and the French text: 110 fit, 111 do not.
    QTest::newRow("110 characters") << 77 << true;
    QTest::newRow("111 characters") << 78 << false;
}

void TestStoryWriter::lineWidth()
{
    // In characters, not bytes: an é is two bytes of UTF-8.
    QFETCH(int, length);
    QFETCH(bool, oneLine);
    std::optional<Story> story = read(minimalStory());
    QVERIFY(story);
    const QString french(length, QChar(u'é'));
    story->title = LocalizedText(french, QStringLiteral("fr"));
    story->title.set(QStringLiteral("en"), QStringLiteral("y"));
    const QByteArray written = StoryWriter::write(*story);
    const QByteArray line = "  \"title\": {\"fr\": \"" + french.toUtf8() + "\", \"en\": \"y\"},\n";
    const QByteArray block =
        "  \"title\": {\n    \"fr\": \"" + french.toUtf8() + "\",\n    \"en\": \"y\"\n  },\n";
    QVERIFY2(written.contains(oneLine ? line : block), written.constData());
}

void TestStoryWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("5000") << 5000.0 << QByteArray("5000");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("1e-6") << 1e-6 << QByteArray("0.000001");
    QTest::newRow("-2.5") << -2.5 << QByteArray("-2.5");
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("ten million") << 1e7 << QByteArray("10000000");
    QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("largest") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    QTest::newRow("smallest") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
}

void TestStoryWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, written);
    QCOMPARE(JsonWriter::numberText(value), written);
    std::optional<Story> story = read(minimalStory());
    QVERIFY(story);
    story->facts[0].value = value;
    const QByteArray json = StoryWriter::write(*story);
    QVERIFY2(json.contains("\"value\": " + written + ",\n"), json.constData());
    const std::optional<Story> again = read(json);
    QVERIFY(again && again->facts[0].value);
    // Bit for bit (QCOMPARE on doubles is fuzzy); zero's sign is the one thing not kept.
    QCOMPARE(std::bit_cast<quint64>(*again->facts[0].value),
             std::bit_cast<quint64>(value == 0.0 ? 0.0 : value));
}

void TestStoryWriter::boundingBox_data()
{
    QTest::addColumn<QByteArray>("bbox");
    QTest::newRow("exact") << QByteArray("[-13.5, 9, 17, 26.25]");
    QTest::newRow("west + width is not east") << QByteArray("[-17.6, 5.1, 24.3, 25.7]");
    QTest::newRow("world") << QByteArray("[-171.67, -60.5, 123.604, 55.1]");
}

void TestStoryWriter::boundingBox()
{
    // The rectangle keeps west and width; east written as west + width would be 24.300000000000004.
    QFETCH(QByteArray, bbox);
    QByteArray json = minimalStory();
    json.replace(R"("id": "t", "title": "T",)",
                 R"("id": "t", "title": "T", "view": {"bbox": )" + bbox + "},");
    const std::optional<Story> story = read(json);
    QVERIFY(story && story->homeBounds);
    const QByteArray written = StoryWriter::write(*story);
    QVERIFY2(written.contains("\"view\": {\"bbox\": " + bbox + "},\n"), written.constData());
    const std::optional<Story> again = read(written);
    QVERIFY(again && again->homeBounds);
    const QRectF a = *story->homeBounds, b = *again->homeBounds;
    QCOMPARE(std::bit_cast<quint64>(b.width()), std::bit_cast<quint64>(a.width()));
    QCOMPARE(std::bit_cast<quint64>(b.height()), std::bit_cast<quint64>(a.height()));
}

void TestStoryWriter::equalityIgnoresSpotsOnly()
{
    const std::optional<Story> story = readFile(storyPath(QStringLiteral("valid-full.story.json")));
    QVERIFY(story);
    const std::optional<Story> moved = read(StoryWriter::write(*story));
    QVERIFY(moved);
    // Moscow is on line 28 of valid-full; saved, it moves down, one field a line.
    QVERIFY(moved->regions.last().spot.line > story->regions.last().spot.line);
    QVERIFY(moved->regions.last().spotOf(QStringLiteral("524901")).line >
            story->regions.last().spotOf(QStringLiteral("524901")).line);
    QVERIFY(*moved == *story);

    const QList<std::pair<const char *, std::function<void(Story &)>>> changes = {
        {"schema", [](Story &s) { s.schema.clear(); }},
        {"top extra", [](Story &s) { s.extraJson = "{\"generator\": \"other\"}"; }},
        {"view extra", [](Story &s) { s.viewExtraJson = "{}"; }},
        {"source extra", [](Story &s) { s.source.extraJson = "{}"; }},
        {"region style", [](Story &s) { s.regions[0].style = RegionStyle::Zone; }},
        {"region radius", [](Story &s) { s.regions[4].radiusKm += 1e-9; }},
        {"region selector", [](Story &s) { s.regions[2].members[2].group = QStringLiteral("Est"); }},
        {"region position", [](Story &s) { s.regions[6].position->lat += 1e-9; }},
        {"region extra", [](Story &s) { s.regions[6].extraJson.clear(); }},
        {"fact text", [](Story &s) { s.facts[0].text.set(QStringLiteral("en"), QStringLiteral("x")); }},
        {"fact value", [](Story &s) { s.facts[2].value = 1.0; }},
        {"fact extra", [](Story &s) { s.facts[2].extraJson.clear(); }},
        {"order", [](Story &s) { s.order.removeLast(); }},
    };
    for (const auto &[name, change] : changes) {
        Story changed = *moved;
        change(changed);
        QVERIFY2(changed != *story, name);
    }
}

void TestStoryWriter::writeFile()
{
    const std::optional<Story> story = readFile(storyPath(QStringLiteral("valid-full.story.json")));
    QVERIFY(story);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.story.json"));
    QString error = QStringLiteral("not cleared");
    QVERIFY(StoryWriter::writeFile(*story, path, &error));
    QCOMPARE(error, QString());
    QCOMPARE(readBytes(path), StoryWriter::write(*story));
    const StoryReadResult saved = StoryReader::readFile(path);
    QVERIFY(saved.ok());
    QCOMPARE(*saved.story, *story);

    // Saved over: the new story replaces the old one whole.
    Story shorter = *story;
    shorter.facts.removeLast();
    shorter.order.removeAll(QStringLiteral("coup"));
    QVERIFY(StoryWriter::writeFile(shorter, path, nullptr));
    QCOMPARE(readBytes(path), StoryWriter::write(shorter));

    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/saved.story.json"));
    QVERIFY(!StoryWriter::writeFile(*story, nowhere, &error));
    QVERIFY2(error.startsWith(nowhere) && error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY(!StoryWriter::writeFile(*story, dir.path(), &error));
    QVERIFY2(error.contains(QLatin1String("directory")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStoryWriter)
#include "tst_storywriter.moc"
