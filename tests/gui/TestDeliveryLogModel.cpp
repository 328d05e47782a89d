#include "log/DeliveryLog.h"
#include "log/DeliveryLogModel.h"
#include "log/LogSchema.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr int Timeout = 10000;
const QDateTime Base = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

struct Row
{
    QString profile;
    Attempt::Api api;
    Attempt::Source source;
    QString to;
    Attempt::Outcome outcome;
    int errorCode;
    QString body;
};

Attempt makeAttempt(int minute, const Row &r)
{
    Attempt a;
    a.createdAt = Base.addSecs(60 * minute);
    a.updatedAt = a.createdAt;
    a.profile = r.profile;
    a.api = r.api;
    a.source = r.source;
    a.to = r.to;
    a.from = QStringLiteral("+15005550006");
    a.body = r.body;
    a.encoding = QStringLiteral("GSM-7");
    a.segments = 1;
    a.outcome = r.outcome;
    a.errorCode = r.errorCode;
    a.sid = QStringLiteral("SM%1").arg(minute, 32, 10, QLatin1Char('0'));
    a.status = r.outcome == Attempt::Outcome::Delivered ? QStringLiteral("delivered")
        : r.outcome == Attempt::Outcome::Failed         ? QStringLiteral("undelivered")
                                                        : QStringLiteral("queued");
    return a;
}

// The six rows every test starts from, oldest first (minute 0 .. 5).
const QList<Row> Rows = {
    {QStringLiteral("Prod"), Attempt::Api::Messages, Attempt::Source::Form,
     QStringLiteral("+14155550100"), Attempt::Outcome::Delivered, 0,
     QStringLiteral("Your code is 111111")},
    {QStringLiteral("Prod"), Attempt::Api::Messages, Attempt::Source::Cli,
     QStringLiteral("+447700900123"), Attempt::Outcome::Failed, 30003,
     QStringLiteral("Your code is 222222")},
    {QStringLiteral("Staging"), Attempt::Api::Verify, Attempt::Source::Hook,
     QStringLiteral("+14155550101"), Attempt::Outcome::Pending, 0, QString()},
    {QStringLiteral("Staging"), Attempt::Api::Messages, Attempt::Source::Form,
     QStringLiteral("+33612345678"), Attempt::Outcome::Failed, 30007,
     QStringLiteral("Votre code est 333333")},
    {QStringLiteral("Prod"), Attempt::Api::Messages, Attempt::Source::Twilio,
     QStringLiteral("+14155550102"), Attempt::Outcome::Delivered, 0,
     QStringLiteral("Your code is 444444")},
    {QStringLiteral("Dev"), Attempt::Api::Messages, Attempt::Source::Form,
     QStringLiteral("+447700900999"), Attempt::Outcome::Rejected, 21211,
     QStringLiteral("Your code is 555555")},
};

} // namespace

class TestDeliveryLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsAndColumnsNewestFirst();
    void filtersReduceRows_data();
    void filtersReduceRows();
    void sortsByIndexedColumns();
    void loadsPagesLazily();
    void liveInsertIsAnInsertion();
    void liveUpdateRefreshesRowAndFilter();
    void changesShowRunByRun();
    void heldModelAsksOnRelease();

private:
    qint64 insert(const Attempt &attempt, DeliveryLog *log = nullptr);
    void update(const Attempt &attempt, DeliveryLog *log = nullptr);
    QList<qint64> shownIds() const;
    void makeModel();
    void waitIdle();
    void waitAllLoaded();
    QStringList column(int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeliveryLog> m_log;
    std::unique_ptr<DeliveryLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<Attempt> m_attempts; // as stored, with their ids
};

void TestDeliveryLogModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeliveryLogModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_log = std::make_unique<DeliveryLog>(m_dir->filePath(QStringLiteral("log.sqlite")));
    QSignalSpy opened(m_log.get(), &DeliveryLog::opened);
    m_log->open();
    QVERIFY(opened.wait(Timeout));
    QVERIFY2(opened.constFirst().at(0).toBool(), qPrintable(opened.constFirst().at(1).toString()));
    m_attempts.clear();
    for (int i = 0; i < Rows.size(); ++i) {
        Attempt a = makeAttempt(i, Rows.at(i));
        a.id = insert(a);
        m_attempts.append(a);
    }
}

void TestDeliveryLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_log.reset();
    m_dir.reset();
}

qint64 TestDeliveryLogModel::insert(const Attempt &attempt, DeliveryLog *log)
{
    qint64 id = 0;
    QString error;
    bool done = false;
    (log ? log : m_log.get())->beginAttempt(attempt, this, [&](qint64 newId, const QString &e) {
        id = newId;
        error = e;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, Timeout); }();
    if (!error.isEmpty())
        qWarning("insert failed: %s", qPrintable(error));
    return id;
}

