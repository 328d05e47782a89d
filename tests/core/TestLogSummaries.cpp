#include "LogSummaryChecks.h"
#include "log/LogFilter.h"
#include "log/LogInsights.h"
#include "log/LogSchema.h"
#include "log/LogSummaries.h"
#include "log/LogWriter.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// The maintained summaries of schema step 6: which filters they answer, that every kind of write
// (insert, status change, new transition, delete) keeps them equal to counts taken from the rows,
// also LogWriter's, which counts its rows itself before it commits (step 10), and that the
// insights they answer are the ones the rows give.
class TestLogSummaries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void whichFiltersTheyAnswer();
    void keptByEveryWrite();
    void countedByTheWriterBeforeCommit();
    void countedByTheWriterInBulk();
    void insightsAsTheRowsGiveThem_data();
    void insightsAsTheRowsGiveThem();

private:
    qint64 add(qint64 created, const QString &to, const QString &outcome, const QString &status,
               int errorCode, const QString &profile, const QString &api,
               const QList<std::pair<QString, int>> &timeline);
    void exec(const QString &sql, const QVariantList &bindings = {});
    QStringList differences();
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

namespace {
const qint64 T0 = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 Hour = 3600000;
} // namespace

void TestLogSummaries::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_db);
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
}

qint64 TestLogSummaries::add(qint64 created, const QString &to, const QString &outcome,
                             const QString &status, int errorCode, const QString &profile,
                             const QString &api, const QList<std::pair<QString, int>> &timeline)
{
    exec(QStringLiteral("INSERT INTO attempts(created_at, updated_at, profile, api, source, "
                        "to_number, status, outcome, error_code) VALUES (?, ?, ?, ?, 'cli', ?, ?, "
                        "?, ?)"),
         {created, created, profile, api, to, status, outcome, errorCode});
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT max(id) FROM attempt_rows")) || !last.next())
        return 0;
    const qint64 id = last.value(0).toLongLong();
    for (const auto &[s, afterMs] : timeline)
        exec(QStringLiteral("INSERT INTO transitions(attempt_id, at, status) VALUES (?, ?, ?)"),
             {id, created + afterMs, s});
    return id;
}

QStringList TestLogSummaries::differences()
{
    QStringList found;
    for (const QString &check : summaryChecks()) {
        QSqlQuery q(m_db);
        if (!q.exec(check)) {
            found << q.lastError().text();
            continue;
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            found << values.join(QLatin1Char(','));
        }
    }
    return found;
}

void TestLogSummaries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = LogSchema::openConnection(QStringLiteral("summaries"),
                                     m_dir.filePath(QStringLiteral("log.sqlite")), false, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    QVERIFY2(LogSchema::migrate(m_db, &error), qPrintable(error));
    // A few hundred attempts over three days, two profiles, both APIs, four countries, every
    // outcome; latencies from 80 ms to 40 s.
    QRandomGenerator rng(16);
    const QStringList numbers {QStringLiteral("+447700900001"), QStringLiteral("+14155550100"),
                               QStringLiteral("+33612345678"), QStringLiteral("+4915112345678")};
    const QList<std::pair<QString, QString>> outcomes {
        {QStringLiteral("delivered"), QStringLiteral("delivered")},
        {QStringLiteral("delivered"), QStringLiteral("read")},
        {QStringLiteral("failed"), QStringLiteral("undelivered")},
        {QStringLiteral("failed"), QStringLiteral("failed")},
        {QStringLiteral("rejected"), QString()},
        {QStringLiteral("pending"), QStringLiteral("sent")},
        {QStringLiteral("not-sent"), QString()}};
    for (int i = 0; i < 300; ++i) {
        const qint64 created = T0 + qint64(rng.bounded(72 * 60)) * 60000;
        const auto &[outcome, status] = outcomes.at(rng.bounded(int(outcomes.size())));
        const bool failed = outcome == QLatin1String("failed");
        const int code = failed                    ? (rng.bounded(2) ? 30003 : 30008)
            : outcome == QLatin1String("rejected") ? 21211
                                                   : 0;
        QList<std::pair<QString, int>> timeline;
        if (!status.isEmpty())
            timeline << std::make_pair(QStringLiteral("queued"), 0);
        if (outcome == QLatin1String("delivered"))
            timeline << std::make_pair(status, 80 + rng.bounded(40000));
        QVERIFY(add(created, numbers.at(rng.bounded(int(numbers.size()))), outcome, status, code,
                    rng.bounded(3) ? QStringLiteral("Main") : QStringLiteral("Other"),
                    rng.bounded(4) ? QStringLiteral("messages") : QStringLiteral("verify"),
                    timeline));
    }
}

