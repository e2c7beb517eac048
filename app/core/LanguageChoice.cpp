#include "LanguageChoice.h"

namespace sahel::LanguageChoice {

namespace {

bool supported(const QString &language)
{
    return language == QLatin1String("fr") || language == QLatin1String("en");
}

} // namespace

QString forDocuments(const QString &requested, const QString &storyLanguage)
{
    if (supported(requested))
        return requested;
    return supported(storyLanguage) ? storyLanguage : QStringLiteral("en");
}

QString forWindow(const QString &requested, const QString &saved, const QString &system,
                  const QString &storyLanguage)
{
    for (const QString &language : {requested, saved, system})
        if (supported(language))
            return language;
    return forDocuments({}, storyLanguage);
}

} // namespace sahel::LanguageChoice
