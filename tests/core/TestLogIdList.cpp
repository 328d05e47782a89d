#include "log/LogIdList.h"

#include <QTest>

// LogIdList: the viewer's compact id list keeps every id and its order through appends, inserts
// and removals, in 32 bits while ids fit and in 64 once one does not.
class TestLogIdList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsIdsInOrder();
    void widensForLargeIds();
    void insertsAndRemovesRuns();
    void comparesAcrossWidths();
};

namespace {

LogIdList listOf(std::initializer_list<qint64> ids)
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
    QVERIFY(!list.isWide());
    QCOMPARE(all(list), (QList<qint64> {30, 10, 20}));
    QCOMPARE(list.indexOf(10), 1);
    QCOMPARE(list.indexOf(11), -1);
    QCOMPARE(list.indexOf(-5), -1);
    QVERIFY(list.contains(20));
    QCOMPARE(list.mid(1, 10), (QList<qint64> {10, 20}));
    QCOMPARE(list.mid(3, 10), QList<qint64> {});
    list.clear();
    QCOMPARE(list.size(), 0);
    // Cleared, a list holds no storage: the viewer clears the last question's ids before the
    // next ones are read, so that two lists of ten million are never held at once.
    list.reserve(1000000);
    list.append(1);
    list.clear();
    QCOMPARE(list.capacity(), qsizetype(0));
    LogIdList wide = listOf({1, qint64(1) << 40});
    wide.clear();
    QVERIFY(!wide.isWide());
    QCOMPARE(wide.capacity(), qsizetype(0));
}

void TestLogIdList::widensForLargeIds()
{
    const qint64 large = qint64(1) << 40;
    LogIdList list = listOf({1, 0xffffffffLL, 2});
    QVERIFY(!list.isWide()); // the largest id that fits in 32 bits stays narrow
    list.append(large);
    QVERIFY(list.isWide());
    QCOMPARE(all(list), (QList<qint64> {1, 0xffffffffLL, 2, large}));
    QCOMPARE(list.indexOf(large), 3);
    QCOMPARE(list.indexOf(2), 2);
}

void TestLogIdList::insertsAndRemovesRuns()
{
    LogIdList list = listOf({1, 2, 5});
    const LogIdList source = listOf({1, 2, 3, 4, 5});
    list.insert(2, source, 2, 2);
    QCOMPARE(all(list), (QList<qint64> {1, 2, 3, 4, 5}));
    QVERIFY(list == source);

    // A run from a wide list with a large id widens the narrow one.
    const qint64 large = qint64(1) << 33;
    const LogIdList wide = listOf({large, 9});
    list.insert(0, wide, 0, 2);
    QVERIFY(list.isWide());
    QCOMPARE(all(list), (QList<qint64> {large, 9, 1, 2, 3, 4, 5}));

    list.remove(1, 3);
    QCOMPARE(all(list), (QList<qint64> {large, 3, 4, 5}));
    list.insert(4, source, 0, 0); // nothing
    QCOMPARE(list.size(), 4);
}

void TestLogIdList::comparesAcrossWidths()
{
    LogIdList wide = listOf({qint64(1) << 35});
    wide.remove(0, 1);
    wide.append(7);
    wide.append(8);
    QVERIFY(wide.isWide());
    const LogIdList narrow = listOf({7, 8});
    QVERIFY(wide == narrow);
    QVERIFY(narrow == wide);
    QVERIFY(narrow != listOf({7}));
    QVERIFY(narrow != listOf({8, 7}));
}

QTEST_GUILESS_MAIN(TestLogIdList)
#include "TestLogIdList.moc"
