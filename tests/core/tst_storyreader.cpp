#include "JsonDocument.h"
#include "StoryReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace sahel;

namespace {

QString storyPath(const QString &name)
{
    // Broken files live with the rest of the bad-input corpus (tests/data/bad/, also run through the CLI).
    return QStringLiteral(SAHEL_TEST_DATA_DIR) + (name.startsWith(QLatin1String("bad-")) ? QStringLiteral("/bad/")
                                                                                          : QStringLiteral("/stories/")) +
           name;
}

QString defaultStoryPath()
{
    return QStringLiteral(SAHEL_SOURCE_DIR "/resources/stories/aes-2025-04-03.story.json");
}

QByteArray describe(const QList<StoryError> &errors)
{
    QStringList lines;
    for (const StoryError &e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n')).toUtf8();
}

JsonValue parseOk(const QByteArray &json)
{
    const JsonParseResult result = JsonDocument::parse(json);
    if (!result.ok())
        qWarning() << result.line << result.column << result.message;
    return result.value.value_or(JsonValue());
}

QByteArray nested(int depth, char open, char close, const QByteArray &inner = {})
{
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += open == '{' ? QByteArray("{\"a\":") : QByteArray(1, open);
    json += inner.isEmpty() ? QByteArray("0") : inner;
    json += QByteArray(depth, close);
    return json;
}

StoryReadResult readStory(const QString &name)
{
    return StoryReader::readFile(storyPath(name));
}

} // namespace

/// Tests the strict JSON parser and the story reader against good, bad and hostile files.
class TestStoryReader : public QObject
{
    Q_OBJECT

private slots:
    void jsonPositions();
    void jsonStrings_data();
    void jsonStrings();
    void jsonNumbers_data();
    void jsonNumbers();
    void jsonErrors_data();
    void jsonErrors();
    void jsonDepthLimit();
    void jsonLimits();

    void validMinimal();
    void validFull();
    void defaultStory();
    void badFiles_data();
    void badFiles();
    void collectsAllErrorsSorted();
    void stopsAfterTooManyErrors();
    void deepNesting();
    void directory();
    void nonExistent();
    void notRegularFile();
    void tooLarge();
    void errorToString_data();
    void errorToString();
    void mangledInputNeverCrashes();
};

void TestStoryReader::jsonPositions()
{
    // Columns count characters: é is two bytes, 😀 four bytes and two UTF-16 units, each one column.
    const JsonValue root = parseOk("{\"a\": [1, \"é😀\", true],\r\n \"b😀\": {\"c\": null}, \"d\": -0.5e1}");
    QVERIFY(root.isObject());
    QCOMPARE(root.members.size(), 3);
    QCOMPARE(root.line, 1);
    QCOMPARE(root.column, 1);
    const JsonMember &a = root.members.at(0);
    QCOMPARE(a.key, QStringLiteral("a"));
    QCOMPARE(a.column, 2);
    QCOMPARE(a.value.column, 7);
    QCOMPARE(a.value.array.size(), 3);
    QCOMPARE(a.value.array.at(0).column, 8);
    QCOMPARE(a.value.array.at(1).column, 11);
    QCOMPARE(a.value.array.at(1).string, QString::fromUtf8("é😀"));
    QCOMPARE(a.value.array.at(2).column, 17);
    QVERIFY(a.value.array.at(2).boolean);
    const JsonMember *b = root.findMember(QString::fromUtf8("b😀"));
    QVERIFY(b);
    QCOMPARE(b->line, 2);
    QCOMPARE(b->column, 2);
    QCOMPARE(b->value.line, 2);
    QCOMPARE(b->value.column, 8);
    const JsonValue *c = b->value.member(u"c");
    QVERIFY(c && c->isNull());
    QCOMPARE(c->column, 14);
    const JsonValue *d = root.member(u"d");
    QVERIFY(d && d->isNumber());
    QCOMPARE(d->number, -5.0);
    QCOMPARE(d->column, 26);
    QVERIFY(!root.member(u"missing"));
    QCOMPARE(root.members.at(2).key, QStringLiteral("d")); // file order is kept
}

void TestStoryReader::jsonStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("\"\"") << QString();
    QTest::newRow("simple escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t")")
                                    << QStringLiteral("\"\\/\b\f\n\r\t");
    QTest::newRow("unicode escapes") << QByteArray(R"("\u00e9\u20AC")") << QString::fromUtf8("é€");
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << QString::fromUtf8("😀");
    QTest::newRow("nul escape") << QByteArray(R"("a\u0000b")")
                                << QString(QStringLiteral("a") + QChar(0) + u'b');
    QTest::newRow("raw utf-8") << QByteArray("\"é😀 ’\"") << QString::fromUtf8("é😀 ’");
    QTest::newRow("mixed") << QByteArray(R"("x\ny\u0041z")") << QStringLiteral("x\nyAz");
}

