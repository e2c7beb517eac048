#include "MapTexts.h"

#include "Translations.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <utility>

namespace sahel {

namespace {

/// Each field with its English source, marked for lupdate.
constexpr std::pair<QString MapTexts::*, const char *> sources[] = {
    {&MapTexts::legendTitle, QT_TRANSLATE_NOOP("MapTexts", "Legend")},
    {&MapTexts::capital, QT_TRANSLATE_NOOP("MapTexts", "Capital")},
    {&MapTexts::town, QT_TRANSLATE_NOOP("MapTexts", "Town")},
    {&MapTexts::nationalBorder, QT_TRANSLATE_NOOP("MapTexts", "National border")},
    {&MapTexts::admin1Border, QT_TRANSLATE_NOOP("MapTexts", "Region or province boundary")},
    {&MapTexts::otherCountries, QT_TRANSLATE_NOOP("MapTexts", "Other countries")},
    {&MapTexts::selection, QT_TRANSLATE_NOOP("MapTexts", "Places of the chosen fact")},
    {&MapTexts::farPlace, QT_TRANSLATE_NOOP("MapTexts", "Place beyond the map (direction, distance)")},
    //: Legend row for the rivers' lines.
    {&MapTexts::river, QT_TRANSLATE_NOOP("MapTexts", "River")},
    {&MapTexts::lake, QT_TRANSLATE_NOOP("MapTexts", "Lake")},
    //: Abbreviation of kilometres on the scale bar.
    {&MapTexts::kilometres, QT_TRANSLATE_NOOP("MapTexts", "km")},
    //: The letter on the north arrow.
    {&MapTexts::north, QT_TRANSLATE_NOOP("MapTexts", "N")},
    {&MapTexts::dataAttribution,
     QT_TRANSLATE_NOOP("MapTexts",
                       "Borders, water, relief: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0)")},
    //: Before the publisher and date in the map's credit line.
    {&MapTexts::articlePrefix, QT_TRANSLATE_NOOP("MapTexts", "Article")},
    {&MapTexts::publisherUnknown, QT_TRANSLATE_NOOP("MapTexts", "publisher not given")},
    {&MapTexts::kindFact, QT_TRANSLATE_NOOP("MapTexts", "Fact")},
    {&MapTexts::kindFigure, QT_TRANSLATE_NOOP("MapTexts", "Figure")},
    {&MapTexts::kindQuote, QT_TRANSLATE_NOOP("MapTexts", "Quote")},
    {&MapTexts::kindEvent, QT_TRANSLATE_NOOP("MapTexts", "Context")},
    {&MapTexts::sourceLabel, QT_TRANSLATE_NOOP("MapTexts", "Source: %1")},
    //: Inserted into "Source: %1" when the source is the story's article.
    {&MapTexts::theArticle, QT_TRANSLATE_NOOP("MapTexts", "the article")},
    {&MapTexts::paragraphLabel, QT_TRANSLATE_NOOP("MapTexts", "Paragraph %1 of the article")},
    {&MapTexts::translationNote, QT_TRANSLATE_NOOP("MapTexts", "(translation)")},
    //: Heading of the handout's list of cards.
    {&MapTexts::contents, QT_TRANSLATE_NOOP("MapTexts", "The cards")},
};

MapTexts translated(const QString &language)
{
    QTranslator translator;
    const bool loaded = Translations::load(translator, language);
    MapTexts texts;
    for (const auto &[field, source] : sources) {
        // An unfinished or missing translation is empty: the English source stands.
        const QString translation = loaded ? translator.translate("MapTexts", source) : QString();
        texts.*field = translation.isEmpty() ? QString::fromUtf8(source) : translation;
    }
    return texts;
}

} // namespace

MapTexts MapTexts::forLanguage(const QString &language)
{
    // Exports run on worker threads: one translator per language, read once under the lock.
    static QMutex mutex;
    static QHash<QString, MapTexts> cache;
    const QMutexLocker locker(&mutex);
    auto it = cache.constFind(language);
    if (it == cache.constEnd())
        it = cache.insert(language, translated(language));
    return *it;
}

QString MapTexts::kindName(FactKind kind) const
{
    switch (kind) {
    case FactKind::Fact:
        return kindFact;
    case FactKind::Figure:
        return kindFigure;
    case FactKind::Quote:
        return kindQuote;
    case FactKind::Event:
        return kindEvent;
    }
    return {};
}

} // namespace sahel