void TestLogSummaries::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("summaries"));
}

void TestLogSummaries::whichFiltersTheyAnswer()
{
    using LogSummaries::Table;
    LogFilter f;
    f.profile = QStringLiteral("Main");
    f.outcomes = {Attempt::Outcome::Failed};
    f.since = QDateTime::fromMSecsSinceEpoch(T0 + 5 * Hour, Qt::UTC);
    QVERIFY(LogSummaries::where(f, Table::Hours));
    // A day summary needs whole days.
    QVERIFY(!LogSummaries::where(f, Table::CountryDays));
    f.since = QDateTime::fromMSecsSinceEpoch(T0 + 24 * Hour, Qt::UTC);
    QVERIFY(LogSummaries::where(f, Table::CountryDays));
    // Only delivered attempts have a latency: failures alone select none of it.
    const auto latency = LogSummaries::where(f, Table::LatencyHours);
    QVERIFY(latency && latency->where.contains(QLatin1String(" 0")));
    // What the summaries do not hold: a time inside an hour, a recipient, a text.
    LogFilter inside = f;
    inside.until = QDateTime::fromMSecsSinceEpoch(T0 + 30 * Hour + 60000, Qt::UTC);
    QVERIFY(!LogSummaries::where(inside, Table::Hours));
    LogFilter to;
    to.to = QStringLiteral("+44");
    QVERIFY(!LogSummaries::where(to, Table::Hours));
    LogFilter text;
    text.text = QStringLiteral("code");
    QVERIFY(!LogSummaries::where(text, Table::LatencyHours));
}

void TestLogSummaries::keptByEveryWrite()
{
    QCOMPARE(differences(), QStringList());
    // A status change through the view moves the attempt to another cell, and a delivered
    // transition gives it a latency.
    const qint64 id
        = add(T0 + 5 * Hour + 60000, QStringLiteral("+447700900001"), QStringLiteral("pending"),
              QStringLiteral("sent"), 0, QStringLiteral("Main"), QStringLiteral("messages"),
              {{QStringLiteral("queued"), 0}});
    QCOMPARE(differences(), QStringList());
    exec(QStringLiteral("UPDATE attempts SET status = 'delivered', outcome = 'delivered' WHERE "
                        "id = ?"),
         {id});
    exec(QStringLiteral("INSERT INTO transitions(attempt_id, at, status) VALUES (?, ?, "
                        "'delivered')"),
         {id, T0 + 5 * Hour + 64000});
    QCOMPARE(differences(), QStringList());
    // The coded row written directly, as the writer does: another hour, another number.
    exec(QStringLiteral("UPDATE attempt_rows SET to_number = '+33612345000' WHERE id = ?"), {id});
    QCOMPARE(differences(), QStringList());
    const auto timeline = [&] {
        QStringList list;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT at, status FROM transitions WHERE attempt_id = ? ORDER "
                                 "BY seq"));
        q.addBindValue(id);
        if (q.exec())
            while (q.next())
                list << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        return list;
    };
    const QStringList before = timeline();
    QCOMPARE(before.size(), 2);
    exec(QStringLiteral("UPDATE attempt_rows SET created_at = created_at + ? WHERE id = ?"),
         {2 * Hour, id});
    QCOMPARE(differences(), QStringList());
    // The transitions keep their own times (the row holds them as offsets from its creation).
    QCOMPARE(timeline(), before);
    exec(QStringLiteral("UPDATE attempt_rows SET delivered_at = delivered_at + 900 WHERE id = ?"),
         {id});
    QCOMPARE(differences(), QStringList());
    // Deleted: out of every summary, and a cell left empty is gone.
    exec(QStringLiteral("DELETE FROM attempts WHERE id = ?"), {id});
    exec(QStringLiteral("DELETE FROM attempt_rows WHERE id IN (SELECT id FROM attempt_rows "
                        "ORDER BY id LIMIT 20)"));
    QCOMPARE(differences(), QStringList());
    QSqlQuery empty(m_db);
    QVERIFY(empty.exec(QStringLiteral("SELECT count(*) FROM log_hours WHERE n <= 0")));
    QVERIFY(empty.next());
    QCOMPARE(empty.value(0).toInt(), 0);
}