void TestStoryReader::jsonStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const JsonValue value = parseOk(json);
    QVERIFY(value.isString());
    QCOMPARE(value.string, expected);
}

void TestStoryReader::jsonNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("expected");
    QTest::newRow("zero") << QByteArray("0") << 0.0;
    QTest::newRow("negative zero") << QByteArray("-0") << 0.0;
    QTest::newRow("integer") << QByteArray("5000") << 5000.0;
    QTest::newRow("fraction") << QByteArray("-12.25") << -12.25;
    QTest::newRow("exponent") << QByteArray("1.5e3") << 1500.0;
    QTest::newRow("negative exponent") << QByteArray("1E-2") << 0.01;
    QTest::newRow("largest double") << QByteArray("1.7976931348623157e308")
                                    << std::numeric_limits<double>::max();
    QTest::newRow("underflow is zero") << QByteArray("1e-400") << 0.0;
    QTest::newRow("tiny fraction") << QByteArray("0.0000000000000000000001e-390") << 0.0;
    QTest::newRow("many digits") << QByteArray("123456789012345678901234567890") << 1.2345678901234568e29;
}

void TestStoryReader::jsonNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(double, expected);
    const JsonValue value = parseOk(json);
    QVERIFY(value.isNumber());
    QCOMPARE(value.number, expected);
}

void TestStoryReader::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QByteArray &json, int line, int column, const char *message) {
        QTest::newRow(name) << json << line << column << QString::fromUtf8(message);
    };
    row("empty", "", 0, 0, "empty file");
    row("whitespace only", " \n\t ", 0, 0, "empty file");
    row("truncated array", "[1,2", 1, 5, "unexpected end of file, expected ',' or ']'");
    row("truncated value", "{\"a\":", 1, 6, "unexpected end of file, expected a value");
    row("trailing comma in array", "[1,]", 1, 4, "trailing comma before ']'");
    row("trailing comma in object", "{\"a\":1,}", 1, 8, "trailing comma before '}'");
    row("duplicate key", "{\"a\":1,\n \"a\":2}", 2, 2, "duplicate key \"a\"");
    row("leading zero", "[01]", 1, 2, "leading zeros are not allowed");
    row("bare point", "[1.]", 1, 4, "expected a digit after '.'");
    row("empty exponent", "[1e]", 1, 4, "expected a digit in the exponent");
    row("bare minus", "[-]", 1, 3, "expected a digit after '-'");
    row("plus sign", "[+1]", 1, 2, "expected a value, found '+'");
    row("NaN", "[NaN]", 1, 2, "NaN and Infinity are not valid JSON numbers");
    row("Infinity", "[Infinity]", 1, 2, "NaN and Infinity are not valid JSON numbers");
    row("-Infinity", "[1, -Infinity]", 1, 5, "NaN and Infinity are not valid JSON numbers");
    row("overflow", "[1e400]", 1, 2, "number out of range");
    row("negative overflow", "[-1.5e309]", 1, 2, "number out of range");
    row("overflow by digits", "[0.1e310]", 1, 2, "number out of range");
    row("single quotes", "['a']", 1, 2, "strings must be in double quotes");
    row("bad literal", "[tru]", 1, 2, "expected a value, found 't'");
    row("trailing garbage", "[1] x", 1, 5, "unexpected 'x' after the JSON value");
    row("two documents", "[1]\n[2]", 2, 1, "unexpected '[' after the JSON value");
    row("unquoted key", "{a:1}", 1, 2, "expected a field name in double quotes, found 'a'");
    row("missing colon", "{\"a\" 1}", 1, 6, "expected ':' after the field name, found '1'");
    row("missing comma", "[1}", 1, 3, "expected ',' or ']', found '}'");
    row("line break in string", "[\"a\nb\"]", 1, 4, "line break inside a string");
    row("tab in string", "[\"a\tb\"]", 1, 4, "control character U+0009 inside a string");
    row("bad escape", "[\"\\x\"]", 1, 3, "invalid escape \"\\x\" in a string");
    row("short unicode escape", "[\"\\u12\"]", 1, 3, "expected four hexadecimal digits");
    row("lone high surrogate", "[\"\\ud800\"]", 1, 3, "lone surrogate \\ud800");
    row("lone low surrogate", "[\"ab\\udc00\"]", 1, 5, "lone surrogate \\udc00");
    row("high surrogate then letter", "[\"\\ud800\\u0041\"]", 1, 3, "lone surrogate \\ud800");
    row("unterminated string", "[1,\n \"abc", 2, 2, "unterminated string");
    row("bom", "\xEF\xBB\xBF[]", 1, 1, "UTF-8 byte order mark not allowed");
    row("utf-16 bom", "\xFF\xFE[\0]", 1, 1, "invalid UTF-8: byte 0xFF at offset 0");
    row("overlong utf-8", "[\"\xC0\xAF\"]", 1, 3, "invalid UTF-8: byte 0xC0 at offset 2");
    row("utf-8 surrogate", "[\"\xED\xA0\x80\"]", 1, 3, "invalid UTF-8: byte 0xED at offset 2");
    row("beyond U+10FFFF", "[\"\xF4\x90\x80\x80\"]", 1, 3, "invalid UTF-8: byte 0xF4 at offset 2");
    row("truncated sequence", "[\"é\xE2\x82\"]", 1, 4, "invalid UTF-8: byte 0xE2 at offset 4");
    row("latin-1 after lines", "[\n\"ok\",\n\"d\xE9j\xE0\"]", 3, 3, "invalid UTF-8: byte 0xE9");
    row("crlf lines", "\n\n  [1,\r\n x]", 4, 2, "expected a value, found 'x'");
    row("cr lines", "[1,\r2,\rx]", 3, 1, "expected a value, found 'x'");
    row("emoji as value", "[😀, 1]", 1, 2, "expected a value, found character U+1F600");
    row("column after emoji", "[\"😀\" x]", 1, 6, "expected ',' or ']', found 'x'");
    row("nul byte", QByteArray(1, '\0'), 1, 1, "expected a value, found character U+0000");
}

