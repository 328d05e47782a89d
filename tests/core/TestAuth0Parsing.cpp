#include "Auth0Fixtures.h"

#include "auth0/Auth0Parser.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Auth0Fixtures;

// Auth0's Actions answers -> value types, without I/O: Actions, versions, builds, executions,
// triggers, bindings. The oas-*.json fixtures are what Auth0's own Management API spec
// documents (built from its schemas); the others are written by hand for what the spec lacks
// (tests/data/auth0/SOURCE.txt). Tenant, phone and log answers: TestAuth0TenantParsing.
class TestAuth0Parsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oasAction();
    void oasActionList();
    void oasDeployAnswerIsAVersion();
    void oasVersions();
    void oasExecution();
    void oasTriggers();
    void oasBindings();
    void oasTestPayload();
    void deployedActionWithChangedDraft();
    void neverDeployedAction();
    void failedBuild();
    void failedExecution();
    void phoneTriggers();
    void bindingsInExecutionOrder();
    void lenient_data();
    void lenient();
    void secretNamesAndDependency();
};

void TestAuth0Parsing::oasAction()
{
    const Action a = Auth0Parser::action(object(u"oas-action.json"_s));
    QCOMPARE(a.id, u"910b1053-577f-4d81-a8c8-020e7319a38a"_s);
    QCOMPARE(a.name, u"my-action"_s);
    QCOMPARE(a.supportedTriggers.size(), 1);
    QCOMPARE(a.triggerId(), u"post-login"_s);
    QCOMPARE(a.supportedTriggers.first().version, u"string"_s);
    QCOMPARE(a.code, u"module.exports = () => {}"_s);
    QCOMPARE(a.runtime, u"node22"_s);
    QCOMPARE(a.dependencies.size(), 1);
    QCOMPARE(a.dependencies.first().registryUrl, u"string"_s);
    QCOMPARE(a.secretNames(), QStringList {u"mySecret"_s});
    QCOMPARE(a.secrets.first().updatedAt, OasDate);
    QVERIFY(!a.allChangesDeployed);
    QCOMPARE(a.status, ActionBuildStatus::Built);
    QCOMPARE(a.createdAt, OasDate);
    QCOMPARE(a.updatedAt, OasDate);
    QCOMPARE(a.builtAt, OasDate);
    QVERIFY(a.deployedVersion);
    QVERIFY(a.isDeployed());
    QCOMPARE(a.deployedVersion->id, u"12a3b9e6-06e6-4a29-96bf-90c82fe79a0d"_s);
    QCOMPARE(a.deployedVersion->actionId, a.id);
    QCOMPARE(a.deployedVersion->number, 1);
    QCOMPARE(a.deployedVersion->status, ActionBuildStatus::Built);
    QCOMPARE(a.deployedVersion->errors.size(), 1);
    QCOMPARE(a.deployedVersion->errors.first().message, u"string"_s);
}

void TestAuth0Parsing::oasActionList()
{
    const ActionList l = Auth0Parser::actionList(object(u"oas-actions.json"_s));
    QCOMPARE(l.total, 1);
    QCOMPARE(l.page, 0);
    QCOMPARE(l.perPage, 20);
    QCOMPARE(l.actions.size(), 1);
    QCOMPARE(l.actions.first().id, u"910b1053-577f-4d81-a8c8-020e7319a38a"_s);
    QVERIFY(l.actions.first().isDeployed());
}

void TestAuth0Parsing::oasDeployAnswerIsAVersion()
{
    const ActionVersion v = Auth0Parser::actionVersion(object(u"oas-action-deploy.json"_s));
    QCOMPARE(v.id, u"12a3b9e6-06e6-4a29-96bf-90c82fe79a0d"_s);
    QCOMPARE(v.actionId, u"910b1053-577f-4d81-a8c8-020e7319a38a"_s);
    QVERIFY(v.deployed);
    QCOMPARE(v.number, 1);
    QCOMPARE(v.runtime, u"node22"_s);
    QCOMPARE(v.supportedTriggers.first().id, u"post-login"_s);
    QCOMPARE(v.createdAt, OasDate);
}

