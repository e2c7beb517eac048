#include "BasemapController.h"

#include "TileFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>

namespace sahel {

namespace {

const QString group = QStringLiteral("basemap");
const QString kindKey = QStringLiteral("kind");
const QString folderKey = QStringLiteral("folder");
const QString serverKey = QStringLiteral("openStreetMapUrl");

/// OpenStreetMap's tile usage policy asks for this credit wherever its tiles are shown.
QString openStreetMapCredit()
{
    return QStringLiteral("© OpenStreetMap contributors");
}

} // namespace

BasemapController::BasemapController(const SessionSettings &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    load();
}

bool BasemapController::supported()
{
#ifdef SAHEL_HAVE_QTLOCATION
    return true;
#else
    return false;
#endif
}

void BasemapController::setKind(Kind kind)
{
    if (!supported() || kind == m_kind)
        return;
    if (kind == Kind::TileFolder && m_tileFolder.isEmpty())
        return; // a folder is chosen with chooseTileFolder
    m_kind = kind;
    save();
    emit changed();
    refresh();
}

bool BasemapController::chooseTileFolder(const QUrl &folder)
{
    if (!supported())
        return false;
    const QString path = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    QString error;
    const std::optional<TileFolder> tiles = TileFolder::open(path, &error);
    if (!tiles) {
        // The basemap on screen stays: a folder without tiles replaces nothing.
        emit folderRefused(error);
        return false;
    }
    m_tileFolder = tiles->path();
    m_kind = Kind::TileFolder;
    save();
    emit changed();
    refresh();
    return true;
}

void BasemapController::setOpenStreetMapUrl(const QString &url)
{
    QUrl parsed(url.trimmed());
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return;
    QString normalised = parsed.toString();
    if (!normalised.endsWith(QLatin1Char('/')))
        normalised += QLatin1Char('/');
    if (normalised == m_openStreetMapUrl)
        return;
    m_openStreetMapUrl = normalised;
    save();
    emit changed();
    if (m_kind == Kind::OpenStreetMap)
        refresh();
}

QString BasemapController::tileUrl() const
{
    switch (m_kind) {
    case Kind::OpenStreetMap:
        return m_openStreetMapUrl;
    case Kind::TileFolder:
        return QUrl::fromLocalFile(m_tileFolder + QLatin1Char('/')).toString();
    case Kind::None:
        break;
    }
    return {};
}

QString BasemapController::attribution() const
{
    switch (m_kind) {
    case Kind::OpenStreetMap:
        return openStreetMapCredit();
    case Kind::TileFolder:
        return m_folderAttribution;
    case Kind::None:
        break;
    }
    return {};
}

QString BasemapController::userAgent() const
{
    return QStringLiteral("SahelAtlas/%1 (desktop map viewer; Qt Location)")
        .arg(QCoreApplication::applicationVersion());
}

QString BasemapController::cacheDirectory() const
{
    // One cache per tile source: the plugin keys its cache by zoom and tile only, so a folder's tiles
    // and OpenStreetMap's must not share one.
    const QByteArray source =
        QCryptographicHash::hash(tileUrl().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles/") +
           QString::fromLatin1(source);
}

void BasemapController::refresh()
{
    if (m_probe)
        m_probe->abort();
    switch (m_kind) {
    case Kind::None:
        setStatus(Status::Off, {});
        return;
    case Kind::OpenStreetMap:
        m_minimumZoom = 0.0;
        m_maximumZoom = 19.0;
        emit changed();
        probeOpenStreetMap();
        return;
    case Kind::TileFolder: {
        QString error;
        const std::optional<TileFolder> tiles = TileFolder::open(m_tileFolder, &error);
        if (!tiles) {
            setStatus(Status::Unavailable,
                      tr("Basemap unavailable: %1. The offline map is shown.").arg(error));
            return;
        }
        m_folderAttribution = tiles->attribution();
        m_minimumZoom = 0.0;
        // Past the folder's last level there is nothing to show, so the view stops there.
        m_maximumZoom = tiles->maxZoom();
        emit changed();
        setStatus(Status::Available, {});
        return;
    }
    }
}

void BasemapController::probeOpenStreetMap()
{
    // One small tile before the map asks for many: with no network the answer comes at once (or after
    // the timeout) and the offline map stays, instead of an empty map that never fills.
    setStatus(Status::Checking, tr("Connecting to the OpenStreetMap tile server…"));
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(QUrl(m_openStreetMapUrl + QStringLiteral("0/0/0.png")));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(probeTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_probe = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { probeFinished(reply); });
}

void BasemapController::probeFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_probe || m_kind != Kind::OpenStreetMap)
        return; // a later choice replaced this probe
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || httpStatus != 200) {
        const QString reason = reply->error() != QNetworkReply::NoError
                                   ? reply->errorString()
                                   : tr("HTTP status %1").arg(httpStatus);
        setStatus(Status::Unavailable,
                  tr("OpenStreetMap is unavailable (%1). The offline map is shown.").arg(reason));
        return;
    }
    setStatus(Status::Available, {});
}

void BasemapController::setStatus(Status status, const QString &message)
{
    if (status == m_status && message == m_message)
        return;
    m_status = status;
    m_message = message;
    emit statusChanged();
}

void BasemapController::load()
{
    if (!supported())
        return;
    const QVariantMap settings = m_session.group(group);
    const QString folder = settings.value(folderKey).toString();
    const QString server = settings.value(serverKey).toString();
    const int kind = settings.value(kindKey, 0).toInt();
    m_tileFolder = folder;
    const QUrl serverUrl(server);
    if (serverUrl.isValid() &&
        (serverUrl.scheme() == QLatin1String("https") || serverUrl.scheme() == QLatin1String("http")))
        m_openStreetMapUrl = server.endsWith(QLatin1Char('/')) ? server : server + QLatin1Char('/');
    m_kind = kind == int(Kind::OpenStreetMap)                     ? Kind::OpenStreetMap
             : kind == int(Kind::TileFolder) && !folder.isEmpty() ? Kind::TileFolder
                                                                  : Kind::None;
    emit changed();
    refresh();
}

void BasemapController::save() const
{
    // The server is written only when the user set one in the file (it has no menu).
    QVariantMap settings{{kindKey, int(m_kind)}, {folderKey, m_tileFolder}};
    if (m_openStreetMapUrl != defaultOpenStreetMapUrl)
        settings.insert(serverKey, m_openStreetMapUrl);
    m_session.setGroup(group, settings);
}

} // namespace sahel
