#include "LanguageSwitcher.h"

#include "AtlasController.h"
#include "LanguageChoice.h"
#include "SessionSettings.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

namespace sahel {

LanguageSwitcher::LanguageSwitcher(QQmlEngine *engine, AtlasController *controller, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_controller(controller)
{
    connect(controller, &AtlasController::languageChanged, this, &LanguageSwitcher::apply);
    apply();
}

QString LanguageSwitcher::initialLanguage(const QString &requested, const SessionSettings &session,
                                          const QString &storyLanguage)
{
    return LanguageChoice::forWindow(requested, session.language(),
                                     QLocale::languageToCode(QLocale::system().language()), storyLanguage);
}

void LanguageSwitcher::apply()
{
    if (!m_controller)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // English is the source language; its file only carries the plural forms.
    if (Translations::load(m_translator, m_controller->language()))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
}

} // namespace sahel
