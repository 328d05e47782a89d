#include "log/LogIdList.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

// LogIdList: the viewer's packed id list keeps every id and its order, whatever the ids' spread
// (consecutive, the whole 32-bit range, the whole 64-bit range), in about a byte an id when ids
// are nearly consecutive, finds ids, compares lists and gives its storage back when cleared.
class TestLogIdList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsIdsInOrder();
    void keepsEverySpread_data();
    void keepsEverySpread();
    void holdsAboutAByteAnIdInTimeOrder();
    void findsIds();
    void compares();
    void sharesUntilWritten();
};

namespace {

LogIdList listOf(const QList<qint64> &ids)
{
    LogIdList list;
    for (const qint64 id : ids)
        list.append(id);
    return list;
}

QList<qint64> all(const LogIdList &list)
{
    return list.mid(0, list.size());
}

// n ids counting down from top with a gap of up to maxGap between neighbours (the newest first,
// as the viewer shows them; gaps are the rows a filter leaves out).
QList<qint64> descending(qsizetype n, qint64 top, int maxGap, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<qint64> ids;
    ids.reserve(n);
    qint64 id = top;
    for (qsizetype i = 0; i < n; ++i) {
        ids.append(id);
        id -= 1 + random.bounded(maxGap);
    }
    return ids;
}

} // namespace

void TestLogIdList::keepsIdsInOrder()
{
    LogIdList list;
    list.reserve(3);
    QVERIFY(list.isEmpty());
    list.append(30);
    list.append(10);
    list.append(20);
    QCOMPARE(list.size(), 3);
    QCOMPARE(all(list), (QList<qint64> {30, 10, 20}));
    QCOMPARE(list.mid(1, 10), (QList<qint64> {10, 20}));
    QCOMPARE(list.mid(3, 10), QList<qint64> {});
    QCOMPARE(list.mid(-1, 2), QList<qint64> {});
    const qsizetype empty = LogIdList().bytesHeld();
    // Cleared, a list holds no storage: the viewer clears the last question's ids before the
    // next ones are read, so that two lists of ten million are never held at once.
    list = listOf(descending(1000000, 2000000, 2, 1));
    QVERIFY(list.bytesHeld() > 1000000);
    list.clear();
    QCOMPARE(list.size(), 0);
    QCOMPARE(list.bytesHeld(), empty);
}

void TestLogIdList::keepsEverySpread_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    // Lengths around the block of 128: a full block, one more, an unfilled last block.
    QTest::newRow("consecutive, 1 block + 1") << descending(LogIdList::BlockIds + 1, 500, 1, 2);
    QTest::newRow("filtered, 7 blocks + 55")
        << descending(7 * LogIdList::BlockIds + 55, 100000, 9, 3);
    QList<qint64> shuffled = descending(5000, 10000000, 2000, 4);
    std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
    QTest::newRow("another column's order") << shuffled;
    QList<qint64> edges;
    for (int i = 0; i < 300; ++i)
        edges << (i % 3 == 0 ? std::numeric_limits<qint64>::max() - i
                  : i % 3 == 1  ? std::numeric_limits<qint64>::min() + i
                                : qint64(i));
    QTest::newRow("the whole 64-bit range") << edges;
    QList<qint64> wide;
    for (int i = 0; i < 256; ++i)
        wide << (i % 2 ? 0xffffffffLL : 1) + i;
    QTest::newRow("past 32 bits") << wide;
    // Spans of 57 to 63 bits are held in 64: a span just past the packed widths.
    QList<qint64> span57;
    for (int i = 0; i < 128; ++i)
        span57 << (i == 5 ? (qint64(1) << 56) + 3 : i);
    QTest::newRow("a span of 57 bits") << span57;
    QTest::newRow("one id repeated") << QList<qint64>(200, 42);
    QTest::newRow("one id") << QList<qint64> {7};
}