void TestStoryReader::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const JsonParseResult result = JsonDocument::parse(json);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(result.line, line);
    QCOMPARE(result.column, column);
}

void TestStoryReader::jsonDepthLimit()
{
    QVERIFY(JsonDocument::parse(nested(JsonDocument::maxDepth, '[', ']')).ok());
    QVERIFY(JsonDocument::parse(nested(JsonDocument::maxDepth, '{', '}')).ok());
    const JsonParseResult arrays = JsonDocument::parse(nested(JsonDocument::maxDepth + 1, '[', ']'));
    QCOMPARE(arrays.message, QStringLiteral("nesting deeper than 64 levels"));
    QCOMPARE(arrays.line, 1);
    QCOMPARE(arrays.column, 65);
    const JsonParseResult objects = JsonDocument::parse(nested(JsonDocument::maxDepth + 1, '{', '}'));
    QCOMPARE(objects.message, QStringLiteral("nesting deeper than 64 levels"));
    QCOMPARE(objects.column, 5 * JsonDocument::maxDepth + 1);
}

void TestStoryReader::jsonLimits()
{
    const QByteArray longest = '"' + QByteArray(JsonDocument::maxStringLength, 'a') + '"';
    const JsonParseResult ok = JsonDocument::parse(longest);
    QVERIFY(ok.ok());
    QCOMPARE(ok.value->string.size(), JsonDocument::maxStringLength);
    const QByteArray tooLong = "[\n \"" + QByteArray(JsonDocument::maxStringLength + 1, 'a') + "\"]";
    const JsonParseResult refused = JsonDocument::parse(tooLong);
    QVERIFY(refused.message.startsWith(QStringLiteral("string longer than")));
    QCOMPARE(refused.line, 2);
    QCOMPARE(refused.column, 2);

    // Each value costs memory; a flat array of a million zeros is refused, not allocated.
    QByteArray many = "[" + QByteArray("0,").repeated(JsonDocument::maxValues) + "0]";
    const JsonParseResult tooMany = JsonDocument::parse(many);
    QCOMPARE(tooMany.message, QStringLiteral("more than 1000000 values"));
    QCOMPARE(tooMany.column, 2 * int(JsonDocument::maxValues));
}

