#include "TestAuth0Contract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Auth0Contract;

// Prism refuses a real request with one thing wrong: so an accepted request means something.
// Each starts from what Auth0Requests builds and changes one detail.

namespace {

Auth0Connection contractConnection(const QUrl &base)
{
    Auth0Connection c;
    c.domain = Domain;
    c.clientId = ClientId;
    c.baseUrl = base;
    return c;
}

ActionDraft draft()
{
    ActionDraft d;
    d.name = u"Send MFA SMS"_s;
    d.triggerId = Auth0Triggers::SendPhoneMessage;
    d.triggerVersion = u"v2"_s;
    d.code = u"exports.onExecuteSendPhoneMessage = async (event) => {};"_s;
    d.runtime = u"node22"_s;
    d.dependencies = QList<ActionDependency> {{u"twilio"_s, u"5.4.0"_s, QString()}};
    d.secrets = QList<ActionSecretValue> {{u"TWILIO_AUTH_TOKEN"_s, u"s3cr3t"_s}};
    return d;
}

PhoneProviderDraft customProvider()
{
    PhoneProviderDraft p;
    p.deliveryMethods = QStringList {u"text"_s};
    return p;
}

// body with the member at path ("bindings/0/ref") removed, or replaced by value when given.
QByteArray edited(const QByteArray &body, const QString &path,
                  const std::optional<QJsonValue> &value = std::nullopt)
{
    const QStringList keys = path.split(u'/');
    const std::function<QJsonValue(const QJsonValue &, int)> edit
        = [&](const QJsonValue &node, int depth) -> QJsonValue {
        const QString &key = keys.at(depth);
        const bool last = depth == keys.size() - 1;
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            const int i = key.toInt();
            if (last && value)
                a.replace(i, *value);
            else if (last)
                a.removeAt(i);
            else
                a.replace(i, edit(a.at(i), depth + 1));
            return a;
        }
        QJsonObject o = node.toObject();
        if (last && value)
            o.insert(key, *value);
        else if (last)
            o.remove(key);
        else
            o.insert(key, edit(o.value(key), depth + 1));
        return o;
    };
    return QJsonDocument(edit(QJsonDocument::fromJson(body).object(), 0).toObject())
        .toJson(QJsonDocument::Compact);
}

} // namespace

void TestAuth0Contract::requestWithoutBearerIsRefused()
{
    const Auth0Connection c = connection();
    EXPECT_REFUSED(sendRaw(Auth0Requests::getTenantSettings(c), {}, {}, QByteArray()), 401,
                   u"security"_s);
    EXPECT_REFUSED(sendRaw(Auth0Requests::createAction(c, draft()), {}, {}, QByteArray()), 401,
                   u"security"_s);
    // Basic instead of Bearer is not the spec's scheme either.
    QNetworkRequest basic = Auth0Requests::toNetworkRequest(Auth0Requests::listLogs(c, {}), {});
    basic.setRawHeader("Authorization", "Basic dXNlcjpwYXNz");
    QCOMPARE(send("GET", basic, {}).status, 401);
    // With the token, the same request passes: the 401 was about the header.
    EXPECT_EXCHANGE_ACCEPTED(sendRaw(Auth0Requests::getTenantSettings(c)), 200);
}