void TestLogIdList::keepsEverySpread()
{
    QFETCH(QList<qint64>, ids);
    const LogIdList list = listOf(ids);
    QCOMPARE(list.size(), ids.size());
    QCOMPARE(all(list), ids);
    for (qsizetype i = 0; i < ids.size(); i += 37)
        QCOMPARE(list.at(i), ids.at(i));
    QCOMPARE(list.at(ids.size() - 1), ids.constLast());
    // A page from the middle of a block, across the next.
    const qsizetype first = std::min<qsizetype>(ids.size() - 1, 100);
    QCOMPARE(list.mid(first, 200), ids.mid(first, 200));
}

void TestLogIdList::holdsAboutAByteAnIdInTimeOrder()
{
    const qsizetype n = 1000000;
    // Every row, newest first: a byte an id and a little.
    const LogIdList time = listOf(descending(n, 3 * n, 1, 5));
    QVERIFY2(time.bytesHeld() < n * 12 / 10, qPrintable(QString::number(time.bytesHeld())));
    // A filter that keeps about one row in five: gaps of up to 9, 4 bits more an id at most.
    const LogIdList filtered = listOf(descending(n, 10 * n, 9, 6));
    QVERIFY2(filtered.bytesHeld() < n * 18 / 10, qPrintable(QString::number(filtered.bytesHeld())));
    // Another column's order spreads ids over the log: 20 bits an id at a million (24 at ten
    // million), with the headers under 3 bytes, not 4.
    QList<qint64> ids(n);
    std::iota(ids.begin(), ids.end(), 1);
    std::shuffle(ids.begin(), ids.end(), *QRandomGenerator::global());
    const LogIdList sorted = listOf(ids);
    QVERIFY2(sorted.bytesHeld() < n * 3, qPrintable(QString::number(sorted.bytesHeld())));
    QCOMPARE(sorted.at(n / 2), ids.at(n / 2));
}

void TestLogIdList::findsIds()
{
    const QList<qint64> ids = descending(10 * LogIdList::BlockIds + 3, 50000, 5, 7);
    const LogIdList list = listOf(ids);
    for (const qsizetype i : {qsizetype(0), qsizetype(127), qsizetype(128), qsizetype(700),
                              ids.size() - 1})
        QCOMPARE(list.indexOf(ids.at(i)), i);
    QCOMPARE(list.indexOf(ids.constFirst() + 1), -1);
    QCOMPARE(list.indexOf(-5), -1);
    // An id between two kept ones, inside a block's span but not in it.
    qint64 missing = -1;
    for (qsizetype i = 1; i < ids.size() && missing < 0; ++i)
        if (ids.at(i - 1) - ids.at(i) > 1)
            missing = ids.at(i) + 1;
    QVERIFY(missing > 0);
    QCOMPARE(list.indexOf(missing), -1);
    QVERIFY(list.contains(ids.at(300)));
    QVERIFY(!list.contains(missing));
}

void TestLogIdList::compares()
{
    const QList<qint64> ids = descending(3 * LogIdList::BlockIds + 10, 9000, 3, 8);
    QVERIFY(listOf(ids) == listOf(ids));
    QList<qint64> changed = ids;
    changed[200] += 1; // inside a packed block
    QVERIFY(listOf(ids) != listOf(changed));
    changed = ids;
    changed.last() -= 1; // in the unfilled block
    QVERIFY(listOf(ids) != listOf(changed));
    QVERIFY(listOf(ids) != listOf(ids.mid(0, ids.size() - 1)));
    QVERIFY(listOf({7, 8}) != listOf({8, 7}));
    QVERIFY(LogIdList() == listOf({}));
}

void TestLogIdList::sharesUntilWritten()
{
    const LogIdList list = listOf(descending(1000, 5000, 2, 9));
    LogIdList copy = list;
    QVERIFY(copy == list);
    copy.append(1);
    QCOMPARE(copy.size(), 1001);
    QCOMPARE(list.size(), 1000);
    QCOMPARE(all(copy).mid(0, 1000), all(list));
    QCOMPARE(copy.at(1000), 1);
}

QTEST_GUILESS_MAIN(TestLogIdList)
#include "TestLogIdList.moc"
