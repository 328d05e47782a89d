#include "auth0/Auth0Client.h"
#include "auth0/Auth0Parser.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "ScriptedServer.h"

// The Auth0 client against real HTTP on 127.0.0.1 (ScriptedServer): the token, its renewal, and
// each failure the user must be able to tell apart.
namespace {

const QString Secret = QStringLiteral("s3cr3t+client/secret=value-that-must-never-be-logged");
const QByteArray Token = "eyJhbGciOiJSUzI1NiJ9.token-value.signature";
const QString AllScopes = QStringLiteral(
    "read:tenant_settings read:actions create:actions update:actions read:guardian_factors "
    "update:guardian_factors read:phone_providers read:logs");

QByteArray tokenBody(int expiresIn = 86400, const QString &scope = AllScopes,
                     const QByteArray &token = Token)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                      {QStringLiteral("expires_in"), expiresIn},
                                      {QStringLiteral("scope"), scope},
                                      {QStringLiteral("token_type"), QStringLiteral("Bearer")}})
        .toJson(QJsonDocument::Compact);
}

ScriptedAnswer tokenAnswer(int expiresIn = 86400, const QString &scope = AllScopes,
                           const QByteArray &token = Token)
{
    return ScriptedAnswer::json(200, tokenBody(expiresIn, scope, token));
}

// Auth0's words when the application has no grant on the Management API.
const QByteArray NotAuthorizedBody
    = "{\"error\":\"access_denied\",\"error_description\":\"Client is not authorized to access "
      "\\\"https://acme.eu.auth0.com/api/v2/\\\". You need to create a \\\"client-grant\\\" "
      "associated to this API.\"}";

const QByteArray SettingsBody = R"({"friendly_name":"Acme","phone_consolidated_experience":true})";

bool finish(Auth0Reply *reply, int timeoutMs = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &Auth0Reply::finished);
    return spy.wait(timeoutMs);
}

} // namespace

class TestAuth0Client : public QObject
{
    Q_OBJECT

private:
    Auth0Connection connectionTo(const LoopbackServer &server) const
    {
        Auth0Connection c;
        c.domain = QStringLiteral("acme.eu.auth0.com");
        c.clientId = QStringLiteral("ClientIdOfTheM2MApp0123456789abc");
        c.baseUrl = server.baseUrl();
        return c;
    }
    std::unique_ptr<Auth0Client> makeClient(const LoopbackServer &server)
    {
        auto client = std::make_unique<Auth0Client>(connectionTo(server), Secret);
        RetryPolicy fast;
        fast.initialBackoffMs = 20;
        client->setRetryPolicy(fast);
        client->setTimeoutMs(3000);
        QObject::connect(client.get(), &Auth0Client::logLine, this,
                         [this](const QString &line) { m_log << line; });
        return client;
    }
    QStringList m_log;

private Q_SLOTS:
    void init() { m_log.clear(); }

