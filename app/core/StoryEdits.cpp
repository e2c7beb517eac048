#include "StoryEdits.h"

#include <QRegularExpression>

#include <algorithm>

namespace sahel::StoryEdits {

namespace {

constexpr int maxSlugLength = 40;
constexpr int titleWords = 8;

LocalizedText emptyText(const Story &story)
{
    LocalizedText text;
    text.setOriginalLanguage(story.source.language);
    return text;
}

// The first words of a selection, for the new card's title (the user rewrites it).
QString firstWords(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString title = words.mid(0, titleWords).join(QLatin1Char(' '));
    if (words.size() > titleWords)
        title += QStringLiteral("…");
    return title;
}

void insertIntoOrder(Story &story, const QString &factId)
{
    // A story with an explicit order lists every fact: the new one goes last there too.
    if (!story.order.isEmpty())
        story.order.append(factId);
}

QString parseTarget(const QString &target, QString *id)
{
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return target;
    *id = target.mid(colon + 1);
    return target.left(colon);
}

LocalizedText *factText(Fact &fact, const QString &field)
{
    if (field == u"title")
        return &fact.title;
    if (field == u"text")
        return &fact.text;
    if (field == u"source")
        return &fact.source;
    if (field == u"role")
        return &fact.role;
    if (field == u"context")
        return &fact.context;
    if (field == u"unit")
        return &fact.unit;
    if (field == u"qualifier")
        return &fact.qualifier;
    if (field == u"notes")
        return &fact.notes;
    return nullptr;
}

LocalizedText *regionText(RegionDefinition &region, const QString &field)
{
    if (field == u"name")
        return &region.name;
    if (field == u"note")
        return &region.note;
    if (field == u"source")
        return &region.source;
    return nullptr;
}

LocalizedText *textField(Story &story, const QString &target, const QString &field)
{
    QString id;
    const QString kind = parseTarget(target, &id);
    if (kind == u"story")
        return field == u"title" ? &story.title : field == u"subtitle" ? &story.subtitle : nullptr;
    if (kind == u"source")
        return field == u"title" ? &story.source.title : nullptr;
    if (kind == u"fact") {
        Fact *fact = story.fact(id);
        return fact ? factText(*fact, field) : nullptr;
    }
    if (kind == u"region") {
        RegionDefinition *region = story.region(id);
        return region ? regionText(*region, field) : nullptr;
    }
    return nullptr;
}

std::optional<FactKind> factKindNamed(const QString &name)
{
    for (const FactKind kind : {FactKind::Fact, FactKind::Figure, FactKind::Quote, FactKind::Event})
        if (factKindName(kind) == name)
            return kind;
    return std::nullopt;
}

void setFactValue(Fact &fact, const QString &field, const QVariant &value)
{
    if (field == u"kind") {
        if (const auto kind = factKindNamed(value.toString()))
            fact.kind = *kind;
    } else if (field == u"paragraph") {
        fact.paragraph = value.toInt();
    } else if (field == u"speaker") {
        fact.speaker = value.toString();
    } else if (field == u"date") {
        fact.date = QDate::fromString(value.toString(), Qt::ISODate);
    } else if (field == u"value") {
        bool ok = false;
        const double number = value.toDouble(&ok);
        fact.value = ok && !value.toString().isEmpty() ? std::optional<double>(number) : std::nullopt;
    }
}

void setSourceValue(StorySource &source, const QString &field, const QVariant &value)
{
    if (field == u"publisher")
        source.publisher = value.toString();
    else if (field == u"date")
        source.date = QDate::fromString(value.toString(), Qt::ISODate);
    else if (field == u"language")
        source.language = value.toString();
    else if (field == u"url")
        source.url = value.toString();
}

} // namespace

QStringList splitParagraphs(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QStringList blocks = normalised.split(blankLine, Qt::SkipEmptyParts);
    // Text copied from a web page often has one paragraph per line and no blank lines between.
    if (blocks.size() == 1)
        blocks = normalised.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList paragraphs;
    for (const QString &block : std::as_const(blocks)) {
        const QString paragraph = block.simplified();
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
    }
    return paragraphs;
}

QString slug(const QString &text)
{
    QString result;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
            if (dash && !result.isEmpty())
                result += QLatin1Char('-');
            result += lower;
            dash = false;
        } else {
            dash = true;
        }
        if (result.size() >= maxSlugLength)
            break;
    }
    return result;
}