void TestStoryReader::validMinimal()
{
    const StoryReadResult result = readStory(QStringLiteral("valid-minimal.story.json"));
    QVERIFY2(result.ok(), describe(result.errors).constData());
    QVERIFY(result.errors.isEmpty());
    const Story &story = *result.story;
    QCOMPARE(story.id, QStringLiteral("example"));
    QCOMPARE(story.title.text(QStringLiteral("fr")), QStringLiteral("Exemple"));
    QCOMPARE(story.title.text(QStringLiteral("en")), QStringLiteral("Example"));
    QCOMPARE(story.title.originalLanguage(), QStringLiteral("fr"));
    QVERIFY(story.title.isTranslation(QStringLiteral("en")));
    QVERIFY(story.subtitle.isEmpty());

    QVERIFY(story.source.publisher.isEmpty());
    QCOMPARE(story.source.date, QDate(2025, 4, 3));
    QCOMPARE(story.source.language, QStringLiteral("fr"));
    QCOMPARE(story.source.paragraphs,
             QStringList{QString::fromUtf8(
                 "Bamako, Ouagadougou et Niamey prévoient une force unifiée de 5000 soldats.")});
    QVERIFY(story.source.title.isEmpty());
    QVERIFY(story.source.url.isEmpty());
    QVERIFY(!story.homeBounds);
    QVERIFY(story.focusCountries.isEmpty());
    QVERIFY(story.order.isEmpty());

    QCOMPARE(story.regions.size(), 3);
    const RegionDefinition &mali = story.regions.at(0);
    QCOMPARE(mali.id, QStringLiteral("mali"));
    QCOMPARE(mali.kind, RegionKind::Country);
    QCOMPARE(mali.style, RegionStyle::Plain);
    QCOMPARE(mali.iso, QStringLiteral("ML"));
    QVERIFY(mali.name.isEmpty());
    const RegionDefinition &tripoint = story.regions.at(1);
    QCOMPARE(tripoint.kind, RegionKind::Tripoint);
    QCOMPARE(tripoint.style, RegionStyle::Marker);
    QCOMPARE(tripoint.countries,
             (QStringList{QStringLiteral("ML"), QStringLiteral("BF"), QStringLiteral("NE")}));
    const RegionDefinition &zone = story.regions.at(2);
    QCOMPARE(zone.id, QStringLiteral("tri-border"));
    QCOMPARE(zone.kind, RegionKind::Buffer);
    QCOMPARE(zone.style, RegionStyle::Zone);
    QCOMPARE(zone.around, QStringLiteral("tripoint"));
    QCOMPARE(zone.radiusKm, 150.0);
    QCOMPARE(zone.clipTo, tripoint.countries);
    QCOMPARE(zone.name.text(QStringLiteral("fr")), QString::fromUtf8("Zone des trois frontières"));
    QCOMPARE(zone.name.text(QStringLiteral("en")), QStringLiteral("Tri-border zone"));
    QVERIFY(!zone.position);

    QCOMPARE(story.facts.size(), 1);
    const Fact &force = story.facts.at(0);
    QCOMPARE(force.id, QStringLiteral("force"));
    QCOMPARE(force.kind, FactKind::Figure);
    QCOMPARE(force.paragraph, 1);
    QCOMPARE(force.value, std::optional<double>(5000.0));
    QCOMPARE(force.unit.text(QStringLiteral("fr")), QStringLiteral("soldats"));
    QCOMPARE(force.unit.text(QStringLiteral("en")), QStringLiteral("soldiers"));
    QCOMPARE(force.title.text(QStringLiteral("en")), QStringLiteral("A unified force"));
    QCOMPARE(force.text.text(QStringLiteral("fr")), story.source.paragraphs.first());
    QCOMPARE(force.regionIds, (QStringList{QStringLiteral("mali"), QStringLiteral("tri-border")}));
    QVERIFY(force.speaker.isEmpty());
    QVERIFY(!force.date.isValid());
    QVERIFY(force.source.isEmpty());
    QCOMPARE(story.orderedFacts().size(), 1);
    QCOMPARE(story.factsForRegion(QStringLiteral("tri-border")), QStringList{QStringLiteral("force")});
}

