#include "TestSupport.h"
#include "hook/HookRunner.h"
#include "hook/HookTemplates.h"
#include "log/DeliveryLog.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// HookRunner end to end: hook code in its own engine thread, sends through the Twilio shim over
// real HTTP to an in-process sandbox, rows in a temporary delivery log. Secrets are given in
// memory (the runner never reads the keychain itself).
class TestHookRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void templatesSendAndLog_data();
    void templatesSendAndLog();
    void infiniteLoopTimesOutThenNextRunWorks();
    void throwReportsLine();
    void noCallbackEndsQuickly();
    void longPromiseChainIsWaitedFor();
    void voiceBranches();
    void syntaxErrorReportsLine();
    void requireOtherModuleFails();
    void callbackError();
    void twilioErrorReachesScript();
    void nodeStyleCallback();
    void secondCallbackIsNoted();
    void consoleCapturesObjects();
    void secretsAreRedacted();
    void badExport();
    void noHostAccess();
    void cancelStopsRun();

private:
    HookRunResult runHook(const QString &source, int timeLimitMs = 10000,
                          const QString &to = QStringLiteral("+14155552671"),
                          HookRunner *runner = nullptr);
    static QString hook(const QString &body);

    TwilioSandbox m_sandbox;
    Profile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<DeliveryLog> m_log;
};

void TestHookRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.listen());
    m_profile = SandboxProfile::makeProfile(m_sandbox.baseUrl());
    m_log = std::make_unique<DeliveryLog>(m_dir.filePath(QStringLiteral("log.sqlite")));
    QSignalSpy opened(m_log.get(), &DeliveryLog::opened);
    m_log->open();
    QVERIFY(opened.wait(5000));
    QVERIFY(opened.first().at(0).toBool());
}

void TestHookRunner::init()
{
    m_sandbox.reset();
}

QString TestHookRunner::hook(const QString &body)
{
    return QStringLiteral("module.exports = function (recipient, text, context, cb) {\n") + body
        + QStringLiteral("\n};\n");
}

HookRunResult TestHookRunner::runHook(const QString &source, int timeLimitMs, const QString &to,
                                      HookRunner *runner)
{
    std::unique_ptr<HookRunner> own;
    if (!runner) {
        own = std::make_unique<HookRunner>(m_log.get());
        runner = own.get();
    }
    HookRunRequest request;
    request.source = source;
    request.fileName = QStringLiteral("hook.js");
    request.recipient = to;
    request.text = QStringLiteral("Your verification code is: 123456");
    request.context = HookRunner::sampleContext();
    request.secrets = SandboxProfile::secrets();
    request.profile = m_profile;
    request.timeLimitMs = timeLimitMs;
    QSignalSpy finished(runner, &HookRunner::finished);
    runner->run(request);
    if (!finished.wait(timeLimitMs + 5000) || finished.size() != 1) {
        qWarning("no single finished()");
        return {};
    }
    if (runner->isRunning())
        qWarning("still running after finished()");
    return finished.first().first().value<HookRunResult>();
}

void TestHookRunner::templatesSendAndLog_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sidPrefix");
    QTest::addColumn<QString>("path");
    QTest::newRow("programmable-sms") << QStringLiteral("programmable-sms") << QStringLiteral("SM")
                                      << QStringLiteral("*/Messages.json");
    QTest::newRow("verify") << QStringLiteral("verify") << QStringLiteral("VE")
                            << QStringLiteral("/v2/Services/*/Verifications");
}

