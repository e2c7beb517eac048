// Drives the story panel of the real QML window with QTest mouse and key events and checks the
// controller, the cards and the map's viewport.
#include "Atlas.h"
#include "AtlasController.h"
#include "MapCanvas.h"
#include "MapRenderer.h"
#include "PngExporter.h"
#include "TestMainWindow.h"

#include <QImage>
#include <QMetaEnum>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(SahelAtlasPlugin)

using namespace sahel;

namespace {

const QString fr = QStringLiteral("fr");
const QString en = QStringLiteral("en");

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

class TestStoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clickingACardFliesToItsRegions_data();
    void clickingACardFliesToItsRegions();
    void keyboardSelectsAndEscClears_data();
    void keyboardSelectsAndEscClears();
    void clickingMaliFiltersTheCards();
    void languageSwitchChangesCardsAndMap();
    void hoveringACardMakesItsRegionsGlow();
    void f9HidesThePanelAndKeepsTheSelection();

private:
    const Story &story() const { return m_main.controller->atlas().story; }
    QString referenceFact(const std::function<bool(const Fact &)> &accept) const;
    QQuickItem *item(const QString &objectName) const;
    /// The delegate of a row of the card list, scrolled into view; nullptr when it never shows.
    QQuickItem *cardAt(int row);
    QPoint centreInWindow(const QQuickItem *item) const;
    QStringList listedFactIds() const;

    std::unique_ptr<Atlas> m_reference; ///< the default story, for the data functions
    TestMainWindow m_main;
    QQuickItem *m_list = nullptr;
};

void TestStoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
    m_reference = std::move(load.atlas);
}

void TestStoryPanel::init()
{
    QSettings().clear(); // each test starts like a first start
    TestMainWindow::Options options;
    options.size = QSize(1200, 800);
    options.active = true;
    m_main.open(options);
    if (QTest::currentTestFailed())
        return;
    m_list = item(QStringLiteral("factList"));
    QVERIFY(m_list);
    QTRY_VERIFY(m_main.canvas->width() > 500 && m_list->width() > 250 && m_list->height() > 300);
    QCOMPARE(m_list->property("count").toInt(), story().facts.size());
}

void TestStoryPanel::cleanup()
{
    m_main.close();
    m_list = nullptr;
}

QString TestStoryPanel::referenceFact(const std::function<bool(const Fact &)> &accept) const
{
    for (const Fact *fact : m_reference->story.orderedFacts())
        if (accept(*fact))
            return fact->id;
    return {};
}

QQuickItem *TestStoryPanel::item(const QString &objectName) const
{
    return m_main.window->findChild<QQuickItem *>(objectName);
}

QQuickItem *TestStoryPanel::cardAt(int row)
{
    const QMetaObject *meta = m_list->metaObject();
    const QMetaEnum modes = meta->enumerator(meta->indexOfEnumerator("PositionMode"));
    const int contain = modes.keyToValue("Contain");
    if (contain < 0 ||
        !QMetaObject::invokeMethod(m_list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, contain)))
        return nullptr;
    QQuickItem *card = nullptr;
    const auto find = [&] {
        QMetaObject::invokeMethod(m_list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, card), Q_ARG(int, row));
        return card && card->isVisible() && card->height() > 0;
    };
    if (!QTest::qWaitFor(find, 2000))
        return nullptr;
    // Wholly inside the list, so a click at its centre reaches it.
    const QRectF inList = card->mapRectToItem(m_list, QRectF(0, 0, card->width(), card->height()));
    return QRectF(0, 0, m_list->width(), m_list->height()).contains(inList.center()) ? card : nullptr;
}

QPoint TestStoryPanel::centreInWindow(const QQuickItem *item) const
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
}

QStringList TestStoryPanel::listedFactIds() const
{
    QStringList ids;
    FactFilterModel *model = m_main.controller->facts();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->factIdAt(row));
    return ids;
}

