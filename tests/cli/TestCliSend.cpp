#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSettings>
#include <QTcpServer>
#include <QSemaphore>
#include <QTcpSocket>
#include <QThread>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// sms-hook-cli send, verify, status, segments and sandbox as a script uses them: the real binary
// against `sms-hook-cli sandbox` running as another process, profiles and secrets set through
// the CLI itself into a real (throwaway) keychain.
class TestCliSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void sandboxPrintsOneLineAndStopsOnSignal();
    void sendWaitDelivered();
    void sendAccepted();
    void sendInvalidToRefusedByTwilio();
    void sendUndelivered();
    void sendInputErrors();
    void verify();
    void status();
    void builtInSandboxProfile();
    void segmentsAgreeWithVectors();
    void segmentsMalformedLine();
    void handEditedCleartextBaseRefused();
    void networkFailuresLeaveNoQtWarnings();
    void unreachableIsNotSent();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return CliRunner::run(CliRunner::environment(m_config->path()), args, stdinData);
    }
    void setSecret(const QString &name, const QString &value)
    {
        CliRunner::setSecret(CliRunner::environment(m_config->path()), QStringLiteral("X"), name,
                             value);
    }
    static QStringList send(const QString &to, const QStringList &more = {});

    std::unique_ptr<QTemporaryDir> m_config;
    QProcess m_sandbox;
    QJsonObject m_credentials; // the sandbox's first line
};

void TestCliSend::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
    CliRunner::startSandbox(m_sandbox, m_credentials,
                            {QStringLiteral("--time-scale"), QStringLiteral("0.1")});
    QVERIFY(m_credentials.value(QStringLiteral("base_url"))
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1:")));
}

void TestCliSend::cleanupTestCase()
{
    if (m_sandbox.state() == QProcess::NotRunning)
        return;
    QVERIFY(CliRunner::stopSandbox(m_sandbox));
    QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_sandbox.exitCode(), 0);
}

void TestCliSend::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    CliRunner::addProfile(CliRunner::environment(m_config->path()), QStringLiteral("X"),
                          m_credentials.value(QStringLiteral("base_url")).toString(),
                          m_credentials);
}

QStringList TestCliSend::send(const QString &to, const QStringList &more)
{
    return QStringList {QStringLiteral("send"),
                        QStringLiteral("--profile"),
                        QStringLiteral("X"),
                        QStringLiteral("--to"),
                        to,
                        QStringLiteral("--body"),
                        QStringLiteral("Your code is 123456")}
    + more;
}

void TestCliSend::sandboxPrintsOneLineAndStopsOnSignal()
{
    // The JSON line of the shared sandbox has every credential a profile needs.
    for (const char *key :
         {"account_sid", "auth_token", "phone_number", "messaging_service_sid",
          "verify_service_sid_custom_codes_on", "verify_service_sid_custom_codes_off",
          "auth0_domain", "auth0_base_url", "auth0_client_id", "auth0_client_secret",
          "auth0_legacy_domain", "auth0_legacy_base_url", "auth0_limited_client_id",
          "auth0_limited_client_secret"})
        QVERIFY2(!m_credentials.value(QLatin1String(key)).toString().isEmpty(), key);
    QVERIFY(m_credentials.value(QStringLiteral("auth0_base_url"))
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(m_credentials.value(QStringLiteral("auth0_base_url"))
            != m_credentials.value(QStringLiteral("auth0_legacy_base_url")));

    // Plain mode: one line, then a clean exit on SIGINT.
    QProcess p;
    p.start(QStringLiteral(SMSHOOK_CLI_PATH), {QStringLiteral("sandbox")});
    QVERIFY(p.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 10000);
    const QString line = QString::fromUtf8(p.readLine());
    QVERIFY2(line.contains(QStringLiteral("http://127.0.0.1:")), qPrintable(line));
    QVERIFY(line.contains(m_credentials.value(QStringLiteral("account_sid")).toString()));
    QVERIFY(line.contains(
        m_credentials.value(QStringLiteral("verify_service_sid_custom_codes_off")).toString()));
    QVERIFY(line.contains(m_credentials.value(QStringLiteral("auth0_client_id")).toString()));
    QVERIFY(line.contains(m_credentials.value(QStringLiteral("auth0_domain")).toString()));
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().isEmpty()); // exactly one line

    // A taken port is a failure with a reason.
    const QString port
        = m_credentials.value(QStringLiteral("base_url")).toString().section(QLatin1Char(':'), -1);
    const Run taken = cli({QStringLiteral("sandbox"), QStringLiteral("--port"), port});
    QCOMPARE(taken.exitCode, 1);
    QCOMPARE(taken.err.count(QLatin1Char('\n')), 1);
}

