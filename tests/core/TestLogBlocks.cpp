#include "log/LogBlock.h"
#include "log/LogBlockScan.h"
#include "log/LogBlockStore.h"
#include "log/LogFilter.h"
#include "log/LogQueryWorker.h"
#include "log/LogSchema.h"
#include "log/LogWriter.h"
#include "log/SqliteStatement.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

// The hourly blocks of schema step 11: the codec (pure), and LogBlockScan's answers equal to the
// indexes' (the same filter and order in SQL over the view) for every filter and sort the blocks
// hold, as rows come in through the writer, through the views, change, move and go.
class TestLogBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void encodesAndReadsBack();
    void refusesWhatItDidNotWrite();
    void hoursAndKeysInOrder();
    void answersAsTheIndexes();
    void staleHoursReadFromTheirRows();
    void anHourPastOneBlock();
    void firstPageBySegmentsFollowsTheRows();
    void readsTheBlocks();

private:
    void write(const QList<Attempt> &attempts);
    void exec(const QString &sql, const QVariantList &bindings = {});
    qint64 value(const QString &sql);
    QList<LogQuery> queries() const;
    // The differences between the scan and the SQL over the view, for every query (or those
    // given); the query and the first position that differs.
    QStringList differences();
    QStringList differences(const QList<LogQuery> &queries);
    LogIdList scan(const LogQuery &query, QString *error);
    QList<qint64> expected(const LogQuery &query);

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

namespace {
const qint64 T0 = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 Hour = LogBlock::HourMs;

Attempt attempt(QRandomGenerator &rng, qint64 created)
{
    static const char *const profiles[] = {"Main", "Staging", "Zeta", "alpha"};
    static const char *const statuses[] = {"delivered", "undelivered", "failed", "sent",
                                           "queued",    "read",        ""};
    static const char *const froms[] = {"+15005550006", "MG0123456789abcdef0123456789abcdef",
                                        "+447700900123", ""};
    Attempt a;
    a.createdAt = LogSchema::fromMs(created);
    a.updatedAt = a.createdAt;
    a.profile = QLatin1String(profiles[rng.bounded(4)]);
    a.api = rng.bounded(4) ? Attempt::Api::Messages : Attempt::Api::Verify;
    a.source = Attempt::Source(rng.bounded(3));
    a.to = QStringLiteral("+4477009%1").arg(rng.bounded(100000, 999999));
    a.from = QLatin1String(froms[rng.bounded(4)]);
    a.body = QStringLiteral("Your code is %1").arg(rng.bounded(100000, 999999));
    a.segments = rng.bounded(4);
    a.status = QLatin1String(statuses[rng.bounded(7)]);
    a.outcome = a.status.isEmpty() ? Attempt::Outcome(rng.bounded(8))
                                   : Attempt::outcomeForStatus(a.status);
    a.errorCode = a.outcome == Attempt::Outcome::Failed ? (rng.bounded(2) ? 30003 : 30008)
        : a.outcome == Attempt::Outcome::Rejected       ? 21211
                                                        : 0;
    return a;
}
} // namespace

void TestLogBlocks::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_db);
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
}

qint64 TestLogBlocks::value(const QString &sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestLogBlocks::write(const QList<Attempt> &attempts)
{
    LogWriter writer(m_db);
    QString error;
    QVERIFY(m_db.transaction());
    for (const Attempt &a : attempts) {
        qint64 id = 0;
        QVERIFY2(writer.insertAttempt(a, &id, &error), qPrintable(error));
    }
    QVERIFY2(writer.indexPending(&error), qPrintable(error));
    QVERIFY(m_db.commit());
}

void TestLogBlocks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = LogSchema::openConnection(QStringLiteral("blocks"),
                                     m_dir.filePath(QStringLiteral("log.sqlite")), false, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    QVERIFY2(LogSchema::migrate(m_db, &error), qPrintable(error));
    // Two days of attempts in time order, a burst at one instant, and late ones (a sync of
    // older messages): ids and times out of step.
    QRandomGenerator rng(11);
    QList<Attempt> list;
    for (int i = 0; i < 1500; ++i)
        list << attempt(rng, T0 + qint64(i) * 115000 + rng.bounded(100000));
    for (int i = 0; i < 40; ++i)
        list << attempt(rng, T0 + 5 * Hour);
    write(list);
    list.clear();
    for (int i = 0; i < 300; ++i)
        list << attempt(rng, T0 + qint64(rng.bounded(48 * 60)) * 60000);
    write(list);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM log_blocks_stale")), 0);
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM log_blocks")) >= 48);
}

void TestLogBlocks::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("blocks"));
}

