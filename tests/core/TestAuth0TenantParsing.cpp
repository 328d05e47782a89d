#include "Auth0Fixtures.h"

#include "auth0/Auth0Parser.h"

#include <QJsonDocument>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Auth0Fixtures;

// Auth0's answers about the tenant -> value types, without I/O: the token, dates, tenant
// settings, Guardian factors, phone providers, legacy hooks and log events. Fixtures as in
// TestAuth0Parsing (tests/data/auth0/SOURCE.txt).
class TestAuth0TenantParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dates_data();
    void dates();
    void token();
    void tokenFieldVariants_data();
    void tokenFieldVariants();
    void oasTenantSettings();
    void tenantSettingsPhoneMode_data();
    void tenantSettingsPhoneMode();
    void oasGuardian();
    void oasPhoneProviders();
    void customPhoneProvider();
    void oasHooks();
    void oasLogs();
    void smsLogEvents();
    void logDateAsObject();
};

void TestAuth0TenantParsing::initTestCase()
{
    // A local zone far from UTC, so that a date read as local time shows.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QVERIFY(QDateTime(QDate(2026, 11, 30), QTime(10, 0)).offsetFromUtc() != 0);
}

void TestAuth0TenantParsing::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("milliseconds, Z")
        << u"2026-11-30T10:00:00.000Z"_s << utc(2026, 11, 30, 10, 0, 0);
    QTest::newRow("no fraction, Z") << u"2019-08-24T14:15:22Z"_s << utc(2019, 8, 24, 14, 15, 22);
    QTest::newRow("milliseconds kept")
        << u"2026-11-30T10:00:02.345Z"_s << utc(2026, 11, 30, 10, 0, 2, 345);
    QTest::newRow("one fraction digit")
        << u"2026-11-20T12:00:05.5Z"_s << utc(2026, 11, 20, 12, 0, 5, 500);
    QTest::newRow("offset to UTC")
        << u"2026-11-29T17:04:11.000+01:00"_s << utc(2026, 11, 29, 16, 4, 11);
    QTest::newRow("offset, no fraction")
        << u"2026-11-30T05:00:00-05:00"_s << utc(2026, 11, 30, 10, 0, 0);
    QTest::newRow("no offset: UTC, not local")
        << u"2026-11-30T10:00:00"_s << utc(2026, 11, 30, 10, 0, 0);
    QTest::newRow("spaces around") << u" 2026-11-30T10:00:00Z\n"_s << utc(2026, 11, 30, 10, 0, 0);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("not a date") << u"yesterday"_s << QDateTime();
    QTest::newRow("impossible day") << u"2026-02-30T10:00:00Z"_s << QDateTime();
}

void TestAuth0TenantParsing::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Auth0Parser::parseDate(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.time().msec(), expected.time().msec());
}

void TestAuth0TenantParsing::token()
{
    const QDateTime now = utc(2026, 12, 1, 9, 0, 0);
    const std::optional<Auth0Token> t = Auth0Parser::token(object(u"token.json"_s), now);
    QVERIFY(t);
    QVERIFY(t->accessToken.startsWith("eyJhbGciOiJSUzI1NiIs"));
    QCOMPARE(t->tokenType, u"Bearer"_s);
    // Space separated, the double space does not make an empty scope.
    QCOMPARE(t->scopes,
             QStringList({u"read:actions"_s, u"create:actions"_s, u"update:actions"_s,
                          u"read:tenant_settings"_s, u"read:logs"_s, u"read:guardian_factors"_s}));
    QVERIFY(t->hasScope(u"read:logs"_s));
    QVERIFY(!t->hasScope(u"read:phone_providers"_s));
    QCOMPARE(t->obtainedAtUtc, now);
    QCOMPARE(t->expiresAtUtc, utc(2026, 12, 2, 9, 0, 0)); // 86400 s
    QCOMPARE(t->expiresAtUtc.timeSpec(), Qt::UTC);
    QVERIFY(t->isFreshAt(now.addSecs(86400 - 301), 300));
    QVERIFY(!t->isFreshAt(now.addSecs(86400 - 300), 300));
}

