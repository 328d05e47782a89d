#include "Auth0ContractFront.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <memory>

using namespace Qt::StringLiterals;

// Contract tests: what the console sends to an Auth0 tenant, checked by Prism
// (@stoplight/prism-cli, pinned in package-lock.json) serving Auth0's own Management API spec
// (specs/auth0, from auth0/docs-v2). Prism checks each request against the spec: the path and
// its parameters (enums such as the trigger id and the factor name), the method, the content
// type, required body fields, field types and enums, unknown fields where the spec forbids them,
// and that a bearer token is present. Prism reports what it found in the sl-violations header;
// a violation located in the request fails the test. Its answers are built from the spec's
// schemas, not from the request, so these tests prove the wire format, not behaviour (the
// Auth0 sandbox's job).
//
// The spec's paths are relative to /api/v2 and it does not describe /oauth/token, so the
// requests go through Auth0ContractFront, which strips the prefix and answers the token request
// itself.

namespace {

const QString ContractDir = QStringLiteral(SMSHOOK_CONTRACT_DIR);
const QString PrismPath = ContractDir + u"/node_modules/.bin/prism"_s;
const QString Spec = u"specs/auth0/management-api-oas.json"_s;
constexpr int StartupTimeoutMs = 30000;
constexpr int ReplyTimeoutMs = 20000;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// One `prism mock` process on 127.0.0.1, killed when destroyed (and with the test on Linux).
class PrismServer
{
public:
    PrismServer() = default;
    ~PrismServer() { stop(); }
    PrismServer(const PrismServer &) = delete;
    PrismServer &operator=(const PrismServer &) = delete;

    void start()
    {
        m_port = freePort();
        m_process.setWorkingDirectory(ContractDir);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] {
            m_output += m_process.readAll();
            if (m_output.size() > 64 * 1024)
                m_output = m_output.right(32 * 1024);
        });
#ifdef Q_OS_LINUX
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        // Without --errors: request violations are answered with the spec's own 4xx (every
        // operation the console uses documents 400 and 401), while --errors would also turn
        // the spec's inconsistent response schemas into 500s.
        m_process.start(PrismPath,
                        {u"mock"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port),
                         u"-v"_s, u"warn"_s, Spec});
    }

    bool hasExited() const
    {
        return m_process.state() == QProcess::NotRunning;
    }

    bool isAnswering() const
    {
        if (hasExited() || m_port == 0)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return socket.waitForConnected(250);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    quint16 port() const
    {
        return m_port;
    }

    QString describe() const
    {
        return u"prism mock %1 on port %2 (%3, exit code %4, %5). Output:\n%6"_s.arg(Spec)
            .arg(m_port)
            .arg(hasExited() ? u"exited"_s : u"running"_s)
            .arg(m_process.exitCode())
            .arg(m_process.errorString())
            .arg(QString::fromUtf8(m_output.right(4000)));
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
};

// One answer as the network access manager saw it.
struct Exchange
{
    QByteArray method;
    QUrl url;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QStringList requestViolations; // Prism's sl-violations about the request
    QStringList responseViolations; // about its own answer: the spec's business, reported only
    QByteArray frontHeader; // x-contract-front

    QString describe() const
    {
        return u"%1 %2 -> %3%4%5 %6"_s
            .arg(QString::fromLatin1(method), url.toString(QUrl::FullyEncoded))
            .arg(status)
            .arg(requestViolations.isEmpty()
                     ? QString()
                     : u"; violations: "_s + requestViolations.join(u"; "_s))
            .arg(frontHeader.isEmpty() ? QString()
                                       : u"; front: "_s + QString::fromLatin1(frontHeader))
            .arg(QString::fromUtf8(body.left(600)));
    }
};

const QString ClientId = u"ContractClientId0123456789abcdef"_s;
const QString ClientSecret = u"contract-client-secret-+/=&%"_s;
const QString Domain = u"acme.us.auth0.com"_s;

} // namespace