void TestAuth0Parsing::oasVersions()
{
    const ActionVersionList l
        = Auth0Parser::actionVersionList(object(u"oas-action-versions.json"_s));
    QCOMPARE(l.total, 1);
    QCOMPARE(l.perPage, 20);
    QCOMPARE(l.versions.size(), 1);
    QCOMPARE(l.versions.first().id, u"12a3b9e6-06e6-4a29-96bf-90c82fe79a0d"_s);

    const ActionVersion one = Auth0Parser::actionVersion(object(u"oas-action-version.json"_s));
    QCOMPARE(one.id, l.versions.first().id);
    QCOMPARE(one.code, u"module.exports = () => {}"_s);
    QCOMPARE(one.secrets.first().name, u"mySecret"_s);
    QCOMPARE(one.builtAt, OasDate);
}

void TestAuth0Parsing::oasExecution()
{
    const ActionExecution e = Auth0Parser::execution(object(u"oas-execution.json"_s));
    QCOMPARE(e.id, u"c5b35bb1-c67d-40bb-9b0d-700b6fe33dd9"_s);
    QCOMPARE(e.triggerId, u"post-login"_s);
    QCOMPARE(e.status, u"final"_s);
    QCOMPARE(e.results.size(), 1);
    QCOMPARE(e.results.first().actionName, u"my-action"_s);
    QCOMPARE(e.results.first().error.id, u"string"_s);
    QCOMPARE(e.results.first().startedAt, OasDate);
    QCOMPARE(e.results.first().endedAt, OasDate);
    QCOMPARE(e.createdAt, OasDate);
}

void TestAuth0Parsing::oasTriggers()
{
    const QList<ActionTrigger> t = Auth0Parser::triggers(object(u"oas-triggers.json"_s));
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().id, u"post-login"_s);
    QCOMPARE(t.first().runtimes, QStringList {u"string"_s});
    QCOMPARE(t.first().defaultRuntime, u"string"_s);
    QCOMPARE(t.first().bindingPolicy, u"trigger-bound"_s);
}

void TestAuth0Parsing::oasBindings()
{
    const TriggerBindingList l = Auth0Parser::triggerBindings(object(u"oas-bindings.json"_s));
    QCOMPARE(l.total, 1);
    QCOMPARE(l.bindings.size(), 1);
    const TriggerBinding &b = l.bindings.first();
    QCOMPARE(b.id, u"4a881e22-0562-4178-bc91-b0f2b321dc13"_s);
    QCOMPARE(b.triggerId, u"post-login"_s);
    QCOMPARE(b.displayName, u"my-action-1"_s);
    QCOMPARE(b.actionId, u"910b1053-577f-4d81-a8c8-020e7319a38a"_s);
    QCOMPARE(b.actionName, u"my-action"_s);
    QCOMPARE(b.createdAt, OasDate);
}

void TestAuth0Parsing::oasTestPayload()
{
    QCOMPARE(Auth0Parser::testPayload(object(u"oas-action-test.json"_s)), QJsonObject());
    const QJsonObject answer
        = QJsonDocument::fromJson(R"({"payload":{"message_options":{"code":"482913"}}})").object();
    QCOMPARE(Auth0Parser::testPayload(answer)
                 .value("message_options"_L1)
                 .toObject()
                 .value("code"_L1)
                 .toString(),
             u"482913"_s);
    QCOMPARE(Auth0Parser::testPayload(QJsonObject {{u"payload"_s, u"text"_s}}), QJsonObject());
}

