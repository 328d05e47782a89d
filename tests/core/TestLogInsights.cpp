#include "log/LogFilter.h"
#include "log/LogInsights.h"
#include "log/LogSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// LogInsights over a real, migrated SQLite log holding a small known set of attempts: the
// hourly and daily delivery rate, the queued -> delivered latency with its percentiles and
// histogram, failures by error code, sends and failures by country calling code; every
// aggregate follows the filter (another profile's attempt is never counted).
class TestLogInsights : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deliveryRateByHourAndDay();
    void latencyPercentilesAndHistogram();
    void failuresByErrorCode();
    void byCountryCallingCode();
    void callingCodes_data();
    void callingCodes();
    void emptySelection();
    void summaryOfAFilter();
    void reportFromTheFileAndRegroupedDays();

private:
    void add(int minute, const QString &to, const QString &outcome, const QString &status,
             int errorCode, const QList<std::pair<QString, int>> &timeline,
             const QString &profile = QStringLiteral("Main"));
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    LogFilter m_main;
};

namespace {
const qint64 T0 = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void TestLogInsights::add(int minute, const QString &to, const QString &outcome,
                          const QString &status, int errorCode,
                          const QList<std::pair<QString, int>> &timeline, const QString &profile)
{
    const qint64 created = T0 + qint64(minute) * 60000;
    QSqlQuery q(m_db);
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO attempts(created_at, updated_at, profile, api, source, to_number, status,"
        " outcome, error_code) VALUES (?, ?, ?, 'messages', 'cli', ?, ?, ?, ?)")));
    for (const QVariant &v :
         QVariantList {created, created, profile, to, status, outcome, errorCode})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // Written through the view, whose trigger stores the row: the id is the newest one.
    QSqlQuery last(m_db);
    QVERIFY(last.exec(QStringLiteral("SELECT max(id) FROM attempts")) && last.next());
    const qint64 id = last.value(0).toLongLong();
    for (const auto &[s, afterMs] : timeline) {
        QSqlQuery t(m_db);
        QVERIFY(t.prepare(
            QStringLiteral("INSERT INTO transitions(attempt_id, at, status) VALUES (?, ?, ?)")));
        t.addBindValue(id);
        t.addBindValue(created + afterMs);
        t.addBindValue(s);
        QVERIFY2(t.exec(), qPrintable(t.lastError().text()));
    }
}

void TestLogInsights::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = LogSchema::openConnection(QStringLiteral("insights"),
                                     m_dir.filePath(QStringLiteral("log.sqlite")), false, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    QVERIFY2(LogSchema::migrate(m_db, &error), qPrintable(error));
    const QString q = QStringLiteral("queued"), d = QStringLiteral("delivered");
    // Hour 0
    add(5, QStringLiteral("+447700900001"), d, d, 0, {{q, 0}, {d, 1000}});
    add(10, QStringLiteral("+447700900002"), d, d, 0,
        {{q, 0}, {QStringLiteral("sent"), 500}, {d, 3000}});
    add(20, QStringLiteral("+14155550100"), QStringLiteral("failed"), QStringLiteral("undelivered"),
        30003, {{q, 0}});
    add(30, QStringLiteral("+447700900009"), d, d, 0, {{q, 0}, {d, 500}}, QStringLiteral("Other"));
    add(40, QStringLiteral("+447700900010"), QStringLiteral("not-sent"), QStringLiteral(""), 0, {},
        QStringLiteral("Other")); // Twilio was never reached
    // Hour 1
    add(65, QStringLiteral("+14155550101"), QStringLiteral("failed"), QStringLiteral("failed"),
        30008, {{q, 0}});
    add(70, QStringLiteral("+14155550102"), QStringLiteral("rejected"), QStringLiteral(""), 21211,
        {});
    add(80, QStringLiteral("+33612345678"), d, d, 0, {{q, 0}, {d, 10000}});
    // Hour 2
    add(125, QStringLiteral("+33612345679"), QStringLiteral("pending"), QStringLiteral("sent"), 0,
        {{q, 0}});
    add(130, QStringLiteral("+447700900003"), QStringLiteral("cancelled"), QStringLiteral(""), 0,
        {});
    add(140, QStringLiteral("+447700900004"), d, d, 0,
        {{QStringLiteral("accepted"), 0}, {d, 2000}});
    add(150, QStringLiteral("+447700900005"), QStringLiteral("failed"),
        QStringLiteral("undelivered"), 30003, {{q, 0}});
    m_main.profile = QStringLiteral("Main");
}

void TestLogInsights::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("insights"));
}