// Prism accepted the request: a 2xx, and nothing wrong with the request.
#define EXPECT_ACCEPTED(exchange, expectedStatus)                                                  \
    do {                                                                                           \
        const Exchange &e_ = (exchange);                                                           \
        QVERIFY2(e_.requestViolations.isEmpty(), qPrintable(e_.describe()));                       \
        QVERIFY2(e_.frontHeader.isEmpty(), qPrintable(e_.describe()));                             \
        QVERIFY2(e_.status == (expectedStatus), qPrintable(e_.describe()));                        \
    } while (false)

// Prism refused it, and said why: a 4xx with a request violation whose text contains what.
#define EXPECT_REFUSED(exchange, expectedStatus, what)                                             \
    do {                                                                                           \
        const Exchange &e_ = (exchange);                                                           \
        QVERIFY2(e_.status == (expectedStatus), qPrintable(e_.describe()));                        \
        QVERIFY2(e_.requestViolations.join(u'\n').contains(what), qPrintable(e_.describe()));      \
    } while (false)

class TestAuth0Contract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    // The harness: what reaches Prism, and what does not.
    void frontForwardsApiV2ToPrism();
    void frontAnswersTokenRequests();
    void frontLeavesOtherPathsUnrouted();

    // Prism would catch a mistake: the checks are not vacuous.
    void requestWithoutBearerIsRefused();
    void missingRequiredFieldIsRefused_data();
    void missingRequiredFieldIsRefused();
    void wrongContentTypeIsRefused();
    void badPathIsRefused_data();
    void badPathIsRefused();
    void wrongValueIsRefused_data();
    void wrongValueIsRefused();

private:
    Exchange send(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                  bool withToken = true);
    Exchange send(const QByteArray &method, QNetworkRequest request, const QByteArray &body);

    std::unique_ptr<PrismServer> m_prism;
    std::unique_ptr<Auth0ContractFront> m_front;
    QNetworkAccessManager m_nam;
    qint64 m_prismStartupMs = 0;
};

void TestAuth0Contract::initTestCase()
{
    const bool skip = qEnvironmentVariable("SMSHOOK_SKIP_CONTRACT") == u"1"_s;
    if (!QFileInfo::exists(PrismPath)) {
        if (skip)
            QSKIP("Prism is not installed (tests/contract/node_modules/.bin/prism) and "
                  "SMSHOOK_SKIP_CONTRACT=1 is set: contract tests skipped.");
        QFAIL(qPrintable(u"Prism is missing: %1 does not exist. Install it with "
                         "`npm ci --prefix tests/contract` (scripts/dev.sh test does it), or set "
                         "SMSHOOK_SKIP_CONTRACT=1 to skip the contract tests."_s.arg(PrismPath)));
    }
    if (skip)
        QSKIP("SMSHOOK_SKIP_CONTRACT=1 is set: contract tests skipped.");
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        QFAIL("Prism is installed but `node` is not on PATH. Install Node.js (Debian: "
              "apt-get install nodejs npm; scripts/dev.sh test does it), or set "
              "SMSHOOK_SKIP_CONTRACT=1 to skip the contract tests.");
    QVERIFY2(QFileInfo::exists(ContractDir + u'/' + Spec), qPrintable(Spec));

    QElapsedTimer clock;
    clock.start();
    m_prism = std::make_unique<PrismServer>();
    m_prism->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_prism->isAnswering() || m_prism->hasExited(), StartupTimeoutMs);
    QVERIFY2(m_prism->isAnswering(), qPrintable(m_prism->describe()));
    m_prismStartupMs = clock.elapsed();
    qInfo("Prism serves Auth0's Management API spec after %lld ms", m_prismStartupMs);

    Auth0ContractFront::TokenRules rules;
    rules.clientId = ClientId;
    rules.clientSecret = ClientSecret;
    rules.audience = u"https://"_s + Domain + u"/api/v2/"_s;
    rules.scopes = {u"read:actions"_s,   u"create:actions"_s, u"update:actions"_s,
                    u"delete:actions"_s, u"read:logs"_s,      u"read:tenant_settings"_s};
    m_front = std::make_unique<Auth0ContractFront>(m_prism->port(), rules);
    QVERIFY2(m_front->listen(), qPrintable(m_front->errorString()));
}

void TestAuth0Contract::init()
{
    if (m_front)
        m_front->clearRecords();
}

