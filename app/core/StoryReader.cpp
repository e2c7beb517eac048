#include "StoryReader.h"

#include "JsonDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sahel {

namespace {

constexpr int supportedVersion = 1;
constexpr qsizetype maxFocusCountries = 6;
constexpr double maxRadiusKm = 2000.0;
constexpr qint64 maxExactInteger = qint64(1) << 53; // doubles hold every integer up to here

QLatin1String formatName()
{
    return QLatin1String("sahel-atlas-story");
}

bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentifier(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return isAsciiLower(c) || isAsciiDigit(c) || c == u'-';
    });
}

bool isCountryCode(QStringView s)
{
    return s.size() == 2 && isAsciiUpper(s[0]) && isAsciiUpper(s[1]);
}

bool isSubdivisionCode(QStringView s)
{
    if (s.size() < 4 || s.size() > 6 || !isCountryCode(s.first(2)) || s[2] != u'-')
        return false;
    const QStringView rest = s.sliced(3);
    return std::all_of(rest.begin(), rest.end(), [](QChar c) { return isAsciiUpper(c) || isAsciiDigit(c); });
}

// BCP 47 in the shape stories use: "fr", "en", "pt-BR", "zh-Hans".
bool isLanguageCode(QStringView s)
{
    const QList<QStringView> parts = s.split(u'-');
    const QStringView primary = parts.first();
    if (primary.size() < 2 || primary.size() > 3 ||
        !std::all_of(primary.begin(), primary.end(), isAsciiLower))
        return false;
    return std::all_of(parts.begin() + 1, parts.end(), [](QStringView part) {
        return !part.isEmpty() && part.size() <= 8 && std::all_of(part.begin(), part.end(), [](QChar c) {
            return isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c);
        });
    });
}

// Strictly YYYY-MM-DD: QDate::fromString would also take Unicode digits.
bool hasDateShape(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return false;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isAsciiDigit(s[i]))
            return false;
    return true;
}

QString quoted(const QString &s)
{
    constexpr qsizetype maxShown = 60;
    const QString shown = s.size() > maxShown ? s.first(maxShown) + QChar(0x2026) : s;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

QString memberPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString list(const QStringList &words)
{
    return words.size() < 2 ? words.join(QString())
                            : words.first(words.size() - 1).join(QStringLiteral(", ")) +
                                  QStringLiteral(" or ") + words.last();
}

// In the order of RegionKind.
const QStringList &regionKindNames()
{
    static const QStringList names = {QStringLiteral("country"), QStringLiteral("admin1"),
                                      QStringLiteral("union"),   QStringLiteral("tripoint"),
                                      QStringLiteral("buffer"),  QStringLiteral("town"),
                                      QStringLiteral("place")};
    return names;
}

// In the order of FactKind.
const QStringList &factKindNames()
{
    static const QStringList names = {QStringLiteral("fact"), QStringLiteral("figure"),
                                      QStringLiteral("quote"), QStringLiteral("event")};
    return names;
}

// In the order of RegionStyle.
const QStringList &styleNames()
{
    static const QStringList names = {QStringLiteral("plain"), QStringLiteral("area"), QStringLiteral("zone"),
                                      QStringLiteral("marker")};
    return names;
}

// The fields only some region kinds have.
QStringList regionKindFields(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Country:
    case RegionKind::Admin1:
        return {QStringLiteral("iso")};
    case RegionKind::Union:
        return {QStringLiteral("members")};
    case RegionKind::Tripoint:
        return {QStringLiteral("countries")};
    case RegionKind::Buffer:
        return {QStringLiteral("around"), QStringLiteral("radiusKm"), QStringLiteral("clipTo")};
    case RegionKind::Town:
        return {QStringLiteral("geonameid")};
    case RegionKind::Place:
        return {QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("geonameid")};
    }
    return {};
}

RegionStyle defaultStyle(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Buffer:
        return RegionStyle::Zone;
    case RegionKind::Tripoint:
        return RegionStyle::Marker;
    default:
        return RegionStyle::Plain;
    }
}

bool isPointKind(RegionKind kind)
{
    return kind == RegionKind::Tripoint || kind == RegionKind::Town || kind == RegionKind::Place;
}