void TestStoryReader::validFull()
{
    const StoryReadResult result = readStory(QStringLiteral("valid-full.story.json"));
    QVERIFY2(result.ok(), describe(result.errors).constData());
    const Story &story = *result.story;
    QCOMPARE(story.title, LocalizedText(QStringLiteral("Une histoire complète"), QStringLiteral("fr")));
    QCOMPARE(story.subtitle.text(QStringLiteral("en")), QStringLiteral("Every field"));
    QCOMPARE(story.source.publisher, QStringLiteral("Agence Exemple"));
    QCOMPARE(story.source.title.text(QStringLiteral("en")), QStringLiteral("An article headline"));
    QCOMPARE(story.source.date, QDate(2024, 2, 29));
    QCOMPARE(story.source.paragraphs.size(), 2);
    QCOMPARE(story.source.url, QStringLiteral("https://example.org/article"));
    QVERIFY(story.homeBounds);
    QCOMPARE(*story.homeBounds, QRectF(QPointF(-13.5, 9.0), QPointF(17.0, 26.25)));
    QCOMPARE(story.homeBounds->left(), -13.5);   // west
    QCOMPARE(story.homeBounds->bottom(), 26.25); // north: y grows northwards
    QCOMPARE(story.focusCountries,
             (QStringList{QStringLiteral("ML"), QStringLiteral("BF"), QStringLiteral("NE")}));

    QCOMPARE(story.regions.size(), 7);
    QCOMPARE(story.region(QStringLiteral("mali"))->style, RegionStyle::Area);
    const RegionDefinition *sikasso = story.region(QStringLiteral("sikasso"));
    QCOMPARE(sikasso->kind, RegionKind::Admin1);
    QCOMPARE(sikasso->iso, QStringLiteral("ML-3"));
    QCOMPARE(sikasso->name.text(QStringLiteral("en")),
             QStringLiteral("Sikasso")); // falls back to the original
    const RegionDefinition *liptako = story.region(QStringLiteral("liptako"));
    QCOMPARE(liptako->kind, RegionKind::Union);
    QCOMPARE(liptako->style, RegionStyle::Plain);
    const QList<RegionSelector> members = {RegionSelector{QStringLiteral("ML-7"), {}, {}},
                                           RegionSelector{QStringLiteral("NE"), {}, {}},
                                           RegionSelector{{}, QStringLiteral("BF"), QStringLiteral("Sahel")}};
    QCOMPARE(liptako->members, members);
    QVERIFY(liptako->note.isTranslation(QStringLiteral("en")));
    QCOMPARE(liptako->note.originalLanguage(), QStringLiteral("fr"));
    QCOMPARE(liptako->source.text(QStringLiteral("fr")), QString::fromUtf8("Une définition"));
    const RegionDefinition *zone = story.region(QStringLiteral("zone"));
    QCOMPARE(zone->around, QStringLiteral("niamey"));
    QCOMPARE(zone->radiusKm, 50.5);
    QVERIFY(zone->clipTo.isEmpty());
    QCOMPARE(story.region(QStringLiteral("niamey"))->geonameid, 2440485);
    QCOMPARE(story.region(QStringLiteral("niamey"))->kind, RegionKind::Town);
    const RegionDefinition *moscow = story.region(QStringLiteral("moscow"));
    QCOMPARE(moscow->kind, RegionKind::Place);
    QCOMPARE(moscow->style, RegionStyle::Marker);
    QCOMPARE(moscow->position, std::optional<LonLat>(LonLat{37.6173, 55.7558}));
    QCOMPARE(moscow->geonameid, 524901);

    const Fact *first = story.fact(QStringLiteral("first"));
    QCOMPARE(first->kind, FactKind::Fact);
    QCOMPARE(first->context.text(QStringLiteral("en")), QStringLiteral("context"));
    QCOMPARE(first->notes.text(QStringLiteral("en")), QStringLiteral("presenter notes"));
    const Fact *ready = story.fact(QStringLiteral("ready"));
    QCOMPARE(ready->kind, FactKind::Quote);
    QCOMPARE(ready->speaker, QStringLiteral("Le ministre"));
    QCOMPARE(ready->role.text(QStringLiteral("en")), QStringLiteral("minister"));
    QCOMPARE(ready->date, QDate(2024, 2, 28));
    QCOMPARE(ready->paragraph, 2);
    const Fact *count = story.fact(QStringLiteral("count"));
    QCOMPARE(count->kind, FactKind::Figure);
    QCOMPARE(count->value, std::optional<double>(-125.0));
    QCOMPARE(count->unit.text(QStringLiteral("en")), QStringLiteral("%"));
    QCOMPARE(count->qualifier.text(QStringLiteral("fr")), QString::fromUtf8("près de"));
    QCOMPARE(count->regionIds, (QStringList{QStringLiteral("liptako"), QStringLiteral("sikasso")}));
    const Fact *coup = story.fact(QStringLiteral("coup"));
    QCOMPARE(coup->kind, FactKind::Event);
    QCOMPARE(coup->paragraph, 0);
    QCOMPARE(coup->date, QDate(2023, 7, 26));
    QCOMPARE(coup->source.text(QStringLiteral("fr")), QStringLiteral("Une source externe"));

    QCOMPARE(story.order, (QStringList{QStringLiteral("coup"), QStringLiteral("first"),
                                       QStringLiteral("ready"), QStringLiteral("count")}));
    QCOMPARE(story.orderedFacts().first()->id, QStringLiteral("coup"));
}

