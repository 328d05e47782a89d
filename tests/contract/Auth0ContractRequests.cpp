#include "TestAuth0Contract.h"

#include "auth0/Auth0Parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Auth0Contract;

// Every function of Auth0Requests that builds a request, with the inputs the console uses; the
// documented answers parse with Auth0Parser.

namespace {

const QString SendPhoneMessageCode
    = u"exports.onExecuteSendPhoneMessage = async (event) => {\n"
      "  const twilio = require('twilio');\n"
      "  const client = twilio(event.secrets.TWILIO_ACCOUNT_SID,\n"
      "                        event.secrets.TWILIO_AUTH_TOKEN);\n"
      "  await client.verify.v2.services(event.secrets.TWILIO_VERIFY_SID)\n"
      "    .verifications.create({\n"
      "      to: event.message_options.recipient.replace(/\\s/g, ''),\n"
      "      channel: event.message_options.message_type === 'voice' ? 'call' : 'sms',\n"
      "      customCode: event.message_options.code,\n"
      "    });\n"
      "};\n"_s;

ActionDraft fullDraft()
{
    ActionDraft d;
    d.name = u"Send MFA SMS via Twilio Verify"_s;
    d.triggerId = Auth0Triggers::SendPhoneMessage;
    d.triggerVersion = u"v2"_s;
    d.code = SendPhoneMessageCode;
    d.runtime = u"node22"_s;
    d.dependencies = QList<ActionDependency> {
        {u"twilio"_s, u"5.4.0"_s, QString()},
        {u"@acme/sms-format"_s, u"1.2.3"_s, u"https://npm.acme.example/"_s}};
    d.secrets = QList<ActionSecretValue> {{u"TWILIO_ACCOUNT_SID"_s, u"AC0123456789abcdef"_s},
                                          {u"TWILIO_AUTH_TOKEN"_s, u"s3cr3t+/=&?"_s},
                                          {u"TWILIO_VERIFY_SID"_s, u"VA0123456789abcdef"_s}};
    return d;
}

// The event object of the send-phone-message trigger (FACTS 2), as a test payload.
QJsonObject sendPhoneMessagePayload()
{
    return QJsonObject {
        {u"message_options"_s,
         QJsonObject {{u"action"_s, u"second-factor-authentication"_s},
                      {u"code"_s, u"482913"_s},
                      {u"message_type"_s, u"sms"_s},
                      {u"recipient"_s, u"+14155552671"_s},
                      {u"text"_s, u"482913 is your verification code for Acme"_s}}},
        {u"request"_s,
         QJsonObject {{u"ip"_s, u"203.0.113.7"_s},
                      {u"method"_s, u"POST"_s},
                      {u"language"_s, u"en"_s},
                      {u"geoip"_s, QJsonObject {{u"countryCode"_s, u"US"_s}}}}},
        {u"tenant"_s, QJsonObject {{u"id"_s, u"acme"_s}}},
        {u"user"_s,
         QJsonObject {{u"user_id"_s, u"auth0|6563a1f0c2b4d5e6f7a8b9c0"_s},
                      {u"email_verified"_s, true},
                      {u"app_metadata"_s, QJsonObject()},
                      {u"user_metadata"_s, QJsonObject()}}},
        {u"secrets"_s, QJsonObject {{u"TWILIO_VERIFY_SID"_s, u"VA0123456789abcdef"_s}}}};
}

} // namespace

void TestAuth0Contract::token()
{
    Auth0Reply *reply = m_client->fetchToken();
    QSignalSpy finished(reply, &Auth0Reply::finished);
    QVERIFY(reply->isFinished() || finished.wait(20000));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userText()));
    QCOMPARE(m_front->tokenRequests().size(), 1);
    const Auth0ContractFront::TokenRequest &sent = m_front->tokenRequests().constFirst();
    QVERIFY2(sent.refusal.isEmpty(), qPrintable(sent.refusal));
    QCOMPARE(sent.contentType, QByteArray("application/x-www-form-urlencoded"));
    // The secret's '+', '&', '=' and space arrived as themselves.
    QVERIFY(sent.body.contains("client_secret=contract-client-secret-%2B%2F%3D%26%25%20x"));
    QVERIFY(m_client->hasFreshToken());
    QCOMPARE(m_client->token().accessToken, Auth0ContractFront::accessToken());
    QVERIFY(m_client->token().hasScope(u"read:actions"_s));
    QVERIFY(m_front->forwarded().isEmpty());
}

