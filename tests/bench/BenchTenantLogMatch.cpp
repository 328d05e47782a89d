// bench-tenant-log-match: how long the delivery log takes to store and match Auth0 tenant log
// events against a large log, through the real schema and the real TenantLogStore code.

#include "log/DeliveryLog.h"
#include "log/LogSchema.h"
#include "log/TenantLogStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const char *const HelpText = R"(
Fills a delivery log with N attempts (default 1,000,000 Twilio messages to 50,000 numbers over
30 days; the full-text triggers are dropped in this scratch file first, because they only slow
the generation and matching never reads that index), then stores E Auth0 send events (default
100,000) page by page exactly as a tenant log sync does (TenantLogStore::storePage, 100 events
per transaction): 80 % are a message's send (matched by number and time), 10 % name an Action
run whose SID was recorded (exact match), 10 % have no message. Prints the time to store and
match them all, the matches by kind, a rematch of the unmatched, and the viewer's first 200
chains. The network is not timed: Auth0 answers 100 events per request, at its rate limit.

  ./tests/bench/bench-tenant-log-match [--attempts N] [--events E] [--db FILE]
)";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString number(int i)
{
    return QStringLiteral("+1415%1").arg(2000000 + i, 7, 10, QLatin1Char('0'));
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    out() << "SQL failed: " << q.lastError().text() << " in " << sql << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(HelpText));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("attempts"), QStringLiteral("Attempts in the log."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Auth0 events to store."),
                      QStringLiteral("E"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Scratch database file."), QStringLiteral("FILE")});
    parser.process(app);
    const int attempts = parser.value(QStringLiteral("attempts")).toInt();
    const int events = parser.value(QStringLiteral("events")).toInt();
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
        ? parser.value(QStringLiteral("db"))
        : dir.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(path);
    {
        DeliveryLog log(path); // creates the real schema
        QSignalSpy opened(&log, &DeliveryLog::opened);
        log.open();
        if (!opened.wait(30000) || !log.isOpen()) {
            out() << "cannot create " << path << ": " << log.errorString() << Qt::endl;
            return 1;
        }
    }
    QString error;
    QSqlDatabase db = LogSchema::openConnection(QStringLiteral("bench"), path, false, &error);
    if (!db.isOpen() || !LogSchema::migrate(db, &error)) {
        out() << error << Qt::endl;
        return 1;
    }
    for (const char *trigger :
         {"attempts_fts_insert", "attempts_fts_delete", "attempts_fts_update"})
        exec(db, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));

    const qint64 start = QDateTime::currentDateTimeUtc().addDays(-30).toMSecsSinceEpoch();
    const qint64 span = 30LL * 24 * 3600 * 1000;
    const int numbers = 50000;
    QRandomGenerator rng(12);
    QElapsedTimer timer;
    timer.start();
    struct Sent
    {
        qint64 at;
        int number;
    };
    QList<Sent> sent;
    sent.reserve(attempts);
    exec(db, QStringLiteral("BEGIN"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO attempts(created_at, updated_at, profile, api, source, to_number, body, sid, "
        "status, outcome) VALUES (?, ?, 'Bench', 'messages', 'twilio', ?, 'Your code is ******', "
        "?, 'delivered', 'delivered')"));
    for (int i = 0; i < attempts; ++i) {
        const qint64 at = start + qint64(rng.bounded(span / 1000)) * 1000 + rng.bounded(1000);
        const int n = rng.bounded(numbers);
        insert.addBindValue(at);
        insert.addBindValue(at);
        insert.addBindValue(number(n));
        insert.addBindValue(QStringLiteral("SM%1").arg(i, 32, 16, QLatin1Char('0')));
        if (!insert.exec()) {
            out() << insert.lastError().text() << Qt::endl;
            return 1;
        }
        sent.append({at, n});
        if (i % 100000 == 99999) {
            exec(db, QStringLiteral("COMMIT"));
            exec(db, QStringLiteral("BEGIN"));
        }
    }
    exec(db, QStringLiteral("COMMIT"));
    out() << "generated " << attempts << " attempts in " << timer.elapsed() / 1000.0 << " s"
          << Qt::endl;

    // The events, oldest first as a sync stores them.
    QList<TenantLogRecord> records;
    QList<QPair<QString, QString>> runSids;
    for (int i = 0; i < events; ++i) {
        TenantLogRecord r;
        r.logId = QStringLiteral("900%1").arg(i, 53, 10, QLatin1Char('0'));
        r.profile = QStringLiteral("Bench");
        r.type = QStringLiteral("gd_send_sms");
        r.userId = QStringLiteral("auth0|%1").arg(i % 5000);
        const int kind = i % 10;
        const qsizetype target = qsizetype(rng.bounded(attempts));
        if (kind == 9) { // no message: a number the log never sent to
            r.recipient = number(numbers + i);
            r.at = LogSchema::fromMs(start + qint64(rng.bounded(span / 1000)) * 1000);
        } else {
            r.recipient = number(sent.at(target).number);
            r.at = LogSchema::fromMs(sent.at(target).at + 500 + rng.bounded(2500));
            if (kind == 8) {
                r.executionId = QStringLiteral("exec-%1").arg(i);
                runSids.append(
                    {r.executionId,
                     QStringLiteral("SM%1").arg(target + 1 - 1, 32, 16, QLatin1Char('0'))});
            }
        }
        records.append(r);
    }
    std::sort(records.begin(), records.end(),
              [](const TenantLogRecord &a, const TenantLogRecord &b) { return a.at < b.at; });
    exec(db, QStringLiteral("BEGIN"));
    for (const auto &[execution, sid] : std::as_const(runSids))
        TenantLogStore::recordActionRunSids(db, execution, {sid}, &error);
    exec(db, QStringLiteral("COMMIT"));
    exec(db, QStringLiteral("PRAGMA synchronous = FULL")); // as the log writes
    exec(db, QStringLiteral("ANALYZE"));

    TenantLogStore::SyncState state;
    state.profile = QStringLiteral("Bench");
    state.since = LogSchema::fromMs(start).date();
    int stored = 0;
    int matched = 0;
    QList<qint64> changed;
    timer.restart();
    for (qsizetype i = 0; i < records.size(); i += 100) {
        const QList<TenantLogRecord> page = records.mid(i, 100);
        state.checkpoint = page.last().logId;
        ++state.pages;
        state.fetched += int(page.size());
        int s = 0;
        int m = 0;
        exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        if (!TenantLogStore::storePage(db, page, state, &s, &m, &changed, &error)) {
            out() << "store failed: " << error << Qt::endl;
            return 1;
        }
        exec(db, QStringLiteral("COMMIT"));
        state.stored += s;
        stored += s;
        matched += m;
    }
    const qint64 storeMs = timer.elapsed();
    QSqlQuery kinds(db);
    kinds.exec(
        QStringLiteral("SELECT match_kind, COUNT(*) FROM auth0_events GROUP BY 1 ORDER BY 1"));
    QStringList byKind;
    while (kinds.next())
        byKind << QStringLiteral("%1=%2").arg(kinds.value(0).toString().isEmpty()
                                                  ? QStringLiteral("none")
                                                  : kinds.value(0).toString(),
                                              kinds.value(1).toString());
    kinds.finish();
    out() << "stored and matched " << stored << " events against " << attempts << " attempts in "
          << storeMs / 1000.0 << " s (" << qRound(stored * 1000.0 / qMax<qint64>(1, storeMs))
          << " events/s, " << state.pages << " pages of 100, one transaction each, fsync on)"
          << Qt::endl;
    out() << "  matched " << matched << ": " << byKind.join(QStringLiteral(", ")) << Qt::endl;

    timer.restart();
    int rematched = 0;
    exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    TenantLogStore::rematch(db, QStringLiteral("Bench"), &rematched, &changed, &error);
    exec(db, QStringLiteral("COMMIT"));
    out() << "rematch of the unmatched: " << timer.elapsed() << " ms (" << rematched
          << " newly matched)" << Qt::endl;

    timer.restart();
    TenantLogStore::Filter filter;
    filter.profile = QStringLiteral("Bench");
    const QList<TenantChain> first = TenantLogStore::chains(db, filter, 200, &error);
    out() << "viewer's first " << first.size() << " chains: " << timer.elapsed() << " ms"
          << Qt::endl;
    out() << "database: " << QFileInfo(path).size() / (1024 * 1024) << " MB" << Qt::endl;
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return 0;
}
