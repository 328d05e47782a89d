#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"

#include <QTcpSocket>
#include <QUrlQuery>

#include "Auth0SandboxTestBase.h"

using namespace Auth0SandboxTest;

// The Auth0 simulator as a client sees it: real HTTP to 127.0.0.1, Auth0's JSON and errors:
// tokens, the Management API's checks, tenant settings, Guardian, phone providers, logs, hooks.
class TestAuth0Sandbox : public Base
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen());
        m_sandbox.setTimeScale(0.05);
    }
    void init() { resetAll(); }

    void fixtures();
    void listensOnLoopback();
    void tokenIssued();
    void tokenAsJson();
    void tokenFailures_data();
    void tokenFailures();
    void formPlusIsSpace();
    void refusedTokens();
    void expiredToken();
    void missingScope();
    void rateLimit();
    void unknownPaths();
    void badBodies();
    void bodyTooLarge();
    void rawHttp();
    void logsSearch();
    void logsSearchLimits();
    void logsCheckpoint();
    void hooks();
    void emptyPreset();
    void requestLog();
    void builtInProfileConnects();
};

void TestAuth0Sandbox::fixtures()
{
    for (const auto &c : Auth0SandboxFixtures::clients()) {
        QCOMPARE(c.clientId.size(), 32);
        QCOMPARE(c.clientSecret.size(), 64);
        QVERIFY(c.clientId.contains(u"5a2db0c0"_s));
        QCOMPARE(Auth0SandboxFixtures::findClient(c.clientId), &c);
    }
    const auto &full = Auth0SandboxFixtures::fullClient().scopes;
    for (const char *scope :
         {"read:actions", "create:actions", "update:actions", "delete:actions",
          "read:phone_providers", "create:phone_providers", "update:phone_providers",
          "delete:phone_providers", "read:guardian_factors", "update:guardian_factors", "read:logs",
          "read:tenant_settings", "update:tenant_settings", "read:hooks"})
        QVERIFY2(full.contains(QLatin1String(scope)), scope);
    QStringList limited = full;
    limited.removeAll(u"update:actions"_s);
    QCOMPARE(Auth0SandboxFixtures::limitedClient().scopes, limited);
    QCOMPARE(Auth0SandboxFixtures::unifiedTenant().domain, u"sandbox-unified.auth0.test"_s);
    QCOMPARE(Auth0SandboxFixtures::legacyTenant().name, u"sandbox-legacy"_s);
    QCOMPARE(Auth0SandboxFixtures::findTenantByDomain(u"sandbox-legacy.auth0.test"_s)->mode,
             Mode::Legacy);
}

void TestAuth0Sandbox::listensOnLoopback()
{
    const QUrl unified = m_sandbox.baseUrl(Mode::Unified);
    const QUrl legacy = m_sandbox.baseUrl(Mode::Legacy);
    QCOMPARE(unified.host(), u"127.0.0.1"_s);
    QCOMPARE(legacy.scheme(), u"http"_s);
    QVERIFY(unified.port() > 0);
    QVERIFY(unified.port() != legacy.port());
    QVERIFY(m_sandbox.isListening());
}