void TestAuth0Contract::cleanupTestCase()
{
    m_front.reset();
    m_prism.reset();
}

Exchange TestAuth0Contract::send(const QByteArray &method, const QString &pathAndQuery,
                                 const QByteArray &body, const QByteArray &contentType,
                                 bool withToken)
{
    QNetworkRequest request(QUrl(m_front->baseUrl().toString() + pathAndQuery));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + Auth0ContractFront::accessToken());
    return send(method, request, body);
}

Exchange TestAuth0Contract::send(const QByteArray &method, QNetworkRequest request,
                                 const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(ReplyTimeoutMs);
    Exchange e;
    e.method = method;
    e.url = reply->url();
    e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.body = reply->readAll();
    e.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    e.frontHeader = reply->rawHeader("x-contract-front");
    const QJsonArray violations
        = QJsonDocument::fromJson(reply->rawHeader("sl-violations")).array();
    for (const QJsonValue &v : violations) {
        const QJsonObject o = v.toObject();
        const QString text = o.value(u"message"_s).toString();
        if (o.value(u"location"_s).toArray().first().toString() == u"request"_s)
            e.requestViolations << text;
        else
            e.responseViolations << text;
    }
    if (e.status == 0)
        e.body = reply->errorString().toUtf8();
    reply->deleteLater();
    return e;
}

void TestAuth0Contract::frontForwardsApiV2ToPrism()
{
    const Exchange e = send("GET", u"/api/v2/actions/triggers"_s);
    EXPECT_ACCEPTED(e, 200);
    QVERIFY(QJsonDocument::fromJson(e.body).object().value(u"triggers"_s).isArray());
    QCOMPARE(m_front->forwarded(), QList<QByteArray> {"/api/v2/actions/triggers"});

    // The query goes through untouched, '+' as %2B included.
    const Exchange logs = send(
        "GET",
        u"/api/v2/logs?q=type%3Agd_send_sms%20OR%20date%3A%5B2026-11-01%20TO%20*%5D&per_page=100&sort=date%3A-1&x=%2B1"_s);
    EXPECT_ACCEPTED(logs, 200);
    QVERIFY(QJsonDocument::fromJson(logs.body).isArray());
}

void TestAuth0Contract::frontAnswersTokenRequests()
{
    const QByteArray form = "grant_type=client_credentials&client_id=" + ClientId.toUtf8()
        + "&client_secret=" + QUrl::toPercentEncoding(ClientSecret)
        + "&audience=" + QUrl::toPercentEncoding(u"https://"_s + Domain + u"/api/v2/"_s);
    const Exchange ok
        = send("POST", u"/oauth/token"_s, form, "application/x-www-form-urlencoded", false);
    QCOMPARE(ok.status, 200);
    QCOMPARE(QJsonDocument::fromJson(ok.body).object().value(u"access_token"_s).toString(),
             QString::fromLatin1(Auth0ContractFront::accessToken()));

    // The front's checks hold: JSON instead of a form, a wrong secret, a wrong audience.
    const Exchange json = send("POST", u"/oauth/token"_s, R"({"grant_type":"client_credentials"})",
                               "application/json", false);
    QCOMPARE(json.status, 400);
    QByteArray wrongSecret = form;
    wrongSecret.replace("client_secret=", "client_secret=x");
    QCOMPARE(
        send("POST", u"/oauth/token"_s, wrongSecret, "application/x-www-form-urlencoded", false)
            .status,
        401);
    QByteArray wrongAudience = form;
    wrongAudience.replace("%2Fapi%2Fv2%2F", "%2Fapi%2Fv2");
    QCOMPARE(
        send("POST", u"/oauth/token"_s, wrongAudience, "application/x-www-form-urlencoded", false)
            .status,
        400);
    QCOMPARE(m_front->tokenRequests().size(), 4);
    QVERIFY(m_front->tokenRequests().at(2).refusal.contains(u"client_secret"_s));
    QVERIFY(m_front->forwarded().isEmpty());
}

