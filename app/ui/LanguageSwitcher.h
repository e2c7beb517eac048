#pragma once

#include <QObject>
#include <QPointer>
#include <QTranslator>

class QQmlEngine;

namespace sahel {

class AtlasController;
class SessionSettings;

/// Keeps the interface's translation in step with the controller's language and retranslates the QML.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    LanguageSwitcher(QQmlEngine *engine, AtlasController *controller, QObject *parent = nullptr);

    /// The window's language to start in: the one asked for (--lang), else the last one chosen, else
    /// the system's when it is French or English, else the story's (LanguageChoice::forWindow).
    static QString initialLanguage(const QString &requested, const SessionSettings &session,
                                   const QString &storyLanguage);

private:
    void apply();

    QPointer<QQmlEngine> m_engine;
    QPointer<AtlasController> m_controller;
    QTranslator m_translator;
};

} // namespace sahel
