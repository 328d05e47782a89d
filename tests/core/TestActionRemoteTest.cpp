#include "auth0/ActionTestJob.h"
#include "auth0/Auth0Client.h"
#include "profile/ProfileStore.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// "Run in the tenant" against the simulated tenants over real HTTP with a real keychain: the
// sandbox's POST /actions/actions/{id}/test runs the draft (not the deployed version) with the
// payload as the event in the Node runner, answering when the run has ended with its status,
// console lines, error or drop reason and Twilio messages; ActionTestJob says which code it
// tests, how it differs from the editor's, and updates the draft (code only, no deploy) first
// when asked.
using Mode = Auth0Sandbox::Mode;
using namespace Qt::StringLiterals;

class TestActionRemoteTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void testsTheDraftWithTheEvent();
    void saysHowTheDraftDiffers();
    void updatesTheDraftFirst();
    void reportsAThrowAndADrop();
    void sendPhoneMessageOnTheLegacyTenant();
    void refusesABadBodyAndAnUnknownAction();
    void pipelinedRequestsWaitForTheAnswer();

private:
    // What a job said when it finished (it deletes itself afterwards).
    struct Done
    {
        bool failed = true;
        QString error;
        bool tested = false;
        bool draftDiffers = false;
        bool draftUpdated = false;
        QString diff;
        QString trigger;
        QString testedCode;
        QJsonObject payload;
        ActionTestResult result;
    };
    Profile profile(Mode mode);
    Done finished(ActionTestJob *job);
    ActionTestRequest request(const QString &editorCode = QString()) const;
    QString boundId(Mode mode, const QString &trigger) const
    {
        return m_auth0.boundAction(mode, trigger)->id;
    }
    Auth0Request raw(Mode mode, const QString &path, const QByteArray &body) const;

    QTemporaryDir m_dir;
    TwilioSandbox m_twilio;
    Auth0Sandbox m_auth0;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
};

namespace {
constexpr int Timeout = 30000;
const QString Cpp = u"custom-phone-provider"_s;
const QString Spm = u"send-phone-message"_s;
} // namespace

void TestActionRemoteTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_twilio.listen());
    QVERIFY(m_auth0.listen());
    m_twilio.setTimeScale(0.05);
    m_auth0.setTimeScale(0.05);
    m_auth0.setTwilioBaseUrl(m_twilio.baseUrl());
    m_auth0.setActionExecutor(SandboxActions::runnerExecutor());
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"p.ini"_s));
    m_secrets = std::make_unique<SecretStore>(m_profiles.get());
    m_secrets->setService(u"sms-hook-remote-test-test"_s);
}

void TestActionRemoteTest::init()
{
    m_auth0.reset(Mode::Unified);
    m_auth0.reset(Mode::Legacy);
    m_twilio.reset();
}

Profile TestActionRemoteTest::profile(Mode mode)
{
    Profile p;
    p.name = mode == Mode::Unified ? u"Remote unified"_s : u"Remote legacy"_s;
    p.auth0.domain = Auth0Sandbox::tenant(mode).domain;
    p.auth0.clientId = Auth0SandboxFixtures::fullClient().clientId;
    p.auth0.baseUrl = m_auth0.baseUrl(mode);
    m_profiles->save(p);
    SecretsJob *job = m_secrets->apply(
        p.name,
        {{SecretRules::auth0ClientSecretName(), Auth0SandboxFixtures::fullClient().clientSecret}});
    QSignalSpy done(job, &SecretsJob::finished);
    if (!done.wait(15000) || job->failed())
        qWarning("could not store the client secret");
    return *m_profiles->load(p.name);
}

TestActionRemoteTest::Done TestActionRemoteTest::finished(ActionTestJob *job)
{
    job->setPollIntervalMs(40);
    Done d;
    bool ended = false;
    connect(job, &ActionTestJob::finished, this, [&] {
        d.failed = job->failed();
        d.error = job->error();
        d.tested = job->tested();
        d.draftDiffers = job->draftDiffers();
        d.draftUpdated = job->draftUpdated();
        d.diff = job->diff();
        d.trigger = job->trigger();
        d.testedCode = job->testedCode();
        d.payload = job->payload();
        d.result = job->result();
        ended = true;
    });
    if (!QTest::qWaitFor([&] { return ended; }, Timeout))
        qWarning("no finished()");
    return d;
}

