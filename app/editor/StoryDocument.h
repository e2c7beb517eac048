#pragma once

#include "Story.h"
#include "StoryAutosave.h"
#include "StoryReader.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUndoStack>

namespace sahel {

/// The story being edited: the one owner of the draft. Every edit is a new Story value pushed on the
/// undo stack (before and after, so undo is exact); the document checks each value with the same
/// reader as --check-story, saves atomically and keeps an autosave of unsaved work.
class StoryDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int autosaveDelayMs = 1000;

    explicit StoryDocument(StoryAutosave autosave = StoryAutosave(QString()), QObject *parent = nullptr);
    ~StoryDocument() override;

    const Story &story() const { return m_story; }
    /// The file the story is saved to; empty for a new story never saved.
    QString path() const { return m_path; }
    bool isModified() const { return !m_undo.isClean(); }
    QUndoStack *undoStack() { return &m_undo; }
    const QUndoStack *undoStack() const { return &m_undo; }
    /// What the story reader says of the draft as it would be saved (file: the document's name).
    const QList<StoryError> &problems() const { return m_problems; }
    /// The draft as the reader reads it back when it has no problems: the same story, with the positions
    /// (line, column, path) of the file a save would write, for messages about its places.
    const std::optional<Story> &checkedStory() const { return m_checked; }

    /// Starts over with this story and no history; `modified` for a draft recovered from an autosave.
    void reset(Story story, const QString &path, bool modified = false);
    /// One edit. Edits with the same non-empty mergeKey in a row (typing in one field) are one undo step.
    void apply(const QString &description, Story changed, const QString &mergeKey = {});
    /// Writes to path() (empty string on success, else why not); the autosave goes.
    QString save();
    QString saveAs(const QString &path);
    /// Closing without saving: the autosave goes too.
    void discardAutosave();
    const StoryAutosave &autosave() const { return m_autosave; }

signals:
    void storyChanged();
    void modifiedChanged();
    void problemsChanged();
    void pathChanged();

private:
    friend class StoryEditCommand;
    /// The undo commands' way in: the value changes, the checks run, the autosave is scheduled.
    void setStory(Story story);
    void check();
    void writeAutosave();
    QString fileName() const;

    Story m_story;
    QString m_path;
    QUndoStack m_undo;
    QList<StoryError> m_problems;
    std::optional<Story> m_checked;
    StoryAutosave m_autosave;
    QTimer m_autosaveTimer;
};

} // namespace sahel
