#include "RunnerHarness.h"
#include "TestSupport.h"
#include "hook/HookLint.h"
#include "hook/HookTemplates.h"
#include "hook/SecretRedactor.h"
#include "secrets/SecretRules.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

// HookRunner with legacy hooks, end to end: each run is a real Node process (resources/runner),
// require('twilio') is Twilio's SDK whose requests go over real HTTP to an in-process sandbox,
// sends land in a temporary delivery log. The bounds (time, memory, output) and what every run
// shares (redaction, modules) are here too; Actions are in TestActionRunner.
class TestHookRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void templatesSendAndLog_data();
    void templatesSendAndLog();
    void sendsAreFollowedToTheirFinalStatus_data();
    void sendsAreFollowedToTheirFinalStatus();
    void infiniteLoopTimesOutThenNextRunWorks();
    void memoryBound_data();
    void memoryBound();
    void outputBound_data();
    void outputBound();
    void throwReportsLine();
    void noCallbackEndsQuickly();
    void longPromiseChainIsWaitedFor();
    void voiceBranches();
    void syntaxErrorReportsLine();
    void syntaxErrorSaidAsTheLintSaysIt();
    void unknownModuleFails();
    void modulesFolderIsUsed();
    void callbackError();
    void twilioErrorReachesScript();
    void nodeStyleCallback();
    void secondCallbackIsNoted();
    void consoleCapturesObjects();
    void secretsAreRedacted();
    void transformedSecretsAreRedacted();
    void secretsDroppedOnceRunEnds();
    void badExport();
    void runsApartFromTheConsole();
    void cancelStopsRun();

private:
    static QString hook(const QString &body);

    RunnerHarness m_h;
};

void TestHookRunner::initTestCase()
{
    QVERIFY(m_h.setUp());
}

void TestHookRunner::init()
{
    m_h.sandbox().reset();
}

QString TestHookRunner::hook(const QString &body)
{
    return QStringLiteral("module.exports = function (recipient, text, context, cb) {\n") + body
        + QStringLiteral("\n};\n");
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
    const HookRunResult r = m_h.run(HookTemplates::byId(id).source);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.kind, CodeKind::Hook);
    QVERIFY2(r.nodeVersion.startsWith(QLatin1Char('v')), qPrintable(r.nodeVersion));
    QVERIFY2(r.twilioVersion.startsWith(QLatin1String("5.")), qPrintable(r.twilioVersion));
    QCOMPARE(m_h.sandbox().requestCount(QStringLiteral("POST"), path), 1);
    QCOMPARE(r.requests.size(), 1);
    const QString sid = r.requests.first().sid;
    QVERIFY2(sid.startsWith(sidPrefix), qPrintable(sid));
    QCOMPARE(r.requests.first().httpStatus, 201);
    QVERIFY(r.requests.first().logged);
    QCOMPARE(r.result.toObject().value(QLatin1String("sid")).toString(), sid);
    if (id == QLatin1String("verify"))
        QCOMPARE(m_h.sandbox().verifications().last().code, QStringLiteral("123456"));

    // The send is in the delivery log, with source "hook".
    LogFilter filter;
    filter.source = Attempt::Source::Hook;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Attempt> rows = m_h.attempts(filter);
            return std::any_of(rows.cbegin(), rows.cend(),
                               [&](const Attempt &a) { return a.sid == sid; });
        }(),
        5000);
}

void TestHookRunner::sendsAreFollowedToTheirFinalStatus_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("source");
    QTest::newRow("hook") << QStringLiteral("programmable-sms") << int(Attempt::Source::Hook);
    QTest::newRow("send-phone-message Action")
        << QStringLiteral("send-phone-message-sms") << int(Attempt::Source::Action);
    QTest::newRow("custom-phone-provider Action")
        << QStringLiteral("custom-phone-provider-sms") << int(Attempt::Source::Action);
}

