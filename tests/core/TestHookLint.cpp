#include "hook/HookLint.h"
#include "hook/HookScriptEngine.h"
#include "hook/HookTemplates.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

// HookLint on small samples: each rule fires on its mistake, with the line (and column for a
// syntax error), and stays quiet on the shipped templates.
class TestHookLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scriptFailuresAreAnswers();
    void templatesLintClean_data();
    void templatesLintClean();
    void templateMissingSecret();
    void aliasedSecretsStillFindUnused();
    void syntaxErrorHasLineAndColumn();
    void missingAndUnusedSecrets();
    void usedSecretsForms_data();
    void usedSecretsForms();
    void verifyWithAccountSid_data();
    void verifyWithAccountSid();
    void verifyWithServiceSidIsQuiet();
    void badExport_data();
    void badExport();
    void bareMessageType();
    void callbackPaths_data();
    void callbackPaths();
    void requireOtherModule();
    void modernSyntaxIsFine();
    void actionExports_data();
    void actionExports();
    void newestSyntaxParses();
    void workerThread();
    void timing();
};

namespace {

const QStringList SmsSecrets {QStringLiteral("TWILIO_ACCOUNT_SID"),
                              QStringLiteral("TWILIO_AUTH_TOKEN"),
                              QStringLiteral("TWILIO_PHONE_NUMBER")};

// A correct hook around the given body, so that each sample has exactly one mistake.
QString hook(const QString &body)
{
    return QStringLiteral("module.exports = function (recipient, text, context, cb) {\n") + body
        + QStringLiteral("\n};\n");
}

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

void TestHookLint::templatesLintClean_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("programmable-sms") << QStringLiteral("programmable-sms");
    QTest::newRow("verify") << QStringLiteral("verify");
}

void TestHookLint::templatesLintClean()
{
    QFETCH(QString, id);
    const HookTemplate t = HookTemplates::byId(id);
    QVERIFY(!t.source.isEmpty());
    QVERIFY(!t.title.isEmpty());
    const QList<LintIssue> issues = HookLint::lint(t.source, t.secrets);
    QVERIFY2(issues.isEmpty(), qPrintable(dump(issues)));
    QStringList used = HookLint::usedSecrets(t.source);
    used.sort();
    QStringList expected = t.secrets;
    expected.sort();
    QCOMPARE(used, expected);
    QVERIFY(t.source.contains(QLatin1String("context.message_type === 'voice'")));
}

void TestHookLint::aliasedSecretsStillFindUnused()
{
    // `const secrets = context.webtask.secrets` names the alias as a property too: that must not
    // make the reads untraceable (which would hide unused secrets).
    const QList<LintIssue> issues = HookLint::lint(
        HookTemplates::byId(QStringLiteral("verify")).source,
        {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
         QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("TWILIO_VERIFY_SERVICE_SID"),
         QStringLiteral("OLD_API_KEY")});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().rule, QStringLiteral("unused-secret"));
    QVERIFY(issues.first().message.contains(QLatin1String("OLD_API_KEY")));
    // TWILIO_PHONE_NUMBER is not read by the Verify template, but the Run page sends from it:
    // no advice to remove it.
    for (const LintIssue &issue : issues)
        QVERIFY2(!issue.message.contains(QLatin1String("TWILIO_PHONE_NUMBER")),
                 qPrintable(issue.message));
}

void TestHookLint::templateMissingSecret()
{
    const HookTemplate t = HookTemplates::byId(QStringLiteral("verify"));
    QStringList secrets = t.secrets;
    secrets.removeAll(QStringLiteral("TWILIO_VERIFY_SERVICE_SID"));
    const QList<LintIssue> missing
        = byRule(HookLint::lint(t.source, secrets), QStringLiteral("missing-secret"));
    QCOMPARE(missing.size(), 1);
    QVERIFY(missing.first().message.contains(QLatin1String("TWILIO_VERIFY_SERVICE_SID")));
    const int line = t.source.left(t.source.indexOf(QLatin1String(".TWILIO_VERIFY_SERVICE_SID")))
                         .count(QLatin1Char('\n'))
        + 1;
    QCOMPARE(missing.first().line, line);
    QCOMPARE(missing.first().severity, LintIssue::Severity::Error);
    QVERIFY(HookLint::hasErrors(HookLint::lint(t.source, secrets)));
}