void TestDeliveryLogModel::update(const Attempt &attempt, DeliveryLog *log)
{
    bool done = false;
    (log ? log : m_log.get())->updateAttempt(attempt, this, [&](const QString &error) {
        if (!error.isEmpty())
            qWarning("update failed: %s", qPrintable(error));
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, Timeout);
}

void TestDeliveryLogModel::makeModel()
{
    m_model = std::make_unique<DeliveryLogModel>(m_log.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitIdle();
}

void TestDeliveryLogModel::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isBusy() && m_model->totalCount() >= 0, Timeout);
}

void TestDeliveryLogModel::waitAllLoaded()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->data(m_model->index(row, 0)); // asks for the page
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (!m_model->isLoaded(row))
                    return false;
            return true;
        }(),
        Timeout);
}

QList<qint64> TestDeliveryLogModel::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->idAt(row);
    return ids;
}

QStringList TestDeliveryLogModel::column(int column) const
{
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row)
        values << m_model->index(row, column).data().toString();
    return values;
}

void TestDeliveryLogModel::heldModelAsksOnRelease()
{
    makeModel();
    QCOMPARE(m_model->rowCount(), Rows.size());
    // Held: a new filter is not asked; on release it is, once.
    m_model->setHeld(true);
    LogFilter verify;
    verify.api = Attempt::Api::Verify;
    m_model->setFilter(verify);
    QVERIFY(!m_model->isBusy()); // not asked: nothing can arrive
    QCOMPARE(m_model->rowCount(), Rows.size());
    m_model->setHeld(false);
    QVERIFY(m_model->isBusy());
    waitIdle();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() < Rows.size(), Timeout);
    waitAllLoaded();
    for (const QString &api : column(DeliveryLogModel::Api))
        QCOMPARE(api, QStringLiteral("Verify"));

    // Held as soon as it is made, over a log already open (as the log page does): the model
    // asks nothing, not even its first question, until released.
    m_tester.reset();
    m_model = std::make_unique<DeliveryLogModel>(m_log.get());
    m_model->setHeld(true);
    QCoreApplication::processEvents(); // what the model queued for itself runs
    QVERIFY(!m_model->isBusy());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), qint64(-1));
    m_model->setHeld(false);
    QVERIFY(m_model->isBusy());
    waitIdle();
    QCOMPARE(m_model->rowCount(), Rows.size());
}