void TestCliSend::sendWaitDelivered()
{
    Run r = cli(
        send(QStringLiteral("+14155552671"), {QStringLiteral("--wait"), QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("delivered"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    const QJsonArray timeline = json.value(QStringLiteral("timeline")).toArray();
    QVERIFY(timeline.size() >= 2);
    QCOMPARE(timeline.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("queued"));
    QVERIFY(!timeline.first().toObject().value(QStringLiteral("at")).toString().isEmpty());
    QVERIFY(!r.out.contains(m_credentials.value(QStringLiteral("auth_token")).toString()));

    // Plain text: one line per status with its time, then the summary.
    r = cli(send(QStringLiteral("+14155552671"), {QStringLiteral("--wait")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Z  queued")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Z  delivered")));
    QVERIFY(r.err.isEmpty());
}

void TestCliSend::sendAccepted()
{
    const Run r = cli(send(QStringLiteral("+14155552671"), {QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = r.json();
    QVERIFY(json.value(QStringLiteral("ok")).toBool());
    QVERIFY(json.value(QStringLiteral("sid")).toString().startsWith(QStringLiteral("SM")));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(json.value(QStringLiteral("segments")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("+14155552671"));
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("+15005550006"));
}

void TestCliSend::sendInvalidToRefusedByTwilio()
{
    const Run r = cli(
        send(QStringLiteral("+15005550001"), {QStringLiteral("--wait"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("21211")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("not a valid phone number")));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
    QCOMPARE(
        json.value(QStringLiteral("twilio_error")).toObject().value(QStringLiteral("code")).toInt(),
        21211);
}

void TestCliSend::sendUndelivered()
{
    const Run r = cli(send(QStringLiteral("+15005553003"), {QStringLiteral("--wait")}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("30003")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Unreachable destination handset"))); // Twilio's words
    QVERIFY(r.out.contains(QStringLiteral("undelivered")));
}

void TestCliSend::sendInputErrors()
{
    Run r = cli(send(QStringLiteral("hello")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("sms-hook-cli: To:")), qPrintable(r.err));
    // A number that libphonenumber would turn into another is refused, not sent.
    const qsizetype before = CliRunner::sandboxMessages(m_credentials).size();
    for (const QString &to :
         {QStringLiteral("+1415555CALL"), QStringLiteral("+14155552671 ext. 123")}) {
        r = cli(send(to));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("sms-hook-cli: To:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(to.endsWith(QLatin1String("CALL")) ? QStringLiteral("\"CALL\"")
                                                                   : QStringLiteral("extension")),
                 qPrintable(r.err));
    }
    QCOMPARE(CliRunner::sandboxMessages(m_credentials).size(), before);
    r = cli({QStringLiteral("phone"), QStringLiteral("+1415555CALL")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.out.contains(QLatin1String("+14155552255")), qPrintable(r.out));
    r = cli({QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("X"),
             QStringLiteral("--to"), QStringLiteral("+14155552671")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--body")));
    // The body is an argument; secrets never are.
    QCOMPARE(cli({QStringLiteral("secrets"), QStringLiteral("unset"), QStringLiteral("--profile"),
                  QStringLiteral("X"), QStringLiteral("TWILIO_PHONE_NUMBER")})
                 .exitCode,
             0);
    r = cli(send(QStringLiteral("+14155552671"), {QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("TWILIO_PHONE_NUMBER")));
    QVERIFY(r.err.contains(QStringLiteral("secrets set")));
    QCOMPARE(
        r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("invalid-input"));
}

void TestCliSend::verify()
{
    Run r = cli({QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("X"),
                 QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--code"),
                 QStringLiteral("482913"), QStringLiteral("--locale"), QStringLiteral("en"),
                 QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(r.json().value(QStringLiteral("sid")).toString().startsWith(QStringLiteral("VE")));

    setSecret(
        QStringLiteral("TWILIO_VERIFY_SERVICE_SID"),
        m_credentials.value(QStringLiteral("verify_service_sid_custom_codes_off")).toString());
    r = cli({QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("X"),
             QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--code"),
             QStringLiteral("482913")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("60204")), qPrintable(r.err));
}

void TestCliSend::status()
{
    Run r = cli(send(QStringLiteral("+15005553007"), {QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString sid = r.json().value(QStringLiteral("sid")).toString();
    r = cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("X"), sid,
             QStringLiteral("--wait"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1); // undelivered
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("undelivered"));
    QVERIFY2(r.err.contains(QStringLiteral("30007")), qPrintable(r.err));

    r = cli(send(QStringLiteral("+14155552671"), {QStringLiteral("--json")}));
    const QString delivered = r.json().value(QStringLiteral("sid")).toString();
    r = cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("X"), delivered,
             QStringLiteral("--wait")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("delivered")));
    r = cli(
        {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("X"), delivered});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(delivered));

    r = cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("X"),
             QStringLiteral("SM") + QString(32, QLatin1Char('0'))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("20404")), qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("X"),
                  QStringLiteral("nope")})
                 .exitCode,
             2);
}

void TestCliSend::builtInSandboxProfile()
{
    // No console and no sandbox process needed: the CLI starts one for the built-in profile.
    Run r = cli(
        {QStringLiteral("profiles"), QStringLiteral("add-sandbox"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.json()
                .value(QStringLiteral("profile"))
                .toObject()
                .value(QStringLiteral("built_in_sandbox"))
                .toBool());
    r = cli({QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("Sandbox"),
             QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--body"),
             QStringLiteral("hi"), QStringLiteral("--wait"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("delivered"));
    // Running it again keeps the profile and its secrets.
    r = cli({QStringLiteral("profiles"), QStringLiteral("add-sandbox"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("created")).toBool(true), false);
}

void TestCliSend::segmentsAgreeWithVectors()
{
    QFile file(QStringLiteral(SMSHOOK_SOURCE_DIR "/tests/data/sms-segments.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> expected;
    QByteArray input;
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        expected << row;
        input += QJsonDocument(
                     QJsonObject {{QStringLiteral("body"), row.value(QStringLiteral("body"))},
                                  {QStringLiteral("smart_encoding"),
                                   row.value(QStringLiteral("smart_encoding"))}})
                     .toJson(QJsonDocument::Compact)
            + '\n';
    }
    QCOMPARE(expected.size(), 200);
    const Run r = cli({QStringLiteral("segments")}, input);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject got = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
        for (const char *key : {"encoding", "segments", "characters", "non_gsm"})
            QVERIFY2(got.value(QLatin1String(key)) == expected.at(i).value(QLatin1String(key)),
                     qPrintable(QStringLiteral("line %1, %2").arg(i + 1).arg(QLatin1String(key))));
    }
}

void TestCliSend::segmentsMalformedLine()
{
    const Run r = cli({QStringLiteral("segments")},
                      "{\"body\": \"hello\"}\nnot json\n{\"body\": \"\xe2\x82\xac\xd0\x96\", "
                      "\"smart_encoding\": true}\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // kept going, in order
    QCOMPARE(QJsonDocument::fromJson(lines.at(0).toUtf8())
                 .object()
                 .value(QStringLiteral("segments"))
                 .toInt(),
             1);
    QVERIFY(
        QJsonDocument::fromJson(lines.at(1).toUtf8()).object().contains(QStringLiteral("error")));
    QCOMPARE(QJsonDocument::fromJson(lines.at(2).toUtf8())
                 .object()
                 .value(QStringLiteral("encoding"))
                 .toString(),
             QStringLiteral("UCS-2"));
}

void TestCliSend::handEditedCleartextBaseRefused()
{
    // The https rule holds when a URL is typed...
    const QString lanBase = QStringLiteral("http://192.0.2.10:8080");
    Run r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Y"),
                 QStringLiteral("--api-base"), lanBase});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("plain http")), qPrintable(r.err));

    // ...and when a request is sent: a settings file edited by hand to plain http towards a
    // server on this machine's own network address.
    QHostAddress lan;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : addresses) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol) {
            lan = a;
            break;
        }
    }
    if (lan.isNull())
        QSKIP("no non-loopback IPv4 address to listen on");
    QTcpServer server;
    QVERIFY(server.listen(lan, 0));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&server, &connections] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            ++connections;
            s->setParent(&server);
        }
    });
    const QString base = QStringLiteral("http://%1:%2").arg(lan.toString()).arg(server.serverPort());
    {
        QSettings settings(m_config->filePath(QStringLiteral(
                               "config/sms-hook-console/sms-hook-console.conf")),
                           QSettings::IniFormat);
        QVERIFY(settings.childGroups().contains(QStringLiteral("profiles")));
        settings.setValue(QStringLiteral("profiles/X/apiBaseUrl"), base);
        settings.setValue(QStringLiteral("profiles/X/verifyBaseUrl"), base);
    }
    r = cli(send(QStringLiteral("+14155552671"), {QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QLatin1String("API base URL")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("plain http")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("not sent")), qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("input-error"));
    r = cli({QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("X"),
             QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--code"),
             QStringLiteral("482913")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Verify base URL")), qPrintable(r.err));
    QCoreApplication::processEvents(); // a connection, had one been made, is counted now
    QCOMPARE(connections, 0);
    QVERIFY(!server.hasPendingConnections());
}

namespace {

// Answers the TLS handshake with plain HTTP, on its own thread: the test's thread blocks while
// a command runs.
class PlainTextServer : public QThread
{
public:
    quint16 start()
    {
        QThread::start();
        m_ready.acquire();
        return m_port;
    }
    ~PlainTextServer() override
    {
        requestInterruption();
        wait();
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        m_port = server.serverPort();
        m_ready.release();
        while (!isInterruptionRequested()) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> s(server.nextPendingConnection());
            s->waitForReadyRead(2000);
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
            s->waitForBytesWritten(2000);
            s->disconnectFromHost();
        }
    }

private:
    QSemaphore m_ready;
    quint16 m_port = 0;
};

} // namespace

void TestCliSend::networkFailuresLeaveNoQtWarnings()
{
    // A server that answers the TLS handshake with plain HTTP, and a port nobody listens on.
    PlainTextServer plain;
    const quint16 plainPort = plain.start();
    QVERIFY(plainPort != 0);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString refused = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const QProcessEnvironment env = CliRunner::environment(m_config->path());
    CliRunner::addProfile(env, QStringLiteral("Tls"),
                          QStringLiteral("https://127.0.0.1:%1").arg(plainPort),
                          m_credentials);
    CliRunner::addProfile(env, QStringLiteral("Refused"), refused, m_credentials);

    const QString sid = QStringLiteral("SM") + QString(32, QLatin1Char('0'));
    const auto commands = [&](const QString &profile) {
        const QStringList p {QStringLiteral("--profile"), profile};
        return QList<QStringList> {
            QStringList {QStringLiteral("send"), QStringLiteral("--to"),
                         QStringLiteral("+14155552671"), QStringLiteral("--body"),
                         QStringLiteral("hi")}
                + p,
            QStringList {QStringLiteral("status"), sid} + p,
            QStringList {QStringLiteral("check"), QStringLiteral("--to"),
                         QStringLiteral("+14155552671")}
                + p,
        };
    };
    QList<QStringList> runs = commands(QStringLiteral("Tls")) + commands(QStringLiteral("Refused"));
    // The refused check sends its lookups side by side; what went wrong there depended on
    // timing, so it runs a few times.
    for (int i = 0; i < 3; ++i)
        runs << commands(QStringLiteral("Refused")).constLast();
    for (const QStringList &args : std::as_const(runs)) {
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        // Everything the CLI itself says on stderr starts with its name; anything else is Qt
        // talking (QObject::connect, QNetworkReplyImplPrivate, ...).
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QLatin1String("sms-hook-cli")),
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + line));
    }
}

void TestCliSend::unreachableIsNotSent()
{
    // No server at the profile's base URL: Twilio never answered. The attempt is "not-sent" in
    // the document and in the log, never "rejected", and the failure is said once on stderr.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString refused = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const QProcessEnvironment env = CliRunner::environment(m_config->path());
    CliRunner::addProfile(env, QStringLiteral("Offline"), refused, m_credentials);
    const QStringList p {QStringLiteral("--profile"), QStringLiteral("Offline")};
    Run r = cli(QStringList {QStringLiteral("send"), QStringLiteral("--to"),
                             QStringLiteral("+14155552671"), QStringLiteral("--body"),
                             QStringLiteral("hi"), QStringLiteral("--json")}
                + p);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(!r.err.contains(QLatin1String("refused the request"), Qt::CaseInsensitive),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("not reached")), qPrintable(r.err));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("not-sent"));
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("not-sent"));

    r = cli(QStringList {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--outcome"),
                         QStringLiteral("not-sent"), QStringLiteral("--json")}
            + p);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray rows = r.json().value(QStringLiteral("attempts")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("not-sent"));
    r = cli(QStringList {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--outcome"),
                         QStringLiteral("rejected"), QStringLiteral("--json")}
            + p);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.out.contains(QLatin1String("+14155552671")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "TestCliSend.moc"