// Where a quote stops matching its paragraph: the longest prefix found in it (prefixes nest, so bisect).
qsizetype verbatimPrefixLength(const QString &quote, const QString &paragraph)
{
    qsizetype low = 0;
    qsizetype high = quote.size();
    while (low < high) {
        const qsizetype mid = (low + high + 1) / 2;
        if (paragraph.contains(QStringView(quote).first(mid)))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

/// Checks a parsed story document against FORMAT.md, collecting every error, and builds the Story.
class Validator
{
public:
    explicit Validator(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    StoryReadResult validate(const JsonValue &root);

private:
    void report(int line, int column, const QString &path, const QString &message)
    {
        m_errors.append(StoryError{m_fileName, line, column, path, message});
    }
    void report(const JsonValue &at, const QString &path, const QString &message)
    {
        report(at.line, at.column, path, message);
    }
    void reportType(const JsonValue &at, const QString &path, const QString &expected)
    {
        report(at, path, QStringLiteral("expected %1, found %2").arg(expected, at.typeDescription()));
    }

    bool checkObject(const JsonValue &value, const QString &path);
    void checkFields(const JsonValue &object, const QString &path, const QStringList &known,
                     const QStringList &misplaced = {}, const QString &misplacedWhy = {});
    const JsonValue *required(const JsonValue &object, const QString &path, const QString &key,
                              const QString &why = {});

    std::optional<QString> readString(const JsonValue &value, const QString &path);
    std::optional<double> readNumber(const JsonValue &value, const QString &path);
    std::optional<qint64> readInteger(const JsonValue &value, const QString &path);
    std::optional<qint64> readGeonameId(const JsonValue &value, const QString &path);
    std::optional<QDate> readDate(const JsonValue &value, const QString &path);
    std::optional<QString> readId(const JsonValue &value, const QString &path);
    std::optional<QString> readCountry(const JsonValue &value, const QString &path);
    std::optional<double> readCoordinate(const JsonValue &value, const QString &path, double limit,
                                         const QString &what);
    std::optional<QString> readEnum(const JsonValue &value, const QString &path, const QStringList &names,
                                    const QString &what);
    const QList<JsonValue> *readArray(const JsonValue &value, const QString &path, const QString &elements);
    QStringList readCountries(const JsonValue &value, const QString &path);
    LocalizedText readText(const JsonValue &value, const QString &path);
    LocalizedText readOptionalText(const JsonValue &object, const QString &path, const QString &key);

    bool readHeader(const JsonValue &root);
    void readSource(const JsonValue &root);
    void readSourceLanguage(const JsonValue &source, const QString &path);
    void readTopLevel(const JsonValue &root);
    void readParagraphs(const JsonValue &value, const QString &path);
    void readView(const JsonValue &value, const QString &path);
    void readFocus(const JsonValue &value, const QString &path);

    void readRegions(const JsonValue &root);
    RegionDefinition readRegion(const JsonValue &object, const QString &path);
    std::optional<RegionKind> readRegionKind(const JsonValue &object, const QString &path);
    void readRegionKindFields(const JsonValue &object, const QString &path, RegionDefinition &region);
    void readUnionMembers(const JsonValue &value, const QString &path, RegionDefinition &region);
    std::optional<RegionSelector> readSelector(const JsonValue &value, const QString &path);
    void readBufferFields(const JsonValue &object, const QString &path, RegionDefinition &region);
    void readPlaceFields(const JsonValue &object, const QString &path, RegionDefinition &region);
    void checkBufferTargets();
    void checkRegionReference(const JsonValue &value, const QString &path, const QString &regionId);

    void readFacts(const JsonValue &root);
    Fact readFact(const JsonValue &object, const QString &path);
    std::optional<FactKind> readFactKind(const JsonValue &object, const QString &path);
    void readFactRegions(const JsonValue &value, const QString &path, Fact &fact);
    void readFactDetails(const JsonValue &object, const QString &path, Fact &fact);
    void checkKindRequirements(const JsonValue &object, const QString &path, FactKind kind);
    void checkParagraph(const JsonValue &value, const QString &path, qint64 paragraph);
    void checkQuoteVerbatim(const JsonValue &object, const QString &path, const Fact &fact);
    void readOrder(const JsonValue &value, const QString &path);

    void checkUniqueId(QHash<QString, const JsonValue *> &seen, const JsonValue &at, const QString &path,
                       const QString &id, const QString &what);

    struct BufferTarget
    {
        const JsonValue *at = nullptr;
        QString path;
        QString regionId;
    };

    QString m_fileName;
    QList<StoryError> m_errors;
    Story m_story;
    QString m_language = QStringLiteral("fr");
    std::optional<qsizetype> m_paragraphCount; ///< unset when the paragraphs could not be read
    QHash<QString, const JsonValue *> m_regionIds;
    QHash<QString, RegionKind> m_regionKinds;
    QHash<QString, const JsonValue *> m_factIds;
    QList<BufferTarget> m_bufferTargets;
};

StoryReadResult Validator::validate(const JsonValue &root)
{
    if (checkObject(root, QString()) && readHeader(root)) {
        readSource(root); // first: texts need the source language
        readTopLevel(root);
        readRegions(root);
        readFacts(root);
        if (const JsonValue *order = root.member(u"order"))
            readOrder(*order, QStringLiteral("order"));
    }
    StoryReadResult result;
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const StoryError &a, const StoryError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    result.errors = m_errors;
    if (m_errors.isEmpty())
        result.story = std::move(m_story);
    return result;
}

bool Validator::checkObject(const JsonValue &value, const QString &path)
{
    if (value.isObject())
        return true;
    reportType(value, path, QStringLiteral("an object"));
    return false;
}

void Validator::checkFields(const JsonValue &object, const QString &path, const QStringList &known,
                            const QStringList &misplaced, const QString &misplacedWhy)
{
    for (const JsonMember &member : object.members) {
        const QString memberPathText = memberPath(path, member.key);
        if (member.key == u"extra") {
            // Kept for other tools, unchecked inside; it only has to be an object.
            checkObject(member.value, memberPathText);
        } else if (misplaced.contains(member.key)) {
            report(member.line, member.column, memberPathText,
                   QStringLiteral("field \"%1\" is not used %2").arg(member.key, misplacedWhy));
        } else if (!known.contains(member.key)) {
            report(member.line, member.column, memberPathText,
                   QStringLiteral("unknown field %1").arg(quoted(member.key)));
        }
    }
}

const JsonValue *Validator::required(const JsonValue &object, const QString &path, const QString &key,
                                     const QString &why)
{
    if (const JsonValue *value = object.member(key))
        return value;
    const QString reason = why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why);
    report(object, path, QStringLiteral("missing required field \"%1\"%2").arg(key, reason));
    return nullptr;
}

std::optional<QString> Validator::readString(const JsonValue &value, const QString &path)
{
    if (value.isString())
        return value.string;
    reportType(value, path, QStringLiteral("a string"));
    return std::nullopt;
}

std::optional<double> Validator::readNumber(const JsonValue &value, const QString &path)
{
    if (value.isNumber())
        return value.number;
    reportType(value, path, QStringLiteral("a number"));
    return std::nullopt;
}

std::optional<qint64> Validator::readInteger(const JsonValue &value, const QString &path)
{
    if (!value.isNumber()) {
        reportType(value, path, QStringLiteral("an integer"));
        return std::nullopt;
    }
    if (std::trunc(value.number) != value.number || std::abs(value.number) > double(maxExactInteger)) {
        report(value, path, QStringLiteral("expected an integer, found %1").arg(numberText(value.number)));
        return std::nullopt;
    }
    return qint64(value.number);
}

std::optional<qint64> Validator::readGeonameId(const JsonValue &value, const QString &path)
{
    const std::optional<qint64> id = readInteger(value, path);
    if (id && *id <= 0) {
        report(value, path, QStringLiteral("expected a positive GeoNames id, found %1").arg(*id));
        return std::nullopt;
    }
    return id;
}

std::optional<QDate> Validator::readDate(const JsonValue &value, const QString &path)
{
    const std::optional<QString> text = readString(value, path);
    if (!text)
        return std::nullopt;
    if (!hasDateShape(*text)) {
        report(value, path, QStringLiteral("expected a date as YYYY-MM-DD, found %1").arg(quoted(*text)));
        return std::nullopt;
    }
    const QDate date(text->first(4).toInt(), text->sliced(5, 2).toInt(), text->sliced(8, 2).toInt());
    if (!date.isValid()) {
        report(value, path, QStringLiteral("invalid date %1 (no such day)").arg(quoted(*text)));
        return std::nullopt;
    }
    return date;
}

std::optional<QString> Validator::readId(const JsonValue &value, const QString &path)
{
    const std::optional<QString> id = readString(value, path);
    if (id && !isIdentifier(*id)) {
        report(value, path, QStringLiteral("invalid id %1 (use only a-z, 0-9 and '-')").arg(quoted(*id)));
        return std::nullopt;
    }
    return id;
}

std::optional<QString> Validator::readCountry(const JsonValue &value, const QString &path)
{
    const std::optional<QString> code = readString(value, path);
    if (code && !isCountryCode(*code)) {
        report(value, path,
               QStringLiteral("expected an ISO 3166-1 alpha-2 country code such as \"ML\", found %1")
                   .arg(quoted(*code)));
        return std::nullopt;
    }
    return code;
}

std::optional<double> Validator::readCoordinate(const JsonValue &value, const QString &path, double limit,
                                                const QString &what)
{
    const std::optional<double> number = readNumber(value, path);
    if (number && std::abs(*number) > limit) {
        report(value, path,
               QStringLiteral("expected a %1 between %2 and %3, found %4")
                   .arg(what, numberText(-limit), numberText(limit), numberText(*number)));
        return std::nullopt;
    }
    return number;
}

std::optional<QString> Validator::readEnum(const JsonValue &value, const QString &path,
                                           const QStringList &names, const QString &what)
{
    const std::optional<QString> name = readString(value, path);
    if (name && !names.contains(*name)) {
        report(value, path,
               QStringLiteral("unknown %1 %2 (expected %3)").arg(what, quoted(*name), list(names)));
        return std::nullopt;
    }
    return name;
}

const QList<JsonValue> *Validator::readArray(const JsonValue &value, const QString &path,
                                             const QString &elements)
{
    if (value.isArray())
        return &value.array;
    reportType(value, path, QStringLiteral("an array of %1").arg(elements));
    return nullptr;
}

QStringList Validator::readCountries(const JsonValue &value, const QString &path)
{
    QStringList codes;
    const QList<JsonValue> *array = readArray(value, path, QStringLiteral("ISO 3166-1 alpha-2 codes"));
    if (!array)
        return codes;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString elementPath = indexPath(path, i);
        const std::optional<QString> code = readCountry(array->at(i), elementPath);
        if (code && codes.contains(*code))
            report(array->at(i), elementPath,
                   QStringLiteral("country %1 is listed twice").arg(quoted(*code)));
        else if (code)
            codes.append(*code);
    }
    return codes;
}

LocalizedText Validator::readText(const JsonValue &value, const QString &path)
{
    if (value.isString())
        return LocalizedText(value.string, m_language);
    LocalizedText text;
    text.setOriginalLanguage(m_language);
    if (!value.isObject() || value.members.isEmpty()) {
        const QString found = value.isObject() ? QStringLiteral("an empty object") : value.typeDescription();
        report(
            value, path,
            QStringLiteral("expected a text (a string, or an object of language codes to strings), found %1")
                .arg(found));
        return text;
    }
    for (const JsonMember &member : value.members) {
        const QString languagePath = memberPath(path, member.key);
        if (!isLanguageCode(member.key))
            report(member.line, member.column, languagePath,
                   QStringLiteral("invalid language code %1 (expected e.g. \"fr\" or \"en\")")
                       .arg(quoted(member.key)));
        else if (const std::optional<QString> s = readString(member.value, languagePath))
            text.set(member.key, *s);
    }
    return text;
}

LocalizedText Validator::readOptionalText(const JsonValue &object, const QString &path, const QString &key)
{
    const JsonValue *value = object.member(key);
    return value ? readText(*value, memberPath(path, key)) : LocalizedText();
}

// Format and version first: a file of another format or version is not worth reading further.
bool Validator::readHeader(const JsonValue &root)
{
    if (const JsonValue *format = required(root, QString(), QStringLiteral("format"))) {
        const std::optional<QString> name = readString(*format, QStringLiteral("format"));
        if (name && *name != formatName())
            report(*format, QStringLiteral("format"),
                   QStringLiteral("expected \"%1\", found %2").arg(formatName(), quoted(*name)));
    }
    const JsonValue *version = required(root, QString(), QStringLiteral("version"));
    const std::optional<qint64> number =
        version ? readInteger(*version, QStringLiteral("version")) : std::nullopt;
    if (version && number && *number != supportedVersion) {
        report(*version, QStringLiteral("version"),
               QStringLiteral("unsupported format version %1 (this version of Sahel Atlas reads version %2)")
                   .arg(*number)
                   .arg(supportedVersion));
        return false;
    }
    checkFields(root, QString(),
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
                 QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("source"),
                 QStringLiteral("view"), QStringLiteral("focus"), QStringLiteral("regions"),
                 QStringLiteral("facts"), QStringLiteral("order")});
    return true;
}