QString uniqueId(const QString &wanted, const QStringList &taken)
{
    const QString base = slug(wanted).isEmpty() ? QStringLiteral("item") : slug(wanted);
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

std::optional<FoundFigure> findFigure(const QString &words, const QString &language)
{
    // Digits with optional thousands groups (space, no-break spaces, dot or comma) and decimals.
    static const QRegularExpression number(
        QStringLiteral("(\\d{1,3}(?:[ \\x{00a0}\\x{202f}.,]\\d{3})+|\\d+)(?:([.,])(\\d+))?"));
    const QRegularExpressionMatch match = number.match(words);
    if (!match.hasMatch())
        return std::nullopt;
    const bool french = language != u"en";
    QString integer = match.captured(1);
    QString decimals = match.captured(3);
    const QChar decimalMark = french ? u',' : u'.';
    if (!decimals.isEmpty() && match.captured(2) != QString(decimalMark)) {
        // "5,000" in English, "5.000" in French: one more thousands group, not decimals.
        integer += decimals;
        decimals.clear();
    }
    integer.remove(QRegularExpression(QStringLiteral("[ \\x{00a0}\\x{202f}.,]")));
    bool ok = false;
    const double value = (decimals.isEmpty() ? integer : integer + u'.' + decimals).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    FoundFigure figure;
    figure.value = value;
    figure.qualifier = words.left(match.capturedStart()).simplified();
    const QStringList after =
        words.mid(match.capturedEnd()).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    figure.unit = after.mid(0, 3).join(QLatin1Char(' '));
    static const QRegularExpression trailing(QStringLiteral("[\\s.,;:!?»)]+$"));
    figure.unit.remove(trailing);
    return figure;
}

Story newStory(const QString &language)
{
    Story story;
    story.id = QStringLiteral("new-story");
    story.source.language = language;
    story.source.date = QDate::currentDate();
    story.title = emptyText(story);
    return story;
}

Story withFactFromSelection(Story story, int paragraphIndex, int start, int end, FactKind kind,
                            QString *newFactId)
{
    if (paragraphIndex < 0 || paragraphIndex >= story.source.paragraphs.size())
        return story;
    const QString &paragraph = story.source.paragraphs.at(paragraphIndex);
    start = std::clamp(start, 0, int(paragraph.size()));
    end = std::clamp(end, start, int(paragraph.size()));
    const QString selection = paragraph.mid(start, end - start).trimmed();
    if (selection.isEmpty())
        return story;
    const QString language = story.source.language;
    Fact fact;
    fact.kind = kind;
    fact.paragraph = paragraphIndex + 1;
    fact.title = LocalizedText(firstWords(selection), language);
    // A quote's words are the article's, character for character; other cards start from them.
    fact.text = LocalizedText(selection, language);
    for (LocalizedText *text :
         {&fact.source, &fact.role, &fact.context, &fact.unit, &fact.qualifier, &fact.notes})
        text->setOriginalLanguage(language);
    if (kind == FactKind::Quote)
        fact.date = story.source.date;
    if (kind == FactKind::Figure) {
        if (const auto figure = findFigure(selection, language)) {
            fact.value = figure->value;
            if (!figure->unit.isEmpty())
                fact.unit = LocalizedText(figure->unit, language);
            if (!figure->qualifier.isEmpty() && figure->qualifier.size() <= 20)
                fact.qualifier = LocalizedText(figure->qualifier, language);
        }
    }
    fact.id = uniqueId(factKindName(kind) + QLatin1Char('-') + firstWords(selection), story.factIds());
    if (newFactId)
        *newFactId = fact.id;
    insertIntoOrder(story, fact.id);
    story.facts.append(std::move(fact));
    return story;
}

Story withEvent(Story story, QString *newFactId)
{
    Fact fact;
    fact.kind = FactKind::Event;
    fact.date = story.source.date;
    fact.title = emptyText(story);
    fact.text = emptyText(story);
    fact.source = emptyText(story);
    fact.id = uniqueId(QStringLiteral("event"), story.factIds());
    if (newFactId)
        *newFactId = fact.id;
    insertIntoOrder(story, fact.id);
    story.facts.append(std::move(fact));
    return story;
}

Story withoutFact(Story story, const QString &factId)
{
    story.facts.removeIf([&](const Fact &fact) { return fact.id == factId; });
    story.order.removeAll(factId);
    return story;
}

Story withFactMoved(Story story, const QString &factId, int delta)
{
    QStringList order;
    for (const Fact *fact : story.orderedFacts())
        order.append(fact->id);
    const qsizetype from = order.indexOf(factId);
    if (from < 0)
        return story;
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, order.size() - 1);
    order.move(from, to);
    story.order = order;
    return story;
}