void TestLogSummaries::countedByTheWriterBeforeCommit()
{
    QCOMPARE(differences(), QStringList());
    const auto attempts = [&] {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("SELECT count(*) FROM attempt_rows")) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    };
    const auto attempt = [](qint64 created, const QString &status) {
        Attempt a;
        a.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        a.updatedAt = a.createdAt;
        a.profile = QStringLiteral("Writer");
        a.source = Attempt::Source::Hook;
        a.to = QStringLiteral("+4915112340000");
        a.from = QStringLiteral("+15005550006");
        a.body = QStringLiteral("Your code is 123456");
        a.status = status;
        a.outcome = Attempt::outcomeForStatus(status);
        StatusTransition queued;
        queued.status = QStringLiteral("queued");
        queued.at = a.createdAt;
        a.timeline << queued;
        if (status == QLatin1String("delivered")) {
            StatusTransition delivered;
            delivered.status = status;
            delivered.at = a.createdAt.addMSecs(2500);
            a.timeline << delivered;
        }
        return a;
    };
    const qint64 before = attempts();
    QString error;
    qint64 id = 0;
    {
        LogWriter writer(m_db);
        // The writer's rows are left out by the insert triggers until it counts them...
        QVERIFY(m_db.transaction());
        QVERIFY2(
            writer.insertAttempt(attempt(T0 + 7 * Hour, QStringLiteral("delivered")), &id, &error),
            qPrintable(error));
        QCOMPARE(differences().size(), 4); // one cell of each summary
        // ... and a commit that would store them uncounted fails and takes them back.
        QVERIFY(!m_db.commit());
        m_db.rollback();
        QCOMPARE(attempts(), before);
        QCOMPARE(differences(), QStringList());

        // Counted at once before the writer changes one of them (the update counts it out of
        // its old cell), and the rest before the commit; the views' inserts on the writer's
        // connection are left to it too.
        QVERIFY(m_db.transaction());
        for (int i = 0; i < 3; ++i)
            QVERIFY2(writer.insertAttempt(attempt(T0 + (8 + i) * Hour, QStringLiteral("sent")), &id,
                                          &error),
                     qPrintable(error));
        Attempt changed = attempt(T0 + 10 * Hour, QStringLiteral("delivered"));
        changed.id = id;
        QVERIFY2(writer.updateAttempt(changed, &error), qPrintable(error));
        QCOMPARE(differences(), QStringList());
        add(T0 + 11 * Hour, QStringLiteral("+14155550100"), QStringLiteral("failed"),
            QStringLiteral("undelivered"), 30003, QStringLiteral("Writer"),
            QStringLiteral("messages"), {});
        QVERIFY2(
            writer.insertAttempt(attempt(T0 + 12 * Hour, QStringLiteral("queued")), &id, &error),
            qPrintable(error));
        QVERIFY(!differences().isEmpty());
        QVERIFY2(writer.indexPending(&error), qPrintable(error));
        QVERIFY(m_db.commit());
        QCOMPARE(attempts(), before + 5);
        QCOMPARE(differences(), QStringList());
        // The rows are in the trigram index: none is left queued, and a search of the text finds
        // the four with the writer's recipient (the number is in the rows' own trigrams).
        LogFilter recipient;
        recipient.text = QStringLiteral("4915112340000");
        const LogFilter::Sql sql = recipient.toSql();
        QSqlQuery fts(m_db);
        QVERIFY(fts.prepare(QStringLiteral("SELECT (SELECT count(*) FROM attempts a %1), (SELECT "
                                           "count(*) FROM log_fts_pending)")
                                .arg(sql.where)));
        for (const QVariant &v : sql.bindings)
            fts.addBindValue(v);
        QVERIFY2(fts.exec() && fts.next(), qPrintable(fts.lastError().text()));
        QCOMPARE(fts.value(0).toInt(), 4);
        QCOMPARE(fts.value(1).toInt(), 0);
        fts.finish();

        // A rolled-back insert is not counted later.
        QVERIFY(m_db.transaction());
        QVERIFY2(writer.insertAttempt(attempt(T0 + 13 * Hour, QStringLiteral("sent")), &id, &error),
                 qPrintable(error));
        QVERIFY(m_db.rollback());
        writer.rolledBack();
        QVERIFY(m_db.transaction());
        QVERIFY2(writer.indexPending(&error), qPrintable(error));
        QVERIFY(m_db.commit());
        QCOMPARE(attempts(), before + 5);
        QCOMPARE(differences(), QStringList());
    }
    // Without a writer, the triggers count each row as it comes again.
    add(T0 + 14 * Hour, QStringLiteral("+14155550100"), QStringLiteral("delivered"),
        QStringLiteral("delivered"), 0, QStringLiteral("Writer"), QStringLiteral("messages"),
        {{QStringLiteral("queued"), 0}, {QStringLiteral("delivered"), 900}});
    QCOMPARE(attempts(), before + 6);
    QCOMPARE(differences(), QStringList());
}

