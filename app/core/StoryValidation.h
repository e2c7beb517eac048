#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace sahel::StoryValidation {

// The shapes story files use (resources/stories/FORMAT.md), checked in plain ASCII.

/// a-z, 0-9 and '-', not empty.
bool isIdentifier(QStringView s);
/// ISO 3166-1 alpha-2: "ML".
bool isCountryCode(QStringView s);
/// ISO 3166-2: "ML-3".
bool isSubdivisionCode(QStringView s);
/// BCP 47 in the shape stories use: "fr", "en", "pt-BR", "zh-Hans".
bool isLanguageCode(QStringView s);
/// Strictly YYYY-MM-DD: QDate::fromString would also take Unicode digits.
bool hasDateShape(QStringView s);

// For messages.

/// The string in double quotes, shortened when long.
QString quoted(const QString &s);
QString numberText(double value);
/// "a or b", "a, b or c".
QString list(const QStringList &words);
/// Where a value is in the file: "facts[3].regions[1]".
QString memberPath(const QString &path, const QString &key);
QString indexPath(const QString &path, qsizetype index);

} // namespace sahel::StoryValidation
