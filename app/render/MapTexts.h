#pragma once

#include "Story.h"

#include <QString>

namespace sahel {

/// The words printed on the map itself (legend, scale, attribution) and on handouts, in a given language.
/// English in the code, other languages in the Qt Linguist files (context "MapTexts"), read through a
/// translator of their own: an export is in its own language whatever translator the application has.
struct MapTexts
{
    QString legendTitle;
    QString capital;
    QString town;
    QString nationalBorder;
    QString admin1Border;
    QString otherCountries;
    QString selection;
    QString farPlace;
    QString river;
    QString lake;
    QString kilometres;
    QString north;
    QString dataAttribution;
    QString articlePrefix;
    QString publisherUnknown;
    QString kindFact;
    QString kindFigure;
    QString kindQuote;
    QString kindEvent;
    QString sourceLabel; ///< "Source: %1"
    QString theArticle;
    QString paragraphLabel;  ///< "Paragraph %1 of the article"
    QString translationNote; ///< marks a translated text
    QString contents;

    /// The texts in language; English for a language without translation. Thread-safe (cached).
    static MapTexts forLanguage(const QString &language);
    QString kindName(FactKind kind) const;
};

} // namespace sahel
