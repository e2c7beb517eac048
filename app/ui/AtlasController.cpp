#include "AtlasController.h"

#include <QFileInfo>
#include <QLocale>

#include <utility>

namespace sahel {

AtlasController::AtlasController(std::unique_ptr<Atlas> atlas, bool persistent, QObject *parent)
    : QObject(parent)
    , m_session(persistent)
    , m_view(std::shared_ptr<const Atlas>(std::move(atlas)))
{
    m_filter.setSourceModel(&m_factList);
    m_viewSaveTimer.setSingleShot(true);
    m_viewSaveTimer.setInterval(500);
    connect(&m_viewSaveTimer, &QTimer::timeout, this, &AtlasController::writeView);
    connect(&m_layers, &LayerListModel::loadingChanged, this, &AtlasController::addNextQueuedLayer);
    // The view is the one owner of the selection: the panel reads it from there.
    connect(&m_view, &MapView::selectionChanged, this, &AtlasController::selectionChanged);
    connect(&m_view, &MapView::viewChanged, this, [this] {
        if (m_session.isPersistent())
            m_viewSaveTimer.start();
    });
    connect(&m_presentation, &PresentationController::slideChanged, this,
            &AtlasController::slideCardsChanged);
    connect(this, &AtlasController::storyChanged, this, &AtlasController::slideCardsChanged);
    connect(&m_editor, &StoryEditor::draftShown, this, &AtlasController::showDraft);
    refreshFacts();
    restoreView();
}

AtlasController::~AtlasController()
{
    if (m_viewSaveTimer.isActive())
        writeView();
}

void AtlasController::restoreView()
{
    if (const auto saved = m_session.view(m_storyPath))
        m_view.setView(saved->first, saved->second);
    else
        m_view.showHome();
}

void AtlasController::writeView()
{
    m_session.setView(m_view.viewport().centre(), m_view.viewport().zoom(), m_storyPath);
}

void AtlasController::refreshFacts()
{
    QHash<QString, QString> names;
    for (const MapRegion &region : scene().regions)
        names.insert(region.id, region.name.text(language()));
    m_cardsAtlas = m_view.sharedAtlas();
    m_factList.reset(&m_cardsAtlas->story, language(), names);
}

void AtlasController::setLanguage(const QString &language)
{
    if (language == scene().language || language.isEmpty())
        return;
    MapScene changed = scene();
    changed.language = language;
    m_view.setAtlas(atlas().withScene(changed));
    m_session.setLanguage(language);
    refreshFacts();
    emit languageChanged();
    emit storyChanged();
    emit regionFilterChanged();
}

QString AtlasController::title() const
{
    return atlas().story.title.text(language());
}

QString AtlasController::subtitle() const
{
    return atlas().story.subtitle.text(language());
}

QString AtlasController::sourceLine() const
{
    const StorySource &source = atlas().story.source;
    const QLocale locale(language() == QLatin1String("fr") ? QLocale::French : QLocale::English);
    const QString date = locale.toString(source.date, QStringLiteral("d MMMM yyyy"));
    const QString publisher = source.publisher.isEmpty() ? tr("Publisher not given") : source.publisher;
    return tr("%1 · %2 · original in %3").arg(publisher, date, QLocale(source.language).nativeLanguageName());
}

void AtlasController::setRegionFilter(const QString &regionId)
{
    if (regionId == m_filter.regionId())
        return;
    m_filter.setRegionId(regionId);
    emit regionFilterChanged();
}

QStringList AtlasController::recentStories() const
{
    return m_session.recentStories();
}

void AtlasController::selectFact(const QString &factId)
{
    m_view.selectFact(factId);
}

void AtlasController::hoverFact(const QString &factId)
{
    if (factId == m_hoveredFactId)
        return;
    const Fact *fact = atlas().story.fact(factId);
    m_hoveredFactId = fact ? factId : QString();
    m_view.setGlowingRegions(fact ? QSet<QString>(fact->regionIds.cbegin(), fact->regionIds.cend())
                                  : QSet<QString>());
    emit hoveredFactChanged();
}

void AtlasController::clearSelection()
{
    selectFact({});
    setRegionFilter({});
}

QString AtlasController::regionName(const QString &regionId) const
{
    const MapRegion *region = scene().region(regionId);
    return region ? region->name.text(language()) : QString();
}

QStringList AtlasController::factSources() const
{
    QStringList sources;
    for (const Fact *fact : atlas().story.orderedFacts()) {
        const QString source = fact->source.text(language());
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
    }
    return sources;
}

int AtlasController::factCountForRegion(const QString &regionId) const
{
    return static_cast<int>(atlas().story.factsForRegion(regionId).size());
}

std::optional<QRectF> AtlasController::boundsForFact(const QString &factId) const
{
    const Fact *fact = atlas().story.fact(factId);
    if (!fact)
        return std::nullopt;
    return scene().framingBounds(fact->regionIds);
}

bool AtlasController::openStory(const QUrl &fileUrl)
{
    return openStoryFile(fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString());
}

bool AtlasController::openStoryFile(const QString &path)
{
    AtlasLoad load = AtlasLoader::load(path);
    if (!load.atlas || !load.warnings.isEmpty()) {
        emit storyLoadFailed(path, load.errors + load.warnings);
        return false;
    }
    // The new story keeps the language and the user's layers; nothing of the old one is selected.
    load.atlas->scene.language = language();
    load.atlas->scene.userLayers = scene().userLayers;
    load.atlas->scene = load.atlas->scene.withNewRevision();
    m_view.selectFact({});
    m_view.setGlowingRegions({});
    showAtlas(std::shared_ptr<const Atlas>(std::move(load.atlas)));
    setStoryPath(path);
    m_session.addRecentStory(m_storyPath);
    emit recentStoriesChanged();
    m_view.goHome();
    return true;
}

void AtlasController::showAtlas(std::shared_ptr<const Atlas> atlas)
{
    m_view.setAtlas(std::move(atlas));
    m_hoveredFactId.clear();
    m_filter.setRegionId({});
    m_filter.setSearchText({});
    refreshFacts();
    emit storyChanged();
    emit regionFilterChanged();
}

void AtlasController::showDraft(std::shared_ptr<const Atlas> atlas, const QString &factId, bool frame)
{
    showAtlas(std::move(atlas));
    if (frame)
        m_view.selectFact(factId);
    else
        m_view.markFact(factId);
}

void AtlasController::editStory()
{
    // The default story is a resource: it is saved elsewhere (Save As).
    m_editor.start(atlas().story, m_storyPath);
}

void AtlasController::newStory()
{
    m_editor.newStory(language());
    m_view.goHome();
}

void AtlasController::stopEditing(bool discard)
{
    const QString path = m_editor.filePath();
    const bool saved = !m_editor.modified() && !path.isEmpty() && QFileInfo::exists(path);
    m_editor.stop(discard);
    if (saved) {
        setStoryPath(path);
        m_session.addRecentStory(m_storyPath);
        emit recentStoriesChanged();
        return;
    }
    if (!discard)
        return; // still unsaved: the draft stays on the map, its autosave on disk
    AtlasLoad load = AtlasLoader::load(QFileInfo::exists(path) ? path : QString());
    if (!load.atlas)
        load = AtlasLoader::load();
    if (load.atlas) {
        load.atlas->scene.language = language();
        load.atlas->scene.userLayers = scene().userLayers;
        load.atlas->scene = load.atlas->scene.withNewRevision();
        m_view.selectFact({});
        showAtlas(std::shared_ptr<const Atlas>(std::move(load.atlas)));
        setStoryPath(QFileInfo::exists(path) ? path : QString());
        m_view.goHome();
    }
}

void AtlasController::setStoryPath(const QString &path)
{
    m_storyPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_session.setLastStory(m_storyPath);
    restoreView();
}

void AtlasController::forgetRecentStory(const QString &path)
{
    m_session.removeRecentStory(path);
    emit recentStoriesChanged();
}

void AtlasController::restoreLayers()
{
    addLayersInTurn(m_session.layerPaths());
}

void AtlasController::addLayersInTurn(const QStringList &paths)
{
    m_layersToRestore += paths;
    addNextQueuedLayer();
}

void AtlasController::addNextQueuedLayer()
{
    // One at a time: the model reads a single file at once; each finished read starts the next.
    if (!m_layersToRestore.isEmpty() && !m_layers.loading())
        m_layers.addFile(m_layersToRestore.takeFirst());
}

QRect AtlasController::savedWindowGeometry() const
{
    return m_session.windowGeometry();
}

void AtlasController::saveWindowGeometry(const QRect &geometry)
{
    m_session.setWindowGeometry(geometry);
}

} // namespace sahel
