// "Test the MFA flow" end to end against the simulated tenants, in both modes, over real HTTP on
// loopback: the Authentication API, the deployed Action run for each text (the sandbox's bundled
// Actions, run natively), the Twilio sandbox's handset, the tenant log read back.

#include "auth0/Auth0Client.h"
#include "auth0/MfaTestJob.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxFixtures.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Mode = Auth0Sandbox::Mode;
Q_DECLARE_METATYPE(Auth0Sandbox::Mode)

class TestMfaFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headlineSaysHowItEnded();
    void init();
    void challengeSucceeds_data();
    void challengeSucceeds();
    void enrolsAPhoneFirst_data() { challengeSucceeds_data(); }
    void enrolsAPhoneFirst();
    void throwingActionIsShownWithItsCode();
    void droppedNotificationIsShown();
    void wrongCodeIsRefused_data() { challengeSucceeds_data(); }
    void wrongCodeIsRefused();
    void missingGrantTypeIsNamedBeforeSigningIn_data() { challengeSucceeds_data(); }
    void missingGrantTypeIsNamedBeforeSigningIn();
    void actionNotDeployedIsNamed_data() { challengeSucceeds_data(); }
    void actionNotDeployedIsNamed();
    void providerTestMessageOnUnified();
    void anyActionRunsInTheNodeRunner();

private:
    struct Run
    {
        MfaTimeline timeline;
        QString arrivedCode;
    };
    Run run(Mode mode, const Auth0SandboxFixtures::TestUser &user, const QString &to,
            bool typeWrongCode = false, bool providerTest = false);
    QStringList types(const MfaTimeline &t) const;
    int httpDelete(Mode mode, const QString &path);

    TwilioSandbox m_twilio;
    Auth0Sandbox m_auth0;
    QNetworkAccessManager m_network;
};

void TestMfaFlow::initTestCase()
{
    QVERIFY(m_twilio.listen());
    QVERIFY(m_auth0.listen());
    m_twilio.setTimeScale(0.05);
    m_auth0.setTwilioBaseUrl(m_twilio.baseUrl());
    m_auth0.setActionExecutor(SandboxActions::bundledExecutor(&m_network));
}

void TestMfaFlow::init()
{
    m_twilio.reset();
    m_auth0.reset(Mode::Unified);
    m_auth0.reset(Mode::Legacy);
    m_auth0.setTimeScale(0.05);
}

TestMfaFlow::Run TestMfaFlow::run(Mode mode, const Auth0SandboxFixtures::TestUser &user,
                                  const QString &to, bool typeWrongCode, bool providerTest)
{
    Profile profile = SandboxProfile::makeProfile(m_twilio.baseUrl(), m_auth0.baseUrl(mode));
    profile.auth0.domain = Auth0Sandbox::tenant(mode).domain;
    MfaTestRequest request;
    request.profile = profile;
    request.recipient = to;
    request.settings.clientId = Auth0SandboxFixtures::testApplication().clientId;
    request.settings.username = user.email;
    request.settings.connection = Auth0SandboxFixtures::databaseConnection();
    request.codeWaitMs = 8000;
    request.logPollMs = 50;
    request.logSettleMs = 4000;
    request.deliveryPollMs = 50;
    request.sendProviderTest = providerTest;
    MfaTestSecrets secrets;
    secrets.managementSecret = Auth0SandboxFixtures::fullClient().clientSecret;
    secrets.testClientSecret = Auth0SandboxFixtures::testApplication().clientSecret;
    secrets.testUserPassword = user.password;
    secrets.twilio
        = {SandboxFixtures::credentials().accountSid, SandboxFixtures::credentials().authToken};

    Run out;
    SandboxHandset handset(&m_twilio);
    MfaTestJob *job = MfaTestJob::startWithSecrets(request, secrets, &m_network);
    connect(job, &MfaTestJob::codeNeeded, job, [&](const QString &recipient) {
        handset.waitForCode(recipient, [&, job](const QString &code, const QString &) {
            out.arrivedCode = code;
            QString typed = code;
            if (typeWrongCode)
                typed = code == u"000000"_s ? u"111111"_s : u"000000"_s;
            job->submitCode(typed);
        });
    });
    connect(job, &MfaTestJob::finished, job, [&, job] { out.timeline = job->timeline(); });
    QSignalSpy finished(job, &MfaTestJob::finished);
    if (!finished.wait(20000))
        qWarning() << "the MFA test did not finish";
    return out;
}