void TestLogBlocks::encodesAndReadsBack()
{
    LogBlock::Rows rows;
    const qint64 extremes[] = {std::numeric_limits<qint64>::min(), -1, 0, 1,
                               std::numeric_limits<qint64>::max()};
    QRandomGenerator rng(3);
    for (int i = 0; i < 1000; ++i) {
        rows[LogBlock::Id].push_back(1000 + i);
        rows[LogBlock::Created].push_back(T0 + qint64(rng.bounded(int(Hour))));
        rows[LogBlock::Profile].push_back(7); // one value: no bytes a row
        rows[LogBlock::Api].push_back(rng.bounded(2));
        rows[LogBlock::Source].push_back(-5 + rng.bounded(300)); // two bytes, below zero
        rows[LogBlock::Status].push_back(qint64(1) << (i % 40)); // five bytes
        rows[LogBlock::Outcome].push_back(extremes[i % 5]); // the whole range: eight bytes
        rows[LogBlock::From].push_back(i % 3 == 0 ? 0 : 30000 + i); // two bytes
        rows[LogBlock::Error].push_back(-(qint64(i) << 13)); // three bytes
        rows[LogBlock::Segments].push_back(qint64(i) << 21); // four bytes
        rows[LogBlock::Body].push_back(i % 7); // one byte
    }
    for (const auto &[first, count] : {std::pair<qsizetype, qsizetype> {0, 1000}, {1, 1},
                                       {500, 499}, {0, 0}}) {
        const QByteArray blob = LogBlock::encode(rows, first, count);
        LogBlock block;
        QVERIFY(block.parse(blob));
        QCOMPARE(block.size(), int(count));
        std::vector<qint64> decoded(size_t(count) + 1, 42); // one past the rows: left alone
        for (int c = 0; c < LogBlock::ColumnCount; ++c) {
            block.decode(c, decoded.data());
            for (int i = 0; i < count; ++i) {
                QCOMPARE(block.value(c, i), rows[c][size_t(first + i)]);
                QCOMPARE(decoded[size_t(i)], rows[c][size_t(first + i)]);
            }
            QCOMPARE(decoded.back(), 42);
        }
    }
    // Widths as the spread needs: 1,000 rows of one profile add nothing, of an API one byte each.
    const QByteArray whole = LogBlock::encode(rows, 0, 1000);
    rows[LogBlock::Api].assign(1000, 1);
    QCOMPARE(LogBlock::encode(rows, 0, 1000).size(), whole.size() - 1000);
}

void TestLogBlocks::refusesWhatItDidNotWrite()
{
    LogBlock::Rows rows;
    for (int c = 0; c < LogBlock::ColumnCount; ++c)
        rows[c] = {1, 2, 300};
    const QByteArray blob = LogBlock::encode(rows, 0, 3);
    LogBlock block;
    QVERIFY(block.parse(blob));
    QVERIFY(!block.parse(blob.left(blob.size() - 1))); // cut short
    QVERIFY(!block.parse(QByteArray(blob + '\0'))); // longer than its rows
    QByteArray format = blob;
    format[0] = 2; // a later format
    QVERIFY(!block.parse(format));
    QByteArray width = blob;
    width[5] = 9; // the first column's width
    QVERIFY(!block.parse(width));
    QVERIFY(!block.parse(QByteArray()));
    QCOMPARE(block.size(), 0);
}

