#include "StoryEditor.h"

#include "MapView.h"
#include "PlaceFinder.h"
#include "PlacePicker.h"
#include "RegionEdits.h"
#include "SafeFilePath.h"
#include "StoryEdits.h"
#include "StoryProblems.h"
#include "WebMercator.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <QUrl>

#include <cmath>
#include <utility>

namespace sahel {

namespace {

std::optional<FactKind> kindNamed(const QString &name)
{
    for (const FactKind kind : {FactKind::Fact, FactKind::Figure, FactKind::Quote})
        if (factKindName(kind) == name)
            return kind;
    return std::nullopt;
}

// The texts of a fact a translation should cover: the ones written in some language.
int missingTranslations(const Fact &fact, const QString &other)
{
    int missing = 0;
    for (const LocalizedText *text : {&fact.title, &fact.text, &fact.source, &fact.role, &fact.context,
                                      &fact.unit, &fact.qualifier, &fact.notes})
        if (!text->isEmpty() && !text->has(other))
            ++missing;
    return missing;
}

} // namespace

StoryEditor::StoryEditor(const MapView &view, StoryAutosave autosave, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_document(std::move(autosave))
{
    connect(&m_document, &StoryDocument::storyChanged, this, &StoryEditor::documentChanged);
    connect(&m_document, &StoryDocument::modifiedChanged, this, &StoryEditor::modifiedChanged);
    connect(&m_document, &StoryDocument::pathChanged, this, &StoryEditor::pathChanged);
    connect(&m_document, &StoryDocument::problemsChanged, this, &StoryEditor::problemsChanged);
    QUndoStack *stack = m_document.undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &StoryEditor::historyChanged);
    connect(stack, &QUndoStack::cleanChanged, this, &StoryEditor::historyChanged);
}

QString StoryEditor::language() const
{
    return m_view.scene().language;
}

QString StoryEditor::fileName() const
{
    return filePath().isEmpty() ? tr("New story") : QFileInfo(filePath()).fileName();
}

QString StoryEditor::otherLanguage() const
{
    return storyLanguage() == u"en" ? QStringLiteral("fr") : QStringLiteral("en");
}

void StoryEditor::start(Story story, const QString &path)
{
    begin(std::move(story), path, false);
}

void StoryEditor::begin(Story story, const QString &path, bool recovered)
{
    m_currentFactId = story.facts.isEmpty() ? QString() : story.orderedFacts().constFirst()->id;
    m_shown.reset();
    m_frameNext = false;
    m_document.reset(std::move(story), path, recovered);
    if (!m_active) {
        m_active = true;
        emit activeChanged();
    }
    emit currentFactChanged();
}

bool StoryEditor::startFile(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        Story story = StoryEdits::newStory(language());
        story.id = StoryEdits::slug(QFileInfo(path).completeBaseName().remove(QStringLiteral(".story")));
        start(std::move(story), QFileInfo(path).absoluteFilePath());
        return true;
    }
    const StoryReadResult read = StoryReader::readFile(path);
    const std::optional<Story> &story = read.story ? read.story : read.draft;
    if (!story) {
        if (error)
            *error = read.errors.isEmpty() ? tr("%1: not a story file").arg(path)
                                           : read.errors.constFirst().toString();
        return false;
    }
    start(*story, QFileInfo(path).absoluteFilePath());
    return true;
}

bool StoryEditor::recover()
{
    const std::optional<StoryAutosave::Draft> draft = m_document.autosave().read();
    if (!draft)
        return false;
    begin(draft->story, draft->path, true);
    m_notice = tr("Unsaved work of %1 was brought back. Save it, or undo to leave it.")
                   .arg(QLocale().toString(draft->written, QLocale::ShortFormat));
    emit noticeChanged();
    return true;
}

void StoryEditor::newStory(const QString &language)
{
    start(StoryEdits::newStory(language.isEmpty() ? this->language() : language), QString());
}

void StoryEditor::stop(bool discard)
{
    if (discard)
        m_document.discardAutosave();
    if (!m_notice.isEmpty()) {
        m_notice.clear();
        emit noticeChanged();
    }
    if (m_active) {
        m_active = false;
        emit activeChanged();
    }
}

void StoryEditor::documentChanged()
{
    ++m_revision;
    if (!m_currentFactId.isEmpty() && !story().fact(m_currentFactId))
        m_currentFactId.clear();
    resolve();
    emit storyChanged();
    emit currentFactChanged();
}