QStringList TestMfaFlow::types(const MfaTimeline &t) const
{
    QStringList out;
    for (const TenantLogEvent &e : t.logEvents)
        out << e.type;
    return out;
}

int TestMfaFlow::httpDelete(Mode mode, const QString &path)
{
    // A Management API token of the full client, then the DELETE.
    QUrl tokenUrl = m_auth0.baseUrl(mode);
    tokenUrl.setPath(u"/oauth/token"_s);
    QNetworkRequest tr(tokenUrl);
    tr.setRawHeader("Content-Type", "application/json");
    const QJsonObject body {
        {u"grant_type"_s, u"client_credentials"_s},
        {u"client_id"_s, Auth0SandboxFixtures::fullClient().clientId},
        {u"client_secret"_s, Auth0SandboxFixtures::fullClient().clientSecret},
        {u"audience"_s,
         QString(u"https://"_s + Auth0Sandbox::tenant(mode).domain + u"/api/v2/"_s)}};
    QNetworkReply *t = m_network.post(tr, QJsonDocument(body).toJson());
    QSignalSpy tf(t, &QNetworkReply::finished);
    tf.wait(5000);
    const QByteArray token = QJsonDocument::fromJson(t->readAll())
                                 .object()
                                 .value(u"access_token"_s)
                                 .toString()
                                 .toLatin1();
    t->deleteLater();
    QUrl url = m_auth0.baseUrl(mode);
    const qsizetype q = path.indexOf(u'?');
    url.setPath(path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *d = m_network.deleteResource(r);
    QSignalSpy df(d, &QNetworkReply::finished);
    df.wait(5000);
    const int status = d->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    d->deleteLater();
    return status;
}

void TestMfaFlow::challengeSucceeds_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("unified") << Mode::Unified;
    QTest::newRow("legacy") << Mode::Legacy;
}

void TestMfaFlow::challengeSucceeds()
{
    QFETCH(Mode, mode);
    const auto &user = Auth0SandboxFixtures::enrolledTestUser();
    const Run r = run(mode, user, user.enrolledPhone);
    const MfaTimeline &t = r.timeline;
    QVERIFY2(t.ok(), qPrintable(t.lines().join(u'\n')));
    QCOMPARE(t.path, u"challenge"_s);
    QCOMPARE(t.tenantMode, mode == Mode::Unified ? u"unified"_s : u"legacy"_s);
    // The code typed is the one the handset got, and the text carried it.
    QVERIFY(!r.arrivedCode.isEmpty());
    QCOMPARE(t.code, r.arrivedCode);
    const QList<TwilioSandbox::SentMessage> sent = m_twilio.messages();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().to, user.enrolledPhone);
    QVERIFY(sent.first().body.contains(r.arrivedCode));
    // The message followed to delivered, and the tenant's log events as Auth0 writes them.
    QCOMPARE(t.messageSid, sent.first().sid);
    QVERIFY(!t.messageStatuses.isEmpty());
    QCOMPARE(t.messageStatuses.last().status, u"delivered"_s);
    const QStringList logged = types(t);
    QVERIFY2(logged.contains(u"gd_start_auth"_s), qPrintable(logged.join(u',')));
    QVERIFY(logged.contains(u"gd_send_sms"_s));
    QVERIFY(logged.contains(u"gd_auth_succeed"_s));
    QVERIFY(logged.indexOf(u"gd_start_auth"_s) < logged.indexOf(u"gd_auth_succeed"_s));
    for (const TenantLogEvent &e : t.logEvents) {
        QVERIFY(!e.logId.isEmpty());
        QVERIFY(e.date.isValid());
        QCOMPARE(e.userId, user.userId);
    }
    // The Action's execution, as GET /actions/executions/{id} answers it.
    QCOMPARE(t.execution.value(u"trigger_id"_s).toString(),
             mode == Mode::Unified ? u"custom-phone-provider"_s : u"send-phone-message"_s);
    const QStringList steps = [&] {
        QStringList s;
        for (const auto &step : t.steps)
            s << step.id;
        return s;
    }();
    QCOMPARE(steps,
             (QStringList {u"checks"_s, u"sign-in"_s, u"authenticators"_s, u"challenge"_s,
                           u"code"_s, u"login"_s, u"message"_s, u"logs"_s}));
    // Nothing secret in what the timeline shows.
    const QByteArray json = QJsonDocument(t.toJson()).toJson();
    QVERIFY(!json.contains(user.password.toUtf8()));
    QVERIFY(!json.contains(Auth0SandboxFixtures::testApplication().clientSecret.toUtf8()));
    QVERIFY(!json.contains("Fe26.2"));
    for (const auto &request : m_auth0.requestLog()) {
        QVERIFY(!request.body.contains(user.password.toUtf8()));
        QVERIFY(
            !request.body.contains(Auth0SandboxFixtures::testApplication().clientSecret.toUtf8()));
    }
}