void TestStoryReader::defaultStory()
{
    // Another helper writes the default story; give it time rather than skipping (at most 20 minutes).
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(defaultStoryPath()), 20 * 60 * 1000);
    const StoryReadResult result = StoryReader::readFile(defaultStoryPath());
    QVERIFY2(result.ok(), describe(result.errors).constData());
    const Story &story = *result.story;
    QCOMPARE(story.id, QStringLiteral("aes-2025-04-03"));
    QCOMPARE(story.source.language, QStringLiteral("fr"));
    QCOMPARE(story.source.date, QDate(2025, 4, 3));
    QVERIFY(!story.facts.isEmpty());
    for (const Fact *fact : story.orderedFacts())
        QVERIFY2(!fact->title.text(QStringLiteral("en")).isEmpty(), qPrintable(fact->id));
}

void TestStoryReader::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("errorCount");
    const auto row = [](const char *name, const char *file, int line, int column, const char *path,
                        const char *message, int errorCount) {
        QTest::newRow(name) << QString::fromUtf8(file) << line << column << QString::fromUtf8(path)
                            << QString::fromUtf8(message) << errorCount;
    };
    row("syntax: truncated", "bad-truncated.story.json", 20, 25, "",
        "unexpected end of file, expected a value", 1);
    row("type", "bad-type.story.json", 11, 78, "regions[2].radiusKm", "expected a number, found a string", 1);
    row("missing field", "bad-missing-field.story.json", 15, 5, "facts[0]", "missing required field \"kind\"",
        1);
    // The typo also leaves "regions" missing; both are said.
    row("unknown field", "bad-unknown-field.story.json", 20, 6, "facts[0].regoins",
        "unknown field \"regoins\"", 2);
    row("unknown version", "bad-version.story.json", 3, 14, "version",
        "unsupported format version 2 (this version of Sahel Atlas reads version 1)", 1);
    row("duplicate id", "bad-duplicate-id.story.json", 17, 12, "facts[1].id",
        "duplicate fact id \"force\" (first defined at line 15)", 1);
    row("unknown region id", "bad-unknown-region.story.json", 20, 26, "facts[0].regions[1]",
        "unknown region id \"malli\"", 1);
    row("quote not verbatim", "bad-quote.story.json", 17, 21, "facts[0].text.fr",
        "quote text does not appear verbatim in paragraph 1 (it differs from character 62 on: \"6000 "
        "soldats\")",
        1);
    row("bad date", "bad-date.story.json", 6, 41, "source.date", "invalid date \"2025-02-30\"", 1);
    row("NaN", "bad-nan.story.json", 15, 64, "", "NaN and Infinity are not valid JSON numbers", 1);
    row("1e400", "bad-number-range.story.json", 15, 64, "", "number out of range", 1);
    row("invalid UTF-8", "bad-utf8.story.json", 7, 85, "", "invalid UTF-8: byte 0xE9 at offset 274", 1);
    row("BOM", "bad-bom.story.json", 1, 1, "", "UTF-8 byte order mark not allowed", 1);
    row("empty file", "bad-empty.story.json", 0, 0, "", "empty file", 1);
}

void TestStoryReader::badFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(int, errorCount);
    const StoryReadResult result = readStory(file);
    QVERIFY(!result.ok());
    QVERIFY(!result.story);
    QVERIFY2(result.errors.size() == errorCount, describe(result.errors).constData());
    const auto error = std::find_if(result.errors.cbegin(), result.errors.cend(),
                                    [&](const StoryError &e) { return e.message.contains(message); });
    QVERIFY2(error != result.errors.cend(), describe(result.errors).constData());
    QCOMPARE(error->file, storyPath(file));
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
    QCOMPARE(error->path, path);
}