Story withParagraphs(Story story, const QStringList &paragraphs)
{
    story.source.paragraphs = paragraphs;
    return story;
}

Story withParagraph(Story story, int paragraphIndex, const QString &text)
{
    if (paragraphIndex >= 0 && paragraphIndex < story.source.paragraphs.size())
        story.source.paragraphs[paragraphIndex] = text;
    return story;
}

Story withText(Story story, const QString &target, const QString &field, const QString &language,
               const QString &text)
{
    if (LocalizedText *localized = textField(story, target, field)) {
        if (localized->isEmpty())
            localized->setOriginalLanguage(story.source.language);
        if (text.isEmpty())
            localized->remove(language);
        else
            localized->set(language, text);
    }
    return story;
}

QString text(const Story &story, const QString &target, const QString &field, const QString &language)
{
    Story copy = story; // textField finds fields through a non-const story; stories are small
    const LocalizedText *localized = textField(copy, target, field);
    return localized && localized->has(language) ? localized->all().value(language) : QString();
}

Story withValue(Story story, const QString &target, const QString &field, const QVariant &value)
{
    QString id;
    const QString kind = parseTarget(target, &id);
    if (kind == u"story" && field == u"id") {
        story.id = value.toString();
    } else if (kind == u"story" && field == u"focus") {
        // Typed as "NG, NE, TD": codes in capitals, any separator.
        story.focusCountries.clear();
        static const QRegularExpression separators(QStringLiteral("[^A-Za-z]+"));
        for (const QString &code : value.toString().split(separators, Qt::SkipEmptyParts))
            story.focusCountries.append(code.toUpper());
    } else if (kind == u"story" && field == u"view") {
        const QRectF bounds = value.toRectF();
        story.homeBounds = bounds.isValid() ? std::optional<QRectF>(bounds) : std::nullopt;
    } else if (kind == u"source") {
        setSourceValue(story.source, field, value);
    } else if (kind == u"fact") {
        if (Fact *fact = story.fact(id))
            setFactValue(*fact, field, value);
    } else if (kind == u"region") {
        if (RegionDefinition *region = story.region(id); region && field == u"radiusKm")
            region->radiusKm = value.toDouble();
        else if (region && field == u"style")
            for (const RegionStyle style :
                 {RegionStyle::Plain, RegionStyle::Area, RegionStyle::Zone, RegionStyle::Marker})
                if (regionStyleName(style) == value.toString())
                    region->style = style;
    }
    return story;
}

QVariant value(const Story &story, const QString &target, const QString &field)
{
    QString id;
    const QString kind = parseTarget(target, &id);
    if (kind == u"story" && field == u"id")
        return story.id;
    if (kind == u"story" && field == u"focus")
        return story.focusCountries.join(QStringLiteral(", "));
    if (kind == u"story" && field == u"view")
        return story.homeBounds ? QVariant(*story.homeBounds) : QVariant();
    if (kind == u"source") {
        const StorySource &source = story.source;
        if (field == u"publisher")
            return source.publisher;
        if (field == u"date")
            return source.date.toString(Qt::ISODate);
        if (field == u"language")
            return source.language;
        if (field == u"url")
            return source.url;
        return {};
    }
    if (kind == u"fact") {
        const Fact *fact = story.fact(id);
        if (!fact)
            return {};
        if (field == u"kind")
            return factKindName(fact->kind);
        if (field == u"paragraph")
            return fact->paragraph;
        if (field == u"speaker")
            return fact->speaker;
        if (field == u"date")
            return fact->date.toString(Qt::ISODate);
        if (field == u"value")
            return fact->value ? QVariant(*fact->value) : QVariant();
        return {};
    }
    if (kind == u"region") {
        const RegionDefinition *region = story.region(id);
        if (!region)
            return {};
        if (field == u"radiusKm")
            return region->radiusKm;
        if (field == u"style")
            return regionStyleName(region->style);
        return {};
    }
    return {};
}

} // namespace sahel::StoryEdits