ActionTestRequest TestActionRemoteTest::request(const QString &editorCode) const
{
    ActionTestRequest r;
    r.message.recipient = u"+14155552671"_s;
    r.message.text = u"Your verification code is: 123456"_s;
    r.editorCode = editorCode;
    return r;
}

void TestActionRemoteTest::testsTheDraftWithTheEvent()
{
    const Profile p = profile(Mode::Unified);
    const QString deployed = m_auth0.boundAction(Mode::Unified, Cpp)->deployedCode;
    const Done job = finished(ActionTestJob::run(p, request(deployed), m_secrets.get(), &m_nam));
    QVERIFY2(!job.failed, qPrintable(job.error));
    QVERIFY(job.tested);
    QVERIFY(!job.draftDiffers);
    QVERIFY(!job.draftUpdated);
    QCOMPARE(job.trigger, Cpp);
    // The payload is the event a local run gets for the tenant's trigger, without secrets.
    const QJsonObject sent = job.payload;
    QCOMPARE(sent[u"notification"_s][u"recipient"_s].toString(), u"+14155552671"_s);
    QCOMPARE(sent[u"notification"_s][u"as_text"_s].toString(),
             u"Your verification code is: 123456"_s);
    QVERIFY(!sent.contains(u"secrets"_s));
    // The tenant ran it: the Twilio sandbox got the message, with the Action's own secrets.
    const ActionTestResult &r = job.result;
    QVERIFY(r.succeeded());
    QCOMPARE(r.status, u"success"_s);
    QCOMPARE(r.messageSids.size(), 1);
    QCOMPARE(m_twilio.messages().size(), 1);
    QCOMPARE(m_twilio.messages().first().sid, r.messageSids.first());
    QCOMPARE(m_twilio.messages().first().to, u"+14155552671"_s);
    QCOMPARE(r.payload[u"tested"_s].toString(), u"draft"_s);
    QVERIFY(r.durationMs >= 0);
    // Nothing was written to the Action: no PATCH, no deploy.
    QCOMPARE(m_auth0.requestCount(u"PATCH"_s, u"/api/v2/actions/*"_s), 0);
    QCOMPARE(m_auth0.requestCount(u"POST"_s, u"/api/v2/actions/actions/*/test"_s), 1);
}

void TestActionRemoteTest::saysHowTheDraftDiffers()
{
    const Profile p = profile(Mode::Unified);
    QString editor = m_auth0.boundAction(Mode::Unified, Cpp)->code;
    editor.replace(u"exports.onExecuteCustomPhoneProvider"_s,
                   u"// changed in the editor\nexports.onExecuteCustomPhoneProvider"_s);
    const Done job = finished(ActionTestJob::inspect(p, request(editor), m_secrets.get(), &m_nam));
    QVERIFY2(!job.failed, qPrintable(job.error));
    QVERIFY(!job.tested);
    QVERIFY(job.draftDiffers);
    QVERIFY(job.diff.contains(u"+// changed in the editor"_s));
    QVERIFY(job.diff.contains(u"the tenant's draft of \"Twilio SMS\""_s));
    QCOMPARE(job.testedCode, m_auth0.boundAction(Mode::Unified, Cpp)->code);
    QCOMPARE(m_auth0.requestCount(u"POST"_s, u"/api/v2/actions/actions/*/test"_s), 0);
    QVERIFY(m_twilio.messages().isEmpty());
}