void TestAuth0Contract::tenantSettings()
{
    EXPECT_SENT(Auth0Requests::getTenantSettings(connection()), 200, u"/tenants/settings"_s);
    const TenantSettings s = Auth0Parser::tenantSettings(reply->object());
    QVERIFY(s.phoneConsolidatedExperienceSet);
    QVERIFY(!s.friendlyName.isEmpty());
    // The management request came after exactly one token request, through the same front.
    QCOMPARE(m_front->tokenRequests().size(), 1);
}

void TestAuth0Contract::listActions_data()
{
    QTest::addColumn<ActionListQuery>("query");
    QTest::newRow("all") << ActionListQuery();
    ActionListQuery phone;
    phone.triggerId = Auth0Triggers::SendPhoneMessage;
    phone.deployed = true;
    QTest::newRow("deployed send-phone-message") << phone;
    ActionListQuery named;
    named.triggerId = Auth0Triggers::CustomPhoneProvider;
    named.actionName = u"Custom phone provider (Twilio)"_s;
    named.deployed = false;
    named.page = 0;
    named.perPage = 50;
    QTest::newRow("by name, paged") << named;
}

void TestAuth0Contract::listActions()
{
    QFETCH(ActionListQuery, query);
    EXPECT_SENT(Auth0Requests::listActions(connection(), query), 200, u"/actions/actions"_s);
    const ActionList list = Auth0Parser::actionList(reply->object());
    QVERIFY(!list.actions.isEmpty());
    QVERIFY(!list.actions.first().id.isEmpty());
}

void TestAuth0Contract::getAction()
{
    EXPECT_SENT(Auth0Requests::getAction(connection(), ActionId), 200,
                u"/actions/actions/"_s + ActionId);
    const Action a = Auth0Parser::action(reply->object());
    QVERIFY(!a.id.isEmpty());
    QVERIFY(a.deployedVersion);
}

void TestAuth0Contract::createAction_data()
{
    QTest::addColumn<ActionDraft>("draft");
    QTest::newRow("code, runtime, dependencies, secrets") << fullDraft();
    ActionDraft minimal;
    minimal.name = u"custom-phone-provider"_s;
    minimal.triggerId = Auth0Triggers::CustomPhoneProvider;
    minimal.triggerVersion = u"v1"_s;
    QTest::newRow("name and trigger only") << minimal;
    ActionDraft noSecrets = fullDraft();
    noSecrets.secrets = QList<ActionSecretValue>();
    noSecrets.dependencies = QList<ActionDependency>();
    QTest::newRow("empty secrets and dependencies") << noSecrets;
}

void TestAuth0Contract::createAction()
{
    QFETCH(ActionDraft, draft);
    EXPECT_SENT(Auth0Requests::createAction(connection(), draft), 201, u"/actions/actions"_s);
    QVERIFY(!Auth0Parser::action(reply->object()).id.isEmpty());
}

void TestAuth0Contract::updateAction_data()
{
    QTest::addColumn<ActionDraft>("draft");
    QTest::newRow("everything") << fullDraft();
    ActionDraft code;
    code.code = SendPhoneMessageCode;
    QTest::newRow("code only") << code;
    ActionDraft secrets;
    secrets.secrets = fullDraft().secrets;
    QTest::newRow("secrets only") << secrets;
    ActionDraft runtime;
    runtime.runtime = u"node22"_s;
    runtime.dependencies = QList<ActionDependency> {{u"twilio"_s, u"latest"_s, QString()}};
    QTest::newRow("runtime and dependencies") << runtime;
}

void TestAuth0Contract::updateAction()
{
    QFETCH(ActionDraft, draft);
    EXPECT_SENT(Auth0Requests::updateAction(connection(), ActionId, draft), 200,
                u"/actions/actions/"_s + ActionId);
}

void TestAuth0Contract::deleteAction_data()
{
    QTest::addColumn<bool>("force");
    QTest::newRow("unbound") << false;
    QTest::newRow("force") << true;
}

void TestAuth0Contract::deleteAction()
{
    QFETCH(bool, force);
    EXPECT_SENT(Auth0Requests::deleteAction(connection(), ActionId, force), 204,
                u"/actions/actions/"_s + ActionId);
    QVERIFY(reply->json().isNull() || reply->json().isUndefined());
}

void TestAuth0Contract::deployAction()
{
    EXPECT_SENT(Auth0Requests::deployAction(connection(), ActionId), 202,
                u"/actions/actions/%1/deploy"_s.arg(ActionId));
    const ActionVersion v = Auth0Parser::actionVersion(reply->object());
    QVERIFY(!v.id.isEmpty());
    QVERIFY(v.number >= 1);
}