void TestAuth0Parsing::deployedActionWithChangedDraft()
{
    const Action a = Auth0Parser::action(object(u"action-deployed.json"_s));
    QCOMPARE(a.triggerId(), Auth0Triggers::SendPhoneMessage);
    QCOMPARE(a.supportedTriggers.first().version, u"v2"_s);
    QVERIFY(a.code.startsWith(u"exports.onExecuteSendPhoneMessage"_s));
    QCOMPARE(a.runtime, u"node22"_s);
    QVERIFY(!a.allChangesDeployed);
    QCOMPARE(a.status, ActionBuildStatus::Built);
    QCOMPARE(a.builtAt, utc(2026, 11, 30, 10, 0, 2, 345));
    QCOMPARE(a.updatedAt, utc(2026, 11, 30, 9, 59, 58));

    QCOMPARE(a.dependencies.size(), 2);
    QCOMPARE(a.dependency(u"twilio"_s), (ActionDependency {u"twilio"_s, u"5.4.0"_s, QString()}));
    QCOMPARE(a.dependency(u"@acme/sms-format"_s)->registryUrl, u"https://npm.acme.example/"_s);
    QCOMPARE(
        a.secretNames(),
        QStringList({u"TWILIO_ACCOUNT_SID"_s, u"TWILIO_AUTH_TOKEN"_s, u"TWILIO_VERIFY_SID"_s}));
    QCOMPARE(a.secrets.at(1).updatedAt, utc(2026, 11, 29, 16, 4, 11));
    QVERIFY(!a.secrets.at(2).updatedAt.isValid());

    // The deployed version is what runs: older code, older runtime, one secret.
    QVERIFY(a.isDeployed());
    const ActionVersion &v = *a.deployedVersion;
    QCOMPARE(v.id, u"b7e1c0d2-94a3-4f5e-8c6b-2d1a0f9e8b37"_s);
    QCOMPARE(v.actionId, a.id);
    QCOMPARE(v.number, 3);
    QCOMPARE(v.runtime, u"node18"_s);
    QCOMPARE(v.dependencies, (QList<ActionDependency> {{u"twilio"_s, u"5.3.0"_s, QString()}}));
    QCOMPARE(v.secrets.size(), 1);
    QVERIFY(v.errors.isEmpty());
    QCOMPARE(v.builtAt, utc(2026, 11, 20, 12, 0, 5, 500));
    QCOMPARE(v.createdAt, utc(2026, 11, 20, 12, 0, 0));
    QVERIFY(v.code != a.code);
}

void TestAuth0Parsing::neverDeployedAction()
{
    QJsonObject o = object(u"action-deployed.json"_s);
    o.remove("deployed_version"_L1);
    QVERIFY(!Auth0Parser::action(o).deployedVersion);
    QVERIFY(!Auth0Parser::action(o).isDeployed());
    // null, as some answers write an absent version, is absent too.
    o.insert("deployed_version"_L1, QJsonValue::Null);
    QVERIFY(!Auth0Parser::action(o).deployedVersion);

    // A version that exists but is no longer the deployed one.
    QJsonObject version = object(u"action-deployed.json"_s);
    QJsonObject deployed = version.value("deployed_version"_L1).toObject();
    deployed.insert("deployed"_L1, false);
    version.insert("deployed_version"_L1, deployed);
    const Action a = Auth0Parser::action(version);
    QVERIFY(a.deployedVersion);
    QVERIFY(!a.isDeployed());
}

