#pragma once

#include "Atlas.h"
#include "StoryDocument.h"

#include <QObject>
#include <QPointF>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sahel {

class MapView;

/// The window's story editor: the QML's way into the StoryDocument (fields, facts from selections, places
/// from map clicks, undo, save) and the one place that resolves the draft on the map. It reads the view
/// (where a click lands) and hands each resolved draft to its owner through draftShown; it never
/// changes the view itself.
class StoryEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The controller owns the editor")
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY pathChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY pathChanged)
    /// Grows with every change of the draft: bindings that read fields through functions depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY storyChanged)
    Q_PROPERTY(QString storyLanguage READ storyLanguage NOTIFY storyChanged)
    Q_PROPERTY(QString otherLanguage READ otherLanguage NOTIFY storyChanged)
    Q_PROPERTY(QStringList paragraphs READ paragraphs NOTIFY storyChanged)
    /// The facts in presentation order: {id, kind, title, missing (translations lacking), regions}.
    Q_PROPERTY(QVariantList facts READ facts NOTIFY storyChanged)
    Q_PROPERTY(QString currentFactId READ currentFactId WRITE setCurrentFactId NOTIFY currentFactChanged)
    /// The current fact's regions: {id, kind, name, facts (how many facts name it), point}.
    Q_PROPERTY(QVariantList currentRegions READ currentRegions NOTIFY currentFactChanged)
    /// Every region of the story with the facts that use it: {id, kind, name, factIds, point}.
    Q_PROPERTY(QVariantList regions READ regions NOTIFY storyChanged)
    /// {text, path, factId, field}: the reader's messages and the map data's, as you type.
    Q_PROPERTY(QVariantList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY historyChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY historyChanged)
    /// Set after a start that brought back unsaved work: "the work of 21:04 was recovered".
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    explicit StoryEditor(const MapView &view, StoryAutosave autosave, QObject *parent = nullptr);

    bool active() const { return m_active; }
    bool modified() const { return m_document.isModified(); }
    QString filePath() const { return m_document.path(); }
    QString fileName() const;
    int revision() const { return m_revision; }
    QString storyLanguage() const { return story().source.language; }
    QString otherLanguage() const;
    QStringList paragraphs() const { return story().source.paragraphs; }
    QVariantList facts() const;
    QString currentFactId() const { return m_currentFactId; }
    void setCurrentFactId(const QString &factId);
    QVariantList currentRegions() const;
    QVariantList regions() const;
    QVariantList problems() const;
    bool canUndo() const { return m_document.undoStack()->canUndo(); }
    bool canRedo() const { return m_document.undoStack()->canRedo(); }
    QString undoText() const { return m_document.undoStack()->undoText(); }
    QString redoText() const { return m_document.undoStack()->redoText(); }
    QString notice() const { return m_notice; }

    const Story &story() const { return m_document.story(); }
    StoryDocument &document() { return m_document; }
    /// Starts editing this story (from that file; empty for one never saved).
    void start(Story story, const QString &path);
    /// Starts editing a file; it may have errors (that is what the editor is for) or not exist yet (a new
    /// story saved there). False, with *error, for a file that is not a story at all.
    bool startFile(const QString &path, QString *error);
    /// Brings back the work a previous run left unsaved.
    bool recover();
    /// The resolved draft the window shows: the atlas of the last change.
    std::shared_ptr<const Atlas> shownAtlas() const { return m_shown; }

    Q_INVOKABLE void newStory(const QString &language);
    /// Leaves editing (the QML asks about unsaved work first); discard drops the autosave too.
    Q_INVOKABLE void stop(bool discard);
    Q_INVOKABLE QString text(const QString &target, const QString &field, const QString &language) const;
    Q_INVOKABLE void setText(const QString &target, const QString &field, const QString &language,
                             const QString &text);
    Q_INVOKABLE QVariant value(const QString &target, const QString &field) const;
    Q_INVOKABLE void setValue(const QString &target, const QString &field, const QVariant &value);
    /// The article pasted as text: its paragraphs replace the story's.
    Q_INVOKABLE void pasteArticle(const QString &text);
    /// The story's home view: what the map shows now (empty: none, the focus countries are framed).
    Q_INVOKABLE void setHomeViewFromMap(bool clear = false);
    Q_INVOKABLE QString homeViewText() const;
    /// The article from a text file (UTF-8, else Windows-1252): empty on success, else why not.
    Q_INVOKABLE QString openArticleText(const QUrl &fileUrl);
    Q_INVOKABLE void setParagraph(int index, const QString &text);
    /// kind: "fact", "figure" or "quote"; the new fact becomes the current one.
    Q_INVOKABLE void createFact(const QString &kind, int paragraphIndex, int start, int end);
    Q_INVOKABLE void createEvent();
    Q_INVOKABLE void removeFact(const QString &factId);
    Q_INVOKABLE void moveFact(const QString &factId, int delta);
    /// A click on the map (view px): links the place there to the current fact, or unlinks it.
    Q_INVOKABLE bool togglePlaceAt(QPointF position, bool otherLevel);
    /// Gazetteer search: {label, kind, index} (index into the last results, for addFoundPlace).
    Q_INVOKABLE QVariantList findPlaces(const QString &query);
    Q_INVOKABLE void addFoundPlace(int index);
    Q_INVOKABLE void unlinkRegion(const QString &regionId);
    Q_INVOKABLE void addBuffer(const QString &aroundId, double radiusKm);
    Q_INVOKABLE void addTripoint();
    Q_INVOKABLE void addUnion();
    Q_INVOKABLE void undo() { m_document.undoStack()->undo(); }
    Q_INVOKABLE void redo() { m_document.undoStack()->redo(); }
    /// Empty on success, else the message to show.
    Q_INVOKABLE QString save();
    Q_INVOKABLE QString saveAs(const QUrl &fileUrl);
    Q_INVOKABLE QString saveAsPath(const QString &path);

signals:
    void activeChanged();
    void modifiedChanged();
    void pathChanged();
    void storyChanged();
    void currentFactChanged();
    void problemsChanged();
    void historyChanged();
    void noticeChanged();
    /// A fact was chosen (from the list, a problem, the command line): the panel shows its fields.
    void factChosen();
    /// A new resolved draft to show; selectFact: the fact whose places to show (empty: none).
    void draftShown(std::shared_ptr<const Atlas> atlas, const QString &selectFact, bool frame);

private:
    void begin(Story story, const QString &path, bool recovered);
    void documentChanged();
    void resolve();
    void edit(const QString &description, Story changed, const QString &mergeKey = {});
    QStringList countriesOfCurrentFact() const;
    QString regionLabel(const RegionDefinition &region) const;
    QString language() const;

    const MapView &m_view;
    StoryDocument m_document;
    bool m_active = false;
    int m_revision = 0;
    QString m_currentFactId;
    QString m_notice;
    QStringList m_resolutionProblems;
    std::shared_ptr<const Atlas> m_shown;
    QList<RegionDefinition> m_lastFound;
    bool m_frameNext = false;
};

} // namespace sahel
