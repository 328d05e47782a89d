#include "ConversionCases.h"
#include "auth0/Auth0Types.h"
#include "hook/ActionConverter.h"
#include "hook/HookLint.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

// The hook -> Action conversion: Auth0's guide's hooks, the legacy templates and hand-written
// hooks (ConversionCases) become Actions for each trigger that parse, lint clean for that trigger
// and keep the code's comments; the mapping of each hook field; cb into return, throw or
// api.notification; what cannot be mapped stays under a TODO that lint reports; refused inputs.
class TestActionConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void contextFields_data();
    void contextFields();
    void callbacks_data();
    void callbacks();
    void expressionBodyHandler();
    void refused_data();
    void refused();
    void namesTaken();
    void timing();
};

namespace {

const QString Spm = Auth0Triggers::SendPhoneMessage;
const QString Cpp = Auth0Triggers::CustomPhoneProvider;

QString dump(const QList<LintIssue> &issues)
{
    QStringList lines;
    for (const LintIssue &i : issues)
        lines << QStringLiteral("%1:%2 %3 %4").arg(i.line).arg(i.column).arg(i.rule, i.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList kinds(const QList<ActionConversion::Item> &items)
{
    QStringList out;
    for (const ActionConversion::Item &i : items)
        out << i.kind;
    return out;
}

QString lineOf(const QString &code, int line)
{
    return code.split(QLatin1Char('\n')).value(line - 1);
}

// The comment lines of a source ("// ...", "/* ...", " * ..."), trimmed.
QStringList commentLines(const QString &source)
{
    QStringList out;
    static const QRegularExpression comment(QStringLiteral("^\\s*(//|/\\*|\\*)"));
    for (const QString &line : source.split(QLatin1Char('\n'))) {
        if (comment.match(line).hasMatch() && !line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

// The code without its comments (naively: no string in these hooks holds // or /*).
QString withoutComments(const QString &code)
{
    QString out = code;
    out.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"),
                                  QRegularExpression::DotMatchesEverythingOption));
    out.remove(QRegularExpression(QStringLiteral("//[^\n]*")));
    return out;
}

QString hook(const QString &body)
{
    return QStringLiteral("module.exports = function (recipient, text, context, cb) {\n") + body
        + QStringLiteral("\n};\n");
}

} // namespace

void TestActionConverter::cases_data()
{
    QTest::addColumn<int>("index");
    const QList<ConversionCases::Case> all = ConversionCases::all();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void TestActionConverter::cases()
{
    QFETCH(int, index);
    const ConversionCases::Case c = ConversionCases::all().at(index);
    QVERIFY2(!c.hookSource.isEmpty(), "the hook's file is missing");
    const ActionConversion r = ActionConverter::convert(c.hookSource, c.trigger);
    QVERIFY2(r.ok, qPrintable(r.error + QLatin1Char(' ') + r.code));
    QCOMPARE(r.trigger, c.trigger);
    for (const QString &text : c.contains)
        QVERIFY2(r.code.contains(text),
                 qPrintable(QStringLiteral("missing: %1\n---\n%2").arg(text, r.code)));
    const QString code = withoutComments(r.code);
    for (const QString &text : c.absent)
        QVERIFY2(!code.contains(text),
                 qPrintable(QStringLiteral("still there: %1\n---\n%2").arg(text, r.code)));
    QCOMPARE(kinds(r.unmapped), c.unmapped);
    QCOMPARE(kinds(r.notes), c.notes);

    // Every comment of the hook is still there.
    const QStringList outputComments = commentLines(r.code);
    for (const QString &comment : commentLines(c.hookSource))
        QVERIFY2(outputComments.contains(comment), qPrintable(comment));

    // Each TODO and note is on its line, with its description.
    for (const ActionConversion::Item &i : r.unmapped) {
        QVERIFY2(lineOf(r.code, i.line).contains(QLatin1String("// TODO(convert):")),
                 qPrintable(QStringLiteral("%1 at %2").arg(i.kind).arg(i.line)));
        QVERIFY(!i.message.isEmpty());
    }
    for (const ActionConversion::Item &i : r.notes) {
        QVERIFY2(lineOf(r.code, i.line).contains(QLatin1String("// Converted:")),
                 qPrintable(QStringLiteral("%1 at %2").arg(i.kind).arg(i.line)));
        QVERIFY(!i.message.isEmpty());
    }

    // The Action parses, and is linted as an Action for its trigger.
    QCOMPARE(HookLint::kind(r.code), HookLint::CodeKind::Action);
    const QList<LintIssue> issues = HookLint::lint(r.code, c.secrets, {c.trigger, {}, {}});
    int todos = 0;
    for (const LintIssue &i : issues) {
        QVERIFY2(i.rule != QLatin1String("syntax"), qPrintable(dump(issues)));
        if (i.rule == QLatin1String("convert-todo")) {
            ++todos;
            QVERIFY(lineOf(r.code, i.line).contains(QLatin1String("TODO(convert)")));
        }
    }
    QCOMPARE(todos, int(r.unmapped.size()));
    if (c.clean) {
        QVERIFY2(!HookLint::hasErrors(issues),
                 qPrintable(dump(issues) + QStringLiteral("\n---\n") + r.code));
        // Its warnings are no more than secrets the profile defines for the other API.
        for (const LintIssue &i : issues)
            QVERIFY2(i.rule == QLatin1String("unused-secret"), qPrintable(dump(issues)));
    } else {
        QVERIFY(HookLint::hasErrors(issues)); // the hook's context and cb, left in place
    }
    // An Action is not converted again.
    const ActionConversion again = ActionConverter::convert(r.code, c.trigger);
    QVERIFY(!again.ok);
    QCOMPARE(again.errorKind, QStringLiteral("already-action"));
}

void TestActionConverter::contextFields_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("hookValue"); // in return { v: ... }
    QTest::addColumn<QString>("actionValue");
    const QList<std::tuple<const char *, const char *, const char *>> rows {
        {"context.message_type", "event.message_options.message_type",
         "(event.notification.delivery_method === 'voice' ? 'voice' : 'sms')"},
        {"context.message_type === 'sms'", "event.message_options.message_type === 'sms'",
         "event.notification.delivery_method === 'text'"},
        {"'voice' !== context.message_type", "'voice' !== event.message_options.message_type",
         "'voice' !== event.notification.delivery_method"},
        {"context.action", "event.message_options.action",
         "(event.notification.message_type === 'otp_enroll' ? 'enrollment' : "
         "'second-factor-authentication')"},
        {"context.action === 'enrollment'", "event.message_options.action === 'enrollment'",
         "event.notification.message_type === 'otp_enroll'"},
        {"context.action == \"second-factor-authentication\"",
         "event.message_options.action == \"second-factor-authentication\"",
         "event.notification.message_type == \"otp_verify\""},
        {"context.language", "event.request.language", "event.notification.locale?.split("},
        {"context.code", "event.message_options.code", "event.notification.code"},
        {"context.ip", "event.request.ip", "event.request.ip"},
        {"context.user_agent", "event.request.user_agent", "event.request.user_agent"},
        {"context.client_id", "event.client?.client_id", "event.client.client_id"},
        {"context.name", "event.client?.name", "event.client.name"},
        {"context.client_metadata", "event.client?.metadata", "event.client.metadata"},
        {"context.client.client_id", "event.client?.client_id", "event.client.client_id"},
        {"context.client.name", "event.client?.name", "event.client.name"},
        {"context.client.client_metadata.tier", "event.client?.metadata.tier",
         "event.client.metadata.tier"},
        {"context.user.email", "event.user.email", "event.user.email"},
        {"context.user", "event.user", "event.user"},
        {"context.webtask.secrets.API_KEY", "event.secrets.API_KEY", "event.secrets.API_KEY"},
        {"context['code']", "event.message_options.code", "event.notification.code"},
        {"recipient", "event.message_options.recipient", "event.notification.recipient"},
        {"text", "event.message_options.text",
         "(event.notification.delivery_method === 'voice' ? event.notification.as_voice : "
         "event.notification.as_text)"},
    };
    for (const auto &[hookValue, spm, cpp] : rows) {
        QTest::newRow(qPrintable(QStringLiteral("%1 / %2").arg(QLatin1String(hookValue), Spm)))
            << Spm << QString::fromUtf8(hookValue) << QString::fromUtf8(spm);
        QTest::newRow(qPrintable(QStringLiteral("%1 / %2").arg(QLatin1String(hookValue), Cpp)))
            << Cpp << QString::fromUtf8(hookValue) << QString::fromUtf8(cpp);
    }
}

void TestActionConverter::contextFields()
{
    QFETCH(QString, trigger);
    QFETCH(QString, hookValue);
    QFETCH(QString, actionValue);
    const ActionConversion r = ActionConverter::convert(
        hook(QStringLiteral("  cb(null, { v: %1 });").arg(hookValue)), trigger);
    QVERIFY2(r.ok, qPrintable(r.error));
    if (hookValue == QLatin1String("recipient") || hookValue == QLatin1String("text")) {
        // The hook's parameters become variables of the same name.
        QVERIFY2(r.code.contains(QStringLiteral("const %1 = %2;").arg(hookValue, actionValue)),
                 qPrintable(r.code));
        QVERIFY2(r.code.contains(QStringLiteral("return { v: %1 };").arg(hookValue)),
                 qPrintable(r.code));
    } else {
        QVERIFY2(r.code.contains(QStringLiteral("return { v: ") + actionValue), qPrintable(r.code));
    }
    QVERIFY2(!withoutComments(r.code).contains(QLatin1String("context")), qPrintable(r.code));
    QVERIFY(r.unmapped.isEmpty());
    const QList<LintIssue> issues
        = HookLint::lint(r.code, HookLint::usedSecrets(r.code), {trigger, {}, {}});
    QVERIFY2(!HookLint::hasErrors(issues), qPrintable(dump(issues) + QLatin1Char('\n') + r.code));
}

void TestActionConverter::callbacks_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("success with a value") << Spm << QStringLiteral("  cb(null, { ok: 1 });")
                                          << QStringLiteral("  return { ok: 1 };\n};");
    QTest::newRow("success, empty")
        << Spm << QStringLiteral("  cb(null, {});") << QStringLiteral("  return;\n};");
    QTest::newRow("success, nothing")
        << Cpp << QStringLiteral("  cb();") << QStringLiteral("  return;\n};");
    QTest::newRow("failure, send-phone-message")
        << Spm
        << QStringLiteral("  if (!recipient) {\n    cb(new Error('no number'));\n"
                          "    return;\n  }\n  cb(null, {});")
        << QStringLiteral("  if (!recipient) {\n    throw new Error('no number');\n  }\n"
                          "  return;");
    QTest::newRow("failure, custom-phone-provider")
        << Cpp << QStringLiteral("  if (!recipient) return cb(new Error('no number'));")
        << QStringLiteral("  if (!recipient) return reportFailure(api, new Error('no number'));");
    QTest::newRow("node style, both")
        << Spm << QStringLiteral("  const e = null;\n  cb(e, 'x');")
        << QStringLiteral("  if (e) {\n    throw e;\n  }\n  return 'x';");
    QTest::newRow("chain with catch(cb)")
        << Spm
        << QStringLiteral("  const client = require('twilio')('a', 'b');\n"
                          "  client.messages.create({ to: recipient, body: text })\n"
                          "    .then((m) => cb(null, { sid: m.sid }))\n"
                          "    .catch(cb);")
        << QStringLiteral("  const m = await client.messages.create({ to: recipient, body: text "
                          "});\n  return { sid: m.sid };\n};");
    QTest::newRow("chain with its own catch")
        << Cpp
        << QStringLiteral("  const client = require('twilio')('a', 'b');\n"
                          "  client.messages.create({ to: recipient, body: text })\n"
                          "    .then(function (m) {\n      console.log(m.sid);\n"
                          "      cb(null, {});\n    })\n"
                          "    .catch(function (e) {\n      console.error(e.message);\n"
                          "      cb(e);\n    });")
        << QStringLiteral("  try {\n    const m = await client.messages.create({ to: recipient, "
                          "body: text });\n    console.log(m.sid);\n    return;\n"
                          "  } catch (e) {\n    console.error(e.message);\n"
                          "    return reportFailure(api, e);\n  }");
    QTest::newRow("longer chain, awaited")
        << Spm
        << QStringLiteral("  const client = require('twilio')('a', 'b');\n"
                          "  client.messages.create({}).then((m) => m.sid).then((sid) => "
                          "cb(null, sid)).catch((e) => cb(e));")
        << QStringLiteral("  await client.messages.create({}).then((m) => m.sid).then((sid) => "
                          "{ return sid; }).catch((e) => { throw e; });");
    QTest::newRow("in a switch, then break")
        << Spm
        << QStringLiteral("  switch (context.message_type) {\n    case 'voice':\n"
                          "      cb(new Error('voice'));\n      break;\n    default: cb(null)\n"
                          "  }")
        << QStringLiteral("    case 'voice':\n      throw new Error('voice');\n      break;\n"
                          "    default: return;\n  }");
    QTest::newRow("try and catch")
        << Cpp
        << QStringLiteral("  try {\n    JSON.parse(text);\n    cb(null, {});\n"
                          "  } catch (e) {\n    cb(e);\n  }")
        << QStringLiteral("  try {\n    JSON.parse(text);\n    return;\n  } catch (e) {\n"
                          "    return reportFailure(api, e);\n  }");
    QTest::newRow("then with a rejection handler")
        << Spm
        << QStringLiteral("  Promise.resolve(1).then(function (v) { cb(null, v); }, "
                          "function (e) { cb(e); });")
        << QStringLiteral("  await Promise.resolve(1).then(function (v) { return v; }, "
                          "function (e) { throw e; });");
    QTest::newRow("a Twilio request not awaited by the hook")
        << Spm
        << QStringLiteral("  const client = require('twilio')('a', 'b');\n"
                          "  client.messages.create({});\n  cb(null, {});")
        << QStringLiteral("  await client.messages.create({});\n  return;");
}

void TestActionConverter::callbacks()
{
    QFETCH(QString, trigger);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const ActionConversion r = ActionConverter::convert(hook(body), trigger);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.code.contains(expected), qPrintable(r.code));
    QVERIFY2(!withoutComments(r.code).contains(QLatin1String("cb(")), qPrintable(r.code));
    QVERIFY(r.unmapped.isEmpty());
    const QList<LintIssue> issues = HookLint::lint(r.code, {}, {trigger, {}, {}});
    QVERIFY2(!HookLint::hasErrors(issues), qPrintable(dump(issues) + QLatin1Char('\n') + r.code));
}

void TestActionConverter::expressionBodyHandler()
{
    // module.exports = (recipient, text, context, cb) => cb(null, ...): a body with its variables.
    const ActionConversion r = ActionConverter::convert(
        QStringLiteral("module.exports = (recipient, text, context, cb) => cb(null, { to: "
                       "recipient });\n"),
        Cpp);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.code.contains(
                 QLatin1String("exports.onExecuteCustomPhoneProvider = async (event, api) => {\n"
                               "  const recipient = event.notification.recipient;\n"
                               "  return { to: recipient };\n};")),
             qPrintable(r.code));
    QVERIFY(!HookLint::hasErrors(HookLint::lint(r.code, {}, {Cpp, {}, {}})));
}

