#include "CliRunner.h"
#include "SpoiledLog.h"

#include "TestSupport.h"
#include "log/LogSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// The delivery log from the command line, as a script uses it: the real binary against
// `sms-hook-cli sandbox` running as another process, with SMSHOOK_LOG_PATH pointing at a
// temporary database and secrets in a throwaway keychain.
class TestCliLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void sendsAreRecordedAndListed();
    void listFilters();
    void exportFilesHoldNoSecret();
    void syncImportsAndMerges();
    void badValuesNameTheOption();
    void sigkillMidSendLeavesUnknownAttempt();
    void unusableLogRefusesTheSend_data();
    void unusableLogRefusesTheSend();
    void syncMasksCodesAndFilesArePrivate();
    void processesMigrateTheLogAtOnce();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &args, const QByteArray &stdinData = {}, const QString &logPath = {})
    {
        return CliRunner::run(environment(logPath), args, stdinData);
    }
    QProcessEnvironment environment(const QString &logPath = {}) const;
    void addProfile(const QString &name, const QString &base)
    {
        CliRunner::addProfile(environment(), name, base, m_credentials);
    }
    Run send(const QString &to, const QString &body, const QStringList &more = {});
    QJsonArray listed(const QStringList &filters, const QString &logPath = {});
    QString token() const { return m_credentials.value(QStringLiteral("auth_token")).toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_logPath;
    QProcess m_sandbox;
    QJsonObject m_credentials;
};

namespace {
const QString Today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

void TestCliLogs::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
    CliRunner::startSandbox(m_sandbox, m_credentials,
                            {QStringLiteral("--time-scale"), QStringLiteral("0.02")});
    QVERIFY(!token().isEmpty());
}

void TestCliLogs::cleanupTestCase()
{
    QVERIFY(CliRunner::stopSandbox(m_sandbox));
}

void TestCliLogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_logPath = m_dir->filePath(QStringLiteral("delivery-log.sqlite"));
    addProfile(QStringLiteral("X"), m_credentials.value(QStringLiteral("base_url")).toString());
}

QProcessEnvironment TestCliLogs::environment(const QString &logPath) const
{
    QProcessEnvironment env = CliRunner::environment(m_dir->path());
    env.insert(QStringLiteral("SMSHOOK_LOG_PATH"), logPath.isEmpty() ? m_logPath : logPath);
    return env;
}

TestCliLogs::Run TestCliLogs::send(const QString &to, const QString &body, const QStringList &more)
{
    return cli(QStringList {QStringLiteral("send"), QStringLiteral("--profile"),
                            QStringLiteral("X"), QStringLiteral("--to"), to,
                            QStringLiteral("--body"), body}
               + more);
}

