#include "StoryValidator.h"

#include "JsonWriter.h"
#include "StoryValidation.h"

#include <algorithm>
#include <cmath>

namespace sahel {

using namespace StoryValidation;

namespace {

constexpr qsizetype maxErrors = 100;                // like a compiler: past this, more messages do not help
constexpr qint64 maxExactInteger = qint64(1) << 53; // doubles hold every integer up to here

} // namespace

StoryReadResult StoryValidator::result()
{
    StoryReadResult result;
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const StoryError &a, const StoryError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    result.errors = m_errors;
    if (m_tooManyErrors)
        result.errors.append(StoryError{m_fileName, 0, 0, QString(),
                                        QStringLiteral("too many errors; stopped after %1").arg(maxErrors)});
    if (m_errors.isEmpty())
        result.story = m_story;
    result.draft = std::move(m_story);
    return result;
}

void StoryValidator::report(int line, int column, const QString &path, const QString &message)
{
    if (m_errors.size() < maxErrors)
        m_errors.append(StoryError{m_fileName, line, column, path, message});
    else
        m_tooManyErrors = true;
}

bool StoryValidator::checkObject(const JsonValue &value, const QString &path)
{
    if (value.isObject())
        return true;
    reportType(value, path, QStringLiteral("an object"));
    return false;
}

void StoryValidator::checkFields(const JsonValue &object, const QString &path, const QStringList &known,
                                 const QStringList &misplaced, const QString &misplacedWhy)
{
    for (const JsonMember &member : object.members) {
        const QString memberPathText = memberPath(path, member.key);
        if (misplaced.contains(member.key)) {
            report(member.line, member.column, memberPathText,
                   QStringLiteral("field \"%1\" is not used %2").arg(member.key, misplacedWhy));
        } else if (member.key == u"extra") {
            // Kept for other tools (readExtra), unchecked inside; it only has to be an object.
            checkObject(member.value, memberPathText);
        } else if (!known.contains(member.key)) {
            report(member.line, member.column, memberPathText,
                   QStringLiteral("unknown field %1").arg(quoted(member.key)));
        }
    }
}

QByteArray StoryValidator::readExtra(const JsonValue &object) const
{
    const JsonValue *extra = object.member(u"extra");
    return extra && extra->isObject() ? JsonWriter::toLine(*extra) : QByteArray();
}

const JsonValue *StoryValidator::required(const JsonValue &object, const QString &path, const QString &key,
                                          const QString &why)
{
    if (const JsonValue *value = object.member(key))
        return value;
    const QString reason = why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why);
    report(object, path, QStringLiteral("missing required field \"%1\"%2").arg(key, reason));
    return nullptr;
}

std::optional<QString> StoryValidator::readString(const JsonValue &value, const QString &path)
{
    if (value.isString())
        return value.string;
    reportType(value, path, QStringLiteral("a string"));
    return std::nullopt;
}

std::optional<double> StoryValidator::readNumber(const JsonValue &value, const QString &path)
{
    if (value.isNumber())
        return value.number;
    reportType(value, path, QStringLiteral("a number"));
    return std::nullopt;
}

std::optional<qint64> StoryValidator::readInteger(const JsonValue &value, const QString &path)
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

std::optional<qint64> StoryValidator::readGeonameId(const JsonValue &value, const QString &path)
{
    const std::optional<qint64> id = readInteger(value, path);
    if (id && *id <= 0) {
        report(value, path, QStringLiteral("expected a positive GeoNames id, found %1").arg(*id));
        return std::nullopt;
    }
    return id;
}

std::optional<QDate> StoryValidator::readDate(const JsonValue &value, const QString &path)
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

std::optional<QString> StoryValidator::readId(const JsonValue &value, const QString &path)
{
    const std::optional<QString> id = readString(value, path);
    if (id && !isIdentifier(*id)) {
        report(value, path, QStringLiteral("invalid id %1 (use only a-z, 0-9 and '-')").arg(quoted(*id)));
        return std::nullopt;
    }
    return id;
}

std::optional<QString> StoryValidator::readCountry(const JsonValue &value, const QString &path)
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

std::optional<double> StoryValidator::readCoordinate(const JsonValue &value, const QString &path,
                                                     double limit, const QString &what)
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

std::optional<QString> StoryValidator::readEnum(const JsonValue &value, const QString &path,
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

const QList<JsonValue> *StoryValidator::readArray(const JsonValue &value, const QString &path,
                                                  const QString &elements)
{
    if (value.isArray())
        return &value.array;
    reportType(value, path, QStringLiteral("an array of %1").arg(elements));
    return nullptr;
}

QStringList StoryValidator::readCountries(const JsonValue &value, const QString &path)
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

LocalizedText StoryValidator::readText(const JsonValue &value, const QString &path)
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

LocalizedText StoryValidator::readOptionalText(const JsonValue &object, const QString &path,
                                               const QString &key)
{
    const JsonValue *value = object.member(key);
    return value ? readText(*value, memberPath(path, key)) : LocalizedText();
}

void StoryValidator::checkUniqueId(QHash<QString, const JsonValue *> &seen, const JsonValue &at,
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

} // namespace sahel
