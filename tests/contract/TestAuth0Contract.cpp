#include "TestAuth0Contract.h"

#include "auth0/Auth0Scopes.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Auth0Contract;

namespace {
const QString ContractDir = QStringLiteral(SMSHOOK_CONTRACT_DIR);
const QString Spec = u"specs/auth0/management-api-oas.json"_s;
constexpr int StartupTimeoutMs = 30000;
constexpr int ReplyTimeoutMs = 20000;

QByteArray methodOf(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

// What the access manager saw of one answer. The body is peeked, so the client still reads it.
Exchange record(QNetworkReply *reply, bool consume)
{
    Exchange e;
    e.method = methodOf(reply);
    e.url = reply->url();
    e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.body = consume ? reply->readAll() : reply->peek(reply->bytesAvailable());
    if (e.status == 0)
        e.body = reply->errorString().toUtf8();
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
    return e;
}
} // namespace

QString Exchange::describe() const
{
    QString text = QString::fromLatin1(method) + u' ' + url.toString(QUrl::FullyEncoded) + u" -> "_s
        + QString::number(status);
    if (!requestViolations.isEmpty())
        text += u"; request violations: "_s + requestViolations.join(u"; "_s);
    if (!frontHeader.isEmpty())
        text += u"; answered by the front: "_s + QString::fromLatin1(frontHeader);
    return text + u"; body: "_s + QString::fromUtf8(body.left(600));
}

void TestAuth0Contract::initTestCase()
{
    m_prism = std::make_unique<PrismServer>(ContractDir, Spec);
    const bool skip = qEnvironmentVariable("SMSHOOK_SKIP_CONTRACT") == u"1"_s;
    if (!QFileInfo::exists(m_prism->prismPath())) {
        if (skip)
            QSKIP("Prism is not installed (tests/contract/node_modules/.bin/prism) and "
                  "SMSHOOK_SKIP_CONTRACT=1 is set: contract tests skipped.");
        QFAIL(qPrintable(
            u"Prism is missing: %1 does not exist. Install it with "
            "`npm ci --prefix tests/contract` (scripts/dev.sh test does it), or set "
            "SMSHOOK_SKIP_CONTRACT=1 to skip the contract tests."_s.arg(m_prism->prismPath())));
    }
    if (skip)
        QSKIP("SMSHOOK_SKIP_CONTRACT=1 is set: contract tests skipped.");
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        QFAIL("Prism is installed but `node` is not on PATH. Install Node.js (Debian: "
              "apt-get install nodejs npm; scripts/dev.sh test does it), or set "
              "SMSHOOK_SKIP_CONTRACT=1 to skip the contract tests.");
    QVERIFY2(QFileInfo::exists(ContractDir + u'/' + Spec), qPrintable(Spec));

    connect(&m_nam, &QNetworkAccessManager::finished, this,
            [this](QNetworkReply *reply) { m_exchanges << record(reply, false); });

    QElapsedTimer clock;
    clock.start();
    // Without --errors: request violations are answered with the spec's own 4xx (every
    // operation the console uses documents 400 and 401), while --errors would also turn the
    // spec's self-contradicting response schemas (PhoneProviderSchemaMasked) into 500s.
    m_prism->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_prism->isAnswering() || m_prism->hasExited(), StartupTimeoutMs);
    QVERIFY2(m_prism->isAnswering(), qPrintable(m_prism->describe()));
    qInfo("Prism serves Auth0's Management API spec after %lld ms", clock.elapsed());

    Auth0ContractFront::TokenRules rules;
    rules.clientId = ClientId;
    rules.clientSecret = ClientSecret;
    rules.audience = u"https://"_s + Domain + u"/api/v2/"_s;
    // Every scope the console may ask for: the client checks them before it sends.
    // Auth0Scopes has no feature that deletes an Action yet; deleteAction needs delete:actions.
    rules.scopes = Auth0Scopes::all() << u"delete:actions"_s;
    m_front = std::make_unique<Auth0ContractFront>(m_prism->port(), rules);
    QVERIFY2(m_front->listen(), qPrintable(m_front->errorString()));
}

void TestAuth0Contract::init()
{
    m_exchanges.clear();
    m_front->clearRecords();
    m_client = new Auth0Client(connection(), ClientSecret, &m_nam, this);
    m_client->setTimeoutMs(ReplyTimeoutMs / 2);
}