void TestDeliveryLogModel::rowsAndColumnsNewestFirst()
{
    makeModel();
    QCOMPARE(m_model->rowCount(), Rows.size());
    QCOMPARE(m_model->columnCount(), int(DeliveryLogModel::ColumnCount));
    QCOMPARE(m_model->totalCount(), qint64(Rows.size()));
    QCOMPARE(m_model->matchCount(), qint64(Rows.size()));
    waitAllLoaded();
    // Newest first: the last inserted is row 0.
    QCOMPARE(
        column(DeliveryLogModel::Profile),
        QStringList({QStringLiteral("Dev"), QStringLiteral("Prod"), QStringLiteral("Staging"),
                     QStringLiteral("Staging"), QStringLiteral("Prod"), QStringLiteral("Prod")}));
    QCOMPARE(m_model->index(0, DeliveryLogModel::Error).data().toString(), QStringLiteral("21211"));
    QCOMPARE(m_model->index(0, DeliveryLogModel::To).data().toString(),
             QStringLiteral("+447700900999"));
    QCOMPARE(m_model->index(0, DeliveryLogModel::Outcome).data().toString(),
             Attempt::outcomeText(Attempt::Outcome::Rejected));
    QCOMPARE(m_model->index(0, DeliveryLogModel::Outcome).data(DeliveryLogModel::OutcomeRole),
             QVariant(QStringLiteral("rejected")));
    QCOMPARE(m_model->index(0, DeliveryLogModel::Sid).data().toString(), m_attempts.at(5).sid);
    QCOMPARE(m_model->index(0, 0).data(DeliveryLogModel::IdRole).toLongLong(), m_attempts.at(5).id);
    QCOMPARE(m_model->index(3, DeliveryLogModel::Api).data().toString(), QStringLiteral("Verify"));
    QCOMPARE(m_model->index(3, DeliveryLogModel::Source).data().toString(), QStringLiteral("Hook"));
    QCOMPARE(m_model->index(5, DeliveryLogModel::Body).data().toString(),
             QStringLiteral("Your code is 111111"));
    QCOMPARE(m_model->index(5, DeliveryLogModel::Time).data().toString(),
             Base.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    // Rows are told apart by outcome beyond colour: an icon and the text.
    QVERIFY(m_model->index(0, DeliveryLogModel::Outcome).data(Qt::DecorationRole).isValid());
    const QColor failed = m_model->index(4, 0).data(Qt::BackgroundRole).value<QColor>();
    const QColor delivered = m_model->index(5, 0).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(failed.isValid() && delivered.isValid());
    QVERIFY(failed.rgb() != delivered.rgb());
    QVERIFY(failed.alpha() < 128); // a tint over the base colour, not a solid fill
}

void TestDeliveryLogModel::filtersReduceRows_data()
{
    QTest::addColumn<LogFilter>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into Rows, newest first

    LogFilter f;
    f.outcomes = {Attempt::Outcome::Failed};
    QTest::newRow("outcome failed") << f << QList<int> {3, 1};
    f = {};
    f.api = Attempt::Api::Verify;
    QTest::newRow("api verify") << f << QList<int> {2};
    f = {};
    f.source = Attempt::Source::Form;
    QTest::newRow("source form") << f << QList<int> {5, 3, 0};
    f = {};
    f.profile = QStringLiteral("Prod");
    QTest::newRow("profile") << f << QList<int> {4, 1, 0};
    f = {};
    f.since = Base.addSecs(60 * 2);
    f.until = Base.addSecs(60 * 4);
    QTest::newRow("date range") << f << QList<int> {3, 2};
    f = {};
    f.to = QStringLiteral("7700");
    QTest::newRow("recipient digits") << f << QList<int> {5, 1};
    f = {};
    f.errorCode = 30007;
    QTest::newRow("error code") << f << QList<int> {3};
    f = {};
    f.text = QStringLiteral("333333");
    QTest::newRow("free text") << f << QList<int> {3};
    f = {};
    f.profile = QStringLiteral("Prod");
    f.outcomes = {Attempt::Outcome::Delivered};
    QTest::newRow("profile and outcome") << f << QList<int> {4, 0};
    f = {};
    f.text = QStringLiteral("no such text anywhere");
    QTest::newRow("nothing") << f << QList<int> {};
}

void TestDeliveryLogModel::filtersReduceRows()
{
    QFETCH(LogFilter, filter);
    QFETCH(QList<int>, expected);
    makeModel();
    // A count over an index is told before the ids are read: seen while the model is still
    // busy; so is a text alone, counted by parts. Another full-text count comes with the ids
    // (it costs as much as listing them).
    QList<std::pair<bool, qint64>> counts; // (busy, matches) at each countsChanged
    connect(m_model.get(), &DeliveryLogModel::countsChanged, this, [&] {
        counts.append({m_model->isBusy(), m_model->matchCount()});
    });
    m_model->setFilter(filter);
    QVERIFY(m_model->isBusy());
    QCOMPARE(m_model->matchCount(), qint64(-1)); // the last question's count is gone
    waitIdle();
    QCOMPARE(counts.contains(std::make_pair(true, qint64(expected.size()))),
             !filter.usesFullText() || filter.countSql().has_value());
    QVERIFY(counts.contains(std::make_pair(false, qint64(expected.size()))));
    QCOMPARE(m_model->rowCount(), expected.size());
    QCOMPARE(m_model->matchCount(), qint64(expected.size()));
    QCOMPARE(m_model->totalCount(), qint64(Rows.size()));
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->idAt(row);
    QList<qint64> expectedIds;
    for (const int i : expected)
        expectedIds << m_attempts.at(i).id;
    QCOMPARE(ids, expectedIds);

    // And back to everything.
    m_model->setFilter({});
    waitIdle();
    QCOMPARE(m_model->rowCount(), Rows.size());
}

void TestDeliveryLogModel::sortsByIndexedColumns()
{
    makeModel();
    m_model->sort(DeliveryLogModel::Profile, Qt::AscendingOrder);
    waitIdle();
    waitAllLoaded();
    // By profile, then by time in the same direction.
    QCOMPARE(column(DeliveryLogModel::Profile),
             QStringList({QStringLiteral("Dev"), QStringLiteral("Prod"), QStringLiteral("Prod"),
                          QStringLiteral("Prod"), QStringLiteral("Staging"),
                          QStringLiteral("Staging")}));
    QCOMPARE(m_model->idAt(1), m_attempts.at(0).id);

    m_model->sort(DeliveryLogModel::Error, Qt::DescendingOrder);
    waitIdle();
    waitAllLoaded();
    QCOMPARE(
        column(DeliveryLogModel::Error).mid(0, 3),
        QStringList({QStringLiteral("30007"), QStringLiteral("30003"), QStringLiteral("21211")}));

    // The SID, the sender and the segments sort too (each has an index).
    m_model->sort(DeliveryLogModel::Sid, Qt::AscendingOrder);
    waitIdle();
    waitAllLoaded();
    QStringList sids = column(DeliveryLogModel::Sid);
    QCOMPARE(sids.size(), Rows.size());
    QStringList sorted = sids;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sids, sorted);
    QCOMPARE(m_model->idAt(0), m_attempts.at(0).id);
    m_model->sort(DeliveryLogModel::Segments, Qt::DescendingOrder); // all 1: then newest first
    waitIdle();
    QCOMPARE(m_model->idAt(0), m_attempts.at(5).id);
    QCOMPARE(m_model->idAt(5), m_attempts.at(0).id);
    m_model->sort(DeliveryLogModel::From, Qt::AscendingOrder); // one sender: then oldest first
    waitIdle();
    QCOMPARE(m_model->idAt(0), m_attempts.at(0).id);

    m_model->sort(DeliveryLogModel::Time, Qt::AscendingOrder);
    waitIdle();
    QCOMPARE(m_model->idAt(0), m_attempts.at(0).id);
    QCOMPARE(m_model->idAt(5), m_attempts.at(5).id);

    // A column without an index keeps the order it had.
    QVERIFY(!DeliveryLogModel::isSortable(DeliveryLogModel::Body));
    m_model->sort(DeliveryLogModel::Body, Qt::DescendingOrder);
    QVERIFY(!m_model->isBusy());
    QCOMPARE(m_model->sortColumn(), int(DeliveryLogModel::Time));
    QCOMPARE(m_model->idAt(0), m_attempts.at(0).id);
}

