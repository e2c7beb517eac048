#include "FactReader.h"

#include "RegionDefinitionReader.h"
#include "StoryValidation.h"
#include "StoryValidator.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace sahel {

using namespace StoryValidation;

namespace {

// In the order of FactKind.
const QStringList &factKindNames()
{
    static const QStringList names = {QStringLiteral("fact"), QStringLiteral("figure"),
                                      QStringLiteral("quote"), QStringLiteral("event")};
    return names;
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

} // namespace

void FactReader::readFacts(const JsonValue &root)
{
    const QString path = QStringLiteral("facts");
    const JsonValue *facts = m_validator.required(root, QString(), path);
    const QList<JsonValue> *array =
        facts ? m_validator.readArray(*facts, path, QStringLiteral("facts")) : nullptr;
    if (!array)
        return;
    if (array->isEmpty())
        m_validator.report(*facts, path, QStringLiteral("expected at least one fact"));
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString factPath = indexPath(path, i);
        if (m_validator.checkObject(array->at(i), factPath))
            m_validator.story().facts.append(readFact(array->at(i), factPath));
    }
}

Fact FactReader::readFact(const JsonValue &object, const QString &path)
{
    m_validator.checkFields(object, path,
                            {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                             QStringLiteral("text"), QStringLiteral("paragraph"), QStringLiteral("regions"),
                             QStringLiteral("source"), QStringLiteral("speaker"), QStringLiteral("role"),
                             QStringLiteral("date"), QStringLiteral("context"), QStringLiteral("value"),
                             QStringLiteral("unit"), QStringLiteral("qualifier"), QStringLiteral("notes")});
    Fact fact;
    if (const JsonValue *id = m_validator.required(object, path, QStringLiteral("id"))) {
        const QString idPath = memberPath(path, QStringLiteral("id"));
        fact.id = m_validator.readId(*id, idPath).value_or(QString());
        if (!fact.id.isEmpty())
            m_validator.checkUniqueId(m_factIds, *id, idPath, fact.id, QStringLiteral("fact"));
    }
    const std::optional<FactKind> kind = readFactKind(object, path);
    fact.kind = kind.value_or(FactKind::Fact);
    if (const JsonValue *title = m_validator.required(object, path, QStringLiteral("title")))
        fact.title = m_validator.readText(*title, memberPath(path, QStringLiteral("title")));
    if (const JsonValue *text = m_validator.required(object, path, QStringLiteral("text")))
        fact.text = m_validator.readText(*text, memberPath(path, QStringLiteral("text")));
    if (const JsonValue *regions = m_validator.required(object, path, QStringLiteral("regions")))
        readFactRegions(*regions, memberPath(path, QStringLiteral("regions")), fact);
    readFactDetails(object, path, fact);
    fact.extraJson = m_validator.readExtra(object);
    if (kind)
        checkKindRequirements(object, path, *kind);
    if (kind == FactKind::Quote)
        checkQuoteVerbatim(object, path, fact);
    return fact;
}

std::optional<FactKind> FactReader::readFactKind(const JsonValue &object, const QString &path)
{
    const JsonValue *kind = m_validator.required(object, path, QStringLiteral("kind"));
    if (!kind)
        return std::nullopt;
    const std::optional<QString> name = m_validator.readEnum(*kind, memberPath(path, QStringLiteral("kind")),
                                                             factKindNames(), QStringLiteral("fact kind"));
    if (!name)
        return std::nullopt;
    return FactKind(factKindNames().indexOf(*name));
}

void FactReader::readFactRegions(const JsonValue &value, const QString &path, Fact &fact)
{
    const QList<JsonValue> *array = m_validator.readArray(value, path, QStringLiteral("region ids"));
    if (!array)
        return;
    if (array->isEmpty())
        m_validator.report(value, path, QStringLiteral("expected at least one region id"));
    QSet<QString> seen; // not regionIds.contains(): a hostile list of a million ids would be quadratic
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString elementPath = indexPath(path, i);
        const std::optional<QString> regionId = m_validator.readString(array->at(i), elementPath);
        if (!regionId)
            continue;
        if (seen.contains(*regionId)) {
            m_validator.report(array->at(i), elementPath,
                               QStringLiteral("region %1 is listed twice").arg(quoted(*regionId)));
            continue;
        }
        m_regions.checkRegionReference(array->at(i), elementPath, *regionId);
        seen.insert(*regionId);
        fact.regionIds.append(*regionId);
    }
}