void TestAuth0Contract::testAction()
{
    EXPECT_SENT(Auth0Requests::testAction(connection(), ActionId, sendPhoneMessagePayload()), 200,
                u"/actions/actions/%1/test"_s.arg(ActionId));
    QVERIFY(reply->object().value(u"payload"_s).isObject());
}

void TestAuth0Contract::listActionVersions_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("perPage");
    QTest::newRow("default") << -1 << 0;
    QTest::newRow("paged") << 2 << 50;
}

void TestAuth0Contract::listActionVersions()
{
    QFETCH(int, page);
    QFETCH(int, perPage);
    EXPECT_SENT(Auth0Requests::listActionVersions(connection(), ActionId, page, perPage), 200,
                u"/actions/actions/%1/versions"_s.arg(ActionId));
    QVERIFY(!Auth0Parser::actionVersionList(reply->object()).versions.isEmpty());
}

void TestAuth0Contract::getActionVersion()
{
    EXPECT_SENT(Auth0Requests::getActionVersion(connection(), ActionId, VersionId), 200,
                u"/actions/actions/%1/versions/%2"_s.arg(ActionId, VersionId));
    QCOMPARE(Auth0Parser::actionVersion(reply->object()).id, VersionId);
}

void TestAuth0Contract::deployActionVersion_data()
{
    QTest::addColumn<bool>("updateDraft");
    QTest::newRow("keep the draft") << false;
    QTest::newRow("draft from the version") << true;
}

void TestAuth0Contract::deployActionVersion()
{
    QFETCH(bool, updateDraft);
    EXPECT_SENT(Auth0Requests::deployActionVersion(connection(), ActionId, VersionId, updateDraft),
                202, u"/actions/actions/%1/versions/%2/deploy"_s.arg(ActionId, VersionId));
}

void TestAuth0Contract::getExecution()
{
    EXPECT_SENT(Auth0Requests::getExecution(connection(), ExecutionId), 200,
                u"/actions/executions/"_s + ExecutionId);
    QVERIFY(!Auth0Parser::execution(reply->object()).results.isEmpty());
}

void TestAuth0Contract::listTriggers()
{
    EXPECT_SENT(Auth0Requests::listTriggers(connection()), 200, u"/actions/triggers"_s);
    QVERIFY(!Auth0Parser::triggers(reply->object()).isEmpty());
}

void TestAuth0Contract::listTriggerBindings_data()
{
    QTest::addColumn<QString>("triggerId");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("perPage");
    QTest::newRow("send-phone-message") << Auth0Triggers::SendPhoneMessage << -1 << 0;
    QTest::newRow("custom-phone-provider, paged") << Auth0Triggers::CustomPhoneProvider << 0 << 20;
}

void TestAuth0Contract::listTriggerBindings()
{
    QFETCH(QString, triggerId);
    QFETCH(int, page);
    QFETCH(int, perPage);
    EXPECT_SENT(Auth0Requests::listTriggerBindings(connection(), triggerId, page, perPage), 200,
                u"/actions/triggers/%1/bindings"_s.arg(triggerId));
    QVERIFY(!Auth0Parser::triggerBindings(reply->object()).bindings.isEmpty());
}

void TestAuth0Contract::updateTriggerBindings_data()
{
    QTest::addColumn<QList<BindingRef>>("bindings");
    QTest::newRow("one by id") << QList<BindingRef> {
        {BindingRef::Type::ActionId, ActionId, u"Send MFA SMS"_s}};
    QTest::newRow("every kind of ref, in order") << QList<BindingRef> {
        {BindingRef::Type::BindingId, u"4a881e22-0562-4178-bc91-b0f2b321dc13"_s, QString()},
        {BindingRef::Type::ActionName, u"audit-phone-messages"_s, u"Audit"_s},
        {BindingRef::Type::ActionId, ActionId, QString()}};
    QTest::newRow("none: unbind all") << QList<BindingRef>();
}

void TestAuth0Contract::updateTriggerBindings()
{
    QFETCH(QList<BindingRef>, bindings);
    EXPECT_SENT(Auth0Requests::updateTriggerBindings(connection(), Auth0Triggers::SendPhoneMessage,
                                                     bindings),
                200, u"/actions/triggers/send-phone-message/bindings"_s);
}

void TestAuth0Contract::guardianFactors()
{
    EXPECT_SENT(Auth0Requests::listGuardianFactors(connection()), 200, u"/guardian/factors"_s);
    QVERIFY(!Auth0Parser::guardianFactors(reply->array()).isEmpty());
}