void TestAuth0Parsing::failedBuild()
{
    const ActionVersion v = Auth0Parser::actionVersion(object(u"action-version-failed.json"_s));
    QCOMPARE(v.status, ActionBuildStatus::Failed);
    QVERIFY(!v.deployed);
    QCOMPARE(v.number, 4); // sent as "4"
    // No action_id: taken from the embedded action.
    QCOMPARE(v.actionId, u"3f2a8c1e-7d4b-4e6a-9b1c-5a0d2e8f7c61"_s);
    QCOMPARE(v.errors.size(), 2);
    QCOMPARE(v.errors.at(0).id, u"dependency_install_failed"_s);
    QCOMPARE(v.errors.at(0).message,
             u"Failed to install dependency twilio@99.0.0: No matching version found"_s);
    QCOMPARE(v.errors.at(0).url, u"https://auth0.com/docs/customize/actions/manage-dependencies"_s);
    QVERIFY(!v.errors.at(1).isEmpty());
    QCOMPARE(v.errors.at(1).id, QString());
    QCOMPARE(v.errors.at(1).message, u"Build aborted"_s);
    QVERIFY(!v.builtAt.isValid());
    QCOMPARE(v.updatedAt, utc(2026, 11, 30, 10, 20, 9, 999));
    QCOMPARE(v.dependencies.first().version, u"99.0.0"_s);
}

void TestAuth0Parsing::failedExecution()
{
    const ActionExecution e = Auth0Parser::execution(object(u"execution-failed.json"_s));
    QCOMPARE(e.triggerId, Auth0Triggers::SendPhoneMessage);
    QCOMPARE(e.status, u"final"_s);
    QCOMPARE(e.results.size(), 1);
    const ActionExecution::Result &r = e.results.first();
    QCOMPARE(r.actionName, u"Send MFA SMS via Twilio Verify"_s);
    QCOMPARE(r.error.message, u"60204 Custom code not allowed"_s);
    QVERIFY(r.error.url.startsWith(u"https://manage.auth0.com/"_s));
    QCOMPARE(r.startedAt.msecsTo(r.endedAt), 885);
    // A result without an error has an empty one.
    const ActionExecution ok = Auth0Parser::execution(
        QJsonDocument::fromJson(R"({"results":[{"action_name":"a"}]})").object());
    QVERIFY(ok.results.first().error.isEmpty());
}

void TestAuth0Parsing::phoneTriggers()
{
    const QList<ActionTrigger> t = Auth0Parser::triggers(object(u"triggers-phone.json"_s));
    QCOMPARE(t.size(), 3);
    QCOMPARE(t.at(0).id, Auth0Triggers::SendPhoneMessage);
    QCOMPARE(t.at(0).version, u"v1"_s);
    QCOMPARE(t.at(0).status, u"DEPRECATED"_s);
    QCOMPARE(t.at(1).version, u"v2"_s);
    QCOMPARE(t.at(1).status, u"CURRENT"_s);
    QCOMPARE(t.at(1).runtimes, QStringList({u"node18"_s, u"node22"_s}));
    QCOMPARE(t.at(1).defaultRuntime, u"node22"_s);
    QCOMPARE(t.at(2).id, Auth0Triggers::CustomPhoneProvider);
    QCOMPARE(t.at(2).bindingPolicy, u"trigger-bound"_s);
}

void TestAuth0Parsing::bindingsInExecutionOrder()
{
    const TriggerBindingList l = Auth0Parser::triggerBindings(object(u"bindings-phone.json"_s));
    QCOMPARE(l.total, 2);
    QCOMPARE(l.page, 0);
    QCOMPARE(l.perPage, 20);
    QCOMPARE(l.bindings.size(), 2);
    QCOMPARE(l.bindings.at(0).actionName, u"Send MFA SMS via Twilio Verify"_s);
    QCOMPARE(l.bindings.at(0).actionId, u"3f2a8c1e-7d4b-4e6a-9b1c-5a0d2e8f7c61"_s);
    QCOMPARE(l.bindings.at(0).updatedAt, utc(2026, 11, 20, 12, 1, 0));
    QCOMPARE(l.bindings.at(1).displayName, u"Audit phone messages"_s);
    QCOMPARE(l.bindings.at(1).actionName, u"audit-phone-messages"_s);
    QCOMPARE(l.bindings.at(1).triggerId, Auth0Triggers::SendPhoneMessage);
}