void StoryEditor::resolve()
{
    // A valid draft is resolved as it is read back, so messages about its places point into the file a save
    // writes; an unfinished one as it is.
    const Story &draft = m_document.checkedStory() ? *m_document.checkedStory() : story();
    std::unique_ptr<Atlas> atlas;
    // Typing changes no place: the places resolved for the last draft are kept (no GEOS work per key).
    if (m_shown && m_shown->story.regions == draft.regions) {
        atlas = std::make_unique<Atlas>(*m_shown);
    } else {
        AtlasLoad load = AtlasLoader::fromStory(draft);
        m_resolutionProblems = load.atlas ? load.warnings : load.errors;
        if (!load.atlas)
            return;
        atlas = std::move(load.atlas);
    }
    atlas->story = draft;
    atlas->linkedRegionIds.clear();
    for (const Fact &fact : draft.facts)
        for (const QString &regionId : fact.regionIds)
            atlas->linkedRegionIds.insert(regionId);
    atlas->scene.language = language();
    atlas->scene.userLayers = m_view.scene().userLayers;
    atlas->scene = atlas->scene.withNewRevision();
    m_shown = std::shared_ptr<const Atlas>(std::move(atlas));
    emit draftShown(m_shown, m_currentFactId, std::exchange(m_frameNext, false));
}

void StoryEditor::edit(const QString &description, Story changed, const QString &mergeKey)
{
    m_document.apply(description, std::move(changed), mergeKey);
}

void StoryEditor::setCurrentFactId(const QString &factId)
{
    if (factId == m_currentFactId || (!factId.isEmpty() && !story().fact(factId)))
        return;
    m_currentFactId = factId;
    emit currentFactChanged();
    emit factChosen();
    if (m_shown)
        emit draftShown(m_shown, m_currentFactId, true);
}

QVariantList StoryEditor::facts() const
{
    QVariantList list;
    for (const Fact *fact : story().orderedFacts()) {
        list.append(QVariantMap{{QStringLiteral("id"), fact->id},
                                {QStringLiteral("kind"), factKindName(fact->kind)},
                                {QStringLiteral("title"), fact->title.text(language())},
                                {QStringLiteral("missing"), missingTranslations(*fact, otherLanguage())},
                                {QStringLiteral("regions"), int(fact->regionIds.size())}});
    }
    return list;
}

QString StoryEditor::regionLabel(const RegionDefinition &region) const
{
    if (m_shown)
        if (const MapRegion *resolved = m_shown->scene.region(region.id))
            if (const QString name = resolved->name.text(language()); !name.isEmpty())
                return name;
    return region.name.isEmpty() ? region.id : region.name.text(language());
}

QVariantList StoryEditor::regions() const
{
    QVariantList list;
    for (const RegionDefinition &region : story().regions)
        list.append(QVariantMap{{QStringLiteral("id"), region.id},
                                {QStringLiteral("kind"), regionKindName(region.kind)},
                                {QStringLiteral("name"), regionLabel(region)},
                                {QStringLiteral("factIds"), story().factsForRegion(region.id)},
                                {QStringLiteral("point"), RegionEdits::isPoint(region)}});
    return list;
}

QVariantList StoryEditor::currentRegions() const
{
    QVariantList list;
    const Fact *fact = story().fact(m_currentFactId);
    if (!fact)
        return list;
    for (const QString &regionId : fact->regionIds) {
        const RegionDefinition *region = story().region(regionId);
        list.append(QVariantMap{{QStringLiteral("id"), regionId},
                                {QStringLiteral("kind"), region ? regionKindName(region->kind) : QString()},
                                {QStringLiteral("name"), region ? regionLabel(*region) : regionId},
                                {QStringLiteral("facts"), int(story().factsForRegion(regionId).size())},
                                {QStringLiteral("point"), region && RegionEdits::isPoint(*region)},
                                {QStringLiteral("radiusKm"), region ? region->radiusKm : 0.0}});
    }
    return list;
}

QVariantList StoryEditor::problems() const
{
    return StoryProblems::list(story(), m_document.problems(), m_resolutionProblems);
}

QString StoryEditor::text(const QString &target, const QString &field, const QString &language) const
{
    return StoryEdits::text(story(), target, field, language);
}

void StoryEditor::setText(const QString &target, const QString &field, const QString &language,
                          const QString &text)
{
    if (text == this->text(target, field, language))
        return;
    edit(tr("Edit %1").arg(field), StoryEdits::withText(story(), target, field, language, text),
         target + u'/' + field + u'/' + language);
}

