#include "log/DeliveryLog.h"
#include "log/LogExport.h"
#include "log/LogFilter.h"
#include "log/LogSchema.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(LogFilter)

// DeliveryLog against real SQLite files in a temporary folder: every field and the timeline
// survive a round trip, filters and text search select the right rows, a first-schema file is
// migrated with its rows, a file written at version 2 by an earlier build (tests/data/log) is
// migrated and searched as before, a newer file is refused untouched, and exports parse back.
class TestDeliveryLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripEveryField();
    void updateAppendsTransitionsInOrder();
    void filters_data();
    void filters();
    void migratesFirstSchema();
    void migratesVersion2File();
    void newerSchemaRefusedUntouched();
    void filterToSqlPure();
    void exportCsv();
    void exportJson();
    void filesArePrivate();
    void exportCancelLeavesNothing();

private:
    std::unique_ptr<DeliveryLog> openLog(const QString &path);
    qint64 begin(DeliveryLog *log, const Attempt &a);
    QList<Attempt> query(DeliveryLog *log, const LogFilter &filter, int limit = 0);
    Attempt sample() const;
    void fillForFilters(DeliveryLog *log);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

const QString Token = QStringLiteral("5a2db0c0000000000000000000a7f011"); // must never appear

QDateTime at(int minutes)
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).addSecs(minutes * 60);
}

StatusTransition transition(const QString &status, int minutes, int code = 0,
                            const QString &message = {})
{
    StatusTransition t;
    t.status = status;
    t.at = at(minutes);
    t.errorCode = code;
    t.errorMessage = message;
    return t;
}

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// RFC 4180 reader for the test: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

void TestDeliveryLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("log.sqlite"));
}

void TestDeliveryLog::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<DeliveryLog> TestDeliveryLog::openLog(const QString &path)
{
    auto log = std::make_unique<DeliveryLog>(path);
    QSignalSpy opened(log.get(), &DeliveryLog::opened);
    log->open();
    if (!opened.wait(10000))
        return nullptr;
    return log;
}