void TestHookLint::syntaxErrorHasLineAndColumn()
{
    const QString source = hook(QStringLiteral("  const x = ;\n  cb(null, {});"));
    const QList<LintIssue> issues = HookLint::lint(source, {});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().rule, QStringLiteral("syntax"));
    QCOMPARE(issues.first().line, 2);
    QCOMPARE(issues.first().column, 13);
    QCOMPARE(issues.first().severity, LintIssue::Severity::Error);
    QVERIFY(issues.first().message.contains(QLatin1String("Unexpected token")));
    QVERIFY(!issues.first().fix.isEmpty());
}

void TestHookLint::missingAndUnusedSecrets()
{
    const QString source
        = hook(QStringLiteral("  const a = context.webtask.secrets.TWILIO_ACCOUNT_SID;\n"
                              "  const b = context.webtask.secrets.MY_KEY;\n"
                              "  cb(null, {a: a, b: b});"));
    const QList<LintIssue> issues
        = HookLint::lint(source,
                         {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
                          QStringLiteral("OLD_KEY")});
    const QList<LintIssue> missing = byRule(issues, QStringLiteral("missing-secret"));
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().line, 3);
    QVERIFY(missing.first().message.contains(QLatin1String("MY_KEY")));
    // A custom secret the code never reads is reported; a known one (TWILIO_AUTH_TOKEN) is not.
    const QList<LintIssue> unused = byRule(issues, QStringLiteral("unused-secret"));
    QCOMPARE(unused.size(), 1);
    QVERIFY(unused.first().message.contains(QLatin1String("OLD_KEY")));
    QCOMPARE(unused.first().severity, LintIssue::Severity::Warning);
    QCOMPARE(issues.size(), 2);
}

void TestHookLint::usedSecretsForms_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");
    const QStringList ab {QStringLiteral("A_SID"), QStringLiteral("B_KEY")};
    QTest::newRow("dot") << QStringLiteral("var x = context.webtask.secrets.A_SID + "
                                           "context.webtask.secrets.B_KEY;")
                         << ab;
    QTest::newRow("bracket") << QStringLiteral("var x = context.webtask.secrets['A_SID'];\n"
                                               "var y = context['webtask'].secrets[\"B_KEY\"];")
                             << ab;
    QTest::newRow("alias") << QStringLiteral("const secrets = context.webtask.secrets;\n"
                                             "const s2 = secrets;\n"
                                             "use(secrets.A_SID, s2['B_KEY']);")
                           << ab;
    QTest::newRow("destructured") << QStringLiteral("const { A_SID, B_KEY: key } = "
                                                    "context.webtask.secrets;")
                                  << ab;
    QTest::newRow("webtask destructured")
        << QStringLiteral("const { secrets } = context.webtask;\nuse(secrets.A_SID);\n"
                          "const { webtask: { secrets: { B_KEY } } } = context;")
        << ab;
    QTest::newRow("once each") << QStringLiteral("use(context.webtask.secrets.A_SID, "
                                                 "context.webtask.secrets.A_SID);")
                               << QStringList {QStringLiteral("A_SID")};
    QTest::newRow("not secrets") << QStringLiteral("use(context.webtask.meta.A_SID, other.B_KEY);")
                                 << QStringList();
}

void TestHookLint::usedSecretsForms()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    QCOMPARE(HookLint::usedSecrets(hook(body + QStringLiteral("\ncb(null, {});"))), expected);
}

void TestHookLint::verifyWithAccountSid_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("line");
    // The guide's own mistake: the Account SID where the Verify service SID belongs.
    QTest::newRow("guide") << QStringLiteral(
        "  const accountSid = context.webtask.secrets.TWILIO_ACCOUNT_SID;\n"
        "  const client = require('twilio')(accountSid, "
        "context.webtask.secrets.TWILIO_AUTH_TOKEN);\n"
        "  client.verify.services(accountSid)\n"
        "    .verifications.create({ to: recipient, channel: 'sms', customCode: context.code })\n"
        "    .then(function () { cb(null, {}); }).catch(function (e) { cb(e); });")
                           << 4;
    QTest::newRow("v2, direct read") << QStringLiteral(
        "  const s = context.webtask.secrets;\n"
        "  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);\n"
        "  client.verify.v2.services(s.TWILIO_ACCOUNT_SID).verifications.create({})\n"
        "    .then(function () { cb(null, {}); }, function (e) { cb(e); });")
                                     << 4;
    QTest::newRow("factory argument")
        << QStringLiteral("  const twilio = require('twilio');\n"
                          "  const sid = pick(context);\n"
                          "  const client = twilio(sid, 'x');\n"
                          "  client.verify.v2.services(sid).verifications.create({}, cb);")
        << 5;
}