void TestAuth0TenantParsing::tokenFieldVariants_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<int>("lifetimeSecs");
    QTest::addColumn<int>("scopeCount");
    QTest::newRow("no access_token")
        << QByteArray(R"({"expires_in":86400,"scope":"read:logs"})") << false << 0 << 0;
    QTest::newRow("empty access_token")
        << QByteArray(R"({"access_token":"","expires_in":60})") << false << 0 << 0;
    QTest::newRow("no expires_in")
        << QByteArray(R"({"access_token":"abc","scope":"read:logs"})") << false << 0 << 0;
    QTest::newRow("expires_in not a number")
        << QByteArray(R"({"access_token":"abc","expires_in":"soon"})") << false << 0 << 0;
    QTest::newRow("expires_in as a string")
        << QByteArray(R"({"access_token":"abc","expires_in":"3600"})") << true << 3600 << 0;
    QTest::newRow("no scope, no token_type")
        << QByteArray(R"({"access_token":"abc","expires_in":7200})") << true << 7200 << 0;
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"access_token":"abc","expires_in":60,"scope":"read:logs",
                          "id_token":"x","refresh_token":null})")
        << true << 60 << 1;
}

void TestAuth0TenantParsing::tokenFieldVariants()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, usable);
    QFETCH(int, lifetimeSecs);
    QFETCH(int, scopeCount);
    const QDateTime now = utc(2026, 12, 1, 9, 0, 0);
    const auto t = Auth0Parser::token(QJsonDocument::fromJson(json).object(), now);
    QCOMPARE(t.has_value(), usable);
    if (!usable)
        return;
    QCOMPARE(t->accessToken, QByteArray("abc"));
    QCOMPARE(now.secsTo(t->expiresAtUtc), qint64(lifetimeSecs));
    QCOMPARE(t->scopes.size(), scopeCount);
}

void TestAuth0TenantParsing::oasTenantSettings()
{
    const TenantSettings s = Auth0Parser::tenantSettings(object(u"oas-tenant-settings.json"_s));
    QCOMPARE(s.friendlyName, u"My Company"_s);
    QCOMPARE(s.supportEmail, u"support@mycompany.org"_s);
    QCOMPARE(s.supportUrl, u"https://mycompany.org/support"_s);
    QCOMPARE(s.enabledLocales, QStringList {u"am"_s});
    QVERIFY(s.phoneConsolidatedExperienceSet);
    QVERIFY(s.phoneConsolidatedExperience);
}

void TestAuth0TenantParsing::tenantSettingsPhoneMode_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isSet");
    QTest::addColumn<bool>("unified");
    QTest::newRow("unified") << QByteArray(R"({"phone_consolidated_experience":true})") << true
                             << true;
    QTest::newRow("legacy, said") << QByteArray(R"({"phone_consolidated_experience":false})")
                                  << true << false;
    QTest::newRow("legacy, absent (older tenant)")
        << QByteArray(R"({"friendly_name":"Acme"})") << false << false;
    QTest::newRow("not a boolean: not set")
        << QByteArray(R"({"phone_consolidated_experience":1})") << false << false;
}

void TestAuth0TenantParsing::tenantSettingsPhoneMode()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, isSet);
    QFETCH(bool, unified);
    const TenantSettings s = Auth0Parser::tenantSettings(QJsonDocument::fromJson(json).object());
    QCOMPARE(s.phoneConsolidatedExperienceSet, isSet);
    QCOMPARE(s.phoneConsolidatedExperience, unified);
    // The trigger the tenant sends MFA texts through follows from it.
    QCOMPARE(s.phoneTrigger(),
             unified ? Auth0Triggers::CustomPhoneProvider : Auth0Triggers::SendPhoneMessage);
}

void TestAuth0TenantParsing::oasGuardian()
{
    const QList<GuardianFactor> f
        = Auth0Parser::guardianFactors(array(u"oas-guardian-factors.json"_s));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().name, u"sms"_s);
    QVERIFY(f.first().enabled);
    QVERIFY(f.first().trialExpired);
    QCOMPARE(Auth0Parser::phoneMessageTypes(object(u"oas-message-types.json"_s)),
             QStringList {u"sms"_s});
    QCOMPARE(Auth0Parser::phoneSelectedProvider(object(u"oas-selected-provider.json"_s)),
             GuardianPhoneProvider::Auth0);

    const QJsonArray several = QJsonDocument::fromJson(R"([
        {"name":"sms","enabled":false,"trial_expired":false},
        {"name":"otp","enabled":true},
        {"enabled":true}])")
                                   .array();
    const QList<GuardianFactor> factors = Auth0Parser::guardianFactors(several);
    QCOMPARE(factors.size(), 3);
    QVERIFY(!factors.at(0).enabled);
    QCOMPARE(factors.at(1).name, u"otp"_s);
    QVERIFY(!factors.at(1).trialExpired);
    QCOMPARE(factors.at(2).name, QString());
    QCOMPARE(Auth0Parser::phoneSelectedProvider(
                 QJsonDocument::fromJson(R"({"provider":"phone-message-hook"})").object()),
             GuardianPhoneProvider::Custom);
}