void TestAuth0Sandbox::tokenIssued()
{
    const auto &client = Auth0SandboxFixtures::fullClient();
    const Http r = tokenRequest(Mode::Unified,
                                {{u"grant_type"_s, u"client_credentials"_s},
                                 {u"client_id"_s, client.clientId},
                                 {u"client_secret"_s, client.clientSecret},
                                 {u"audience"_s, audienceOf(Mode::Unified)}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.obj().value(u"access_token"_s).toString().startsWith(u"ey"_s));
    QCOMPARE(r.obj().value(u"expires_in"_s).toInt(), 86400);
    QCOMPARE(r.obj().value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(r.obj().value(u"scope"_s).toString().split(u' '), client.scopes);
    // The client secret is not kept in the request log.
    const auto log = m_sandbox.requestLog();
    QCOMPARE(log.last().path, u"/oauth/token"_s);
    QCOMPARE(log.last().clientId, client.clientId);
    QVERIFY(!log.last().body.contains(client.clientSecret.toUtf8()));
    // A token of one tenant works there and not on the other.
    const QString access = r.obj().value(u"access_token"_s).toString();
    QCOMPARE(send(Mode::Unified, "GET", u"/api/v2/tenants/settings"_s, {}, access).status, 200);
    const Http other = send(Mode::Legacy, "GET", u"/api/v2/tenants/settings"_s, {}, access);
    QCOMPARE(other.status, 401);
    QCOMPARE(other.message(), u"Bad audience: https://sandbox-unified.auth0.test/api/v2/"_s);
}

void TestAuth0Sandbox::tokenAsJson()
{
    const auto &client = Auth0SandboxFixtures::limitedClient();
    const Http r = send(Mode::Legacy, "POST", u"/oauth/token"_s,
                        json({{u"grant_type"_s, u"client_credentials"_s},
                              {u"client_id"_s, client.clientId},
                              {u"client_secret"_s, client.clientSecret},
                              {u"audience"_s, audienceOf(Mode::Legacy)}}));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.obj().value(u"scope"_s).toString().contains(u"update:actions"_s));
}

void TestAuth0Sandbox::tokenFailures_data()
{
    QTest::addColumn<QString>("grantType");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    const auto &c = Auth0SandboxFixtures::fullClient();
    const QString aud = audienceOf(Mode::Unified);
    QTest::newRow("wrong secret") << u"client_credentials"_s << c.clientId << u"nope"_s << aud
                                  << 401 << u"access_denied"_s << u"Unauthorized"_s;
    QTest::newRow("unknown client")
        << u"client_credentials"_s << u"x"_s.repeated(32) << c.clientSecret << aud << 401
        << u"access_denied"_s << u"Unauthorized"_s;
    QTest::newRow("other tenant's audience")
        << u"client_credentials"_s << c.clientId << c.clientSecret << audienceOf(Mode::Legacy)
        << 403 << u"access_denied"_s
        << u"Service not found: https://sandbox-legacy.auth0.test/api/v2/"_s;
    QTest::newRow("no trailing slash")
        << u"client_credentials"_s << c.clientId << c.clientSecret
        << u"https://sandbox-unified.auth0.test/api/v2"_s << 403 << u"access_denied"_s
        << u"Service not found: https://sandbox-unified.auth0.test/api/v2"_s;
    QTest::newRow("no audience") << u"client_credentials"_s << c.clientId << c.clientSecret
                                 << QString() << 403 << u"access_denied"_s
                                 << u"No audience parameter was provided, and no default "
                                    "audience has been configured"_s;
    QTest::newRow("password grant")
        << u"password"_s << c.clientId << c.clientSecret << aud << 403 << u"unauthorized_client"_s
        << u"Grant type 'password' not allowed for the client."_s;
    QTest::newRow("unknown grant")
        << u"magic"_s << c.clientId << c.clientSecret << aud << 400 << u"unsupported_grant_type"_s
        << u"Unsupported grant type: magic"_s;
    QTest::newRow("no grant") << QString() << c.clientId << c.clientSecret << aud << 400
                              << u"invalid_request"_s
                              << u"Missing required parameter: grant_type"_s;
}

void TestAuth0Sandbox::tokenFailures()
{
    QFETCH(QString, grantType);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, audience);
    QList<QPair<QString, QString>> fields {{u"client_id"_s, clientId},
                                           {u"client_secret"_s, secret}};
    if (!grantType.isEmpty())
        fields.append({u"grant_type"_s, grantType});
    if (!audience.isEmpty())
        fields.append({u"audience"_s, audience});
    const Http r = tokenRequest(Mode::Unified, fields);
    QTEST(r.status, "status");
    QTEST(r.obj().value(u"error"_s).toString(), "error");
    QTEST(r.obj().value(u"error_description"_s).toString(), "description");
    QVERIFY(!r.obj().contains(u"access_token"_s));
}

void TestAuth0Sandbox::formPlusIsSpace()
{
    // '+' in a form is a space: client+credentials is not client_credentials.
    const auto &c = Auth0SandboxFixtures::fullClient();
    const QByteArray body = "grant_type=client+credentials&client_id=" + c.clientId.toUtf8()
        + "&client_secret=" + c.clientSecret.toUtf8();
    const Http r = send(Mode::Unified, "POST", u"/oauth/token"_s, body, {},
                        "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.obj().value(u"error_description"_s).toString(),
             u"Unsupported grant type: client credentials"_s);
}