void TestAuth0Contract::setGuardianFactor_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::newRow("enable") << true;
    QTest::newRow("disable") << false;
}

void TestAuth0Contract::setGuardianFactor()
{
    QFETCH(bool, enabled);
    EXPECT_SENT(Auth0Requests::setGuardianFactor(connection(), u"sms"_s, enabled), 200,
                u"/guardian/factors/sms"_s);
}

void TestAuth0Contract::phoneMessageTypes_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::newRow("sms") << QStringList {u"sms"_s};
    QTest::newRow("sms and voice") << QStringList {u"sms"_s, u"voice"_s};
}

void TestAuth0Contract::phoneMessageTypes()
{
    QFETCH(QStringList, types);
    {
        EXPECT_SENT(Auth0Requests::getPhoneMessageTypes(connection()), 200,
                    u"/guardian/factors/phone/message-types"_s);
        QVERIFY(!Auth0Parser::phoneMessageTypes(reply->object()).isEmpty());
    }
    EXPECT_SENT(Auth0Requests::setPhoneMessageTypes(connection(), types), 200,
                u"/guardian/factors/phone/message-types"_s);
}

void TestAuth0Contract::phoneSelectedProvider_data()
{
    QTest::addColumn<QString>("provider");
    QTest::newRow("custom (the Action)") << GuardianPhoneProvider::Custom;
    QTest::newRow("twilio") << GuardianPhoneProvider::Twilio;
    QTest::newRow("auth0") << GuardianPhoneProvider::Auth0;
}

void TestAuth0Contract::phoneSelectedProvider()
{
    QFETCH(QString, provider);
    {
        EXPECT_SENT(Auth0Requests::getPhoneSelectedProvider(connection()), 200,
                    u"/guardian/factors/phone/selected-provider"_s);
        QVERIFY(!Auth0Parser::phoneSelectedProvider(reply->object()).isEmpty());
    }
    EXPECT_SENT(Auth0Requests::setPhoneSelectedProvider(connection(), provider), 200,
                u"/guardian/factors/phone/selected-provider"_s);
}

void TestAuth0Contract::listPhoneProviders_data()
{
    QTest::addColumn<std::optional<bool>>("disabled");
    QTest::newRow("all") << std::optional<bool>();
    QTest::newRow("enabled only") << std::optional<bool>(false);
    QTest::newRow("disabled only") << std::optional<bool>(true);
}

void TestAuth0Contract::listPhoneProviders()
{
    QFETCH(std::optional<bool>, disabled);
    EXPECT_SENT(Auth0Requests::listPhoneProviders(connection(), disabled), 200,
                u"/branding/phone/providers"_s);
    QVERIFY(!Auth0Parser::phoneProviders(reply->object()).isEmpty());
}

void TestAuth0Contract::getPhoneProvider()
{
    EXPECT_SENT(Auth0Requests::getPhoneProvider(connection(), ProviderId), 200,
                u"/branding/phone/providers/"_s + ProviderId);
    QVERIFY(!Auth0Parser::phoneProvider(reply->object()).deliveryMethods.isEmpty());
}

void TestAuth0Contract::createPhoneProvider_data()
{
    QTest::addColumn<PhoneProviderDraft>("draft");
    PhoneProviderDraft custom;
    custom.deliveryMethods = QStringList {u"text"_s, u"voice"_s};
    QTest::newRow("custom, text and voice, credentials {}") << custom;
    PhoneProviderDraft disabled;
    disabled.disabled = true;
    disabled.deliveryMethods = QStringList {u"text"_s};
    QTest::newRow("custom, disabled, text") << disabled;
    // The flag is for updates: a create carries credentials whatever it says.
    PhoneProviderDraft flagged = custom;
    flagged.sendCredentials = false;
    QTest::newRow("custom, sendCredentials false") << flagged;
}

void TestAuth0Contract::createPhoneProvider()
{
    QFETCH(PhoneProviderDraft, draft);
    const Auth0Request request = Auth0Requests::createPhoneProvider(connection(), draft);
    QCOMPARE(QJsonDocument::fromJson(request.body).object().value(u"credentials"_s),
             QJsonValue(QJsonObject()));
    EXPECT_SENT(request, 201, u"/branding/phone/providers"_s);
}

void TestAuth0Contract::updatePhoneProvider_data()
{
    QTest::addColumn<PhoneProviderDraft>("draft");
    PhoneProviderDraft enable;
    enable.disabled = false;
    QTest::newRow("enable") << enable;
    PhoneProviderDraft methods;
    methods.deliveryMethods = QStringList {u"voice"_s};
    methods.sendCredentials = false;
    QTest::newRow("delivery methods, no credentials") << methods;
}

