#pragma once

#include <QString>

class QTranslator;

namespace sahel {

/// The Qt Linguist translations of the whole application (resources/translations/sahel-atlas_*.ts): the
/// window's and the map's words alike. This library embeds the .qm files under :/i18n, so headless exports
/// find them without Qt Quick.
class Translations
{
public:
    /// The .qm resource for a language ("fr", "en").
    static QString resourcePath(const QString &language);
    /// Loads the translation for language into translator; false (and translator empty) when there is none.
    static bool load(QTranslator &translator, const QString &language);
};

} // namespace sahel
