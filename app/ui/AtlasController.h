#pragma once

#include "Atlas.h"
#include "BasemapController.h"
#include "ExportController.h"
#include "FactFilterModel.h"
#include "FactListModel.h"
#include "LayerListModel.h"
#include "PresentationController.h"

#include <QObject>
#include <QRect>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace sahel {

/// The application's state behind the QML: the story on the map, its cards, what is selected,
/// filtered and hovered, the language, and what is remembered between runs.
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

public:
    explicit AtlasController(std::unique_ptr<Atlas> atlas, QObject *parent = nullptr);
    ~AtlasController() override;

    const Atlas &atlas() const { return *m_atlas; }
    const MapScene &scene() const { return m_atlas->scene; }
    FactFilterModel *facts() { return &m_filter; }
    ExportController *exporter() { return &m_exporter; }
    PresentationController *presentation() { return &m_presentation; }
    LayerListModel *layers() { return &m_layers; }
    BasemapController *basemap() { return &m_basemap; }
    const BasemapController *basemap() const { return &m_basemap; }
    /// The user's layers with their styles; the layers panel edits them through here.
    void setUserLayers(const QList<UserLayer> &layers);
    bool isPersistent() const { return m_persistent; }
    /// Adds the layers remembered from the last session, one after the other, off the UI thread.
    void restoreLayers();
    /// Adds these files as layers, one after the other, off the UI thread.
    void addLayersInTurn(const QStringList &paths);
    const FactListModel &factList() const { return m_factList; }

    QString language() const { return m_atlas->scene.language; }
    void setLanguage(const QString &language);
    QString title() const;
    QString subtitle() const;
    QString sourceLine() const;
    QString storyPath() const { return m_storyPath; }
    /// The file the story came from (empty: the default story); remembered for the next start.
    void setStoryPath(const QString &path);

    QString selectedFactId() const { return m_selectedFactId; }
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
    /// The fact's text fields in the current language, for the presentation slides.
    Q_INVOKABLE QVariantMap factCard(const QString &factId) const;
    /// Every source the facts cite besides the article, once each, for the closing slide.
    Q_INVOKABLE QStringList factSources() const;
    Q_INVOKABLE int factCountForRegion(const QString &regionId) const;
    /// Opens a story file; on failure the current story stays and storyLoadFailed says why.
    Q_INVOKABLE bool openStory(const QUrl &fileUrl);
    bool openStoryFile(const QString &path);
    Q_INVOKABLE void forgetRecentStory(const QString &path);

    /// The projected bounds a fact's regions need (far places only when the fact has nothing else).
    std::optional<QRectF> boundsForFact(const QString &factId) const;
    /// Region ids that at least one fact names: the only ones a click can pick.
    const QSet<QString> &linkedRegionIds() const { return m_linkedRegionIds; }

    void setHoveredUnit(const QString &code);
    void setHoveredRegion(const QString &regionId);

    /// Off for one-shot runs (screenshots): nothing is read from or written to the settings.
    void setPersistent(bool persistent)
    {
        m_persistent = persistent;
        m_exporter.setPersistent(persistent);
        m_basemap.setPersistent(persistent);
    }

    QRect savedWindowGeometry() const;
    Q_INVOKABLE void saveWindowGeometry(const QRect &geometry);
    std::optional<std::pair<QPointF, double>> savedView() const;
    /// Debounced: written half a second after the view stops changing, so a kill loses little.
    void rememberView(QPointF centre, double zoom);

signals:
    void languageChanged();
    void storyChanged();
    void sceneChanged();
    void selectionChanged();
    void hoveredFactChanged();
    void regionFilterChanged();
    void recentStoriesChanged();
    void flyToRequested(QRectF projectedBounds);
    void storyLoadFailed(const QString &file, const QStringList &errors);

private:
    void storyReplaced();
    void refreshFacts();
    void writeView();
    void addNextQueuedLayer();

    std::unique_ptr<Atlas> m_atlas;
    FactListModel m_factList;
    FactFilterModel m_filter;
    ExportController m_exporter{*this};
    PresentationController m_presentation{*this};
    LayerListModel m_layers{*this};
    BasemapController m_basemap;
    QStringList m_layersToRestore;
    QSet<QString> m_linkedRegionIds;
    QString m_storyPath;
    QString m_selectedFactId;
    QString m_hoveredFactId;
    QTimer m_viewSaveTimer;
    QPointF m_pendingCentre;
    double m_pendingZoom = 0;
    QString m_pendingStoryPath;
    bool m_persistent = true;
};

} // namespace sahel
