#include "Auth0SandboxTestBase.h"

using namespace Auth0SandboxTest;

// How the Auth0 simulator's tenants send phone messages, over real HTTP: tenant settings,
// Guardian on both tenants (the Unified one refusing the legacy endpoints), phone providers and
// their /try.
class TestAuth0SandboxPhone : public Base
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen());
        m_sandbox.setTimeScale(0.05);
    }
    void init() { resetAll(); }

    void guardianFactors();
    void guardianMessageTypesBothTenants();
    void legacyGuardianEndpoints();
    void unifiedRefusesLegacyGuardian_data();
    void unifiedRefusesLegacyGuardian();
    void phoneProviders();
    void providerNeedsDeployedAction();
    void providerTry();
    void tenantSettings();
};

void TestAuth0SandboxPhone::guardianFactors()
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

void TestAuth0SandboxPhone::guardianMessageTypesBothTenants()
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

void TestAuth0SandboxPhone::legacyGuardianEndpoints()
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

void TestAuth0SandboxPhone::unifiedRefusesLegacyGuardian_data()
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

void TestAuth0SandboxPhone::unifiedRefusesLegacyGuardian()
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

void TestAuth0SandboxPhone::phoneProviders()
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

void TestAuth0SandboxPhone::providerNeedsDeployedAction()
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

void TestAuth0SandboxPhone::providerTry()
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

void TestAuth0SandboxPhone::tenantSettings()
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

QTEST_MAIN(TestAuth0SandboxPhone)
#include "TestAuth0SandboxPhone.moc"
