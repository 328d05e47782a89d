#include "auth0/Auth0Types.h"
#include "hook/HookLint.h"
#include "hook/HookTemplates.h"

#include <QTest>

// HookLint on Actions: each rule fires on its mistake (with its line) and stays quiet on the
// same code done right, one table row each; the shipped templates lint clean for their trigger.
class TestActionLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void templatesLintClean_data();
    void templatesLintClean();
    void templateOnTheOtherTrigger();
    void secretsReadEveryWay();
    void hookRulesStayForHooks();
    void runtimeNeedsTheRequire();
    void messagesAreTranslatedAndSayTheFix();
};

namespace {

const QString Spm = Auth0Triggers::SendPhoneMessage;
const QString Cpp = Auth0Triggers::CustomPhoneProvider;

// A correct send-phone-message Action around body, with a client made from event.secrets.
QString spmAction(const QString &body)
{
    return QStringLiteral("exports.onExecuteSendPhoneMessage = async (event, api) => {\n"
                          "  const client = require('twilio')(event.secrets.TWILIO_ACCOUNT_SID, "
                          "event.secrets.TWILIO_AUTH_TOKEN);\n")
        + body + QStringLiteral("\n};\n");
}

QString cppAction(const QString &body)
{
    return QStringLiteral("exports.onExecuteCustomPhoneProvider = async (event, api) => {\n"
                          "  const client = require('twilio')(event.secrets.TWILIO_ACCOUNT_SID, "
                          "event.secrets.TWILIO_AUTH_TOKEN);\n")
        + body + QStringLiteral("\n};\n");
}

// A send that reports its failure, for custom-phone-provider Actions that must.
const QString CppSend = QStringLiteral(
    "  try {\n    await client.messages.create({ to: event.notification.recipient });\n"
    "  } catch (err) {\n    api.notification.drop(err.message);\n  }");

const QStringList Secrets {QStringLiteral("TWILIO_ACCOUNT_SID"),
                           QStringLiteral("TWILIO_AUTH_TOKEN")};

QList<LintIssue> byRule(const QList<LintIssue> &issues, const QString &rule)
{
    QList<LintIssue> out;
    for (const LintIssue &i : issues) {
        if (i.rule == rule)
            out << i;
    }
    return out;
}

QString dump(const QList<LintIssue> &issues)
{
    QStringList lines;
    for (const LintIssue &i : issues)
        lines << QStringLiteral("%1:%2 %3 %4").arg(i.line).arg(i.column).arg(i.rule, i.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestActionLint::rules_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("twilio");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line"); // 0: the rule must not fire; -1: fires with no line
    QTest::addColumn<bool>("error");

    const QString send = QStringLiteral(
        "  await client.messages.create({ to: event.message_options.recipient });");

    // Secrets read from event.secrets but not defined.
    QTest::newRow("missing secret, dot")
        << spmAction(QStringLiteral("  const k = event.secrets.API_KEY;\n") + send) << Secrets
        << Spm << QString() << QString() << QStringLiteral("missing-secret") << 3 << true;
    QTest::newRow("missing secret, bracket")
        << spmAction(QStringLiteral("  const k = event.secrets['API_KEY'];\n") + send) << Secrets
        << Spm << QString() << QString() << QStringLiteral("missing-secret") << 3 << true;
    QTest::newRow("missing secret, destructured")
        << spmAction(QStringLiteral("  const { API_KEY } = event.secrets;\n") + send) << Secrets
        << Spm << QString() << QString() << QStringLiteral("missing-secret") << 3 << true;
    QTest::newRow("missing secret, secrets out of event")
        << spmAction(QStringLiteral("  const { secrets } = event;\n  const k = secrets.API_KEY;\n")
                     + send)
        << Secrets << Spm << QString() << QString() << QStringLiteral("missing-secret") << 4
        << true;
    QTest::newRow("missing secret, parameter destructured")
        << QStringLiteral("exports.onExecuteSendPhoneMessage = async ({ secrets }, api) => {\n"
                          "  return secrets.API_KEY;\n};\n")
        << QStringList() << Spm << QString() << QString() << QStringLiteral("missing-secret") << 2
        << true;
    QTest::newRow("secret defined")
        << spmAction(QStringLiteral("  const k = event.secrets.API_KEY;\n") + send)
        << (Secrets + QStringList {QStringLiteral("API_KEY")}) << Spm << QString() << QString()
        << QStringLiteral("missing-secret") << 0 << true;
    QTest::newRow("unused secret")
        << spmAction(send) << (Secrets + QStringList {QStringLiteral("API_KEY")}) << Spm
        << QString() << QString() << QStringLiteral("unused-secret") << -1 << false;

    // The export for the tenant's mode.
    QTest::newRow("send-phone-message on a Unified tenant")
        << spmAction(send) << Secrets << Cpp << QString() << QString()
        << QStringLiteral("action-export") << 1 << true;
    QTest::newRow("custom-phone-provider on a legacy tenant")
        << cppAction(CppSend) << Secrets << Spm << QString() << QString()
        << QStringLiteral("action-export") << 1 << true;
    QTest::newRow("the mode's export") << cppAction(CppSend) << Secrets << Cpp << QString()
                                       << QString() << QStringLiteral("action-export") << 0 << true;
    QTest::newRow("mode unknown: not judged")
        << spmAction(send) << Secrets << QString() << QString() << QString()
        << QStringLiteral("action-export") << 0 << true;
    QTest::newRow("no known export")
        << QStringLiteral("exports.onExecutePostLogin = async (event, api) => {};\n")
        << QStringList() << QString() << QString() << QString() << QStringLiteral("action-export")
        << 1 << true;
    QTest::newRow("no export at all, trigger known")
        << QStringLiteral("const x = 1;\n") << QStringList() << Cpp << QString() << QString()
        << QStringLiteral("action-export") << -1 << true;
    QTest::newRow("a hook where the tenant runs an Action")
        << HookTemplates::byId(QStringLiteral("programmable-sms")).source
        << HookTemplates::byId(QStringLiteral("programmable-sms")).secrets << Cpp << QString()
        << QString() << QStringLiteral("action-export") << 13 << false;

    // Twilio promises.
    QTest::newRow("create not awaited")
        << spmAction(QStringLiteral("  client.messages.create({ to: '+1' });")) << Secrets << Spm
        << QString() << QString() << QStringLiteral("unawaited-twilio") << 3 << true;
    QTest::newRow("verify chain not awaited") << spmAction(QStringLiteral(
        "  client.verify.v2.services('VA').verifications\n    .create({ to: '+1' });"))
                                              << Secrets << Spm << QString() << QString()
                                              << QStringLiteral("unawaited-twilio") << 3 << true;
    QTest::newRow("then not returned")
        << spmAction(QStringLiteral("  client.calls.create({}).then((c) => console.log(c.sid));"))
        << Secrets << Spm << QString() << QString() << QStringLiteral("unawaited-twilio") << 3
        << true;
    QTest::newRow("kept in a variable, never awaited")
        << spmAction(QStringLiteral("  const p = client.messages.create({});\n  return;"))
        << Secrets << Spm << QString() << QString() << QStringLiteral("unawaited-twilio") << 3
        << true;
    QTest::newRow("a helper that sends, not awaited")
        << QStringLiteral("async function send(client) {\n  await client.messages.create({});\n}\n"
                          "exports.onExecuteSendPhoneMessage = async (event) => {\n"
                          "  const client = require('twilio')('a', 'b');\n  send(client);\n};\n")
        << QStringList() << Spm << QString() << QString() << QStringLiteral("unawaited-twilio") << 6
        << true;
    QTest::newRow("awaited") << spmAction(send) << Secrets << Spm << QString() << QString()
                             << QStringLiteral("unawaited-twilio") << 0 << true;
    QTest::newRow("returned") << spmAction(QStringLiteral("  return client.messages.create({});"))
                              << Secrets << Spm << QString() << QString()
                              << QStringLiteral("unawaited-twilio") << 0 << true;
    QTest::newRow("then chained into the return")
        << spmAction(QStringLiteral("  return client.messages.create({}).then((m) => m.sid);"))
        << Secrets << Spm << QString() << QString() << QStringLiteral("unawaited-twilio") << 0
        << true;
    QTest::newRow("awaited through Promise.all") << spmAction(QStringLiteral(
        "  await Promise.all([client.messages.create({}), client.calls.create({})]);"))
                                                 << Secrets << Spm << QString() << QString()
                                                 << QStringLiteral("unawaited-twilio") << 0 << true;
    QTest::newRow("in a variable, awaited later")
        << spmAction(QStringLiteral("  const p = client.messages.create({});\n  await p;"))
        << Secrets << Spm << QString() << QString() << QStringLiteral("unawaited-twilio") << 0
        << true;
    QTest::newRow("a helper that sends, awaited")
        << QStringLiteral("async function send(client) {\n  await client.messages.create({});\n}\n"
                          "exports.onExecuteSendPhoneMessage = async (event) => {\n"
                          "  const client = require('twilio')('a', 'b');\n  await send(client);\n"
                          "};\n")
        << QStringList() << Spm << QString() << QString() << QStringLiteral("unawaited-twilio") << 0
        << true;

    // Verify.
    QTest::newRow("Account SID as the Verify service")
        << spmAction(QStringLiteral("  await client.verify.v2.services("
                                    "event.secrets.TWILIO_ACCOUNT_SID)\n"
                                    "    .verifications.create({});"))
        << Secrets << Spm << QString() << QString() << QStringLiteral("verify-account-sid") << 3
        << true;
    QTest::newRow("Account SID destructured, as the Verify service")
        << QStringLiteral(
               "exports.onExecuteSendPhoneMessage = async (event) => {\n"
               "  const { TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN } = event.secrets;\n"
               "  const client = require('twilio')(sid, TWILIO_AUTH_TOKEN);\n"
               "  await client.verify.v2.services(sid).verifications.create({});\n};\n")
        << Secrets << Spm << QString() << QString() << QStringLiteral("verify-account-sid") << 4
        << true;
    QTest::newRow("Verify service SID")
        << spmAction(QStringLiteral("  await client.verify.v2.services("
                                    "event.secrets.TWILIO_VERIFY_SERVICE_SID)\n"
                                    "    .verifications.create({});"))
        << (Secrets + QStringList {QStringLiteral("TWILIO_VERIFY_SERVICE_SID")}) << Spm << QString()
        << QString() << QStringLiteral("verify-account-sid") << 0 << true;
    QTest::newRow("verify.services deprecated")
        << spmAction(QStringLiteral("  await client.verify.services('VA1').verifications."
                                    "create({});"))
        << Secrets << Spm << QString() << QString() << QStringLiteral("verify-deprecated") << 3
        << false;
    QTest::newRow("verify.v2.services")
        << spmAction(QStringLiteral("  await client.verify.v2.services('VA1').verifications."
                                    "create({});"))
        << Secrets << Spm << QString() << QString() << QStringLiteral("verify-deprecated") << 0
        << false;

    // The runtime and the twilio version.
    QTest::newRow("twilio 6 on node18")
        << spmAction(send) << Secrets << Spm << QStringLiteral("node18") << QStringLiteral("6.0.2")
        << QStringLiteral("twilio-runtime") << 2 << true;
    QTest::newRow("twilio latest on node18")
        << spmAction(send) << Secrets << Spm << QStringLiteral("node18") << QStringLiteral("latest")
        << QStringLiteral("twilio-runtime") << 2 << true;
    QTest::newRow("twilio 5 on node18")
        << spmAction(send) << Secrets << Spm << QStringLiteral("node18") << QStringLiteral("^5.5.0")
        << QStringLiteral("twilio-runtime") << 0 << true;
    QTest::newRow("twilio 6 on node22")
        << spmAction(send) << Secrets << Spm << QStringLiteral("node22") << QStringLiteral("6.0.2")
        << QStringLiteral("twilio-runtime") << 0 << true;
    QTest::newRow("node16, end of life")
        << spmAction(send) << Secrets << Spm << QStringLiteral("node16") << QStringLiteral("5.0.0")
        << QStringLiteral("twilio-runtime") << 2 << false;
    QTest::newRow("runtime unknown")
        << spmAction(send) << Secrets << Spm << QString() << QStringLiteral("6.0.2")
        << QStringLiteral("twilio-runtime") << 0 << true;

    // The hook's API in an Action.
    QTest::newRow("context.webtask")
        << spmAction(QStringLiteral("  const k = context.webtask.secrets.TWILIO_AUTH_TOKEN;\n")
                     + send)
        << Secrets << Spm << QString() << QString() << QStringLiteral("hook-api") << 3 << true;
    QTest::newRow("cb") << spmAction(send + QStringLiteral("\n  cb(null, {});")) << Secrets << Spm
                        << QString() << QString() << QStringLiteral("hook-api") << 4 << true;
    QTest::newRow("callback") << spmAction(send + QStringLiteral("\n  return callback();"))
                              << Secrets << Spm << QString() << QString()
                              << QStringLiteral("hook-api") << 4 << true;
    QTest::newRow("context.code") << spmAction(QStringLiteral("  const code = context.code;\n")
                                               + send)
                                  << Secrets << Spm << QString() << QString()
                                  << QStringLiteral("hook-api") << 3 << true;
    QTest::newRow("a callback of its own")
        << spmAction(QStringLiteral("  const cb = (m) => m.sid;\n  cb(await "
                                    "client.messages.create({}));"))
        << Secrets << Spm << QString() << QString() << QStringLiteral("hook-api") << 0 << true;

    // api.notification.
    QTest::newRow("api.notification on send-phone-message")
        << spmAction(QStringLiteral("  try {\n") + send
                     + QStringLiteral("\n  } catch (e) {\n    api.notification.drop(e.message);\n"
                                      "  }"))
        << Secrets << QString() << QString() << QString() << QStringLiteral("notification-api") << 6
        << true;
    QTest::newRow("custom-phone-provider never reports")
        << cppAction(QStringLiteral("  await client.messages.create({});")) << Secrets << Cpp
        << QString() << QString() << QStringLiteral("notification-api") << 1 << false;
    QTest::newRow("custom-phone-provider reports")
        << cppAction(CppSend) << Secrets << Cpp << QString() << QString()
        << QStringLiteral("notification-api") << 0 << true;
    QTest::newRow("custom-phone-provider retries, api named otherwise")
        << QStringLiteral("exports.onExecuteCustomPhoneProvider = async (event, a) => {\n"
                          "  a.notification.retry('later');\n};\n")
        << QStringList() << Cpp << QString() << QString() << QStringLiteral("notification-api") << 0
        << true;

    // The conversion's notes.
    QTest::newRow("TODO(convert) left")
        << spmAction(QStringLiteral("  // TODO(convert): context.factor_type has no "
                                    "equivalent.\n")
                     + send)
        << Secrets << Spm << QString() << QString() << QStringLiteral("convert-todo") << 3 << false;
    QTest::newRow("bare message_type")
        << spmAction(QStringLiteral("  if (message_type === 'voice') return;\n") + send) << Secrets
        << Spm << QString() << QString() << QStringLiteral("message-type") << 3 << true;
}

void TestActionLint::rules()
{
    QFETCH(QString, source);
    QFETCH(QStringList, secrets);
    QFETCH(QString, trigger);
    QFETCH(QString, runtime);
    QFETCH(QString, twilio);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(bool, error);
    const QList<LintIssue> issues = HookLint::lint(source, secrets, {trigger, runtime, twilio});
    QVERIFY2(byRule(issues, QStringLiteral("syntax")).isEmpty(), qPrintable(dump(issues)));
    const QList<LintIssue> found = byRule(issues, rule);
    if (line == 0) {
        QVERIFY2(found.isEmpty(), qPrintable(dump(issues)));
        return;
    }
    QVERIFY2(found.size() == 1, qPrintable(dump(issues)));
    QCOMPARE(found.first().line, qMax(0, line));
    QCOMPARE(found.first().severity,
             error ? LintIssue::Severity::Error : LintIssue::Severity::Warning);
    QVERIFY(!found.first().message.isEmpty());
    QVERIFY(!found.first().fix.isEmpty());
}

void TestActionLint::templatesLintClean_data()
{
    QTest::addColumn<QString>("id");
    for (const HookTemplate &t : HookTemplates::all())
        QTest::newRow(qPrintable(t.id)) << t.id;
}

void TestActionLint::templatesLintClean()
{
    QFETCH(QString, id);
    const HookTemplate t = HookTemplates::byId(id);
    QVERIFY(!t.source.isEmpty());
    QVERIFY(!t.title.isEmpty());
    QVERIFY(!t.description.isEmpty());
    QCOMPARE(HookLint::kind(t.source),
             t.isLegacyHook() ? HookLint::CodeKind::Hook : HookLint::CodeKind::Action);
    // Clean for its trigger, on both runtimes, with the twilio version it names.
    for (const QString &runtime : {QStringLiteral("node18"), QStringLiteral("node22")}) {
        const QList<LintIssue> issues
            = HookLint::lint(t.source, t.secrets, {t.trigger, runtime, QStringLiteral("5.5.2")});
        QVERIFY2(issues.isEmpty(), qPrintable(dump(issues)));
    }
    QStringList used = HookLint::usedSecrets(t.source);
    used.sort();
    QStringList expected = t.secrets;
    expected.sort();
    QCOMPARE(used, expected);
    // A voice branch in each, and every Twilio call awaited (Actions) or chained into cb (hooks).
    QVERIFY(t.source.contains(QLatin1String("'voice'")));
    if (!t.isLegacyHook()) {
        QVERIFY(t.source.contains(QLatin1String("await client.")));
        // A failure reaches Auth0: dropped (custom-phone-provider) or not caught, so that the
        // Action fails (send-phone-message).
        if (t.trigger == Cpp)
            QVERIFY(t.source.contains(QLatin1String("api.notification.drop(")));
        else
            QVERIFY(!t.source.contains(QLatin1String("catch")));
        QVERIFY(t.source.contains(t.api == QLatin1String("verify")
                                      ? QLatin1String("services(TWILIO_VERIFY_SERVICE_SID)")
                                      : QLatin1String("TWILIO_PHONE_NUMBER")));
        QCOMPARE(HookTemplates::find(t.trigger, t.api).id, t.id);
    }
}

void TestActionLint::templateOnTheOtherTrigger()
{
    // Each Action template is refused by lint for the other trigger.
    for (const HookTemplate &t : HookTemplates::all()) {
        if (t.isLegacyHook())
            continue;
        const QString other = t.trigger == Spm ? Cpp : Spm;
        const QList<LintIssue> issues = HookLint::lint(t.source, t.secrets, {other, {}, {}});
        QVERIFY2(!byRule(issues, QStringLiteral("action-export")).isEmpty(), qPrintable(t.id));
        QVERIFY(HookLint::hasErrors(issues));
    }
}

void TestActionLint::secretsReadEveryWay()
{
    const QString source = QStringLiteral("exports.onExecuteSendPhoneMessage = async (e) => {\n"
                                          "  const { secrets } = e;\n"
                                          "  const { B } = e.secrets;\n"
                                          "  const { secrets: { C } } = e;\n"
                                          "  return [secrets.A, e.secrets['D'], B, C];\n};\n");
    QCOMPARE(HookLint::usedSecrets(source),
             (QStringList {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A"),
                           QStringLiteral("D")}));
    // All four are read: nothing is reported unused.
    QVERIFY(byRule(HookLint::lint(source,
                                  {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                   QStringLiteral("D"), QStringLiteral("E")},
                                  {Spm, {}, {}}),
                   QStringLiteral("unused-secret"))
                .size()
            == 1);
}

void TestActionLint::hookRulesStayForHooks()
{
    // A hook keeps the hook rules (cb on every path, the runner's limits) and gets none of the
    // Action rules; an Action gets none of the hook rules.
    const QString hook = QStringLiteral("module.exports = function (recipient, text, context, cb) "
                                        "{\n  require('twilio')('a', 'b').messages.create({});\n"
                                        "};\n");
    const QList<LintIssue> hookIssues = HookLint::lint(hook, {});
    QCOMPARE(byRule(hookIssues, QStringLiteral("cb-path")).size(), 1);
    QVERIFY(byRule(hookIssues, QStringLiteral("unawaited-twilio")).isEmpty());
    QVERIFY(byRule(hookIssues, QStringLiteral("hook-api")).isEmpty());
    QCOMPARE(HookLint::kind(hook), HookLint::CodeKind::Hook);

    const HookTemplate action = HookTemplates::byId(QStringLiteral("send-phone-message-sms"));
    const QList<LintIssue> actionIssues
        = HookLint::lint(action.source + QStringLiteral("\nconst fs = require('fs');\n"),
                         action.secrets, {Spm, {}, {}});
    // async/await and other modules are fine in an Action.
    QVERIFY2(actionIssues.isEmpty(), qPrintable(dump(actionIssues)));
    QCOMPARE(HookLint::kind(QStringLiteral("nope(")), HookLint::CodeKind::Unparsed);
}

void TestActionLint::runtimeNeedsTheRequire()
{
    // Without require('twilio') the twilio version is no concern.
    const QString source
        = QStringLiteral("exports.onExecuteSendPhoneMessage = async (event) => {};\n");
    QVERIFY(
        byRule(HookLint::lint(source, {}, {Spm, QStringLiteral("node18"), QStringLiteral("6.0.0")}),
               QStringLiteral("twilio-runtime"))
            .isEmpty());
    QCOMPARE(ActionTarget::twilioMinimumNode(QStringLiteral("latest")), 20);
    QCOMPARE(ActionTarget::twilioMinimumNode(QStringLiteral("~5.3.1")), 14);
    QCOMPARE(ActionTarget::twilioMinimumNode(QStringLiteral("")), -1);
    QCOMPARE(ActionTarget::nodeMajor(QStringLiteral("node18")), 18);
    QCOMPARE(ActionTarget::nodeMajor(QStringLiteral("node12")), 22); // forced onto Node 22
    QCOMPARE(ActionTarget::nodeMajor(QStringLiteral("deno")), -1);
}

void TestActionLint::messagesAreTranslatedAndSayTheFix()
{
    const LintIssue wrong
        = byRule(
              HookLint::lint(HookTemplates::byId(QStringLiteral("send-phone-message-sms")).source,
                             {}, {Cpp, {}, {}}),
              QStringLiteral("action-export"))
              .value(0);
    QVERIFY2(wrong.message.contains(QLatin1String("onExecuteSendPhoneMessage"))
                 && wrong.message.contains(QLatin1String("onExecuteCustomPhoneProvider")),
             qPrintable(wrong.message));
    QVERIFY(wrong.fix.contains(QLatin1String("exports.onExecuteCustomPhoneProvider")));

    const LintIssue context
        = byRule(HookLint::lint(spmAction(QStringLiteral("  return context.language;")), Secrets,
                                {Cpp, {}, {}}),
                 QStringLiteral("hook-api"))
              .value(0);
    QVERIFY2(context.fix.contains(QLatin1String("event.notification.locale")),
             qPrintable(context.fix));
    const LintIssue runtime
        = byRule(HookLint::lint(spmAction(QStringLiteral("  return;")), Secrets,
                                {Spm, QStringLiteral("node18"), QStringLiteral("latest")}),
                 QStringLiteral("twilio-runtime"))
              .value(0);
    QVERIFY2(runtime.message.contains(QLatin1String("latest (6.x)"))
                 && runtime.message.contains(QLatin1String("node18")),
             qPrintable(runtime.message));
    QVERIFY(runtime.fix.contains(QLatin1String("5.x")));
}

QTEST_GUILESS_MAIN(TestActionLint)
#include "TestActionLint.moc"
