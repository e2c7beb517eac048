#pragma once

#include "Story.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sahel {

/// The editor's changes to a story, as pure functions from one Story value to the next: the document
/// keeps both for undo, and tests check each without a window.
namespace StoryEdits {

/// An article pasted as text: paragraphs are separated by blank lines (or, when there are none, by
/// line breaks); the line breaks inside a paragraph become spaces.
QStringList splitParagraphs(const QString &text);
/// A lowercase [a-z0-9-] identifier made from the words of a text (accents dropped), at most 40 characters.
QString slug(const QString &text);
/// `wanted` (slugged), or wanted-2, wanted-3... whichever is not taken.
QString uniqueId(const QString &wanted, const QStringList &taken);

/// The number and unit a figure's words hold: "près de 5 000 soldats" gives 5000, "soldats", "près de".
/// The comma is the decimal mark in French ("1,5") and the thousands separator in English ("1,500").
struct FoundFigure
{
    double value = 0;
    QString unit;
    QString qualifier; ///< the words before the number, e.g. "près de"
};
std::optional<FoundFigure> findFigure(const QString &words, const QString &language);

/// A new story in that language, dated today: what File > New Story starts from.
Story newStory(const QString &language);
/// The story with a fact made from characters [start, end) of a paragraph (0-based), selected first
/// in the presentation order; its id is in *newFactId. A quote's text is the selection verbatim.
Story withFactFromSelection(Story story, int paragraphIndex, int start, int end, FactKind kind,
                            QString *newFactId = nullptr);
/// The story with an event (a fact from outside the article): dated, with a source to fill in.
Story withEvent(Story story, QString *newFactId = nullptr);
Story withoutFact(Story story, const QString &factId);
/// Moves a fact by delta places in the presentation order (which then lists every fact).
Story withFactMoved(Story story, const QString &factId, int delta);
Story withParagraphs(Story story, const QStringList &paragraphs);
Story withParagraph(Story story, int paragraphIndex, const QString &text);

/// A text field of the story ("story" title/subtitle, "source" title, "fact:ID" title/text/source/role/
/// context/unit/qualifier/notes, "region:ID" name/note/source) in one language; an empty text removes
/// that language.
Story withText(Story story, const QString &target, const QString &field, const QString &language,
               const QString &text);
QString text(const Story &story, const QString &target, const QString &field, const QString &language);
/// The other fields: "story" id, focus ("NG, NE": the focus countries), view (a QRectF of west, south,
/// width, height in degrees; an invalid one removes it); "source" publisher/date/language/url; "fact:ID"
/// kind/paragraph/speaker/ date/value; "region:ID" radiusKm/style ("plain", "area", "zone", "marker"). Dates
/// are "YYYY-MM-DD" strings, numbers doubles.
Story withValue(Story story, const QString &target, const QString &field, const QVariant &value);
QVariant value(const Story &story, const QString &target, const QString &field);

} // namespace StoryEdits
} // namespace sahel