void TestAuth0Contract::cleanup()
{
    delete m_client;
    m_client = nullptr;
    // Whatever the client sent in this test, token request included, broke no rule of the spec.
    QStringList violations;
    for (const Exchange &e : std::as_const(m_exchanges)) {
        if (!e.requestViolations.isEmpty())
            violations << e.describe();
    }
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestAuth0Contract::cleanupTestCase()
{
    m_front.reset();
    m_prism.reset();
}

Auth0Connection TestAuth0Contract::connection() const
{
    Auth0Connection c;
    c.domain = Domain;
    c.clientId = ClientId;
    c.baseUrl = m_front->baseUrl();
    return c;
}

QString TestAuth0Contract::sendAccepted(const Auth0Request &request, int expectedStatus,
                                        const QString &specPath, Auth0Reply **out)
{
    if (!request.isValid())
        return u"Auth0Requests refused to build the request: "_s + request.error;
    const qsizetype before = m_exchanges.size();
    Auth0Reply *reply = m_client->send(request);
    *out = reply;
    QSignalSpy finished(reply, &Auth0Reply::finished);
    if (!reply->isFinished() && !finished.wait(ReplyTimeoutMs))
        return u"no answer within %1 ms: "_s.arg(ReplyTimeoutMs)
            + Auth0Requests::describeForLog(request);
    QString why;
    const Exchange last = m_exchanges.size() > before ? m_exchanges.constLast() : Exchange();
    if (!reply->isOk())
        why = u"%1 (HTTP %2): %3 %4"_s.arg(Auth0Error::kindName(reply->error().kind))
                  .arg(reply->error().httpStatus)
                  .arg(reply->error().message, reply->error().detail);
    else if (reply->httpStatus() != expectedStatus)
        why = u"HTTP %1, expected %2"_s.arg(reply->httpStatus()).arg(expectedStatus);
    else if (reply->attempts() != 1)
        why = u"%1 attempts"_s.arg(reply->attempts());
    else if (!last.requestViolations.isEmpty())
        why = u"request violations"_s;
    else if (m_front->forwarded().isEmpty()
             || QUrl(QString::fromLatin1(m_front->forwarded().constLast())).path()
                 != u"/api/v2"_s + specPath)
        why = u"reached Prism at %1, expected /api/v2%2"_s.arg(
            m_front->forwarded().isEmpty() ? u"nothing"_s
                                           : QString::fromLatin1(m_front->forwarded().constLast()),
            specPath);
    else if (last.method != request.methodName())
        why = u"sent as %1"_s.arg(QString::fromLatin1(last.method));
    if (why.isEmpty())
        return {};
    return why + u"\n  "_s + last.describe();
}

Exchange TestAuth0Contract::sendRaw(const Auth0Request &request, std::optional<QByteArray> body,
                                    std::optional<QByteArray> contentType, const QByteArray &token)
{
    QNetworkRequest nr = Auth0Requests::toNetworkRequest(request, token);
    if (contentType)
        nr.setHeader(QNetworkRequest::ContentTypeHeader, *contentType);
    return send(request.methodName(), nr, body.value_or(request.body));
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
    QNetworkReply *reply = m_rawNam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(ReplyTimeoutMs);
    Exchange e = record(reply, true);
    e.method = method;
    reply->deleteLater();
    return e;
}

void TestAuth0Contract::frontForwardsApiV2ToPrism()
{
    const Exchange e = send("GET", u"/api/v2/actions/triggers"_s);
    EXPECT_EXCHANGE_ACCEPTED(e, 200);
    QVERIFY(QJsonDocument::fromJson(e.body).object().value(u"triggers"_s).isArray());
    QCOMPARE(m_front->forwarded(), QList<QByteArray> {"/api/v2/actions/triggers"});

    // The query goes through untouched, '+' as %2B included.
    const Exchange logs = send(
        "GET",
        u"/api/v2/logs?q=type%3Agd_send_sms%20OR%20date%3A%5B2026-11-01%20TO%20*%5D&per_page=100&sort=date%3A-1&x=%2B1"_s);
    EXPECT_EXCHANGE_ACCEPTED(logs, 200);
    QVERIFY(QJsonDocument::fromJson(logs.body).isArray());
    QVERIFY2(m_front->forwarded().constLast().endsWith("&per_page=100&sort=date%3A-1&x=%2B1"),
             m_front->forwarded().constLast().constData());
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

QTEST_GUILESS_MAIN(TestAuth0Contract)