void TestAuth0Contract::missingRequiredFieldIsRefused_data()
{
    QTest::addColumn<Auth0Request>("request");
    QTest::addColumn<QString>("path"); // of the member removed from the body
    QTest::addColumn<int>("accepted"); // the status of the request as built
    const Auth0Connection c = contractConnection(m_front->baseUrl());
    const Auth0Request create = Auth0Requests::createAction(c, draft());
    QTest::newRow("Action without supported_triggers") << create << u"supported_triggers"_s << 201;
    QTest::newRow("Action without name") << create << u"name"_s << 201;
    QTest::newRow("trigger without id") << create << u"supported_triggers/0/id"_s << 201;
    QTest::newRow("test without payload")
        << Auth0Requests::testAction(c, ActionId, QJsonObject {{u"k"_s, 1}}) << u"payload"_s << 200;
    QTest::newRow("binding without ref") << Auth0Requests::updateTriggerBindings(
        c, Auth0Triggers::SendPhoneMessage, {{BindingRef::Type::ActionId, ActionId, u"x"_s}})
                                         << u"bindings/0/ref"_s << 200;
    QTest::newRow("factor without enabled")
        << Auth0Requests::setGuardianFactor(c, u"sms"_s, true) << u"enabled"_s << 200;
    QTest::newRow("message types without message_types")
        << Auth0Requests::setPhoneMessageTypes(c, {u"sms"_s}) << u"message_types"_s << 200;
    QTest::newRow("selected provider without provider")
        << Auth0Requests::setPhoneSelectedProvider(c, GuardianPhoneProvider::Custom)
        << u"provider"_s << 200;
    // What auth0-deploy-cli once sent, and Auth0 refused ("Missing required property").
    QTest::newRow("custom provider without credentials")
        << Auth0Requests::createPhoneProvider(c, customProvider()) << u"credentials"_s << 201;
    QTest::newRow("custom provider without delivery_methods")
        << Auth0Requests::createPhoneProvider(c, customProvider())
        << u"configuration/delivery_methods"_s << 201;
    QTest::newRow("provider try without to")
        << Auth0Requests::tryPhoneProvider(c, ProviderId, u"+14155552671"_s, u"text"_s) << u"to"_s
        << 202;
}

void TestAuth0Contract::missingRequiredFieldIsRefused()
{
    QFETCH(Auth0Request, request);
    QFETCH(QString, path);
    QVERIFY2(request.isValid(), qPrintable(request.error));
    // The request as built is accepted, and the same without the field is not.
    QFETCH(int, accepted);
    EXPECT_EXCHANGE_ACCEPTED(sendRaw(request), accepted);
    const QString field = path.section(u'/', -1);
    EXPECT_REFUSED(sendRaw(request, edited(request.body, path)), 400, u"'%1'"_s.arg(field));
}

void TestAuth0Contract::wrongContentTypeIsRefused()
{
    const Auth0Connection c = connection();
    const Auth0Request create = Auth0Requests::createAction(c, draft());
    EXPECT_EXCHANGE_ACCEPTED(sendRaw(create), 201);
    EXPECT_REFUSED(sendRaw(create, {}, QByteArray("text/plain")), 400,
                   u"Supported content types"_s);
    EXPECT_REFUSED(sendRaw(Auth0Requests::setGuardianFactor(c, u"sms"_s, true), {},
                           QByteArray("application/xml")),
                   400, u"Supported content types"_s);
}

void TestAuth0Contract::badPathIsRefused_data()
{
    QTest::addColumn<Auth0Request>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("violation");
    const Auth0Connection c = contractConnection(m_front->baseUrl());
    // Requests Auth0Requests builds from a wrong name: its id check lets them through, the spec
    // does not.
    QTest::newRow("unknown trigger id")
        << Auth0Requests::listTriggerBindings(c, u"send-sms"_s) << 400
        << u"triggerid must be equal to one of the allowed values"_s;
    QTest::newRow("factor named phone, not sms")
        << Auth0Requests::setGuardianFactor(c, u"phone"_s, true) << 400
        << u"name must be equal to one of the allowed values"_s;
    ActionListQuery badTrigger;
    badTrigger.triggerId = u"sms"_s;
    QTest::newRow("Actions of an unknown trigger")
        << Auth0Requests::listActions(c, badTrigger) << 400
        << u"triggerid must be equal to one of the allowed values"_s;
    QTest::newRow("hooks of an Actions-only trigger")
        << Auth0Requests::listHooks(c, Auth0Triggers::CustomPhoneProvider) << 400
        << u"triggerid must be equal to one of the allowed values"_s;
    // A real request sent to a path or with a method the spec does not have.
    Auth0Request typo = Auth0Requests::getAction(c, ActionId);
    typo.url.setPath(u"/api/v2/actions/action/"_s + ActionId);
    QTest::newRow("no such resource") << typo << 404 << QString();
    Auth0Request put = Auth0Requests::updateAction(c, ActionId, draft());
    put.method = Auth0Request::Method::Put;
    QTest::newRow("PUT where the spec has PATCH") << put << 405 << QString();
    Auth0Request get = Auth0Requests::setGuardianFactor(c, u"sms"_s, true);
    get.method = Auth0Request::Method::Get;
    get.body.clear();
    get.contentType.clear();
    QTest::newRow("GET on a PUT-only path") << get << 405 << QString();
}

