#pragma once

#include "Story.h"

#include <QString>

namespace sahel {

/// The words printed on the map itself (legend, scale, attribution) in French or English. They live
/// here rather than in Qt Linguist files so an export is the same whatever translator is installed.
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

    static MapTexts forLanguage(const QString &language);
    QString kindName(FactKind kind) const;
};

} // namespace sahel