void TestStoryPanel::clickingACardFliesToItsRegions_data()
{
    QTest::addColumn<QString>("factId");
    const QString quote = referenceFact([](const Fact &f) { return f.kind == FactKind::Quote; });
    const QString soldiers = referenceFact(
        [](const Fact &f) { return f.kind == FactKind::Figure && f.value && *f.value == 5000; });
    const QString mining = referenceFact(
        [](const Fact &f) { return f.text.text(fr).contains(QStringLiteral("ressources minières")); });
    const QString event = referenceFact([](const Fact &f) { return f.kind == FactKind::Event; });
    for (const QString &id : {quote, soldiers, mining, event})
        QVERIFY(!id.isEmpty());
    QTest::newRow("first quote") << quote;
    QTest::newRow("5000 soldiers") << soldiers;
    QTest::newRow("tri-border mining") << mining;
    QTest::newRow("first event") << event;
}

void TestStoryPanel::clickingACardFliesToItsRegions()
{
    QFETCH(QString, factId);
    const Fact *fact = story().fact(factId);
    QVERIFY(fact);
    const int row = m_main.controller->facts()->rowOfFact(factId);
    QVERIFY(row >= 0);
    QQuickItem *card = cardAt(row);
    QVERIFY(card);
    QCOMPARE(card->property("factId").toString(), factId);
    QVERIFY(!card->property("selected").toBool());

    QTest::mouseClick(m_main.window, Qt::LeftButton, {}, centreInWindow(card));
    QCOMPARE(m_main.controller->selectedFactId(), factId);
    QVERIFY(m_main.canvas->animating());
    QTRY_VERIFY_WITH_TIMEOUT(!m_main.canvas->animating(), 3000);

    QCOMPARE(m_main.controller->view().selectedRegions(), toSet(fact->regionIds));
    const std::optional<QRectF> bounds = m_main.controller->boundsForFact(factId);
    QVERIFY(bounds);
    const QRectF visible = m_main.controller->view().viewport().visibleBounds();
    QVERIFY2(visible.contains(*bounds), "the whole of the card's places is in view");
    // Framed, not merely somewhere in a world view: the regions fill a good part of the view.
    QVERIFY(bounds->width() > visible.width() * 0.3 || bounds->height() > visible.height() * 0.3);
    for (const QString &regionId : fact->regionIds) {
        const MapRegion *region = m_main.controller->scene().region(regionId);
        QVERIFY(region);
        if (region->kind != RegionKind::Place)
            QVERIFY2(region->isPoint ? visible.contains(region->point) : visible.contains(region->bounds()),
                     qPrintable(regionId));
    }
    QCOMPARE(m_list->property("currentIndex").toInt(), row);
    QTRY_VERIFY(card->property("selected").toBool());
}

void TestStoryPanel::keyboardSelectsAndEscClears_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<int>("enterKey");
    // No card is current until the first Down, which goes to the first card.
    QTest::newRow("Down, Return: first card") << 1 << int(Qt::Key_Return);
    QTest::newRow("Down x2, Return: second card") << 2 << int(Qt::Key_Return);
    QTest::newRow("Down x3, Enter: third card") << 3 << int(Qt::Key_Enter);
}

void TestStoryPanel::keyboardSelectsAndEscClears()
{
    QFETCH(int, downPresses);
    QFETCH(int, enterKey);
    QCOMPARE(m_list->property("currentIndex").toInt(), -1);
    m_list->forceActiveFocus();
    QTRY_VERIFY(m_list->hasActiveFocus());
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(m_main.window, Qt::Key_Down);
    const int row = downPresses - 1;
    QCOMPARE(m_list->property("currentIndex").toInt(), row);
    QVERIFY(m_main.controller->selectedFactId().isEmpty()); // moving is not selecting
    QTest::keyClick(m_main.window, Qt::Key(enterKey));
    const QString factId = m_main.controller->facts()->factIdAt(row);
    QCOMPARE(m_main.controller->selectedFactId(), factId);
    QCOMPARE(m_main.controller->view().selectedRegions(), toSet(story().fact(factId)->regionIds));
    QVERIFY(m_main.canvas->animating());

    m_main.controller->setRegionFilter(QStringLiteral("aes"));
    QTest::keyClick(m_main.window, Qt::Key_Escape);
    QVERIFY(m_main.controller->selectedFactId().isEmpty());
    QVERIFY(m_main.controller->view().selectedRegions().isEmpty());
    QVERIFY(m_main.controller->regionFilter().isEmpty());
    QVERIFY(m_list->hasActiveFocus()); // Esc leaves the keyboard where it was
}