void Validator::readSource(const JsonValue &root)
{
    const QString path = QStringLiteral("source");
    const JsonValue *source = required(root, QString(), path);
    if (!source || !checkObject(*source, path))
        return;
    checkFields(*source, path,
                {QStringLiteral("publisher"), QStringLiteral("title"), QStringLiteral("date"),
                 QStringLiteral("language"), QStringLiteral("paragraphs"), QStringLiteral("url")});
    readSourceLanguage(*source, path);
    StorySource &s = m_story.source;
    s.language = m_language;
    if (const JsonValue *publisher = required(*source, path, QStringLiteral("publisher"))) {
        if (publisher->isString())
            s.publisher = publisher->string;
        else if (!publisher->isNull())
            reportType(*publisher, memberPath(path, QStringLiteral("publisher")),
                       QStringLiteral("a string or null"));
    }
    s.title = readOptionalText(*source, path, QStringLiteral("title"));
    if (const JsonValue *date = required(*source, path, QStringLiteral("date")))
        s.date = readDate(*date, memberPath(path, QStringLiteral("date"))).value_or(QDate());
    if (const JsonValue *paragraphs = required(*source, path, QStringLiteral("paragraphs")))
        readParagraphs(*paragraphs, memberPath(path, QStringLiteral("paragraphs")));
    if (const JsonValue *url = source->member(u"url"))
        s.url = readString(*url, memberPath(path, QStringLiteral("url"))).value_or(QString());
}

