// The delivery log's compact storage (schema step 5): SIDs and bodies coded and back, the
// migration of a real version 4 file, filters and sorts equal to plain text comparisons over
// the same rows, and the CLI reading while the console writes.

#include "LogSummaryChecks.h"
#include "log/DeliveryLog.h"
#include "log/LogCodec.h"
#include "log/LogFilter.h"
#include "log/LogQueryWorker.h"
#include "log/LogSchema.h"
#include "log/LogWriter.h"

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestLogCompact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sidRoundTrip();
    void bodyRoundTrip();
    void bodiesStoredOnce();
    void migratesVersion4File();
    void filtersEqualTextComparison();
    void sortsByCodedColumnsInTextOrder();
    void idsWaitForTheFirstRowsTaken();
    void latencyTimesKeptOnTheRow();
    void cliReadsWhileConsoleWrites();

private:
    std::unique_ptr<DeliveryLog> openLog(const QString &path);
    // Writes n generated attempts through LogWriter in one transaction, indexed for search
    // before the commit as the console does, or left queued for the index (schema step 8).
    enum class Index { BeforeCommit, Queued };
    void generate(const QString &path, int n, Index index = Index::BeforeCommit);
    QList<QVariantList> rows(const QString &connection, const QString &sql,
                             const QVariantList &bindings = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

const QString Columns = QStringLiteral(
    "id, created_at, updated_at, profile, api, source, to_number, from_number, body, encoding, "
    "segments, sid, status, outcome, error_code, error_message, price, price_unit");

} // namespace

void TestLogCompact::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("log.sqlite"));
}

void TestLogCompact::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_dir.reset();
}

std::unique_ptr<DeliveryLog> TestLogCompact::openLog(const QString &path)
{
    auto log = std::make_unique<DeliveryLog>(path);
    QSignalSpy opened(log.get(), &DeliveryLog::opened);
    log->open();
    if (!opened.wait(20000) || !log->isOpen())
        qWarning("open failed: %s", qPrintable(log->errorString()));
    return log;
}

QList<QVariantList> TestLogCompact::rows(const QString &connection, const QString &sql,
                                         const QVariantList &bindings)
{
    QList<QVariantList> list;
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return list;
    }
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        list << row;
    }
    return list;
}