void TestLogSummaries::countedByTheWriterInBulk()
{
    // Thousands of rows of one transaction counted at once (LogDeferredCounter): every key of
    // every summary, texts in other scripts and numbers without a calling code among them, and
    // the hours of each segment count listed.
    const QStringList profiles {QStringLiteral("Main"), QStringLiteral("Écrit ✓"),
                                QStringLiteral("Другой"), QStringLiteral("")};
    const QStringList numbers {QStringLiteral("+447700900001"), QStringLiteral("+14155550100"),
                               QStringLiteral("+33612345678"), QStringLiteral("+999123456"),
                               QStringLiteral("+8613812345678")};
    const QStringList statuses {QStringLiteral("delivered"), QStringLiteral("undelivered"),
                                QStringLiteral("sent"), QStringLiteral("queued"), QString()};
    QRandomGenerator rng(23);
    LogWriter writer(m_db);
    QString error;
    QVERIFY(m_db.transaction());
    for (int i = 0; i < 3000; ++i) {
        Attempt a;
        a.createdAt
            = QDateTime::fromMSecsSinceEpoch(T0 + 20 * Hour + rng.bounded(120) * 60000, Qt::UTC);
        a.updatedAt = a.createdAt;
        a.profile = profiles.at(rng.bounded(int(profiles.size())));
        a.api = rng.bounded(3) ? Attempt::Api::Messages : Attempt::Api::Verify;
        a.source = Attempt::Source(rng.bounded(3));
        a.to = numbers.at(rng.bounded(int(numbers.size())));
        a.body = QStringLiteral("Code %1").arg(i);
        a.segments = rng.bounded(5);
        a.status = statuses.at(rng.bounded(int(statuses.size())));
        a.outcome
            = a.status.isEmpty() ? Attempt::Outcome::Rejected : Attempt::outcomeForStatus(a.status);
        a.errorCode = a.outcome == Attempt::Outcome::Failed ? 30003 + rng.bounded(6) : 0;
        if (!a.status.isEmpty()) {
            StatusTransition queued;
            queued.status = QStringLiteral("queued");
            queued.at = a.createdAt;
            a.timeline << queued;
        }
        if (a.status == QLatin1String("delivered")) {
            StatusTransition delivered;
            delivered.status = a.status;
            delivered.at = a.createdAt.addMSecs(100 + rng.bounded(30000));
            a.timeline << delivered;
        }
        qint64 id = 0;
        QVERIFY2(writer.insertAttempt(a, &id, &error), qPrintable(error));
    }
    QVERIFY2(writer.indexPending(&error), qPrintable(error));
    QVERIFY(m_db.commit());
    QCOMPARE(differences(), QStringList());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 'segments', segments, "
                                  "created_at / 3600000 FROM attempt_rows EXCEPT SELECT col, "
                                  "value, hour FROM log_hour_values)"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestLogSummaries::insightsAsTheRowsGiveThem_data()
{
    QTest::addColumn<LogFilter>("filter");
    QTest::newRow("everything") << LogFilter();
    LogFilter main;
    main.profile = QStringLiteral("Main");
    QTest::newRow("one profile") << main;
    LogFilter failed;
    failed.outcomes = {Attempt::Outcome::Failed, Attempt::Outcome::Rejected};
    QTest::newRow("failures") << failed;
    LogFilter undelivered;
    undelivered.statuses = {QStringLiteral("undelivered")};
    undelivered.api = Attempt::Api::Messages;
    QTest::newRow("undelivered messages") << undelivered;
    LogFilter code;
    code.errorCode = 30003;
    QTest::newRow("one error code") << code;
    LogFilter day;
    day.since = QDateTime::fromMSecsSinceEpoch(T0 + 24 * Hour, Qt::UTC);
    day.until = QDateTime::fromMSecsSinceEpoch(T0 + 48 * Hour, Qt::UTC);
    day.profile = QStringLiteral("Other");
    QTest::newRow("one day of a profile") << day;
    LogFilter hours;
    hours.since = QDateTime::fromMSecsSinceEpoch(T0 + 3 * Hour, Qt::UTC);
    hours.until = QDateTime::fromMSecsSinceEpoch(T0 + 9 * Hour, Qt::UTC);
    hours.outcomes = {Attempt::Outcome::Delivered};
    QTest::newRow("six hours, delivered") << hours;
}

void TestLogSummaries::insightsAsTheRowsGiveThem()
{
    QFETCH(LogFilter, filter);
    QVERIFY(LogSummaries::where(filter, LogSummaries::Table::Hours));
    // The same attempts through the rows: every recipient holds a "+", and a one-character
    // text is no question a summary can answer.
    LogFilter rows = filter;
    rows.text = QStringLiteral("+");
    QVERIFY(!LogSummaries::where(rows, LogSummaries::Table::Hours));

    LogInsights::Report fromSummaries, fromRows;
    QString error;
    QVERIFY2(LogInsights::report(m_db, filter, &fromSummaries, &error), qPrintable(error));
    QVERIFY2(LogInsights::report(m_db, rows, &fromRows, &error), qPrintable(error));
    QVERIFY(!fromRows.hourly.isEmpty());
    QCOMPARE(fromSummaries.hourly.size(), fromRows.hourly.size());
    for (qsizetype i = 0; i < fromRows.hourly.size(); ++i) {
        const auto &a = fromSummaries.hourly.at(i), &b = fromRows.hourly.at(i);
        QCOMPARE(a.start, b.start);
        QCOMPARE(QList<int>({a.delivered, a.undelivered, a.failed, a.notSent, a.pending}),
                 QList<int>({b.delivered, b.undelivered, b.failed, b.notSent, b.pending}));
    }
    QCOMPARE(fromSummaries.latency.count, fromRows.latency.count);
    QCOMPARE(fromSummaries.latency.p50Ms, fromRows.latency.p50Ms);
    QCOMPARE(fromSummaries.latency.p95Ms, fromRows.latency.p95Ms);
    QCOMPARE(fromSummaries.latency.histogram, fromRows.latency.histogram);
    QCOMPARE(fromSummaries.errors.size(), fromRows.errors.size());
    for (qsizetype i = 0; i < fromRows.errors.size(); ++i) {
        QCOMPARE(fromSummaries.errors.at(i).code, fromRows.errors.at(i).code);
        QCOMPARE(fromSummaries.errors.at(i).count, fromRows.errors.at(i).count);
    }
    QCOMPARE(fromSummaries.countries.size(), fromRows.countries.size());
    for (qsizetype i = 0; i < fromRows.countries.size(); ++i) {
        QCOMPARE(fromSummaries.countries.at(i).callingCode, fromRows.countries.at(i).callingCode);
        QCOMPARE(fromSummaries.countries.at(i).sends, fromRows.countries.at(i).sends);
        QCOMPARE(fromSummaries.countries.at(i).failures, fromRows.countries.at(i).failures);
    }
    LogInsights::Summary a, b;
    QVERIFY(LogInsights::summary(m_db, filter, &a, &error));
    QVERIFY(LogInsights::summary(m_db, rows, &b, &error));
    QCOMPARE(QList<qint64>({a.sends, a.delivered, a.failures, a.medianLatencyMs}),
             QList<qint64>({b.sends, b.delivered, b.failures, b.medianLatencyMs}));
}

QTEST_GUILESS_MAIN(TestLogSummaries)
#include "TestLogSummaries.moc"