void TestLogInsights::deliveryRateByHourAndDay()
{
    QList<LogInsights::RateBucket> hours;
    QString error;
    QVERIFY2(LogInsights::deliveryRate(m_db, m_main, 3600, &hours, &error), qPrintable(error));
    QCOMPARE(hours.size(), 3);
    const auto expect
        = [&](int i, int delivered, int undelivered, int failed, int notSent, int pending) {
              QCOMPARE(hours[i].start, LogSchema::fromMs(T0 + qint64(i) * 3600000));
              QCOMPARE(hours[i].delivered, delivered);
              QCOMPARE(hours[i].undelivered, undelivered);
              QCOMPARE(hours[i].failed, failed);
              QCOMPARE(hours[i].notSent, notSent);
              QCOMPARE(hours[i].pending, pending);
          };
    expect(0, 2, 1, 0, 0, 0);
    expect(1, 1, 0, 1, 1, 0);
    expect(2, 1, 1, 0, 1, 1);

    QList<LogInsights::RateBucket> days;
    QVERIFY(LogInsights::deliveryRate(m_db, m_main, 86400, &days, &error));
    QCOMPARE(days.size(), 1);
    QCOMPARE(days[0].total(), 10);
    QCOMPARE(days[0].delivered, 4);

    // Every profile: the other one's delivered and not sent attempts are counted too.
    QVERIFY(LogInsights::deliveryRate(m_db, LogFilter(), 86400, &days, &error));
    QCOMPARE(days[0].total(), 12);
    QCOMPARE(days[0].delivered, 5);
    QCOMPARE(days[0].notSent, 3); // rejected, cancelled, not sent
}

void TestLogInsights::latencyPercentilesAndHistogram()
{
    LogInsights::Latency latency;
    QString error;
    QVERIFY2(LogInsights::latency(m_db, m_main, 2000, 3, &latency, &error), qPrintable(error));
    // 1000, 2000 (from accepted), 3000, 10000 ms
    QCOMPARE(latency.count, 4);
    QCOMPARE(latency.p50Ms, 2000);
    QCOMPARE(latency.p95Ms, 10000);
    QCOMPARE(latency.bucketMs, 2000);
    QCOMPARE(latency.histogram, (QList<int> {1, 2, 1})); // the last bucket holds the rest
}

void TestLogInsights::failuresByErrorCode()
{
    QList<LogInsights::ErrorCount> errors;
    QString error;
    QVERIFY2(LogInsights::failuresByError(m_db, m_main, 10, &errors, &error), qPrintable(error));
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors[0].code, 30003);
    QCOMPARE(errors[0].count, 2);
    QCOMPARE(errors[1].code, 21211);
    QCOMPARE(errors[2].code, 30008);
    QVERIFY(LogInsights::failuresByError(m_db, m_main, 1, &errors, &error));
    QCOMPARE(errors.size(), 1);
}

void TestLogInsights::byCountryCallingCode()
{
    QList<LogInsights::CountryCount> countries;
    QString error;
    QVERIFY2(LogInsights::byCountry(m_db, m_main, &countries, &error), qPrintable(error));
    QCOMPARE(countries.size(), 3);
    QCOMPARE(countries[0].callingCode, 44);
    QCOMPARE(countries[0].region, QStringLiteral("GB"));
    QCOMPARE(countries[0].sends, 5);
    QCOMPARE(countries[0].failures, 1);
    QCOMPARE(countries[1].callingCode, 1);
    QCOMPARE(countries[1].region, QStringLiteral("US"));
    QCOMPARE(countries[1].sends, 3);
    QCOMPARE(countries[1].failureRate(), 1.0);
    QCOMPARE(countries[2].callingCode, 33);
    QCOMPARE(countries[2].region, QStringLiteral("FR"));
    QCOMPARE(countries[2].failures, 0);
}

void TestLogInsights::callingCodes_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("code");
    QTest::newRow("NANP") << QStringLiteral("+14155552671") << 1;
    QTest::newRow("UK") << QStringLiteral("+447700900123") << 44;
    QTest::newRow("Ireland") << QStringLiteral("+353851234567") << 353;
    QTest::newRow("code alone") << QStringLiteral("+44") << 44;
    QTest::newRow("unassigned") << QStringLiteral("+999123") << 0;
    QTest::newRow("not digits") << QStringLiteral("+4x4") << 0;
    QTest::newRow("no plus") << QStringLiteral("4155552671") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestLogInsights::callingCodes()
{
    QFETCH(QString, number);
    QFETCH(int, code);
    QCOMPARE(LogInsights::callingCode(number), code);
}

