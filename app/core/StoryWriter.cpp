#include "StoryWriter.h"

#include "AtomicFile.h"
#include "JsonDocument.h"
#include "JsonWriter.h"

#include <QtDebug>

#include <charconv>
#include <optional>
#include <utility>

namespace sahel {

namespace {

using Layout = JsonWriter::Layout;

// What StoryReader accepts; the round-trip test keeps the two in step.
constexpr QStringView formatName = u"sahel-atlas-story";
constexpr int formatVersion = 1;

// QRectF keeps west and width, not east, and west + width may not be the number the file said
// (-171.67 + 295.274 is 123.60400000000001). The shortest number that gives the same width again is
// what the file said, or as good: reading it back gives the same rectangle, bit for bit.
double farEdge(double origin, double extent)
{
    const double edge = origin + extent;
    for (int precision = 1; precision <= 17; ++precision) {
        char buffer[64];
        const auto written =
            std::to_chars(buffer, buffer + sizeof buffer, edge, std::chars_format::general, precision);
        double candidate = 0.0;
        std::from_chars(buffer, written.ptr, candidate);
        if (candidate - origin == extent)
            return candidate;
    }
    return edge;
}

JsonValue stringValue(const QString &text)
{
    JsonValue value;
    value.type = JsonValue::Type::String;
    value.string = text;
    return value;
}

JsonValue numberValue(double number)
{
    JsonValue value;
    value.type = JsonValue::Type::Number;
    value.number = number;
    return value;
}

JsonValue arrayValue(QList<JsonValue> elements)
{
    JsonValue value;
    value.type = JsonValue::Type::Array;
    value.array = std::move(elements);
    return value;
}

JsonValue stringsValue(const QStringList &strings)
{
    QList<JsonValue> elements;
    elements.reserve(strings.size());
    for (const QString &text : strings)
        elements.append(stringValue(text));
    return arrayValue(std::move(elements));
}

JsonValue objectValue()
{
    JsonValue value;
    value.type = JsonValue::Type::Object;
    return value;
}

void addMember(JsonValue &object, const QString &key, JsonValue value)
{
    object.members.append(JsonMember{key, 0, 0, std::move(value)});
}

/// Writes one story: fields in the order of FORMAT.md's tables, the source, each region and each fact a
/// block; texts, lists and extras on one line when they fit, else one item a line.
class StoryFileWriter
{
public:
    explicit StoryFileWriter(const Story &story)
        : m_story(story)
    {}

    QByteArray write();

private:
    void writeSource();
    void writeView();
    void writeRegion(const RegionDefinition &region);
    void writeKindFields(const RegionDefinition &region);
    void writeFact(const Fact &fact);

    void string(QStringView key, const QString &value);
    void optionalString(QStringView key, const QString &value);
    /// On one line when they fit (JsonWriter::Layout::Fit), else one a line.
    void strings(QStringView key, const QStringList &values, Layout layout = Layout::Fit);
    void number(QStringView key, double value);
    void integer(QStringView key, qint64 value);
    void text(QStringView key, const LocalizedText &text);
    void optionalText(QStringView key, const LocalizedText &text);
    void extra(const QByteArray &json);
    static std::optional<JsonValue> extraValue(const QByteArray &json);