qint64 TestDeliveryLog::begin(DeliveryLog *log, const Attempt &a)
{
    qint64 id = -1;
    QString error;
    log->beginAttempt(a, this, [&](qint64 newId, const QString &e) {
        id = newId;
        error = e;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(id != -1, 10000); }();
    if (!error.isEmpty())
        qWarning("beginAttempt: %s", qPrintable(error));
    return id;
}

QList<Attempt> TestDeliveryLog::query(DeliveryLog *log, const LogFilter &filter, int limit)
{
    QList<Attempt> rows;
    bool done = false;
    log->query(filter, limit, this, [&](const QList<Attempt> &list, const QString &error) {
        if (!error.isEmpty())
            qWarning("query: %s", qPrintable(error));
        rows = list;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return rows;
}

Attempt TestDeliveryLog::sample() const
{
    Attempt a;
    a.createdAt = at(0);
    a.updatedAt = at(1);
    a.profile = QStringLiteral("Production");
    a.api = Attempt::Api::Messages;
    a.source = Attempt::Source::Hook;
    a.to = QStringLiteral("+447700900123");
    a.from = QStringLiteral("MG5a2db0c000000000000000000000f011");
    a.body = QStringLiteral("Your code is 123456, \"quoted\"\nnext line é ✓");
    a.encoding = QStringLiteral("UCS-2");
    a.segments = 2;
    a.sid = QStringLiteral("SM5a2db0c000000000000000000000aa01");
    a.status = QStringLiteral("undelivered");
    a.outcome = Attempt::Outcome::Failed;
    a.errorCode = 30003;
    a.errorMessage = QStringLiteral("Unreachable destination handset");
    a.price = QStringLiteral("-0.01580");
    a.priceUnit = QStringLiteral("USD");
    a.timeline = {transition(QStringLiteral("queued"), 0), transition(QStringLiteral("sent"), 1),
                  transition(QStringLiteral("undelivered"), 2, 30003,
                             QStringLiteral("Unreachable destination handset"))};
    return a;
}

void TestDeliveryLog::roundTripEveryField()
{
    auto log = openLog(m_path);
    QVERIFY(log);
    QVERIFY(log->isOpen());
    QSignalSpy changed(log.get(), &DeliveryLog::attemptChanged);
    const Attempt a = sample();
    const qint64 id = begin(log.get(), a);
    QVERIFY(id > 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), id);

    QList<Attempt> got;
    bool done = false;
    log->attempt(id, this, [&](const QList<Attempt> &list, const QString &) {
        got = list;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(got.size(), 1);
    const Attempt &b = got.constFirst();
    QCOMPARE(b.id, id);
    QCOMPARE(b.createdAt, a.createdAt);
    QCOMPARE(b.updatedAt, a.updatedAt);
    QCOMPARE(b.profile, a.profile);
    QCOMPARE(b.api, a.api);
    QCOMPARE(b.source, a.source);
    QCOMPARE(b.to, a.to);
    QCOMPARE(b.from, a.from);
    QCOMPARE(b.body, a.body);
    QCOMPARE(b.encoding, a.encoding);
    QCOMPARE(b.segments, a.segments);
    QCOMPARE(b.sid, a.sid);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.outcome, a.outcome);
    QCOMPARE(b.errorCode, a.errorCode);
    QCOMPARE(b.errorMessage, a.errorMessage);
    QCOMPARE(b.price, a.price);
    QCOMPARE(b.priceUnit, a.priceUnit);
    QCOMPARE(b.timeline.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(b.timeline.at(i).status, a.timeline.at(i).status);
        QCOMPARE(b.timeline.at(i).at, a.timeline.at(i).at);
        QCOMPARE(b.timeline.at(i).errorCode, a.timeline.at(i).errorCode);
        QCOMPARE(b.timeline.at(i).errorMessage, a.timeline.at(i).errorMessage);
    }

    // A second connection (another process, the viewer) sees the committed row: WAL, version 2.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), DeliveryLog::schemaVersion());
        QVERIFY(q.exec(QStringLiteral("SELECT to_number, outcome FROM attempts")) && q.next());
        QCOMPARE(q.value(0).toString(), a.to);
        QCOMPARE(q.value(1).toString(), QStringLiteral("failed"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestDeliveryLog::updateAppendsTransitionsInOrder()
{
    auto log = openLog(m_path);
    QVERIFY(log);
    Attempt a;
    a.profile = QStringLiteral("P");
    a.to = QStringLiteral("+14155552671");
    a.body = QStringLiteral("hello");
    a.source = Attempt::Source::Form;
    a.outcome = Attempt::Outcome::Unknown;
    a.id = begin(log.get(), a);
    QVERIFY(a.id > 0);
    QCOMPARE(query(log.get(), {}).constFirst().outcome, Attempt::Outcome::Unknown);

    // Updates asked for back to back are applied in order; the last one wins.
    a.sid = QStringLiteral("SM5a2db0c000000000000000000000bb02");
    a.status = QStringLiteral("queued");
    a.outcome = Attempt::Outcome::Pending;
    a.timeline = {transition(QStringLiteral("queued"), 0)};
    log->updateAttempt(a);
    a.status = QStringLiteral("delivered");
    a.outcome = Attempt::Outcome::Delivered;
    a.price = QStringLiteral("-0.00790");
    a.timeline << transition(QStringLiteral("sent"), 1)
               << transition(QStringLiteral("delivered"), 2);
    QString flushError = QStringLiteral("not called");
    log->updateAttempt(a);
    log->flush(this, [&](const QString &e) { flushError = e; });
    QTRY_VERIFY(flushError.isEmpty());

    const Attempt b = query(log.get(), {}).constFirst();
    QCOMPARE(b.outcome, Attempt::Outcome::Delivered);
    QCOMPARE(b.sid, a.sid);
    QCOMPARE(b.price, a.price);
    QCOMPARE(b.timeline.size(), 3);
    QCOMPARE(b.timeline.at(0).status, QStringLiteral("queued"));
    QCOMPARE(b.timeline.at(2).status, QStringLiteral("delivered"));

    // A row with the same SID cannot be inserted twice.
    Attempt dup = a;
    dup.id = 0;
    dup.timeline.clear();
    QCOMPARE(begin(log.get(), dup), qint64(0));
}

void TestDeliveryLog::fillForFilters(DeliveryLog *log)
{
    // id order: 1..5, created one minute apart.
    const struct
    {
        const char *profile, *api, *source, *to, *body, *sid, *status;
        Attempt::Outcome outcome;
        int error;
    } rows[] = {
        {"Prod", "messages", "form", "+447700900001", "Your code is 111111", "SM01", "delivered",
         Attempt::Outcome::Delivered, 0},
        {"Prod", "messages", "hook", "+14155550002", "Votre code est 222222", "SM02", "undelivered",
         Attempt::Outcome::Failed, 30003},
        {"Test", "verify", "cli", "+14155550003", "", "VE03", "pending", Attempt::Outcome::Pending,
         0},
        {"Test", "messages", "twilio", "+447700900004", "ok 50% off_x", "SM04", "failed",
         Attempt::Outcome::Failed, 30007},
        {"Prod", "messages", "cli", "+33612345005", "Ihr Code: 555555", "", "",
         Attempt::Outcome::Unknown, 0},
    };
    int minute = 0;
    for (const auto &r : rows) {
        Attempt a;
        a.createdAt = at(minute++);
        a.profile = QString::fromLatin1(r.profile);
        a.api = *Attempt::apiFromName(QString::fromLatin1(r.api));
        a.source = *Attempt::sourceFromName(QString::fromLatin1(r.source));
        a.to = QString::fromLatin1(r.to);
        a.body = QString::fromLatin1(r.body);
        a.sid = QString::fromLatin1(r.sid);
        a.status = QString::fromLatin1(r.status);
        a.outcome = r.outcome;
        a.errorCode = r.error;
        QVERIFY(begin(log, a) > 0);
    }
}

void TestDeliveryLog::filters_data()
{
    QTest::addColumn<LogFilter>("filter");
    QTest::addColumn<QList<int>>("expected"); // by 1-based insertion order, newest first

    LogFilter f;
    QTest::newRow("none") << f << QList<int> {5, 4, 3, 2, 1};
    f = {};
    f.profile = QStringLiteral("Test");
    QTest::newRow("profile") << f << QList<int> {4, 3};
    f = {};
    f.api = Attempt::Api::Verify;
    QTest::newRow("api") << f << QList<int> {3};
    f = {};
    f.source = Attempt::Source::Cli;
    QTest::newRow("source") << f << QList<int> {5, 3};
    f = {};
    f.outcomes = {Attempt::Outcome::Failed, Attempt::Outcome::Unknown};
    QTest::newRow("outcomes") << f << QList<int> {5, 4, 2};
    f = {};
    f.statuses = {QStringLiteral("undelivered")};
    QTest::newRow("status") << f << QList<int> {2};
    f = {};
    f.since = at(1);
    f.until = at(3);
    QTest::newRow("since/until") << f << QList<int> {3, 2};
    f = {};
    f.to = QStringLiteral("+44 7700");
    QTest::newRow("to digits") << f << QList<int> {4, 1};
    f = {};
    f.to = QStringLiteral("0900");
    QTest::newRow("to middle digits") << f << QList<int> {4, 1};
    f = {};
    f.to = QStringLiteral("+1");
    QTest::newRow("to short, a scan") << f << QList<int> {3, 2};
    f = {};
    f.to = QStringLiteral("111");
    QTest::newRow("to only in the body") << f << QList<int> {};
    f = {};
    f.to = QStringLiteral("4155");
    f.text = QStringLiteral("code");
    QTest::newRow("to and text") << f << QList<int> {2};
    f = {};
    f.errorCode = 30007;
    QTest::newRow("error") << f << QList<int> {4};
    f = {};
    f.text = QStringLiteral("code");
    QTest::newRow("fts word") << f << QList<int> {5, 2, 1};
    f = {};
    f.text = QStringLiteral("22222");
    QTest::newRow("fts substring") << f << QList<int> {2};
    f = {};
    f.text = QStringLiteral("VE03");
    QTest::newRow("fts sid") << f << QList<int> {3};
    f = {};
    f.text = QStringLiteral("CODE \"or");
    QTest::newRow("fts quote is literal") << f << QList<int> {};
    f = {};
    f.text = QStringLiteral("0%");
    QTest::newRow("short like, % literal") << f << QList<int> {4};
    f = {};
    f.text = QStringLiteral("_x");
    QTest::newRow("short like, _ literal") << f << QList<int> {4};
    f = {};
    f.profile = QStringLiteral("Prod");
    f.text = QStringLiteral("de");
    QTest::newRow("combined") << f << QList<int> {5, 2, 1};
}

void TestDeliveryLog::filters()
{
    QFETCH(LogFilter, filter);
    QFETCH(QList<int>, expected);
    auto log = openLog(m_path);
    QVERIFY(log);
    fillForFilters(log.get());
    QList<int> got;
    for (const Attempt &a : query(log.get(), filter))
        got << int(a.id);
    QCOMPARE(got, expected);
    // limit keeps the newest.
    if (expected.size() > 1) {
        const QList<Attempt> one = query(log.get(), filter, 1);
        QCOMPARE(one.size(), 1);
        QCOMPARE(int(one.constFirst().id), expected.constFirst());
    }
}

void TestDeliveryLog::migratesFirstSchema()
{
    // A real version-1 file, as the first release wrote it.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : LogSchema::migrationStep(1))
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO attempts(id, created_at, updated_at, profile, api, source, to_number, "
            "from_number, body, sid, status, outcome, error_code) VALUES "
            "(1, 1714564800000, 1714564800000, 'Prod', 'messages', 'form', '+14155552671', "
            "'+15005550006', 'Your verification code is 424242', 'SM5a2db0c0000000000000000000"
            "00cc01', 'delivered', 'delivered', 0), "
            "(2, 1714564860000, 1714564860000, 'Prod', 'messages', 'cli', '+14155553003', "
            "'+15005550006', 'Another text', NULL, '', 'unknown', 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO transitions(attempt_id, at, status) VALUES "
                                      "(1, 1714564800000, 'queued'), (1, 1714564801000, "
                                      "'delivered')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto log = openLog(m_path);
    QVERIFY(log);
    QVERIFY2(log->isOpen(), qPrintable(log->errorString()));
    const QList<Attempt> all = query(log.get(), {});
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).body, QStringLiteral("Your verification code is 424242"));
    QCOMPARE(all.at(1).timeline.size(), 2);
    QCOMPARE(all.at(0).outcome, Attempt::Outcome::Unknown);
    // The full-text index was built over the old rows, and new rows join it.
    LogFilter f;
    f.text = QStringLiteral("424242");
    QCOMPARE(query(log.get(), f).size(), 1);
    Attempt a;
    a.profile = QStringLiteral("Prod");
    a.to = QStringLiteral("+14155550100");
    a.body = QStringLiteral("code 424242 again");
    QVERIFY(begin(log.get(), a) > 0);
    QCOMPARE(query(log.get(), f).size(), 2);
    f.text = QStringLiteral("cc01");
    QCOMPARE(query(log.get(), f).size(), 1);
    log.reset();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), LogSchema::version());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                  "('sync_state', 'attempts_fts', 'attempts_created', "
                                  "'log_blocks')"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    // Step 12: the blocks and the hourly summary answer for the coded columns' indexes, and
    // every value of the summary's hours is in log_hour_values, the rows from before the
    // migration as the ones after.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                  "('attempts_status_created', 'attempts_outcome_created')"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    for (const char *column :
         {"profile_id", "api_id", "source_id", "status_id", "outcome_id", "error_code"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT '%1', %1, hour FROM "
                                      "log_hours EXCEPT SELECT col, value, hour FROM "
                                      "log_hour_values)), (SELECT count(*) FROM log_hour_values "
                                      "WHERE col = '%1')")
                           .arg(QLatin1String(column)))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.value(1).toInt() >= 2); // the hours before and after the migration
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
}

void TestDeliveryLog::migratesVersion2File()
{
    // A copy of a real version-2 log (see tests/data/SOURCE.txt).
    const QString source
        = QStringLiteral(SMSHOOK_SOURCE_DIR "/tests/data/log/delivery-log-v2-200.sqlite");
    QVERIFY(QFile::copy(source, m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));

    // What the searches must find, worked out from the rows themselves: the text anywhere in
    // body, numbers, SID or error message, ASCII letters in any case.
    struct Row
    {
        qint64 id;
        QStringList searched;
        QString to;
    };
    QList<Row> rows;
    int transitions = 0;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT id, body, to_number, from_number, sid, "
                                      "error_message FROM attempts")));
        while (q.next())
            rows.append({q.value(0).toLongLong(),
                         {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString()},
                         q.value(2).toString()});
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transitions")) && q.next());
        transitions = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    QCOMPARE(rows.size(), 200);
    const auto expectedText = [&](const QString &needle) {
        QList<qint64> ids;
        for (const Row &r : std::as_const(rows)) {
            for (const QString &column : r.searched) {
                if (column.contains(needle, Qt::CaseInsensitive)) {
                    ids << r.id;
                    break;
                }
            }
        }
        return ids;
    };
    const auto idsOf = [](const QList<Attempt> &list) {
        QList<qint64> ids;
        for (const Attempt &a : list)
            ids << a.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    auto log = openLog(m_path);
    QVERIFY(log);
    QVERIFY2(log->isOpen(), qPrintable(log->errorString()));
    QCOMPARE(query(log.get(), {}).size(), 200);
    for (const QString &needle :
         {QStringLiteral("Northwind"), QStringLiteral("northWIND"), QStringLiteral("code is"),
          QStringLiteral("подтверждения"), QStringLiteral("验证码"), QStringLiteral("30007"),
          QStringLiteral("Request refused"), QStringLiteral("13c6ef"), QStringLiteral("+1500"),
          QStringLiteral("no such text")}) {
        LogFilter f;
        f.text = needle;
        const QList<qint64> expected = expectedText(needle);
        QCOMPARE(idsOf(query(log.get(), f)), expected);
        if (needle == QLatin1String("Northwind"))
            QVERIFY(expected.size() > 10);
    }
    LogFilter to;
    to.to = QStringLiteral("7700 900");
    QList<qint64> expectedTo;
    for (const Row &r : std::as_const(rows))
        if (r.to.contains(QLatin1String("7700900")))
            expectedTo << r.id;
    QVERIFY(!expectedTo.isEmpty());
    QCOMPARE(idsOf(query(log.get(), to)), expectedTo);

    // New rows and rewritten rows are searched as they now read.
    Attempt a;
    a.profile = QStringLiteral("Prod");
    a.to = QStringLiteral("+14155550199");
    a.body = QStringLiteral("Your Fabrikam code is 777111");
    a.id = begin(log.get(), a);
    QVERIFY(a.id > 0);
    LogFilter fabrikam;
    fabrikam.text = QStringLiteral("Fabrikam");
    QCOMPARE(idsOf(query(log.get(), fabrikam)), QList<qint64> {a.id});
    a.body = QStringLiteral("Your Tailspin code is 777111");
    bool updated = false;
    log->updateAttempt(a, this, [&](const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        updated = true;
    });
    QTRY_VERIFY(updated);
    QVERIFY(query(log.get(), fabrikam).isEmpty());
    fabrikam.text = QStringLiteral("tailspin");
    QCOMPARE(idsOf(query(log.get(), fabrikam)), QList<qint64> {a.id});
    log.reset();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), LogSchema::version());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transitions")) && q.next());
        QCOMPARE(q.value(0).toInt(), transitions);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        // Step 13: the segments' index is gone, and log_hour_values lists the hour of every
        // row's segment count, the file's and the new one's.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'attempts_segments_created'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 'segments', "
                                      "segments, created_at / 3600000 FROM attempt_rows EXCEPT "
                                      "SELECT col, value, hour FROM log_hour_values)), (SELECT "
                                      "count(DISTINCT value) FROM log_hour_values WHERE col = "
                                      "'segments')"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.value(1).toInt() >= 2);
        // The trigram index holds 8 MB of new entries before it writes a segment.
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM attempts_fts_config WHERE k = 'hashsize'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 8388608);
        // The rebuilt full-text index agrees with the rows, and keeps no positions.
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO attempts_fts(attempts_fts) VALUES ('integrity-check')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'attempts_fts'"))
                && q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("detail=none")));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
}