void TestMfaFlow::enrolsAPhoneFirst()
{
    QFETCH(Mode, mode);
    const auto &user = Auth0SandboxFixtures::newTestUser();
    const QString phone = u"+14155552671"_s;
    QVERIFY(m_auth0.enrolledPhones(mode, user.userId).isEmpty());
    const Run r = run(mode, user, phone);
    QVERIFY2(r.timeline.ok(), qPrintable(r.timeline.lines().join(u'\n')));
    QCOMPARE(r.timeline.path, u"enrol"_s);
    QVERIFY(r.timeline.step(u"enrol"_s));
    const QStringList logged = types(r.timeline);
    QVERIFY2(logged.contains(u"gd_start_enroll"_s), qPrintable(logged.join(u',')));
    QVERIFY(logged.contains(u"gd_send_sms"_s));
    QVERIFY(logged.contains(u"gd_enrollment_complete"_s));
    QCOMPARE(m_auth0.enrolledPhones(mode, user.userId), QStringList {phone});
    // The enrolment text is Auth0's enrolment template.
    QVERIFY(m_twilio.messages().first().body.contains(u"enrollment"_s));
}

void TestMfaFlow::throwingActionIsShownWithItsCode()
{
    // The legacy tenant's Action lets Twilio's error through: it throws 21211 for this number.
    const Run r = run(Mode::Legacy, Auth0SandboxFixtures::newTestUser(), u"+15005550001"_s);
    const MfaTimeline &t = r.timeline;
    QVERIFY(!t.ok());
    QCOMPARE(t.problem.code, u"send-failed"_s);
    QVERIFY2(t.problem.summary.contains(u"21211"_s), qPrintable(t.problem.summary));
    QVERIFY2(t.problem.fix.contains(u"21211"_s), qPrintable(t.problem.fix)); // Twilio's words
    QVERIFY(t.sendFailure.contains(u"21211"_s));
    QCOMPARE(t.step(u"code"_s)->state, MfaTimelineStep::State::Failed);
    QVERIFY(r.arrivedCode.isEmpty());
    const QStringList logged = types(t);
    QVERIFY2(logged.contains(u"gd_send_sms_failure"_s), qPrintable(logged.join(u',')));
    QVERIFY(logged.contains(u"actions_execution_failed"_s));
    for (const TenantLogEvent &e : t.logEvents) {
        if (e.type == u"gd_send_sms_failure"_s)
            QCOMPARE(e.details[u"failure_details"_s][u"errorCode"_s].toInt(), 21211);
    }
    QVERIFY(t.messageSid.isEmpty());
}