void TestLogInsights::emptySelection()
{
    LogFilter none;
    none.profile = QStringLiteral("Nobody");
    QString error;
    LogInsights::Latency latency;
    QVERIFY(LogInsights::latency(m_db, none, 1000, 5, &latency, &error));
    QCOMPARE(latency.count, 0);
    QCOMPARE(latency.p50Ms, -1);
    QCOMPARE(latency.histogram, QList<int>(5, 0));
    QList<LogInsights::RateBucket> rate;
    QVERIFY(LogInsights::deliveryRate(m_db, none, 3600, &rate, &error));
    QVERIFY(rate.isEmpty());
    QList<LogInsights::CountryCount> countries;
    QVERIFY(LogInsights::byCountry(m_db, none, &countries, &error));
    QVERIFY(countries.isEmpty());
}

void TestLogInsights::summaryOfAFilter()
{
    QString error;
    LogInsights::Summary summary;
    QVERIFY2(LogInsights::summary(m_db, m_main, &summary, &error), qPrintable(error));
    QCOMPARE(summary.sends, 10); // "Other"'s delivered attempt is not counted
    QCOMPARE(summary.delivered, 4);
    QCOMPARE(summary.failures, 4); // two undelivered, one failed, one rejected
    QCOMPARE(summary.medianLatencyMs, 2000); // of 1 s, 2 s, 3 s and 10 s
    QCOMPARE(summary.deliveredRate(), 0.4);

    LogFilter later = m_main; // from hour 1 on: the strip's "since" bound
    later.since = QDateTime::fromMSecsSinceEpoch(T0 + 3600000, Qt::UTC);
    QVERIFY(LogInsights::summary(m_db, later, &summary, &error));
    QCOMPARE(summary.sends, 7);
    QCOMPARE(summary.delivered, 2);
    QCOMPARE(summary.failures, 3);
    QCOMPARE(summary.medianLatencyMs, 2000); // of 2 s and 10 s: the nearest rank

    LogFilter none;
    none.profile = QStringLiteral("Nobody");
    QVERIFY(LogInsights::summary(m_db, none, &summary, &error));
    QCOMPARE(summary.sends, 0);
    QCOMPARE(summary.medianLatencyMs, -1);
    QCOMPARE(summary.deliveredRate(), 0.0);
}

void TestLogInsights::reportFromTheFileAndRegroupedDays()
{
    // The worker's way in: a read-only connection of its own to the file.
    LogInsights::Report report;
    QString error;
    QVERIFY2(LogInsights::reportFromFile(m_dir.filePath(QStringLiteral("log.sqlite")), m_main,
                                         &report, &error),
             qPrintable(error));
    QCOMPARE(report.hourly.size(), 3);
    QCOMPARE(report.hourly[1].total(), 3);
    QCOMPARE(report.latency.count, 4);
    QCOMPARE(report.latency.bucketMs, LogInsights::ReportLatencyBucketMs);
    QCOMPARE(report.latency.histogram.size(), LogInsights::ReportLatencyBuckets);
    QCOMPARE(report.latency.histogram[1], 1); // 1 s
    QCOMPARE(report.latency.histogram[10], 1); // 10 s
    QCOMPARE(report.errors.size(), 3);
    QCOMPARE(report.countries.size(), 3);

    LogInsights::Summary summary;
    QVERIFY(LogInsights::summaryFromFile(m_dir.filePath(QStringLiteral("log.sqlite")), m_main,
                                         &summary, &error));
    QCOMPARE(summary.sends, 10);

    // Hours added up into days: the three hours of 1 November are one day, a later one another.
    QList<LogInsights::RateBucket> hours = report.hourly;
    LogInsights::RateBucket late;
    late.start = LogSchema::fromMs(T0 + 86400000LL + 5 * 3600000LL);
    late.failed = 2;
    hours << late;
    const QList<LogInsights::RateBucket> days = LogInsights::regroup(hours, 86400);
    QCOMPARE(days.size(), 2);
    QCOMPARE(days[0].start, LogSchema::fromMs(T0));
    QCOMPARE(days[0].total(), 10);
    QCOMPARE(days[0].delivered, 4);
    QCOMPARE(days[0].undelivered, 2);
    QCOMPARE(days[1].start, LogSchema::fromMs(T0 + 86400000LL));
    QCOMPARE(days[1].failed, 2);

    // A file that is not there is an error, not an empty report.
    QVERIFY(!LogInsights::reportFromFile(m_dir.filePath(QStringLiteral("missing.sqlite")), m_main,
                                         &report, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLogInsights)
#include "TestLogInsights.moc"
