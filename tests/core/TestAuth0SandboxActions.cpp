#include "hook/HookLint.h"

#include "Auth0SandboxTestBase.h"

using namespace Auth0SandboxTest;

// The Auth0 simulator's Actions over real HTTP: builds, deploys, versions, secrets, bindings,
// triggers, executions and the Wired tenants' Actions.
class TestAuth0SandboxActions : public Base
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen());
        m_sandbox.setTimeScale(0.05);
    }
    void init() { resetAll(); }

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
    void wiredActions();
};

void TestAuth0SandboxActions::buildStates()
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

void TestAuth0SandboxActions::buildFailsOnSyntaxError()
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

void TestAuth0SandboxActions::modernSyntaxBuilds()
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

void TestAuth0SandboxActions::deployVersionsRollback()
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
    // Auth0 makes a new deployed version, identical to version 1.
    QCOMPARE(r.obj().value(u"number"_s).toInt(), 3);
    r = get(Mode::Legacy, u"/actions/actions/"_s + id);
    QCOMPARE(r.obj().value(u"deployed_version"_s)[u"number"_s].toInt(), 3);
    QCOMPARE(r.obj().value(u"deployed_version"_s)[u"code"_s].toString(), PostLoginCode);
    QCOMPARE(r.obj().value(u"code"_s).toString(), PostLoginCode);
    QCOMPARE(get(Mode::Legacy, u"/actions/actions/"_s + id + u"/versions/nope"_s).status, 404);
}

void TestAuth0SandboxActions::secretsReplaceAndLimits()
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

void TestAuth0SandboxActions::listActionsFilters()
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

void TestAuth0SandboxActions::deleteBoundAction()
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

void TestAuth0SandboxActions::oneCustomPhoneProviderAction()
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

void TestAuth0SandboxActions::bindingsReplaceWholeList()
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

void TestAuth0SandboxActions::incompatibleBinding()
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

void TestAuth0SandboxActions::triggers()
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

void TestAuth0SandboxActions::executions()
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

void TestAuth0SandboxActions::wiredActions()
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

QTEST_MAIN(TestAuth0SandboxActions)
#include "TestAuth0SandboxActions.moc"