void TestHookLint::verifyWithAccountSid()
{
    QFETCH(QString, body);
    QFETCH(int, line);
    const QList<LintIssue> issues = HookLint::lint(
        hook(body), {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN")});
    const QList<LintIssue> found = byRule(issues, QStringLiteral("verify-account-sid"));
    QVERIFY2(found.size() == 1, qPrintable(dump(issues)));
    QCOMPARE(found.first().line, line);
    QVERIFY(found.first().fix.contains(QLatin1String("TWILIO_VERIFY_SERVICE_SID")));
}

void TestHookLint::verifyWithServiceSidIsQuiet()
{
    const HookTemplate t = HookTemplates::byId(QStringLiteral("verify"));
    QVERIFY(byRule(HookLint::lint(t.source, t.secrets), QStringLiteral("verify-account-sid"))
                .isEmpty());
}

void TestHookLint::badExport_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::newRow("none") << QStringLiteral("function hook(recipient, text, context, cb) {\n"
                                            "  cb(null, {});\n}\n")
                          << 0;
    QTest::newRow("three params") << QStringLiteral(
        "// hook\nmodule.exports = function (recipient, "
        "text, cb) {\n  cb(null, {});\n};\n")
                                  << 2;
    QTest::newRow("not a function") << QStringLiteral("\n\nmodule.exports = { run: 1 };\n") << 3;
}

void TestHookLint::badExport()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    const QList<LintIssue> found = byRule(HookLint::lint(source, {}), QStringLiteral("export"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().line, line);
    QCOMPARE(found.first().severity, LintIssue::Severity::Error);
    QVERIFY(found.first().fix.contains(QLatin1String("module.exports = function")));

    // A named function exported by name, with the four parameters, is fine.
    QVERIFY(byRule(HookLint::lint(QStringLiteral("function hook(a, b, c, d) { d(null, {}); }\n"
                                                 "module.exports = hook;\n"),
                                  {}),
                   QStringLiteral("export"))
                .isEmpty());
}

void TestHookLint::bareMessageType()
{
    const QString source = hook(QStringLiteral("  if (message_type === 'voice') {\n"
                                               "    cb(new Error('no voice'));\n"
                                               "  } else {\n"
                                               "    cb(null, { type: context.message_type });\n"
                                               "  }"));
    const QList<LintIssue> found
        = byRule(HookLint::lint(source, {}), QStringLiteral("message-type"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().line, 2);
    QCOMPARE(found.first().column, 7);
    QVERIFY(found.first().fix.contains(QLatin1String("context.message_type")));

    // Declared by the hook itself: no issue.
    const QString declared = hook(QStringLiteral("  const message_type = context.message_type;\n"
                                                 "  cb(null, { t: message_type });"));
    QVERIFY(byRule(HookLint::lint(declared, {}), QStringLiteral("message-type")).isEmpty());
}

void TestHookLint::callbackPaths_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("line"); // 0: no issue expected
    QTest::newRow("if without else")
        << QStringLiteral("  if (context.code) {\n    cb(null, {});\n  }") << 2;
    QTest::newRow("then without catch")
        << QStringLiteral("  const client = require('twilio')('a', 'b');\n"
                          "  client.messages.create({})\n"
                          "    .then(function () { cb(null, {}); });")
        << 3;
    QTest::newRow("return before cb") << QStringLiteral("  if (!recipient) {\n    return;\n  }\n"
                                                        "  cb(null, {});")
                                      << 3;
    QTest::newRow("never") << QStringLiteral("  console.log(text);") << 3;
    QTest::newRow("callback style, partial")
        << QStringLiteral("  const client = require('twilio')('a', 'b');\n"
                          "  client.messages.create({}, function (err, m) {\n"
                          "    if (err) { cb(err); }\n"
                          "  });")
        << 4;
    QTest::newRow("both branches") << QStringLiteral("  if (context.code) {\n    cb(null, {});\n"
                                                     "  } else {\n    cb(new Error('x'));\n  }")
                                   << 0;
    QTest::newRow("then with rejection handler")
        << QStringLiteral("  require('twilio')('a', 'b').messages.create({})\n"
                          "    .then(function (m) { cb(null, m); }, cb);")
        << 0;
    QTest::newRow("early return with cb") << QStringLiteral("  if (!recipient) {\n"
                                                            "    return cb(new Error('no'));\n"
                                                            "  }\n  cb(null, {});")
                                          << 0;
    QTest::newRow("throw") << QStringLiteral("  throw new Error('not yet');") << 0;
}

void TestHookLint::callbackPaths()
{
    QFETCH(QString, body);
    QFETCH(int, line);
    const QList<LintIssue> issues = HookLint::lint(hook(body), {});
    const QList<LintIssue> found = byRule(issues, QStringLiteral("cb-path"));
    if (line == 0) {
        QVERIFY2(found.isEmpty(), qPrintable(dump(found)));
        return;
    }
    QVERIFY2(found.size() == 1, qPrintable(dump(issues)));
    QCOMPARE(found.first().line, line);
    QCOMPARE(found.first().severity, LintIssue::Severity::Warning);
    QVERIFY(found.first().fix.contains(QLatin1String("cb")));
}

void TestHookLint::requireOtherModule()
{
    // Node's own modules and twilio are there; another package needs installing; a file beside
    // the code cannot be loaded at all.
    const QString source = hook(QStringLiteral("  const fs = require('fs');\n"
                                               "  const pad = require('left-pad');\n"
                                               "  const mine = require('./mine');\n"
                                               "  const c = require('node:crypto');\n"
                                               "  cb(null, fs.readFileSync('/etc/hostname'));"));
    const QList<LintIssue> found = byRule(HookLint::lint(source, {}), QStringLiteral("require"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).line, 3);
    QCOMPARE(found.at(0).severity, LintIssue::Severity::Warning);
    QVERIFY(found.at(0).message.contains(QLatin1String("'left-pad'")));
    QVERIFY(found.at(0).fix.contains(QLatin1String("npm install left-pad")));
    QCOMPARE(found.at(1).line, 4);
    QCOMPARE(found.at(1).severity, LintIssue::Severity::Error);
}

void TestHookLint::modernSyntaxIsFine()
{
    // The runner is Node: what Auth0 accepts runs here too, and lint says nothing about it.
    const QString source
        = QStringLiteral("class Box { #v = 1; static n = 2; get v() { return this.#v; } }\n"
                         "exports.onExecuteSendPhoneMessage = async (event, api) => {\n"
                         "  const r = await Promise.resolve({ ...event.message_options, n: 1n });\n"
                         "  setTimeout(() => {}, 1);\n"
                         "  return r?.recipient ?? new Box().v;\n};\n");
    const QList<LintIssue> issues = HookLint::lint(source, {});
    QVERIFY2(issues.isEmpty(), qPrintable(dump(issues)));
}

void TestHookLint::actionExports_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("kind"); // empty: no export issue
    QTest::newRow("send-phone-message")
        << QStringLiteral("exports.onExecuteSendPhoneMessage = async (event, api) => {};\n")
        << QString();
    QTest::newRow("custom-phone-provider via module.exports")
        << QStringLiteral("module.exports.onExecuteCustomPhoneProvider = async (event) => {};\n")
        << QString();
    QTest::newRow("object literal")
        << QStringLiteral("module.exports = { onExecuteSendPhoneMessage: async (e, a) => {} };\n")
        << QString();
    QTest::newRow("named function") << QStringLiteral("async function send(event, api) {}\n"
                                                      "exports.onExecuteSendPhoneMessage = send;\n")
                                    << QString();
    QTest::newRow("hook signature on an Action")
        << QStringLiteral("exports.onExecuteSendPhoneMessage = function (r, t, c, cb) { cb(); };\n")
        << QStringLiteral("action-params");
    QTest::newRow("not a function")
        << QStringLiteral("exports.onExecuteCustomPhoneProvider = 42;\n")
        << QStringLiteral("action-not-function");
}

