#include "PresentationController.h"

#include "MapView.h"

#include <algorithm>

namespace sahel {

PresentationController::PresentationController(MapView &view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PresentationController::elapsedChanged);
}

PresentationController::SlideKind PresentationController::slideKind() const
{
    if (m_index <= 0)
        return SlideKind::Title;
    return m_index > m_factIds.size() ? SlideKind::Closing : SlideKind::Fact;
}

QString PresentationController::factId() const
{
    return slideKind() == SlideKind::Fact ? m_factIds.at(m_index - 1) : QString();
}

QString PresentationController::nextFactId() const
{
    return m_index < m_factIds.size() ? m_factIds.at(m_index) : QString();
}

int PresentationController::elapsedSeconds() const
{
    return m_active ? static_cast<int>(m_clock.elapsed() / 1000) : 0;
}

void PresentationController::setFullScreen(bool fullScreen)
{
    if (fullScreen == m_fullScreen)
        return;
    m_fullScreen = fullScreen;
    emit fullScreenChanged();
}

void PresentationController::start(const QString &fromFactId)
{
    m_factIds.clear();
    for (const Fact *fact : m_view.atlas().story.orderedFacts())
        m_factIds.append(fact->id);
    // Esc gives back the view and selection as they were; slides show no hover.
    if (!m_active)
        m_before = m_view.snapshot();
    m_view.setHoverSuspended(true);
    m_typedNumber.clear();
    setBlank(Blank::None);
    const qsizetype from = m_factIds.indexOf(fromFactId);
    m_active = true;
    m_clock.start();
    m_tick.start();
    emit activeChanged();
    show(from >= 0 ? static_cast<int>(from) + 1 : 0);
}

void PresentationController::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_tick.stop();
    setBlank(Blank::None);
    m_view.restore(m_before);
    m_view.setHoverSuspended(false);
    emit activeChanged();
    emit elapsedChanged();
}

void PresentationController::show(int index)
{
    m_index = std::clamp(index, 0, count() - 1);
    if (slideKind() == SlideKind::Fact) {
        m_view.selectFact(factId());
    } else {
        m_view.selectFact({}, true);
    }
    emit slideChanged();
}

void PresentationController::next()
{
    if (m_index < count() - 1)
        show(m_index + 1);
}

void PresentationController::previous()
{
    if (m_index > 0)
        show(m_index - 1);
}

void PresentationController::first()
{
    show(0);
}

void PresentationController::last()
{
    show(count() - 1);
}

void PresentationController::goTo(int index)
{
    show(index);
}

void PresentationController::setBlank(Blank blank)
{
    if (blank == m_blank)
        return;
    m_blank = blank;
    emit blankChanged();
}

void PresentationController::toggleBlack()
{
    setBlank(m_blank == Blank::Black ? Blank::None : Blank::Black);
}

void PresentationController::toggleWhite()
{
    setBlank(m_blank == Blank::White ? Blank::None : Blank::White);
}

void PresentationController::typeDigit(int digit)
{
    if (digit < 0 || digit > 9 || m_typedNumber.size() >= 3)
        return;
    m_typedNumber.append(QChar(u'0' + digit));
    emit typedNumberChanged();
}

bool PresentationController::commitTypedNumber()
{
    if (m_typedNumber.isEmpty())
        return false;
    const int number = m_typedNumber.toInt();
    m_typedNumber.clear();
    emit typedNumberChanged();
    show(number); // fact n is slide n
    return true;
}

bool PresentationController::handleKey(int key, int modifiers)
{
    if (!m_active)
        return false;
    Q_UNUSED(modifiers)
    // Any key but B, W and Esc brings a blanked screen back first, as presentation software does.
    if (m_blank != Blank::None && key != Qt::Key_B && key != Qt::Key_W && key != Qt::Key_Escape) {
        setBlank(Blank::None);
        return true;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        typeDigit(key - Qt::Key_0);
        return true;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!commitTypedNumber())
            next();
        return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        first();
        return true;
    case Qt::Key_End:
        last();
        return true;
    case Qt::Key_B:
    case Qt::Key_Period: // the "black screen" key of presenter clickers
        toggleBlack();
        return true;
    case Qt::Key_W:
    case Qt::Key_Comma:
        toggleWhite();
        return true;
    case Qt::Key_Escape:
        if (!m_typedNumber.isEmpty()) {
            m_typedNumber.clear();
            emit typedNumberChanged();
        } else {
            stop();
        }
        return true;
    default:
        return false;
    }
}

} // namespace sahel
