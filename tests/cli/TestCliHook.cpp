#include "CliRunner.h"
#include "TestSupport.h"
#include "hook/HookTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// sms-hook-cli run-hook (hooks and Actions, in Node) and lint as a script uses them: the real
// binary against `sms-hook-cli sandbox` running as another process, the profile's secrets in a real
// (throwaway) keychain, set through the CLI itself.
class TestCliHook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void runTemplates_data();
    void runTemplates();
    void runHookJson();
    void hookErrorExitsOne();
    void badContextIsUsageError();
    void runActionWithEvent();
    void actionFailuresExitOne();
    void lintBadFile();
    void lintTemplate();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return CliRunner::run(CliRunner::environment(m_config.path()), args, stdinData);
    }
    QString writeFile(const QString &name, const QString &text);
    QStringList runHook(const QString &file, const QStringList &more = {}) const;

    QTemporaryDir m_config;
    QProcess m_sandbox;
    QJsonObject m_credentials; // the sandbox's first line
};

void TestCliHook::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
    QVERIFY(m_config.isValid());
    CliRunner::startSandbox(m_sandbox, m_credentials);
    const QString base = m_credentials.value(QStringLiteral("base_url")).toString();
    QVERIFY(base.startsWith(QStringLiteral("http://127.0.0.1:")));
    CliRunner::addProfile(CliRunner::environment(m_config.path()), QStringLiteral("X"), base,
                          m_credentials);
}

void TestCliHook::cleanupTestCase()
{
    QVERIFY(CliRunner::stopSandbox(m_sandbox));
}

QString TestCliHook::writeFile(const QString &name, const QString &text)
{
    const QString path = m_config.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

QStringList TestCliHook::runHook(const QString &file, const QStringList &more) const
{
    return QStringList {QStringLiteral("run-hook"),  file,
                        QStringLiteral("--profile"), QStringLiteral("X"),
                        QStringLiteral("--to"),      QStringLiteral("+14155552671")}
    + more;
}

void TestCliHook::runTemplates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sidPrefix");
    QTest::newRow("programmable-sms") << QStringLiteral("programmable-sms") << QStringLiteral("SM");
    QTest::newRow("verify") << QStringLiteral("verify") << QStringLiteral("VE");
}

void TestCliHook::runTemplates()
{
    QFETCH(QString, id);
    QFETCH(QString, sidPrefix);
    const QString file = writeFile(id + QStringLiteral(".js"), HookTemplates::byId(id).source);
    const Run r = cli(runHook(file));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\"sid\":\"") + sidPrefix), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("request: POST")));
    const QString token = m_credentials.value(QStringLiteral("auth_token")).toString();
    QVERIFY(!r.out.contains(token));
    QVERIFY(!r.err.contains(token));
    // The send is in the delivery log with source "hook"; no token anywhere on disk.
    const Run logs
        = cli({QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--source"),
               QStringLiteral("hook"), QStringLiteral("--json")});
    QVERIFY2(logs.exitCode == 0, qPrintable(logs.err));
    QVERIFY2(logs.out.contains(sidPrefix), qPrintable(logs.out));
    QCOMPARE(TestSupport::filesContaining(m_config.path(), token), QStringList());
}