void TestAuth0Sandbox::refusedTokens()
{
    Http r = send(Mode::Unified, "GET", u"/api/v2/tenants/settings"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(
        r.obj(),
        (QJsonObject {{u"statusCode"_s, 401},
                      {u"error"_s, u"Unauthorized"_s},
                      {u"message"_s, u"Missing authentication"_s},
                      {u"attributes"_s, QJsonObject {{u"error"_s, u"Missing authentication"_s}}}}));
    r = send(Mode::Unified, "GET", u"/api/v2/tenants/settings"_s, {}, u"eyJnot.a.token"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.message(), u"Invalid token"_s);
    // reset() forgets the tokens it issued.
    const QString before = token(Mode::Unified);
    m_sandbox.reset(Mode::Unified);
    r = send(Mode::Unified, "GET", u"/api/v2/tenants/settings"_s, {}, before);
    QCOMPARE(r.message(), u"Invalid token"_s);
}

void TestAuth0Sandbox::expiredToken()
{
    m_sandbox.setTokenLifetimeSecs(1);
    const Http issued
        = tokenRequest(Mode::Unified,
                       {{u"grant_type"_s, u"client_credentials"_s},
                        {u"client_id"_s, Auth0SandboxFixtures::fullClient().clientId},
                        {u"client_secret"_s, Auth0SandboxFixtures::fullClient().clientSecret},
                        {u"audience"_s, audienceOf(Mode::Unified)}});
    QCOMPARE(issued.obj().value(u"expires_in"_s).toInt(), 1);
    const QString access = issued.obj().value(u"access_token"_s).toString();
    QCOMPARE(send(Mode::Unified, "GET", u"/api/v2/guardian/factors"_s, {}, access).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        send(Mode::Unified, "GET", u"/api/v2/guardian/factors"_s, {}, access).status, 401, 5000);
    QCOMPARE(send(Mode::Unified, "GET", u"/api/v2/guardian/factors"_s, {}, access).message(),
             u"Expired token received for JSON Web Token validation"_s);
}

void TestAuth0Sandbox::missingScope()
{
    const auto &limited = Auth0SandboxFixtures::limitedClient();
    const QString id = wiredActionId(Mode::Unified);
    QCOMPARE(api(Mode::Unified, "GET", u"/actions/actions/"_s + id, {}, limited).status, 200);
    const Http r = api(Mode::Unified, "PATCH", u"/actions/actions/"_s + id,
                       {{u"code"_s, PostLoginCode}}, limited);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.obj(),
             (QJsonObject {{u"statusCode"_s, 403},
                           {u"error"_s, u"Forbidden"_s},
                           {u"message"_s, u"Insufficient scope, expected any of: update:actions"_s},
                           {u"errorCode"_s, u"insufficient_scope"_s}}));
    // Nothing changed.
    QVERIFY(m_sandbox.actions(Mode::Unified).first().code != PostLoginCode);
}

void TestAuth0Sandbox::rateLimit()
{
    m_sandbox.setRateLimit(3);
    const QString access = token(Mode::Legacy);
    for (int i = 0; i < 3; ++i) {
        const Http r = send(Mode::Legacy, "GET", u"/api/v2/guardian/factors"_s, {}, access);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray::number(2 - i));
    }
    const Http over = send(Mode::Legacy, "GET", u"/api/v2/guardian/factors"_s, {}, access);
    QCOMPARE(over.status, 429);
    QCOMPARE(over.obj(),
             (QJsonObject {{u"statusCode"_s, 429},
                           {u"error"_s, u"Too Many Requests"_s},
                           {u"message"_s, u"Global limit has been reached"_s},
                           {u"errorCode"_s, u"too_many_requests"_s}}));
    QCOMPARE(over.header("x-ratelimit-remaining"), QByteArray("0"));
    const qint64 reset = over.header("x-ratelimit-reset").toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(reset >= now && reset <= now + 2, over.header("x-ratelimit-reset").constData());
    // The other tenant has its own bucket; this one refills after the reset.
    QCOMPARE(get(Mode::Unified, u"/guardian/factors"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        send(Mode::Legacy, "GET", u"/api/v2/guardian/factors"_s, {}, access).status, 200, 3000);
}