void TestHookRunner::sendsAreFollowedToTheirFinalStatus()
{
    // The SDK resolves as soon as Twilio accepts the message (queued); the console follows it on
    // to "delivered" like a Run-page send, and the log's row says so: never "pending" forever.
    QFETCH(QString, id);
    QFETCH(int, source);
    m_h.sandbox().setTimeScale(0.05);
    HookRunner runner(m_h.log());
    runner.setDeliveryPolling(50, 2000);
    QSignalSpy settled(&runner, &HookRunner::deliveriesSettled);
    QSignalSpy statuses(&runner, &HookRunner::deliveryStatus);
    const HookRunResult r = m_h.run(HookTemplates::byId(id).source, &runner);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.requests.size(), 1);
    const QString sid = r.requests.first().sid;
    QVERIFY2(sid.startsWith(QLatin1String("SM")), qPrintable(sid));
    QVERIFY(settled.wait(10000) || settled.size() == 1);
    QCOMPARE(runner.deliveriesFollowed(), 0);
    bool sawDelivered = false;
    for (const QList<QVariant> &args : std::as_const(statuses))
        sawDelivered
            |= args.at(0).toString() == sid && args.at(1).toString() == QLatin1String("delivered");
    QVERIFY(sawDelivered);
    LogFilter filter;
    filter.source = Attempt::Source(source);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Attempt> rows = m_h.attempts(filter);
            return std::any_of(rows.cbegin(), rows.cend(), [&](const Attempt &a) {
                return a.sid == sid && a.outcome == Attempt::Outcome::Delivered
                    && a.status == QLatin1String("delivered");
            });
        }(),
        5000);
    // Sent once: following only reads.
    QCOMPARE(m_h.sandbox().requestCount(QStringLiteral("POST"), QStringLiteral("*/Messages.json")),
             1);
}

void TestHookRunner::infiniteLoopTimesOutThenNextRunWorks()
{
    HookRunner runner(m_h.log());
    // The console's own event loop goes on while the code spins.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
    tick.start(50);
    QElapsedTimer clock;
    clock.start();
    HookRunRequest request = m_h.request(hook(QStringLiteral("  while (true) {}")));
    request.timeLimitMs = 1000;
    const HookRunResult r = m_h.run(request, &runner);
    QCOMPARE(r.outcome, HookRunResult::Outcome::TimedOut);
    QCOMPARE(r.bound, HookRunResult::Bound::Time);
    QVERIFY(clock.elapsed() < 1000 + 3000);
    QVERIFY(ticks >= 10);
    QVERIFY(r.error.contains(QLatin1String("1 s")));
    QVERIFY(RunnerHarness::processGone(r.processId));

    // The same runner runs the next hook normally.
    const HookRunResult next
        = m_h.run(HookTemplates::byId(QStringLiteral("programmable-sms")).source, &runner);
    QVERIFY2(next.succeeded(), qPrintable(next.error));
    QVERIFY(next.processId != r.processId);
}

void TestHookRunner::memoryBound_data()
{
    QTest::addColumn<QString>("body");
    // Objects on the JavaScript heap (--max-old-space-size), and Buffers outside it (the
    // process's data limit).
    QTest::newRow("heap") << QStringLiteral(
        "  const a = [];\n  for (;;) a.push(new Array(100000).fill(Math.random()));");
    QTest::newRow("buffers") << QStringLiteral(
        "  const a = [];\n  for (;;) a.push(Buffer.alloc(1 << 20, 1));");
}

void TestHookRunner::memoryBound()
{
    QFETCH(QString, body);
    HookRunner runner(m_h.log());
    HookRunRequest request = m_h.request(hook(body));
    request.memoryLimitMb = 64;
    const HookRunResult r = m_h.run(request, &runner);
    QVERIFY2(r.outcome == HookRunResult::Outcome::MemoryLimit,
             qPrintable(HookRunResult::outcomeName(r.outcome) + QLatin1Char(' ') + r.error));
    QCOMPARE(r.bound, HookRunResult::Bound::Memory);
    QVERIFY(r.error.contains(QLatin1String("64 MB")));
    QVERIFY(RunnerHarness::processGone(r.processId));
    const HookRunResult next = m_h.run(hook(QStringLiteral("  cb(null, 'after');")), &runner);
    QVERIFY2(next.succeeded(), qPrintable(next.error));
    QCOMPARE(next.result.toString(), QStringLiteral("after"));
}

void TestHookRunner::outputBound_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("stream");
    QTest::newRow("console.log") << QStringLiteral("  for (;;) console.log('x'.repeat(1000));")
                                 << QStringLiteral("console");
    QTest::newRow("stdout") << QStringLiteral(
        "  for (;;) process.stdout.write('y'.repeat(1000) + '\\n');")
                            << QStringLiteral("standard output");
    QTest::newRow("stderr") << QStringLiteral(
        "  for (;;) process.stderr.write('z'.repeat(999) + '\\n');")
                            << QStringLiteral("standard error");
}