void TestHookRunner::templatesSendAndLog()
{
    QFETCH(QString, id);
    QFETCH(QString, sidPrefix);
    QFETCH(QString, path);
    const HookRunResult r = runHook(HookTemplates::byId(id).source);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Success);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("POST"), path), 1);
    QCOMPARE(r.requests.size(), 1);
    const QString sid = r.requests.first().sid;
    QVERIFY2(sid.startsWith(sidPrefix), qPrintable(sid));
    QCOMPARE(r.requests.first().httpStatus, 201);
    QCOMPARE(r.result.toObject().value(QLatin1String("sid")).toString(), sid);
    if (id == QLatin1String("verify"))
        QCOMPARE(m_sandbox.verifications().last().code, QStringLiteral("123456"));

    // The send is in the delivery log, with source "hook".
    LogFilter filter;
    filter.source = Attempt::Source::Hook;
    QList<Attempt> rows;
    bool answered = false;
    const auto look = [&] {
        answered = false;
        m_log->query(filter, 0, this, [&](const QList<Attempt> &found, const QString &) {
            rows = found;
            answered = true;
        });
        QTRY_VERIFY(answered);
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        (look(),
         std::any_of(rows.cbegin(), rows.cend(), [&](const Attempt &a) { return a.sid == sid; })),
        5000);
}

void TestHookRunner::infiniteLoopTimesOutThenNextRunWorks()
{
    HookRunner runner(m_log.get());
    QElapsedTimer clock;
    clock.start();
    const HookRunResult r = runHook(hook(QStringLiteral("  while (true) {}")), 1000,
                                    QStringLiteral("+14155552671"), &runner);
    QCOMPARE(r.outcome, HookRunResult::Outcome::TimedOut);
    QVERIFY(clock.elapsed() < 1000 + 1500);
    QVERIFY(r.error.contains(QLatin1String("1 s")));

    // The same runner runs the next hook normally.
    const HookRunResult next
        = runHook(HookTemplates::byId(QStringLiteral("programmable-sms")).source, 5000,
                  QStringLiteral("+14155552671"), &runner);
    QVERIFY2(next.succeeded(), qPrintable(next.error));
}

void TestHookRunner::throwReportsLine()
{
    const HookRunResult r
        = runHook(hook(QStringLiteral("  const x = 1;\n  throw new Error('boom');")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Threw);
    QCOMPARE(r.line, 3);
    QVERIFY(r.error.contains(QLatin1String("boom")));
}

void TestHookRunner::noCallbackEndsQuickly()
{
    QElapsedTimer clock;
    clock.start();
    const HookRunResult r = runHook(hook(QStringLiteral(
        "  Promise.resolve(1).then(function (v) { return v + 1; }).then(function (v) {\n"
        "    console.log('got', v);\n  });")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::NoCallback);
    QVERIFY(clock.elapsed() < 2000); // not the 10 s limit
    // The reactions ran before the run was declared over.
    QCOMPARE(r.console.size(), 1);
    QCOMPARE(r.console.first().text, QStringLiteral("got 2"));
}

void TestHookRunner::longPromiseChainIsWaitedFor()
{
    // Each .then() is one more round of posted events: the run waits for all of them.
    QString chain = QStringLiteral("  var p = Promise.resolve(0);\n");
    for (int i = 0; i < 30; ++i)
        chain += QStringLiteral("  p = p.then(function (v) { return Promise.resolve(v + 1); });\n");
    chain += QStringLiteral("  p.then(function (v) { cb(null, v); });");
    const HookRunResult r = runHook(hook(chain));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.result.toInt(), 30);
}

void TestHookRunner::voiceBranches()
{
    // Programmable SMS cannot call: its template says so through cb, and sends nothing.
    HookRunner runner(m_log.get());
    HookRunRequest request;
    request.source = HookTemplates::byId(QStringLiteral("programmable-sms")).source;
    request.fileName = QStringLiteral("hook.js");
    request.recipient = QStringLiteral("+14155552671");
    request.context = HookRunner::sampleContext();
    request.context.insert(QStringLiteral("message_type"), QStringLiteral("voice"));
    request.secrets = SandboxProfile::secrets();
    request.profile = m_profile;
    QSignalSpy finished(&runner, &HookRunner::finished);
    runner.run(request);
    QVERIFY(finished.wait(10000));
    const HookRunResult r = finished.first().first().value<HookRunResult>();
    QCOMPARE(r.outcome, HookRunResult::Outcome::HookError);
    QVERIFY(r.error.contains(QLatin1String("SMS only")));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("POST"), QStringLiteral("*")), 0);

    // Verify can: its template asks for the code by phone call (channel "call").
    request.source = HookTemplates::byId(QStringLiteral("verify")).source;
    QSignalSpy verifyFinished(&runner, &HookRunner::finished);
    runner.run(request);
    QVERIFY(verifyFinished.wait(10000));
    const HookRunResult v = verifyFinished.first().first().value<HookRunResult>();
    QVERIFY2(v.succeeded(), qPrintable(v.error));
    QCOMPARE(v.requests.size(), 1);
    QVERIFY2(v.requests.first().summary.contains(QLatin1String("Channel=call")),
             qPrintable(v.requests.first().summary));
    QVERIFY(v.requests.first().sid.startsWith(QLatin1String("VE")));
}