void TestLogBlocks::hoursAndKeysInOrder()
{
    // The hour of a time as SQL's created_at / 3600000 gives it, and each hour's first and last
    // ms, around zero too: hours meet without a gap and in order.
    for (const qint64 ms : {qint64(0), qint64(1), qint64(-1), Hour - 1, Hour, -Hour, -Hour - 1,
                            -Hour + 1, T0, T0 - 1, -T0}) {
        const qint64 hour = LogBlock::hourOf(ms);
        QCOMPARE(hour, value(QStringLiteral("SELECT %1 / 3600000").arg(ms)));
        QVERIFY(LogBlock::firstMsOf(hour) <= ms && ms <= LogBlock::lastMsOf(hour));
        QCOMPARE(LogBlock::lastMsOf(hour) + 1, LogBlock::firstMsOf(hour + 1));
        for (const int part : {0, 1, LogBlock::MaxRows - 1}) {
            QCOMPARE(LogBlock::hourOfKey(LogBlock::key(hour, part)), hour);
            QVERIFY(LogBlock::key(hour, part) < LogBlock::key(hour + 1, 0));
        }
    }
}

LogIdList TestLogBlocks::scan(const LogQuery &query, QString *error)
{
    LogIdList ids;
    if (LogBlockScan::scan(SqliteStatement::handle(m_db), query, [] { return false; }, &ids,
                           error))
        return ids;
    LogIdList failed; // what was gathered before the failure is not an answer
    failed.append(-1);
    return failed;
}

QList<qint64> TestLogBlocks::expected(const LogQuery &query)
{
    const LogFilter::Sql where = query.filter.toSql();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id FROM attempts a %1%2")
                  .arg(where.where, LogQueryWorker::orderBy(query.sortColumn, query.order)));
    for (const QVariant &v : where.bindings)
        q.addBindValue(v);
    QList<qint64> ids;
    if (!q.exec())
        return {-2};
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<LogQuery> TestLogBlocks::queries() const
{
    QList<LogFilter> filters;
    filters << LogFilter();
    LogFilter f;
    f.outcomes = {Attempt::Outcome::Failed};
    filters << f;
    f.outcomes = {Attempt::Outcome::Delivered, Attempt::Outcome::Rejected};
    filters << f;
    f = {};
    f.profile = QStringLiteral("Staging");
    f.api = Attempt::Api::Verify;
    filters << f;
    f = {};
    f.source = Attempt::Source(1);
    f.statuses = {QStringLiteral("undelivered"), QStringLiteral("read")};
    filters << f;
    f = {};
    f.errorCode = 30008;
    filters << f;
    f = {};
    f.since = LogSchema::fromMs(T0 + 5 * Hour + 1234); // inside an hour
    f.until = LogSchema::fromMs(T0 + 30 * Hour - 17);
    f.outcomes = {Attempt::Outcome::Failed, Attempt::Outcome::Sent, Attempt::Outcome::Delivered};
    filters << f;
    f = {};
    f.since = LogSchema::fromMs(T0 + 24 * Hour); // whole hours
    filters << f;
    f = {};
    f.profile = QStringLiteral("Nobody"); // not in the dictionary
    filters << f;
    f = {};
    f.to = QStringLiteral("no digits"); // a recipient without digits asks nothing
    filters << f;
    // A recipient and free texts, through the trigram indexes' sets: a recipient's digits, a
    // template's word (every body), a sender, digits of codes and numbers, a text across a code,
    // one no row holds; alone and beside coded columns and times.
    f = {};
    f.to = QStringLiteral("+44 7700 912");
    filters << f;
    f.to = QStringLiteral("9"); // one digit: most numbers
    f.api = Attempt::Api::Verify;
    filters << f;
    f = {};
    f.text = QStringLiteral("code");
    filters << f;
    f.outcomes = {Attempt::Outcome::Failed};
    f.profile = QStringLiteral("Staging");
    filters << f;
    f = {};
    f.text = QStringLiteral("+4477");
    f.source = Attempt::Source(2);
    filters << f;
    f = {};
    f.text = QStringLiteral("MG01234");
    f.since = LogSchema::fromMs(T0 + 7 * Hour + 99);
    filters << f;
    f = {};
    f.text = QStringLiteral("234");
    filters << f;
    f = {};
    f.text = QStringLiteral("is 12");
    f.to = QStringLiteral("7700");
    filters << f;
    f = {};
    f.text = QStringLiteral("Northwind");
    filters << f;
    QList<LogQuery> list;
    for (const LogFilter &filter : std::as_const(filters)) {
        for (const int column : {LogQuery::Time, LogQuery::Profile, LogQuery::Api,
                                 LogQuery::Source, LogQuery::Status, LogQuery::Outcome,
                                 LogQuery::From, LogQuery::Error, LogQuery::Segments}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                LogQuery q;
                q.filter = filter;
                q.sortColumn = column;
                q.order = order;
                list << q;
            }
        }
    }
    return list;
}

