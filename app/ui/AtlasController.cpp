#include "AtlasController.h"

#include <QSettings>

namespace sahel {

namespace {
const QString keyWindow = QStringLiteral("window/geometry");
const QString keyCentreX = QStringLiteral("view/centreX");
const QString keyCentreY = QStringLiteral("view/centreY");
const QString keyZoom = QStringLiteral("view/zoom");
} // namespace

AtlasController::AtlasController(std::unique_ptr<Atlas> atlas, QObject *parent)
    : QObject(parent)
    , m_atlas(std::move(atlas))
{
    m_viewSaveTimer.setSingleShot(true);
    m_viewSaveTimer.setInterval(500);
    connect(&m_viewSaveTimer, &QTimer::timeout, this, &AtlasController::writeView);
}

AtlasController::~AtlasController()
{
    if (m_viewSaveTimer.isActive())
        writeView();
}

void AtlasController::setLanguage(const QString &language)
{
    if (language == m_atlas->scene.language)
        return;
    m_atlas->scene.language = language;
    emit languageChanged();
    emit storyChanged();
    emit sceneChanged();
}

QString AtlasController::title() const
{
    return m_atlas->story.title.text(language());
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
    return QSettings().value(keyWindow).toRect();
}

void AtlasController::saveWindowGeometry(const QRect &geometry)
{
    QSettings().setValue(keyWindow, geometry);
}

std::optional<std::pair<QPointF, double>> AtlasController::savedView() const
{
    const QSettings settings;
    if (!settings.contains(keyZoom))
        return std::nullopt;
    return std::pair{QPointF(settings.value(keyCentreX).toDouble(), settings.value(keyCentreY).toDouble()),
                     settings.value(keyZoom).toDouble()};
}

void AtlasController::rememberView(QPointF centre, double zoom)
{
    m_pendingCentre = centre;
    m_pendingZoom = zoom;
    m_viewSaveTimer.start();
}

void AtlasController::writeView()
{
    QSettings settings;
    settings.setValue(keyCentreX, m_pendingCentre.x());
    settings.setValue(keyCentreY, m_pendingCentre.y());
    settings.setValue(keyZoom, m_pendingZoom);
    settings.sync();
}

} // namespace sahel