void TestAuth0Sandbox::unknownPaths()
{
    Http r = get(Mode::Unified, u"/no/such/thing"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.obj(),
             (QJsonObject {{u"statusCode"_s, 404},
                           {u"error"_s, u"Not Found"_s},
                           {u"message"_s, u"Not Found"_s}}));
    QVERIFY(!r.header("x-ratelimit-reset").isEmpty());
    r = send(Mode::Unified, "GET", u"/elsewhere"_s);
    QCOMPARE(r.status, 404);
    r = get(Mode::Unified, u"/actions/actions/00000000-0000-0000-0000-000000000000"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), u"That action does not exist."_s);
}

void TestAuth0Sandbox::badBodies()
{
    Http r = send(Mode::Unified, "POST", u"/api/v2/actions/actions"_s, "{not json",
                  token(Mode::Unified));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Invalid request payload JSON format"_s);
    r = api(Mode::Unified, "POST", u"/actions/actions"_s, {{u"code"_s, PostLoginCode}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"invalid_body"_s);
    QCOMPARE(r.message(), u"Payload validation error: 'Missing required property: name'."_s);
    r = api(Mode::Unified, "POST", u"/actions/actions"_s,
            {{u"name"_s, 42}, {u"supported_triggers"_s, QJsonArray()}});
    QCOMPARE(r.message(),
             u"Payload validation error: 'Expected type string but found type integer' on "
             "property name."_s);
    r = api(Mode::Unified, "POST", u"/actions/actions"_s,
            {{u"name"_s, u"x"_s},
             {u"supported_triggers"_s, QJsonArray {QJsonObject {{u"id"_s, u"nope"_s}}}}});
    QCOMPARE(r.message(),
             u"Payload validation error: 'No enum match for: \"nope\"' on property "
             "supported_triggers[0].id."_s);
}

void TestAuth0Sandbox::bodyTooLarge()
{
    const QByteArray huge(1536 * 1024, 'x');
    const Http r
        = send(Mode::Unified, "POST", u"/api/v2/actions/actions"_s, huge, token(Mode::Unified));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.message(), u"Payload content length greater than maximum allowed: 1048576"_s);
    // Not kept, and the sandbox goes on answering.
    QVERIFY(m_sandbox.requestLog().last().body.isEmpty());
    QCOMPARE(m_sandbox.requestLog().last().httpStatus, 413);
    QCOMPARE(get(Mode::Unified, u"/tenants/settings"_s).status, 200);
}

void TestAuth0Sandbox::logsSearch()
{
    m_sandbox.reset(Mode::Legacy, Auth0Sandbox::Preset::Empty);
    m_tokens.clear();
    const QDateTime base(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 30; ++i) {
        m_sandbox.addLogEvent(
            Mode::Legacy,
            {{u"type"_s, i % 3 == 0 ? u"gd_send_sms_failure"_s : u"gd_send_sms"_s},
             {u"date"_s, base.addDays(i / 10).addSecs(i).toString(Qt::ISODateWithMs)},
             {u"description"_s,
              i % 3 == 0 ? u"Guardian - Error on send-phone-message-hook"_s
                         : u"Guardian - SMS sent"_s},
             {u"user_id"_s, u"auth0|user%1"_s.arg(i % 2)}});
    }
    Http r = get(Mode::Legacy, u"/logs"_s);
    QCOMPARE(r.arr().size(), 30);
    QVERIFY(r.arr().first()[u"date"_s].toString() > r.arr().last()[u"date"_s].toString());
    QCOMPARE(r.arr().first()[u"log_id"_s].toString().size(), 56);
    r = get(Mode::Legacy, u"/logs?q=type:gd_send_sms_failure"_s);
    QCOMPARE(r.arr().size(), 10);
    r = get(Mode::Legacy,
            u"/logs?q="_s
                + QString::fromUtf8(QUrl::toPercentEncoding(
                    u"type:\"gd_send_sms\" OR type:\"gd_send_sms_failure\""_s)));
    QCOMPARE(r.arr().size(), 30);
    r = get(
        Mode::Legacy,
        u"/logs?q="_s
            + QString::fromUtf8(QUrl::toPercentEncoding(
                u"(type:gd_send_sms_failure OR type:gd_send_sms) AND user_id:\"auth0|user0\""_s)));
    QCOMPARE(r.arr().size(), 15);
    r = get(Mode::Legacy,
            u"/logs?q="_s
                + QString::fromUtf8(QUrl::toPercentEncoding(u"date:[2026-11-02 TO *]"_s)));
    QCOMPARE(r.arr().size(), 20);
    r = get(Mode::Legacy,
            u"/logs?q="_s
                + QString::fromUtf8(QUrl::toPercentEncoding(u"date:[2026-11-01 TO 2026-11-02]"_s)));
    QCOMPARE(r.arr().size(), 20);
    r = get(Mode::Legacy,
            u"/logs?q="_s
                + QString::fromUtf8(QUrl::toPercentEncoding(
                    u"description:error AND NOT user_id:\"auth0|user1\""_s)));
    QCOMPARE(r.arr().size(), 5);
    const QString someId
        = get(Mode::Legacy, u"/logs?per_page=1"_s).arr().at(0)[u"log_id"_s].toString();
    QCOMPARE(get(Mode::Legacy, u"/logs?q=log_id:"_s + someId).arr().size(), 1);

    r = get(Mode::Legacy, u"/logs?per_page=7&page=1&sort=date:1"_s);
    QCOMPARE(r.arr().size(), 7);
    QCOMPARE(r.arr().first()[u"date"_s].toString(), base.addSecs(7).toString(Qt::ISODateWithMs));
    r = get(Mode::Legacy, u"/logs?per_page=7&page=4"_s);
    QCOMPARE(r.arr().size(), 2);
    r = get(Mode::Legacy, u"/logs?fields=log_id,type&include_fields=true&per_page=1"_s);
    QCOMPARE(r.arr().first().toObject().keys(), (QStringList {u"log_id"_s, u"type"_s}));
}