void TestAuth0Contract::badPathIsRefused()
{
    QFETCH(Auth0Request, request);
    QFETCH(int, status);
    QFETCH(QString, violation);
    QVERIFY2(request.isValid(), qPrintable(request.error));
    const Exchange e = sendRaw(request);
    QVERIFY2(e.status == status, qPrintable(e.describe()));
    if (!violation.isEmpty())
        QVERIFY2(e.requestViolations.join(u'\n').contains(violation), qPrintable(e.describe()));
    QVERIFY2(e.frontHeader.isEmpty(), qPrintable(e.describe())); // Prism, not the front, said so
}

void TestAuth0Contract::wrongValueIsRefused_data()
{
    QTest::addColumn<Auth0Request>("request");
    QTest::addColumn<QString>("path"); // of the member changed
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("violation");
    const Auth0Connection c = contractConnection(m_front->baseUrl());
    QTest::newRow("enabled as a string")
        << Auth0Requests::setGuardianFactor(c, u"sms"_s, true) << u"enabled"_s
        << QJsonValue(u"true"_s) << u"must be boolean"_s;
    QTest::newRow("an Action field the spec does not have")
        << Auth0Requests::createAction(c, draft()) << u"trigger"_s
        << QJsonValue(Auth0Triggers::SendPhoneMessage) << u"must NOT have additional properties"_s;
    QTest::newRow("update_draft as a string")
        << Auth0Requests::deployActionVersion(c, ActionId, VersionId, false) << u"update_draft"_s
        << QJsonValue(u"no"_s) << u"must be boolean"_s;
    QTest::newRow("binding ref of an unknown type")
        << Auth0Requests::updateTriggerBindings(c, Auth0Triggers::SendPhoneMessage,
                                                {{BindingRef::Type::ActionId, ActionId, {}}})
        << u"bindings/0/ref/type"_s << QJsonValue(u"action"_s) << u"allowed values"_s;
}

void TestAuth0Contract::wrongValueIsRefused()
{
    QFETCH(Auth0Request, request);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, violation);
    QVERIFY2(request.isValid(), qPrintable(request.error));
    EXPECT_REFUSED(sendRaw(request, edited(request.body, path, value)), 400, violation);
}

void TestAuth0Contract::queryValueOutOfRangeIsRefused()
{
    // per_page above the spec's 100 (Auth0's own limit; Auth0Requests caps it).
    TenantLogQuery q;
    q.perPage = 100;
    Auth0Request logs = Auth0Requests::listLogs(connection(), q);
    EXPECT_EXCHANGE_ACCEPTED(sendRaw(logs), 200);
    QUrlQuery query(logs.url);
    query.removeAllQueryItems(u"per_page"_s);
    query.addQueryItem(u"per_page"_s, u"101"_s);
    logs.url.setQuery(query);
    EXPECT_REFUSED(sendRaw(logs), 400, u"must be <= 100"_s);
    // A boolean filter that is not one.
    Auth0Request providers = Auth0Requests::listPhoneProviders(connection(), false);
    providers.url.setQuery(u"disabled=no"_s);
    EXPECT_REFUSED(sendRaw(providers), 400, u"must be boolean"_s);
}