void TestStoryReader::collectsAllErrorsSorted()
{
    struct Expected
    {
        int line;
        int column;
        const char *path;
        const char *message;
    };
    const QList<Expected> expected = {
        {4, 9, "id", "invalid id \"Many Errors\" (use only a-z, 0-9 and '-')"},
        {5, 13, "title.FR", "invalid language code \"FR\""},
        {6, 27, "source.publisher", "expected a string or null, found a number"},
        {6, 39, "source.date", "expected a date as YYYY-MM-DD, found \"3 avril 2025\""},
        {8, 28, "view.bbox[2]", "east (10) must be greater than west (20)"},
        {9, 49, "focus[6]", "at most 6 focus countries, found 7"},
        {11, 46, "regions[0].iso",
         "expected an ISO 3166-1 alpha-2 country code such as \"ML\", found \"MLI\""},
        {12, 12, "regions[1].id", "duplicate region id \"mali\" (first defined at line 11)"},
        {13, 52, "regions[2].members[1]", "missing required field \"region\""},
        {13, 71, "regions[2].members[2]",
         "expected an ISO code or an object {\"country\", \"region\"}, found a number"},
        {14, 45, "regions[3].around",
         "region \"mali\" is a country; a buffer goes around a tripoint, town or place"},
        {14, 65, "regions[3].radiusKm", "expected a radius greater than 0 and at most 2000 km, found 0"},
        {14, 68, "regions[3].countries", "field \"countries\" is not used by a region of kind \"buffer\""},
        {15, 41, "regions[4].lon", "expected a longitude between -180 and 180, found 200"},
        {15, 66, "regions[4].style", "unknown style \"bold\" (expected plain, area, zone or marker)"},
        {16, 25, "regions[5].kind", "unknown region kind \"volcano\""},
        {19, 5, "facts[0]", "missing required field \"value\" (a fact of kind \"figure\" needs it)"},
        {19, 5, "facts[0]", "missing required field \"unit\" (a fact of kind \"figure\" needs it)"},
        {19, 49, "facts[0].paragraph", "paragraph 2 is out of range (the article has 1 paragraph)"},
        {19, 99, "facts[0].regions[1]", "region \"mali\" is listed twice"},
        {20, 5, "facts[1]", "missing required field \"source\" (a fact of kind \"event\" needs it)"},
        {20, 43, "facts[1].date", "invalid date \"2025-13-01\""},
        {20, 79, "facts[1].text",
         "expected a text (a string, or an object of language codes to strings), found a number"},
        {20, 93, "facts[1].regions", "expected at least one region id"},
        {22, 19, "order[1]", "fact \"f1\" is listed twice"},
        {22, 25, "order[2]", "unknown fact id \"zz\""},
    };
    const StoryReadResult result = readStory(QStringLiteral("bad-many.story.json"));
    QVERIFY2(result.errors.size() == expected.size(), describe(result.errors).constData());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const StoryError &error = result.errors.at(i);
        const QByteArray context = error.toString().toUtf8();
        QVERIFY2(error.message.startsWith(QString::fromUtf8(expected.at(i).message)), context.constData());
        QCOMPARE(error.line, expected.at(i).line);
        QCOMPARE(error.column, expected.at(i).column);
        QCOMPARE(error.path, QString::fromUtf8(expected.at(i).path));
    }
}

void TestStoryReader::stopsAfterTooManyErrors()
{
    // 200000 unknown region ids: a quadratic check or a message per id would make this hang or balloon.
    QFile file(storyPath(QStringLiteral("valid-minimal.story.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray ids;
    for (int i = 0; i < 200000; ++i)
        ids += (i == 0 ? "\"r" : ", \"r") + QByteArray::number(i) + '"';
    QByteArray json = file.readAll();
    json.replace("\"regions\": [\"mali\", \"tri-border\"]", "\"regions\": [" + ids + ']');
    const StoryReadResult result = StoryReader::read(json, QStringLiteral("many"));
    QCOMPARE(result.errors.size(), 101);
    QCOMPARE(result.errors.first().path, QStringLiteral("facts[0].regions[0]"));
    QCOMPARE(result.errors.first().message, QStringLiteral("unknown region id \"r0\""));
    QCOMPARE(result.errors.at(99).path, QStringLiteral("facts[0].regions[99]"));
    QCOMPARE(result.errors.last().line, 0);
    QCOMPARE(result.errors.last().message, QStringLiteral("too many errors; stopped after 100"));
}

void TestStoryReader::deepNesting()
{
    // Far deeper than any stack would survive if the parser recursed without a limit.
    const StoryReadResult result =
        StoryReader::read(QByteArray(100000, '['), QStringLiteral("deep.story.json"));
    QCOMPARE(result.errors.size(), 1);
    const StoryError &error = result.errors.first();
    QCOMPARE(error.file, QStringLiteral("deep.story.json"));
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, JsonDocument::maxDepth + 1);
    QVERIFY(error.path.isEmpty());
    QCOMPARE(error.message, QStringLiteral("nesting deeper than 64 levels"));
}

void TestStoryReader::directory()
{
    const QString path = QStringLiteral(SAHEL_TEST_DATA_DIR "/stories");
    const StoryReadResult result = StoryReader::readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().file, path);
    QCOMPARE(result.errors.first().line, 0);
    QCOMPARE(result.errors.first().column, 0);
    QVERIFY(result.errors.first().path.isEmpty());
    QCOMPARE(result.errors.first().message, QStringLiteral("is a directory, not a file"));
    QCOMPARE(result.errors.first().toString(), path + QStringLiteral(": is a directory, not a file"));
}

void TestStoryReader::nonExistent()
{
    const QString path = storyPath(QStringLiteral("no-such.story.json"));
    const StoryReadResult result = StoryReader::readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().file, path);
    QCOMPARE(result.errors.first().line, 0);
    QCOMPARE(result.errors.first().message, QStringLiteral("no such file"));
}