void TestDeliveryLog::newerSchemaRefusedUntouched()
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("new"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE attempts(id INTEGER PRIMARY KEY, x TEXT)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("new"));
    const QByteArray before = checksum(m_path);
    QVERIFY(!before.isEmpty());

    auto log = std::make_unique<DeliveryLog>(m_path);
    QSignalSpy opened(log.get(), &DeliveryLog::opened);
    log->open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    const QString error = opened.at(0).at(1).toString();
    QVERIFY2(error.contains(m_path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(DeliveryLog::schemaVersion())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Update")), qPrintable(error));
    QVERIFY(log->openFailed());
    QCOMPARE(log->errorString(), error);

    // Writes are refused with the reason, and nothing is written.
    Attempt a;
    a.profile = QStringLiteral("P");
    a.to = QStringLiteral("+14155552671");
    QCOMPARE(begin(log.get(), a), qint64(0));
    log.reset();
    QCOMPARE(checksum(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestDeliveryLog::filterToSqlPure()
{
    LogFilter empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.toSql().where, QString());
    QVERIFY(empty.toSql().bindings.isEmpty());

    LogFilter f;
    f.outcomes = {Attempt::Outcome::Failed, Attempt::Outcome::Rejected};
    f.api = Attempt::Api::Messages;
    f.since = at(0);
    f.errorCode = 21211;
    f.text = QStringLiteral("say \"hi\"");
    QVERIFY(!f.isEmpty());
    const LogFilter::Sql sql = f.toSql();
    // The short texts through their dictionary ids, so that the coded indexes answer.
    QVERIFY2(sql.where.startsWith(QStringLiteral(
                 "WHERE a.outcome_id IN (SELECT id FROM log_names WHERE kind = 5 AND text IN "
                 "(?, ?)) AND a.api_id = (SELECT id FROM log_names WHERE kind = 2 AND text = ?) "
                 "AND a.created_at >= ? AND a.error_code = ? AND ")),
             qPrintable(sql.where));
    // Sure matches by the dictionaries, possible ones by the trigram indexes (every trigram,
    // each quoted as one FTS5 string, so the quotes typed are text), then LIKE over the searched
    // columns decides.
    const auto likesOf = [](const char *as) {
        return QStringLiteral("(%1.body LIKE ? ESCAPE '\\' OR %1.to_number LIKE ? ESCAPE '\\' OR "
                              "%1.from_number LIKE ? ESCAPE '\\' OR %1.sid LIKE ? ESCAPE '\\' OR "
                              "%1.error_message LIKE ? ESCAPE '\\')")
            .arg(QLatin1String(as));
    };
    const QString likes = likesOf("a");
    QVERIFY(sql.where.endsWith(likesOf("m") + QStringLiteral("))")));
    QVERIFY(
        sql.where.contains(QLatin1String("(a.body_id IN (SELECT b.id FROM log_bodies b WHERE")));
    QVERIFY(sql.where.contains(QLatin1String("SELECT rowid FROM attempts_fts WHERE attempts_fts "
                                             "MATCH ?")));
    QVERIFY(sql.where.contains(QLatin1String("log_bodies_fts MATCH ?")));
    const QString sayHi = QStringLiteral("%say \"hi\"%");
    const QString trigrams = QStringLiteral("\"say\" AND \"ay \" AND \"y \"\"\" AND \" \"\"h\" AND "
                                            "\"\"\"hi\" AND \"hi\"\"\"");
    QCOMPARE(sql.bindings,
             (QVariantList {QStringLiteral("failed"), QStringLiteral("rejected"),
                            QStringLiteral("messages"), at(0).toMSecsSinceEpoch(), 21211, trigrams,
                            sayHi, sayHi, trigrams, sayHi, sayHi, sayHi, sayHi, sayHi}));
    QCOMPARE(sql.where.count(QLatin1Char('?')), sql.bindings.size());
    // A trigram that repeats is asked once.
    LogFilter repeated;
    repeated.text = QStringLiteral("aaaa");
    QCOMPARE(repeated.toSql().bindings.first(), QVariant(QStringLiteral("\"aaa\"")));
    // Alone, the text's matches are gathered by id: a rare text costs its few rows.
    QVERIFY(repeated.toSql().where.startsWith(QLatin1String("WHERE a.id IN (SELECT r.id FROM ")));

    // A text with digits may run across a body's code: the templates that hold its parts
    // around the code's place are looked at too.
    LogFilter across;
    across.text = QStringLiteral("is 4829");
    const LogFilter::Sql acrossSql = across.toSql();
    QVERIFY(acrossSql.where.contains(QLatin1String("r.body_code IS NOT NULL")));
    QVERIFY(acrossSql.bindings.contains(
        QString(QStringLiteral("%is ") + QChar(0x1A) + QStringLiteral("%"))));
    QCOMPARE(acrossSql.where.count(QLatin1Char('?')), acrossSql.bindings.size());

    LogFilter shortText;
    shortText.text = QStringLiteral("5%");
    const LogFilter::Sql s2 = shortText.toSql();
    QCOMPARE(s2.where, QStringLiteral("WHERE ") + likes);
    QVERIFY(!shortText.usesFullText());
    QCOMPARE(s2.bindings.size(), 5);
    QCOMPARE(s2.bindings.first().toString(), QStringLiteral("%5\\%%"));

    // A recipient, of any length, is the numbers of log_numbers that hold its digits (a "+" only
    // first), whose rows the recipient's index gives.
    LogFilter to;
    to.to = QStringLiteral(" +44 (7700) 900 ");
    QVERIFY(to.usesFullText());
    const QString toIn = QStringLiteral("a.to_number IN (SELECT n.to_number FROM log_numbers n "
                                        "WHERE n.to_number LIKE ? ESCAPE '\\')");
    QCOMPARE(to.toSql().where, QStringLiteral("WHERE ") + toIn);
    QCOMPARE(to.toSql().bindings, QVariantList {QStringLiteral("%+447700900%")});
    LogFilter shortTo;
    shortTo.to = QStringLiteral("4+");
    QVERIFY(shortTo.usesFullText());
    QCOMPARE(shortTo.toSql().where, QStringLiteral("WHERE ") + toIn);
    QCOMPARE(shortTo.toSql().bindings, QVariantList {QStringLiteral("%4%")});
    // In a window of the newest rows, the trigram index's stretch gives candidates, checked by
    // their column.
    const LogFilter::Sql toBounded = to.toSql(10, 20);
    QCOMPARE(toBounded.where,
             QStringLiteral("WHERE a.id IN (SELECT rowid FROM attempts_fts WHERE attempts_fts "
                            "MATCH ? AND rowid BETWEEN ? AND ? UNION ALL SELECT id FROM "
                            "log_fts_pending WHERE id BETWEEN ? AND ?) AND a.to_number LIKE ? "
                            "ESCAPE '\\'"));
    const QString toTrigrams = QStringLiteral("\"+44\" AND \"447\" AND \"477\" AND \"770\" AND "
                                              "\"700\" AND \"009\" AND \"090\" AND \"900\"");
    QCOMPARE(toBounded.bindings,
             (QVariantList {toTrigrams, qint64(10), qint64(20), qint64(10), qint64(20),
                            QStringLiteral("%+447700900%")}));
    QCOMPARE(shortTo.toSql(10, 20).where, QStringLiteral("WHERE ") + toIn);

    // Bounded to a stretch of ids, the rows' full-text subquery reads only that stretch.
    LogFilter code;
    code.text = QStringLiteral("4829");
    const LogFilter::Sql bounded = code.toSql(10, 20);
    QVERIFY(bounded.where.contains(
        QLatin1String("SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ? AND rowid "
                      "BETWEEN ? AND ? UNION ALL SELECT id FROM log_fts_pending WHERE id "
                      "BETWEEN ? AND ?")));
    const QString codeTrigrams = QStringLiteral("\"482\" AND \"829\"");
    const qsizetype fts = bounded.bindings.indexOf(QVariant(codeTrigrams), 1);
    QVERIFY(fts > 0);
    const QVariantList stretch {codeTrigrams, qint64(10), qint64(20), qint64(10), qint64(20)};
    QCOMPARE(bounded.bindings.mid(fts, 5), stretch);
}

void TestDeliveryLog::exportCsv()
{
    auto log = openLog(m_path);
    QVERIFY(log);
    const Attempt a = sample();
    QVERIFY(begin(log.get(), a) > 0);
    Attempt second;
    second.createdAt = at(5);
    second.profile = QStringLiteral("Prod, EU");
    second.to = QStringLiteral("+14155552671");
    second.body = QStringLiteral("plain");
    QVERIFY(begin(log.get(), second) > 0);
    log.reset(); // the export reads through its own connection

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const LogExport::Result r = LogExport::write(m_path, {}, LogExport::Format::Csv, &buffer);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rows, 2);
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(!text.contains(Token));
    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), LogExport::csvHeader());
    const QStringList &newest = rows.at(1);
    QCOMPARE(newest.size(), LogExport::csvHeader().size());
    QCOMPARE(newest.at(LogExport::csvHeader().indexOf(QStringLiteral("profile"))),
             QStringLiteral("Prod, EU"));
    const QStringList &row = rows.at(2);
    const auto col = [&](const char *name) {
        return row.at(LogExport::csvHeader().indexOf(QString::fromLatin1(name)));
    };
    QCOMPARE(col("body"), a.body); // commas, quotes, a line break and non-ASCII intact
    QCOMPARE(col("to"), a.to);
    QCOMPARE(col("sid"), a.sid);
    QCOMPARE(col("outcome"), QStringLiteral("failed"));
    QCOMPARE(col("error_code"), QStringLiteral("30003"));
    QCOMPARE(col("created_at"), QStringLiteral("2024-05-01T12:00:00.000Z"));
    QVERIFY(col("timeline").startsWith(QLatin1String("queued@2024-05-01T12:00:00.000Z;sent@")));

    // A filter applies to the export too.
    QBuffer filtered;
    filtered.open(QIODevice::WriteOnly);
    LogFilter f;
    f.text = QStringLiteral("plain");
    QCOMPARE(LogExport::write(m_path, f, LogExport::Format::Csv, &filtered).rows, 1);
    QCOMPARE(parseCsv(QString::fromUtf8(filtered.data())).size(), 2);
}