void Validator::readSourceLanguage(const JsonValue &source, const QString &path)
{
    const JsonValue *language = required(source, path, QStringLiteral("language"));
    if (!language)
        return;
    const QString languagePath = memberPath(path, QStringLiteral("language"));
    const std::optional<QString> code = readString(*language, languagePath);
    if (code && !isLanguageCode(*code))
        report(
            *language, languagePath,
            QStringLiteral("invalid language code %1 (expected e.g. \"fr\" or \"en\")").arg(quoted(*code)));
    else if (code)
        m_language = *code;
}

void Validator::readTopLevel(const JsonValue &root)
{
    if (const JsonValue *id = required(root, QString(), QStringLiteral("id")))
        m_story.id = readId(*id, QStringLiteral("id")).value_or(QString());
    if (const JsonValue *title = required(root, QString(), QStringLiteral("title")))
        m_story.title = readText(*title, QStringLiteral("title"));
    m_story.subtitle = readOptionalText(root, QString(), QStringLiteral("subtitle"));
    if (const JsonValue *view = root.member(u"view"))
        readView(*view, QStringLiteral("view"));
    if (const JsonValue *focus = root.member(u"focus"))
        readFocus(*focus, QStringLiteral("focus"));
}

void Validator::readParagraphs(const JsonValue &value, const QString &path)
{
    const QList<JsonValue> *array = readArray(value, path, QStringLiteral("strings"));
    if (!array)
        return;
    bool allRead = true;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const std::optional<QString> paragraph = readString(array->at(i), indexPath(path, i));
        allRead = allRead && paragraph.has_value();
        m_story.source.paragraphs.append(paragraph.value_or(QString()));
    }
    if (allRead)
        m_paragraphCount = array->size();
}

void Validator::readView(const JsonValue &value, const QString &path)
{
    if (!checkObject(value, path))
        return;
    checkFields(value, path, {QStringLiteral("bbox")});
    const JsonValue *bbox = required(value, path, QStringLiteral("bbox"));
    const QString bboxPath = memberPath(path, QStringLiteral("bbox"));
    const QList<JsonValue> *array =
        bbox ? readArray(*bbox, bboxPath, QStringLiteral("4 numbers [west, south, east, north]")) : nullptr;
    if (!array)
        return;
    if (array->size() != 4) {
        report(*bbox, bboxPath,
               QStringLiteral("expected 4 numbers [west, south, east, north], found %1").arg(array->size()));
        return;
    }
    const auto coordinate = [&](qsizetype i) {
        const bool isLongitude = i % 2 == 0;
        return readCoordinate(array->at(i), indexPath(bboxPath, i), isLongitude ? 180.0 : 90.0,
                              isLongitude ? QStringLiteral("longitude") : QStringLiteral("latitude"));
    };
    const std::optional<double> west = coordinate(0), south = coordinate(1), east = coordinate(2),
                                north = coordinate(3);
    if (!west || !south || !east || !north)
        return;
    if (*east <= *west)
        report(array->at(2), indexPath(bboxPath, 2),
               QStringLiteral("east (%1) must be greater than west (%2)")
                   .arg(numberText(*east), numberText(*west)));
    if (*north <= *south)
        report(array->at(3), indexPath(bboxPath, 3),
               QStringLiteral("north (%1) must be greater than south (%2)")
                   .arg(numberText(*north), numberText(*south)));
    if (*east > *west && *north > *south)
        m_story.homeBounds = QRectF(QPointF(*west, *south), QPointF(*east, *north));
}