void TestDeliveryLogModel::loadsPagesLazily()
{
    // Many rows at once, in one transaction of another connection (as the CLI would write).
    const int extra = 3 * DeliveryLogModel::PageRows;
    {
        QString error;
        QSqlDatabase db
            = LogSchema::openConnection(QStringLiteral("bulk"), m_log->path(), false, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO attempts(created_at, updated_at, profile, api, source, to_number, body, "
            "outcome, status) VALUES (?, ?, 'Bulk', 'messages', 'cli', '+14155550199', ?, "
            "'delivered', 'delivered')")));
        for (int i = 0; i < extra; ++i) {
            const qint64 at = LogSchema::toMs(Base.addSecs(60 * (100 + i)));
            q.addBindValue(at);
            q.addBindValue(at);
            q.addBindValue(QStringLiteral("Bulk %1").arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    makeModel();
    QCOMPARE(m_model->rowCount(), Rows.size() + extra);
    // The first page comes with the answer; the others when asked for.
    QVERIFY(m_model->isLoaded(0));
    const int far = m_model->rowCount() - 1;
    QVERIFY(!m_model->isLoaded(far));
    QCOMPARE(m_model->index(far, DeliveryLogModel::Time).data().toString(), QStringLiteral("…"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(far), Timeout);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->index(far, DeliveryLogModel::Body).data().toString(),
             QStringLiteral("Your code is 111111")); // the oldest
    QCOMPARE(m_model->index(DeliveryLogModel::PageRows + 1, DeliveryLogModel::Body)
                 .data(DeliveryLogModel::LoadedRole),
             QVariant(false));
}

void TestDeliveryLogModel::liveInsertIsAnInsertion()
{
    makeModel();
    waitAllLoaded();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Attempt a = makeAttempt(50, Rows.at(1));
    a.body = QStringLiteral("Live one");
    a.id = insert(a);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), Rows.size() + 1, Timeout);
    QCOMPARE(reset.size(), 0); // an insertion, so views keep selection and scroll position
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0); // the newest goes on top
    QCOMPARE(m_model->idAt(0), a.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->index(0, DeliveryLogModel::Body).data().toString(),
                              QStringLiteral("Live one"), Timeout);
    QCOMPARE(m_model->totalCount(), qint64(Rows.size() + 1));
}