void TestActionRemoteTest::updatesTheDraftFirst()
{
    const Profile p = profile(Mode::Unified);
    const auto before = *m_auth0.boundAction(Mode::Unified, Cpp);
    const QString editor = u"exports.onExecuteCustomPhoneProvider = async (event, api) => {\n"
                           "  console.log('draft for', event.notification.recipient);\n"
                           "};\n"_s;
    ActionTestRequest r = request(editor);
    r.updateDraft = true;
    const Done job = finished(ActionTestJob::run(p, r, m_secrets.get(), &m_nam));
    QVERIFY2(!job.failed, qPrintable(job.error));
    QVERIFY(job.draftUpdated);
    QVERIFY(job.result.succeeded());
    QCOMPARE(job.result.logs, QStringList {u"log: draft for +14155552671"_s});
    QVERIFY(job.result.messageSids.isEmpty());
    QVERIFY(m_twilio.messages().isEmpty());
    // The draft holds the editor's code; what logins run did not change.
    const auto after = *m_auth0.boundAction(Mode::Unified, Cpp);
    QCOMPARE(after.code, editor);
    QCOMPARE(after.deployedCode, before.deployedCode);
    QCOMPARE(after.secretValues, before.secretValues); // code only
    QCOMPARE(m_auth0.requestCount(u"POST"_s, u"/api/v2/actions/actions/*/deploy"_s), 0);
}

void TestActionRemoteTest::reportsAThrowAndADrop()
{
    const Profile p = profile(Mode::Unified);
    // The bundled Action drops the notification on Twilio's 4xx: an invalid number.
    ActionTestRequest r = request(m_auth0.boundAction(Mode::Unified, Cpp)->code);
    r.message.recipient = u"+15005550001"_s;
    const Done dropped = finished(ActionTestJob::run(p, r, m_secrets.get(), &m_nam));
    QVERIFY2(!dropped.failed, qPrintable(dropped.error));
    QCOMPARE(dropped.result.status, u"dropped"_s);
    QVERIFY(!dropped.result.succeeded());
    QVERIFY2(dropped.result.reason.contains(u"21211"_s), qPrintable(dropped.result.reason));

    const QString throwing = u"exports.onExecuteCustomPhoneProvider = async () => {\n"
                             "  const e = new Error('closed for the night');\n"
                             "  e.code = 'E_CLOSED';\n"
                             "  throw e;\n"
                             "};\n"_s;
    ActionTestRequest t = request(throwing);
    t.updateDraft = true;
    const Done threw = finished(ActionTestJob::run(p, t, m_secrets.get(), &m_nam));
    QVERIFY2(!threw.failed, qPrintable(threw.error));
    QCOMPARE(threw.result.status, u"threw"_s);
    QCOMPARE(threw.result.errorCode, u"E_CLOSED"_s);
    QCOMPARE(threw.result.errorMessage, u"closed for the night"_s);
}

void TestActionRemoteTest::sendPhoneMessageOnTheLegacyTenant()
{
    const Profile p = profile(Mode::Legacy);
    ActionTestRequest r = request(m_auth0.boundAction(Mode::Legacy, Spm)->code);
    r.editedEvent = QJsonObject {{u"message_options"_s, QJsonObject {{u"code"_s, u"4321"_s}}}};
    const Done job = finished(ActionTestJob::run(p, r, m_secrets.get(), &m_nam));
    QVERIFY2(!job.failed, qPrintable(job.error));
    QCOMPARE(job.trigger, Spm);
    QCOMPARE(job.payload[u"message_options"_s][u"code"_s].toString(), u"4321"_s);
    QCOMPARE(job.payload[u"message_options"_s][u"recipient"_s].toString(), u"+14155552671"_s);
    QVERIFY(job.result.succeeded());
    QCOMPARE(m_twilio.messages().size(), 1);
}

Auth0Request TestActionRemoteTest::raw(Mode mode, const QString &path, const QByteArray &body) const
{
    Auth0Connection c;
    c.domain = Auth0Sandbox::tenant(mode).domain;
    c.clientId = Auth0SandboxFixtures::fullClient().clientId;
    c.baseUrl = m_auth0.baseUrl(mode);
    Auth0Request r;
    r.method = Auth0Request::Method::Post;
    r.url = Auth0Requests::buildUrl(c, u"/api/v2"_s + path);
    r.body = body;
    r.contentType = "application/json";
    r.scopes = {u"create:actions"_s};
    return r;
}