void TestAuth0TenantParsing::oasPhoneProviders()
{
    const QList<PhoneProvider> list
        = Auth0Parser::phoneProviders(object(u"oas-phone-providers.json"_s));
    QCOMPARE(list.size(), 1);
    const PhoneProvider p = Auth0Parser::phoneProvider(object(u"oas-phone-provider.json"_s));
    for (const PhoneProvider &provider : {list.first(), p}) {
        QCOMPARE(provider.name, u"twilio"_s);
        QCOMPARE(provider.channel, u"phone"_s);
        QVERIFY(provider.disabled);
        QCOMPARE(provider.deliveryMethods, QStringList {u"text"_s});
        QCOMPARE(provider.configuration.value("sid"_L1).toString(), u"string"_s);
        QCOMPARE(provider.createdAt, utc(2019, 8, 24, 14, 15, 22));
    }
    const PhoneProviderTryResult t
        = Auth0Parser::phoneProviderTry(object(u"oas-phone-provider-try.json"_s));
    QCOMPARE(t.code, 0);
    QCOMPARE(t.message, u"string"_s);
    const PhoneProviderTryResult sent = Auth0Parser::phoneProviderTry(
        QJsonDocument::fromJson(R"({"code":202,"message":"Notification sent"})").object());
    QCOMPARE(sent.code, 202);
    QCOMPARE(sent.message, u"Notification sent"_s);
}

void TestAuth0TenantParsing::customPhoneProvider()
{
    const PhoneProvider p = Auth0Parser::phoneProvider(object(u"phone-provider-custom.json"_s));
    QCOMPARE(p.id, u"pro_3UzyS4veHQLMTCt3EzXgTt"_s);
    QCOMPARE(p.name, u"custom"_s);
    QVERIFY(!p.disabled);
    QCOMPARE(p.deliveryMethods, QStringList({u"text"_s, u"voice"_s}));
    QCOMPARE(p.configuration,
             object(u"phone-provider-custom.json"_s).value("configuration"_L1).toObject());
    QCOMPARE(p.updatedAt, utc(2026, 11, 25, 14, 3, 12));
    // The list answer, wrapped in {providers:[...]}.
    const QJsonObject list {{u"providers"_s, QJsonArray {object(u"phone-provider-custom.json"_s)}}};
    QCOMPARE(Auth0Parser::phoneProviders(list).first().id, p.id);
    QVERIFY(Auth0Parser::phoneProviders(QJsonObject {{u"providers"_s, QJsonArray()}}).isEmpty());
}

void TestAuth0TenantParsing::oasHooks()
{
    const QList<Hook> list = Auth0Parser::hooks(array(u"oas-hooks.json"_s));
    QCOMPARE(list.size(), 1);
    const Hook h = Auth0Parser::hook(object(u"oas-hook.json"_s));
    for (const Hook &hook : {list.first(), h}) {
        QCOMPARE(hook.id, u"00001"_s);
        QCOMPARE(hook.name, u"hook"_s);
        QCOMPARE(hook.triggerId, u"string"_s); // camelCase in Auth0's JSON
        QVERIFY(hook.enabled);
        QVERIFY(hook.script.startsWith(u"module.exports = function(client"_s));
        QCOMPARE(hook.dependencies.size(), 2);
        QCOMPARE(hook.dependencies.value(u"property1"_s), u"string"_s);
    }
    const Hook sms = Auth0Parser::hook(QJsonDocument::fromJson(R"({
        "id":"01ABC","name":"twilio-verify","triggerId":"send-phone-message","enabled":false,
        "dependencies":{"twilio":"3.84.1","bad":7}})")
                                           .object());
    QCOMPARE(sms.triggerId, Auth0Triggers::SendPhoneMessage);
    QVERIFY(!sms.enabled);
    QCOMPARE(sms.dependencies, (QMap<QString, QString> {{u"twilio"_s, u"3.84.1"_s}}));
}