void TestDeliveryLogModel::liveUpdateRefreshesRowAndFilter()
{
    makeModel();
    LogFilter failedOnly;
    failedOnly.outcomes = {Attempt::Outcome::Failed};
    m_model->setFilter(failedOnly);
    waitIdle();
    QCOMPARE(m_model->rowCount(), 2);

    // The pending Verify attempt (row 2) fails: it joins the filtered rows, in time order.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Attempt pending = m_attempts.at(2);
    pending.outcome = Attempt::Outcome::Failed;
    pending.status = QStringLiteral("failed");
    pending.errorCode = 60200;
    update(pending);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, Timeout);
    QCOMPARE(m_model->idAt(1), pending.id);
    QCOMPARE(reset.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->index(1, DeliveryLogModel::Error).data().toString(),
                              QStringLiteral("60200"), Timeout);

    // A failed one turns out delivered after all: it leaves the filtered rows.
    Attempt failed = m_attempts.at(1);
    failed.outcome = Attempt::Outcome::Delivered;
    failed.status = QStringLiteral("delivered");
    failed.errorCode = 0;
    update(failed);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, Timeout);
    QCOMPARE(m_model->rowOfId(failed.id), -1);
    QCOMPARE(reset.size(), 0);

    // Without a filter, an update changes the row's cells in place.
    m_model->setFilter({});
    waitIdle();
    waitAllLoaded();
    const int row = m_model->rowOfId(failed.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, DeliveryLogModel::Status).data().toString(),
             QStringLiteral("delivered"));
    failed.status = QStringLiteral("read");
    update(failed);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->index(row, DeliveryLogModel::Status).data().toString(),
                              QStringLiteral("read"), Timeout);
    QCOMPARE(m_model->rowCount(), Rows.size());
}

// Writes by another process (a second DeliveryLog on the file, as the CLI's) and a refresh: the
// rows that came in three separate places, then those that left from two, are shown run by run,
// each signal telling exactly what changed (QAbstractItemModelTester checks the rows around it).
void TestDeliveryLogModel::changesShowRunByRun()
{
    makeModel();
    waitAllLoaded();
    DeliveryLog other(m_log->path());
    QSignalSpy opened(&other, &DeliveryLog::opened);
    other.open();
    QVERIFY(opened.wait(Timeout));
    const auto at = [](int seconds) {
        Attempt a = makeAttempt(seconds, Rows.at(0)); // delivered, with a SID of its own
        a.createdAt = Base.addSecs(seconds);
        a.updatedAt = a.createdAt;
        return a;
    };
    Attempt top = at(50 * 60);
    Attempt between = at(4 * 60 + 30); // between minutes 4 and 5
    Attempt low = at(60 + 30); // between minutes 1 and 2
    top.id = insert(top, &other);
    between.id = insert(between, &other);
    low.id = insert(low, &other);
    QCOMPARE(m_model->rowCount(), Rows.size()); // not seen until asked

    // What the model shows, kept by applying each signal as it comes.
    QList<qint64> mirror = shownIds();
    QList<QList<qint64>> seen;
    QList<QList<qint64>> expected;
    auto follow = [&](const QModelIndex &, int first, int last, bool inserted) {
        if (inserted)
            for (int row = first; row <= last; ++row)
                mirror.insert(row, m_model->idAt(row));
        else
            mirror.remove(first, last - first + 1);
        seen << shownIds();
        expected << mirror;
    };
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &p, int first, int last) { follow(p, first, last, true); });
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this,
            [&](const QModelIndex &p, int first, int last) { follow(p, first, last, false); });
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const auto id = [this](int minute) { return m_attempts.at(minute).id; };
    m_model->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), Rows.size() + 3, Timeout);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(seen.size(), 3); // one signal a run
    QCOMPARE(seen, expected);
    QCOMPARE(shownIds(), (QList<qint64> {top.id, id(5), between.id, id(4), id(3), id(2), low.id,
                                         id(1), id(0)}));
    QCOMPARE(m_model->rowOfId(low.id), 6);

    // Delivered only, then two of them fail elsewhere: they leave from two places.
    LogFilter delivered;
    delivered.outcomes = {Attempt::Outcome::Delivered};
    m_model->setFilter(delivered);
    waitIdle();
    QCOMPARE(shownIds(), (QList<qint64> {top.id, between.id, id(4), low.id, id(0)}));
    mirror = shownIds();
    seen.clear();
    expected.clear();
    for (Attempt *a : {&top, &low}) {
        a->outcome = Attempt::Outcome::Failed;
        a->status = QStringLiteral("undelivered");
        update(*a, &other);
    }
    m_model->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, Timeout);
    QCOMPARE(reset.size(), 1); // the new filter's only
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen, expected);
    QCOMPARE(shownIds(), (QList<qint64> {between.id, id(4), id(0)}));
    QCOMPARE(m_model->rowOfId(top.id), -1);
    QCOMPARE(m_model->rowOfId(id(0)), 2);
}

QTEST_MAIN(TestDeliveryLogModel)
#include "TestDeliveryLogModel.moc"