QVariant StoryEditor::value(const QString &target, const QString &field) const
{
    return StoryEdits::value(story(), target, field);
}

void StoryEditor::setValue(const QString &target, const QString &field, const QVariant &value)
{
    Story changed = StoryEdits::withValue(story(), target, field, value);
    if (StoryEdits::value(changed, target, field) == StoryEdits::value(story(), target, field))
        return;
    edit(tr("Edit %1").arg(field), std::move(changed), target + u'/' + field);
}

void StoryEditor::pasteArticle(const QString &text)
{
    const QStringList paragraphs = StoryEdits::splitParagraphs(text);
    if (!paragraphs.isEmpty())
        edit(tr("Paste the article"), StoryEdits::withParagraphs(story(), paragraphs));
}

void StoryEditor::setHomeViewFromMap(bool clear)
{
    QRectF bounds;
    if (!clear) {
        const QRectF projected = m_view.viewport().visibleBounds();
        const LonLat southWest = WebMercator::unproject(projected.bottomLeft());
        const LonLat northEast = WebMercator::unproject(projected.topRight());
        // Rounded to a hundredth of a degree (about 1 km): the file stays readable.
        const auto round = [](double degrees) { return std::round(degrees * 100) / 100; };
        bounds = QRectF(QPointF(round(std::min(southWest.lon, northEast.lon)),
                                round(std::min(southWest.lat, northEast.lat))),
                        QPointF(round(std::max(southWest.lon, northEast.lon)),
                                round(std::max(southWest.lat, northEast.lat))));
    }
    edit(clear ? tr("Remove the home view") : tr("Set the home view"),
         StoryEdits::withValue(story(), QStringLiteral("story"), QStringLiteral("view"), bounds));
}

QString StoryEditor::homeViewText() const
{
    if (!story().homeBounds)
        return tr("none (the focus countries are framed)");
    const QRectF &b = *story().homeBounds;
    return QStringLiteral("%1, %2 — %3, %4").arg(b.left()).arg(b.top()).arg(b.right()).arg(b.bottom());
}