void TestMfaFlow::droppedNotificationIsShown()
{
    // The Unified tenant's Action drops the notification on a Twilio 4xx.
    const Run r = run(Mode::Unified, Auth0SandboxFixtures::newTestUser(), u"+15005550001"_s);
    const MfaTimeline &t = r.timeline;
    QCOMPARE(t.problem.code, u"send-failed"_s);
    QVERIFY2(t.problem.summary.contains(u"notification_dropped"_s), qPrintable(t.problem.summary));
    QVERIFY(t.problem.summary.contains(u"21211"_s)); // the reason the Action gave
    QVERIFY(types(t).contains(u"gd_send_sms_failure"_s));
    QVERIFY(!types(t).contains(u"actions_execution_failed"_s)); // a drop is not a crash
}

void TestMfaFlow::wrongCodeIsRefused()
{
    QFETCH(Mode, mode);
    const auto &user = Auth0SandboxFixtures::enrolledTestUser();
    const Run r = run(mode, user, user.enrolledPhone, true);
    const MfaTimeline &t = r.timeline;
    QVERIFY(!t.ok());
    QCOMPARE(t.problem.code, u"wrong-code"_s);
    QCOMPARE(t.problem.auth0Error, u"invalid_grant"_s);
    QCOMPARE(t.problem.auth0Description, u"Invalid binding_code."_s);
    QVERIFY2(types(t).contains(u"gd_auth_failed"_s), qPrintable(types(t).join(u',')));
    // The text itself went out and was delivered.
    QCOMPARE(t.messageStatuses.last().status, u"delivered"_s);
}

void TestMfaFlow::missingGrantTypeIsNamedBeforeSigningIn()
{
    QFETCH(Mode, mode);
    m_auth0.setTestApplicationGrantTypes(
        mode, {u"password"_s, u"http://auth0.com/oauth/grant-type/password-realm"_s});
    const Run r = run(mode, Auth0SandboxFixtures::enrolledTestUser(), u"+14155550100"_s);
    QCOMPARE(r.timeline.problem.code, u"grant-type-missing"_s);
    QVERIFY(r.timeline.problem.summary.contains(u"mfa-oob"_s));
    QCOMPARE(r.timeline.step(u"checks"_s)->state, MfaTimelineStep::State::Failed);
    QVERIFY(!r.timeline.step(u"sign-in"_s));
    QCOMPARE(m_auth0.requestCount(QString(), u"/mfa/*"_s), 0);
    QVERIFY(m_twilio.messages().isEmpty());
}

void TestMfaFlow::actionNotDeployedIsNamed()
{
    QFETCH(Mode, mode);
    const QString id = m_auth0.actions(mode).first().id;
    QCOMPARE(httpDelete(mode, u"/api/v2/actions/actions/"_s + id + u"?force=true"_s), 204);
    const Run r = run(mode, Auth0SandboxFixtures::enrolledTestUser(), u"+14155550100"_s);
    QVERIFY(r.timeline.problem.code == u"action-not-deployed"_s
            || r.timeline.problem.code == u"tenant-not-ready"_s);
    QVERIFY2(r.timeline.problem.summary.contains(u"Action"_s),
             qPrintable(r.timeline.problem.summary));
    QVERIFY(!r.timeline.problem.fix.isEmpty());
    QCOMPARE(m_auth0.requestCount(QString(), u"/mfa/*"_s), 0);
}

void TestMfaFlow::providerTestMessageOnUnified()
{
    const auto &user = Auth0SandboxFixtures::enrolledTestUser();
    QSignalSpy tries(&m_auth0, &Auth0Sandbox::providerTryRequested);
    const Run r = run(Mode::Unified, user, user.enrolledPhone, false, true);
    QVERIFY(r.timeline.ok());
    const MfaTimelineStep *step = r.timeline.step(u"provider-try"_s);
    QVERIFY(step);
    QCOMPARE(step->state, MfaTimelineStep::State::Done);
    QVERIFY(step->detail.contains(u"202"_s));
    QTRY_COMPARE(tries.size(), 1);
}