QStringList TestLogBlocks::differences()
{
    return differences(queries());
}

QStringList TestLogBlocks::differences(const QList<LogQuery> &list)
{
    QStringList found;
    for (const LogQuery &query : list) {
        if (!LogBlockScan::answers(query)) {
            found << QStringLiteral("column %1: not answered").arg(query.sortColumn);
            continue;
        }
        QString error;
        const LogIdList got = scan(query, &error);
        const QList<qint64> want = expected(query);
        const QString name = QStringLiteral("column %1, order %2, filter %3")
                                 .arg(query.sortColumn)
                                 .arg(int(query.order))
                                 .arg(query.filter.toSql().where);
        if (!error.isEmpty()) {
            found << name + QStringLiteral(": ") + error;
            continue;
        }
        if (got.size() != want.size()) {
            found << name + QStringLiteral(": %1 ids, %2 expected").arg(got.size()).arg(want.size());
            continue;
        }
        for (qsizetype i = 0; i < want.size(); ++i) {
            if (got.at(i) != want.at(i)) {
                found << name + QStringLiteral(": at %1").arg(i);
                break;
            }
        }
        // The first page, from the hours the summary names, is the answer's top.
        if (!LogBlockScan::answersFirstPage(query))
            continue;
        for (const int limit : {1, 37, 256}) {
            QList<qint64> page;
            if (!LogBlockScan::firstPage(SqliteStatement::handle(m_db), query, limit, &page,
                                         &error))
                found << name + QStringLiteral(": first %1: ").arg(limit) + error;
            else if (page != want.mid(0, limit))
                found << name + QStringLiteral(": first %1 differ").arg(limit);
        }
    }
    return found;
}

void TestLogBlocks::answersAsTheIndexes()
{
    QCOMPARE(differences(), QStringList());
    // Not a free text too short for the trigram indexes (SQL checks every row), or the columns
    // the blocks do not hold. A recipient of any length is its numbers' rows.
    LogQuery q;
    q.filter.to = QStringLiteral("77");
    QVERIFY(LogBlockScan::answers(q));
    q.filter.to = QStringLiteral("770");
    QVERIFY(LogBlockScan::answers(q));
    q.filter = {};
    q.filter.text = QStringLiteral("co");
    QVERIFY(!LogBlockScan::answers(q));
    q.filter.to = QStringLiteral("7700");
    QVERIFY(!LogBlockScan::answers(q));
    q.filter = {};
    for (const int column : {LogQuery::To, LogQuery::Sid, LogQuery::Body}) {
        q.sortColumn = column;
        QVERIFY(!LogBlockScan::answers(q));
        QVERIFY(!LogBlockScan::answersFirstPage(q));
    }
    // A first page from the summary's hours: not for a text (its sets cost the whole text), nor
    // by a column log_hour_values does not list.
    q.sortColumn = LogQuery::From;
    QVERIFY(LogBlockScan::answers(q));
    QVERIFY(!LogBlockScan::answersFirstPage(q));
    q.sortColumn = LogQuery::Segments;
    QVERIFY(LogBlockScan::answersFirstPage(q));
    q.sortColumn = LogQuery::Time;
    QVERIFY(LogBlockScan::answersFirstPage(q));
    q.filter.text = QStringLiteral("code");
    QVERIFY(LogBlockScan::answers(q));
    QVERIFY(!LogBlockScan::answersFirstPage(q));
    // The filters above match some rows and leave others out (the text no row holds aside).
    const qsizetype all = expected(LogQuery()).size();
    for (const LogQuery &query : queries()) {
        if (query.filter.isEmpty() || query.filter.text == QLatin1String("Northwind")
            || query.filter.profile == QLatin1String("Nobody"))
            continue;
        const qsizetype n = expected(query).size();
        QVERIFY2(n > 0
                     && (n < all || query.filter.text == QLatin1String("code")
                         || query.filter.to == QLatin1String("no digits")),
                 qPrintable(QStringLiteral("%1 of %2 rows: %3 %4 %5")
                                .arg(n)
                                .arg(all)
                                .arg(query.filter.to, query.filter.text, query.filter.toSql().where)));
    }
}