void TestAuth0Contract::updatePhoneProvider()
{
    QFETCH(PhoneProviderDraft, draft);
    EXPECT_SENT(Auth0Requests::updatePhoneProvider(connection(), ProviderId, draft), 200,
                u"/branding/phone/providers/"_s + ProviderId);
}

void TestAuth0Contract::tryPhoneProvider_data()
{
    QTest::addColumn<QString>("deliveryMethod");
    QTest::newRow("text") << u"text"_s;
    QTest::newRow("voice") << u"voice"_s;
    QTest::newRow("provider's default") << QString();
}

void TestAuth0Contract::tryPhoneProvider()
{
    QFETCH(QString, deliveryMethod);
    EXPECT_SENT(Auth0Requests::tryPhoneProvider(connection(), ProviderId, u"+14155552671"_s,
                                                deliveryMethod),
                202, u"/branding/phone/providers/%1/try"_s.arg(ProviderId));
    Auth0Parser::phoneProviderTry(reply->object()); // the documented answer parses
    QVERIFY(reply->object().contains(u"message"_s));
}

void TestAuth0Contract::listLogs_data()
{
    QTest::addColumn<TenantLogQuery>("query");
    QTest::addColumn<QStringList>("sentKeys");
    TenantLogQuery search;
    search.q = u"type:\"gd_send_sms\" OR type:\"gd_send_sms_failure\""_s;
    search.sort = u"date:-1"_s;
    search.page = 0;
    search.perPage = 100;
    QTest::newRow("search: q, sort, page, per_page")
        << search << QStringList {u"q"_s, u"sort"_s, u"page"_s, u"per_page"_s};
    TenantLogQuery dates;
    dates.q = u"type:gd_send_sms_failure AND date:[2026-11-01 TO *]"_s;
    QTest::newRow("search: a date range") << dates << QStringList {u"q"_s};
    TenantLogQuery checkpoint;
    checkpoint.from = u"90020261130100211482000000000000000000000000000000000001"_s;
    checkpoint.take = 100;
    checkpoint.q = u"ignored in checkpoint mode"_s;
    QTest::newRow("checkpoint: from, take") << checkpoint << QStringList {u"from"_s, u"take"_s};
}

void TestAuth0Contract::listLogs()
{
    QFETCH(TenantLogQuery, query);
    QFETCH(QStringList, sentKeys);
    EXPECT_SENT(Auth0Requests::listLogs(connection(), query), 200, u"/logs"_s);
    QVERIFY(!Auth0Parser::logEvents(reply->array()).isEmpty());
    // q, never the spec's "search" (the live API refuses it), and only these parameters.
    const QUrlQuery sent(QUrl(QString::fromLatin1(m_front->forwarded().constLast())));
    QStringList keys;
    for (const auto &item : sent.queryItems())
        keys << item.first;
    QCOMPARE(keys, sentKeys);
    if (!query.isCheckpoint())
        QCOMPARE(sent.queryItemValue(u"q"_s, QUrl::FullyDecoded), query.q);
}

void TestAuth0Contract::nextLogsPage()
{
    // A Link rel="next" as Auth0 writes it, for the tenant's own domain.
    const QUrl next(
        u"https://%1/api/v2/logs?from=90020261130100211482000000000000000000000000000000000001&take=100"_s
            .arg(Domain));
    EXPECT_SENT(Auth0Requests::nextLogsPage(connection(), next), 200, u"/logs"_s);
    QVERIFY(m_front->forwarded().constLast().endsWith("&take=100"));
}

void TestAuth0Contract::listHooks_data()
{
    QTest::addColumn<QString>("triggerId");
    QTest::newRow("send-phone-message") << Auth0Triggers::SendPhoneMessage;
    QTest::newRow("all") << QString();
}

void TestAuth0Contract::listHooks()
{
    QFETCH(QString, triggerId);
    EXPECT_SENT(Auth0Requests::listHooks(connection(), triggerId), 200, u"/hooks"_s);
    QVERIFY(!Auth0Parser::hooks(reply->array()).isEmpty());
}

void TestAuth0Contract::getHook()
{
    EXPECT_SENT(Auth0Requests::getHook(connection(), HookId), 200, u"/hooks/"_s + HookId);
    QVERIFY(!Auth0Parser::hook(reply->object()).id.isEmpty());
}