void Validator::readFocus(const JsonValue &value, const QString &path)
{
    m_story.focusCountries = readCountries(value, path);
    if (value.isArray() && value.array.size() > maxFocusCountries)
        report(value.array.at(maxFocusCountries), indexPath(path, maxFocusCountries),
               QStringLiteral("at most %1 focus countries, found %2")
                   .arg(maxFocusCountries)
                   .arg(value.array.size()));
}

void Validator::checkUniqueId(QHash<QString, const JsonValue *> &seen, const JsonValue &at,
                              const QString &path, const QString &id, const QString &what)
{
    if (const JsonValue *first = seen.value(id)) {
        report(at, path,
               QStringLiteral("duplicate %1 id %2 (first defined at line %3)")
                   .arg(what, quoted(id))
                   .arg(first->line));
        return;
    }
    seen.insert(id, &at);
}

void Validator::readRegions(const JsonValue &root)
{
    const QString path = QStringLiteral("regions");
    const JsonValue *regions = required(root, QString(), path);
    const QList<JsonValue> *array = regions ? readArray(*regions, path, QStringLiteral("regions")) : nullptr;
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString regionPath = indexPath(path, i);
        if (checkObject(array->at(i), regionPath))
            m_story.regions.append(readRegion(array->at(i), regionPath));
    }
    checkBufferTargets();
}

RegionDefinition Validator::readRegion(const JsonValue &object, const QString &path)
{
    RegionDefinition region;
    const std::optional<RegionKind> kind = readRegionKind(object, path);
    if (const JsonValue *id = required(object, path, QStringLiteral("id"))) {
        const QString idPath = memberPath(path, QStringLiteral("id"));
        region.id = readId(*id, idPath).value_or(QString());
        if (!region.id.isEmpty()) {
            checkUniqueId(m_regionIds, *id, idPath, region.id, QStringLiteral("region"));
            if (kind && !m_regionKinds.contains(region.id))
                m_regionKinds.insert(region.id, *kind);
        }
    }
    region.kind = kind.value_or(RegionKind::Country);
    region.style = defaultStyle(region.kind);
    if (const JsonValue *style = object.member(u"style")) {
        const std::optional<QString> name = readEnum(*style, memberPath(path, QStringLiteral("style")),
                                                     styleNames(), QStringLiteral("style"));
        if (name)
            region.style = RegionStyle(styleNames().indexOf(*name));
    }
    region.name = readOptionalText(object, path, QStringLiteral("name"));
    region.note = readOptionalText(object, path, QStringLiteral("note"));
    region.source = readOptionalText(object, path, QStringLiteral("source"));
    QStringList common = {QStringLiteral("id"),   QStringLiteral("kind"),   QStringLiteral("name"),
                          QStringLiteral("note"), QStringLiteral("source"), QStringLiteral("style")};
    QStringList allKindFields;
    for (int k = 0; k < regionKindNames().size(); ++k)
        allKindFields += regionKindFields(RegionKind(k));
    if (!kind) {
        // Without a valid kind we cannot tell which fields belong; do not pile up guesses.
        checkFields(object, path, common + allKindFields);
        return region;
    }
    const QStringList own = regionKindFields(*kind);
    QStringList misplaced;
    for (const QString &field : allKindFields)
        if (!own.contains(field))
            misplaced.append(field);
    checkFields(object, path, common + own, misplaced,
                QStringLiteral("by a region of kind \"%1\"").arg(regionKindName(*kind)));
    readRegionKindFields(object, path, region);
    return region;
}

std::optional<RegionKind> Validator::readRegionKind(const JsonValue &object, const QString &path)
{
    const JsonValue *kind = required(object, path, QStringLiteral("kind"));
    if (!kind)
        return std::nullopt;
    const std::optional<QString> name = readEnum(*kind, memberPath(path, QStringLiteral("kind")),
                                                 regionKindNames(), QStringLiteral("region kind"));
    if (!name)
        return std::nullopt;
    return RegionKind(regionKindNames().indexOf(*name));
}

void Validator::readRegionKindFields(const JsonValue &object, const QString &path, RegionDefinition &region)
{
    const QString why = QStringLiteral("a region of kind \"%1\" needs it").arg(regionKindName(region.kind));
    const auto field = [&](const QString &key) { return required(object, path, key, why); };
    switch (region.kind) {
    case RegionKind::Country:
        if (const JsonValue *iso = field(QStringLiteral("iso")))
            region.iso = readCountry(*iso, memberPath(path, QStringLiteral("iso"))).value_or(QString());
        break;
    case RegionKind::Admin1:
        if (const JsonValue *iso = field(QStringLiteral("iso"))) {
            const QString isoPath = memberPath(path, QStringLiteral("iso"));
            const std::optional<QString> code = readString(*iso, isoPath);
            if (code && !isSubdivisionCode(*code))
                report(*iso, isoPath,
                       QStringLiteral("expected an ISO 3166-2 code such as \"ML-3\", found %1")
                           .arg(quoted(*code)));
            else if (code)
                region.iso = *code;
        }
        break;
    case RegionKind::Union:
        if (const JsonValue *members = field(QStringLiteral("members")))
            readUnionMembers(*members, memberPath(path, QStringLiteral("members")), region);
        break;
    case RegionKind::Tripoint:
        if (const JsonValue *countries = field(QStringLiteral("countries"))) {
            const QString countriesPath = memberPath(path, QStringLiteral("countries"));
            region.countries = readCountries(*countries, countriesPath);
            if (countries->isArray() && countries->array.size() != 3)
                report(*countries, countriesPath,
                       QStringLiteral("expected 3 country codes, found %1").arg(countries->array.size()));
        }
        break;
    case RegionKind::Buffer:
        readBufferFields(object, path, region);
        break;
    case RegionKind::Town:
        if (const JsonValue *id = field(QStringLiteral("geonameid")))
            region.geonameid = readGeonameId(*id, memberPath(path, QStringLiteral("geonameid"))).value_or(0);
        break;
    case RegionKind::Place:
        readPlaceFields(object, path, region);
        break;
    }
}

