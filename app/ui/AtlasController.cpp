#include "AtlasController.h"

#include "SessionSettings.h"

#include <QFileInfo>
#include <QLocale>

#include <utility>

namespace sahel {

AtlasController::AtlasController(std::unique_ptr<Atlas> atlas, QObject *parent)
    : QObject(parent)
    , m_atlas(std::move(atlas))
{
    m_filter.setSourceModel(&m_factList);
    m_viewSaveTimer.setSingleShot(true);
    m_viewSaveTimer.setInterval(500);
    connect(&m_viewSaveTimer, &QTimer::timeout, this, &AtlasController::writeView);
    connect(&m_layers, &LayerListModel::loadingChanged, this, &AtlasController::addNextQueuedLayer);
    connect(&m_basemap, &BasemapController::statusChanged, &m_exporter, &ExportController::basemapNoteChanged);
    storyReplaced();
}

AtlasController::~AtlasController()
{
    if (m_viewSaveTimer.isActive())
        writeView();
}

void AtlasController::storyReplaced()
{
    m_linkedRegionIds.clear();
    for (const Fact &fact : m_atlas->story.facts)
        for (const QString &regionId : fact.regionIds)
            m_linkedRegionIds.insert(regionId);
    refreshFacts();
}

void AtlasController::refreshFacts()
{
    QHash<QString, QString> names;
    for (const MapRegion &region : m_atlas->scene.regions)
        names.insert(region.id, region.name.text(language()));
    m_factList.reset(&m_atlas->story, language(), names);
}

void AtlasController::setLanguage(const QString &language)
{
    if (language == m_atlas->scene.language || language.isEmpty())
        return;
    m_atlas->scene.language = language;
    SessionSettings::setLanguage(language);
    refreshFacts();
    emit languageChanged();
    emit storyChanged();
    emit regionFilterChanged();
    emit sceneChanged();
}

QString AtlasController::title() const
{
    return m_atlas->story.title.text(language());
}

QString AtlasController::subtitle() const
{
    return m_atlas->story.subtitle.text(language());
}

QString AtlasController::sourceLine() const
{
    const StorySource &source = m_atlas->story.source;
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
    return SessionSettings::recentStories();
}

void AtlasController::selectFact(const QString &factId)
{
    const Fact *fact = m_atlas->story.fact(factId);
    m_selectedFactId = fact ? factId : QString();
    m_atlas->scene.selectedRegions.clear();
    if (fact)
        for (const QString &regionId : fact->regionIds)
            m_atlas->scene.selectedRegions.insert(regionId);
    emit selectionChanged();
    emit sceneChanged();
    if (const auto bounds = boundsForFact(m_selectedFactId))
        emit flyToRequested(*bounds);
}

void AtlasController::hoverFact(const QString &factId)
{
    if (factId == m_hoveredFactId)
        return;
    const Fact *fact = m_atlas->story.fact(factId);
    m_hoveredFactId = fact ? factId : QString();
    m_atlas->scene.glowingRegions.clear();
    if (fact)
        for (const QString &regionId : fact->regionIds)
            m_atlas->scene.glowingRegions.insert(regionId);
    emit hoveredFactChanged();
    emit sceneChanged();
}

void AtlasController::clearSelection()
{
    selectFact({});
    setRegionFilter({});
}

QString AtlasController::regionName(const QString &regionId) const
{
    const MapRegion *region = m_atlas->scene.region(regionId);
    return region ? region->name.text(language()) : QString();
}

QVariantMap AtlasController::factCard(const QString &factId) const
{
    QVariantMap card;
    const int row = m_factList.rowOf(factId);
    if (row < 0)
        return card;
    const QModelIndex index = m_factList.index(row);
    const QHash<int, QByteArray> roles = m_factList.roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        card.insert(QString::fromUtf8(it.value()), m_factList.data(index, it.key()));
    card.insert(QStringLiteral("number"), row + 1);
    return card;
}

QStringList AtlasController::factSources() const
{
    QStringList sources;
    for (const Fact *fact : m_atlas->story.orderedFacts()) {
        const QString source = fact->source.text(language());
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
    }
    return sources;
}

int AtlasController::factCountForRegion(const QString &regionId) const
{
    return static_cast<int>(m_atlas->story.factsForRegion(regionId).size());
}

std::optional<QRectF> AtlasController::boundsForFact(const QString &factId) const
{
    const Fact *fact = m_atlas->story.fact(factId);
    if (!fact)
        return std::nullopt;
    return m_atlas->scene.framingBounds(fact->regionIds);
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
    load.atlas->scene.language = language();
    // The cards point into the old story until storyReplaced() resets them: keep it alive until then.
    const std::unique_ptr<Atlas> previous = std::exchange(m_atlas, std::move(load.atlas));
    setStoryPath(path);
    m_selectedFactId.clear();
    m_hoveredFactId.clear();
    m_filter.setRegionId({});
    m_filter.setSearchText({});
    storyReplaced();
    SessionSettings::addRecentStory(m_storyPath);
    emit recentStoriesChanged();
    emit storyChanged();
    emit selectionChanged();
    emit regionFilterChanged();
    emit sceneChanged();
    emit flyToRequested(m_atlas->homeBounds());
    return true;
}

void AtlasController::setStoryPath(const QString &path)
{
    m_storyPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_persistent)
        SessionSettings::setLastStory(m_storyPath);
}

void AtlasController::forgetRecentStory(const QString &path)
{
    SessionSettings::removeRecentStory(path);
    emit recentStoriesChanged();
}

void AtlasController::setUserLayers(const QList<UserLayer> &layers)
{
    m_atlas->scene.userLayers = layers;
    emit sceneChanged();
}

void AtlasController::restoreLayers()
{
    if (m_persistent)
        addLayersInTurn(SessionSettings::layerPaths());
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

void AtlasController::setHoveredUnit(const QString &code)
{
    if (code == m_atlas->scene.hoveredUnit)
        return;
    m_atlas->scene.hoveredUnit = code;
    emit sceneChanged();
}

void AtlasController::setHoveredRegion(const QString &regionId)
{
    if (regionId == m_atlas->scene.hoveredRegion)
        return;
    m_atlas->scene.hoveredRegion = regionId;
    emit sceneChanged();
}

QRect AtlasController::savedWindowGeometry() const
{
    return m_persistent ? SessionSettings::windowGeometry() : QRect();
}

void AtlasController::saveWindowGeometry(const QRect &geometry)
{
    if (m_persistent)
        SessionSettings::setWindowGeometry(geometry);
}

std::optional<std::pair<QPointF, double>> AtlasController::savedView() const
{
    return m_persistent ? SessionSettings::view(m_storyPath) : std::nullopt;
}

void AtlasController::rememberView(QPointF centre, double zoom)
{
    if (!m_persistent)
        return;
    m_pendingCentre = centre;
    m_pendingZoom = zoom;
    m_pendingStoryPath = m_storyPath;
    m_viewSaveTimer.start();
}

void AtlasController::writeView()
{
    SessionSettings::setView(m_pendingCentre, m_pendingZoom, m_pendingStoryPath);
}

} // namespace sahel
