#include "RunnerHarness.h"
#include "secrets/SecretRules.h"

#include <QJsonArray>

// HookRunner with Auth0 Actions, end to end in real Node processes: each trigger's event as the
// code sees it, modern syntax, the api object (cache, notification.drop/retry), failures, and
// Twilio's SDK against the in-process sandbox over real HTTP (sends in the delivery log with
// source "action", errors as the SDK's RestException, APIs beyond Messages and Verify).
class TestActionRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void sendPhoneMessageEvent();
    void customPhoneProviderEvent();
    void editedEventIsMergedOver();
    void modernSyntaxRuns();
    void sendLandsInTheLogAsAction();
    void verifyThroughTheSdk();
    void restExceptionReachesTheCode();
    void otherApisGoThroughTheConsole();
    void throwFailsTheSend();
    void dropAndRetry();
    void neverSettles();
    void timeBound();
    void cacheKeepsAuth0sLimits();
    void cacheLivesOnBetweenRuns();

private:
    static QString action(const QString &body,
                          const QString &trigger = QStringLiteral("onExecuteSendPhoneMessage"))
    {
        return QStringLiteral("exports.%1 = async (event, api) => {\n").arg(trigger) + body
            + QStringLiteral("\n};\n");
    }
    static QString provider(const QString &body)
    {
        return action(body, QStringLiteral("onExecuteCustomPhoneProvider"));
    }

    RunnerHarness m_h;
};

void TestActionRunner::initTestCase()
{
    QVERIFY(m_h.setUp());
}

void TestActionRunner::init()
{
    m_h.sandbox().reset();
}

void TestActionRunner::sendPhoneMessageEvent()
{
    HookRunRequest request = m_h.request(action(QStringLiteral("  return event;")));
    request.context.insert(QStringLiteral("message_type"), QStringLiteral("voice"));
    request.context.insert(QStringLiteral("code"), QStringLiteral("987654"));
    request.context.insert(QStringLiteral("language"), QStringLiteral("fr"));
    const HookRunResult r = m_h.run(request);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.kind, CodeKind::SendPhoneMessage);
    const QJsonObject e = r.result.toObject();
    const QJsonObject options = e.value(QLatin1String("message_options")).toObject();
    QCOMPARE(options.value(QLatin1String("recipient")).toString(), QStringLiteral("+14155552671"));
    QCOMPARE(options.value(QLatin1String("text")).toString(),
             QStringLiteral("Your verification code is: 123456"));
    QCOMPARE(options.value(QLatin1String("code")).toString(), QStringLiteral("987654"));
    QCOMPARE(options.value(QLatin1String("message_type")).toString(), QStringLiteral("voice"));
    QCOMPARE(options.value(QLatin1String("action")).toString(), QStringLiteral("enrollment"));
    const QJsonObject req = e.value(QLatin1String("request")).toObject();
    for (const char *key : {"geoip", "ip", "method", "language", "hostname", "user_agent"})
        QVERIFY2(req.contains(QLatin1String(key)), key);
    QCOMPARE(req.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(e.value(QLatin1String("tenant")).toObject().keys(),
             QStringList {QStringLiteral("id")});
    QVERIFY(!e.value(QLatin1String("user"))
                 .toObject()
                 .value(QLatin1String("user_id"))
                 .toString()
                 .isEmpty());
    QVERIFY(e.value(QLatin1String("client")).toObject().contains(QLatin1String("client_id")));
    // event.secrets holds the profile's secrets; the token comes back redacted.
    const QJsonObject secrets = e.value(QLatin1String("secrets")).toObject();
    QCOMPARE(secrets.value(SecretNames::AccountSid).toString(),
             SandboxProfile::secrets().value(SecretNames::AccountSid));
    QCOMPARE(secrets.value(SecretNames::AuthToken).toString(), QStringLiteral("[redacted]"));
    QVERIFY(!e.contains(QLatin1String("notification")));
}