void TestAuth0Sandbox::logsSearchLimits()
{
    Http r = get(Mode::Unified, u"/logs?search=type:gd_send_sms"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"invalid_query_string"_s);
    r = get(Mode::Unified, u"/logs?per_page=101"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(),
             u"Query validation error: 'Value 101 is greater than maximum 100' on "
             "property per_page."_s);
    r = get(Mode::Unified, u"/logs?per_page=100&page=10"_s);
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().contains(u"1000"_s));
    QCOMPARE(get(Mode::Unified, u"/logs?per_page=100&page=9"_s).status, 200);
    r = get(Mode::Unified, u"/logs?q=user_email:x"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"The search query string has an error: unknown field \"user_email\""_s);
    QCOMPARE(get(Mode::Unified, u"/logs?q=%28type:x"_s).status, 400);
    QCOMPARE(get(Mode::Unified, u"/logs?sort=sideways"_s).status, 400);
    // read:logs is needed; the wired tenant has two MFA events.
    QCOMPARE(get(Mode::Unified, u"/logs"_s).arr().size(), 2);
}

void TestAuth0Sandbox::logsCheckpoint()
{
    m_sandbox.reset(Mode::Unified, Auth0Sandbox::Preset::Empty);
    m_tokens.clear();
    QStringList ids;
    for (int i = 0; i < 120; ++i)
        ids << m_sandbox.addLogEvent(Mode::Unified, {{u"type"_s, u"gd_send_sms"_s}});
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, ids); // log_ids only grow

    // Any other parameter is ignored in checkpoint mode.
    QString path = u"/api/v2/logs?from="_s + ids.first() + u"&take=50&q=type:nothing&page=3"_s;
    QStringList seen;
    QString lastLink;
    for (int round = 0; round < 5; ++round) {
        const Http r = send(Mode::Unified, "GET", path, {}, token(Mode::Unified));
        QCOMPARE(r.status, 200);
        const QByteArray link = r.header("Link");
        QVERIFY2(link.endsWith("; rel=\"next\""), link.constData());
        const QUrl next(QString::fromLatin1(link.mid(1, link.indexOf('>') - 1)));
        QCOMPARE(next.host(), u"127.0.0.1"_s);
        for (const QJsonValue &e : r.arr())
            seen << e[u"log_id"_s].toString();
        const QString nextPath = next.path() + u'?' + next.query();
        if (r.arr().isEmpty()) {
            // An empty page links to the same request.
            QCOMPARE(QUrlQuery(next).queryItemValue(u"from"_s), ids.last());
            QCOMPARE(QUrlQuery(next).queryItemValue(u"take"_s), u"50"_s);
            lastLink = nextPath;
            break;
        }
        path = nextPath;
    }
    QCOMPARE(seen, ids.mid(1)); // after "from", in log_id order, each once
    QVERIFY(!lastLink.isEmpty());
    QCOMPARE(get(Mode::Unified, u"/logs?from="_s + ids.first() + u"&take=101"_s).status, 400);
    QCOMPARE(get(Mode::Unified, u"/logs?from="_s + ids.at(10) + u"&take=3"_s)
                 .arr()
                 .at(0)[u"log_id"_s]
                 .toString(),
             ids.at(11));
}