    const Story &m_story;
    JsonWriter m_json;
};

QByteArray StoryFileWriter::write()
{
    m_json.beginObject();
    string(u"format", formatName.toString());
    integer(u"version", formatVersion);
    optionalString(u"$schema", m_story.schema);
    string(u"id", m_story.id);
    text(u"title", m_story.title);
    optionalText(u"subtitle", m_story.subtitle);
    writeSource();
    if (m_story.homeBounds)
        writeView();
    if (!m_story.focusCountries.isEmpty())
        strings(u"focus", m_story.focusCountries);
    m_json.key(u"regions");
    m_json.beginArray(Layout::Block);
    for (const RegionDefinition &region : m_story.regions)
        writeRegion(region);
    m_json.endArray();
    m_json.key(u"facts");
    m_json.beginArray(Layout::Block);
    for (const Fact &fact : m_story.facts)
        writeFact(fact);
    m_json.endArray();
    if (!m_story.order.isEmpty())
        strings(u"order", m_story.order);
    extra(m_story.extraJson);
    m_json.endObject();
    return m_json.finish();
}

void StoryFileWriter::writeSource()
{
    const StorySource &source = m_story.source;
    m_json.key(u"source");
    m_json.beginObject();
    m_json.key(u"publisher");
    if (source.publisher.isEmpty())
        m_json.null(); // required: null says "not known"
    else
        m_json.string(source.publisher);
    optionalText(u"title", source.title);
    string(u"date", source.date.toString(Qt::ISODate));
    string(u"language", source.language);
    // One paragraph a line: an edit to one shows as a change to that one.
    strings(u"paragraphs", source.paragraphs, Layout::Block);
    optionalString(u"url", source.url);
    extra(source.extraJson);
    m_json.endObject();
}

void StoryFileWriter::writeView()
{
    const QRectF &bounds = *m_story.homeBounds;
    JsonValue view = objectValue();
    addMember(view, QStringLiteral("bbox"),
              arrayValue({numberValue(bounds.left()), numberValue(bounds.top()),
                          numberValue(farEdge(bounds.left(), bounds.width())),
                          numberValue(farEdge(bounds.top(), bounds.height()))}));
    if (const std::optional<JsonValue> extra = extraValue(m_story.viewExtraJson))
        addMember(view, QStringLiteral("extra"), *extra);
    m_json.key(u"view");
    m_json.value(view);
}

void StoryFileWriter::writeRegion(const RegionDefinition &region)
{
    m_json.beginObject();
    string(u"id", region.id);
    string(u"kind", regionKindName(region.kind));
    writeKindFields(region);
    optionalText(u"name", region.name);
    optionalText(u"note", region.note);
    optionalText(u"source", region.source);
    if (region.style != defaultRegionStyle(region.kind))
        string(u"style", regionStyleName(region.style));
    extra(region.extraJson);
    m_json.endObject();
}

void StoryFileWriter::writeKindFields(const RegionDefinition &region)
{
    switch (region.kind) {
    case RegionKind::Country:
    case RegionKind::Admin1:
        string(u"iso", region.iso);
        break;
    case RegionKind::Union: {
        QList<JsonValue> members;
        for (const RegionSelector &selector : region.members) {
            if (!selector.code.isEmpty()) {
                members.append(stringValue(selector.code));
                continue;
            }
            JsonValue group = objectValue();
            addMember(group, QStringLiteral("country"), stringValue(selector.country));
            addMember(group, QStringLiteral("region"), stringValue(selector.group));
            members.append(std::move(group));
        }
        m_json.key(u"members");
        m_json.value(arrayValue(std::move(members)));
        break;
    }
    case RegionKind::Tripoint:
        strings(u"countries", region.countries);
        break;
    case RegionKind::Buffer:
        string(u"around", region.around);
        number(u"radiusKm", region.radiusKm);
        if (!region.clipTo.isEmpty())
            strings(u"clipTo", region.clipTo);
        break;
    case RegionKind::Town:
        integer(u"geonameid", region.geonameid);
        break;
    case RegionKind::Place:
        if (region.position) {
            number(u"lon", region.position->lon);
            number(u"lat", region.position->lat);
        }
        if (region.geonameid != 0)
            integer(u"geonameid", region.geonameid);
        break;
    }
}

void StoryFileWriter::writeFact(const Fact &fact)
{
    m_json.beginObject();
    string(u"id", fact.id);
    string(u"kind", factKindName(fact.kind));
    text(u"title", fact.title);
    text(u"text", fact.text);
    if (fact.paragraph > 0)
        integer(u"paragraph", fact.paragraph);
    strings(u"regions", fact.regionIds);
    optionalText(u"source", fact.source);
    optionalString(u"speaker", fact.speaker);
    optionalText(u"role", fact.role);
    if (fact.date.isValid())
        string(u"date", fact.date.toString(Qt::ISODate));
    optionalText(u"context", fact.context);
    if (fact.value)
        number(u"value", *fact.value);
    optionalText(u"unit", fact.unit);
    optionalText(u"qualifier", fact.qualifier);
    optionalText(u"notes", fact.notes);
    extra(fact.extraJson);
    m_json.endObject();
}

std::optional<JsonValue> StoryFileWriter::extraValue(const QByteArray &json)
{
    if (json.isEmpty())
        return std::nullopt;
    // Kept as JSON text in the story (StoryValidator::readExtra); parsed again to be laid out anew.
    JsonParseResult parsed = JsonDocument::parse(json);
    if (!parsed.ok() || !parsed.value->isObject()) {
        qWarning("StoryWriter: an \"extra\" that is not a JSON object is not written: %s", json.constData());
        return std::nullopt;
    }
    return std::move(parsed.value);
}

void StoryFileWriter::string(QStringView key, const QString &value)
{
    m_json.key(key);
    m_json.string(value);
}

void StoryFileWriter::optionalString(QStringView key, const QString &value)
{
    if (!value.isEmpty())
        string(key, value);
}

void StoryFileWriter::strings(QStringView key, const QStringList &values, Layout layout)
{
    m_json.key(key);
    m_json.value(stringsValue(values), layout);
}

void StoryFileWriter::number(QStringView key, double value)
{
    m_json.key(key);
    m_json.number(value);
}

void StoryFileWriter::integer(QStringView key, qint64 value)
{
    m_json.key(key);
    m_json.integer(value);
}

void StoryFileWriter::text(QStringView key, const LocalizedText &text)
{
    // A plain string is in the article's language (FORMAT.md, Localized text); the reader takes that
    // language as the original, so it goes first in an object too, the translations after it.
    const QString &language = m_story.source.language;
    m_json.key(key);
    if (text.isEmpty() || (text.all().size() == 1 && text.has(language))) {
        m_json.string(text.text(language)); // an empty required text as "": the file still loads
        return;
    }
    JsonValue object = objectValue();
    if (text.has(language))
        addMember(object, language, stringValue(text.text(language)));
    for (auto it = text.all().cbegin(); it != text.all().cend(); ++it)
        if (it.key() != language)
            addMember(object, it.key(), stringValue(it.value()));
    m_json.value(object);
}

void StoryFileWriter::optionalText(QStringView key, const LocalizedText &text)
{
    if (!text.isEmpty())
        this->text(key, text);
}

void StoryFileWriter::extra(const QByteArray &json)
{
    if (const std::optional<JsonValue> value = extraValue(json)) {
        m_json.key(u"extra");
        m_json.value(*value);
    }
}

} // namespace

QByteArray StoryWriter::write(const Story &story)
{
    return StoryFileWriter(story).write();
}

bool StoryWriter::writeFile(const Story &story, const QString &path, QString *error)
{
    const QString message = AtomicFile::write(path, write(story));
    if (error)
        *error = message;
    return message.isEmpty();
}

} // namespace sahel