void TestStoryReader::notRegularFile()
{
    // A FIFO would block a naive reader forever.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fifo.story.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const StoryReadResult result = StoryReader::readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().file, path);
    QCOMPARE(result.errors.first().message, QStringLiteral("not a regular file (a device, FIFO or socket)"));
}

void TestStoryReader::tooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.story.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(StoryReader::maxFileSize + 1)); // sparse: cheap to make
    file.close();
    const StoryReadResult result = StoryReader::readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().file, path);
    QCOMPARE(result.errors.first().line, 0);
    QVERIFY2(result.errors.first().message.startsWith(QStringLiteral("file too large: 10485761 bytes")),
             qPrintable(result.errors.first().message));

    // Exactly at the limit the file is read (and here is only whitespace).
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(QByteArray(StoryReader::maxFileSize, ' ')), StoryReader::maxFileSize);
    file.close();
    const StoryReadResult atLimit = StoryReader::readFile(path);
    QCOMPARE(atLimit.errors.size(), 1);
    QCOMPARE(atLimit.errors.first().message, QStringLiteral("empty file"));

    const StoryReadResult inMemory =
        StoryReader::read(QByteArray(StoryReader::maxFileSize + 1, ' '), QStringLiteral("memory"));
    QVERIFY(inMemory.errors.first().message.startsWith(QStringLiteral("file too large")));
}

void TestStoryReader::errorToString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString file = QStringLiteral("a.story.json");
    const QString path = QStringLiteral("facts[3].regions[1]");
    QTest::newRow("everything") << file << 12 << 7 << path
                                << QStringLiteral("a.story.json:12:7: facts[3].regions[1]: m");
    QTest::newRow("no path") << file << 12 << 7 << QString() << QStringLiteral("a.story.json:12:7: m");
    QTest::newRow("no column") << file << 12 << 0 << path
                               << QStringLiteral("a.story.json:12: facts[3].regions[1]: m");
    QTest::newRow("whole file") << file << 0 << 0 << QString() << QStringLiteral("a.story.json: m");
    QTest::newRow("no file") << QString() << 2 << 3 << path << QStringLiteral("2:3: facts[3].regions[1]: m");
    QTest::newRow("message only") << QString() << 0 << 0 << QString() << QStringLiteral("m");
}

void TestStoryReader::errorToString()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE((StoryError{file, line, column, path, QStringLiteral("m")}.toString()), expected);
}

void TestStoryReader::mangledInputNeverCrashes()
{
    // A cheap stand-in for the fuzzer: every truncation and some byte swaps of a rich valid file.
    QFile file(storyPath(QStringLiteral("valid-full.story.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray valid = file.readAll();
    for (qsizetype length = 0; length < valid.trimmed().size(); ++length) {
        const StoryReadResult result = StoryReader::read(valid.first(length), QStringLiteral("cut"));
        QVERIFY(!result.ok());
        QVERIFY(!result.errors.isEmpty());
    }
    // Two replacements per byte, varied along the file, keep the run short even under sanitizers.
    const QByteArray replacements("\"{}[],:\\0\xff\xc3 x-");
    for (qsizetype i = 0; i < valid.size(); ++i) {
        for (const qsizetype pick : {i % replacements.size(), (i * 7 + 3) % replacements.size()}) {
            QByteArray mangled = valid;
            mangled[i] = replacements.at(pick);
            const StoryReadResult result = StoryReader::read(mangled, QStringLiteral("mangled"));
            QCOMPARE(result.ok(), result.errors.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestStoryReader)
#include "tst_storyreader.moc"