void Validator::readUnionMembers(const JsonValue &value, const QString &path, RegionDefinition &region)
{
    const QList<JsonValue> *array =
        readArray(value, path, QStringLiteral("ISO codes or {country, region} objects"));
    if (!array)
        return;
    if (array->isEmpty())
        report(value, path, QStringLiteral("expected at least one member"));
    for (qsizetype i = 0; i < array->size(); ++i)
        if (const std::optional<RegionSelector> selector = readSelector(array->at(i), indexPath(path, i)))
            region.members.append(*selector);
}

std::optional<RegionSelector> Validator::readSelector(const JsonValue &value, const QString &path)
{
    RegionSelector selector;
    if (value.isString()) {
        if (isCountryCode(value.string) || isSubdivisionCode(value.string)) {
            selector.code = value.string;
            return selector;
        }
        report(value, path,
               QStringLiteral(
                   "expected an ISO 3166-1 alpha-2 code (\"ML\") or ISO 3166-2 code (\"ML-3\"), found %1")
                   .arg(quoted(value.string)));
        return std::nullopt;
    }
    if (!value.isObject()) {
        reportType(value, path, QStringLiteral("an ISO code or an object {\"country\", \"region\"}"));
        return std::nullopt;
    }
    checkFields(value, path, {QStringLiteral("country"), QStringLiteral("region")});
    const JsonValue *country = required(value, path, QStringLiteral("country"));
    const JsonValue *group = required(value, path, QStringLiteral("region"));
    const std::optional<QString> countryCode =
        country ? readCountry(*country, memberPath(path, QStringLiteral("country"))) : std::nullopt;
    const std::optional<QString> groupName =
        group ? readString(*group, memberPath(path, QStringLiteral("region"))) : std::nullopt;
    if (groupName && groupName->isEmpty())
        report(*group, memberPath(path, QStringLiteral("region")),
               QStringLiteral("expected a region name, found \"\""));
    if (!countryCode || !groupName || groupName->isEmpty())
        return std::nullopt;
    selector.country = *countryCode;
    selector.group = *groupName;
    return selector;
}

void Validator::readBufferFields(const JsonValue &object, const QString &path, RegionDefinition &region)
{
    const QString why = QStringLiteral("a region of kind \"buffer\" needs it");
    if (const JsonValue *around = required(object, path, QStringLiteral("around"), why)) {
        const QString aroundPath = memberPath(path, QStringLiteral("around"));
        if (const std::optional<QString> target = readString(*around, aroundPath)) {
            region.around = *target;
            m_bufferTargets.append(BufferTarget{around, aroundPath, *target});
        }
    }
    if (const JsonValue *radius = required(object, path, QStringLiteral("radiusKm"), why)) {
        const QString radiusPath = memberPath(path, QStringLiteral("radiusKm"));
        const std::optional<double> km = readNumber(*radius, radiusPath);
        if (km && (*km <= 0.0 || *km > maxRadiusKm))
            report(*radius, radiusPath,
                   QStringLiteral("expected a radius greater than 0 and at most %1 km, found %2")
                       .arg(numberText(maxRadiusKm), numberText(*km)));
        else if (km)
            region.radiusKm = *km;
    }
    if (const JsonValue *clipTo = object.member(u"clipTo")) {
        const QString clipPath = memberPath(path, QStringLiteral("clipTo"));
        region.clipTo = readCountries(*clipTo, clipPath);
        if (clipTo->isArray() && clipTo->array.isEmpty())
            report(*clipTo, clipPath,
                   QStringLiteral("expected at least one country code (or leave clipTo out)"));
    }
}

void Validator::readPlaceFields(const JsonValue &object, const QString &path, RegionDefinition &region)
{
    const QString why = QStringLiteral("a region of kind \"place\" needs it");
    const JsonValue *lon = required(object, path, QStringLiteral("lon"), why);
    const JsonValue *lat = required(object, path, QStringLiteral("lat"), why);
    const std::optional<double> longitude =
        lon ? readCoordinate(*lon, memberPath(path, QStringLiteral("lon")), 180.0,
                             QStringLiteral("longitude"))
            : std::nullopt;
    const std::optional<double> latitude =
        lat ? readCoordinate(*lat, memberPath(path, QStringLiteral("lat")), 90.0, QStringLiteral("latitude"))
            : std::nullopt;
    if (longitude && latitude)
        region.position = LonLat{*longitude, *latitude};
    if (const JsonValue *id = object.member(u"geonameid"))
        region.geonameid = readGeonameId(*id, memberPath(path, QStringLiteral("geonameid"))).value_or(0);
}

void Validator::checkBufferTargets()
{
    for (const BufferTarget &target : std::as_const(m_bufferTargets)) {
        if (!m_regionIds.contains(target.regionId)) {
            report(*target.at, target.path,
                   QStringLiteral("unknown region id %1").arg(quoted(target.regionId)));
            continue;
        }
        const auto kind = m_regionKinds.constFind(target.regionId);
        if (kind != m_regionKinds.cend() && !isPointKind(*kind))
            report(*target.at, target.path,
                   QStringLiteral("region %1 is a %2; a buffer goes around a tripoint, town or place")
                       .arg(quoted(target.regionId), regionKindName(*kind)));
    }
}

