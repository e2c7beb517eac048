// Story text is shown as plain text in the real window: a story whose every text is HTML with remote
// images (tests/data/bad/remote-content.story.json) is opened, its cards selected, its places hovered and
// presented. No text item may show it as rich text (which would load <img src=...> over the network), and a
// listener on the images' host must see no connection.
#include "../ListenerConnections.h"
#include "AtlasController.h"
#include "MapCanvas.h"
#include "TestMainWindow.h"

#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sahel;

class TestStoryText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cardsShowPlainText();
    void hoveredPlaceShowsPlainText();
    void presentationShowsPlainText();

private:
    /// Every text item showing a piece of the story's HTML, with how it would render it.
    QStringList richTextItems() const;
    int connections();

    QTemporaryDir m_dir;
    QTcpServer m_listener;
    TestMainWindow m_main;
};

void TestStoryText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_listener.listen(QHostAddress::LocalHost));
    {
        QTcpSocket probe; // the listener must see what there is to see
        probe.connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
        QVERIFY(probe.waitForConnected(5000));
        QCOMPARE(connections(), 1);
    }
    QFile source(QStringLiteral(SAHEL_TEST_DATA_DIR "/bad/remote-content.story.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("remote.story.json"));
    QFile story(path);
    QVERIFY(story.open(QIODevice::WriteOnly));
    story.write(source.readAll().replace("PORT", QByteArray::number(m_listener.serverPort())));
    story.close();

    TestMainWindow::Options options;
    options.size = QSize(1200, 800);
    options.storyPath = path;
    options.persistent = false;
    options.active = true;
    m_main.open(options);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(m_main.loadWarnings.isEmpty(), qPrintable(m_main.loadWarnings.join(u'\n')));
}

void TestStoryText::cleanupTestCase()
{
    m_main.close();
}

int TestStoryText::connections()
{
    return ListenerConnections::drain(m_listener);
}

QStringList TestStoryText::richTextItems() const
{
    // Text, Label and TextEdit-like items all have "text" and "textFormat"; PlainText is 0 in each enum.
    QStringList found;
    for (QQuickItem *item : m_main.window->findChildren<QQuickItem *>()) {
        const QVariant format = item->property("textFormat");
        const QString text = item->property("text").toString();
        if (format.isValid() && text.contains(QLatin1String("<img")) && format.toInt() != 0)
            found.append(QStringLiteral("%1 (textFormat %2): %3")
                             .arg(QString::fromLatin1(item->metaObject()->className()))
                             .arg(format.toInt())
                             .arg(text));
    }
    return found;
}

void TestStoryText::cardsShowPlainText()
{
    // The story's title, subtitle and cards are in the panel from the start; then each card is opened.
    int shown = 0;
    for (QQuickItem *item : m_main.window->findChildren<QQuickItem *>())
        shown +=
            item->property("text").toString().contains(QLatin1String("<img")) && item->isVisible() ? 1 : 0;
    QVERIFY2(shown >= 3, "the story's HTML is not on screen: the test would prove nothing");
    for (const QString &id : {QStringLiteral("html"), QStringLiteral("said"), QStringLiteral("number")}) {
        m_main.controller->selectFact(id);
        QTest::qWait(300);
        const QStringList rich = richTextItems();
        QVERIFY2(rich.isEmpty(), qPrintable(rich.join(u'\n')));
    }
    QCOMPARE(connections(), 0);
}

void TestStoryText::hoveredPlaceShowsPlainText()
{
    // Over Mali, whose story name is HTML: the tooltip and the status line name it.
    m_main.controller->clearSelection();
    QTest::qWait(100);
    const QPointF kayes = m_main.controller->view().viewport().toScreen(LonLat{-10.0, 14.0});
    QVERIFY(QRectF(0, 0, m_main.canvas->width(), m_main.canvas->height()).contains(kayes));
    QTest::mouseMove(m_main.window, m_main.canvas->mapToScene(kayes).toPoint());
    QTest::mouseMove(m_main.window, m_main.canvas->mapToScene(kayes + QPointF(2, 1)).toPoint());
    QTRY_VERIFY2(m_main.canvas->property("hoveredRegionText").toString().contains(QLatin1String("<img")),
                 qPrintable(m_main.canvas->property("hoveredPlace").toString() + QStringLiteral(" | ") +
                            m_main.canvas->property("hoveredRegionText").toString()));
    QTest::qWait(600); // the tooltip's delay
    const QStringList rich = richTextItems();
    QVERIFY2(rich.isEmpty(), qPrintable(rich.join(u'\n')));
    QCOMPARE(connections(), 0);
}

void TestStoryText::presentationShowsPlainText()
{
    m_main.controller->presentation()->setFullScreen(false);
    m_main.controller->presentation()->start(QStringLiteral("html"));
    for (int slide = 0; slide < 5; ++slide) {
        QTest::qWait(300);
        const QStringList rich = richTextItems();
        QVERIFY2(rich.isEmpty(), qPrintable(rich.join(u'\n')));
        QTest::keyClick(m_main.window, Qt::Key_Right);
    }
    QCOMPARE(connections(), 0);
}

QTEST_MAIN(TestStoryText)
#include "tst_storytext.moc"