void TestHookLint::actionExports()
{
    QFETCH(QString, source);
    QFETCH(QString, kind);
    const QList<LintIssue> issues = HookLint::lint(source, {});
    const QList<LintIssue> found = byRule(issues, QStringLiteral("action-export"));
    // An Action has no cb: no cb-path notes, and no hook export rule either.
    QVERIFY2(byRule(issues, QStringLiteral("cb-path")).isEmpty(), qPrintable(dump(issues)));
    QVERIFY2(byRule(issues, QStringLiteral("export")).isEmpty(), qPrintable(dump(issues)));
    if (kind.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(dump(found)));
        return;
    }
    QCOMPARE(found.size(), 1);
    // Four parameters still run (Auth0 passes two); a handler that is no function cannot.
    QCOMPARE(found.first().severity,
             kind == QLatin1String("action-params") ? LintIssue::Severity::Warning
                                                    : LintIssue::Severity::Error);
    QVERIFY(!found.first().message.isEmpty());
    QVERIFY(!found.first().fix.isEmpty());
}

void TestHookLint::newestSyntaxParses()
{
    // Actions run on Node 22: what it parses is no syntax error here either.
    const QString source = QStringLiteral(
        "class Cache { #hits = 0; static size = 2; hit() { return ++this.#hits; } }\n"
        "module.exports = function (recipient, text, context, cb) {\n"
        "  const o = { n: 1_000 };\n"
        "  o.m \x3F\x3F= o.n;\n"
        "  o.k ||= [1, 2].at(-1);\n"
        "  cb(null, o);\n"
        "};\n");
    QVERIFY2(byRule(HookLint::lint(source, {}), QStringLiteral("syntax")).isEmpty(),
             qPrintable(dump(HookLint::lint(source, {}))));
}

