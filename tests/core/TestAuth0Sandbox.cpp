#include "hook/HookLint.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxFixtures.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Mode = Auth0Sandbox::Mode;

namespace {

struct Http
{
    int status = 0;
    QJsonValue json;
    QByteArray raw;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject obj() const { return json.toObject(); }
    QJsonArray arr() const { return json.toArray(); }
    QString message() const { return obj().value(u"message"_s).toString(); }
    QString errorCode() const { return obj().value(u"errorCode"_s).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString audienceOf(Mode mode)
{
    return u"https://"_s + Auth0Sandbox::tenant(mode).domain + u"/api/v2/"_s;
}

const QString PostLoginCode = u"exports.onExecutePostLogin = async (event, api) => {};"_s;

} // namespace

// The Auth0 simulator as a client sees it: real HTTP to 127.0.0.1, Auth0's JSON and errors.
class TestAuth0Sandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

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
    void tenantSettings();
    void buildStates();
    void buildFailsOnSyntaxError();
    void modernSyntaxBuilds();
    void deployVersionsRollback();
    void secretsReplaceAndLimits();
    void listActionsFilters();
    void deleteBoundAction();
    void oneCustomPhoneProviderAction();
    void bindingsReplaceWholeList();
    void incompatibleBinding();
    void triggers();
    void executions();
    void guardianFactors();
    void guardianMessageTypesBothTenants();
    void legacyGuardianEndpoints();
    void unifiedRefusesLegacyGuardian_data();
    void unifiedRefusesLegacyGuardian();
    void phoneProviders();
    void providerNeedsDeployedAction();
    void providerTry();
    void logsSearch();
    void logsSearchLimits();
    void logsCheckpoint();
    void hooks();
    void emptyPreset();
    void wiredActions();
    void requestLog();
    void builtInProfileConnects();

private:
    Http send(Mode mode, const QByteArray &verb, const QString &pathAndQuery,
              const QByteArray &body = {}, const QString &bearer = QString(),
              const QByteArray &contentType = "application/json");
    Http api(Mode mode, const QByteArray &verb, const QString &path, const QJsonObject &body = {},
             const Auth0SandboxFixtures::Client &client = Auth0SandboxFixtures::fullClient())
    {
        return send(mode, verb, u"/api/v2"_s + path, body.isEmpty() ? QByteArray() : json(body),
                    token(mode, client));
    }
    Http get(Mode mode, const QString &path)
    {
        return send(mode, "GET", u"/api/v2"_s + path, {}, token(mode));
    }
    QString token(Mode mode,
                  const Auth0SandboxFixtures::Client &client = Auth0SandboxFixtures::fullClient());
    Http tokenRequest(Mode mode, const QList<QPair<QString, QString>> &fields);
    QString createAction(Mode mode, const QString &name, const QString &trigger,
                         const QString &version, const QString &code);
    // The draft's build status as GET /actions/actions/{id} answers it.
    QString statusOf(Mode mode, const QString &id)
    {
        return get(mode, u"/actions/actions/"_s + id).obj().value(u"status"_s).toString();
    }
    QString wiredActionId(Mode mode) { return m_sandbox.actions(mode).value(0).id; }

    Auth0Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens;
};

Http TestAuth0Sandbox::send(Mode mode, const QByteArray &verb, const QString &pathAndQuery,
                            const QByteArray &body, const QString &bearer,
                            const QByteArray &contentType)
{
    QUrl url = m_sandbox.baseUrl(mode);
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.raw = reply->readAll();
    http.headers = reply->rawHeaderPairs();
    const QJsonDocument doc = QJsonDocument::fromJson(http.raw);
    http.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    reply->deleteLater();
    return http;
}

Http TestAuth0Sandbox::tokenRequest(Mode mode, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &f : fields)
        form.addQueryItem(f.first, QString(f.second).replace(u'+', u"%2B"_s));
    return send(mode, "POST", u"/oauth/token"_s, form.toString(QUrl::FullyEncoded).toUtf8(), {},
                "application/x-www-form-urlencoded");
}

QString TestAuth0Sandbox::token(Mode mode, const Auth0SandboxFixtures::Client &client)
{
    const QString key = QString::number(int(mode)) + client.clientId;
    if (!m_tokens.contains(key)) {
        const Http r = tokenRequest(mode,
                                    {{u"grant_type"_s, u"client_credentials"_s},
                                     {u"client_id"_s, client.clientId},
                                     {u"client_secret"_s, client.clientSecret},
                                     {u"audience"_s, audienceOf(mode)}});
        m_tokens.insert(key, r.obj().value(u"access_token"_s).toString());
    }
    return m_tokens.value(key);
}

QString TestAuth0Sandbox::createAction(Mode mode, const QString &name, const QString &trigger,
                                       const QString &version, const QString &code)
{
    const Http r = api(mode, "POST", u"/actions/actions"_s,
                       {{u"name"_s, name},
                        {u"supported_triggers"_s,
                         QJsonArray {QJsonObject {{u"id"_s, trigger}, {u"version"_s, version}}}},
                        {u"code"_s, code}});
    if (r.status != 201)
        qWarning() << r.raw;
    return r.obj().value(u"id"_s).toString();
}