    void cleanup()
    {
        // Whatever happened, neither the secret nor the token reached a log line.
        for (const QString &line : std::as_const(m_log)) {
            QVERIFY2(!line.contains(Secret), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(QUrl::toPercentEncoding(Secret))),
                     qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(Token)), qPrintable(line));
        }
    }

    void tokenRequestIsClientCredentialsForTheManagementApi()
    {
        LoopbackServer server;
        server.script = {tokenAnswer(), ScriptedAnswer::json(200, SettingsBody)};
        auto client = makeClient(server);
        Auth0Reply *reply = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userText()));
        QCOMPARE(reply->object().value(QStringLiteral("friendly_name")).toString(),
                 QStringLiteral("Acme"));

        QCOMPARE(server.received.size(), 2);
        const ReceivedRequest &token = server.received.at(0);
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.target, QByteArray("/oauth/token"));
        QVERIFY(
            token.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
        // Decoded as a server decodes a form: '+' would be a space, so it must travel as %2B.
        QUrlQuery form(QString::fromLatin1(token.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), client->connection().clientId);
        QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), Secret);
        QVERIFY(!token.body.contains('+'));
        QCOMPARE(form.queryItemValue(QStringLiteral("audience"), QUrl::FullyDecoded),
                 QStringLiteral("https://acme.eu.auth0.com/api/v2/"));
        QVERIFY(!token.headers.contains("authorization"));

        const ReceivedRequest &api = server.received.at(1);
        QCOMPARE(api.target, QByteArray("/api/v2/tenants/settings"));
        QCOMPARE(api.headers.value("authorization"), "Bearer " + Token);
        QCOMPARE(client->token().scopes.size(), AllScopes.split(QLatin1Char(' ')).size());
        QVERIFY(client->hasFreshToken());
    }

    void concurrentRequestsShareOneToken()
    {
        LoopbackServer server;
        server.script = {tokenAnswer()};
        server.fallback = ScriptedAnswer::json(200, SettingsBody);
        auto client = makeClient(server);
        QList<Auth0Reply *> replies;
        for (int i = 0; i < 4; ++i)
            replies << client->send(Auth0Requests::getTenantSettings(client->connection()));
        for (Auth0Reply *r : replies) {
            QVERIFY(finish(r));
            QVERIFY(r->isOk());
        }
        int tokenRequests = 0;
        for (const ReceivedRequest &r : std::as_const(server.received))
            tokenRequests += r.target == "/oauth/token";
        QCOMPARE(tokenRequests, 1);
        QCOMPARE(server.received.size(), 5);
    }

    void tokenIsRenewedBeforeItExpires()
    {
        LoopbackServer server;
        server.script = {tokenAnswer(86400), ScriptedAnswer::json(200, SettingsBody),
                         ScriptedAnswer::json(200, SettingsBody),
                         tokenAnswer(86400, AllScopes, "second-token"),
                         ScriptedAnswer::json(200, SettingsBody)};
        auto client = makeClient(server);
        QDateTime now = QDateTime::currentDateTimeUtc();
        client->setClock([&now] { return now; });
        QVERIFY(finish(client->send(Auth0Requests::getTenantSettings(client->connection()))));
        // An hour on: still fresh, the same token goes.
        now = now.addSecs(3600);
        QVERIFY(client->hasFreshToken());
        QVERIFY(finish(client->send(Auth0Requests::getTenantSettings(client->connection()))));
        QCOMPARE(server.received.size(), 3);
        // Four minutes before it expires: inside the 300 s margin, so the next request renews it.
        now = now.addSecs(86400 - 3600 - 240);
        QVERIFY(!client->hasFreshToken());
        Auth0Reply *second = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(second));
        QVERIFY(second->isOk());
        QCOMPARE(server.received.size(), 5);
        QCOMPARE(server.received.at(3).target, QByteArray("/oauth/token"));
        QCOMPARE(server.received.at(4).headers.value("authorization"),
                 QByteArray("Bearer second-token"));
        QVERIFY(client->hasFreshToken());
    }

    void refusedTokenIsRenewedOnceAndTheRequestTriedAgain()
    {
        LoopbackServer server;
        server.script = {
            tokenAnswer(),
            ScriptedAnswer::json(
                401,
                R"({"statusCode":401,"error":"Unauthorized","message":"Expired token received for JSON Web Token validation","errorCode":"invalid_token"})"),
            tokenAnswer(86400, AllScopes, "renewed"), ScriptedAnswer::json(200, SettingsBody)};
        auto client = makeClient(server);
        Auth0Reply *reply = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userText()));
        QCOMPARE(server.received.size(), 4);
        QCOMPARE(server.received.at(3).headers.value("authorization"),
                 QByteArray("Bearer renewed"));

        // Refused again with the new token: reported, not looped.
        server.script
            = {ScriptedAnswer::json(
                   401, R"({"statusCode":401,"error":"Unauthorized","message":"Invalid token"})"),
               tokenAnswer(86400, AllScopes, "third"),
               ScriptedAnswer::json(
                   401, R"({"statusCode":401,"error":"Unauthorized","message":"Invalid token"})")};
        Auth0Reply *again = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(again));
        QCOMPARE(again->error().kind, Auth0Error::Kind::Unauthorized);
        QCOMPARE(server.received.size(), 7);
    }

    void wrongClientSecretIsToldApart()
    {
        LoopbackServer server;
        server.script = {ScriptedAnswer::json(
            401, R"({"error":"access_denied","error_description":"Unauthorized"})")};
        auto client = makeClient(server);
        Auth0Reply *reply = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::Unauthorized);
        QVERIFY2(reply->error().summary().contains(QLatin1String("client ID and secret")),
                 qPrintable(reply->error().summary()));
        QVERIFY(reply->error().fix().contains(QLatin1String("client secret")));
        // No Management API request without a token, and no second token request.
        QCOMPARE(server.received.size(), 1);
        QVERIFY(client->token().isEmpty());
    }

    void applicationNotAuthorizedForTheManagementApi()
    {
        LoopbackServer server;
        server.script = {ScriptedAnswer::json(403, NotAuthorizedBody)};
        auto client = makeClient(server);
        Auth0Reply *reply = client->fetchToken();
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::Unauthorized);
        QVERIFY2(reply->error().fix().contains(QLatin1String("Machine to Machine Applications")),
                 qPrintable(reply->error().fix()));
    }

    void missingScopeIsNamedBeforeAnyRequest()
    {
        LoopbackServer server;
        server.script = {tokenAnswer(86400, QStringLiteral("read:actions read:tenant_settings"))};
        auto client = makeClient(server);
        ActionDraft draft;
        draft.code = QStringLiteral("exports.onExecuteCustomPhoneProvider = async () => {};");
        Auth0Reply *reply = client->send(
            Auth0Requests::updateAction(client->connection(), QStringLiteral("a1"), draft));
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::MissingScope);
        QCOMPARE(reply->error().missingScopes, QStringList {QStringLiteral("update:actions")});
        QVERIFY(reply->error().fix().contains(QLatin1String("update:actions")));
        QVERIFY(reply->error().fix().contains(QLatin1String("Auth0 Management API")));
        QCOMPARE(server.received.size(), 1); // the token only: the PATCH never went out
    }

    void insufficientScopeAnswerNamesTheScope()
    {
        LoopbackServer server;
        // A token without a scope list (some proxies strip it): Auth0's 403 still names it.
        server.script = {
            tokenAnswer(86400, QString()),
            ScriptedAnswer::json(
                403,
                R"({"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:logs,read:logs_users","errorCode":"insufficient_scope"})")};
        auto client = makeClient(server);
        Auth0Reply *reply = client->send(Auth0Requests::listLogs(client->connection(), {}));
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::MissingScope);
        QCOMPARE(reply->error().missingScopes,
                 (QStringList {QStringLiteral("read:logs"), QStringLiteral("read:logs_users")}));
        QCOMPARE(server.received.size(), 2);
    }

    void rateLimitedRequestWaitsForTheReset()
    {
        LoopbackServer server;
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 1;
        server.script = {
            tokenAnswer(),
            ScriptedAnswer::json(
                429,
                R"({"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached","errorCode":"too_many_requests"})",
                {{"x-ratelimit-limit", "10"},
                 {"x-ratelimit-remaining", "0"},
                 {"x-ratelimit-reset", QByteArray::number(reset)}}),
            ScriptedAnswer::json(200, SettingsBody)};
        auto client = makeClient(server);
        Auth0Reply *reply = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QSignalSpy limited(reply, &Auth0Reply::rateLimited);
        QVERIFY(finish(reply, 5000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userText()));
        QCOMPARE(limited.size(), 1);
        QCOMPARE(server.received.size(), 3);
        // The retry went out no earlier than the reset second.
        QVERIFY(QDateTime::currentSecsSinceEpoch() >= reset);
        QVERIFY(server.received.at(2).atMs - server.received.at(1).atMs >= 0);
    }

    void rateLimitedWriteIsSentAgainButOnlyAfterTheReset()
    {
        LoopbackServer server;
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 1;
        server.script = {
            tokenAnswer(),
            ScriptedAnswer::json(
                429,
                R"({"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached"})",
                {{"x-ratelimit-reset", QByteArray::number(reset)}}),
            ScriptedAnswer::json(202, R"({"id":"v1","number":1})")};
        auto client = makeClient(server);
        Auth0Reply *reply
            = client->send(Auth0Requests::deployAction(client->connection(), QStringLiteral("a1")));
        QVERIFY(finish(reply, 5000));
        QVERIFY(reply->isOk());
        QCOMPARE(server.received.size(), 3);
        QCOMPARE(server.received.at(2).method, QByteArray("POST"));
    }

    void rateLimitTooFarAwayIsReportedWithItsTime()
    {
        LoopbackServer server;
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 3600;
        server.script = {
            tokenAnswer(),
            ScriptedAnswer::json(
                429,
                R"({"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached"})",
                {{"x-ratelimit-reset", QByteArray::number(reset)}})};
        auto client = makeClient(server);
        Auth0Reply *reply = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::RateLimited);
        QCOMPARE(reply->error().rateLimitReset.toSecsSinceEpoch(), reset);
        QVERIFY2(reply->error().summary().contains(QLatin1String("429")),
                 qPrintable(reply->error().summary()));
        QCOMPARE(server.received.size(), 2);
    }

    void serverErrorOnReadIsRetriedButNotOnWrite()
    {
        LoopbackServer server;
        server.script = {tokenAnswer(), ScriptedAnswer::json(503, R"({"statusCode":503})"),
                         ScriptedAnswer::json(200, SettingsBody)};
        auto client = makeClient(server);
        Auth0Reply *read = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(read));
        QVERIFY(read->isOk());
        QCOMPARE(server.received.size(), 3);

        server.script = {ScriptedAnswer::json(
            500, R"({"statusCode":500,"error":"Internal Server Error","message":"oops"})")};
        Auth0Reply *write = client->send(
            Auth0Requests::setGuardianFactor(client->connection(), QStringLiteral("sms"), true));
        QVERIFY(finish(write));
        QCOMPARE(write->error().kind, Auth0Error::Kind::Server);
        QCOMPARE(server.received.size(), 4);
    }

    void gatewayAnswerToAWriteIsOutcomeUnknown()
    {
        LoopbackServer server;
        server.script
            = {tokenAnswer(), ScriptedAnswer::text(502, "<html>Bad gateway</html>", "text/html")};
        auto client = makeClient(server);
        QList<BindingRef> bindings {{BindingRef::Type::ActionId, QStringLiteral("a1"), {}}};
        Auth0Reply *reply = client->send(Auth0Requests::updateTriggerBindings(
            client->connection(), QStringLiteral("custom-phone-provider"), bindings));
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::OutcomeUnknown);
        QVERIFY(reply->error().fix().contains(QLatin1String("Refresh")));
        QCOMPARE(server.received.size(), 2);
    }

    void droppedWriteIsNeverSentTwice()
    {
        LoopbackServer server;
        server.script = {tokenAnswer(), ScriptedAnswer::drop()};
        server.fallback = ScriptedAnswer::json(200, "{}");
        auto client = makeClient(server);
        ActionDraft draft;
        draft.name = QStringLiteral("SMS");
        draft.triggerId = QStringLiteral("custom-phone-provider");
        draft.triggerVersion = QStringLiteral("v1");
        draft.code = QStringLiteral("exports.onExecuteCustomPhoneProvider = async () => {};");
        Auth0Reply *reply = client->send(Auth0Requests::createAction(client->connection(), draft));
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::OutcomeUnknown);
        QCOMPARE(server.received.size(), 2); // Qt's silent resend did not happen
    }

    void nonJsonAnswersAreInvalidResponses()
    {
        LoopbackServer server;
        server.script = {tokenAnswer(),
                         ScriptedAnswer::text(200, "<html>captive portal</html>", "text/html")};
        auto client = makeClient(server);
        Auth0Reply *reply = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::InvalidResponse);
        QVERIFY(reply->error().fix().contains(QLatin1String("base URL")));

        server.script = {ScriptedAnswer::text(404, "<html>Not Found</html>", "text/html")};
        Auth0Reply *notJson = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QVERIFY(finish(notJson));
        QCOMPARE(notJson->error().kind, Auth0Error::Kind::InvalidResponse);
    }

    void unknownDomainIsHostNotFound()
    {
        Auth0Connection c;
        c.domain = QStringLiteral("no-such-tenant.invalid");
        c.clientId = QStringLiteral("client");
        Auth0Client client(c, Secret);
        Auth0Reply *reply = client.fetchToken();
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::HostNotFound);
        QVERIFY(reply->error().summary().contains(QLatin1String("no-such-tenant.invalid")));
        QVERIFY(reply->error().fix().contains(QLatin1String("Domain")));
    }

    void refusedConnectionIsNetworkAndNotSent()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Auth0Connection c;
        c.domain = QStringLiteral("acme.eu.auth0.com");
        c.clientId = QStringLiteral("client");
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        Auth0Client client(c, Secret);
        RetryPolicy fast;
        fast.initialBackoffMs = 10;
        client.setRetryPolicy(fast);
        Auth0Reply *reply = client.fetchToken();
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::Network);
        QVERIFY(reply->error().notSent);
    }

    void hangingReadTimesOutAfterItsRetries()
    {
        LoopbackServer server;
        server.script = {tokenAnswer()};
        server.fallback = ScriptedAnswer::hang();
        auto client = makeClient(server);
        client->setTimeoutMs(150);
        QElapsedTimer clock;
        clock.start();
        Auth0Reply *reply = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QSignalSpy retries(reply, &Auth0Reply::retrying);
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::Timeout);
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(retries.size(), 2);
    }

    void remoteBaseUrlOverrideIsRefused()
    {
        Auth0Connection c;
        c.domain = QStringLiteral("acme.eu.auth0.com");
        c.clientId = QStringLiteral("client");
        c.baseUrl = QUrl(QStringLiteral("http://proxy.example.com"));
        Auth0Client client(c, Secret);
        Auth0Reply *reply = client.fetchToken();
        QVERIFY(finish(reply));
        QCOMPARE(reply->error().kind, Auth0Error::Kind::InvalidRequest);
        QVERIFY(reply->error().summary().contains(QLatin1String("loopback")));
    }

    void cancelAWaitingRequest()
    {
        LoopbackServer server;
        server.fallback = ScriptedAnswer::hang();
        auto client = makeClient(server);
        Auth0Reply *reply = client->send(Auth0Requests::getTenantSettings(client->connection()));
        QSignalSpy done(reply, &Auth0Reply::finished);
        QTRY_COMPARE(server.received.size(), 1); // waiting on the token
        reply->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(reply->error().kind, Auth0Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestAuth0Client)
#include "TestAuth0Client.moc"