QString StoryEditor::openArticleText(const QUrl &fileUrl)
{
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    constexpr qint64 maxArticleBytes = 4 * 1024 * 1024;
    const SafeFilePath safe = SafeFilePath::check(path, maxArticleBytes);
    if (!safe.ok())
        return safe.error;
    QFile file(safe.canonicalPath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot open: %2").arg(path, file.errorString());
    const QByteArray bytes = file.read(maxArticleBytes + 1);
    // Articles saved from a web page are UTF-8; older Windows exports are often Windows-1252.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QStringDecoder("windows-1252").decode(bytes);
    const QStringList paragraphs = StoryEdits::splitParagraphs(text);
    if (paragraphs.isEmpty())
        return tr("%1: no text in the file").arg(path);
    edit(tr("Open the article"), StoryEdits::withParagraphs(story(), paragraphs));
    return {};
}

void StoryEditor::setParagraph(int index, const QString &text)
{
    if (index >= 0 && index < paragraphs().size() && paragraphs().at(index) != text)
        edit(tr("Edit paragraph %1").arg(index + 1), StoryEdits::withParagraph(story(), index, text),
             QStringLiteral("paragraph/%1").arg(index));
}

void StoryEditor::createFact(const QString &kind, int paragraphIndex, int start, int end)
{
    const std::optional<FactKind> factKind = kindNamed(kind);
    if (!factKind)
        return;
    QString factId;
    Story changed =
        StoryEdits::withFactFromSelection(story(), paragraphIndex, start, end, *factKind, &factId);
    if (factId.isEmpty())
        return;
    m_currentFactId = factId;
    edit(tr("New %1").arg(kind), std::move(changed));
}

void StoryEditor::createEvent()
{
    QString factId;
    Story changed = StoryEdits::withEvent(story(), &factId);
    m_currentFactId = factId;
    edit(tr("New event"), std::move(changed));
}

void StoryEditor::removeFact(const QString &factId)
{
    if (story().fact(factId))
        edit(tr("Delete %1").arg(factId), StoryEdits::withoutFact(story(), factId));
}

void StoryEditor::moveFact(const QString &factId, int delta)
{
    Story changed = StoryEdits::withFactMoved(story(), factId, delta);
    if (changed.order != story().order)
        edit(tr("Move %1").arg(factId), std::move(changed));
}

bool StoryEditor::togglePlaceAt(QPointF position, bool otherLevel)
{
    if (!story().fact(m_currentFactId))
        return false;
    const std::optional<RegionDefinition> place =
        PlacePicker::placeAt(m_view.scene(), m_view.viewport(), position, otherLevel, storyLanguage());
    if (!place)
        return false;
    const QString existing = RegionEdits::regionFor(story(), *place);
    const bool linked = !existing.isEmpty() && story().fact(m_currentFactId)->regionIds.contains(existing);
    edit(linked ? tr("Unlink %1").arg(place->id) : tr("Link %1").arg(place->id),
         RegionEdits::withPlaceToggled(story(), m_currentFactId, *place));
    return true;
}

QVariantList StoryEditor::findPlaces(const QString &query)
{
    m_lastFound.clear();
    QVariantList list;
    if (!m_view.scene().geo || query.trimmed().size() < 2)
        return list;
    const QList<PlaceMatch> matches = PlaceFinder(*m_view.scene().geo).find(query, 12);
    for (const PlaceMatch &match : matches) {
        list.append(
            QVariantMap{{QStringLiteral("label"), QStringLiteral("%1 (%2, %3)")
                                                      .arg(language() == u"en" ? match.nameEn : match.nameFr,
                                                           match.reference(), match.countryCode)},
                        {QStringLiteral("index"), int(m_lastFound.size())}});
        m_lastFound.append(PlacePicker::fromMatch(match, storyLanguage()));
    }
    return list;
}

void StoryEditor::addFoundPlace(int index)
{
    if (index < 0 || index >= m_lastFound.size() || !story().fact(m_currentFactId))
        return;
    RegionDefinition place = m_lastFound.at(index);
    // A town beyond what the map shows is a place: the map points to it with an arrow at its edge.
    if (const Town *town = place.kind == RegionKind::Town && m_view.scene().geo
                               ? m_view.scene().geo->town(place.geonameid)
                               : nullptr;
        town && !m_view.viewport().visibleBounds().contains(town->projected)) {
        place.kind = RegionKind::Place;
        place.position = town->position;
        place.name = LocalizedText(town->name(storyLanguage()), storyLanguage());
        place.name.set(otherLanguage(), town->name(otherLanguage()));
    }
    const QString existing = RegionEdits::regionFor(story(), place);
    if (!existing.isEmpty() && story().fact(m_currentFactId)->regionIds.contains(existing))
        return;
    m_frameNext = true;
    edit(tr("Link %1").arg(place.id), RegionEdits::withPlaceToggled(story(), m_currentFactId, place));
}

void StoryEditor::unlinkRegion(const QString &regionId)
{
    edit(tr("Unlink %1").arg(regionId), RegionEdits::withRegionUnlinked(story(), m_currentFactId, regionId));
}

QStringList StoryEditor::countriesOfCurrentFact() const
{
    QStringList countries;
    if (const Fact *fact = story().fact(m_currentFactId))
        for (const QString &regionId : fact->regionIds)
            if (const RegionDefinition *region = story().region(regionId);
                region && region->kind == RegionKind::Country)
                countries.append(region->iso);
    return countries;
}

void StoryEditor::addBuffer(const QString &aroundId, double radiusKm)
{
    m_frameNext = true;
    edit(tr("New zone"),
         RegionEdits::withBuffer(story(), m_currentFactId, aroundId, radiusKm, countriesOfCurrentFact()));
}

void StoryEditor::addTripoint()
{
    const QStringList countries = countriesOfCurrentFact();
    if (countries.size() == 3)
        edit(tr("New tripoint"), RegionEdits::withTripoint(story(), m_currentFactId, countries));
}

void StoryEditor::addUnion()
{
    QStringList members;
    QStringList names;
    if (const Fact *fact = story().fact(m_currentFactId))
        for (const QString &regionId : fact->regionIds)
            if (const RegionDefinition *region = story().region(regionId);
                region && (region->kind == RegionKind::Country || region->kind == RegionKind::Admin1)) {
                members.append(regionId);
                names.append(regionLabel(*region));
            }
    if (members.size() >= 2)
        edit(tr("New union"),
             RegionEdits::withUnion(story(), m_currentFactId, members,
                                    LocalizedText(names.join(QStringLiteral(" + ")), storyLanguage())));
}

QString StoryEditor::save()
{
    return m_document.save();
}

QString StoryEditor::saveAs(const QUrl &fileUrl)
{
    return saveAsPath(fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString());
}

QString StoryEditor::saveAsPath(const QString &path)
{
    QString target = path;
    if (!target.endsWith(QLatin1String(".json")))
        target += QStringLiteral(".story.json");
    return m_document.saveAs(target);
}

} // namespace sahel
