#include "MapDataPrefetcher.h"

#include "GeoDatabase.h"
#include "MapView.h"

#include <QThread>

#include <utility>

namespace sahel {

namespace {

/// How long the view stays still before its neighbourhood is decoded: a flight or a drag is not chased.
constexpr int settleMs = 150;

} // namespace

MapDataPrefetcher::MapDataPrefetcher(const MapView &view, std::shared_ptr<const GeoDatabase> database,
                                     QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_database(std::move(database))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &MapDataPrefetcher::viewSettled);
    connect(&view, &MapView::viewChanged, &m_settle, qOverload<>(&QTimer::start));
}

MapDataPrefetcher::~MapDataPrefetcher()
{
    if (m_thread) {
        // The thread reads only the shared, immutable map data: waiting for it is all a quit needs.
        m_thread->wait();
        delete m_thread;
    }
}

void MapDataPrefetcher::viewSettled()
{
    if (!m_database || m_view.isMoving()) {
        m_settle.start();
        return;
    }
    const QRectF visible = m_view.viewport().visibleBounds();
    if (visible.isEmpty())
        return;
    const QRectF area =
        visible.adjusted(-visible.width(), -visible.height(), visible.width(), visible.height());
    if (m_thread)
        m_pending = area;
    else
        startDecoding(area);
}

void MapDataPrefetcher::startDecoding(const QRectF &area)
{
    m_thread = QThread::create([database = m_database, area] { database->data().decodeWithin(area); });
    connect(m_thread, &QThread::finished, this, [this] {
        delete m_thread;
        m_thread = nullptr;
        if (!m_pending.isEmpty())
            startDecoding(std::exchange(m_pending, QRectF()));
    });
    m_thread->start(QThread::LowestPriority);
}

} // namespace sahel