void TestAuth0Sandbox::hooks()
{
    Http r = get(Mode::Legacy, u"/hooks?triggerId=send-phone-message"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.arr().size(), 1);
    const QJsonObject hook = r.arr().first().toObject();
    QCOMPARE(hook.value(u"enabled"_s).toBool(), false);
    QCOMPARE(hook.value(u"triggerId"_s).toString(), u"send-phone-message"_s);
    QVERIFY(hook.value(u"script"_s).toString().contains(u"context.webtask.secrets"_s));
    r = get(Mode::Legacy, u"/hooks/"_s + hook.value(u"id"_s).toString());
    QCOMPARE(r.obj().value(u"name"_s), hook.value(u"name"_s));
    QCOMPARE(get(Mode::Legacy, u"/hooks/nope"_s).status, 404);
    QCOMPARE(get(Mode::Legacy, u"/hooks?triggerId=post-user-registration"_s).arr().size(), 0);
    QCOMPARE(get(Mode::Unified, u"/hooks"_s).arr().size(), 0);
    // Read only.
    QCOMPARE(api(Mode::Legacy, "POST", u"/hooks"_s, {{u"name"_s, u"x"_s}}).status, 404);
}

void TestAuth0Sandbox::emptyPreset()
{
    m_sandbox.reset(Mode::Unified, Auth0Sandbox::Preset::Empty);
    m_sandbox.reset(Mode::Legacy, Auth0Sandbox::Preset::Empty);
    m_tokens.clear();
    QVERIFY(m_sandbox.actions(Mode::Unified).isEmpty());
    QCOMPARE(
        get(Mode::Unified, u"/branding/phone/providers"_s).obj().value(u"providers"_s).toArray(),
        QJsonArray());
    QCOMPARE(get(Mode::Unified, u"/guardian/factors"_s).arr().at(0)[u"enabled"_s].toBool(), false);
    QCOMPARE(get(Mode::Unified, u"/logs"_s).arr().size(), 0);
    QCOMPARE(get(Mode::Legacy, u"/guardian/factors/phone/selected-provider"_s)
                 .obj()
                 .value(u"provider"_s)
                 .toString(),
             u"auth0"_s);
    QCOMPARE(get(Mode::Legacy, u"/hooks"_s).arr().size(), 0);
    QCOMPARE(get(Mode::Legacy, u"/actions/triggers/send-phone-message/bindings"_s)
                 .obj()
                 .value(u"total"_s)
                 .toInt(),
             0);
}

void TestAuth0Sandbox::requestLog()
{
    QSignalSpy handled(&m_sandbox, &Auth0Sandbox::requestHandled);
    get(Mode::Legacy, u"/guardian/factors?x=1"_s);
    QVERIFY(handled.count() >= 2); // the token, then the request
    const auto last = m_sandbox.requestLog().last();
    QCOMPARE(last.tenant, Mode::Legacy);
    QCOMPARE(last.method, u"GET"_s);
    QCOMPARE(last.path, u"/api/v2/guardian/factors"_s);
    QCOMPARE(last.query, u"x=1"_s);
    QCOMPARE(last.httpStatus, 200);
    QCOMPARE(last.clientId, Auth0SandboxFixtures::fullClient().clientId);
    QCOMPARE(m_sandbox.requestCount(u"GET"_s, u"/api/v2/guardian/*"_s), 1);
    QCOMPARE(m_sandbox.requestCount(QString(), u"/oauth/token"_s), 1);
    m_sandbox.reset(Mode::Legacy);
    QCOMPARE(m_sandbox.requestCount(QString(), u"*"_s), 0);
}