void TestAuth0Sandbox::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    m_sandbox.setTimeScale(0.05);
}

void TestAuth0Sandbox::init()
{
    m_sandbox.reset(Mode::Unified);
    m_sandbox.reset(Mode::Legacy);
    m_sandbox.setRateLimit(0);
    m_sandbox.setTokenLifetimeSecs(86400);
    m_sandbox.setTimeScale(0.05);
    m_tokens.clear();
}

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

void TestAuth0Sandbox::tenantSettings()
{
    Http r = get(Mode::Unified, u"/tenants/settings"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"phone_consolidated_experience"_s), QJsonValue(true));
    QCOMPARE(get(Mode::Legacy, u"/tenants/settings"_s)
                 .obj()
                 .value(u"phone_consolidated_experience"_s)
                 .toBool(),
             false);
    QVERIFY(!r.obj().value(u"friendly_name"_s).toString().isEmpty());
    r = api(
        Mode::Unified, "PATCH", u"/tenants/settings"_s,
        {{u"friendly_name"_s, u"Acme"_s}, {u"enabled_locales"_s, QJsonArray {u"en"_s, u"fr"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"friendly_name"_s).toString(), u"Acme"_s);
    QCOMPARE(get(Mode::Unified, u"/tenants/settings"_s)
                 .obj()
                 .value(u"enabled_locales"_s)
                 .toArray()
                 .size(),
             2);
    r = api(Mode::Unified, "PATCH", u"/tenants/settings"_s, {{u"colour"_s, u"red"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(),
             u"Payload validation error: 'Additional properties not allowed: colour'."_s);
}

void TestAuth0Sandbox::buildStates()
{
    m_sandbox.setTimeScale(1.0); // 400 ms per step: each state is seen
    const QString id
        = createAction(Mode::Unified, u"Login"_s, u"post-login"_s, u"v3"_s, PostLoginCode);
    QVERIFY(!id.isEmpty());
    const auto status = [&] {
        for (const auto &a : m_sandbox.actions(Mode::Unified)) {
            if (a.id == id)
                return a.buildStatus;
        }
        return QString();
    };
    QCOMPARE(status(), u"pending"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status(), u"building"_s, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(status(), u"built"_s, 3000);
    const Http r = get(Mode::Unified, u"/actions/actions/"_s + id);
    QCOMPARE(r.obj().value(u"status"_s).toString(), u"built"_s);
    QVERIFY(!r.obj().value(u"built_at"_s).toString().isEmpty());
    QCOMPARE(r.obj().value(u"runtime"_s).toString(), u"node22"_s);
}

void TestAuth0Sandbox::buildFailsOnSyntaxError()
{
    const QString id = createAction(Mode::Unified, u"Broken"_s, u"post-login"_s, u"v3"_s,
                                    u"exports.onExecutePostLogin = async (event, api) => {\n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(Mode::Unified, id), u"failed"_s, 5000);
    const Http r = get(Mode::Unified, u"/actions/actions/"_s + id);
    const QJsonObject error = r.obj().value(u"errors"_s).toArray().first().toObject();
    QVERIFY(!error.value(u"id"_s).toString().isEmpty());
    QVERIFY2(error.value(u"msg"_s).toString().contains(u"line 2"_s), r.raw.constData());
    const Http deploy = api(Mode::Unified, "POST", u"/actions/actions/"_s + id + u"/deploy"_s);
    QCOMPARE(deploy.status, 400);
    // Fixing the code builds again.
    QCOMPARE(api(Mode::Unified, "PATCH", u"/actions/actions/"_s + id, {{u"code"_s, PostLoginCode}})
                 .obj()
                 .value(u"status"_s)
                 .toString(),
             u"pending"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(Mode::Unified, id), u"built"_s, 5000);
}

void TestAuth0Sandbox::modernSyntaxBuilds()
{
    const QString code
        = u"class Cache { #hits = 0; static size = 2; hit() { return ++this.#hits; } }\n"
          "exports.onExecutePostLogin = async (event, api) => {\n"
          "  const opts = { ...event.secrets, extra: event.user?.name ?? 'x' };\n"
          "  opts.count ?\?= 1n;\n"
          "  const big = 1_000_000;\n"
          "  for await (const x of [Promise.resolve(big)]) { opts.x = x; }\n"
          "  await Promise.allSettled([Promise.resolve(opts)]);\n"
          "};\n"_s;
    const QString id = createAction(Mode::Unified, u"Modern"_s, u"post-login"_s, u"v3"_s, code);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(Mode::Unified, id), u"built"_s, 5000);
}

void TestAuth0Sandbox::deployVersionsRollback()
{
    const QString id
        = createAction(Mode::Legacy, u"Login"_s, u"post-login"_s, u"v3"_s, PostLoginCode);
    Http r = api(Mode::Legacy, "POST", u"/actions/actions/"_s + id + u"/deploy"_s);
    QCOMPARE(r.status, 400); // still pending
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(Mode::Legacy, id), u"built"_s, 5000);
    r = api(Mode::Legacy, "POST", u"/actions/actions/"_s + id + u"/deploy"_s);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.obj().value(u"number"_s).toInt(), 1);
    QCOMPARE(r.obj().value(u"deployed"_s).toBool(), false); // accepted, deployed a moment later
    QCOMPARE(r.obj().value(u"action"_s)[u"id"_s].toString(), id);
    const QString v1 = r.obj().value(u"id"_s).toString();
    QTRY_VERIFY(get(Mode::Legacy, u"/actions/actions/"_s + id)
                    .obj()
                    .value(u"deployed_version"_s)[u"deployed"_s]
                    .toBool());
    r = get(Mode::Legacy, u"/actions/actions/"_s + id);
    QCOMPARE(r.obj().value(u"all_changes_deployed"_s).toBool(), true);
    QCOMPARE(r.obj().value(u"deployed_version"_s)[u"status"_s].toString(), u"built"_s);
    QCOMPARE(r.obj().value(u"deployed_version"_s)[u"code"_s].toString(), PostLoginCode);

    const QString code2 = u"exports.onExecutePostLogin = async () => { console.log(2); };"_s;
    r = api(Mode::Legacy, "PATCH", u"/actions/actions/"_s + id, {{u"code"_s, code2}});
    QCOMPARE(r.obj().value(u"all_changes_deployed"_s).toBool(), false);
    QCOMPARE(r.obj().value(u"deployed_version"_s)[u"code"_s].toString(), PostLoginCode);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(Mode::Legacy, id), u"built"_s, 5000);
    r = api(Mode::Legacy, "POST", u"/actions/actions/"_s + id + u"/deploy"_s);
    QCOMPARE(r.obj().value(u"number"_s).toInt(), 2);
    QTRY_COMPARE(m_sandbox.actions(Mode::Legacy).last().deployedCode, code2);

    r = get(Mode::Legacy, u"/actions/actions/"_s + id + u"/versions"_s);
    QCOMPARE(r.obj().value(u"total"_s).toInt(), 2);
    const QJsonArray versions = r.obj().value(u"versions"_s).toArray();
    QCOMPARE(versions.at(0)[u"number"_s].toInt(), 2); // newest first
    QCOMPARE(versions.at(1)[u"id"_s].toString(), v1);
    r = get(Mode::Legacy, u"/actions/actions/"_s + id + u"/versions/"_s + v1);
    QCOMPARE(r.obj().value(u"code"_s).toString(), PostLoginCode);
    QCOMPARE(r.obj().value(u"deployed"_s).toBool(), false);

    // Rollback to version 1, with the draft.
    r = api(Mode::Legacy, "POST", u"/actions/actions/"_s + id + u"/versions/"_s + v1 + u"/deploy"_s,
            {{u"update_draft"_s, true}});
    QCOMPARE(r.status, 202);
    QCOMPARE(r.obj().value(u"deployed"_s).toBool(), true);
    r = get(Mode::Legacy, u"/actions/actions/"_s + id);
    QCOMPARE(r.obj().value(u"deployed_version"_s)[u"number"_s].toInt(), 1);
    QCOMPARE(r.obj().value(u"code"_s).toString(), PostLoginCode);
    QCOMPARE(get(Mode::Legacy, u"/actions/actions/"_s + id + u"/versions/nope"_s).status, 404);
}

void TestAuth0Sandbox::secretsReplaceAndLimits()
{
    const QString id = wiredActionId(Mode::Unified);
    QCOMPARE(m_sandbox.actions(Mode::Unified).first().secretValues.size(), 3);
    Http r = api(Mode::Unified, "PATCH", u"/actions/actions/"_s + id,
                 {{u"secrets"_s,
                   QJsonArray {QJsonObject {{u"name"_s, u"ONLY"_s}, {u"value"_s, u"v+1 "_s}}}}});
    QCOMPARE(r.status, 200);
    const QJsonArray secrets = r.obj().value(u"secrets"_s).toArray();
    QCOMPARE(secrets.size(), 1);
    QCOMPARE(secrets.at(0)[u"name"_s].toString(), u"ONLY"_s);
    QVERIFY(!secrets.at(0).toObject().contains(u"value"_s)); // values never come back
    QVERIFY(!r.raw.contains("v+1"));
    const auto stored = m_sandbox.actions(Mode::Unified).first();
    QCOMPARE(stored.secretValues, (QMap<QString, QString> {{u"ONLY"_s, u"v+1 "_s}}));
    // The deployed version keeps what was deployed.
    QCOMPARE(stored.deployedSecretValues.size(), 3);

    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(QJsonObject {{u"name"_s, u"S%1"_s.arg(i)}, {u"value"_s, u"v"_s}});
    r = api(Mode::Unified, "PATCH", u"/actions/actions/"_s + id, {{u"secrets"_s, many}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(),
             u"Payload validation error: 'Array is too long (21), maximum 20' on property "
             "secrets."_s);
    r = api(Mode::Unified, "PATCH", u"/actions/actions/"_s + id,
            {{u"secrets"_s,
              QJsonArray {QJsonObject {{u"name"_s, u"N"_s.repeated(129)}, {u"value"_s, u"v"_s}}}}});
    QCOMPARE(r.message(),
             u"Payload validation error: 'String is too long (129 chars), maximum "
             "128' on property secrets[0].name."_s);
    r = api(
        Mode::Unified, "PATCH", u"/actions/actions/"_s + id,
        {{u"secrets"_s,
          QJsonArray {QJsonObject {{u"name"_s, u"N"_s}, {u"value"_s, u"v"_s.repeated(4097)}}}}});
    QCOMPARE(r.status, 400);
    r = api(Mode::Unified, "PATCH", u"/actions/actions/"_s + id,
            {{u"code"_s, QString(u"//"_s + u"x"_s.repeated(100 * 1024))}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().contains(u"maximum 102400"_s));
}

void TestAuth0Sandbox::listActionsFilters()
{
    createAction(Mode::Unified, u"Login"_s, u"post-login"_s, u"v3"_s, PostLoginCode);
    Http r = get(Mode::Unified, u"/actions/actions"_s);
    QCOMPARE(r.obj().value(u"total"_s).toInt(), 2);
    QCOMPARE(r.obj().value(u"per_page"_s).toInt(), 20);
    r = get(Mode::Unified, u"/actions/actions?triggerId=custom-phone-provider"_s);
    QCOMPARE(r.obj().value(u"actions"_s).toArray().size(), 1);
    QCOMPARE(r.obj().value(u"actions"_s)[0][u"name"_s].toString(), u"Twilio SMS"_s);
    r = get(Mode::Unified, u"/actions/actions?deployed=true"_s);
    QCOMPARE(r.obj().value(u"total"_s).toInt(), 1);
    r = get(Mode::Unified, u"/actions/actions?actionName=Login"_s);
    QCOMPARE(r.obj().value(u"actions"_s)[0][u"supported_triggers"_s][0][u"id"_s].toString(),
             u"post-login"_s);
    r = get(Mode::Unified, u"/actions/actions?per_page=1&page=1"_s);
    QCOMPARE(r.obj().value(u"actions"_s).toArray().size(), 1);
    QCOMPARE(r.obj().value(u"page"_s).toInt(), 1);
    QCOMPARE(get(Mode::Unified, u"/actions/actions?per_page=500"_s).status, 400);
    // A second Action of the same name is refused.
    QCOMPARE(api(Mode::Unified, "POST", u"/actions/actions"_s,
                 {{u"name"_s, u"Login"_s},
                  {u"supported_triggers"_s,
                   QJsonArray {QJsonObject {{u"id"_s, u"post-login"_s}, {u"version"_s, u"v3"_s}}}}})
                 .status,
             409);
}

void TestAuth0Sandbox::deleteBoundAction()
{
    const QString id = wiredActionId(Mode::Legacy);
    Http r = api(Mode::Legacy, "DELETE", u"/actions/actions/"_s + id);
    QCOMPARE(r.status, 400);
    QVERIFY(m_sandbox.boundAction(Mode::Legacy, u"send-phone-message"_s));
    r = api(Mode::Legacy, "DELETE", u"/actions/actions/"_s + id + u"?force=true"_s);
    QCOMPARE(r.status, 204);
    QVERIFY(r.raw.isEmpty());
    QVERIFY(!m_sandbox.boundAction(Mode::Legacy, u"send-phone-message"_s));
    QCOMPARE(get(Mode::Legacy, u"/actions/triggers/send-phone-message/bindings"_s)
                 .obj()
                 .value(u"total"_s)
                 .toInt(),
             0);
    QCOMPARE(api(Mode::Legacy, "DELETE", u"/actions/actions/"_s + id).status, 404);
}

void TestAuth0Sandbox::oneCustomPhoneProviderAction()
{
    const Http r = api(Mode::Unified, "POST", u"/actions/actions"_s,
                       {{u"name"_s, u"Second"_s},
                        {u"supported_triggers"_s,
                         QJsonArray {QJsonObject {{u"id"_s, u"custom-phone-provider"_s},
                                                  {u"version"_s, u"v1"_s}}}}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"actions_cardinality_custom_phone_provider_not_allowed"_s);
    QCOMPARE(r.message(), u"custom-phone-provider can only have one supported Action"_s);
}

void TestAuth0Sandbox::bindingsReplaceWholeList()
{
    const QString a = createAction(Mode::Unified, u"A"_s, u"post-login"_s, u"v3"_s, PostLoginCode);
    const QString b = createAction(Mode::Unified, u"B"_s, u"post-login"_s, u"v3"_s, PostLoginCode);
    const auto ref = [](const QString &type, const QString &value) {
        return QJsonObject {{u"ref"_s, QJsonObject {{u"type"_s, type}, {u"value"_s, value}}}};
    };
    Http r = api(
        Mode::Unified, "PATCH", u"/actions/triggers/post-login/bindings"_s,
        {{u"bindings"_s, QJsonArray {ref(u"action_id"_s, a), ref(u"action_name"_s, u"B"_s)}}});
    QCOMPARE(r.status, 200);
    QJsonArray list = r.obj().value(u"bindings"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)[u"action"_s][u"id"_s].toString(), a);
    QCOMPARE(list.at(1)[u"action"_s][u"name"_s].toString(), u"B"_s);
    QCOMPARE(list.at(1)[u"display_name"_s].toString(), u"B"_s);
    QCOMPARE(list.at(0)[u"trigger_id"_s].toString(), u"post-login"_s);
    const QString bindingB = list.at(1)[u"id"_s].toString();

    // Only B, by its binding id: A is gone.
    r = api(Mode::Unified, "PATCH", u"/actions/triggers/post-login/bindings"_s,
            {{u"bindings"_s, QJsonArray {ref(u"binding_id"_s, bindingB)}}});
    QCOMPARE(r.status, 200);
    r = get(Mode::Unified, u"/actions/triggers/post-login/bindings"_s);
    QCOMPARE(r.obj().value(u"total"_s).toInt(), 1);
    list = r.obj().value(u"bindings"_s).toArray();
    QCOMPARE(list.at(0)[u"action"_s][u"id"_s].toString(), b);
    QCOMPARE(m_sandbox.boundAction(Mode::Unified, u"post-login"_s)->id, b);
    // The wired binding of the other trigger is untouched.
    QCOMPARE(m_sandbox.boundAction(Mode::Unified, u"custom-phone-provider"_s)->name,
             u"Twilio SMS"_s);

    r = api(Mode::Unified, "PATCH", u"/actions/triggers/post-login/bindings"_s,
            {{u"bindings"_s, QJsonArray {ref(u"action_id"_s, u"no-such-action"_s)}}});
    QCOMPARE(r.status, 404);
    r = api(Mode::Unified, "PATCH", u"/actions/triggers/post-login/bindings"_s,
            {{u"bindings"_s, QJsonArray {ref(u"version"_s, a)}}});
    QCOMPARE(r.status, 400);
    r = api(Mode::Unified, "PATCH", u"/actions/triggers/post-login/bindings"_s,
            {{u"bindings"_s, QJsonArray()}});
    QCOMPARE(r.obj().value(u"bindings"_s).toArray().size(), 0);
    QVERIFY(!m_sandbox.boundAction(Mode::Unified, u"post-login"_s));
}

void TestAuth0Sandbox::incompatibleBinding()
{
    const Http r
        = api(Mode::Unified, "PATCH", u"/actions/triggers/post-login/bindings"_s,
              {{u"bindings"_s,
                QJsonArray {QJsonObject {{u"ref"_s,
                                          QJsonObject {{u"type"_s, u"action_name"_s},
                                                       {u"value"_s, u"Twilio SMS"_s}}}}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(),
             u"Trying to create a binding between an incompatible action and trigger."_s);
    QCOMPARE(get(Mode::Unified, u"/actions/triggers/nope/bindings"_s).status, 400);
}

void TestAuth0Sandbox::triggers()
{
    const Http r = get(Mode::Legacy, u"/actions/triggers"_s);
    QCOMPARE(r.status, 200);
    QMap<QString, QString> statuses;
    for (const QJsonValue &t : r.obj().value(u"triggers"_s).toArray()) {
        statuses.insert(t[u"id"_s].toString() + u' ' + t[u"version"_s].toString(),
                        t[u"status"_s].toString());
        QCOMPARE(t[u"default_runtime"_s].toString(), u"node22"_s);
        QVERIFY(t[u"runtimes"_s].toArray().contains(u"node18"_s));
        QCOMPARE(t[u"binding_policy"_s].toString(), u"trigger-bound"_s);
    }
    QCOMPARE(statuses.value(u"send-phone-message v2"_s), u"CURRENT"_s);
    QCOMPARE(statuses.value(u"send-phone-message v1"_s), u"DEPRECATED"_s);
    QCOMPARE(statuses.value(u"custom-phone-provider v1"_s), u"CURRENT"_s);
    QCOMPARE(statuses.value(u"post-login v3"_s), u"CURRENT"_s);
}

void TestAuth0Sandbox::executions()
{
    Http r = get(Mode::Unified, u"/actions/executions/nope"_s);
    QCOMPARE(r.status, 404);
    const QString id = m_sandbox.recordExecution(
        Mode::Unified,
        {{u"trigger_id"_s, u"custom-phone-provider"_s},
         {u"status"_s, u"final"_s},
         {u"results"_s, QJsonArray {QJsonObject {{u"action_name"_s, u"Twilio SMS"_s}}}}});
    r = get(Mode::Unified, u"/actions/executions/"_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"status"_s).toString(), u"final"_s);
    QCOMPARE(r.obj().value(u"id"_s).toString(), id);
    QVERIFY(!r.obj().value(u"created_at"_s).toString().isEmpty());
    QCOMPARE(get(Mode::Legacy, u"/actions/executions/"_s + id).status, 404);
}

void TestAuth0Sandbox::guardianFactors()
{
    Http r = get(Mode::Unified, u"/guardian/factors"_s);
    QCOMPARE(r.arr().size(), 8);
    QCOMPARE(r.arr().at(0)[u"name"_s].toString(), u"sms"_s);
    QCOMPARE(r.arr().at(0)[u"enabled"_s].toBool(), true);
    QCOMPARE(r.arr().at(1)[u"enabled"_s].toBool(), false);
    r = api(Mode::Unified, "PUT", u"/guardian/factors/sms"_s, {{u"enabled"_s, false}});
    QCOMPARE(r.obj(), (QJsonObject {{u"enabled"_s, false}}));
    QCOMPARE(get(Mode::Unified, u"/guardian/factors"_s).arr().at(0)[u"enabled"_s].toBool(), false);
    r = api(Mode::Unified, "PUT", u"/guardian/factors/sms"_s,
            {{u"enabled"_s, true}, {u"provider"_s, u"twilio"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(),
             u"Payload validation error: 'Additional properties not allowed: provider'."_s);
    r = api(Mode::Unified, "PUT", u"/guardian/factors/phone"_s, {{u"enabled"_s, true}});
    QCOMPARE(r.status, 400);
}

void TestAuth0Sandbox::guardianMessageTypesBothTenants()
{
    for (Mode mode : {Mode::Unified, Mode::Legacy}) {
        Http r = get(mode, u"/guardian/factors/phone/message-types"_s);
        QCOMPARE(r.obj().value(u"message_types"_s).toArray(), QJsonArray {u"sms"_s});
        r = api(mode, "PUT", u"/guardian/factors/phone/message-types"_s,
                {{u"message_types"_s, QJsonArray {u"sms"_s, u"voice"_s}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(get(mode, u"/guardian/factors/phone/message-types"_s)
                     .obj()
                     .value(u"message_types"_s)
                     .toArray()
                     .size(),
                 2);
        r = api(mode, "PUT", u"/guardian/factors/phone/message-types"_s,
                {{u"message_types"_s, QJsonArray {u"email"_s}}});
        QCOMPARE(r.status, 400);
    }
}

void TestAuth0Sandbox::legacyGuardianEndpoints()
{
    Http r = get(Mode::Legacy, u"/guardian/factors/phone/selected-provider"_s);
    QCOMPARE(r.obj().value(u"provider"_s).toString(), u"phone-message-hook"_s);
    r = api(Mode::Legacy, "PUT", u"/guardian/factors/sms/selected-provider"_s,
            {{u"provider"_s, u"twilio"_s}});
    QCOMPARE(r.status, 200);
    // /sms/ and /phone/ are the same setting.
    QCOMPARE(get(Mode::Legacy, u"/guardian/factors/phone/selected-provider"_s)
                 .obj()
                 .value(u"provider"_s)
                 .toString(),
             u"twilio"_s);
    r = api(Mode::Legacy, "PUT", u"/guardian/factors/phone/selected-provider"_s,
            {{u"provider"_s, u"custom"_s}});
    QCOMPARE(r.status, 400);
    r = api(
        Mode::Legacy, "PUT", u"/guardian/factors/phone/providers/twilio"_s,
        {{u"sid"_s, SandboxFixtures::credentials().accountSid}, {u"from"_s, u"+15005550006"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(get(Mode::Legacy, u"/guardian/factors/sms/providers/twilio"_s)
                 .obj()
                 .value(u"from"_s)
                 .toString(),
             u"+15005550006"_s);
    r = get(Mode::Legacy, u"/guardian/factors/phone/templates"_s);
    QVERIFY(r.obj().value(u"verification_message"_s).toString().contains(u"{{code}}"_s));
    r = api(Mode::Legacy, "PUT", u"/guardian/factors/phone/templates"_s,
            {{u"enrollment_message"_s, u"{{code}}"_s}});
    QCOMPARE(r.message(),
             u"Payload validation error: 'Missing required property: verification_message'."_s);
}

void TestAuth0Sandbox::unifiedRefusesLegacyGuardian_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    for (const char *family : {"phone", "sms"}) {
        for (const char *what : {"selected-provider", "templates", "providers/twilio"}) {
            const QString path
                = u"/guardian/factors/%1/%2"_s.arg(QLatin1String(family), QLatin1String(what));
            QTest::addRow("GET %s", qPrintable(path)) << QByteArray("GET") << path;
            QTest::addRow("PUT %s", qPrintable(path)) << QByteArray("PUT") << path;
        }
    }
}

void TestAuth0Sandbox::unifiedRefusesLegacyGuardian()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const Http r = api(Mode::Unified, verb, path, {{u"provider"_s, u"twilio"_s}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.obj().value(u"error"_s).toString(), u"Forbidden"_s);
    QCOMPARE(r.message(),
             u"Insufficient privileges to use this deprecated feature. To handle Phone "
             "Provider/Templates refer to Tenant Phone Settings"_s);
}

void TestAuth0Sandbox::phoneProviders()
{
    Http r = get(Mode::Unified, u"/branding/phone/providers"_s);
    QJsonArray list = r.obj().value(u"providers"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject wired = list.at(0).toObject();
    QCOMPARE(wired.value(u"name"_s).toString(), u"custom"_s);
    QCOMPARE(wired.value(u"disabled"_s).toBool(), false);
    QCOMPARE(wired.value(u"channel"_s).toString(), u"phone"_s);
    QCOMPARE(wired.value(u"tenant"_s).toString(), u"sandbox-unified"_s);
    QCOMPARE(wired.value(u"configuration"_s)[u"delivery_methods"_s].toArray(),
             QJsonArray {u"text"_s});
    const QString id = wired.value(u"id"_s).toString();
    QVERIFY(QRegularExpression(u"^pro_[A-Za-z0-9]{22}$"_s).match(id).hasMatch());
    QCOMPARE(get(Mode::Unified, u"/branding/phone/providers?disabled=true"_s)
                 .obj()
                 .value(u"providers"_s)
                 .toArray()
                 .size(),
             0);

    const QJsonObject custom {
        {u"name"_s, u"custom"_s},
        {u"configuration"_s, QJsonObject {{u"delivery_methods"_s, QJsonArray {u"text"_s}}}},
        {u"credentials"_s, QJsonObject()}};
    r = api(Mode::Unified, "POST", u"/branding/phone/providers"_s, custom);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.message(), u"Custom phone provider conflict."_s);

    r = api(Mode::Unified, "PATCH", u"/branding/phone/providers/"_s + id,
            {{u"configuration"_s,
              QJsonObject {{u"delivery_methods"_s, QJsonArray {u"text"_s, u"voice"_s}}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"configuration"_s)[u"delivery_methods"_s].toArray().size(), 2);
    r = api(Mode::Unified, "PATCH", u"/branding/phone/providers/"_s + id, {});
    QCOMPARE(r.status, 400);

    QCOMPARE(api(Mode::Unified, "DELETE", u"/branding/phone/providers/"_s + id).status, 204);
    r = get(Mode::Unified, u"/branding/phone/providers/"_s + id);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), u"Phone provider has not been configured."_s);
    QCOMPARE(get(Mode::Unified, u"/branding/phone/providers/xyz"_s).status, 400);

    // credentials: {} must be sent all the same.
    QJsonObject withoutCredentials = custom;
    withoutCredentials.remove(u"credentials"_s);
    r = api(Mode::Unified, "POST", u"/branding/phone/providers"_s, withoutCredentials);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Payload validation error: 'Missing required property: credentials'."_s);
    QJsonObject noMethods = custom;
    noMethods.insert(u"configuration"_s, QJsonObject {{u"delivery_methods"_s, QJsonArray()}});
    r = api(Mode::Unified, "POST", u"/branding/phone/providers"_s, noMethods);
    QCOMPARE(r.message(),
             u"Payload validation error: 'Array is too short (0), minimum 1' on "
             "property configuration.delivery_methods."_s);
    QJsonObject email = custom;
    email.insert(u"configuration"_s,
                 QJsonObject {{u"delivery_methods"_s, QJsonArray {u"email"_s}}});
    QCOMPARE(api(Mode::Unified, "POST", u"/branding/phone/providers"_s, email).status, 400);

    r = api(Mode::Unified, "POST", u"/branding/phone/providers"_s, custom);
    QCOMPARE(r.status, 201);
    QVERIFY(!r.obj().contains(u"credentials"_s));
}

void TestAuth0Sandbox::providerNeedsDeployedAction()
{
    m_sandbox.reset(Mode::Unified, Auth0Sandbox::Preset::Empty);
    m_tokens.clear();
    const QJsonObject custom {
        {u"name"_s, u"custom"_s},
        {u"configuration"_s, QJsonObject {{u"delivery_methods"_s, QJsonArray {u"text"_s}}}},
        {u"credentials"_s, QJsonObject()}};
    Http r = api(Mode::Unified, "POST", u"/branding/phone/providers"_s, custom);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"custom_email_provider_deployed_action_not_found"_s);

    // Create, build, deploy: then the provider can be created.
    const QString id
        = createAction(Mode::Unified, u"Provider"_s, u"custom-phone-provider"_s, u"v1"_s,
                       u"exports.onExecuteCustomPhoneProvider = async (event, api) => {};"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(Mode::Unified, id), u"built"_s, 5000);
    QCOMPARE(api(Mode::Unified, "POST", u"/actions/actions/"_s + id + u"/deploy"_s).status, 202);
    QTRY_VERIFY(m_sandbox.actions(Mode::Unified).first().deployed);
    r = api(Mode::Unified, "POST", u"/branding/phone/providers"_s, custom);
    QCOMPARE(r.status, 201);
}

void TestAuth0Sandbox::providerTry()
{
    const QString id = get(Mode::Unified, u"/branding/phone/providers"_s)
                           .obj()
                           .value(u"providers"_s)[0][u"id"_s]
                           .toString();
    QSignalSpy tried(&m_sandbox, &Auth0Sandbox::providerTryRequested);
    Http r = api(Mode::Unified, "POST", u"/branding/phone/providers/"_s + id + u"/try"_s,
                 {{u"to"_s, u"+14155550100"_s}, {u"delivery_method"_s, u"text"_s}});
    QCOMPARE(r.status, 202);
    QCOMPARE(r.obj().value(u"code"_s).toInt(), 202);
    QVERIFY(!r.obj().value(u"message"_s).toString().isEmpty());
    QVERIFY(tried.count() == 1 || tried.wait(2000));
    const auto request = tried.first().first().value<Auth0Sandbox::ProviderTry>();
    QCOMPARE(request.to, u"+14155550100"_s);
    QCOMPARE(request.deliveryMethod, u"text"_s);
    QCOMPARE(request.providerName, u"custom"_s);
    QCOMPARE(request.actionId, wiredActionId(Mode::Unified));

    r = api(Mode::Unified, "POST", u"/branding/phone/providers/"_s + id + u"/try"_s,
            {{u"to"_s, u"4155550100"_s}});
    QCOMPARE(r.status, 400);
    r = api(Mode::Unified, "POST", u"/branding/phone/providers/"_s + id + u"/try"_s,
            {{u"to"_s, u"+14155550100"_s}, {u"delivery_method"_s, u"voice"_s}});
    QCOMPARE(r.status, 400); // the wired provider sends text only
    r = api(Mode::Unified, "POST", u"/branding/phone/providers/"_s + id + u"/try"_s,
            {{u"delivery_method"_s, u"text"_s}});
    QCOMPARE(r.message(), u"Payload validation error: 'Missing required property: to'."_s);
    QCOMPARE(tried.count(), 1);
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

void TestAuth0Sandbox::wiredActions()
{
    const auto &c = SandboxFixtures::credentials();
    const auto unified = m_sandbox.boundAction(Mode::Unified, u"custom-phone-provider"_s);
    QVERIFY(unified);
    QVERIFY(unified->deployed);
    QCOMPARE(unified->runtime, u"node22"_s);
    QVERIFY(unified->dependencies.value(u"twilio"_s).startsWith(u"5."_s));
    QCOMPARE(unified->secretValues,
             (QMap<QString, QString> {{u"TWILIO_ACCOUNT_SID"_s, c.accountSid},
                                      {u"TWILIO_AUTH_TOKEN"_s, c.authToken},
                                      {u"TWILIO_PHONE_NUMBER"_s, c.smsNumber}}));
    QVERIFY(unified->deployedCode.contains(u"exports.onExecuteCustomPhoneProvider"_s));
    QVERIFY(unified->deployedCode.contains(u"event.notification"_s));
    QVERIFY(unified->deployedCode.contains(u"api.notification.drop"_s));
    const auto legacy = m_sandbox.boundAction(Mode::Legacy, u"send-phone-message"_s);
    QVERIFY(legacy);
    QVERIFY(legacy->deployedCode.contains(u"exports.onExecuteSendPhoneMessage"_s));
    QVERIFY(legacy->deployedCode.contains(u"event.message_options"_s));
    // Both are real, parseable Actions.
    for (const QString &code : {unified->deployedCode, legacy->deployedCode}) {
        for (const LintIssue &issue : HookLint::lint(code, {}))
            QVERIFY2(issue.rule != u"syntax"_s, qPrintable(issue.message));
        QVERIFY(code.contains(u"await client."_s));
    }
    const Http r = get(Mode::Unified, u"/actions/actions/"_s + unified->id);
    QCOMPARE(r.obj().value(u"all_changes_deployed"_s).toBool(), true);
    QCOMPARE(r.obj().value(u"deployed_version"_s)[u"deployed"_s].toBool(), true);
    QCOMPARE(r.obj().value(u"supported_triggers"_s)[0][u"version"_s].toString(), u"v1"_s);
    QCOMPARE(get(Mode::Legacy, u"/actions/actions/"_s + legacy->id)
                 .obj()
                 .value(u"supported_triggers"_s)[0][u"version"_s]
                 .toString(),
             u"v2"_s);
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

QTEST_MAIN(TestAuth0Sandbox)
#include "TestAuth0Sandbox.moc"
