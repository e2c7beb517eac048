#pragma once

#include "Atlas.h"
#include "BasemapController.h"
#include "ExportController.h"
#include "FactFilterModel.h"
#include "FactListModel.h"
#include "LayerListModel.h"
#include "MapView.h"
#include "PresentationController.h"
#include "SessionSettings.h"
#include "StoryEditor.h"

#include <QObject>
#include <QRect>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace sahel {

/// The story behind the QML (its words, cards, filter, language, opening another) and the one place that
/// makes the window's parts: the map's state (MapView), the session's settings, the export, presentation,
/// layer and basemap controllers. Those get what they need (the view, the settings), never this object.
class AtlasController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the controller")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString title READ title NOTIFY storyChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY storyChanged)
    Q_PROPERTY(QString sourceLine READ sourceLine NOTIFY storyChanged)
    Q_PROPERTY(QString storyPath READ storyPath NOTIFY storyChanged)
    Q_PROPERTY(sahel::FactFilterModel *facts READ facts CONSTANT)
    Q_PROPERTY(QString selectedFactId READ selectedFactId NOTIFY selectionChanged)
    Q_PROPERTY(QString hoveredFactId READ hoveredFactId NOTIFY hoveredFactChanged)
    Q_PROPERTY(QString regionFilter READ regionFilter WRITE setRegionFilter NOTIFY regionFilterChanged)
    Q_PROPERTY(QString regionFilterName READ regionFilterName NOTIFY regionFilterChanged)
    Q_PROPERTY(QStringList recentStories READ recentStories NOTIFY recentStoriesChanged)
    Q_PROPERTY(QRect savedWindowGeometry READ savedWindowGeometry CONSTANT)
    Q_PROPERTY(sahel::ExportController *exporter READ exporter CONSTANT)
    Q_PROPERTY(sahel::PresentationController *presentation READ presentation CONSTANT)
    Q_PROPERTY(sahel::LayerListModel *layers READ layers CONSTANT)
    Q_PROPERTY(sahel::BasemapController *basemap READ basemap CONSTANT)
    Q_PROPERTY(sahel::StoryEditor *editor READ editor CONSTANT)
    /// The presentation's current and next fact, in the current language (they follow both).
    Q_PROPERTY(sahel::FactCard slideCard READ slideCard NOTIFY slideCardsChanged)
    Q_PROPERTY(sahel::FactCard nextSlideCard READ nextSlideCard NOTIFY slideCardsChanged)

