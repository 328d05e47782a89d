#include "CliRunner.h"
#include "LossyProxy.h"
#include "ScriptedHttpServer.h"

#include "sandbox/TwilioSandbox.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// sms-hook-cli against a Twilio that answers badly or not at all (a server scripted here, or the
// sandbox behind a proxy that loses answers): every
// retry and failed poll is said on stderr as it happens, never on stdout; Ctrl+C ends a send
// with a message that says where that leaves the message, and the log keeps the truth.
class TestCliSlowNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void failingPollsAreSaidThenGivenUp();
    void ctrlCWhilePostIsOnItsWay();
    void ctrlCWhileFollowingDelivery();
    void ctrlCWhileReadingStatus();
    void lostAnswerIsLookedUp();

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = CliRunner::environment(m_dir->path());
        env.insert(QStringLiteral("SMSHOOK_LOG_PATH"),
                   m_dir->filePath(QStringLiteral("log.sqlite")));
        return env;
    }
    // The profile "Slow" pointed at server, with the sandbox's (well-formed) credentials.
    void addProfile(const ScriptedHttpServer &server) { addProfile(server.baseUrl()); }
    void addProfile(const QString &base)
    {
        const SandboxFixtures::Credentials &c = TwilioSandbox::credentials();
        const QJsonObject credentials {
            {QStringLiteral("account_sid"), c.accountSid},
            {QStringLiteral("auth_token"), c.authToken},
            {QStringLiteral("phone_number"), c.smsNumber},
            {QStringLiteral("verify_service_sid_custom_codes_on"), c.verifyCustomCodeServiceSid}};
        CliRunner::addProfile(environment(), QStringLiteral("Slow"), base, credentials);
    }
    // Starts the CLI without waiting for it: the scripted server answers from this thread.
    std::unique_ptr<QProcess> start(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment());
        p->start(QStringLiteral(SMSHOOK_CLI_PATH), args);
        return p;
    }
    static QStringList send(const QStringList &more = {})
    {
        return QStringList {QStringLiteral("send"),
                            QStringLiteral("--profile"),
                            QStringLiteral("Slow"),
                            QStringLiteral("--to"),
                            QStringLiteral("+14155552671"),
                            QStringLiteral("--body"),
                            QStringLiteral("Your code is 123456")}
        + more;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray Sid = "SM5a2db0c0000000000000000000000001";

QByteArray createdJson()
{
    return "{\"sid\":\"" + Sid
        + "\",\"status\":\"queued\",\"to\":\"+14155552671\",\"from\":\"+15005550006\","
          "\"num_segments\":\"1\",\"error_code\":null}";
}

ScriptedHttpServer::Answer gatewayDown()
{
    return ScriptedHttpServer::Answer::json(
        503, "{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}");
}

} // namespace

void TestCliSlowNetwork::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
}

void TestCliSlowNetwork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliSlowNetwork::failingPollsAreSaidThenGivenUp()
{
    // Twilio takes the message, then every status read fails (HTTP 503, retried by the client).
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &r) {
        return r.method == "POST" ? ScriptedHttpServer::Answer::json(201, createdJson())
                                  : gatewayDown();
    });
    QVERIFY(server.isListening());
    addProfile(server);
    auto p = start(send({QStringLiteral("--wait"), QStringLiteral("--json")}));
    QVERIFY(p->waitForStarted(5000));
    // A poll is tried 3 times; 3 failed polls end it.
    QTRY_COMPARE_WITH_TIMEOUT(p->state(), QProcess::NotRunning, 60000);
    QCOMPARE(p->exitCode(), 1);
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(server.count("POST"), 1); // never sent twice
    QCOMPARE(server.count("GET"), 9);
    QCOMPARE(err.count(QLatin1String("Reading the message's status failed (HTTP 503); trying "
                                     "again in")),
             6);
    QVERIFY2(err.contains(QLatin1String("attempt 2 of 3")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("attempt 3 of 3")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("could not be read (1 of 3 tries)")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("could not be read (2 of 3 tries)")), qPrintable(err));
    // stdout holds the one JSON document, and only that.
    QCOMPARE(out.count(QLatin1Char('\n')), 1);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
    QCOMPARE(json.value(QStringLiteral("sid")).toString(), QString::fromLatin1(Sid));
}