void TestStoryPanel::clickingMaliFiltersTheCards()
{
    const LonLat kayes{-10.0, 14.0};
    const QPointF projected =
        m_main.controller->view().viewport().toProjected(m_main.controller->view().viewport().toScreen(kayes));
    QStringList under;
    for (const MapRegion &region : m_main.controller->scene().regions)
        if (region.contains(projected))
            under.append(region.id);
    // Inside Mali but away from the Liptako-Gourma area and the tri-border zone.
    QCOMPARE(toSet(under), (QSet<QString>{QStringLiteral("mali"), QStringLiteral("aes"),
                                          QStringLiteral("sahel-gti"), QStringLiteral("g5-sahel")}));

    const QPointF target = m_main.controller->view().viewport().toScreen(kayes);
    QVERIFY(QRectF(20, 20, m_main.canvas->width() - 100, m_main.canvas->height() - 40).contains(target));
    QTest::mouseClick(m_main.window, Qt::LeftButton, {}, m_main.canvas->mapToScene(target).toPoint());
    QCOMPARE(m_main.controller->regionFilter(), QStringLiteral("mali"));

    const QStringList ofMali = story().factsForRegion(QStringLiteral("mali"));
    QVERIFY(!ofMali.isEmpty() && ofMali.size() < story().facts.size());
    QCOMPARE(listedFactIds(), ofMali);
    QTRY_COMPARE(m_list->property("count").toInt(), ofMali.size());
    for (int row = 0; row < ofMali.size(); ++row) {
        QQuickItem *card = cardAt(row);
        QVERIFY(card);
        QCOMPARE(card->property("factId").toString(), ofMali.at(row));
    }

    QQuickItem *chip = item(QStringLiteral("regionChip"));
    QVERIFY(chip);
    QTRY_VERIFY(chip->isVisible() && chip->width() > 0);
    QVERIFY(
        chip->property("text").toString().contains(m_main.controller->regionName(QStringLiteral("mali"))));
    QTest::mouseClick(m_main.window, Qt::LeftButton, {}, centreInWindow(chip));
    QVERIFY(m_main.controller->regionFilter().isEmpty());
    QTRY_COMPARE(m_list->property("count").toInt(), story().facts.size());
    QTRY_VERIFY(!chip->isVisible());
}

void TestStoryPanel::languageSwitchChangesCardsAndMap()
{
    const Fact *first = m_main.controller->factList().factAt(0);
    QVERIFY(first);
    QCOMPARE(first->kind, FactKind::Fact); // its text is shown as it is, no quotation marks
    QVERIFY(first->text.text(fr) != first->text.text(en));
    QQuickItem *card = cardAt(0);
    QVERIFY(card);
    QObject *text = card->findChild<QObject *>(QStringLiteral("factText"));
    QVERIFY(text);
    QCOMPARE(text->property("text").toString(), first->text.text(fr));

    const AdminUnit *algeria = m_main.controller->scene().geo->country(QStringLiteral("DZ"));
    QVERIFY(algeria);
    QVERIFY(algeria->name(fr) != algeria->name(en));
    const QPointF label = m_main.controller->view().viewport().toScreen(algeria->labelPoint);
    QVERIFY2(QRectF(QPointF(0, 0), m_main.controller->view().viewport().size()).contains(label),
             "Algeria's label is in view");
    const QImage before =
        PngExporter::renderImage(MapRenderer(), m_main.controller->scene(), FrameState{m_main.controller->view().viewport()});

    m_main.controller->setLanguage(en);
    QCOMPARE(m_main.controller->scene().language, en);
    QTRY_VERIFY(cardAt(0) && cardAt(0)->findChild<QObject *>(QStringLiteral("factText")));
    QTRY_COMPARE(cardAt(0)->findChild<QObject *>(QStringLiteral("factText"))->property("text").toString(),
                 first->text.text(en));
    QCOMPARE(cardAt(0)->property("title").toString(), first->title.text(en));

    const QImage after =
        PngExporter::renderImage(MapRenderer(), m_main.controller->scene(), FrameState{m_main.controller->view().viewport()});
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    // "ALGÉRIE" became "ALGERIA": pixels change around the label point (it may sit a little off it).
    const double ratio = m_main.controller->view().viewport().devicePixelRatio();
    const QRect around = QRectF(label.x() - 120, label.y() - 70, 240, 140)
                             .toAlignedRect()
                             .intersected(QRect(QPoint(0, 0), before.size() / ratio));
    int changed = 0;
    for (int y = around.top(); y <= around.bottom(); ++y)
        for (int x = around.left(); x <= around.right(); ++x) {
            const QPoint p(qRound(x * ratio), qRound(y * ratio));
            if (before.pixel(p) != after.pixel(p))
                ++changed;
        }
    QVERIFY2(changed > 30,
             qPrintable(QStringLiteral("%1 pixels changed around Algeria's label").arg(changed)));
}