void Validator::checkRegionReference(const JsonValue &value, const QString &path, const QString &regionId)
{
    if (!m_regionIds.contains(regionId))
        report(value, path, QStringLiteral("unknown region id %1").arg(quoted(regionId)));
}

void Validator::readFacts(const JsonValue &root)
{
    const QString path = QStringLiteral("facts");
    const JsonValue *facts = required(root, QString(), path);
    const QList<JsonValue> *array = facts ? readArray(*facts, path, QStringLiteral("facts")) : nullptr;
    if (!array)
        return;
    if (array->isEmpty())
        report(*facts, path, QStringLiteral("expected at least one fact"));
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString factPath = indexPath(path, i);
        if (checkObject(array->at(i), factPath))
            m_story.facts.append(readFact(array->at(i), factPath));
    }
}

Fact Validator::readFact(const JsonValue &object, const QString &path)
{
    checkFields(object, path,
                {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                 QStringLiteral("text"), QStringLiteral("paragraph"), QStringLiteral("regions"),
                 QStringLiteral("source"), QStringLiteral("speaker"), QStringLiteral("role"),
                 QStringLiteral("date"), QStringLiteral("context"), QStringLiteral("value"),
                 QStringLiteral("unit"), QStringLiteral("qualifier"), QStringLiteral("notes")});
    Fact fact;
    if (const JsonValue *id = required(object, path, QStringLiteral("id"))) {
        const QString idPath = memberPath(path, QStringLiteral("id"));
        fact.id = readId(*id, idPath).value_or(QString());
        if (!fact.id.isEmpty())
            checkUniqueId(m_factIds, *id, idPath, fact.id, QStringLiteral("fact"));
    }
    const std::optional<FactKind> kind = readFactKind(object, path);
    fact.kind = kind.value_or(FactKind::Fact);
    if (const JsonValue *title = required(object, path, QStringLiteral("title")))
        fact.title = readText(*title, memberPath(path, QStringLiteral("title")));
    if (const JsonValue *text = required(object, path, QStringLiteral("text")))
        fact.text = readText(*text, memberPath(path, QStringLiteral("text")));
    if (const JsonValue *regions = required(object, path, QStringLiteral("regions")))
        readFactRegions(*regions, memberPath(path, QStringLiteral("regions")), fact);
    readFactDetails(object, path, fact);
    if (kind)
        checkKindRequirements(object, path, *kind);
    if (kind == FactKind::Quote)
        checkQuoteVerbatim(object, path, fact);
    return fact;
}

std::optional<FactKind> Validator::readFactKind(const JsonValue &object, const QString &path)
{
    const JsonValue *kind = required(object, path, QStringLiteral("kind"));
    if (!kind)
        return std::nullopt;
    const std::optional<QString> name = readEnum(*kind, memberPath(path, QStringLiteral("kind")),
                                                 factKindNames(), QStringLiteral("fact kind"));
    if (!name)
        return std::nullopt;
    return FactKind(factKindNames().indexOf(*name));
}

void Validator::readFactRegions(const JsonValue &value, const QString &path, Fact &fact)
{
    const QList<JsonValue> *array = readArray(value, path, QStringLiteral("region ids"));
    if (!array)
        return;
    if (array->isEmpty())
        report(value, path, QStringLiteral("expected at least one region id"));
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString elementPath = indexPath(path, i);
        const std::optional<QString> regionId = readString(array->at(i), elementPath);
        if (!regionId)
            continue;
        if (fact.regionIds.contains(*regionId)) {
            report(array->at(i), elementPath,
                   QStringLiteral("region %1 is listed twice").arg(quoted(*regionId)));
            continue;
        }
        checkRegionReference(array->at(i), elementPath, *regionId);
        fact.regionIds.append(*regionId);
    }
}

void Validator::readFactDetails(const JsonValue &object, const QString &path, Fact &fact)
{
    const auto optional = [&](const QString &key) { return object.member(key); };
    const auto pathOf = [&](const QString &key) { return memberPath(path, key); };
    if (const JsonValue *paragraph = optional(QStringLiteral("paragraph"))) {
        if (const std::optional<qint64> number =
                readInteger(*paragraph, pathOf(QStringLiteral("paragraph")))) {
            checkParagraph(*paragraph, pathOf(QStringLiteral("paragraph")), *number);
            fact.paragraph = int(std::clamp<qint64>(*number, 0, std::numeric_limits<int>::max()));
        }
    }
    if (const JsonValue *speaker = optional(QStringLiteral("speaker")))
        fact.speaker = readString(*speaker, pathOf(QStringLiteral("speaker"))).value_or(QString());
    if (const JsonValue *date = optional(QStringLiteral("date")))
        fact.date = readDate(*date, pathOf(QStringLiteral("date"))).value_or(QDate());
    if (const JsonValue *value = optional(QStringLiteral("value")))
        fact.value = readNumber(*value, pathOf(QStringLiteral("value")));
    fact.source = readOptionalText(object, path, QStringLiteral("source"));
    fact.role = readOptionalText(object, path, QStringLiteral("role"));
    fact.context = readOptionalText(object, path, QStringLiteral("context"));
    fact.unit = readOptionalText(object, path, QStringLiteral("unit"));
    fact.qualifier = readOptionalText(object, path, QStringLiteral("qualifier"));
    fact.notes = readOptionalText(object, path, QStringLiteral("notes"));
}