void TestActionRunner::customPhoneProviderEvent()
{
    const HookRunResult r
        = m_h.run(provider(QStringLiteral("  return { event, api: Object.keys(api).sort(), n: "
                                          "Object.keys(api.notification).sort() };")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.kind, CodeKind::CustomPhoneProvider);
    const QJsonObject o = r.result.toObject();
    const QJsonObject e = o.value(QLatin1String("event")).toObject();
    const QJsonObject n = e.value(QLatin1String("notification")).toObject();
    QCOMPARE(n.value(QLatin1String("recipient")).toString(), QStringLiteral("+14155552671"));
    QCOMPARE(n.value(QLatin1String("as_text")).toString(),
             QStringLiteral("Your verification code is: 123456"));
    QVERIFY(n.contains(QLatin1String("as_voice")));
    QCOMPARE(n.value(QLatin1String("code")).toString(), QStringLiteral("123456"));
    QCOMPARE(n.value(QLatin1String("delivery_method")).toString(), QStringLiteral("text"));
    QCOMPARE(n.value(QLatin1String("message_type")).toString(), QStringLiteral("otp_enroll"));
    QCOMPARE(n.value(QLatin1String("locale")).toString(), QStringLiteral("en"));
    const QJsonObject tenant = e.value(QLatin1String("tenant")).toObject();
    QVERIFY(tenant.contains(QLatin1String("id")));
    QVERIFY(tenant.contains(QLatin1String("friendly_name")));
    for (const char *key : {"client", "request", "user", "secrets"})
        QVERIFY2(e.contains(QLatin1String(key)), key);
    QVERIFY(!e.contains(QLatin1String("message_options")));
    QCOMPARE(o.value(QLatin1String("api")).toArray(),
             (QJsonArray {QStringLiteral("cache"), QStringLiteral("notification")}));
    QCOMPARE(o.value(QLatin1String("n")).toArray(),
             (QJsonArray {QStringLiteral("drop"), QStringLiteral("retry")}));
}

void TestActionRunner::editedEventIsMergedOver()
{
    HookRunRequest request = m_h.request(provider(QStringLiteral(
        "  return [event.notification.recipient, event.notification.code, "
        "event.tenant.id, event.user.app_metadata.plan, event.secrets.TWILIO_ACCOUNT_SID];")));
    request.event = QJsonObject {
        {QStringLiteral("notification"),
         QJsonObject {{QStringLiteral("recipient"), QStringLiteral("+447700900123")}}},
        {QStringLiteral("user"),
         QJsonObject {{QStringLiteral("app_metadata"),
                       QJsonObject {{QStringLiteral("plan"), QStringLiteral("gold")}}}}},
        // The profile's secrets win over any in the edited event.
        {QStringLiteral("secrets"),
         QJsonObject {{QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("ACfake")}}}};
    const HookRunResult r = m_h.run(request);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QCOMPARE(r.result.toArray(),
             (QJsonArray {QStringLiteral("+447700900123"), QStringLiteral("123456"),
                          QStringLiteral("dev-tenant"), QStringLiteral("gold"),
                          SandboxProfile::secrets().value(SecretNames::AccountSid)}));
}

void TestActionRunner::modernSyntaxRuns()
{
    // What QJSEngine could not parse: async/await, spread, private fields, flatMap,
    // Object.fromEntries, globalThis, BigInt, optional catch binding.
    const HookRunResult r = m_h.run(action(
        QStringLiteral("  class Counter { #n = 0; inc() { return ++this.#n; } }\n"
                       "  const c = new Counter(); c.inc();\n"
                       "  const wait = (v) => new Promise((ok) => setTimeout(() => ok(v), 5));\n"
                       "  const a = await wait(1); const b = await wait(a + 1);\n"
                       "  const o = { ...event.message_options, extra: true };\n"
                       "  let caught = false; try { JSON.parse('{'); } catch { caught = true; }\n"
                       "  return { n: c.inc(), sum: a + b, to: o.recipient, extra: o.extra,\n"
                       "    flat: [[1], [2, 3]].flatMap((x) => x),\n"
                       "    entries: Object.fromEntries([['k', 'v']]), g: typeof globalThis,\n"
                       "    big: String(2n ** 64n), caught };")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    const QJsonObject o = r.result.toObject();
    QCOMPARE(o.value(QLatin1String("n")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("sum")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("to")).toString(), QStringLiteral("+14155552671"));
    QCOMPARE(o.value(QLatin1String("extra")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("flat")).toArray(), (QJsonArray {1, 2, 3}));
    QCOMPARE(o.value(QLatin1String("entries")).toObject().value(QLatin1String("k")).toString(),
             QStringLiteral("v"));
    QCOMPARE(o.value(QLatin1String("g")).toString(), QStringLiteral("object"));
    QCOMPARE(o.value(QLatin1String("big")).toString(), QStringLiteral("18446744073709551616"));
    QCOMPARE(o.value(QLatin1String("caught")).toBool(), true);
}

void TestActionRunner::sendLandsInTheLogAsAction()
{
    const HookRunResult r = m_h.run(action(QStringLiteral(
        "  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER } = event.secrets;\n"
        "  const client = require('twilio')(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);\n"
        "  const m = await client.messages.create({ to: event.message_options.recipient,\n"
        "    from: TWILIO_PHONE_NUMBER, body: event.message_options.text });\n"
        "  return { sid: m.sid, segments: m.numSegments, created: m.dateCreated instanceof Date "
        "};")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    const QString sid = r.result.toObject().value(QLatin1String("sid")).toString();
    QVERIFY2(sid.startsWith(QLatin1String("SM")), qPrintable(sid));
    QCOMPARE(r.result.toObject().value(QLatin1String("created")).toBool(), true);
    QCOMPARE(r.requests.size(), 1);
    QCOMPARE(r.requests.first().sid, sid);
    QVERIFY(r.requests.first().url.startsWith(m_h.profile().apiBaseUrl.toString()));
    QCOMPARE(m_h.sandbox().requestCount(QStringLiteral("POST"), QStringLiteral("*/Messages.json")),
             1);
    LogFilter filter;
    filter.source = Attempt::Source::Action;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Attempt> rows = m_h.attempts(filter);
            return std::any_of(rows.cbegin(), rows.cend(), [&](const Attempt &a) {
                return a.sid == sid && a.body == QLatin1String("Your verification code is: 123456")
                    && a.to == QLatin1String("+14155552671");
            });
        }(),
        5000);
}

void TestActionRunner::verifyThroughTheSdk()
{
    // The deprecated verify.services() shorthand works, and its warning is in the output.
    const HookRunResult r = m_h.run(provider(QStringLiteral(
        "  const s = event.secrets;\n"
        "  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);\n"
        "  const v = await client.verify.services(s.TWILIO_VERIFY_SERVICE_SID).verifications\n"
        "    .create({ to: event.notification.recipient, channel: 'sms',\n"
        "              customCode: event.notification.code });\n"
        "  return v.sid;")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    QVERIFY(r.result.toString().startsWith(QLatin1String("VE")));
    QCOMPARE(m_h.sandbox().verifications().last().code, QStringLiteral("123456"));
    QVERIFY(std::any_of(r.console.cbegin(), r.console.cend(), [](const HookConsoleLine &l) {
        return l.level == QLatin1String("warn")
            && l.text == QLatin1String("services is deprecated. Use v2.services instead.");
    }));
    LogFilter filter;
    filter.source = Attempt::Source::Action;
    filter.api = Attempt::Api::Verify;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Attempt> rows = m_h.attempts(filter);
            return std::any_of(rows.cbegin(), rows.cend(),
                               [&](const Attempt &a) { return a.sid == r.result.toString(); });
        }(),
        5000);
}

void TestActionRunner::restExceptionReachesTheCode()
{
    HookRunRequest request = m_h.request(
        action(QStringLiteral(
            "  const s = event.secrets;\n"
            "  const twilio = require('twilio');\n"
            "  try {\n"
            "    await twilio(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN).messages.create({\n"
            "      to: event.message_options.recipient, from: s.TWILIO_PHONE_NUMBER, body: 'x' "
            "});\n"
            "  } catch (e) {\n"
            "    return { rest: e instanceof twilio.RestException, name: e.constructor.name,\n"
            "             code: e.code, status: e.status, moreInfo: e.moreInfo, message: e.message "
            "};\n"
            "  }")),
        QStringLiteral("+15005550001"));
    const HookRunResult r = m_h.run(request);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    const QJsonObject e = r.result.toObject();
    QCOMPARE(e.value(QLatin1String("rest")).toBool(), true);
    QCOMPARE(e.value(QLatin1String("name")).toString(), QStringLiteral("RestException"));
    QCOMPARE(e.value(QLatin1String("code")).toInt(), 21211);
    QCOMPARE(e.value(QLatin1String("status")).toInt(), 400);
    QCOMPARE(e.value(QLatin1String("moreInfo")).toString(),
             QStringLiteral("https://www.twilio.com/docs/errors/21211"));
    QVERIFY(!e.value(QLatin1String("message")).toString().isEmpty());
    // Refused by Twilio: in the log as rejected, with the code.
    LogFilter filter;
    filter.source = Attempt::Source::Action;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Attempt> rows = m_h.attempts(filter);
            return std::any_of(rows.cbegin(), rows.cend(), [](const Attempt &a) {
                return a.to == QLatin1String("+15005550001") && a.errorCode == 21211
                    && a.outcome == Attempt::Outcome::Rejected;
            });
        }(),
        5000);
}

void TestActionRunner::otherApisGoThroughTheConsole()
{
    // The account (which the sandbox simulates), a message list (a GET with a query), and
    // Lookups (which it does not: Twilio's 404 shape, as the SDK's RestException).
    const HookRunResult r = m_h.run(action(QStringLiteral(
        "  const s = event.secrets;\n"
        "  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);\n"
        "  const account = await client.api.v2010.accounts(s.TWILIO_ACCOUNT_SID).fetch();\n"
        "  await client.messages.create({ to: '+14155552671', from: s.TWILIO_PHONE_NUMBER, body: "
        "'a' });\n"
        "  const list = await client.messages.list({ to: '+14155552671', limit: 5 });\n"
        "  let lookup;\n"
        "  try { await client.lookups.v2.phoneNumbers('+14155552671').fetch(); }\n"
        "  catch (e) { lookup = { code: e.code, status: e.status }; }\n"
        "  return { account: account.sid, status: account.status, listed: list.length, lookup "
        "};")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    const QJsonObject o = r.result.toObject();
    QCOMPARE(o.value(QLatin1String("account")).toString(),
             SandboxProfile::secrets().value(SecretNames::AccountSid));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(o.value(QLatin1String("listed")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("lookup")).toObject().value(QLatin1String("code")).toInt(),
             20404);
    QCOMPARE(o.value(QLatin1String("lookup")).toObject().value(QLatin1String("status")).toInt(),
             404);
    QCOMPARE(r.requests.size(), 4);
    QCOMPARE(r.requests.at(0).method, QStringLiteral("GET"));
    QVERIFY(!r.requests.at(0).logged);
    QVERIFY(r.requests.at(1).logged);
    QVERIFY2(r.requests.at(2).url.contains(QLatin1String("To=%2B14155552671")),
             qPrintable(r.requests.at(2).url));
    QCOMPARE(r.requests.at(3).httpStatus, 404);
    QCOMPARE(
        m_h.sandbox().requestCount(QStringLiteral("GET"), QStringLiteral("/v2/PhoneNumbers/*")), 1);
}

void TestActionRunner::throwFailsTheSend()
{
    HookRunResult r = m_h.run(action(QStringLiteral(
        "  await null;\n  const e = new Error('provider down'); e.code = 'E_DOWN'; throw e;")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Threw);
    QVERIFY2(r.error.contains(QLatin1String("provider down")), qPrintable(r.error));
    QVERIFY(r.error.contains(QLatin1String("E_DOWN")));
    QCOMPARE(r.line, 3);
    // A rejected promise that is not an Error.
    r = m_h.run(action(QStringLiteral("  return Promise.reject('nope');")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Threw);
    QVERIFY(r.error.contains(QLatin1String("nope")));
    // A throw in a callback after the handler returned.
    r = m_h.run(action(QStringLiteral("  setTimeout(() => { throw new Error('late'); }, 1);\n"
                                      "  await new Promise((ok) => setTimeout(ok, 50));")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Threw);
    QVERIFY(r.error.contains(QLatin1String("late")));
}

void TestActionRunner::dropAndRetry()
{
    HookRunResult r = m_h.run(provider(QStringLiteral(
        "  api.notification.retry('first');\n  api.notification.drop('blocked number');")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Dropped);
    QCOMPARE(r.reason, QStringLiteral("blocked number"));
    QVERIFY2(r.error.contains(QLatin1String("blocked number")), qPrintable(r.error));

    r = m_h.run(provider(QStringLiteral("  api.notification.retry('x'.repeat(2000));")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::RetryRequested);
    QCOMPARE(r.reason.size(), 1024);
    QVERIFY(r.error.contains(QLatin1String("5 times")));

    // send-phone-message has no api.notification.
    r = m_h.run(action(QStringLiteral("  api.notification.drop('x');")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::Threw);
}

void TestActionRunner::neverSettles()
{
    QElapsedTimer clock;
    clock.start();
    const HookRunResult r = m_h.run(action(QStringLiteral("  await new Promise(() => {});")));
    QCOMPARE(r.outcome, HookRunResult::Outcome::NotSettled);
    QVERIFY(clock.elapsed() < 5000);
}

void TestActionRunner::timeBound()
{
    HookRunRequest request = m_h.request(
        action(QStringLiteral("  await new Promise(() => setInterval(() => {}, 100));")));
    request.timeLimitMs = 700;
    const HookRunResult r = m_h.run(request);
    QCOMPARE(r.outcome, HookRunResult::Outcome::TimedOut);
    QCOMPARE(r.bound, HookRunResult::Bound::Time);
    QCOMPARE(r.kind, CodeKind::SendPhoneMessage);
    QVERIFY(r.error.contains(QLatin1String("Action")));
    QVERIFY(RunnerHarness::processGone(r.processId));
}

void TestActionRunner::cacheKeepsAuth0sLimits()
{
    const HookRunResult r = m_h.run(action(QStringLiteral(
        "  const c = api.cache;\n"
        "  const out = {};\n"
        "  out.set = c.set('token', 'abc').type;\n"
        "  out.get = c.get('token').value;\n"
        "  const rec = c.get('token');\n"
        "  out.ttl = Math.round((rec.expires_at - Date.now()) / 60000);\n"
        "  out.capped = Math.round((c.set('long', 'v', { ttl: 48 * 3600 * 1000 }).record.expires_at"
        " - Date.now()) / 3600000);\n"
        "  out.longKey = c.set('k'.repeat(65), 'v').code;\n"
        "  out.bigValue = c.set('big', 'v'.repeat(4097)).code;\n"
        "  for (let i = 0; i < 3; ++i) c.set('fill' + i, 'f'.repeat(2500));\n"
        "  out.total = c.set('fill3', 'f'.repeat(2500)).code;\n"
        "  c.delete('fill0'); c.delete('fill1'); c.delete('fill2');\n"
        "  for (let i = 0; i < 18; ++i) c.set('n' + i, 'x');\n"
        "  out.count = c.set('one-too-many', 'x').code;\n"
        "  out.deleted = c.delete('token').type;\n"
        "  out.gone = c.get('token') === undefined;\n"
        "  return out;")));
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    const QJsonObject o = r.result.toObject();
    QCOMPARE(o.value(QLatin1String("set")).toString(), QStringLiteral("success"));
    QCOMPARE(o.value(QLatin1String("get")).toString(), QStringLiteral("abc"));
    QCOMPARE(o.value(QLatin1String("ttl")).toInt(), 15);
    QCOMPARE(o.value(QLatin1String("capped")).toInt(), 24);
    QCOMPARE(o.value(QLatin1String("longKey")).toString(), QStringLiteral("key_too_long"));
    QCOMPARE(o.value(QLatin1String("bigValue")).toString(), QStringLiteral("value_too_large"));
    QCOMPARE(o.value(QLatin1String("total")).toString(), QStringLiteral("cache_full"));
    QCOMPARE(o.value(QLatin1String("count")).toString(), QStringLiteral("too_many_entries"));
    QCOMPARE(o.value(QLatin1String("deleted")).toString(), QStringLiteral("success"));
    QCOMPARE(o.value(QLatin1String("gone")).toBool(), true);
}

void TestActionRunner::cacheLivesOnBetweenRuns()
{
    // As in Auth0: what one execution of a trigger caches, the next one of the same trigger
    // reads; another trigger has its own cache.
    HookRunner runner(m_h.log());
    HookRunResult r = m_h.run(
        m_h.request(action(QStringLiteral("  api.cache.set('seen', String(Date.now()));"))),
        &runner);
    QVERIFY2(r.succeeded(), qPrintable(r.error));
    r = m_h.run(m_h.request(action(QStringLiteral(
                    "  const rec = api.cache.get('seen'); return rec ? 'hit' : 'miss';"))),
                &runner);
    QCOMPARE(r.result.toString(), QStringLiteral("hit"));
    r = m_h.run(m_h.request(provider(QStringLiteral(
                    "  const rec = api.cache.get('seen'); return rec ? 'hit' : 'miss';"))),
                &runner);
    QCOMPARE(r.result.toString(), QStringLiteral("miss"));
}

QTEST_GUILESS_MAIN(TestActionRunner)
#include "TestActionRunner.moc"
