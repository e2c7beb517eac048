#pragma once

#include "SessionSettings.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QNetworkAccessManager;
class QNetworkReply;

namespace sahel {

/// The basemap under the map (Basemap menu): none, OpenStreetMap online, or a local tile folder; whether it
/// can be shown, and what the QtLocation map under the canvas needs to show it.
class BasemapController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AtlasController")
    Q_PROPERTY(bool supported READ supported CONSTANT)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QString tileFolder READ tileFolder NOTIFY changed)
    Q_PROPERTY(QString openStreetMapUrl READ openStreetMapUrl WRITE setOpenStreetMapUrl NOTIFY changed)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool shown READ shown NOTIFY statusChanged)
    Q_PROPERTY(QString message READ message NOTIFY statusChanged)
    Q_PROPERTY(QString tileUrl READ tileUrl NOTIFY changed)
    Q_PROPERTY(QString attribution READ attribution NOTIFY changed)
    Q_PROPERTY(double minimumZoom READ minimumZoom NOTIFY changed)
    Q_PROPERTY(double maximumZoom READ maximumZoom NOTIFY changed)
    Q_PROPERTY(QString userAgent READ userAgent CONSTANT)
    Q_PROPERTY(QString cacheDirectory READ cacheDirectory NOTIFY changed)

public:
    enum class Kind { None, OpenStreetMap, TileFolder };
    Q_ENUM(Kind)
    enum class Status {
        Off,         ///< no basemap chosen
        Checking,    ///< OpenStreetMap chosen, its server is being asked for a tile
        Available,   ///< the basemap is shown
        Unavailable, ///< chosen but cannot be shown (no network, no tiles): message says why
    };
    Q_ENUM(Status)

    static constexpr int probeTimeoutMs = 4000;
    static inline const QString defaultOpenStreetMapUrl = QStringLiteral("https://tile.openstreetmap.org/");

    explicit BasemapController(const SessionSettings &session, QObject *parent = nullptr);

    /// Built with QtLocation (Qt >= 6.5): without it there is no basemap and nothing here changes.
    static bool supported();
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString tileFolder() const { return m_tileFolder; }
    /// Chooses a local folder of z/x/y.png tiles; false (and the message says why) when it has none.
    Q_INVOKABLE bool chooseTileFolder(const QUrl &folder);
    /// The tile server for OpenStreetMap, ending in '/': {url}z/x/y.png (a self-hosted server works too).
    QString openStreetMapUrl() const { return m_openStreetMapUrl; }
    void setOpenStreetMapUrl(const QString &url);

    Status status() const { return m_status; }
    /// Whether the basemap is on screen: chosen and available.
    bool shown() const { return m_status == Status::Available; }
    QString message() const { return m_message; }
    /// What the QtLocation osm plugin's custom host is set to: the server, or file:/// for a folder.
    QString tileUrl() const;
    /// Who must be credited for the tiles, always visible on the map and printed on exports.
    QString attribution() const;
    double minimumZoom() const { return m_minimumZoom; }
    double maximumZoom() const { return m_maximumZoom; }
    QString userAgent() const;
    QString cacheDirectory() const;

signals:
    void changed();
    void statusChanged();
    /// A folder was not taken as a basemap: the message names it and says what is wrong.
    void folderRefused(const QString &message);

private:
    void refresh();
    void probeOpenStreetMap();
    void probeFinished(QNetworkReply *reply);
    void setStatus(Status status, const QString &message);
    void load();
    void save() const;

    Kind m_kind = Kind::None;
    QString m_tileFolder;
    QString m_folderAttribution;
    QString m_openStreetMapUrl = defaultOpenStreetMapUrl;
    Status m_status = Status::Off;
    QString m_message;
    double m_minimumZoom = 0.0;
    double m_maximumZoom = 19.0;
    const SessionSettings &m_session;
    QNetworkAccessManager *m_network = nullptr; // made on first use: no network object unless asked for
    QPointer<QNetworkReply> m_probe;
};

} // namespace sahel
