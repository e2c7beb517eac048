#include "StoryDocument.h"

#include "StoryWriter.h"

#include <QFileInfo>
#include <QUndoCommand>

namespace sahel {

/// One edit of the document: the story before and after it.
class StoryEditCommand : public QUndoCommand
{
public:
    StoryEditCommand(StoryDocument &document, const QString &description, Story before, Story after,
                     QString mergeKey)
        : QUndoCommand(description)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {}

    void undo() override { m_document.setStory(m_before); }
    void redo() override { m_document.setStory(m_after); }
    // Every mergeable edit shares one id; mergeWith decides by key, so typing in a field is one step.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const StoryEditCommand *>(other);
        if (edit->m_mergeKey != m_mergeKey)
            return false;
        m_after = edit->m_after;
        return true;
    }

private:
    StoryDocument &m_document;
    Story m_before;
    Story m_after;
    QString m_mergeKey;
};

StoryDocument::StoryDocument(StoryAutosave autosave, QObject *parent)
    : QObject(parent)
    , m_autosave(std::move(autosave))
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(autosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &StoryDocument::writeAutosave);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &StoryDocument::modifiedChanged);
    check();
}

StoryDocument::~StoryDocument()
{
    // Unsaved work pending its autosave is written now: quitting must not lose the last second.
    if (m_autosaveTimer.isActive())
        writeAutosave();
}

void StoryDocument::reset(Story story, const QString &path, bool modified)
{
    m_undo.clear();
    m_path = path;
    m_story = std::move(story);
    if (modified) {
        // A recovered draft is unsaved work: an edit the user can undo back to the saved state is not
        // known, so the history starts here and the stack is marked as not clean.
        m_undo.resetClean();
    }
    check();
    emit pathChanged();
    emit storyChanged();
    emit modifiedChanged();
}

void StoryDocument::apply(const QString &description, Story changed, const QString &mergeKey)
{
    m_undo.push(new StoryEditCommand(*this, description, m_story, std::move(changed), mergeKey));
}

void StoryDocument::setStory(Story story)
{
    m_story = std::move(story);
    check();
    emit storyChanged();
    if (m_autosave.isEnabled())
        m_autosaveTimer.start();
}

QString StoryDocument::fileName() const
{
    return m_path.isEmpty() ? tr("new story") : QFileInfo(m_path).fileName();
}

void StoryDocument::check()
{
    const StoryReadResult read = StoryReader::read(StoryWriter::write(m_story), fileName());
    m_problems = read.errors;
    m_checked = read.story;
    emit problemsChanged();
}

QString StoryDocument::save()
{
    return saveAs(m_path);
}

QString StoryDocument::saveAs(const QString &path)
{
    if (path.isEmpty())
        return tr("the story has no file yet: choose one with Save As");
    QString error;
    if (!StoryWriter::writeFile(m_story, path, &error))
        return error;
    if (path != m_path) {
        m_path = path;
        check(); // the messages name the file
        emit pathChanged();
    }
    m_undo.setClean();
    m_autosaveTimer.stop();
    m_autosave.discard();
    return {};
}

void StoryDocument::discardAutosave()
{
    m_autosaveTimer.stop();
    m_autosave.discard();
}

void StoryDocument::writeAutosave()
{
    if (!isModified()) {
        m_autosave.discard(); // undone back to the saved file: nothing to recover
        return;
    }
    const QString error = m_autosave.write(m_story, m_path);
    if (!error.isEmpty())
        qWarning("autosave: %s", qPrintable(error));
}

} // namespace sahel