void TestCliSlowNetwork::ctrlCWhilePostIsOnItsWay()
{
    ScriptedHttpServer server(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::Answer::hang(); });
    addProfile(server);
    auto p = start(send());
    QVERIFY(p->waitForStarted(5000));
    QTRY_COMPARE_WITH_TIMEOUT(server.count("POST"), 1, 15000); // the whole request has arrived
    ::kill(pid_t(p->processId()), SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(p->state(), QProcess::NotRunning, 10000);
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 1);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("interrupted")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Twilio may have acted on it")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Check the message list before sending again")),
             qPrintable(err));

    // The log keeps it as what it is: an attempt whose outcome nobody knows.
    const CliRunner::Run list = CliRunner::run(
        environment(), {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray rows = list.json().value(QStringLiteral("attempts")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("unknown"));
}

void TestCliSlowNetwork::ctrlCWhileFollowingDelivery()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &r) {
        return r.method == "POST" ? ScriptedHttpServer::Answer::json(201, createdJson())
                                  : ScriptedHttpServer::Answer::hang();
    });
    addProfile(server);
    auto p = start(send({QStringLiteral("--wait")}));
    QVERIFY(p->waitForStarted(5000));
    QTRY_COMPARE_WITH_TIMEOUT(server.count("GET"), 1, 15000); // polling
    ::kill(pid_t(p->processId()), SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(p->state(), QProcess::NotRunning, 10000);
    QCOMPARE(p->exitCode(), 1);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(QString::fromLatin1(Sid)), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("goes on being delivered")), qPrintable(err));
    QVERIFY(QString::fromUtf8(p->readAllStandardOutput()).contains(QLatin1String("queued")));
}

void TestCliSlowNetwork::ctrlCWhileReadingStatus()
{
    ScriptedHttpServer server(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::Answer::hang(); });
    addProfile(server);
    auto p = start({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("Slow"),
                    QString::fromLatin1(Sid), QStringLiteral("--wait")});
    QVERIFY(p->waitForStarted(5000));
    QTRY_COMPARE_WITH_TIMEOUT(server.count("GET"), 1, 15000);
    ::kill(pid_t(p->processId()), SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(p->state(), QProcess::NotRunning, 10000);
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 1);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("Cancelled")), qPrintable(err));
}

void TestCliSlowNetwork::lostAnswerIsLookedUp()
{
    // The POST reaches the sandbox; its answer is lost on the way back. The CLI never sends it
    // again: it looks in Twilio's message list, finds it, says so and records its SID.
    TwilioSandbox sandbox;
    QVERIFY(sandbox.listen());
    LossyProxy proxy(sandbox.baseUrl(), LossyProxy::Loss::AnswerLost);
    addProfile(proxy.baseUrl().toString());
    auto p = start(send({QStringLiteral("--json")}));
    QVERIFY(p->waitForStarted(5000));
    QTRY_COMPARE_WITH_TIMEOUT(p->state(), QProcess::NotRunning, 30000);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST"), QStringLiteral("*")), 1);
    QCOMPARE(proxy.lossyRequests(), 1);
    const QList<TwilioSandbox::LoggedRequest> requests = sandbox.requestLog();
    QVERIFY(requests.size() >= 2); // the POST, then the lookup's GET
    QVERIFY2(err.contains(QLatin1String("looking for the message")), qPrintable(err));
    const QString sid = json.value(QStringLiteral("sid")).toString();
    QVERIFY2(sid.startsWith(QLatin1String("SM")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("found it: %1").arg(sid)), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("sms-hook-cli status --profile \"Slow\" %1").arg(sid)),
             qPrintable(err));
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    QCOMPARE(p->exitCode(), 0);
    const CliRunner::Run list = CliRunner::run(
        environment(), {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray rows = list.json().value(QStringLiteral("attempts")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("sid")).toString(), sid);

    // The POST lost on the way: nothing to find, so it stays unknown, and says it is safe to
    // send again.
    LossyProxy lost(sandbox.baseUrl(), LossyProxy::Loss::RequestLost);
    QCOMPARE(CliRunner::run(
                 environment(),
                 {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Slow")})
                 .exitCode,
             0);
    addProfile(lost.baseUrl().toString());
    auto q = start(send({QStringLiteral("--json")}));
    QVERIFY(q->waitForStarted(5000));
    QTRY_COMPARE_WITH_TIMEOUT(q->state(), QProcess::NotRunning, 30000);
    QCOMPARE(q->exitCode(), 1);
    const QString err2 = QString::fromUtf8(q->readAllStandardError());
    QVERIFY2(err2.contains(QLatin1String("no such message in Twilio's log")), qPrintable(err2));
    QCOMPARE(QJsonDocument::fromJson(q->readAllStandardOutput())
                 .object()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("unknown"));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST"), QStringLiteral("*")), 1);
}

QTEST_GUILESS_MAIN(TestCliSlowNetwork)
#include "TestCliSlowNetwork.moc"