void TestAuth0Contract::refusedBeforeSending_data()
{
    QTest::addColumn<Auth0Request>("built"); // what Auth0Requests makes of the bad input
    QTest::addColumn<QString>("named"); // what its message names
    QTest::addColumn<Auth0Request>("good"); // the same request with good input
    QTest::addColumn<int>("accepted"); // good's status
    QTest::addColumn<QString>("path"); // the member that differs; empty: the body is {}
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("violation");
    const Auth0Connection c = contractConnection(m_front->baseUrl());

    PhoneProviderDraft nothing;
    nothing.sendCredentials = false;
    PhoneProviderDraft enable;
    enable.disabled = false;
    QTest::newRow("empty provider update")
        << Auth0Requests::updatePhoneProvider(c, ProviderId, nothing) << u"nothing to change"_s
        << Auth0Requests::updatePhoneProvider(c, ProviderId, enable) << 200 << QString()
        << QJsonValue() << u"must NOT have fewer than 1 properties"_s;

    const Auth0Request tryText
        = Auth0Requests::tryPhoneProvider(c, ProviderId, u"+14155552671"_s, u"text"_s);
    const QString longNumber = u"+1 (415) 555-2671 x9"_s;
    QTest::newRow("try: a number longer than E.164")
        << Auth0Requests::tryPhoneProvider(c, ProviderId, longNumber, u"text"_s) << u"To:"_s
        << tryText << 202 << u"to"_s << QJsonValue(longNumber) << u"more than 16 characters"_s;
    QTest::newRow("try: delivery method sms (the Guardian name)")
        << Auth0Requests::tryPhoneProvider(c, ProviderId, u"+14155552671"_s, u"sms"_s)
        << u"Delivery method"_s << tryText << 202 << u"delivery_method"_s << QJsonValue(u"sms"_s)
        << u"allowed values"_s;

    PhoneProviderDraft vonage = customProvider();
    vonage.name = u"vonage"_s;
    const Auth0Request create = Auth0Requests::createPhoneProvider(c, customProvider());
    QTest::newRow("a provider name Auth0 does not have")
        << Auth0Requests::createPhoneProvider(c, vonage) << u"Phone provider"_s << create << 201
        << u"name"_s << QJsonValue(u"vonage"_s) << u"allowed values"_s;
    PhoneProviderDraft sms = customProvider();
    sms.deliveryMethods = QStringList {u"sms"_s};
    QTest::newRow("delivery method sms on create")
        << Auth0Requests::createPhoneProvider(c, sms) << u"Delivery methods"_s << create << 201
        << u"configuration/delivery_methods/0"_s << QJsonValue(u"sms"_s) << u"allowed values"_s;
    QTest::newRow("delivery method sms on update")
        << Auth0Requests::updatePhoneProvider(c, ProviderId, sms) << u"Delivery methods"_s
        << Auth0Requests::updatePhoneProvider(c, ProviderId, customProvider()) << 200
        << u"configuration/delivery_methods/0"_s << QJsonValue(u"sms"_s) << u"allowed values"_s;

    QTest::newRow("selected provider \"custom\" (the Unified name)")
        << Auth0Requests::setPhoneSelectedProvider(c, u"custom"_s) << u"Phone provider"_s
        << Auth0Requests::setPhoneSelectedProvider(c, GuardianPhoneProvider::Custom) << 200
        << u"provider"_s << QJsonValue(u"custom"_s) << u"allowed values"_s;
    QTest::newRow("message type text (the Unified name)")
        << Auth0Requests::setPhoneMessageTypes(c, {u"text"_s}) << u"Message types"_s
        << Auth0Requests::setPhoneMessageTypes(c, {u"sms"_s}) << 200 << u"message_types/0"_s
        << QJsonValue(u"text"_s) << u"allowed values"_s;
}

void TestAuth0Contract::refusedBeforeSending()
{
    // What the spec forbids, Auth0Requests refuses to build, with a message naming the field;
    // and Prism refuses the same value put into a good request, so the two agree.
    QFETCH(Auth0Request, built);
    QFETCH(QString, named);
    QFETCH(Auth0Request, good);
    QFETCH(int, accepted);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, violation);
    QVERIFY2(!built.isValid(), built.body.constData());
    QVERIFY2(built.error.contains(named), qPrintable(built.error));
    QVERIFY2(good.isValid(), qPrintable(good.error));
    EXPECT_EXCHANGE_ACCEPTED(sendRaw(good), accepted);
    const QByteArray bad = path.isEmpty() ? QByteArray("{}") : edited(good.body, path, value);
    EXPECT_REFUSED(sendRaw(good, bad), 400, violation);
}
