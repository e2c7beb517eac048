#pragma once

#include <QString>

namespace sahel {

/// Which of the map's two languages (fr, en) to start in, when nobody asked for one.
namespace LanguageChoice {

/// Exports, handouts and screenshots: the one asked for (--lang), else the story's own language when
/// it is French or English, else English. A file made on one machine is then the same on any other.
QString forDocuments(const QString &requested, const QString &storyLanguage);
/// The window: the one asked for, else the one chosen last time, else the system's, else the story's
/// (as for documents).
QString forWindow(const QString &requested, const QString &saved, const QString &system,
                  const QString &storyLanguage);

} // namespace LanguageChoice
} // namespace sahel
