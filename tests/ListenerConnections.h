#pragma once
// The no-network tests listen on 127.0.0.1 where a hostile file points; this counts what reached it.
#include <QTcpServer>
#include <QTcpSocket>

namespace ListenerConnections {

/// Accepts and closes every connection the listener has queued (the kernel queues one even while nobody
/// accepts), waiting firstWaitMs for the first one, and returns how many there were.
inline int drain(QTcpServer &listener, int firstWaitMs = 100)
{
    int count = 0;
    while (listener.waitForNewConnection(count == 0 ? firstWaitMs : 20)) {
        while (QTcpSocket *socket = listener.nextPendingConnection()) {
            ++count;
            socket->abort();
            delete socket;
        }
    }
    return count;
}

} // namespace ListenerConnections