void TestLogCompact::generate(const QString &path, int n, Index index)
{
    openLog(path).reset(); // the schema, as the console creates it
    QString error;
    QSqlDatabase db = LogSchema::openConnection(QStringLiteral("gen"), path, false, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    {
        LogWriter writer(db);
        // Queued: the rows left to the triggers, counted and queued one by one as the views'
        // writers leave them (schema steps 8 and 10).
        if (index == Index::Queued)
            QVERIFY(LogCodec::leaveToWriter(db, nullptr));
        QRandomGenerator rng(42);
        const QStringList profiles = {QStringLiteral("Production"), QStringLiteral("Staging"),
                                      QStringLiteral("EU"), QStringLiteral("Zeta")};
        const QStringList statuses
            = {QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("sent"),
               QStringLiteral("queued"), QStringLiteral("")};
        const QStringList templates = {
            QStringLiteral("Your Acme verification code is %1"),
            QStringLiteral("%1 is your Northwind code. Don't share it."),
            QStringLiteral("Ваш код подтверждения Contoso: %1"),
            QStringLiteral("Call +14155550100 about order %1 today"),
            QStringLiteral("No code here at all"),
            QStringLiteral("Odd \x1A placeholder %1"),
        };
        QVERIFY(db.transaction());
        for (int i = 0; i < n; ++i) {
            Attempt a;
            a.createdAt = LogSchema::fromMs(1714564800000LL + qint64(rng.bounded(86400)) * 1000);
            a.updatedAt = a.createdAt.addSecs(3);
            a.profile = profiles.at(int(rng.bounded(int(profiles.size()))));
            a.api = rng.bounded(5) == 0 ? Attempt::Api::Verify : Attempt::Api::Messages;
            a.source = Attempt::Source(rng.bounded(5));
            a.to = QStringLiteral("+%1").arg(447700900000LL + rng.bounded(2000));
            a.from = rng.bounded(2) ? QStringLiteral("+15005550006")
                                    : QStringLiteral("MG5a2db0c00000000000000000000c0de1");
            // Mostly six-digit codes; some runs too short or too long to be one.
            const QString code = rng.bounded(8) != 0
                ? QStringLiteral("%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'))
                : QString::number(rng.bounded(3)).repeated(rng.bounded(2, 12))
                    + QString::number(rng.bounded(1000));
            a.body = a.api == Attempt::Api::Verify
                ? QString()
                : QString(templates.at(int(rng.bounded(int(templates.size())))))
                      .replace(QStringLiteral("%1"), code);
            a.encoding = a.body.isEmpty() ? QString() : QStringLiteral("GSM-7");
            a.segments = int(rng.bounded(3));
            a.status = statuses.at(int(rng.bounded(int(statuses.size()))));
            if (!a.status.isEmpty())
                a.sid = rng.bounded(10) == 0
                    ? QStringLiteral("SMODD%1").arg(i) // not Twilio's form: kept as text
                    : QStringLiteral("SM%1").arg(quint64(i + 1) * 2654435761ULL, 32, 16,
                                                 QLatin1Char('0'));
            a.outcome = Attempt::outcomeForStatus(a.status);
            if (a.status == QLatin1String("undelivered")) {
                a.errorCode = 30003 + int(rng.bounded(4));
                a.errorMessage
                    = QStringLiteral("Unreachable destination handset (%1)").arg(a.errorCode);
            }
            if (!a.status.isEmpty()) {
                StatusTransition queued;
                queued.status = QStringLiteral("queued");
                queued.at = a.createdAt;
                a.timeline << queued;
                if (a.status != queued.status) {
                    StatusTransition last;
                    last.status = a.status;
                    last.at = a.createdAt.addMSecs(500 + rng.bounded(5000));
                    last.errorCode = a.errorCode;
                    last.errorMessage = a.errorMessage;
                    a.timeline << last;
                }
            }
            qint64 id = 0;
            QVERIFY2(writer.insertAttempt(a, &id, &error), qPrintable(error));
        }
        if (index == Index::BeforeCommit)
            QVERIFY2(writer.indexPending(&error), qPrintable(error));
        QVERIFY(db.commit());
    }
    db.close();
}

void TestLogCompact::sidRoundTrip()
{
    const QString sid = QStringLiteral("SM5a2db0c0000000000000000000fe00a1");
    const QVariant key = LogCodec::sidKey(sid);
    QCOMPARE(key.typeId(), int(QMetaType::QByteArray));
    QCOMPARE(key.toByteArray().size(), 18);
    QCOMPARE(key.toByteArray().left(2), QByteArray("SM"));
    QCOMPARE(LogCodec::sidFromKey(key), sid);
    // Anything not in Twilio's form is kept as it is.
    for (const QString &odd :
         {QStringLiteral("SM5A2DB0C0000000000000000000FE00A1"), QStringLiteral("SM123"),
          QStringLiteral("sm5a2db0c0000000000000000000fe00a1"),
          QStringLiteral("SM5a2db0c0000000000000000000fe00a1x")}) {
        QCOMPARE(LogCodec::sidKey(odd).typeId(), int(QMetaType::QString));
        QCOMPARE(LogCodec::sidFromKey(LogCodec::sidKey(odd)), odd);
    }
    QVERIFY(LogCodec::sidKey(QString()).isNull());
    QVERIFY(LogCodec::sidFromKey(QVariant()).isEmpty());

    // Through the log: stored as 18 bytes, read back as text by the view and by the log.
    auto log = openLog(m_path);
    QVERIFY(log->isOpen());
    Attempt a;
    a.profile = QStringLiteral("P");
    a.to = QStringLiteral("+14155552671");
    a.sid = sid;
    a.status = QStringLiteral("queued");
    qint64 id = 0;
    bool done = false;
    log->beginAttempt(a, this, [&](qint64 newId, const QString &) {
        id = newId;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(id > 0);
    QStringList known;
    done = false;
    log->sidsRecorded({sid, QStringLiteral("SM0000")}, 0, this,
                      [&](const QStringList &list, const QString &) {
                          known = list;
                          done = true;
                      });
    QTRY_VERIFY(done);
    QCOMPARE(known, QStringList {sid});
    log.reset();
    QString error;
    QSqlDatabase db = LogSchema::openConnection(QStringLiteral("r"), m_path, true, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    const auto stored = rows(QStringLiteral("r"),
                             QStringLiteral("SELECT typeof(sid_key), length(sid_key), sid, "
                                            "log_sid_key(sid) = sid_key FROM attempts"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).at(0).toString(), QStringLiteral("blob"));
    QCOMPARE(stored.at(0).at(1).toInt(), 18);
    QCOMPARE(stored.at(0).at(2).toString(), sid);
    QCOMPARE(stored.at(0).at(3).toInt(), 1); // the SQL function codes as the C++ one
}

void TestLogCompact::bodyRoundTrip()
{
    struct Case
    {
        QString body;
        QString templ;
        QString code;
    };
    const QChar ph(LogCodec::CodePlaceholder);
    const QList<Case> cases = {
        {QStringLiteral("Your code is 482913"), QStringLiteral("Your code is ") + ph,
         QStringLiteral("482913")},
        {QStringLiteral("0042 is your code"), ph + QStringLiteral(" is your code"),
         QStringLiteral("0042")},
        // A run too short or too long (a phone number) is not a code; the next one is.
        {QStringLiteral("Call 555 or +441234567890 for 12345 now"),
         QStringLiteral("Call 555 or +441234567890 for ") + ph + QStringLiteral(" now"),
         QStringLiteral("12345")},
        {QStringLiteral("No digits"), QStringLiteral("No digits"), QString()},
        {QString(), QString(), QString()},
        // A body that holds the placeholder itself is kept whole.
        {QStringLiteral("odd ") + ph + QStringLiteral(" 123456"),
         QStringLiteral("odd ") + ph + QStringLiteral(" 123456"), QString()},
    };
    for (const Case &c : cases) {
        const LogCodec::SplitBody split = LogCodec::splitBody(c.body);
        QCOMPARE(split.templ, c.templ);
        QCOMPARE(split.code, c.code);
        QCOMPARE(split.code.isNull(), c.code.isNull());
        QCOMPARE(LogCodec::joinBody(split.templ, split.code), c.body);
    }
}

void TestLogCompact::bodiesStoredOnce()
{
    generate(m_path, 600);
    QString error;
    QSqlDatabase db = LogSchema::openConnection(QStringLiteral("r"), m_path, true, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    // One template for each text around a code; a body without a code is its own template.
    const auto bodies
        = rows(QStringLiteral("r"),
               QStringLiteral("SELECT (SELECT count(*) FROM log_bodies), count(DISTINCT "
                              "log_body_template(body)), count(DISTINCT body) FROM "
                              "attempts"));
    QCOMPARE(bodies.at(0).at(0).toInt(), bodies.at(0).at(1).toInt());
    QVERIFY2(bodies.at(0).at(0).toInt() * 2 < bodies.at(0).at(2).toInt(),
             qPrintable(bodies.at(0).at(0).toString()));
    const auto coded = rows(QStringLiteral("r"),
                            QStringLiteral("SELECT count(*) FROM log_bodies WHERE text LIKE "
                                           "'Your Acme verification code is ' || char(26)"));
    QCOMPARE(coded.at(0).at(0).toInt(), 1);
    // Every body reads back whole: the view joins template and code as LogCodec does.
    const auto all = rows(QStringLiteral("r"),
                          QStringLiteral("SELECT a.body, b.text, a.body_code FROM attempts a JOIN "
                                         "log_bodies b ON b.id = a.body_id"));
    QCOMPARE(all.size(), 600);
    for (const QVariantList &row : all)
        QCOMPARE(row.at(0).toString(),
                 LogCodec::joinBody(row.at(1).toString(),
                                    row.at(2).isNull() ? QString() : row.at(2).toString()));
}

void TestLogCompact::migratesVersion4File()
{
    const QString source = QStringLiteral(SMSHOOK_SOURCE_DIR)
        + QStringLiteral("/tests/data/log/delivery-log-v4-200.sqlite");
    QVERIFY(QFile::copy(source, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QList<QVariantList> before;
    QList<QVariantList> transitionsBefore;
    QList<QVariantList> timesBefore;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        q.finish();
        // An Auth0 event linked to an attempt, and one that is not.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO auth0_events(log_id, profile, at, type, recipient, attempt_id, "
            "match_kind) VALUES ('e1', 'Production', 1, 'gd_send_sms', '+1', 7, 'sid'), "
            "('e2', 'Production', 2, 'gd_send_sms', '+2', NULL, '')")));
        before = rows(QStringLiteral("v4"),
                      QStringLiteral("SELECT %1 FROM attempts ORDER BY id").arg(Columns));
        transitionsBefore = rows(QStringLiteral("v4"),
                                 QStringLiteral("SELECT attempt_id, at, status, error_code, "
                                                "error_message FROM transitions ORDER BY "
                                                "attempt_id, rowid"));
        timesBefore = rows(
            QStringLiteral("v4"),
            QStringLiteral("SELECT a.id, (SELECT min(at) FROM transitions t WHERE t.attempt_id = "
                           "a.id AND t.status IN ('queued', 'accepted')), (SELECT min(at) FROM "
                           "transitions t WHERE t.attempt_id = a.id AND t.status = 'delivered') "
                           "FROM attempts a ORDER BY a.id"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    QCOMPARE(before.size(), 200);
    QCOMPARE(transitionsBefore.size(), 521);

    auto log = openLog(m_path);
    QVERIFY2(log->isOpen(), qPrintable(log->errorString()));
    QList<Attempt> listed;
    bool done = false;
    log->query({}, 0, this, [&](const QList<Attempt> &list, const QString &) {
        listed = list;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(listed.size(), 200);
    log.reset();

    QString error;
    QSqlDatabase db = LogSchema::openConnection(QStringLiteral("v5"), m_path, false, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QCOMPARE(rows(QStringLiteral("v5"), QStringLiteral("PRAGMA user_version")).at(0).at(0).toInt(),
             LogSchema::version());
    // Every row and field as before, the timelines in their order.
    const auto after = rows(QStringLiteral("v5"),
                            QStringLiteral("SELECT %1 FROM attempts ORDER BY id").arg(Columns));
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i), before.at(i));
    QCOMPARE(rows(QStringLiteral("v5"),
                  QStringLiteral("SELECT attempt_id, at, status, error_code, error_message FROM "
                                 "transitions ORDER BY attempt_id, seq")),
             transitionsBefore);
    QCOMPARE(rows(QStringLiteral("v5"),
                  QStringLiteral("SELECT id, queued_at, delivered_at FROM "
                                 "attempts ORDER BY id")),
             timesBefore);
    // The SIDs of Twilio's form are 18 bytes now.
    const auto sids = rows(QStringLiteral("v5"),
                           QStringLiteral("SELECT count(*), sum(typeof(sid_key) = 'blob') FROM "
                                          "attempt_rows WHERE sid_key IS NOT NULL"));
    QVERIFY(sids.at(0).at(0).toInt() > 100);
    QCOMPARE(sids.at(0).at(1), sids.at(0).at(0));
    // The tenant's events kept, and their reference to the attempts still acts.
    QCOMPARE(rows(QStringLiteral("v5"),
                  QStringLiteral("SELECT log_id, coalesce(attempt_id, -1) FROM "
                                 "auth0_events ORDER BY log_id")),
             (QList<QVariantList> {{QStringLiteral("e1"), 7}, {QStringLiteral("e2"), -1}}));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM attempt_rows WHERE id = 7")),
             qPrintable(q.lastError().text()));
    QCOMPARE(rows(QStringLiteral("v5"),
                  QStringLiteral("SELECT attempt_id IS NULL FROM "
                                 "auth0_events WHERE log_id = 'e1'"))
                 .at(0)
                 .at(0)
                 .toInt(),
             1);
    QCOMPARE(rows(QStringLiteral("v5"),
                  QStringLiteral("SELECT count(*) FROM transitions WHERE attempt_id = 7"))
                 .at(0)
                 .at(0)
                 .toInt(),
             0);
    // The summaries were counted from the migrated rows, and the delete took its row out.
    for (const QString &check : summaryChecks())
        QCOMPARE(rows(QStringLiteral("v5"), check), QList<QVariantList>());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO attempts_fts(attempts_fts, rank) VALUES "
                                  "('integrity-check', 0)")));
    // The trigram index answers for migrated rows: a recipient found through it.
    const QString to = before.at(3).at(6).toString();
    LogFilter f;
    f.to = to;
    const LogFilter::Sql sql = f.toSql();
    const auto found
        = rows(QStringLiteral("v5"),
               QStringLiteral("SELECT count(*) FROM attempts a %1").arg(sql.where), sql.bindings);
    int expected = 0;
    for (const QVariantList &row : before)
        expected += row.at(6).toString().contains(to) && row.at(0).toInt() != 7 ? 1 : 0;
    QCOMPARE(found.at(0).at(0).toInt(), expected);
}

void TestLogCompact::filtersEqualTextComparison()
{
    // Written without indexing: every row waits in the trigram index's queue at first, and the
    // filters must answer the same then as once it is indexed.
    generate(m_path, 3000, Index::Queued);
    QString error;
    QSqlDatabase db = LogSchema::openConnection(QStringLiteral("r"), m_path, true, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    // What each filter means, said with the view's text columns alone (no index, no dictionary).
    const auto reference = [&](const LogFilter &f) {
        QStringList w;
        QVariantList b;
        const auto like = [](const QString &t) -> QString {
            QString e = t;
            e.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            e.replace(QLatin1Char('%'), QLatin1String("\\%"));
            e.replace(QLatin1Char('_'), QLatin1String("\\_"));
            return QLatin1Char('%') + e + QLatin1Char('%');
        };
        if (!f.outcomes.isEmpty()) {
            QStringList names;
            for (Attempt::Outcome o : f.outcomes)
                names << QLatin1Char('\'') + Attempt::outcomeName(o) + QLatin1Char('\'');
            w << QStringLiteral("a.outcome IN (%1)").arg(names.join(QLatin1Char(',')));
        }
        if (!f.statuses.isEmpty()) {
            w << QStringLiteral("a.status = ?");
            b << f.statuses.first();
        }
        if (!f.profile.isEmpty()) {
            w << QStringLiteral("a.profile = ?");
            b << f.profile;
        }
        if (f.api) {
            w << QStringLiteral("a.api = ?");
            b << Attempt::apiName(*f.api);
        }
        if (f.errorCode) {
            w << QStringLiteral("a.error_code = ?");
            b << f.errorCode;
        }
        if (!f.to.isEmpty()) {
            w << QStringLiteral("a.to_number LIKE ? ESCAPE '\\'");
            b << like(f.to);
        }
        if (!f.text.isEmpty()) {
            QStringList any;
            for (const char *c : {"body", "to_number", "from_number", "sid", "error_message"}) {
                any << QStringLiteral("a.%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(c));
                b << like(f.text.trimmed()); // as typed, without surrounding spaces
            }
            w << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        return rows(QStringLiteral("r"),
                    QStringLiteral("SELECT a.id FROM attempts a %1 ORDER BY a.id")
                        .arg(w.isEmpty()
                                 ? QString()
                                 : QStringLiteral("WHERE ") + w.join(QStringLiteral(" AND "))),
                    b);
    };
    QList<LogFilter> filters;
    const auto text = [](const QString &t) {
        LogFilter f;
        f.text = t;
        return f;
    };
    for (const QString &t : {QStringLiteral("Northwind"),
                             QStringLiteral("northwind"),
                             QStringLiteral("code"),
                             QStringLiteral("подтверждения"),
                             QStringLiteral("is 11"),
                             QStringLiteral("is 2"),
                             QStringLiteral("11111"),
                             QStringLiteral("0 is your"),
                             QStringLiteral("order 1"),
                             QStringLiteral("1 today"),
                             QStringLiteral("+1415555"),
                             QStringLiteral("5550"), // a sender's and a template's both
                             QStringLiteral("MG5a2db"),
                             QStringLiteral("SMODD1"),
                             QStringLiteral("9e3779b1"),
                             QStringLiteral("handset (3000"),
                             QStringLiteral("Unreachable"),
                             QStringLiteral("7700900"),
                             QStringLiteral("5"),
                             QStringLiteral("e "),
                             QStringLiteral("100%"),
                             QStringLiteral("a_b"),
                             QStringLiteral("placeholder 2"),
                             QStringLiteral("\x1A")})
        filters << text(t);
    LogFilter outcome;
    outcome.outcomes = {Attempt::Outcome::Failed, Attempt::Outcome::Sent};
    filters << outcome;
    LogFilter status;
    status.statuses = {QStringLiteral("queued")};
    filters << status;
    LogFilter profile;
    profile.profile = QStringLiteral("Staging");
    profile.api = Attempt::Api::Messages;
    filters << profile;
    LogFilter missing;
    missing.profile = QStringLiteral("No such profile");
    filters << missing;
    LogFilter combined = text(QStringLiteral("code"));
    combined.outcomes = {Attempt::Outcome::Failed};
    combined.errorCode = 30004;
    combined.to = QStringLiteral("77009001");
    filters << combined;
    LogFilter to;
    to.to = QStringLiteral("4477009000");
    filters << to;
    int countedByParts = 0;
    const auto compareAll = [&](const char *state) {
        for (const LogFilter &f : std::as_const(filters)) {
            const LogFilter::Sql sql = f.toSql();
            const auto got = rows(
                QStringLiteral("r"),
                QStringLiteral("SELECT a.id FROM attempts a %1 ORDER BY a.id").arg(sql.where),
                sql.bindings);
            const auto want = reference(f);
            QVERIFY2(got == want,
                     qPrintable(QStringLiteral("%1: %2 %3: %4 rows, expected %5")
                                    .arg(QLatin1String(state), f.text, f.to)
                                    .arg(got.size())
                                    .arg(want.size())));
            const auto count = rows(
                QStringLiteral("r"),
                QStringLiteral("SELECT count(*) FROM attempts a %1").arg(sql.where), sql.bindings);
            QCOMPARE(count.at(0).at(0).toInt(), int(want.size()));
            // A text alone is also counted by parts (the viewer's count): the same number.
            if (const auto byParts = f.countSql()) {
                const auto counted = rows(QStringLiteral("r"), byParts->where, byParts->bindings);
                QVERIFY2(!counted.isEmpty() && counted.at(0).at(0).toInt() == int(want.size()),
                         qPrintable(QStringLiteral("%1: %2 counted by parts: %3, expected %4")
                                        .arg(QLatin1String(state), f.text)
                                        .arg(counted.isEmpty() ? -1 : counted.at(0).at(0).toInt())
                                        .arg(want.size())));
                ++countedByParts;
            }
        }
    };
    const auto queued = [&] {
        return rows(QStringLiteral("r"), QStringLiteral("SELECT count(*) FROM log_fts_pending"))
            .at(0)
            .at(0)
            .toInt();
    };
    QSqlDatabase w = LogSchema::openConnection(QStringLiteral("w"), m_path, false, &error);
    QVERIFY2(w.isOpen(), qPrintable(error));
    // The index's own check, which fails when a row left it that was never in it.
    const auto indexIntact = [&] {
        QSqlQuery q(w);
        const bool ok = q.exec(QStringLiteral(
            "INSERT INTO attempts_fts(attempts_fts, rank) VALUES ('integrity-check', 0)"));
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
        return ok;
    };
    QCOMPARE(queued(), 3000);
    compareAll("queued");
    // Queued rows changed and deleted before they are indexed: the index takes their final
    // text, and nothing leaves it that was never in it.
    const auto change = [&](const QString &sql) {
        QSqlQuery q(w);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    };
    change(QStringLiteral("UPDATE attempt_rows SET to_number = '+15550009999' WHERE id % 97 = 1"));
    change(QStringLiteral("DELETE FROM attempt_rows WHERE id % 89 = 2"));
    QVERIFY(queued() < 3000);
    compareAll("queued, then changed");
    QVERIFY(indexIntact());
    // The console indexes what it finds queued when it opens the log.
    openLog(m_path).reset();
    QCOMPARE(queued(), 0);
    QVERIFY(indexIntact());
    compareAll("indexed");
    // Indexed rows changed and deleted: they leave the index with the text they were indexed by.
    change(QStringLiteral("UPDATE attempt_rows SET to_number = '+15550008888' WHERE id % 83 = 3"));
    change(QStringLiteral("DELETE FROM attempt_rows WHERE id % 79 = 4"));
    QCOMPARE(queued(), 0);
    QVERIFY(indexIntact());
    compareAll("indexed, then changed");
    LogFilter moved;
    moved.to = QStringLiteral("15550009999");
    QVERIFY(reference(moved).size() > 0);
    moved.to = QStringLiteral("15550008888");
    QVERIFY(reference(moved).size() > 0);
    filters << moved;
    compareAll("moved numbers");
    QVERIFY(countedByParts > 50); // the texts of 3+ characters, in each state
    // The generated log holds matches for the searches that matter.
    QVERIFY(reference(text(QStringLiteral("is 11"))).size() > 0);
    QVERIFY(reference(text(QStringLiteral("SMODD1"))).size() > 0);
    QVERIFY(reference(text(QStringLiteral("handset (3000"))).size() > 0);
}

// The viewer's model drops the last question's ids when it takes the first page: the worker reads
// the next ids only after that (or a newer question, or its deadline), so that the two lists
// are not held together.
void TestLogCompact::idsWaitForTheFirstRowsTaken()
{
    generate(m_path, 2 * LogQueryWorker::FirstPageRows);
    LogQueryWorker worker(m_path);
    worker.setAwaitsFirstRowsTaken(true);
    QSignalSpy ids(&worker, &LogQueryWorker::idsReady);
    QSignalSpy counts(&worker, &LogQueryWorker::countsReady);
    LogQuery query; // every row, more than a page: ids read after the first page

    // Taken: the ids follow at once.
    auto taken = connect(&worker, &LogQueryWorker::firstRows, &worker,
                         [&worker](quint64 generation) { worker.firstRowsTaken(generation); });
    QElapsedTimer timer;
    timer.start();
    worker.runQuery(1, query, false);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.at(0).at(1).value<LogIdList>().size(), 2 * LogQueryWorker::FirstPageRows);
    QVERIFY2(timer.elapsed() < LogQueryWorker::MaxAwaitMs / 2, qPrintable(QString::number(timer.elapsed())));
    disconnect(taken);

    // A newer question while it waits (asked once the count is out): nothing more for this one.
    auto newer = connect(&worker, &LogQueryWorker::countsReady, &worker,
                         [&worker](quint64 generation) { worker.supersede(generation + 1); });
    counts.clear();
    timer.restart();
    worker.runQuery(2, query, false);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(ids.size(), 1);
    QVERIFY(timer.elapsed() < LogQueryWorker::MaxAwaitMs / 2);
    disconnect(newer);

    // Never taken (the model's thread busy): the ids come after the deadline, not never.
    timer.restart();
    worker.runQuery(3, query, false);
    QCOMPARE(ids.size(), 2);
    QVERIFY2(timer.elapsed() >= LogQueryWorker::MaxAwaitMs, qPrintable(QString::number(timer.elapsed())));

    // A refresh has no first page to wait for.
    timer.restart();
    worker.runQuery(4, query, true);
    QCOMPARE(ids.size(), 3);
    QVERIFY(timer.elapsed() < LogQueryWorker::MaxAwaitMs / 2);
}

void TestLogCompact::sortsByCodedColumnsInTextOrder()
{
    generate(m_path, 6000); // more than the newest rows a text's first page looks in first
    LogQueryWorker worker(m_path);
    QString error;
    QSqlDatabase db = LogSchema::openConnection(QStringLiteral("r"), m_path, true, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    struct Sort
    {
        int column;
        const char *keys;
    };
    int rare = 0;
    int common = 0;
    for (const Sort &s :
         {Sort {LogQuery::Profile, "a.profile"}, Sort {LogQuery::Status, "a.status"},
          Sort {LogQuery::From, "a.from_number"}, Sort {LogQuery::Outcome, "a.outcome"},
          Sort {LogQuery::Time, "a.created_at"}}) {
        // A common text (its ids read after the first page) and a rare one (fewer than a page:
        // the first page is the whole answer).
        for (const auto &[text, order] :
             {std::pair {"code", Qt::AscendingOrder}, std::pair {"code", Qt::DescendingOrder},
              std::pair {"SMODD1", Qt::AscendingOrder},
              std::pair {"SMODD1", Qt::DescendingOrder}}) {
            LogQuery query;
            query.sortColumn = s.column;
            query.order = order;
            query.filter.text = QLatin1String(text);
            QSignalSpy ids(&worker, &LogQueryWorker::idsReady);
            QSignalSpy first(&worker, &LogQueryWorker::firstRows);
            QSignalSpy counts(&worker, &LogQueryWorker::countsReady);
            worker.runQuery(1, query, false);
            QCOMPARE(ids.size(), 1);
            QCOMPARE(first.size(), 1);
            const LogIdList list = ids.at(0).at(1).value<LogIdList>();
            const QString dir
                = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
            const LogFilter::Sql sql = query.filter.toSql();
            const auto want = rows(QStringLiteral("r"),
                                   QStringLiteral("SELECT a.id FROM attempts a %1 ORDER BY %2 %3, "
                                                  "a.created_at %3, a.id %3")
                                       .arg(sql.where, QLatin1String(s.keys), dir),
                                   sql.bindings);
            QCOMPARE(qsizetype(list.size()), want.size());
            QVERIFY(!want.isEmpty());
            (want.size() < LogQueryWorker::FirstPageRows ? rare : common) += 1;
            for (qsizetype i = 0; i < want.size(); ++i)
                QCOMPARE(list.at(i), want.at(i).at(0).toLongLong());
            QCOMPARE(counts.size(), 1);
            QCOMPARE(counts.at(0).at(1).toLongLong(), qint64(want.size()));
            QCOMPARE(counts.at(0).at(2).toLongLong(), qint64(6000));
            const QList<LogRow> page = first.at(0).at(1).value<QList<LogRow>>();
            QCOMPARE(page.size(), std::min<qsizetype>(LogQueryWorker::FirstPageRows, want.size()));
            for (qsizetype i = 0; i < page.size(); ++i)
                QCOMPARE(page.at(i).id, want.at(i).at(0).toLongLong());
        }
    }
    QCOMPARE(rare, 10);
    QCOMPARE(common, 10);
    worker.close();
}

void TestLogCompact::latencyTimesKeptOnTheRow()
{
    auto log = openLog(m_path);
    QVERIFY(log->isOpen());
    Attempt a;
    a.profile = QStringLiteral("P");
    a.to = QStringLiteral("+14155552671");
    a.createdAt = LogSchema::fromMs(1714564800000LL);
    qint64 id = 0;
    bool done = false;
    log->beginAttempt(a, this, [&](qint64 newId, const QString &) {
        id = newId;
        done = true;
    });
    QTRY_VERIFY(done);
    // Transitions arrive as the console sees them: each update appends what is new.
    const QList<std::pair<const char *, qint64>> seen
        = {{"queued", 1714564801000LL}, {"sent", 1714564802000LL}, {"delivered", 1714564805000LL}};
    a.id = id;
    a.sid = QStringLiteral("SM5a2db0c0000000000000000000fe00a2");
    for (const auto &[status, at] : seen) {
        StatusTransition t;
        t.status = QLatin1String(status);
        t.at = LogSchema::fromMs(at);
        a.timeline << t;
        a.status = t.status;
        a.outcome = Attempt::outcomeForStatus(a.status);
        done = false;
        log->updateAttempt(a, this, [&](const QString &) { done = true; });
        QTRY_VERIFY(done);
    }
    log.reset();
    QString error;
    QSqlDatabase db = LogSchema::openConnection(QStringLiteral("r"), m_path, true, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QCOMPARE(
        rows(QStringLiteral("r"),
             QStringLiteral("SELECT queued_at, delivered_at, outcome FROM "
                            "attempts")),
        (QList<QVariantList> {{1714564801000LL, 1714564805000LL, QStringLiteral("delivered")}}));
    QCOMPARE(rows(QStringLiteral("r"),
                  QStringLiteral("SELECT seq, status FROM transitions ORDER BY seq")),
             (QList<QVariantList> {{1, QStringLiteral("queued")},
                                   {2, QStringLiteral("sent")},
                                   {3, QStringLiteral("delivered")}}));
}

void TestLogCompact::cliReadsWhileConsoleWrites()
{
    auto log = openLog(m_path);
    QVERIFY(log->isOpen());
    constexpr int Writes = 40;
    int written = 0;
    for (int i = 0; i < Writes; ++i) {
        Attempt a;
        a.profile = QStringLiteral("P");
        a.source = Attempt::Source::Cli;
        a.to = QStringLiteral("+1415555%1").arg(1000 + i);
        a.body = QStringLiteral("Your code is %1").arg(100000 + i);
        log->beginAttempt(a, this, [&written](qint64, const QString &) { ++written; });
    }
    const QProcessEnvironment env = [&] {
        QProcessEnvironment e = CliRunner::environment(m_dir->path());
        e.insert(QStringLiteral("SMSHOOK_LOG_PATH"), m_path);
        return e;
    }();
    // While the console's thread commits row after row, the CLI lists the log: it never fails,
    // never waits for the writer, and sees whole rows only.
    int previous = 0;
    int reads = 0;
    while (written < Writes || reads < 2) {
        const CliRunner::Run run = CliRunner::run(env,
                                                  {QStringLiteral("logs"), QStringLiteral("list"),
                                                   QStringLiteral("--limit"), QStringLiteral("0"),
                                                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = run.json().value(QStringLiteral("attempts")).toArray();
        QVERIFY(rows.size() >= previous);
        for (const QJsonValue &row : rows)
            QVERIFY(row.toObject()
                        .value(QStringLiteral("body"))
                        .toString()
                        .startsWith(QLatin1String("Your code is 1")));
        previous = int(rows.size());
        ++reads;
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(written, Writes);
    const CliRunner::Run last
        = CliRunner::run(env,
                         {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--limit"),
                          QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(last.json().value(QStringLiteral("attempts")).toArray().size(), Writes);
}

QTEST_GUILESS_MAIN(TestLogCompact)
#include "TestLogCompact.moc"
