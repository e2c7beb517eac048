#pragma once

#include <QObject>
#include <QRectF>
#include <QTimer>

#include <memory>

class QThread;

namespace sahel {

class GeoDatabase;
class MapView;

/// Decodes the base map around the window's view off the UI thread. A snapshot's shapes are decoded when
/// first drawn (LodShape::deferred); once the view settles, the shapes within three views of it are decoded
/// on a low-priority thread, so that the next pan or zoom out finds them ready. Only the neighbourhood: the
/// whole world decoded would cost the window about 57 MB it mostly never draws.
class MapDataPrefetcher : public QObject
{
    Q_OBJECT
public:
    MapDataPrefetcher(const MapView &view, std::shared_ptr<const GeoDatabase> database,
                      QObject *parent = nullptr);
    ~MapDataPrefetcher() override;

private:
    void viewSettled();
    void startDecoding(const QRectF &area);

    const MapView &m_view;
    std::shared_ptr<const GeoDatabase> m_database;
    QTimer m_settle;
    QThread *m_thread = nullptr; ///< the decoding under way, if any
    QRectF m_pending;            ///< asked for while one was under way
};

} // namespace sahel