void TestAuth0Contract::frontLeavesOtherPathsUnrouted()
{
    // The spec's own path without the prefix is not the tenant's: Auth0 serves /api/v2/...
    const Exchange bare = send("GET", u"/actions/triggers"_s);
    QCOMPARE(bare.status, 404);
    QCOMPARE(bare.frontHeader, QByteArray("unrouted"));
    QCOMPARE(send("GET", u"/api/v2actions/triggers"_s).frontHeader, QByteArray("unrouted"));
    QCOMPARE(send("GET", u"/oauth/token"_s).frontHeader, QByteArray("unrouted"));
    QCOMPARE(m_front->unrouted(), 3);
    QVERIFY(m_front->forwarded().isEmpty());
}

void TestAuth0Contract::requestWithoutBearerIsRefused()
{
    const Exchange none = send("GET", u"/api/v2/actions/triggers"_s, {}, {}, false);
    EXPECT_REFUSED(none, 401, u"security"_s);
    const Exchange write
        = send("POST", u"/api/v2/actions/actions"_s,
               R"({"name":"a","supported_triggers":[{"id":"send-phone-message","version":"v2"}]})",
               "application/json", false);
    QCOMPARE(write.status, 401);
    // Basic instead of Bearer is not the spec's scheme either.
    QNetworkRequest basic(QUrl(m_front->baseUrl().toString() + u"/api/v2/logs"_s));
    basic.setRawHeader("Authorization", "Basic dXNlcjpwYXNz");
    QCOMPARE(send("GET", basic, {}).status, 401);
}

void TestAuth0Contract::missingRequiredFieldIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("Action without supported_triggers")
        << QByteArray("POST") << u"/api/v2/actions/actions"_s
        << QByteArray(R"({"name":"sms","code":"exports.onExecuteSendPhoneMessage=async()=>{};"})")
        << u"supported_triggers"_s;
    QTest::newRow("Action without name")
        << QByteArray("POST") << u"/api/v2/actions/actions"_s
        << QByteArray(R"({"supported_triggers":[{"id":"send-phone-message","version":"v2"}]})")
        << u"name"_s;
    QTest::newRow("trigger without id")
        << QByteArray("POST") << u"/api/v2/actions/actions"_s
        << QByteArray(R"({"name":"sms","supported_triggers":[{"version":"v2"}]})") << u"id"_s;
    QTest::newRow("test without payload")
        << QByteArray("POST") << u"/api/v2/actions/actions/a1/test"_s << QByteArray("{}")
        << u"payload"_s;
    QTest::newRow("binding without ref")
        << QByteArray("PATCH") << u"/api/v2/actions/triggers/send-phone-message/bindings"_s
        << QByteArray(R"({"bindings":[{"display_name":"sms"}]})") << u"ref"_s;
    QTest::newRow("factor without enabled")
        << QByteArray("PUT") << u"/api/v2/guardian/factors/sms"_s << QByteArray("{}")
        << u"enabled"_s;
    QTest::newRow("message types without message_types")
        << QByteArray("PUT") << u"/api/v2/guardian/factors/phone/message-types"_s
        << QByteArray("{}") << u"message_types"_s;
    QTest::newRow("selected provider without provider")
        << QByteArray("PUT") << u"/api/v2/guardian/factors/phone/selected-provider"_s
        << QByteArray("{}") << u"provider"_s;
    QTest::newRow("custom provider without credentials")
        << QByteArray("POST") << u"/api/v2/branding/phone/providers"_s
        << QByteArray(R"({"name":"custom","configuration":{"delivery_methods":["text"]}})")
        << u"credentials"_s;
    QTest::newRow("provider try without to")
        << QByteArray("POST") << u"/api/v2/branding/phone/providers/pro_1/try"_s
        << QByteArray(R"({"delivery_method":"text"})") << u"to"_s;
}

void TestAuth0Contract::missingRequiredFieldIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    EXPECT_REFUSED(send(method, path, body), 400, u"'%1'"_s.arg(field));
}