void TestHookRunner::outputBound()
{
    QFETCH(QString, body);
    QFETCH(QString, stream);
    HookRunRequest request = m_h.request(hook(body));
    request.outputLimitBytes = 32 * 1024;
    const HookRunResult r = m_h.run(request);
    QCOMPARE(r.outcome, HookRunResult::Outcome::OutputLimit);
    QCOMPARE(r.bound, HookRunResult::Bound::Output);
    QVERIFY2(r.error.contains(stream), qPrintable(r.error));
    QVERIFY(RunnerHarness::processGone(r.processId));
    // What is kept stays within the limit (a line of each kind is 1000 bytes).
    qint64 kept = 0;
    for (const HookConsoleLine &line : r.console)
        kept += line.text.toUtf8().size() + 1;
    QVERIFY2(kept <= request.outputLimitBytes + 1024, qPrintable(QString::number(kept)));
    QVERIFY(kept >= request.outputLimitBytes / 2);
}

void TestHookRunner::throwReportsLine()
{
    const HookRunResult r
        = m_h.run(hook(QStringLiteral("  const x = 1;\n  throw new Error('boom');")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Threw);
    QCOMPARE(r.line, 3);
    QVERIFY(r.error.contains(QLatin1String("boom")));
}

void TestHookRunner::noCallbackEndsQuickly()
{
    QElapsedTimer clock;
    clock.start();
    const HookRunResult r = m_h.run(hook(QStringLiteral(
        "  Promise.resolve(1).then(function (v) { return v + 1; }).then(function (v) {\n"
        "    console.log('got', v);\n  });")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::NoCallback);
    QVERIFY(clock.elapsed() < 5000); // not the 10 s limit
    QCOMPARE(RunnerHarness::texts(r), QStringList {QStringLiteral("got 2")});
}

void TestHookRunner::longPromiseChainIsWaitedFor()
{
    QString chain = QStringLiteral("  var p = Promise.resolve(0);\n");
    for (int i = 0; i < 30; ++i)
        chain += QStringLiteral("  p = p.then(function (v) { return new Promise(function (ok) "
                                "{ setTimeout(function () { ok(v + 1); }, 1); }); });\n");
    chain += QStringLiteral("  p.then(function (v) { cb(null, v); });");
    const HookRunResult r = m_h.run(hook(chain));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.result.toInt(), 30);
}

void TestHookRunner::voiceBranches()
{
    // Programmable SMS cannot call: its template says so through cb, and sends nothing.
    HookRunRequest request
        = m_h.request(HookTemplates::byId(QStringLiteral("programmable-sms")).source);
    request.context.insert(QStringLiteral("message_type"), QStringLiteral("voice"));
    const HookRunResult r = m_h.run(request);
    QCOMPARE(r.outcome, HookRunResult::Outcome::HookError);
    QVERIFY(r.error.contains(QLatin1String("SMS only")));
    QCOMPARE(m_h.sandbox().requestCount(QStringLiteral("POST"), QStringLiteral("*")), 0);

    // Verify can: its template asks for the code by phone call (channel "call").
    request.source = HookTemplates::byId(QStringLiteral("verify")).source;
    const HookRunResult v = m_h.run(request);
    QVERIFY2(v.succeeded(), qPrintable(v.error));
    QCOMPARE(v.requests.size(), 1);
    QVERIFY2(v.requests.first().summary.contains(QLatin1String("Channel=call")),
             qPrintable(v.requests.first().summary));
    QVERIFY2(v.requests.first().summary.contains(QLatin1String("CustomCode=***")),
             qPrintable(v.requests.first().summary));
    QVERIFY(v.requests.first().sid.startsWith(QLatin1String("VE")));
}

void TestHookRunner::syntaxErrorReportsLine()
{
    const HookRunResult r = m_h.run(hook(QStringLiteral("  cb(null, {});\n  const = 3;")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::SyntaxError);
    QCOMPARE(r.line, 3);
}

void TestHookRunner::syntaxErrorSaidAsTheLintSaysIt()
{
    // Node and the lint parse with different parsers, which word the same error differently
    // (Node: "Unexpected token ';'", "Invalid or unexpected token"); the run repeats the lint
    // list's message and position, word for word.
    const QStringList bodies {
        QStringLiteral("  var x = 1 +;\n  cb(null, {});"),
        QStringLiteral("  var x = 0x;\n  cb(null, {});"),
        QStringLiteral("  cb(null, {};"),
    };
    for (const QString &body : bodies) {
        const QString source = hook(body);
        const std::optional<LintIssue> lint = HookLint::syntaxError(source);
        QVERIFY2(lint, qPrintable(body));
        const HookRunResult r = m_h.run(hook(body));
        QCOMPARE(r.outcome, HookRunResult::Outcome::SyntaxError);
        QCOMPARE(r.line, lint->line);
        QCOMPARE(r.error, HookLint::describeSyntaxError(*lint));
        QVERIFY2(r.error.contains(lint->message), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("column %1").arg(lint->column)),
                 qPrintable(r.error));
    }
}

void TestHookRunner::unknownModuleFails()
{
    const HookRunResult r = m_h.run(hook(QStringLiteral("  const pad = require('left-pad');\n"
                                                        "  cb(null, pad('1', 3));")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::RequireFailed);
    QVERIFY2(r.error.contains(QLatin1String("require('left-pad')")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("npm install left-pad")), qPrintable(r.error));
    QVERIFY(r.error.contains(QLatin1String("modules folder")));
    QCOMPARE(r.line, 2);

    // Node's own modules are there, as in Auth0.
    const HookRunResult builtin = m_h.run(hook(QStringLiteral(
        "  cb(null, require('crypto').createHash('sha256').update('a').digest('hex').length);")));
    QVERIFY2(builtin.succeeded(), qPrintable(builtin.error));
    QCOMPARE(builtin.result.toInt(), 64);
}

void TestHookRunner::modulesFolderIsUsed()
{
    // A folder where `npm install greet` would have put the package.
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("node_modules/greet")));
    QFile index(folder.filePath(QStringLiteral("node_modules/greet/index.js")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("module.exports = (name) => 'hello ' + name;\n");
    index.close();

    HookRunRequest request
        = m_h.request(hook(QStringLiteral("  cb(null, require('greet')('auth0'));")));
    request.modulesDir = folder.path();
    HookRunResult r = m_h.run(request);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.result.toString(), QStringLiteral("hello auth0"));
    // The node_modules folder itself works as well.
    request.modulesDir = folder.filePath(QStringLiteral("node_modules"));
    r = m_h.run(request);
    QVERIFY2(r.succeeded(), qPrintable(r.error));

    // A package the folder lacks is named, with the folder and the command.
    request.source = hook(QStringLiteral("  require('nope-not-here');\n  cb(null, 1);"));
    r = m_h.run(request);
    QCOMPARE(r.outcome, HookRunResult::Outcome::RequireFailed);
    QVERIFY2(r.error.contains(QStringLiteral("npm install nope-not-here")), qPrintable(r.error));
    QVERIFY2(r.error.contains(folder.path()), qPrintable(r.error));
}

void TestHookRunner::callbackError()
{
    const HookRunResult r = m_h.run(hook(QStringLiteral("  cb(new Error('x'));")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::HookError);
    QVERIFY(r.error.contains(QLatin1String("x")));
}

void TestHookRunner::twilioErrorReachesScript()
{
    // +15005550001 is the sandbox's (and Twilio's test credentials') invalid To number: the
    // SDK makes its RestException from the sandbox's answer.
    const HookRunResult r = m_h.run(m_h.request(
        hook(QStringLiteral(
            "  const s = context.webtask.secrets;\n"
            "  const twilio = require('twilio');\n"
            "  twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN).messages\n"
            "    .create({ to: recipient, from: s.TWILIO_PHONE_NUMBER, body: text })\n"
            "    .then(function () { cb(null, 'sent?'); }, function (err) {\n"
            "      console.log(err instanceof twilio.RestException, err.code, err.status, "
            "err.moreInfo);\n"
            "      cb(err);\n"
            "    });")),
        QStringLiteral("+15005550001")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::HookError);
    QVERIFY2(r.error.contains(QLatin1String("21211")), qPrintable(r.error));
    QCOMPARE(
        RunnerHarness::texts(r),
        QStringList {QStringLiteral("true 21211 400 https://www.twilio.com/docs/errors/21211")});
    QCOMPARE(r.requests.size(), 1);
    QCOMPARE(r.requests.first().httpStatus, 400);
    QVERIFY(r.requests.first().error.contains(QLatin1String("21211")));
}

void TestHookRunner::nodeStyleCallback()
{
    const HookRunResult r = m_h.run(hook(QStringLiteral(
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
        = m_h.run(hook(QStringLiteral("  cb(null, { n: 1 });\n  cb(new Error('late'));")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Success);
    QCOMPARE(r.result.toObject().value(QLatin1String("n")).toInt(), 1);
    QCOMPARE(r.console.size(), 1);
    QCOMPARE(r.console.first().level, QStringLiteral("warn"));
}

void TestHookRunner::consoleCapturesObjects()
{
    const HookRunResult r = m_h.run(hook(
        QStringLiteral("  console.info('ctx', { a: [1, 2] });\n  console.error(new Error('bad'));\n"
                       "  console.log(context.message_type, context.user.email);\n"
                       "  process.stdout.write('raw\\n');\n  cb(null, {});")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.console.size(), 4);
    QCOMPARE(r.console.at(0).level, QStringLiteral("info"));
    QCOMPARE(r.console.at(0).text, QStringLiteral("ctx { a: [ 1, 2 ] }"));
    QCOMPARE(r.console.at(1).level, QStringLiteral("error"));
    QVERIFY2(r.console.at(1).text.startsWith(QLatin1String("Error: bad\n    at ")),
             qPrintable(r.console.at(1).text));
    QCOMPARE(r.console.at(2).text, QStringLiteral("sms test@example.com"));
    QCOMPARE(r.console.at(3).level, QStringLiteral("stdout"));
    QCOMPARE(r.console.at(3).text, QStringLiteral("raw"));
}

void TestHookRunner::secretsAreRedacted()
{
    const QString token = SandboxProfile::secrets().value(SecretNames::AuthToken);
    const HookRunResult r = m_h.run(hook(QStringLiteral(
        "  const s = context.webtask.secrets;\n"
        "  console.log('token', s.TWILIO_AUTH_TOKEN);\n"
        "  process.stderr.write('stderr ' + s.TWILIO_AUTH_TOKEN + '\\n');\n"
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
    QVERIFY2(r.outcome == HookRunResult::Outcome::HookError,
             qPrintable(r.error + QLatin1Char('\n') + RunnerHarness::texts(r).join(u'\n')));
    QCOMPARE(r.console.first().text, QStringLiteral("token [redacted]"));
    QVERIFY(RunnerHarness::texts(r).contains(QStringLiteral("stderr [redacted]")));
    QVERIFY(!r.error.contains(token));
    QVERIFY(r.error.contains(QLatin1String("[redacted]")));
    // The first send went out; the second, with the token in its text, was refused.
    QCOMPARE(r.requests.size(), 2);
    QVERIFY(r.requests.at(0).sid.startsWith(QLatin1String("SM")));
    QVERIFY(r.requests.at(1).sid.isEmpty());
    QCOMPARE(m_h.sandbox().requestCount(QStringLiteral("POST"), QStringLiteral("*/Messages.json")),
             1);
    QVERIFY(RunnerHarness::texts(r).last().startsWith(QLatin1String("refused:")));
    for (const HookRequestRecord &req : r.requests) {
        QVERIFY(!req.summary.contains(token));
        QVERIFY(!req.url.contains(token));
        QVERIFY(!req.error.contains(token));
    }
    for (const QString &line : RunnerHarness::texts(r))
        QVERIFY(!line.contains(token, Qt::CaseInsensitive));
    // Nothing of it on disk: the log database (and its WAL) hold no token.
    m_h.attempts();
    QCOMPARE(TestSupport::filesContaining(m_h.dir(), token), QStringList());
}

void TestHookRunner::transformedSecretsAreRedacted()
{
    HookRunRequest request = m_h.request(
        hook(QStringLiteral("  const v = context.webtask.secrets.API_KEY;\n"
                            "  const half = v.length / 2;\n"
                            "  console.log('upper', v.toUpperCase());\n"
                            "  console.log('lower', v.toLowerCase());\n"
                            "  console.log('first', v.slice(0, half), 'second', v.slice(half));\n"
                            "  console.log('spaced', v.split('').join(' '));\n"
                            "  console.log('dashed', v.split('').join('-'));\n"
                            "  console.log('json', JSON.stringify({ k: v }));\n"
                            "  cb(null, { echo: v.toUpperCase() });")));
    const QString secret = QStringLiteral("Kx9vQ2mPz7Lw4Rt8");
    request.secrets.insert(QStringLiteral("API_KEY"), secret);
    const HookRunResult r = m_h.run(request);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(RunnerHarness::texts(r),
             (QStringList {QStringLiteral("upper [redacted]"), QStringLiteral("lower [redacted]"),
                           QStringLiteral("first [redacted] second [redacted]"),
                           QStringLiteral("spaced [redacted]"), QStringLiteral("dashed [redacted]"),
                           QStringLiteral("json {\"k\":\"[redacted]\"}")}));
    QCOMPARE(r.result.toObject().value(QLatin1String("echo")).toString(),
             QStringLiteral("[redacted]"));
}

void TestHookRunner::secretsDroppedOnceRunEnds()
{
    HookRunner runner(m_h.log());
    QVERIFY(!runner.holdsSecrets());
    // Held while the run goes on (its output is redacted until the end)...
    HookRunRequest request = m_h.request(
        hook(QStringLiteral("  console.log(context.webtask.secrets.TWILIO_AUTH_TOKEN);\n"
                            "  cb(null, {});")));
    const HookRunResult r = m_h.run(request, &runner);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(RunnerHarness::texts(r), QStringList {SecretRedactor::mask()});
    // ... and gone once it has ended, whichever way.
    QVERIFY(!runner.holdsSecrets());

    QSignalSpy known(&runner, &HookRunner::kindKnown);
    QSignalSpy finished(&runner, &HookRunner::finished);
    runner.run(m_h.request(hook(QStringLiteral("  for (;;) {}"))));
    QVERIFY(runner.holdsSecrets());
    QVERIFY(known.wait(10000));
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.holdsSecrets());

    // A run whose code fails drops them too.
    request.source = QStringLiteral("module.exports = 42;\n");
    const HookRunResult bad = m_h.run(request, &runner);
    QCOMPARE(bad.outcome, HookRunResult::Outcome::BadExport);
    QVERIFY(!runner.holdsSecrets());
}

void TestHookRunner::badExport()
{
    const HookRunResult r = m_h.run(QStringLiteral("module.exports = 42;\n"));
    QCOMPARE(r.outcome, HookRunResult::Outcome::BadExport);
    const HookRunResult wrongTrigger
        = m_h.run(QStringLiteral("exports.onExecutePostLogin = async (event, api) => {};\n"));
    QCOMPARE(wrongTrigger.outcome, HookRunResult::Outcome::BadExport);
    QVERIFY2(wrongTrigger.error.contains(QLatin1String("onExecutePostLogin")),
             qPrintable(wrongTrigger.error));
}

void TestHookRunner::runsApartFromTheConsole()
{
    // Another process, which sees none of the console's environment.
    qputenv("SMSHOOK_TEST_MARKER", "from-the-console");
    const HookRunResult r = m_h.run(hook(QStringLiteral(
        "  cb(null, { pid: process.pid, marker: process.env.SMSHOOK_TEST_MARKER || null,\n"
        "             token: process.env.TWILIO_AUTH_TOKEN || null });")));
    qunsetenv("SMSHOOK_TEST_MARKER");
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    const QJsonObject o = r.result.toObject();
    QCOMPARE(o.value(QLatin1String("pid")).toInteger(), r.processId);
    QVERIFY(r.processId != QCoreApplication::applicationPid());
    QVERIFY(o.value(QLatin1String("marker")).isNull());
    QVERIFY(o.value(QLatin1String("token")).isNull());
    QTRY_VERIFY(RunnerHarness::processGone(r.processId));
}

void TestHookRunner::cancelStopsRun()
{
    HookRunner runner(m_h.log());
    QSignalSpy finished(&runner, &HookRunner::finished);
    QSignalSpy known(&runner, &HookRunner::kindKnown);
    runner.run(m_h.request(hook(QStringLiteral("  for (;;) {}"))));
    QVERIFY(runner.isRunning());
    QVERIFY(known.wait(10000)); // the code is loaded and spinning
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    const HookRunResult r = finished.first().first().value<HookRunResult>();
    QCOMPARE(r.outcome, HookRunResult::Outcome::Cancelled);
    QVERIFY(!runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(RunnerHarness::processGone(r.processId), 5000);
}

QTEST_GUILESS_MAIN(TestHookRunner)
#include "TestHookRunner.moc"