void TestActionConverter::refused_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::newRow("syntax") << hook(QStringLiteral("  cb(null,\n")) << Spm
                            << QStringLiteral("syntax") << 4;
    QTest::newRow("an Action")
        << HookTemplates::byId(QStringLiteral("custom-phone-provider-sms")).source << Cpp
        << QStringLiteral("already-action") << 0;
    QTest::newRow("no export") << QStringLiteral("function f() {}\n") << Spm
                               << QStringLiteral("not-hook") << 0;
    QTest::newRow("exported object")
        << QStringLiteral("module.exports = { a: 1 };\n") << Spm << QStringLiteral("not-hook") << 1;
    QTest::newRow("patterns") << QStringLiteral("module.exports = function ({ to }, text, "
                                                "context, cb) { cb(); };\n")
                              << Spm << QStringLiteral("params") << 1;
    QTest::newRow("trigger") << hook(QStringLiteral("  cb();")) << QStringLiteral("post-login")
                             << QStringLiteral("trigger") << 0;
}

void TestActionConverter::refused()
{
    QFETCH(QString, source);
    QFETCH(QString, trigger);
    QFETCH(QString, kind);
    QFETCH(int, line);
    const ActionConversion r = ActionConverter::convert(source, trigger);
    QVERIFY(!r.ok);
    QVERIFY(r.code.isEmpty());
    QCOMPARE(r.errorKind, kind);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!r.fix.isEmpty());
    if (line > 0)
        QCOMPARE(r.errorLine, line);
}

void TestActionConverter::namesTaken()
{
    // The hook has its own event and api: the Action's parameters take other names.
    const ActionConversion r = ActionConverter::convert(
        hook(QStringLiteral("  const event = { code: context.code };\n  const api = 1;\n"
                            "  cb(null, event);")),
        Spm);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.code.contains(QLatin1String("async (actionEvent, actionApi) => {")),
             qPrintable(r.code));
    QVERIFY(r.code.contains(QLatin1String("const event = { code: "
                                          "actionEvent.message_options.code };")));
    QVERIFY(!HookLint::hasErrors(HookLint::lint(r.code, {}, {Spm, {}, {}})));
}

void TestActionConverter::timing()
{
    // Not an assertion on speed: prints the figures.
    const QList<ConversionCases::Case> all = ConversionCases::all();
    QList<double> ms;
    for (const ConversionCases::Case &c : all) {
        QElapsedTimer t;
        t.start();
        QVERIFY(ActionConverter::convert(c.hookSource, c.trigger).ok);
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    qInfo("conversion of %d hooks: median %.2f ms, max %.2f ms", int(ms.size()),
          ms.at(ms.size() / 2), ms.last());
}

QTEST_GUILESS_MAIN(TestActionConverter)
#include "TestActionConverter.moc"
