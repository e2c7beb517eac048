// GridIndex: what a query returns must be exactly the items whose bounds meet the rectangle (or more,
// never fewer), each once and ascending, whichever way the index answers (few candidates, many, all).
#include "GridIndex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace sahel;

class TestGridIndex : public QObject
{
    Q_OBJECT

private slots:
    void answersLikeALinearScan_data();
    void answersLikeALinearScan();
    void emptyIndexAnswersNothing();
};

void TestGridIndex::answersLikeALinearScan_data()
{
    QTest::addColumn<double>("queryWidth");
    QTest::newRow("a hover (few candidates)") << 0.5;
    QTest::newRow("a close view") << 8.0;
    QTest::newRow("most of the layer (many candidates)") << 70.0;
    QTest::newRow("beyond the whole layer (everything)") << 500.0;
}

void TestGridIndex::answersLikeALinearScan()
{
    QFETCH(double, queryWidth);
    QRandomGenerator random(42);
    QList<QRectF> items;
    for (int i = 0; i < 20000; ++i) {
        const QPointF at(random.bounded(100.0), random.bounded(100.0));
        // Mostly points, some small areas, a few large ones (kept in the index's "large" list).
        const double size = i % 50 == 0 ? random.bounded(60.0) : i % 5 == 0 ? random.bounded(2.0) : 0.0;
        items.append(QRectF(at, QSizeF(size, size)));
    }
    const GridIndex index(items);
    for (int q = 0; q < 20; ++q) {
        const QRectF rect(
            QPointF(random.bounded(100.0) - queryWidth / 2, random.bounded(100.0) - queryWidth / 2),
            QSizeF(queryWidth, queryWidth));
        const QList<qsizetype> found = index.query(rect);
        QVERIFY(std::is_sorted(found.begin(), found.end()));
        QVERIFY(std::adjacent_find(found.begin(), found.end()) == found.end());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QRectF &b = items[i];
            const bool meets = b.left() <= rect.right() && b.right() >= rect.left() &&
                               b.top() <= rect.bottom() && b.bottom() >= rect.top();
            if (meets)
                QVERIFY2(std::binary_search(found.begin(), found.end(), i), qPrintable(QString::number(i)));
        }
    }
}

void TestGridIndex::emptyIndexAnswersNothing()
{
    const GridIndex index(QList<QRectF>{});
    QVERIFY(index.query(QRectF(0, 0, 10, 10)).isEmpty());
}

QTEST_APPLESS_MAIN(TestGridIndex)
#include "tst_gridindex.moc"