void TestAuth0TenantParsing::oasLogs()
{
    const QJsonArray a = array(u"oas-logs.json"_s);
    const QList<TenantLogEvent> events = Auth0Parser::logEvents(a);
    QCOMPARE(events.size(), 1);
    const TenantLogEvent &e = events.first();
    QCOMPARE(e.date, utc(2016, 2, 23, 19, 57, 29, 532));
    QCOMPARE(e.type, u"sapi"_s);
    QCOMPARE(e.clientId, u"AaiyAPdpYdesoKnqjj8HJqRn4T5titww"_s);
    QCOMPARE(e.clientName, u"My application Name"_s);
    QCOMPARE(e.ip, u"190.257.209.19"_s);
    QCOMPARE(e.userId, u"auth0|56c75c4e42b6359e98374bc2"_s);
    QCOMPARE(e.logId, u"string"_s);
    QCOMPARE(e.details, QJsonObject());
    QCOMPARE(e.raw, a.first().toObject()); // nothing lost
    QVERIFY(e.raw.contains("location_info"_L1));
}

void TestAuth0TenantParsing::smsLogEvents()
{
    const QJsonArray a = array(u"logs-sms.json"_s);
    const QList<TenantLogEvent> events = Auth0Parser::logEvents(a);
    QCOMPARE(events.size(), 3); // the item that is not an object is skipped

    const TenantLogEvent &sent = events.at(0);
    QCOMPARE(sent.type, u"gd_send_sms"_s);
    QCOMPARE(sent.logId, u"90020261130100211482000000000000000000000000000000000001"_s);
    QCOMPARE(sent.date, utc(2026, 11, 30, 10, 2, 11, 482));
    QCOMPARE(sent.userName, u"ana@example.com"_s);
    QCOMPARE(sent.clientName, u"Acme Portal"_s);
    QCOMPARE(sent.details.value("authenticator"_L1).toObject().value("phone_number"_L1),
             QJsonValue(u"+14155552671"_s));
    QCOMPARE(sent.raw.value("user_agent"_L1).toString(), u"Firefox 132.0.0 / Linux 0.0.0"_s);

    const TenantLogEvent &thrown = events.at(1);
    QCOMPARE(thrown.type, u"gd_send_sms_failure"_s);
    QCOMPARE(thrown.date, utc(2026, 11, 30, 10, 5, 42));
    QCOMPARE(thrown.description,
             u"Guardian - Error on send-phone-message-hook: 60204 Custom code not allowed"_s);
    const QJsonObject failure = thrown.details.value("failure_details"_L1).toObject();
    QCOMPARE(failure.value("errorCode"_L1).toInt(), 60204);
    QCOMPARE(failure.value("message"_L1).toString(), u"Custom code not allowed"_s);
    QCOMPARE(thrown.details.value("actions"_L1)
                 .toObject()
                 .value("executions"_L1)
                 .toArray()
                 .first()
                 .toString(),
             u"Mjk3NDc4MzAtNGU3Ni00OWQ1LWE0ZjctZGIzMjBjYTQ3ZmZm"_s);

    const TenantLogEvent &builtIn = events.at(2);
    QCOMPARE(builtIn.logId, u"90020261130100703000000000000000000000000000000000000003"_s);
    QCOMPARE(builtIn.date, utc(2026, 11, 30, 10, 7, 3));
    QCOMPARE(builtIn.clientId, QString()); // null
    QCOMPARE(builtIn.ip, u"2001:db8::17"_s);
    QCOMPARE(builtIn.details.value("failure_details"_L1).toObject().value("errorCode"_L1),
             QJsonValue(u"invalid_phone_number"_s));
    QCOMPARE(builtIn.details.value("provider_error"_L1).toObject().value("errorCode"_L1),
             QJsonValue(u"21211"_s));
    QCOMPARE(builtIn.raw, a.at(2).toObject());
}

void TestAuth0TenantParsing::logDateAsObject()
{
    // The OAS allows an object for Log.date (LogDateObject, free-form): its date string is used.
    const TenantLogEvent e = Auth0Parser::logEvent(
        QJsonDocument::fromJson(R"({"date":{"$date":"2026-11-30T10:00:00.250Z"},"type":"s"})")
            .object());
    QCOMPARE(e.date, utc(2026, 11, 30, 10, 0, 0, 250));
    const TenantLogEvent none
        = Auth0Parser::logEvent(QJsonDocument::fromJson(R"({"date":{"n":1}})").object());
    QVERIFY(!none.date.isValid());
}

QTEST_GUILESS_MAIN(TestAuth0TenantParsing)
#include "TestAuth0TenantParsing.moc"