void TestDeliveryLog::exportJson()
{
    auto log = openLog(m_path);
    QVERIFY(log);
    const Attempt a = sample();
    QVERIFY(begin(log.get(), a) > 0);
    log.reset();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int progressCalls = 0;
    const LogExport::Result r = LogExport::write(m_path, {}, LogExport::Format::Json, &buffer,
                                                 [&](qint64) { return ++progressCalls > 0; });
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!buffer.data().contains(Token.toUtf8()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject o = doc.array().at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("body")).toString(), a.body);
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("hook"));
    QCOMPARE(o.value(QStringLiteral("error_code")).toInt(), 30003);
    QCOMPARE(o.value(QStringLiteral("price")).toString(), a.price);
    const QJsonArray timeline = o.value(QStringLiteral("timeline")).toArray();
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline.at(2).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("undelivered"));
    QCOMPARE(timeline.at(2).toObject().value(QStringLiteral("error_code")).toInt(), 30003);

    // An empty selection is still a JSON array.
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    LogFilter f;
    f.profile = QStringLiteral("nobody");
    QVERIFY(LogExport::write(m_path, f, LogExport::Format::Json, &none).ok);
    QCOMPARE(QJsonDocument::fromJson(none.data()).array().size(), 0);
}

void TestDeliveryLog::filesArePrivate()
{
    const auto wide = [](const QString &path, int mode) {
        // 0755 for folders, 0644 for files: what the umask gives everything else.
        return QFile::setPermissions(
            path, mode == 0755 ? QFile::Permissions(0x7755) : QFile::Permissions(0x6644));
    };
    QVERIFY(wide(m_dir->path(), 0755));

    // A new log, in folders it makes: the file (and SQLite's -wal and -shm beside it) 0600,
    // the folders 0700; the folder it found stays as it was.
    const QString fresh = m_dir->filePath(QStringLiteral("new/deeper/log.sqlite"));
    {
        auto log = openLog(fresh);
        QVERIFY(log && log->isOpen());
        Attempt a = sample();
        QVERIFY(begin(log.get(), a) > 0);
        QCOMPARE(TestSupport::unixMode(fresh), 0600);
        QCOMPARE(TestSupport::unixMode(fresh + QStringLiteral("-wal")), 0600);
        QCOMPARE(TestSupport::unixMode(fresh + QStringLiteral("-shm")), 0600);
        QCOMPARE(TestSupport::unixMode(m_dir->filePath(QStringLiteral("new"))), 0700);
        QCOMPARE(TestSupport::unixMode(m_dir->filePath(QStringLiteral("new/deeper"))), 0700);
        QCOMPARE(TestSupport::unixMode(m_dir->path()), 0755);
    }

    // A log an older version left readable by all: tightened when opened, rows intact. Its
    // folder is the user's choice (SMSHOOK_LOG_PATH), not the console's: left alone.
    const QString old = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        auto log = openLog(old);
        QVERIFY(begin(log.get(), sample()) > 0);
    }
    QVERIFY(wide(old, 0644));
    QVERIFY(wide(old + QStringLiteral("-wal"), 0644)
            || !QFile::exists(old + QStringLiteral("-wal")));
    {
        auto log = openLog(old);
        QVERIFY(log && log->isOpen());
        QCOMPARE(TestSupport::unixMode(old), 0600);
        if (QFile::exists(old + QStringLiteral("-wal")))
            QCOMPARE(TestSupport::unixMode(old + QStringLiteral("-wal")), 0600);
        QCOMPARE(query(log.get(), {}).size(), 1);
    }
    QCOMPARE(TestSupport::unixMode(m_dir->path()), 0755);

    // Exports: private whether the file is new or was there before with wider permissions.
    const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
    const QString json = m_dir->filePath(QStringLiteral("export.json"));
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(wide(json, 0644));
    LogExport::Result r = LogExport::writeFile(old, {}, LogExport::Format::Csv, csv);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(TestSupport::unixMode(csv), 0600);
    r = LogExport::writeFile(old, {}, LogExport::Format::Json, json);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(TestSupport::unixMode(json), 0600);
    QFile written(json);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).array().size(), 1);
}

