#pragma once

#include "Story.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sahel {

/// Where the editor keeps a copy of unsaved work, so a crash or a kill -9 loses at most a second or two:
/// one draft per user (the story file as it would be saved, and the path it belongs to).
class StoryAutosave
{
public:
    /// What the next start finds.
    struct Draft
    {
        Story story;
        QString path; ///< the file the draft was being edited for; empty for a new story
        QDateTime written;
    };

    /// An empty folder means no autosave (screenshots, tests that do not ask for one).
    explicit StoryAutosave(QString folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const { return m_folder; }
    bool isEnabled() const { return !m_folder.isEmpty(); }
    /// Writes the draft atomically; an empty string on success, else why not.
    QString write(const Story &story, const QString &path) const;
    /// The draft a previous run left, if any is readable (a draft may have errors: it is unfinished).
    std::optional<Draft> read() const;
    void discard() const;

private:
    QString storyFile() const;
    QString pathFile() const;

    QString m_folder;
};

} // namespace sahel
