#include "Translations.h"

#include <QTranslator>

namespace sahel {

QString Translations::resourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/sahel-atlas_%1.qm").arg(language);
}

bool Translations::load(QTranslator &translator, const QString &language)
{
    if (language.isEmpty())
        return false;
    return translator.load(resourcePath(language));
}

} // namespace sahel