void TestDeliveryLog::exportCancelLeavesNothing()
{
    // 2,500 rows, written in one transaction (the log's own path fsyncs every row).
    {
        auto log = openLog(m_path);
        QVERIFY(log && log->isOpen());
    }
    {
        QString error;
        QSqlDatabase db = LogSchema::openConnection(QStringLiteral("fill"), m_path, false, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO attempts(created_at, updated_at, profile, api, source, to_number, body, "
            "outcome) VALUES (?, ?, 'P', 'messages', 'cli', '+14155552671', ?, 'delivered')")));
        for (int i = 0; i < 2500; ++i) {
            q.addBindValue(1714564800000LL + i);
            q.addBindValue(1714564800000LL + i);
            q.addBindValue(QStringLiteral("row %1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));

    // Cancelled at the first progress call (after 1,000 rows): a cancelled result, and the file
    // that was there before untouched; no half export, no temporary file left beside it.
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/log.csv");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an earlier export\n");
    }
    int calls = 0;
    LogExport::Result r
        = LogExport::writeFile(m_path, {}, LogExport::Format::Csv, path, [&](qint64 rows) {
              ++calls;
              return rows < 1000;
          });
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QCOMPARE(r.rows, qint64(1000));
    QCOMPARE(calls, 1);
    QVERIFY2(r.error.contains(QLatin1String("cancelled")), qPrintable(r.error));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an earlier export\n"));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("log.csv")});

    // Not cancelled: every row, in place of the earlier file.
    r = LogExport::writeFile(m_path, {}, LogExport::Format::Json, path,
                             [](qint64) { return true; });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rows, qint64(2500));
    QFile done(path);
    QVERIFY(done.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(done.readAll()).array().size(), 2500);
}

QTEST_GUILESS_MAIN(TestDeliveryLog)
#include "TestDeliveryLog.moc"