void TestHookRunner::syntaxErrorReportsLine()
{
    const HookRunResult r = runHook(hook(QStringLiteral("  cb(null, {});\n  const = 3;")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::SyntaxError);
    QCOMPARE(r.line, 3);
}

void TestHookRunner::requireOtherModuleFails()
{
    const HookRunResult r
        = runHook(hook(QStringLiteral("  const fs = require('fs');\n"
                                      "  cb(null, fs.readFileSync('/etc/passwd'));")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::RequireFailed);
    QVERIFY(r.error.contains(QLatin1String("'fs'")));
    QCOMPARE(r.line, 2);
}

void TestHookRunner::callbackError()
{
    const HookRunResult r = runHook(hook(QStringLiteral("  cb(new Error('x'));")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::HookError);
    QVERIFY(r.error.contains(QLatin1String("x")));
}

void TestHookRunner::twilioErrorReachesScript()
{
    // +15005550001 is the sandbox's (and Twilio's test credentials') invalid To number.
    const HookRunResult r = runHook(
        HookTemplates::byId(QStringLiteral("programmable-sms")).source
            + QStringLiteral("\nvar original = module.exports;\n"
                             "module.exports = function (recipient, text, context, cb) {\n"
                             "  original(recipient, text, context, function (err, res) {\n"
                             "    console.log(err.code, err.status, err.moreInfo);\n"
                             "    cb(err, res);\n  });\n};\n"),
        10000, QStringLiteral("+15005550001"));
    QCOMPARE(r.outcome, HookRunResult::Outcome::HookError);
    QVERIFY(r.error.contains(QLatin1String("21211")));
    QCOMPARE(r.console.size(), 1);
    QCOMPARE(r.console.first().text,
             QStringLiteral("21211 400 https://www.twilio.com/docs/errors/21211"));
    QCOMPARE(r.requests.size(), 1);
    QCOMPARE(r.requests.first().httpStatus, 400);
    QVERIFY(r.requests.first().error.contains(QLatin1String("21211")));
}

void TestHookRunner::nodeStyleCallback()
{
    const HookRunResult r = runHook(hook(QStringLiteral(
        "  const s = context.webtask.secrets;\n"
        "  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);\n"
        "  client.messages.create({ to: recipient, from: s.TWILIO_PHONE_NUMBER, body: text },\n"
        "    function (err, message) { cb(err, message && message.numSegments); });")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.result.toString(), QStringLiteral("1"));
}

void TestHookRunner::secondCallbackIsNoted()
{
    const HookRunResult r
        = runHook(hook(QStringLiteral("  cb(null, { n: 1 });\n  cb(new Error('late'));")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Success);
    QCOMPARE(r.result.toObject().value(QLatin1String("n")).toInt(), 1);
    QCOMPARE(r.console.size(), 1);
    QCOMPARE(r.console.first().level, QStringLiteral("warn"));
}

void TestHookRunner::consoleCapturesObjects()
{
    const HookRunResult r = runHook(hook(QStringLiteral(
        "  console.info('ctx', { a: [1, 2] });\n  console.error(new Error('bad'));\n"
        "  console.log(context.message_type, context.user.email);\n  cb(null, {});")));
    QVERIFY(r.succeeded());
    QCOMPARE(r.console.size(), 3);
    QCOMPARE(r.console.at(0).level, QStringLiteral("info"));
    QCOMPARE(r.console.at(0).text, QStringLiteral("ctx {\"a\":[1,2]}"));
    QCOMPARE(r.console.at(1).level, QStringLiteral("error"));
    QCOMPARE(r.console.at(1).text, QStringLiteral("Error: bad"));
    QCOMPARE(r.console.at(2).text, QStringLiteral("sms test@example.com"));
}

void TestHookRunner::secretsAreRedacted()
{
    const QString token = SandboxProfile::secrets().value(SecretNames::AuthToken);
    const HookRunResult r = runHook(hook(QStringLiteral(
        "  const s = context.webtask.secrets;\n"
        "  console.log('token', s.TWILIO_AUTH_TOKEN);\n"
        "  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);\n"
        "  const params = { to: recipient, from: s.TWILIO_PHONE_NUMBER, body: text };\n"
        "  client.messages.create(params)\n"
        "    .then(function () {\n"
        "      params.body = 'code ' + s.TWILIO_AUTH_TOKEN;\n"
        "      return client.messages.create(params);\n"
        "    })\n"
        "    .then(function () { cb(null, {}); }, function (e) {\n"
        "      console.log('refused:', e.message);\n"
        "      cb(new Error('leak ' + s.TWILIO_AUTH_TOKEN));\n"
        "    });")));
    QStringList seen;
    for (const HookConsoleLine &line : r.console)
        seen << line.text;
    for (const HookRequestRecord &req : r.requests)
        seen << req.sid + QLatin1Char(' ') + req.error;
    QVERIFY2(r.outcome == HookRunResult::Outcome::HookError,
             qPrintable(r.error + QLatin1Char('\n') + seen.join(QLatin1Char('\n'))));
    QCOMPARE(r.console.first().text, QStringLiteral("token [redacted]"));
    QVERIFY(!r.error.contains(token));
    QVERIFY(r.error.contains(QLatin1String("[redacted]")));
    // The first send went out; the second, with the token in its text, was refused.
    QCOMPARE(r.requests.size(), 2);
    QVERIFY(r.requests.at(0).sid.startsWith(QLatin1String("SM")));
    QVERIFY(r.requests.at(1).sid.isEmpty());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("POST"), QStringLiteral("*/Messages.json")), 1);
    QCOMPARE(r.console.size(), 2);
    QVERIFY(r.console.at(1).text.startsWith(QLatin1String("refused:")));
    for (const HookRequestRecord &req : r.requests) {
        QVERIFY(!req.summary.contains(token));
        QVERIFY(!req.url.contains(token));
    }
    for (const HookConsoleLine &line : r.console)
        QVERIFY(!line.text.contains(token));
    // Nothing of it on disk: the log database (and its WAL) hold no token.
    bool flushed = false;
    m_log->query({}, 0, this, [&](const QList<Attempt> &, const QString &) { flushed = true; });
    QTRY_VERIFY(flushed);
    QCOMPARE(TestSupport::filesContaining(m_dir.path(), token), QStringList());
}

void TestHookRunner::badExport()
{
    const HookRunResult r = runHook(QStringLiteral("module.exports = 42;\n"));
    QCOMPARE(r.outcome, HookRunResult::Outcome::BadExport);
}

void TestHookRunner::noHostAccess()
{
    // No Qt object, no XMLHttpRequest, no timers, no process: each is simply missing.
    const HookRunResult r = runHook(hook(QStringLiteral(
        "  cb(null, [typeof Qt, typeof XMLHttpRequest, typeof setTimeout, typeof process,\n"
        "            typeof __native, typeof print].join(','));")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.result.toString(),
             QStringLiteral("undefined,undefined,undefined,undefined,undefined,undefined"));
}

void TestHookRunner::cancelStopsRun()
{
    HookRunner runner(m_log.get());
    HookRunRequest request;
    request.source = hook(QStringLiteral("  for (;;) {}"));
    request.profile = m_profile;
    request.recipient = QStringLiteral("+14155552671");
    QSignalSpy finished(&runner, &HookRunner::finished);
    runner.run(request);
    QVERIFY(runner.isRunning());
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<HookRunResult>().outcome,
             HookRunResult::Outcome::Cancelled);
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(TestHookRunner)
#include "TestHookRunner.moc"