void TestMfaFlow::anyActionRunsInTheNodeRunner()
{
    // The tenant runs its deployed code in the console's Node runner: Twilio's real SDK sends
    // through the Twilio sandbox, and a throw keeps its code in the tenant log.
    m_auth0.setActionExecutor(SandboxActions::runnerExecutor());
    const auto restore = qScopeGuard(
        [this] { m_auth0.setActionExecutor(SandboxActions::bundledExecutor(&m_network)); });
    Run r = run(Mode::Unified, Auth0SandboxFixtures::newTestUser(), u"+14155552671"_s);
    QVERIFY2(r.timeline.ok(), qPrintable(r.timeline.problem.summary));
    QVERIFY(r.timeline.messageSid.startsWith(u"SM"_s));

    Auth0Connection c;
    c.domain = Auth0Sandbox::tenant(Mode::Unified).domain;
    c.clientId = Auth0SandboxFixtures::fullClient().clientId;
    c.baseUrl = m_auth0.baseUrl(Mode::Unified);
    Auth0Client admin(c, Auth0SandboxFixtures::fullClient().clientSecret, &m_network);
    const QString id = m_auth0.actions(Mode::Unified).value(0).id;
    ActionDraft draft;
    draft.code = u"exports.onExecuteCustomPhoneProvider = async (event) => {\n"
                 "  const e = new Error('the provider is closed for the night');\n"
                 "  e.code = 'E_CLOSED';\n"
                 "  throw e;\n"
                 "};\n"_s;
    const auto call = [&admin](const Auth0Request &request) {
        Auth0Reply *reply = admin.send(request);
        QSignalSpy done(reply, &Auth0Reply::finished);
        return done.wait(10000) && reply->isOk();
    };
    QVERIFY(call(Auth0Requests::updateAction(c, id, draft)));
    QTRY_COMPARE_WITH_TIMEOUT(m_auth0.actions(Mode::Unified).value(0).buildStatus, u"built"_s,
                              5000);
    QVERIFY(call(Auth0Requests::deployAction(c, id)));
    QTRY_VERIFY_WITH_TIMEOUT(m_auth0.actions(Mode::Unified).value(0).deployedCode == *draft.code,
                             5000);
    r = run(Mode::Unified, Auth0SandboxFixtures::newTestUser(), u"+14155552671"_s);
    QCOMPARE(r.timeline.problem.code, u"send-failed"_s);
    bool found = false;
    for (const TenantLogEvent &e : r.timeline.logEvents) {
        if (e.type != u"gd_send_sms_failure"_s)
            continue;
        found = true;
        QCOMPARE(e.details[u"failure_details"_s][u"errorCode"_s].toString(), u"E_CLOSED"_s);
        QVERIFY(e.details[u"failure_details"_s][u"message"_s].toString().contains(u"closed"_s));
    }
    QVERIFY2(found, qPrintable(types(r.timeline).join(u',')));
}

QTEST_GUILESS_MAIN(TestMfaFlow)
// The one line both fronts end a test with: the login completed, or the problem's summary.
void TestMfaFlow::headlineSaysHowItEnded()
{
    MfaTimeline t;
    t.loginCompleted = true;
    QCOMPARE(t.headline(), MfaTimeline::completedText());
    QVERIFY(t.lines().contains(MfaTimeline::completedText()));
    t.problem.code = QStringLiteral("wrong-code");
    t.problem.summary = QStringLiteral("Auth0 refused the code.");
    QCOMPARE(t.headline(), t.problem.summary);
    t = {};
    t.problem.code = QStringLiteral("wrong-password");
    t.problem.summary = QStringLiteral("The password was refused.");
    QCOMPARE(t.headline(), t.problem.summary);
    QVERIFY(!t.lines().contains(MfaTimeline::completedText()));
}

#include "TestMfaFlow.moc"
