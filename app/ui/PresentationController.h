#pragma once

#include "MapView.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace sahel {


/// The classroom presentation: a title slide, one slide per fact in the story's order, a closing
/// slide; what the keys, clicker and touch do; what to restore when it ends.
class PresentationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AtlasController")
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(int index READ index NOTIFY slideChanged)
    Q_PROPERTY(int count READ count NOTIFY slideChanged)
    Q_PROPERTY(SlideKind slideKind READ slideKind NOTIFY slideChanged)
    Q_PROPERTY(QString factId READ factId NOTIFY slideChanged)
    Q_PROPERTY(QString nextFactId READ nextFactId NOTIFY slideChanged)
    Q_PROPERTY(Blank blank READ blank NOTIFY blankChanged)
    Q_PROPERTY(QString typedNumber READ typedNumber NOTIFY typedNumberChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY elapsedChanged)
    Q_PROPERTY(bool fullScreen READ fullScreen WRITE setFullScreen NOTIFY fullScreenChanged)

public:
    enum class SlideKind { Title, Fact, Closing };
    Q_ENUM(SlideKind)
    enum class Blank { None, Black, White };
    Q_ENUM(Blank)

    explicit PresentationController(MapView &view, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    /// 0 is the title slide, 1..facts the facts, facts + 1 the closing slide.
    int index() const { return m_index; }
    int count() const { return static_cast<int>(m_factIds.size()) + 2; }
    SlideKind slideKind() const;
    QString factId() const;
    QString nextFactId() const;
    Blank blank() const { return m_blank; }
    QString typedNumber() const { return m_typedNumber; }
    int elapsedSeconds() const;
    bool fullScreen() const { return m_fullScreen; }
    /// Off for screenshots: the window keeps its size.
    void setFullScreen(bool fullScreen);

    /// F5: from the title slide. Shift+F5 (fromFactId set): from that fact.
    Q_INVOKABLE void start(const QString &fromFactId = {});
    /// Esc: back to the selection the window had before.
    Q_INVOKABLE void stop();
    /// Next and previous stop at the title and closing slides rather than wrapping round: a clicker
    /// pressed once too often must not jump a class back to the start.
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void first();
    Q_INVOKABLE void last();
    Q_INVOKABLE void goTo(int index);
    Q_INVOKABLE void toggleBlack();
    Q_INVOKABLE void toggleWhite();
    /// Number keys then Enter jump to that fact (1 is the first fact).
    Q_INVOKABLE void typeDigit(int digit);
    /// Enter: jumps when a number was typed (returns true), else does nothing.
    Q_INVOKABLE bool commitTypedNumber();
    /// Every key the presentation understands; returns false for keys it leaves to others.
    Q_INVOKABLE bool handleKey(int key, int modifiers);

signals:
    void activeChanged();
    void slideChanged();
    void blankChanged();
    void typedNumberChanged();
    void elapsedChanged();
    void fullScreenChanged();

private:
    void show(int index);
    void setBlank(Blank blank);

    MapView &m_view;
    QStringList m_factIds;
    int m_index = 0;
    bool m_active = false;
    bool m_fullScreen = true;
    Blank m_blank = Blank::None;
    QString m_typedNumber;
    MapView::Snapshot m_before;
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace sahel