void FactReader::readFactDetails(const JsonValue &object, const QString &path, Fact &fact)
{
    const auto optional = [&](const QString &key) { return object.member(key); };
    const auto pathOf = [&](const QString &key) { return memberPath(path, key); };
    if (const JsonValue *paragraph = optional(QStringLiteral("paragraph"))) {
        if (const std::optional<qint64> number =
                m_validator.readInteger(*paragraph, pathOf(QStringLiteral("paragraph")))) {
            checkParagraph(*paragraph, pathOf(QStringLiteral("paragraph")), *number);
            fact.paragraph = int(std::clamp<qint64>(*number, 0, std::numeric_limits<int>::max()));
        }
    }
    if (const JsonValue *speaker = optional(QStringLiteral("speaker")))
        fact.speaker =
            m_validator.readString(*speaker, pathOf(QStringLiteral("speaker"))).value_or(QString());
    if (const JsonValue *date = optional(QStringLiteral("date")))
        fact.date = m_validator.readDate(*date, pathOf(QStringLiteral("date"))).value_or(QDate());
    if (const JsonValue *value = optional(QStringLiteral("value")))
        fact.value = m_validator.readNumber(*value, pathOf(QStringLiteral("value")));
    fact.source = m_validator.readOptionalText(object, path, QStringLiteral("source"));
    fact.role = m_validator.readOptionalText(object, path, QStringLiteral("role"));
    fact.context = m_validator.readOptionalText(object, path, QStringLiteral("context"));
    fact.unit = m_validator.readOptionalText(object, path, QStringLiteral("unit"));
    fact.qualifier = m_validator.readOptionalText(object, path, QStringLiteral("qualifier"));
    fact.notes = m_validator.readOptionalText(object, path, QStringLiteral("notes"));
}

void FactReader::checkKindRequirements(const JsonValue &object, const QString &path, FactKind kind)
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
        m_validator.required(object, path, key, why);
}

void FactReader::checkParagraph(const JsonValue &value, const QString &path, qint64 paragraph)
{
    const std::optional<qsizetype> paragraphCount = m_validator.paragraphCount();
    if (paragraph < 1)
        m_validator.report(value, path,
                           QStringLiteral("paragraphs are numbered from 1, found %1").arg(paragraph));
    else if (paragraphCount && paragraph > *paragraphCount)
        m_validator.report(value, path,
                           QStringLiteral("paragraph %1 is out of range (the article has %2 paragraph%3)")
                               .arg(paragraph)
                               .arg(*paragraphCount)
                               .arg(*paragraphCount == 1 ? QString() : QStringLiteral("s")));
}

void FactReader::checkQuoteVerbatim(const JsonValue &object, const QString &path, const Fact &fact)
{
    const JsonValue *text = object.member(u"text");
    const std::optional<qsizetype> paragraphCount = m_validator.paragraphCount();
    if (!text || fact.paragraph < 1 || !paragraphCount || fact.paragraph > *paragraphCount)
        return;
    const QString &language = m_validator.language();
    const QString textPath = memberPath(path, QStringLiteral("text"));
    if (!fact.text.has(language)) {
        if (!fact.text.isEmpty())
            m_validator.report(
                *text, textPath,
                QStringLiteral("a quote needs its text in %1, the article's language").arg(quoted(language)));
        return;
    }
    const QString quote = fact.text.text(language);
    const QString &paragraph = m_validator.story().source.paragraphs.at(fact.paragraph - 1);
    if (paragraph.contains(quote))
        return;
    // Point at the original-language string itself when the text is an object of languages.
    const JsonValue *original = text->isObject() ? text->member(language) : text;
    const QString originalPath = text->isObject() ? memberPath(textPath, language) : textPath;
    const qsizetype matching = verbatimPrefixLength(quote, paragraph);
    m_validator.report(
        *original, originalPath,
        QStringLiteral(
            "quote text does not appear verbatim in paragraph %1 (it differs from character %2 on: %3)")
            .arg(fact.paragraph)
            .arg(matching + 1)
            .arg(quoted(quote.sliced(matching).left(24))));
}

void FactReader::readOrder(const JsonValue &value, const QString &path)
{
    const QList<JsonValue> *array = m_validator.readArray(value, path, QStringLiteral("fact ids"));
    if (!array)
        return;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString elementPath = indexPath(path, i);
        const std::optional<QString> factId = m_validator.readString(array->at(i), elementPath);
        if (!factId)
            continue;
        if (seen.contains(*factId))
            m_validator.report(array->at(i), elementPath,
                               QStringLiteral("fact %1 is listed twice").arg(quoted(*factId)));
        else if (!m_factIds.contains(*factId))
            m_validator.report(array->at(i), elementPath,
                               QStringLiteral("unknown fact id %1").arg(quoted(*factId)));
        else
            m_validator.story().order.append(*factId);
        seen.insert(*factId);
    }
}

} // namespace sahel