void TestLogBlocks::staleHoursReadFromTheirRows()
{
    // Writes without LogWriter (the views' triggers, the sqlite3 shell) leave their hours stale.
    exec(QStringLiteral("INSERT INTO attempts(created_at, updated_at, profile, api, source, "
                        "to_number, status, outcome, error_code) VALUES (?, ?, 'Staging', "
                        "'verify', 'cli', '+14155550100', 'undelivered', 'failed', 30008)"),
         {T0 + 3 * Hour + 5, T0});
    exec(QStringLiteral("INSERT INTO attempts(created_at, updated_at, profile, api, source, "
                        "to_number, status, outcome, error_code) VALUES (?, ?, 'New', "
                        "'messages', 'hook', '+14155550100', 'sent', 'sent', 0)"),
         {T0 + 90 * Hour, T0}); // an hour that had no rows
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM log_blocks_stale")), 2);
    QCOMPARE(differences(), QStringList());
    // A coded column changed, a row moved to another hour, rows gone.
    exec(QStringLiteral("UPDATE attempt_rows SET outcome_id = (SELECT outcome_id FROM "
                        "attempt_rows WHERE id = 2) WHERE id = 700"));
    exec(QStringLiteral("UPDATE attempt_rows SET created_at = ? WHERE id = 100"), {T0 + 40 * Hour});
    exec(QStringLiteral("DELETE FROM attempt_rows WHERE id BETWEEN 1000 AND 1010"));
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM log_blocks_stale")) >= 5);
    QCOMPARE(differences(), QStringList());
    // A change to a column the blocks do not hold leaves the hour alone.
    exec(QStringLiteral("DELETE FROM log_blocks_stale"));
    QCOMPARE(differences().isEmpty(), false); // the blocks are behind the rows now...
    QString error;
    QVERIFY(m_db.transaction());
    exec(QStringLiteral("INSERT INTO log_blocks_stale(hour) SELECT DISTINCT created_at / 3600000 "
                        "FROM attempt_rows"));
    QVERIFY2(LogBlockStore::rebuildStale(SqliteStatement::handle(m_db), &error),
             qPrintable(error));
    QVERIFY(m_db.commit());
    QCOMPARE(differences(), QStringList()); // ... and rebuilt, they agree again
    exec(QStringLiteral("UPDATE attempt_rows SET price = '-0.0079' WHERE id = 5"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM log_blocks_stale")), 0);
    // The writer rebuilds what another writer left stale before it commits.
    exec(QStringLiteral("UPDATE attempt_rows SET segments = segments + 1 WHERE id = 8"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM log_blocks_stale")), 1);
    QRandomGenerator rng(5);
    write({attempt(rng, T0 + 12 * Hour)});
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM log_blocks_stale")), 0);
    QCOMPARE(differences(), QStringList());
}

void TestLogBlocks::anHourPastOneBlock()
{
    // More rows in one hour than a block holds: the hour is split, in order.
    QRandomGenerator rng(9);
    QList<Attempt> list;
    for (int i = 0; i < LogBlock::MaxRows + 900; ++i)
        list << attempt(rng, T0 + 60 * Hour + rng.bounded(int(Hour)));
    write(list);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM log_blocks WHERE key BETWEEN %1 AND %2")
                       .arg(LogBlock::key(LogBlock::hourOf(T0) + 60, 0))
                       .arg(LogBlock::key(LogBlock::hourOf(T0) + 60, LogBlock::MaxRows - 1))),
             2);
    // In time order both ways, and by a coded column both ways with a filter (the SQL that
    // checks them takes seconds for every query over this many rows).
    QList<LogQuery> some;
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        LogQuery q;
        q.order = order;
        some << q;
        q.sortColumn = LogQuery::Outcome;
        q.filter.profile = QStringLiteral("Staging");
        some << q;
    }
    QCOMPARE(differences(some), QStringList());
    // Stale, it is read from its rows in as many parts.
    exec(QStringLiteral("UPDATE attempt_rows SET segments = 9 WHERE id = (SELECT max(id) FROM "
                        "attempt_rows)"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM log_blocks_stale")), 1);
    QCOMPARE(differences(some), QStringList());
    write({});
}

void TestLogBlocks::firstPageBySegmentsFollowsTheRows()
{
    // No summary counts the segments: their hours are listed by the writer, by the triggers for
    // other writers' rows, and again when a row's count or hour changes. The most segments come
    // first, whoever wrote the row and wherever it moved.
    LogQuery most;
    most.sortColumn = LogQuery::Segments;
    most.order = Qt::DescendingOrder;
    const auto first = [&] {
        QList<qint64> page;
        QString error;
        if (!LogBlockScan::firstPage(SqliteStatement::handle(m_db), most, 1, &page, &error))
            return qint64(-1);
        return page.value(0, 0);
    };
    QRandomGenerator rng(21);
    Attempt a = attempt(rng, T0 + 20 * Hour + 17);
    a.segments = 40; // more than any row above
    write({a});
    const qint64 byWriter = value(QStringLiteral("SELECT max(id) FROM attempt_rows"));
    QCOMPARE(first(), byWriter);
    exec(QStringLiteral("INSERT INTO attempts(created_at, updated_at, profile, api, source, "
                        "to_number, status, outcome, segments) VALUES (?, ?, 'Main', 'messages', "
                        "'hook', '+14155550100', 'sent', 'sent', 50)"),
         {T0 + 30 * Hour + 5, T0});
    const qint64 byView = value(QStringLiteral("SELECT max(id) FROM attempt_rows"));
    QCOMPARE(first(), byView);
    exec(QStringLiteral("UPDATE attempt_rows SET created_at = ? WHERE id = ?"),
         {T0 + 95 * Hour, byView});
    QCOMPARE(first(), byView);
    exec(QStringLiteral("UPDATE attempt_rows SET segments = 45 WHERE id = ?"), {byView});
    QCOMPARE(first(), byView);
    exec(QStringLiteral("UPDATE attempt_rows SET segments = 35 WHERE id = ?"), {byView});
    QCOMPARE(first(), byWriter);
    exec(QStringLiteral("DELETE FROM attempt_rows WHERE id = ?"), {byWriter});
    QCOMPARE(first(), byView);
    // Every id in order, both ways, and with a filter (the whole list of queries takes seconds
    // over the rows of the hour above).
    QList<LogQuery> some;
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        LogQuery q;
        q.sortColumn = LogQuery::Segments;
        q.order = order;
        some << q;
        q.filter.profile = QStringLiteral("Staging");
        some << q;
    }
    QCOMPARE(differences(some), QStringList());
    write({});
}

void TestLogBlocks::readsTheBlocks()
{
    // A block this build cannot read fails the scan, naming it: the scan reads the blocks, not
    // the rows (and the viewer then asks the indexes).
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM log_blocks_stale")), 0);
    exec(QStringLiteral("UPDATE log_blocks SET data = x'02' WHERE key = (SELECT min(key) FROM "
                        "log_blocks)"));
    QString error;
    const LogIdList ids = scan(LogQuery(), &error);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.at(0), qint64(-1));
    QVERIFY2(error.contains(QString::number(value(QStringLiteral("SELECT min(key) FROM "
                                                                 "log_blocks")))),
             qPrintable(error));
    // Superseded: the scan stops and says nothing.
    LogIdList none;
    error.clear();
    QVERIFY(!LogBlockScan::scan(SqliteStatement::handle(m_db), LogQuery(), [] { return true; },
                                &none, &error));
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLogBlocks)
#include "TestLogBlocks.moc"