void TestStoryPanel::hoveringACardMakesItsRegionsGlow()
{
    const QStringList ids = listedFactIds();
    const int first = static_cast<int>(ids.indexOf(QStringLiteral("military-regimes")));
    QVERIFY(first >= 0 && first + 1 < ids.size());
    const Fact *a = story().fact(ids.at(first));
    const Fact *b = story().fact(ids.at(first + 1));
    QVERIFY(toSet(a->regionIds) != toSet(b->regionIds));

    QQuickItem *cardA = cardAt(first);
    QVERIFY(cardA);
    QTest::mouseMove(m_main.window, centreInWindow(cardA));
    QTRY_COMPARE(m_main.controller->view().frameState().glowingRegions, toSet(a->regionIds));
    QCOMPARE(m_main.controller->hoveredFactId(), a->id);
    QVERIFY(m_main.controller->selectedFactId().isEmpty()); // hovering selects nothing

    // Straight onto the next card, as a quick mouse does over the gap between two cards.
    QQuickItem *cardB = cardAt(first + 1);
    QVERIFY(cardB);
    QTest::mouseMove(m_main.window, centreInWindow(cardB));
    QTRY_VERIFY(cardB->property("hovered").toBool());
    QTRY_COMPARE(m_main.controller->hoveredFactId(), b->id);
    QCOMPARE(m_main.controller->view().frameState().glowingRegions, toSet(b->regionIds));

    QTest::mouseMove(
        m_main.window,
        m_main.canvas->mapToScene(QPointF(m_main.canvas->width() / 2, m_main.canvas->height() / 2))
            .toPoint());
    QTRY_VERIFY(m_main.controller->view().frameState().glowingRegions.isEmpty());
    QVERIFY(m_main.controller->hoveredFactId().isEmpty());
}

void TestStoryPanel::f9HidesThePanelAndKeepsTheSelection()
{
    QQuickItem *panel = item(QStringLiteral("storyPanel"));
    QVERIFY(panel && panel->isVisible());
    const QString factId = QStringLiteral("unified-force");
    const int row = m_main.controller->facts()->rowOfFact(factId);
    QQuickItem *card = cardAt(row);
    QVERIFY(card);
    QTest::mouseClick(m_main.window, Qt::LeftButton, {}, centreInWindow(card));
    QCOMPARE(m_main.controller->selectedFactId(), factId);
    const QSet<QString> selected = m_main.controller->view().selectedRegions();
    const double mapWidth = m_main.canvas->width();

    QTest::keyClick(m_main.window, Qt::Key_F9);
    QTRY_VERIFY(!panel->isVisible());
    QTRY_VERIFY(m_main.canvas->width() > mapWidth + 200); // the map takes the panel's room
    QCOMPARE(m_main.controller->selectedFactId(), factId);
    QCOMPARE(m_main.controller->view().selectedRegions(), selected);

    QTest::keyClick(m_main.window, Qt::Key_F9);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(m_main.controller->selectedFactId(), factId);
    QQuickItem *again = cardAt(row);
    QVERIFY(again);
    QVERIFY(again->property("selected").toBool());
}

QTEST_MAIN(TestStoryPanel)
#include "tst_storypanel.moc"