void Validator::checkKindRequirements(const JsonValue &object, const QString &path, FactKind kind)
{
    QStringList needed;
    switch (kind) {
    case FactKind::Fact:
        needed = {QStringLiteral("paragraph")};
        break;
    case FactKind::Figure:
        needed = {QStringLiteral("paragraph"), QStringLiteral("value"), QStringLiteral("unit")};
        break;
    case FactKind::Quote:
        needed = {QStringLiteral("paragraph"), QStringLiteral("speaker"), QStringLiteral("role"),
                  QStringLiteral("date")};
        break;
    case FactKind::Event:
        needed = {QStringLiteral("source"), QStringLiteral("date")};
        break;
    }
    const QString why = QStringLiteral("a fact of kind \"%1\" needs it").arg(factKindName(kind));
    for (const QString &key : std::as_const(needed))
        required(object, path, key, why);
}

void Validator::checkParagraph(const JsonValue &value, const QString &path, qint64 paragraph)
{
    if (paragraph < 1)
        report(value, path, QStringLiteral("paragraphs are numbered from 1, found %1").arg(paragraph));
    else if (m_paragraphCount && paragraph > *m_paragraphCount)
        report(value, path,
               QStringLiteral("paragraph %1 is out of range (the article has %2 paragraph%3)")
                   .arg(paragraph)
                   .arg(*m_paragraphCount)
                   .arg(*m_paragraphCount == 1 ? QString() : QStringLiteral("s")));
}

void Validator::checkQuoteVerbatim(const JsonValue &object, const QString &path, const Fact &fact)
{
    const JsonValue *text = object.member(u"text");
    if (!text || fact.paragraph < 1 || !m_paragraphCount || fact.paragraph > *m_paragraphCount)
        return;
    const QString textPath = memberPath(path, QStringLiteral("text"));
    if (!fact.text.has(m_language)) {
        if (!fact.text.isEmpty())
            report(*text, textPath,
                   QStringLiteral("a quote needs its text in %1, the article's language")
                       .arg(quoted(m_language)));
        return;
    }
    const QString quote = fact.text.text(m_language);
    const QString &paragraph = m_story.source.paragraphs.at(fact.paragraph - 1);
    if (paragraph.contains(quote))
        return;
    // Point at the original-language string itself when the text is an object of languages.
    const JsonValue *original = text->isObject() ? text->member(m_language) : text;
    const QString originalPath = text->isObject() ? memberPath(textPath, m_language) : textPath;
    const qsizetype matching = verbatimPrefixLength(quote, paragraph);
    report(*original, originalPath,
           QStringLiteral(
               "quote text does not appear verbatim in paragraph %1 (it differs from character %2 on: %3)")
               .arg(fact.paragraph)
               .arg(matching + 1)
               .arg(quoted(quote.sliced(matching).left(24))));
}

void Validator::readOrder(const JsonValue &value, const QString &path)
{
    const QList<JsonValue> *array = readArray(value, path, QStringLiteral("fact ids"));
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString elementPath = indexPath(path, i);
        const std::optional<QString> factId = readString(array->at(i), elementPath);
        if (!factId)
            continue;
        if (m_story.order.contains(*factId))
            report(array->at(i), elementPath, QStringLiteral("fact %1 is listed twice").arg(quoted(*factId)));
        else if (!m_factIds.contains(*factId))
            report(array->at(i), elementPath, QStringLiteral("unknown fact id %1").arg(quoted(*factId)));
        else
            m_story.order.append(*factId);
    }
}

StoryReadResult fileError(const QString &path, const QString &message)
{
    StoryReadResult result;
    result.errors.append(StoryError{path, 0, 0, QString(), message});
    return result;
}

QString tooLargeMessage(qint64 size)
{
    return QStringLiteral("file too large: %1 bytes (a story file is at most %2 bytes, 10 MiB)")
        .arg(size)
        .arg(StoryReader::maxFileSize);
}

} // namespace

QString StoryError::toString() const
{
    QStringList location;
    if (!file.isEmpty())
        location.append(file);
    if (line > 0)
        location.append(QString::number(line));
    if (line > 0 && column > 0)
        location.append(QString::number(column));
    QStringList parts;
    if (!location.isEmpty())
        parts.append(location.join(QLatin1Char(':')));
    if (!path.isEmpty())
        parts.append(path);
    parts.append(message);
    return parts.join(QStringLiteral(": "));
}

StoryReadResult StoryReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, QStringLiteral("no such file"));
    if (info.isDir())
        return fileError(path, QStringLiteral("is a directory, not a story file"));
    // FIFOs and devices could block or never end.
    if (!info.isFile())
        return fileError(path, QStringLiteral("not a regular file"));
    if (info.size() > maxFileSize)
        return fileError(path, tooLargeMessage(info.size()));
    QFile file(info.canonicalFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    // The file may have grown since it was checked; never read more than the limit.
    const QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fileError(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (data.size() > maxFileSize)
        return fileError(path, tooLargeMessage(data.size()));
    return read(data, path);
}

StoryReadResult StoryReader::read(const QByteArray &json, const QString &fileName)
{
    if (json.size() > maxFileSize)
        return fileError(fileName, tooLargeMessage(json.size()));
    const JsonParseResult parsed = JsonDocument::parse(json);
    if (!parsed.ok()) {
        StoryReadResult result;
        result.errors.append(StoryError{fileName, parsed.line, parsed.column, QString(), parsed.message});
        return result;
    }
    return Validator(fileName).validate(*parsed.value);
}

} // namespace sahel
