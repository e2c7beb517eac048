#pragma once
// Drives the story editor of the real window as a person would, with QTest mouse and key events, and
// counts what that person would do (clicks, key presses, characters typed) for the walkthrough's report.
#include "MapCanvas.h"
#include "TestMainWindow.h"

#include <QQuickItem>
#include <QTest>

struct EditorDriver
{
    TestMainWindow &main;
    int clicks = 0;
    int keys = 0;       ///< shortcuts, arrows, Tab: one press each
    int characters = 0; ///< typed text

    /// An item of the scene by objectName: Repeater delegates and popups are items of the scene but not
    /// QObject children of the window, so the item tree is walked.
    QQuickItem *item(const QString &objectName) const
    {
        QList<QQuickItem *> pending{main.window->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *candidate = pending.takeFirst();
            if (candidate->objectName() == objectName)
                return candidate;
            pending += candidate->childItems();
        }
        qWarning("no item named %s", qPrintable(objectName));
        return nullptr;
    }

    /// A button on screen with that text (a dialog's standard buttons have no name of ours).
    QQuickItem *visibleButton(const QString &text) const
    {
        const QList<QQuickItem *> items = main.window->findChildren<QQuickItem *>();
        for (QQuickItem *candidate : items)
            if (candidate->isVisible() && candidate->inherits("QQuickAbstractButton") &&
                candidate->property("text").toString().remove(u'&') == text)
                return candidate;
        return nullptr;
    }

    void click(QQuickItem *target)
    {
        QVERIFY(target);
        QTRY_VERIFY(target->isVisible());
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(main.window, Qt::LeftButton, {}, centre.toPoint());
        ++clicks;
    }

    void clickMap(double lon, double lat, Qt::KeyboardModifiers modifiers = {})
    {
        const QPointF local = main.canvas->itemPoint(lon, lat);
        QVERIFY(main.canvas->contains(local));
        QTest::mouseClick(main.window, Qt::LeftButton, modifiers, main.canvas->mapToScene(local).toPoint());
        ++clicks;
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(main.window, key, modifiers);
        ++keys;
    }

    /// Types text as key presses carrying it (QTest::keyClicks is for widgets only).
    void typeText(const QString &text)
    {
        for (const QChar c : text) {
            const Qt::Key code = c.isLetterOrNumber() && c.unicode() < 128 ? Qt::Key(c.toUpper().unicode())
                                 : c == u' '                               ? Qt::Key_Space
                                                                           : Qt::Key_unknown;
            QTest::sendKeyEvent(QTest::Click, main.window, code, QString(c), Qt::NoModifier);
        }
        characters += int(text.size());
    }

    /// Focuses a field (as a click on it would; it may be scrolled out of sight) and types into it.
    void typeInto(const QString &objectName, const QString &text, bool selectAll = true)
    {
        QQuickItem *field = item(objectName);
        QVERIFY(field);
        field->forceActiveFocus();
        ++clicks;
        QTRY_VERIFY(field->hasActiveFocus());
        if (selectAll)
            key(Qt::Key_A, Qt::ControlModifier);
        typeText(text);
    }

    /// Selects characters [start, end) of a paragraph with the keyboard, as Shift+arrows would (a person
    /// drags the mouse: counted as one click).
    void selectInParagraph(int paragraph, int start, int end, const QString &expected)
    {
        QQuickItem *edit = item(QStringLiteral("paragraph_%1").arg(paragraph));
        QVERIFY(edit);
        edit->forceActiveFocus();
        QTRY_VERIFY(edit->hasActiveFocus());
        QTest::keyClick(main.window, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < start; ++i)
            QTest::keyClick(main.window, Qt::Key_Right);
        for (int i = start; i < end; ++i)
            QTest::keyClick(main.window, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(edit->property("selectedText").toString(), expected);
        ++clicks;
    }
};