void TestAuth0Contract::wrongContentTypeIsRefused()
{
    const QByteArray body
        = R"({"name":"sms","supported_triggers":[{"id":"send-phone-message","version":"v2"}]})";
    EXPECT_ACCEPTED(send("POST", u"/api/v2/actions/actions"_s, body), 201);
    EXPECT_REFUSED(send("POST", u"/api/v2/actions/actions"_s, body, "text/plain"), 400,
                   u"Supported content types"_s);
    EXPECT_REFUSED(
        send("PUT", u"/api/v2/guardian/factors/sms"_s, R"({"enabled":true})", "application/xml"),
        400, u"Supported content types"_s);
}

void TestAuth0Contract::badPathIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("violation");
    QTest::newRow("unknown trigger id")
        << QByteArray("GET") << u"/api/v2/actions/triggers/send-sms/bindings"_s << QByteArray()
        << 400 << u"triggerid must be equal to one of the allowed values"_s;
    QTest::newRow("factor named phone, not sms")
        << QByteArray("PUT") << u"/api/v2/guardian/factors/phone"_s
        << QByteArray(R"({"enabled":true})") << 400
        << u"name must be equal to one of the allowed values"_s;
    QTest::newRow("no such resource")
        << QByteArray("GET") << u"/api/v2/actions/action"_s << QByteArray() << 404 << QString();
    QTest::newRow("GET on a PUT-only path")
        << QByteArray("GET") << u"/api/v2/guardian/factors/sms"_s << QByteArray() << 405
        << QString();
    QTest::newRow("PUT where the spec has PATCH")
        << QByteArray("PUT") << u"/api/v2/actions/actions/a1"_s << QByteArray(R"({"name":"x"})")
        << 405 << QString();
    QTest::newRow("phone provider id longer than 255")
        << QByteArray("GET") << u"/api/v2/branding/phone/providers/"_s + QString(256, u'p')
        << QByteArray() << 400 << u"must NOT have more than 255 characters"_s;
}

void TestAuth0Contract::badPathIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, violation);
    const Exchange e = send(method, path, body);
    QVERIFY2(e.status == status, qPrintable(e.describe()));
    if (!violation.isEmpty())
        QVERIFY2(e.requestViolations.join(u'\n').contains(violation), qPrintable(e.describe()));
    QVERIFY(e.frontHeader.isEmpty()); // it did reach Prism
}

void TestAuth0Contract::wrongValueIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("violation");
    QTest::newRow("selected provider \"custom\"")
        << QByteArray("PUT") << u"/api/v2/guardian/factors/phone/selected-provider"_s
        << QByteArray(R"({"provider":"custom"})") << u"allowed values"_s;
    QTest::newRow("message type text")
        << QByteArray("PUT") << u"/api/v2/guardian/factors/phone/message-types"_s
        << QByteArray(R"({"message_types":["text"]})") << u"allowed values"_s;
    QTest::newRow("enabled as a string")
        << QByteArray("PUT") << u"/api/v2/guardian/factors/sms"_s
        << QByteArray(R"({"enabled":"true"})") << u"must be boolean"_s;
    QTest::newRow("unknown Action field")
        << QByteArray("POST") << u"/api/v2/actions/actions"_s
        << QByteArray(R"({"name":"a","supported_triggers":[{"id":"send-phone-message"}],)"
                      R"("trigger":"send-phone-message"})")
        << u"must NOT have additional properties"_s;
    QTest::newRow("custom delivery method sms, not text")
        << QByteArray("POST") << u"/api/v2/branding/phone/providers"_s
        << QByteArray(R"({"name":"custom","configuration":{"delivery_methods":["sms"]},)"
                      R"("credentials":{}})")
        << u"allowed values"_s;
    QTest::newRow("empty update") << QByteArray("PATCH")
                                  << u"/api/v2/branding/phone/providers/pro_1"_s << QByteArray("{}")
                                  << u"must NOT have fewer than 1 properties"_s;
    QTest::newRow("per_page over 100") << QByteArray("GET") << u"/api/v2/logs?per_page=101"_s
                                       << QByteArray() << u"must be <= 100"_s;
}

void TestAuth0Contract::wrongValueIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, violation);
    EXPECT_REFUSED(send(method, path, body), 400, violation);
}

QTEST_GUILESS_MAIN(TestAuth0Contract)
#include "TestAuth0Contract.moc"