void TestAuth0Parsing::lenient_data()
{
    // Wrong types and unknown fields keep the type's defaults; nothing throws or asserts.
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("wrong types") << QByteArray(R"({
        "id": 7, "name": ["x"], "supported_triggers": {"id":"send-phone-message"},
        "dependencies": "twilio", "secrets": [1, null, "s"], "all_changes_deployed": "yes",
        "deployed_version": "v3", "created_at": 1700000000, "status": null,
        "total": "many", "actions": {}, "bindings": 3, "triggers": null,
        "providers": "none", "configuration": [], "message_types": "sms", "results": {},
        "errors": "none", "number": "three", "details": "x", "date": true})");
    QTest::newRow("unknown fields") << QByteArray(R"({
        "id": "a1", "brand_new_field": {"nested": [1, 2]}, "modules": [{"module_id": "m"}],
        "integration": {"id": "i"}, "installed_integration_id": "x"})");
    QTest::newRow("huge numbers") << QByteArray(R"({"total": 1e300, "number": -1e300,
        "page": 12.6})");
}

void TestAuth0Parsing::lenient()
{
    QFETCH(QByteArray, json);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QVERIFY(!o.isEmpty() || json == "{}");

    const Action a = Auth0Parser::action(o);
    QVERIFY(a.name.isEmpty());
    QVERIFY(a.supportedTriggers.isEmpty());
    QVERIFY(a.dependencies.isEmpty());
    QVERIFY(a.secrets.isEmpty());
    QVERIFY(!a.allChangesDeployed);
    QVERIFY(!a.deployedVersion);
    QVERIFY(!a.createdAt.isValid());
    QCOMPARE(a.id, o.value("id"_L1).isString() ? u"a1"_s : QString());

    const ActionList l = Auth0Parser::actionList(o);
    QVERIFY(l.actions.isEmpty());
    QVERIFY(l.page == 0 || l.page == 13); // 12.6 rounds
    QVERIFY(l.total >= 0); // 1e300 is clamped, "many" is 0
    const ActionVersion v = Auth0Parser::actionVersion(o);
    QVERIFY(v.errors.isEmpty());
    QVERIFY(v.number <= 0);
    QVERIFY(Auth0Parser::triggers(o).isEmpty());
    QVERIFY(Auth0Parser::triggerBindings(o).bindings.isEmpty());
    QVERIFY(Auth0Parser::execution(o).results.isEmpty());
    QVERIFY(Auth0Parser::phoneProviders(o).isEmpty());
    QVERIFY(Auth0Parser::phoneProvider(o).deliveryMethods.isEmpty());
    QVERIFY(Auth0Parser::phoneMessageTypes(o).isEmpty());
    QVERIFY(Auth0Parser::phoneProviderTry(o).message.isEmpty());
    QVERIFY(!Auth0Parser::token(o, utc(2026, 12, 1, 0, 0, 0)));
    const TenantLogEvent e = Auth0Parser::logEvent(o);
    QVERIFY(e.details.isEmpty());
    QVERIFY(!e.date.isValid());
    QCOMPARE(e.raw, o);
    QVERIFY(Auth0Parser::hook(o).dependencies.isEmpty());
}

void TestAuth0Parsing::secretNamesAndDependency()
{
    Action a;
    QVERIFY(a.secretNames().isEmpty());
    QVERIFY(!a.dependency(u"twilio"_s));
    a.secrets = {{u"B"_s, {}}, {u"A"_s, {}}};
    a.dependencies = {{u"lodash"_s, u"4.17.21"_s, {}}, {u"twilio"_s, u"5.4.0"_s, {}}};
    QCOMPARE(a.secretNames(), QStringList({u"B"_s, u"A"_s})); // Auth0's order kept
    QCOMPARE(a.dependency(u"twilio"_s)->version, u"5.4.0"_s);
    QVERIFY(!a.dependency(u"Twilio"_s)); // npm names are case-sensitive
}

QTEST_GUILESS_MAIN(TestAuth0Parsing)
#include "TestAuth0Parsing.moc"