void TestCliHook::runHookJson()
{
    const QString file
        = writeFile(QStringLiteral("log.js"),
                    QStringLiteral("module.exports = function (recipient, text, context, cb) {\n"
                                   "  console.log(text, context.message_type);\n"
                                   "  cb(null, { to: recipient });\n};\n"));
    const Run r = cli(runHook(file,
                              {QStringLiteral("--json"), QStringLiteral("--context"),
                               QStringLiteral("{\"message_type\": \"voice\", \"code\": \"42\"}")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
    QCOMPARE(json.value(QStringLiteral("result")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("+14155552671"));
    const QJsonArray console = json.value(QStringLiteral("console")).toArray();
    QCOMPARE(console.size(), 1);
    // Auth0's default enrollment text (the sample context's action), the code spoken digit by
    // digit for voice, the profile standing in for the tenant's name.
    QCOMPARE(console.first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("4.2 is your verification code for X. Please enter this code to "
                            "verify your enrollment. voice"));
}

void TestCliHook::hookErrorExitsOne()
{
    const QString file
        = writeFile(QStringLiteral("err.js"),
                    QStringLiteral("module.exports = function (recipient, text, context, cb) {\n"
                                   "  cb(new Error('no provider'));\n};\n"));
    Run r = cli(runHook(file));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("no provider")));
    r = cli(runHook(file, {QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("hook-error"));

    // A script that never ends is stopped at --timeout-ms, also exit 1.
    const QString loop = writeFile(
        QStringLiteral("loop.js"),
        QStringLiteral(
            "module.exports = function (recipient, text, context, cb) { for (;;) {} };\n"));
    r = cli(runHook(
        loop, {QStringLiteral("--timeout-ms"), QStringLiteral("500"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("timed-out"));
    QCOMPARE(r.json().value(QStringLiteral("bound")).toString(), QStringLiteral("time"));
}

void TestCliHook::badContextIsUsageError()
{
    const QString file = writeFile(QStringLiteral("ok.js"),
                                   HookTemplates::byId(QStringLiteral("programmable-sms")).source);
    const Run r = cli(runHook(file, {QStringLiteral("--context"), QStringLiteral("{\"a\": ")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--context")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("offset")));
}

void TestCliHook::runActionWithEvent()
{
    // The event's own recipient wins over the one built from --to; the send goes through
    // Twilio's SDK to the sandbox and into the log as "action".
    const QString file = writeFile(
        QStringLiteral("action.js"),
        QStringLiteral(
            "exports.onExecuteCustomPhoneProvider = async (event, api) => {\n"
            "  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER } = "
            "event.secrets;\n"
            "  const client = require('twilio')(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);\n"
            "  const m = await client.messages.create({ to: event.notification.recipient,\n"
            "    from: TWILIO_PHONE_NUMBER, body: event.notification.as_text });\n"
            "  console.log('sent', m.sid, event.notification.code, TWILIO_AUTH_TOKEN);\n"
            "  return { to: m.to };\n};\n"));
    const Run r
        = cli(runHook(file,
                      {QStringLiteral("--json"), QStringLiteral("--event"),
                       QStringLiteral("{\"notification\": {\"recipient\": \"+14155550123\", "
                                      "\"code\": \"777\"}}")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(),
             QStringLiteral("custom-phone-provider"));
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
    QCOMPARE(json.value(QStringLiteral("result")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("+14155550123"));
    const QString line = json.value(QStringLiteral("console"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toString();
    QVERIFY2(line.startsWith(QLatin1String("sent SM"))
                 && line.endsWith(QLatin1String(" 777 [redacted]")),
             qPrintable(line));
    const QString token = m_credentials.value(QStringLiteral("auth_token")).toString();
    QVERIFY(!r.out.contains(token));
    const Run logs
        = cli({QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--source"),
               QStringLiteral("action"), QStringLiteral("--json")});
    QVERIFY2(logs.exitCode == 0, qPrintable(logs.err));
    QVERIFY2(logs.out.contains(QLatin1String("+14155550123")), qPrintable(logs.out));
}

void TestCliHook::actionFailuresExitOne()
{
    struct Case
    {
        const char *code;
        const char *outcome;
        QStringList more;
    };
    const QList<Case> cases {
        {"exports.onExecuteSendPhoneMessage = async () => { throw new Error('down'); };",
         "threw",
         {}},
        {"exports.onExecuteCustomPhoneProvider = async (e, api) => { api.notification.drop('no'); "
         "};",
         "dropped",
         {}},
        {"exports.onExecuteSendPhoneMessage = async () => { await new Promise(() => {}); };",
         "not-settled",
         {}},
        {"exports.onExecuteSendPhoneMessage = async () => { for (;;) {} };",
         "timed-out",
         {QStringLiteral("--timeout-ms"), QStringLiteral("500")}},
        {"exports.onExecuteSendPhoneMessage = async () => { const = 1; };", "syntax-error", {}},
    };
    for (const Case &c : cases) {
        const QString file = writeFile(QStringLiteral("fail.js"), QString::fromLatin1(c.code));
        const Run r = cli(runHook(file, c.more + QStringList {QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 1, c.outcome);
        QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(),
                 QString::fromLatin1(c.outcome));
    }
    const QString file
        = writeFile(QStringLiteral("ok.js"),
                    QStringLiteral("exports.onExecuteSendPhoneMessage = async () => {};"));
    Run r = cli(runHook(file,
                        {QStringLiteral("--event"), QStringLiteral("{}"),
                         QStringLiteral("--context"), QStringLiteral("{}")}));
    QCOMPARE(r.exitCode, 2);
    r = cli(runHook(file, {QStringLiteral("--event"), QStringLiteral("[1]")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--event")), qPrintable(r.err));
}

void TestCliHook::lintBadFile()
{
    const QString file
        = writeFile(QStringLiteral("bad.js"),
                    QStringLiteral("module.exports = function (recipient, text, context, cb) {\n"
                                   "  const x = ;\n};\n"));
    Run r = cli({QStringLiteral("lint"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(file + QStringLiteral(":2:13: error:")), qPrintable(r.out));
    r = cli({QStringLiteral("lint"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray issues = r.json().value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("syntax"));
    QCOMPARE(issues.first().toObject().value(QStringLiteral("line")).toInt(), 2);
}

void TestCliHook::lintTemplate()
{
    const HookTemplate t = HookTemplates::byId(QStringLiteral("verify"));
    const QString file = writeFile(QStringLiteral("verify.js"), t.source);
    // The profile defines all four secrets: the Verify template does not read the phone number,
    // which is no fault (the console sends from it), so nothing is reported.
    Run r = cli({QStringLiteral("lint"), file, QStringLiteral("--profile"), QStringLiteral("X"),
                 QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("errors")).toInt(), 0);
    const QJsonArray issues = r.json().value(QStringLiteral("issues")).toArray();
    QVERIFY2(issues.isEmpty(), QJsonDocument(issues).toJson().constData());
    r = cli({QStringLiteral("lint"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliHook)
#include "TestCliHook.moc"