void TestHookLint::workerThread()
{
    // The editor lints off the UI thread: each thread gets its own engine.
    const HookTemplate t = HookTemplates::byId(QStringLiteral("programmable-sms"));
    QFuture<int> f = QtConcurrent::run([t] {
        const auto issues = HookLint::lint(t.source + QStringLiteral("\nfoo("), t.secrets);
        return issues.size() == 1 && issues.first().rule == QLatin1String("syntax")
            ? issues.first().line
            : -1;
    });
    QCOMPARE(f.result(), t.source.count(QLatin1Char('\n')) + 2);
}

void TestHookLint::timing()
{
    // Not an assertion on speed: prints the figures. The first call on a thread loads acorn.
    const HookTemplate t = HookTemplates::byId(QStringLiteral("verify"));
    qint64 firstNs = 0;
    std::unique_ptr<QThread> thread(QThread::create([&t, &firstNs] {
        QElapsedTimer c;
        c.start();
        HookLint::lint(t.source, t.secrets);
        firstNs = c.nsecsElapsed();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QList<double> ms;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer one;
        one.start();
        QVERIFY(HookLint::lint(t.source, t.secrets).isEmpty());
        ms << one.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    qInfo("hook lint of the Verify template: first call on a new thread %.1f ms; then median "
          "%.2f ms, max %.2f ms (50 runs)",
          firstNs / 1e6, ms.at(ms.size() / 2), ms.last());
}

void TestHookLint::scriptFailuresAreAnswers()
{
    // Whatever the engine's scripts throw is an answer, never the end of the process: a thrown
    // Error (the engine's own globals stand in for a failing script), a result that is not
    // JSON, a function that is not there.
    const struct
    {
        const char *function;
        QString source;
        QString expected;
    } cases[] = {
        {"decodeURIComponent", QStringLiteral("%"), QStringLiteral("URIError")},
        {"parseInt", QStringLiteral("42"), QStringLiteral("no result")},
        {"noSuchFunction", QString(), QStringLiteral("missing")},
    };
    for (const auto &c : cases) {
        const QJsonObject r = HookScriptEngine::call(c.function, c.source, {});
        QVERIFY2(r.contains(QLatin1String("internal_error")), qPrintable(c.source));
        QVERIFY2(r.value(QLatin1String("internal_error")).toString().contains(c.expected),
                 qPrintable(r.value(QLatin1String("internal_error")).toString()));
    }
    // The engine is still usable afterwards, and so is lint.
    const QList<LintIssue> issues
        = HookLint::lint(HookTemplates::byId(QStringLiteral("programmable-sms")).source,
                         HookTemplates::byId(QStringLiteral("programmable-sms")).secrets);
    QVERIFY(issues.isEmpty());
    // Code nested deeper than the parser can recurse is an issue, not a crash.
    const QString deep = QStringLiteral("module.exports = ") + QString(20000, QLatin1Char('['))
        + QString(20000, QLatin1Char(']')) + QLatin1Char(';');
    QVERIFY(!HookLint::lint(deep, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestHookLint)
#include "TestHookLint.moc"