void TestAuth0Sandbox::builtInProfileConnects()
{
    // The CLI's in-process sandboxes: the profile points at both, the Auth0 client secret is the
    // console entry's value, and the wired Action sends through that Twilio sandbox.
    const QUrl placeholder(u"http://127.0.0.1:8980"_s);
    Profile profile = SandboxProfile::makeProfile(placeholder);
    QCOMPARE(profile.auth0.domain, u"sandbox-unified.auth0.test"_s);
    QCOMPARE(profile.auth0.clientId, Auth0SandboxFixtures::fullClient().clientId);
    QVERIFY(profile.auth0.baseUrl.isEmpty());
    QCOMPARE(SandboxProfile::consoleSecrets().value(SecretRules::auth0ClientSecretName()),
             Auth0SandboxFixtures::fullClient().clientSecret);
    QVERIFY(!SandboxProfile::secrets().contains(SecretRules::auth0ClientSecretName()));

    QObject owner;
    Auth0Sandbox *tenants = nullptr;
    TwilioSandbox *twilio = SandboxProfile::startInProcess(&profile, &owner, &tenants);
    QVERIFY(twilio && tenants);
    QCOMPARE(profile.apiBaseUrl, twilio->baseUrl());
    QCOMPARE(profile.auth0.baseUrl, tenants->baseUrl(Mode::Unified));
    QCOMPARE(tenants->twilioBaseUrl(), twilio->baseUrl());
    QCOMPARE(profile.auth0.audience(), audienceOf(Mode::Unified));

    QNetworkRequest request(QUrl(profile.auth0.effectiveBaseUrl().toString() + u"/oauth/token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.post(
        request,
        json({{u"grant_type"_s, u"client_credentials"_s},
              {u"client_id"_s, profile.auth0.clientId},
              {u"client_secret"_s,
               SandboxProfile::consoleSecrets().value(SecretRules::auth0ClientSecretName())},
              {u"audience"_s, profile.auth0.audience()}}));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestAuth0Sandbox::rawHttp()
{
    // What QNetworkAccessManager does not show: two requests in one write, a chunked body, and an
    // oversized body announced with Expect: 100-continue (refused without the 100).
    const auto exchange = [&](const QByteArray &bytes, int answers) -> QByteArray {
        QTcpSocket socket;
        socket.connectToHost(m_sandbox.baseUrl(Mode::Unified).host(),
                             quint16(m_sandbox.baseUrl(Mode::Unified).port()));
        QSignalSpy ready(&socket, &QTcpSocket::readyRead);
        socket.write(bytes);
        QByteArray in;
        while (in.count("HTTP/1.1 ") < answers && ready.wait(5000))
            in += socket.readAll();
        return in + socket.readAll();
    };
    const QByteArray bearer = "Authorization: Bearer " + token(Mode::Unified).toLatin1() + "\r\n";
    QByteArray in = exchange("GET /api/v2/tenants/settings HTTP/1.1\r\nHost: x\r\n" + bearer
                                 + "\r\nGET /api/v2/guardian/factors HTTP/1.1\r\nHost: x\r\n"
                                 + bearer + "\r\n",
                             2);
    QCOMPARE(in.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(in.contains("phone_consolidated_experience"));
    QVERIFY(in.contains("recovery-code"));

    const QByteArray body
        = json({{u"name"_s, u"Chunked"_s},
                {u"supported_triggers"_s,
                 QJsonArray {QJsonObject {{u"id"_s, u"post-login"_s}, {u"version"_s, u"v3"_s}}}}});
    in = exchange("POST /api/v2/actions/actions HTTP/1.1\r\nHost: x\r\n" + bearer
                      + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + QByteArray::number(body.size() - 5, 16) + "\r\n"
                      + body.left(body.size() - 5) + "\r\n5\r\n" + body.right(5) + "\r\n0\r\n\r\n",
                  1);
    QVERIFY2(in.startsWith("HTTP/1.1 201 Created"), in.constData());

    in = exchange("POST /api/v2/actions/actions HTTP/1.1\r\nHost: x\r\n" + bearer
                      + "Content-Type: application/json\r\nContent-Length: 5000000\r\n"
                        "Expect: 100-continue\r\n\r\n",
                  1);
    QVERIFY2(in.startsWith("HTTP/1.1 413 "), in.constData());
    QVERIFY(!in.contains("100 Continue"));
    QVERIFY(in.contains("Connection: close"));
}

QTEST_MAIN(TestAuth0Sandbox)
#include "TestAuth0Sandbox.moc"