QJsonArray TestCliLogs::listed(const QStringList &filters, const QString &logPath)
{
    const Run r
        = cli(QStringList {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--json")}
                  + filters,
              {}, logPath);
    if (r.exitCode != 0)
        qWarning("logs list failed: %s", qPrintable(r.err));
    return r.json().value(QStringLiteral("attempts")).toArray();
}

void TestCliLogs::sendsAreRecordedAndListed()
{
    Run r = send(QStringLiteral("+14155552671"), QStringLiteral("Your code is 111111"),
                 {QStringLiteral("--wait"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString sid = r.json().value(QStringLiteral("sid")).toString();
    QVERIFY(sid.startsWith(QLatin1String("SM")));
    r = cli({QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("X"),
             QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--code"),
             QStringLiteral("424242")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QJsonArray rows = listed({});
    QCOMPARE(rows.size(), 2);
    const QJsonObject verify = rows.at(0).toObject(); // newest first
    QCOMPARE(verify.value(QStringLiteral("api")).toString(), QStringLiteral("verify"));
    QCOMPARE(verify.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
    QCOMPARE(verify.value(QStringLiteral("outcome")).toString(), QStringLiteral("pending"));
    QVERIFY(verify.value(QStringLiteral("sid")).toString().startsWith(QLatin1String("VE")));
    QCOMPARE(verify.value(QStringLiteral("body")).toString(), QString()); // the code is not kept
    const QJsonObject sms = rows.at(1).toObject();
    QCOMPARE(sms.value(QStringLiteral("sid")).toString(), sid);
    QCOMPARE(sms.value(QStringLiteral("to")).toString(), QStringLiteral("+14155552671"));
    QCOMPARE(sms.value(QStringLiteral("profile")).toString(), QStringLiteral("X"));
    QCOMPARE(sms.value(QStringLiteral("body")).toString(), QStringLiteral("Your code is 111111"));
    QCOMPARE(sms.value(QStringLiteral("outcome")).toString(), QStringLiteral("delivered"));
    QCOMPARE(sms.value(QStringLiteral("encoding")).toString(), QStringLiteral("GSM-7"));
    QCOMPARE(sms.value(QStringLiteral("segments")).toInt(), 1);
    const QJsonArray timeline = sms.value(QStringLiteral("timeline")).toArray();
    QVERIFY(timeline.size() >= 2);
    QCOMPARE(timeline.last().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("delivered"));

    // Plain text: one line per attempt.
    r = cli({QStringLiteral("logs"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    QVERIFY(r.out.contains(sid));

    // A refused send is recorded with Twilio's error.
    r = send(QStringLiteral("+15005550001"), QStringLiteral("to an invalid number"));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray rejected = listed({QStringLiteral("--outcome"), QStringLiteral("rejected")});
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("error_code")).toInt(), 21211);
}

void TestCliLogs::listFilters()
{
    QVERIFY(send(QStringLiteral("+14155552671"), QStringLiteral("alpha one")).exitCode == 0);
    QVERIFY(
        send(QStringLiteral("+15005553003"), QStringLiteral("beta two"), {QStringLiteral("--wait")})
            .exitCode
        == 1); // undelivered, 30003
    QVERIFY(send(QStringLiteral("+14155552672"), QStringLiteral("gamma three")).exitCode == 0);

    QCOMPARE(listed({}).size(), 3);
    QCOMPARE(listed({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
    QCOMPARE(listed({QStringLiteral("--search"), QStringLiteral("gamma")}).size(), 1);
    QCOMPARE(listed({QStringLiteral("--search"), QStringLiteral("wo")}).size(), 1); // short: LIKE
    QCOMPARE(listed({QStringLiteral("--to"), QStringLiteral("555 2672")}).size(), 1);
    QCOMPARE(listed({QStringLiteral("--error"), QStringLiteral("30003")}).size(), 1);
    QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("undelivered")}).size(), 1);
    QCOMPARE(listed({QStringLiteral("--outcome"), QStringLiteral("failed")}).size(), 1);
    QCOMPARE(listed({QStringLiteral("--source"), QStringLiteral("cli")}).size(), 3);
    QCOMPARE(listed({QStringLiteral("--source"), QStringLiteral("form")}).size(), 0);
    QCOMPARE(listed({QStringLiteral("--api"), QStringLiteral("verify")}).size(), 0);
    QCOMPARE(listed({QStringLiteral("--profile"), QStringLiteral("Other")}).size(), 0);
    QCOMPARE(listed({QStringLiteral("--since"), Today}).size(), 3);
    QCOMPARE(listed({QStringLiteral("--until"), Today}).size(), 3); // the whole day included
    QCOMPARE(listed({QStringLiteral("--until"), QStringLiteral("2020-01-01T00:00:00Z")}).size(), 0);
}

void TestCliLogs::exportFilesHoldNoSecret()
{
    const QString body = QStringLiteral("Code 1, \"quoted\"");
    QVERIFY(send(QStringLiteral("+14155552671"), body, {QStringLiteral("--wait")}).exitCode == 0);
    QVERIFY(send(QStringLiteral("+15005550001"), QStringLiteral("refused")).exitCode == 1);

    const QString csvPath = m_dir->filePath(QStringLiteral("out/log.csv"));
    QDir().mkpath(m_dir->filePath(QStringLiteral("out")));
    Run r = cli({QStringLiteral("logs"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--output"), csvPath});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    QVERIFY(csvText.startsWith(QLatin1String("id,created_at,updated_at,profile,api,source,to,")));
    QCOMPARE(csvText.count(QStringLiteral("\r\n")), 3);
    QVERIFY(csvText.contains(QStringLiteral("\"Code 1, \"\"quoted\"\"\"")));

    // JSON to stdout, filtered.
    r = cli({QStringLiteral("logs"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--outcome"), QStringLiteral("delivered")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("body")).toString(), body);
    QVERIFY(!rows.at(0).toObject().value(QStringLiteral("timeline")).toArray().isEmpty());

    // No secret anywhere: not in the exports, the output, nor the database files themselves.
    QVERIFY(!r.out.contains(token()));
    QVERIFY(!csvText.contains(token()));
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), token()), QStringList());
    QCOMPARE(TestSupport::filesContaining(
                 m_dir->path(), m_credentials.value(QStringLiteral("account_sid")).toString()),
             QStringList());
}

void TestCliLogs::syncImportsAndMerges()
{
    // Messages sent by the CLI are in the log (source cli) and in the sandbox's message list,
    // with the messages of the other tests of this run.
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            send(QStringLiteral("+1415555270%1").arg(i), QStringLiteral("sync %1").arg(i)).exitCode
            == 0);
    QTest::qWait(100); // sent after 20 ms at this time scale: only sent messages match DateSent

    // Into a fresh log: everything is new, over several pages.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    Run r = cli({QStringLiteral("logs"), QStringLiteral("sync"), QStringLiteral("--profile"),
                 QStringLiteral("X"), QStringLiteral("--since"), Today,
                 QStringLiteral("--page-size"), QStringLiteral("2"), QStringLiteral("--json")},
                {}, fresh);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const int total = r.json().value(QStringLiteral("imported")).toInt();
    QVERIFY2(total >= 3, qPrintable(r.out));
    QCOMPARE(r.json().value(QStringLiteral("pages")).toInt(), (total + 1) / 2);
    // Progress on stderr, one line per page, with the plural form for the count.
    QVERIFY2(r.err.contains(QStringLiteral("Page 1 · 2 messages imported")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Page 2 · 4 messages imported")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("(s)")), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QLatin1String("(s)")), qPrintable(r.out));
    QCOMPARE(listed({QStringLiteral("--limit"), QStringLiteral("0")}, fresh).size(), total);
    QCOMPARE(listed({QStringLiteral("--source"), QStringLiteral("twilio"),
                     QStringLiteral("--limit"), QStringLiteral("0")},
                    fresh)
                 .size(),
             total);

    // Into the log that has the CLI's own rows: they are merged by SID, not duplicated.
    r = cli({QStringLiteral("logs"), QStringLiteral("sync"), QStringLiteral("--profile"),
             QStringLiteral("X"), QStringLiteral("--since"), Today, QStringLiteral("--page-size"),
             QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("merged")).toInt(), 3);
    QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), total - 3);
    const QJsonArray mine = listed({QStringLiteral("--search"), QStringLiteral("sync ")});
    QCOMPARE(mine.size(), 3);
    for (const QJsonValue &v : mine) {
        QCOMPARE(v.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
        QCOMPARE(v.toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("delivered"));
    }
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), token()), QStringList());
}

void TestCliLogs::badValuesNameTheOption()
{
    Run r = cli({QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--since"),
                 QStringLiteral("yesterday")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--since"))
                 && r.err.contains(QLatin1String("YYYY-MM-DD")),
             qPrintable(r.err));
    r = cli({QStringLiteral("logs"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("xml")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--format")));
    r = cli({QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--outcome"),
             QStringLiteral("great")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--outcome")));
    r = cli({QStringLiteral("logs"), QStringLiteral("sync"), QStringLiteral("--profile"),
             QStringLiteral("X")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--since")));
}

void TestCliLogs::sigkillMidSendLeavesUnknownAttempt()
{
    // A server that takes the request and never answers.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray received;
    QList<QTcpSocket *> sockets;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            sockets << s;
            connect(s, &QTcpSocket::readyRead, this, [&received, s] { received += s->readAll(); });
        }
    });
    addProfile(QStringLiteral("Hang"),
               QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));

    const QString path = m_dir->filePath(QStringLiteral("killed.sqlite"));
    QProcess p;
    p.setProcessEnvironment(environment(path));
    p.start(QStringLiteral(SMSHOOK_CLI_PATH),
            {QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("Hang"),
             QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--body"),
             QStringLiteral("Killed mid-send 987654")});
    QVERIFY(p.waitForStarted(5000));
    // The whole POST body has arrived: the request is out, the answer never comes.
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("Body=Killed"), 15000);
    QCOMPARE(p.state(), QProcess::Running);
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("k"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT outcome, to_number, body, sid, source, profile "
                                      "FROM attempts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("unknown"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("+14155552671"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Killed mid-send 987654"));
        QVERIFY(q.value(3).isNull());
        QCOMPARE(q.value(4).toString(), QStringLiteral("cli"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("Hang"));
        QVERIFY(!q.next());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("k"));

    // The CLI reads it back as such.
    const QJsonArray rows = listed({QStringLiteral("--outcome"), QStringLiteral("unknown")}, path);
    QCOMPARE(rows.size(), 1);
    qDeleteAll(sockets);
}

void TestCliLogs::unusableLogRefusesTheSend_data()
{
    QTest::addColumn<SpoiledLog::Kind>("kind");
    QTest::newRow("a folder") << SpoiledLog::Kind::Folder;
    QTest::newRow("random bytes") << SpoiledLog::Kind::Random;
    QTest::newRow("newer version") << SpoiledLog::Kind::Newer;
    QTest::newRow("unreachable folder") << SpoiledLog::Kind::Unreachable;
}

void TestCliLogs::unusableLogRefusesTheSend()
{
    QFETCH(SpoiledLog::Kind, kind);
    const QString path = SpoiledLog::make(*m_dir, kind);
    const QString because = SpoiledLog::reason(kind);
    const qsizetype before = CliRunner::sandboxMessages(m_credentials).size();

    const Run r
        = cli({QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("X"),
               QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--body"),
               QStringLiteral("Your code is 555123"), QStringLiteral("--json")},
              {}, path);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(!r.err.contains(QLatin1String("warning")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Nothing was sent")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(path)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("SMSHOOK_LOG_PATH")), qPrintable(r.err));
    QVERIFY2(r.err.contains(because), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("()")) && !r.err.contains(QLatin1String(":  ")),
             qPrintable(r.err)); // no empty detail
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("delivery-log"));
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("log-failed"));
    // Nothing reached Twilio.
    QCOMPARE(CliRunner::sandboxMessages(m_credentials).size(), before);
}

void TestCliLogs::syncMasksCodesAndFilesArePrivate()
{
    // The log in its default place, whose folder an older version made readable by all.
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("SMSHOOK_LOG_PATH"));
    const QString organisation = m_dir->filePath(QStringLiteral("data/sms-hook-console"));
    const QString folder = organisation + QStringLiteral("/sms-hook-console");
    QVERIFY(QDir().mkpath(folder));
    for (const QString &f : {organisation, folder})
        QVERIFY(QFile::setPermissions(f, QFile::Permissions(0x7755)));
    const QString code = QStringLiteral("731942");
    const QString body = QStringLiteral("Your code is ") + code;
    Run r
        = CliRunner::run(env,
                         {QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("X"),
                          QStringLiteral("--to"), QStringLiteral("+14155552671"),
                          QStringLiteral("--body"), body, QStringLiteral("--wait")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString log = folder + QStringLiteral("/delivery-log.sqlite");
    QCOMPARE(TestSupport::unixMode(log), 0600);
    QCOMPARE(TestSupport::unixMode(folder), 0700);
    QCOMPARE(TestSupport::unixMode(organisation), 0700);

    // An export is the owner's only, in whatever folder it goes.
    const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
    r = CliRunner::run(env,
                       {QStringLiteral("logs"), QStringLiteral("export"),
                        QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--output"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(TestSupport::unixMode(csv), 0600);

    // A sync into a fresh log masks the code it imports...
    const auto syncInto = [this](const QString &path, const QStringList &more = {}) {
        const Run run = cli(QStringList {QStringLiteral("logs"), QStringLiteral("sync"),
                                         QStringLiteral("--profile"), QStringLiteral("X"),
                                         QStringLiteral("--since"), Today}
                                + more,
                            {}, path);
        if (run.exitCode != 0)
            qWarning("logs sync failed: %s", qPrintable(run.err));
        return listed({QStringLiteral("--search"), QStringLiteral("Your code is"),
                       QStringLiteral("--source"), QStringLiteral("twilio")},
                      path);
    };
    QTest::qWait(100); // sent at this time scale: only sent messages match DateSent
    const QString masked = m_dir->filePath(QStringLiteral("masked/log.sqlite"));
    QJsonArray rows = syncInto(masked);
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &v : std::as_const(rows))
        QVERIFY2(!v.toObject().value(QStringLiteral("body")).toString().contains(code),
                 qPrintable(v.toObject().value(QStringLiteral("body")).toString()));
    QVERIFY(rows.at(0)
                .toObject()
                .value(QStringLiteral("body"))
                .toString()
                .contains(QStringLiteral("Your code is ******")));
    QCOMPARE(TestSupport::filesContaining(m_dir->filePath(QStringLiteral("masked")), code),
             QStringList {});
    QCOMPARE(TestSupport::unixMode(m_dir->filePath(QStringLiteral("masked"))), 0700);

    // ...unless --keep-codes says to keep it...
    rows = syncInto(m_dir->filePath(QStringLiteral("kept.sqlite")),
                    {QStringLiteral("--keep-codes")});
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("body")).toString(), body);

    // ...or the profile's setting does.
    {
        QSettings settings(
            m_dir->filePath(QStringLiteral("config/sms-hook-console/sms-hook-console.conf")),
            QSettings::IniFormat);
        settings.setValue(QStringLiteral("profiles/X/keepSyncedCodes"), true);
    }
    rows = syncInto(m_dir->filePath(QStringLiteral("setting.sqlite")));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("body")).toString(), body);
}

void TestCliLogs::processesMigrateTheLogAtOnce()
{
    // A log from the first release with 200 rows, opened by several processes at the same
    // moment (the console and CLI commands started by a script): each migrates it, or waits for
    // the one that does; none fails, none runs a step twice, no row is lost.
    const QString path = m_dir->filePath(QStringLiteral("v1.sqlite"));
    // A version 1 file with 200 rows, made afresh for each round.
    const auto makeVersion1 = [&path] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        bool ok = false;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &sql : LogSchema::migrationStep(1))
                ok = ok && q.exec(sql);
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version = 1"))
                && q.exec(QStringLiteral("BEGIN"));
            for (int i = 0; i < 200; ++i)
                ok = ok
                    && q.exec(QStringLiteral(
                                  "INSERT INTO attempts(created_at, updated_at, profile, api, "
                                  "source, to_number, body, outcome) VALUES (%1, %1, 'P', "
                                  "'messages', 'cli', '+14155552671', 'old row %2', 'delivered')")
                                  .arg(1714564800000LL + i)
                                  .arg(i));
            ok = ok && q.exec(QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        return ok;
    };

    for (int round = 0; round < 3; ++round) {
        QVERIFY(makeVersion1());
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(environment(path));
            p->start(QStringLiteral(SMSHOOK_CLI_PATH),
                     {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--search"),
                      QStringLiteral("old row"), QStringLiteral("--limit"), QStringLiteral("0"),
                      QStringLiteral("--json")});
            processes.push_back(std::move(p));
        }
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(30000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0, qPrintable(err));
            const QJsonArray rows = QJsonDocument::fromJson(p->readAllStandardOutput())
                                        .object()
                                        .value(QStringLiteral("attempts"))
                                        .toArray();
            QCOMPARE(rows.size(), 200); // found through the full-text index the migration built
        }
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), LogSchema::version());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attempts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 200);
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
}

QTEST_GUILESS_MAIN(TestCliLogs)
#include "TestCliLogs.moc"