public:
    /// persistent false (screenshots, tests): nothing is read from or written to the settings.
    explicit AtlasController(std::unique_ptr<Atlas> atlas, bool persistent = true, QObject *parent = nullptr);
    ~AtlasController() override;

    const Atlas &atlas() const { return m_view.atlas(); }
    const MapScene &scene() const { return m_view.scene(); }
    MapView &view() { return m_view; }
    const MapView &view() const { return m_view; }
    const SessionSettings &session() const { return m_session; }
    FactFilterModel *facts() { return &m_filter; }
    ExportController *exporter() { return &m_exporter; }
    PresentationController *presentation() { return &m_presentation; }
    LayerListModel *layers() { return &m_layers; }
    BasemapController *basemap() { return &m_basemap; }
    StoryEditor *editor() { return &m_editor; }
    const BasemapController *basemap() const { return &m_basemap; }
    bool isPersistent() const { return m_session.isPersistent(); }
    /// Adds the layers remembered from the last session, one after the other, off the UI thread.
    void restoreLayers();
    /// Adds these files as layers, one after the other, off the UI thread.
    void addLayersInTurn(const QStringList &paths);
    const FactListModel &factList() const { return m_factList; }

    QString language() const { return scene().language; }
    void setLanguage(const QString &language);
    QString title() const;
    QString subtitle() const;
    QString sourceLine() const;
    QString storyPath() const { return m_storyPath; }
    /// The file the story came from (empty: the default story); remembered for the next start.
    void setStoryPath(const QString &path);

    QString selectedFactId() const { return m_view.selectedFactId(); }
    QString hoveredFactId() const { return m_hoveredFactId; }
    QString regionFilter() const { return m_filter.regionId(); }
    void setRegionFilter(const QString &regionId);
    QString regionFilterName() const { return regionName(regionFilter()); }
    QStringList recentStories() const;

    Q_INVOKABLE void selectFact(const QString &factId);
    Q_INVOKABLE void hoverFact(const QString &factId);
    /// Esc: no selected card, no region filter.
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE QString regionName(const QString &regionId) const;
    /// The fact's text fields in the current language.
    Q_INVOKABLE sahel::FactCard factCard(const QString &factId) const { return m_factList.card(factId); }
    FactCard slideCard() const { return factCard(m_presentation.factId()); }
    FactCard nextSlideCard() const { return factCard(m_presentation.nextFactId()); }
    /// Every source the facts cite besides the article, once each, for the closing slide.
    Q_INVOKABLE QStringList factSources() const;
    Q_INVOKABLE int factCountForRegion(const QString &regionId) const;
    /// Opens a story file; on failure the current story stays and storyLoadFailed says why.
    Q_INVOKABLE bool openStory(const QUrl &fileUrl);
    /// A local path as it is (recent files): no URL, so "#", "%" and spaces stay part of the name.
    Q_INVOKABLE bool openStoryFile(const QString &path);
    Q_INVOKABLE void forgetRecentStory(const QString &path);
    /// Edit > Edit Story: the story on the map, in the editor (saved to its file; the default story
    /// asks for a new one).
    Q_INVOKABLE void editStory();
    /// File > New Story: an empty story in the editor, in the window's language.
    Q_INVOKABLE void newStory();
    /// Leaves the editor. Saved work stays on the map as the story of its file; discarded work gives way
    /// to that file as it is on disk (or the default story).
    Q_INVOKABLE void stopEditing(bool discard);

    /// The projected bounds a fact's regions need (far places only when the fact has nothing else).
    std::optional<QRectF> boundsForFact(const QString &factId) const;
    QRect savedWindowGeometry() const;
    Q_INVOKABLE void saveWindowGeometry(const QRect &geometry);

signals:
    void languageChanged();
    void slideCardsChanged();
    void storyChanged();
    void selectionChanged();
    void hoveredFactChanged();
    void regionFilterChanged();
    void recentStoriesChanged();
    void storyLoadFailed(const QString &file, const QStringList &errors);

private:
    void refreshFacts();
    /// The view remembered for this story, or its home view.
    void restoreView();
    /// Debounced: written half a second after the view stops changing, so a kill loses little.
    void writeView();
    void addNextQueuedLayer();
    /// The one way a new story reaches the map: a file opened or the editor's draft.
    void showAtlas(std::shared_ptr<const Atlas> atlas);
    void showDraft(std::shared_ptr<const Atlas> atlas, const QString &factId, bool frame);

    SessionSettings m_session;
    MapView m_view;
    /// The atlas the cards point into (the view may already show a newer copy of it).
    std::shared_ptr<const Atlas> m_cardsAtlas;
    FactListModel m_factList;
    FactFilterModel m_filter;
    BasemapController m_basemap{m_session};
    ExportController m_exporter{m_view, m_basemap, m_session};
    PresentationController m_presentation{m_view};
    LayerListModel m_layers{m_view, m_session};
    /// Unsaved work is autosaved only in a persistent session (not in screenshots and tests).
    StoryEditor m_editor{m_view, m_session.isPersistent() ? StoryAutosave() : StoryAutosave(QString())};
    QStringList m_layersToRestore;
    QString m_storyPath;
    QString m_hoveredFactId;
    QTimer m_viewSaveTimer;
};

} // namespace sahel