void TestActionRemoteTest::refusesABadBodyAndAnUnknownAction()
{
    Auth0Connection c;
    c.domain = Auth0Sandbox::tenant(Mode::Unified).domain;
    c.clientId = Auth0SandboxFixtures::fullClient().clientId;
    c.baseUrl = m_auth0.baseUrl(Mode::Unified);
    Auth0Client client(c, Auth0SandboxFixtures::fullClient().clientSecret, &m_nam);
    const QString id = boundId(Mode::Unified, Cpp);
    const auto send = [&](const Auth0Request &r) {
        Auth0Reply *reply = client.send(r);
        QSignalSpy done(reply, &Auth0Reply::finished);
        done.wait(Timeout);
        return std::pair {reply->httpStatus(),
                          reply->isOk() ? reply->object() : reply->errorObject()};
    };
    auto [status, body] = send(raw(Mode::Unified, u"/actions/actions/"_s + id + u"/test"_s, "{}"));
    QCOMPARE(status, 400);
    QVERIFY2(body[u"message"_s].toString().contains(u"Missing required property: payload"_s),
             qPrintable(body[u"message"_s].toString()));
    std::tie(status, body) = send(raw(Mode::Unified, u"/actions/actions/"_s + id + u"/test"_s,
                                      R"({"payload": {}, "other": 1})"));
    QCOMPARE(status, 400);
    std::tie(status, body) = send(Auth0Requests::testAction(c, u"act_unknown"_s, {}));
    QCOMPARE(status, 404);
    QCOMPARE(body[u"message"_s].toString(), u"That action does not exist."_s);
    QVERIFY(m_twilio.messages().isEmpty());
}

void TestActionRemoteTest::pipelinedRequestsWaitForTheAnswer()
{
    // A test takes a while (a Node process). Other connections are answered meanwhile; a request
    // pipelined behind it on the same connection is answered after it, in order.
    Auth0Connection c;
    c.domain = Auth0Sandbox::tenant(Mode::Unified).domain;
    c.clientId = Auth0SandboxFixtures::fullClient().clientId;
    c.baseUrl = m_auth0.baseUrl(Mode::Unified);
    Auth0Client client(c, Auth0SandboxFixtures::fullClient().clientSecret, &m_nam);
    const QString id = boundId(Mode::Unified, Cpp);
    Auth0Reply *first = client.send(Auth0Requests::getAction(c, id));
    QSignalSpy firstDone(first, &Auth0Reply::finished);
    QVERIFY(firstDone.wait(Timeout));
    const QByteArray token = m_auth0.issuedTokens(Mode::Unified).last().toLatin1();

    const QByteArray payload = R"({"payload":{"notification":{"recipient":"+14155552671",)"
                               R"("as_text":"code 123456","delivery_method":"text"}}})";
    const QByteArray path = "/api/v2/actions/actions/" + id.toLatin1();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_auth0.baseUrl(Mode::Unified).port());
    QVERIFY(socket.waitForConnected(Timeout));
    socket.write("POST " + path + "/test HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                 + "\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
    socket.write("GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                 + "\r\n\r\n");

    // Meanwhile another connection is answered at once.
    Auth0Reply *other = client.send(Auth0Requests::getAction(c, id));
    QSignalSpy otherDone(other, &Auth0Reply::finished);
    QVERIFY(otherDone.wait(Timeout));
    QVERIFY(other->isOk());
    QCOMPARE(m_auth0.requestCount(u"POST"_s, u"/api/v2/actions/actions/*/test"_s), 0);

    QByteArray in;
    QTRY_VERIFY_WITH_TIMEOUT((in += socket.readAll()).count("HTTP/1.1 200") == 2, Timeout);
    const qsizetype testAt = in.indexOf("\"tested\":\"draft\"");
    const qsizetype actionAt = in.indexOf("\"all_changes_deployed\"");
    QVERIFY(testAt > 0);
    QVERIFY(actionAt > testAt);
    QCOMPARE(m_twilio.messages().size(), 1);
}

QTEST_GUILESS_MAIN(TestActionRemoteTest)
#include "TestActionRemoteTest.moc"
