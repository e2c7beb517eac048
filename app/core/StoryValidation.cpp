#include "StoryValidation.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace sahel::StoryValidation {

namespace {

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

} // namespace

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

QString list(const QStringList &words)
{
    return words.size() < 2 ? words.join(QString())
                            : words.first(words.size() - 1).join(QStringLiteral(", ")) +
                                  QStringLiteral(" or ") + words.last();
}

QString memberPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

} // namespace sahel::StoryValidation
