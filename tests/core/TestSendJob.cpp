#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "run/Outcomes.h"
#include "run/SendJob.h"
#include "run/TwilioAccess.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"

#include "LossyProxy.h"
#include "SpoiledLog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// SendJob end to end: real HTTP against an in-process sandbox, secrets given in memory (no
// keychain). Asserts on what the user sees (outcome, summary, timeline) and what went over the
// wire (the sandbox's request log).
Q_DECLARE_METATYPE(LossyProxy::Loss)

class TestSendJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void deliveredWithTimeline();
    void undeliveredWithErrorCode();
    void rejectedByTwilio();
    void unreachableIsNotSentNotRejected();
    void twilioAccessChecksBothSecrets();
    void inputErrorsSendNothing_data();
    void inputErrorsSendNothing();
    void fixedLineWarns();
    void messagingServiceSender();
    void followDeliveryOff();
    void verifyAccepted();
    void verifyCustomCodesOff();
    void cancelWhileTracking();
    void cancelBeforeSending();
    void keychainMissing();
    void sandboxProfile();
    void unusableLogSendsNothing_data();
    void unusableLogSendsNothing();
    void lostAnswerIsLookedUp_data();
    void lostAnswerIsLookedUp();
    void lookupLeavesOtherSendsMessages();

private:
    struct Run
    {
        std::unique_ptr<SendJob> job;
        std::unique_ptr<QSignalSpy> finished;
        QList<StatusTransition> transitions;
    };
    Run makeJob(const QMap<QString, QString> &secrets, const Profile &profile = {});
    SendRequest message(const QString &to,
                        const QString &body = QStringLiteral("Your code is 123456"));
    static void expectFinishedOnce(Run &run);
    int messagePosts() const;

    TwilioSandbox m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
};

void TestSendJob::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    m_profile = SandboxProfile::makeProfile(m_sandbox.baseUrl());
}

void TestSendJob::init()
{
    m_sandbox.reset();
    m_sandbox.setTimeScale(0.02); // sent after 20 ms, final after 60 ms
}

TestSendJob::Run TestSendJob::makeJob(const QMap<QString, QString> &secrets, const Profile &profile)
{
    Run run;
    run.job
        = std::make_unique<SendJob>(profile.name.isEmpty() ? m_profile : profile, nullptr, &m_nam);
    run.job->setSecrets(secrets);
    run.job->setPollIntervalMs(50);
    run.job->setReceiptWaitMs(2000);
    run.job->setTimeoutMs(5000);
    run.finished = std::make_unique<QSignalSpy>(run.job.get(), &SendJob::finished);
    auto *transitions = &run.transitions;
    connect(run.job.get(), &SendJob::statusChanged, run.job.get(),
            [transitions](const StatusTransition &t) { transitions->append(t); });
    return run;
}

SendRequest TestSendJob::message(const QString &to, const QString &body)
{
    SendRequest r;
    r.api = SendRequest::Api::Messages;
    r.to = to;
    r.body = body;
    return r;
}

void TestSendJob::expectFinishedOnce(Run &run)
{
    QTRY_COMPARE_WITH_TIMEOUT(run.finished->size(), 1, 10000);
    QVERIFY(run.job->result().isFinished());
    QVERIFY(run.job->result().finishedAt.isValid());
    // Long enough for a stray poll or a second emission to show up.
    QTest::qWait(150);
    QCOMPARE(run.finished->size(), 1);
}

int TestSendJob::messagePosts() const
{
    return m_sandbox.requestCount(QStringLiteral("POST"), QStringLiteral("*"));
}

void TestSendJob::deliveredWithTimeline()
{
    m_sandbox.setTimeScale(0.1); // `sent` lasts 200 ms: the 50 ms polls see every status
    Run run = makeJob(SandboxProfile::secrets());
    QList<SendResult::Stage> stages;
    connect(run.job.get(), &SendJob::stageChanged, run.job.get(),
            [&stages](SendResult::Stage s) { stages << s; });
    run.job->start(message(QStringLiteral("+14155552671")));
    QCOMPARE(run.finished->size(), 0); // never inside start()
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::Delivered);
    QCOMPARE(SendResult::outcomeName(r.outcome), QStringLiteral("delivered"));
    QStringList statuses;
    for (const StatusTransition &t : r.timeline) {
        statuses << t.status;
        QVERIFY(t.at.isValid());
    }
    QCOMPARE(statuses,
             (QStringList {QStringLiteral("queued"), QStringLiteral("sent"),
                           QStringLiteral("delivered")}));
    QCOMPARE(run.transitions.size(), 3); // each re-emitted as seen
    QCOMPARE(r.toE164, QStringLiteral("+14155552671"));
    QCOMPARE(r.from, QStringLiteral("+15005550006"));
    QVERIFY(r.message.sid.startsWith(QStringLiteral("SM")));
    QCOMPARE(r.segments.segments, 1);
    QCOMPARE(r.segments.encoding, SegmentInfo::Encoding::Gsm7);
    QVERIFY(r.summary().contains(r.message.sid));
    QCOMPARE(stages,
             (QList<SendResult::Stage> {SendResult::Stage::Sending, SendResult::Stage::Tracking,
                                        SendResult::Stage::Done}));
    QCOMPARE(messagePosts(), 1);
}

void TestSendJob::undeliveredWithErrorCode()
{
    Run run = makeJob(SandboxProfile::secrets());
    run.job->start(message(QStringLiteral("+15005553003")));
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::NotDelivered);
    QCOMPARE(r.message.status, QStringLiteral("undelivered"));
    QCOMPARE(r.message.errorCode, 30003);
    QCOMPARE(r.timeline.last().errorCode, 30003);
    QVERIFY2(r.summary().contains(QStringLiteral("30003")), qPrintable(r.summary()));
}

void TestSendJob::rejectedByTwilio()
{
    Run run = makeJob(SandboxProfile::secrets());
    run.job->start(message(QStringLiteral("+15005550001")));
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::Rejected);
    QCOMPARE(r.error.code, 21211);
    QVERIFY(r.timeline.isEmpty());
    QVERIFY(r.summary().contains(QStringLiteral("21211")));
}

void TestSendJob::unreachableIsNotSentNotRejected()
{
    // Nobody listens on the profile's port: Twilio never answered, so nothing was refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    Profile profile = m_profile;
    profile.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    QTemporaryDir dir;
    DeliveryLog log(dir.filePath(QStringLiteral("log.sqlite")));
    log.open();
    Run run = makeJob(SandboxProfile::secrets(), profile);
    run.job->setDeliveryLog(&log);
    run.job->start(message(QStringLiteral("+14155552671")));
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::NotSent);
    QCOMPARE(SendResult::outcomeName(r.outcome), QStringLiteral("not-sent"));
    QVERIFY2(!r.summary().contains(QLatin1String("refused the request")), qPrintable(r.summary()));
    QVERIFY2(r.summary().contains(QLatin1String("not reached")), qPrintable(r.summary()));
    QCOMPARE(Outcomes::tone(r.outcome), Tone::Idle);
    QVERIFY(!Outcomes::headline(r).contains(QLatin1String("Rejected")));
    QVERIFY(!Outcomes::headline(r).contains(QLatin1String("HTTP 0")));

    bool flushed = false;
    log.flush(this, [&](const QString &) { flushed = true; });
    QTRY_VERIFY(flushed);
    QList<Attempt> stored;
    bool done = false;
    log.query({}, 0, this, [&](const QList<Attempt> &l, const QString &) {
        stored = l;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().outcome, Attempt::Outcome::NotSent);
    QCOMPARE(Attempt::outcomeName(stored.first().outcome), QStringLiteral("not-sent"));
    QVERIFY(stored.first().errorMessage.contains(QLatin1String("127.0.0.1")));
    // A filter on the new outcome finds it.
    LogFilter filter;
    filter.outcomes << Attempt::Outcome::NotSent;
    done = false;
    stored.clear();
    log.query(filter, 0, this, [&](const QList<Attempt> &l, const QString &) {
        stored = l;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(stored.size(), 1);
}

void TestSendJob::twilioAccessChecksBothSecrets()
{
    QMap<QString, QString> values = SandboxProfile::secrets();
    TwilioAccess access = TwilioAccess::check(values, QStringLiteral("P"));
    QVERIFY(access.ok);
    QCOMPARE(access.credentials.accountSid, values.value(SecretNames::AccountSid));
    QCOMPARE(access.credentials.authToken, values.value(SecretNames::AuthToken));
    values.remove(SecretNames::AuthToken);
    access = TwilioAccess::check(values, QStringLiteral("P"));
    QVERIFY(!access.ok);
    QCOMPARE(access.secretName, SecretNames::AuthToken);
    QVERIFY2(access.problem.contains(QLatin1String("not set for profile \"P\"")),
             qPrintable(access.problem));
    values.insert(SecretNames::AccountSid, QStringLiteral("AC123"));
    access = TwilioAccess::check(values, QStringLiteral("P"));
    QCOMPARE(access.secretName, SecretNames::AccountSid);
    QVERIFY2(access.problem.contains(QLatin1String("32 hex")), qPrintable(access.problem));
}

void TestSendJob::inputErrorsSendNothing_data()
{
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("dropSecret");
    QTest::addColumn<QString>("secretName");
    QTest::addColumn<QString>("secretValue");
    QTest::addColumn<QString>("names");

    const QString to = QStringLiteral("+14155552671");
    const QString body = QStringLiteral("hi");
    QTest::newRow("to not a number") << false << QStringLiteral("hello") << body << QString()
                                     << QString() << QString() << QStringLiteral("To");
    QTest::newRow("to too short") << false << QStringLiteral("+1415") << body << QString()
                                  << QString() << QString() << QStringLiteral("To");
    QTest::newRow("empty body") << false << to << QStringLiteral("  ") << QString() << QString()
                                << QString() << QStringLiteral("Message");
    QTest::newRow("no account sid") << false << to << body << SecretNames::AccountSid << QString()
                                    << QString() << SecretNames::AccountSid;
    QTest::newRow("malformed token")
        << false << to << body << QString() << SecretNames::AuthToken
        << QStringLiteral("AC5a2db0c000000000000000000000f011") << SecretNames::AuthToken;
    QTest::newRow("no phone number") << false << to << body << SecretNames::PhoneNumber << QString()
                                     << QString() << SecretNames::PhoneNumber;
    QTest::newRow("malformed phone number")
        << false << to << body << QString() << SecretNames::PhoneNumber
        << QStringLiteral("415 555 0006") << SecretNames::PhoneNumber;
    QTest::newRow("verify without service")
        << true << to << QString() << SecretNames::VerifyServiceSid << QString() << QString()
        << SecretNames::VerifyServiceSid;
}

void TestSendJob::inputErrorsSendNothing()
{
    QFETCH(bool, verify);
    QFETCH(QString, to);
    QFETCH(QString, body);
    QFETCH(QString, dropSecret);
    QFETCH(QString, secretName);
    QFETCH(QString, secretValue);
    QFETCH(QString, names);

    QMap<QString, QString> secrets = SandboxProfile::secrets();
    if (!dropSecret.isEmpty())
        secrets.remove(dropSecret);
    if (!secretName.isEmpty())
        secrets.insert(secretName, secretValue);
    Run run = makeJob(secrets);
    SendRequest request = message(to, body);
    if (verify) {
        request.api = SendRequest::Api::Verify;
        request.code = QStringLiteral("123456");
    }
    run.job->start(request);
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::InputError);
    QVERIFY2(r.inputError.contains(names), qPrintable(r.inputError));
    if (names.startsWith(QStringLiteral("TWILIO_")))
        QVERIFY2(r.inputError.contains(QStringLiteral("secrets set")), qPrintable(r.inputError));
    QVERIFY(r.summary().contains(r.inputError));
    QCOMPARE(messagePosts(), 0);
    QCOMPARE(m_sandbox.requestLog().size(), 0);
}

void TestSendJob::fixedLineWarns()
{
    Run run = makeJob(SandboxProfile::secrets());
    run.job->start(message(QStringLiteral("+442071838750")));
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.toInfo.type, PhoneNumberInfo::Type::FixedLine);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(QStringLiteral("+442071838750")));
    QCOMPARE(messagePosts(), 1); // a warning, not a refusal
    QCOMPARE(r.outcome, SendResult::Outcome::Delivered); // the sandbox delivers anything else
}

void TestSendJob::messagingServiceSender()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::PhoneNumber, TwilioSandbox::credentials().messagingServiceSid);
    Run run = makeJob(secrets);
    run.job->start(message(QStringLiteral("+14155552671")));
    expectFinishedOnce(run);
    QCOMPARE(run.job->result().outcome, SendResult::Outcome::Delivered);
    QCOMPARE(run.job->result().from, TwilioSandbox::credentials().messagingServiceSid);
    const auto log = m_sandbox.requestLog();
    QVERIFY(!log.isEmpty());
    const auto &post = log.first();
    QCOMPARE(post.method, QStringLiteral("POST"));
    QCOMPARE(FormCodec::value(post.form, QStringLiteral("MessagingServiceSid")),
             TwilioSandbox::credentials().messagingServiceSid);
    QVERIFY(!FormCodec::contains(post.form, QStringLiteral("From")));
}

void TestSendJob::followDeliveryOff()
{
    Run run = makeJob(SandboxProfile::secrets());
    SendRequest request = message(QStringLiteral("+14155552671"));
    request.followDelivery = false;
    run.job->start(request);
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::Sent);
    QCOMPARE(r.timeline.size(), 1);
    QCOMPARE(r.timeline.first().status, QStringLiteral("queued"));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("GET"), QStringLiteral("*")), 0);
}

void TestSendJob::verifyAccepted()
{
    Run run = makeJob(SandboxProfile::secrets()); // the custom-codes-on service
    SendRequest request;
    request.api = SendRequest::Api::Verify;
    request.to = QStringLiteral("(415) 555-2671"); // the profile's region US applies
    request.code = QStringLiteral("482913");
    request.locale = QStringLiteral("en");
    run.job->start(request);
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::Delivered);
    QCOMPARE(r.verification.status, QStringLiteral("pending"));
    QCOMPARE(r.serviceSid, TwilioSandbox::credentials().verifyCustomCodeServiceSid);
    const auto sent = m_sandbox.verifications();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().code, QStringLiteral("482913"));
    QCOMPARE(sent.first().to, QStringLiteral("+14155552671"));
    QCOMPARE(sent.first().channel, QStringLiteral("sms"));
    QCOMPARE(sent.first().locale, QStringLiteral("en"));
}

void TestSendJob::verifyCustomCodesOff()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::VerifyServiceSid, TwilioSandbox::credentials().verifyServiceSid);
    Run run = makeJob(secrets);
    SendRequest request;
    request.api = SendRequest::Api::Verify;
    request.to = QStringLiteral("+14155552671");
    request.code = QStringLiteral("482913");
    run.job->start(request);
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::Rejected);
    QCOMPARE(r.error.code, 60204);
    QVERIFY(r.summary().contains(QStringLiteral("60204")));
}

void TestSendJob::cancelWhileTracking()
{
    m_sandbox.setTimeScale(1.0); // slow enough to cancel between polls
    Run run = makeJob(SandboxProfile::secrets());
    run.job->start(message(QStringLiteral("+14155552671")));
    QTRY_COMPARE(run.transitions.size(), 1); // queued: tracking has begun
    QCOMPARE(run.job->result().stage, SendResult::Stage::Tracking);
    run.job->cancel();
    QCOMPARE(run.finished->size(), 1); // before cancel() returns
    run.job->cancel(); // a second cancel changes nothing
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::Cancelled);
    QCOMPARE(r.timeline.size(), 1);
    QVERIFY(!r.message.sid.isEmpty());
    QVERIFY2(r.summary().contains(r.message.sid), qPrintable(r.summary()));
}

void TestSendJob::cancelBeforeSending()
{
    Run run = makeJob(SandboxProfile::secrets());
    run.job->start(message(QStringLiteral("+14155552671")));
    run.job->cancel();
    expectFinishedOnce(run);
    QCOMPARE(run.job->result().outcome, SendResult::Outcome::Cancelled);
    QCOMPARE(m_sandbox.requestLog().size(), 0);
}

void TestSendJob::keychainMissing()
{
    // No setSecrets and no store: told as a keychain failure, nothing sent.
    Run run;
    run.job = std::make_unique<SendJob>(m_profile, nullptr, &m_nam);
    run.finished = std::make_unique<QSignalSpy>(run.job.get(), &SendJob::finished);
    run.job->start(message(QStringLiteral("+14155552671")));
    expectFinishedOnce(run);
    QCOMPARE(run.job->result().outcome, SendResult::Outcome::KeychainFailed);
    QCOMPARE(m_sandbox.requestLog().size(), 0);
}

void TestSendJob::sandboxProfile()
{
    const Profile p = SandboxProfile::makeProfile(m_sandbox.baseUrl());
    QCOMPARE(p.name, QStringLiteral("Sandbox"));
    QCOMPARE(p.defaultRegion, QStringLiteral("US"));
    QCOMPARE(p.apiBaseUrl, m_sandbox.baseUrl());
    QCOMPARE(p.verifyBaseUrl, m_sandbox.baseUrl());
    QVERIFY(p.builtInSandbox);
    const QMap<QString, QString> secrets = SandboxProfile::secrets();
    for (const QString &name : SecretRules::knownNames())
        QVERIFY2(SecretRules::checkValue(name, secrets.value(name), p.defaultRegion).isOk(),
                 qPrintable(name));
    QCOMPARE(secrets.value(SecretNames::VerifyServiceSid),
             TwilioSandbox::credentials().verifyCustomCodeServiceSid);

    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("p.conf")));
    store.save(p);
    QCOMPARE(store.load(p.name).value(), p);
    Profile plain = p;
    plain.builtInSandbox = false;
    QVERIFY(plain != p);
}

void TestSendJob::unusableLogSendsNothing_data()
{
    QTest::addColumn<SpoiledLog::Kind>("kind");
    QTest::addColumn<bool>("openFirst"); // the open has failed before the send, or is under way
    using K = SpoiledLog::Kind;
    for (bool openFirst : {true, false}) {
        const char *when = openFirst ? "open failed" : "open pending";
        QTest::addRow("folder, %s", when) << K::Folder << openFirst;
        QTest::addRow("random bytes, %s", when) << K::Random << openFirst;
        QTest::addRow("newer version, %s", when) << K::Newer << openFirst;
        QTest::addRow("unreachable folder, %s", when) << K::Unreachable << openFirst;
    }
}

void TestSendJob::unusableLogSendsNothing()
{
    QFETCH(SpoiledLog::Kind, kind);
    QFETCH(bool, openFirst);
    QTemporaryDir dir;
    const QString path = SpoiledLog::make(dir, kind);
    const QString because = SpoiledLog::reason(kind);
    DeliveryLog log(path);
    QSignalSpy opened(&log, &DeliveryLog::opened);
    log.open();
    if (openFirst)
        QVERIFY(opened.wait(10000));

    Run run = makeJob(SandboxProfile::secrets());
    run.job->setDeliveryLog(&log);
    run.job->start(message(QStringLiteral("+14155552671")));
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::LogFailed);
    QCOMPARE(SendResult::outcomeName(r.outcome), QStringLiteral("log-failed"));
    QVERIFY(log.openFailed());
    QVERIFY2(r.logError.contains(QDir::toNativeSeparators(path)), qPrintable(r.logError));
    QVERIFY2(r.logError.contains(QLatin1String("SMSHOOK_LOG_PATH")), qPrintable(r.logError));
    QVERIFY2(r.logError.contains(because), qPrintable(r.logError));
    QVERIFY2(!r.logError.contains(QLatin1String("()")), qPrintable(r.logError));
    QVERIFY2(r.summary().startsWith(QLatin1String("Nothing was sent")), qPrintable(r.summary()));
    QVERIFY(r.summary().contains(r.logError));
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(messagePosts(), 0);
}

void TestSendJob::lostAnswerIsLookedUp_data()
{
    QTest::addColumn<LossyProxy::Loss>("loss");
    QTest::addColumn<bool>("created"); // the sandbox has the message
    QTest::newRow("answer lost") << LossyProxy::Loss::AnswerLost << true;
    QTest::newRow("a gateway's 502") << LossyProxy::Loss::BadGateway << true;
    QTest::newRow("request lost") << LossyProxy::Loss::RequestLost << false;
}

void TestSendJob::lostAnswerIsLookedUp()
{
    // The sandbox behind a proxy that loses the answer to the POST (or the POST itself): the
    // send is "outcome unknown", never sent again, and the lookup in Twilio's message list
    // tells whether it went out; what it finds goes into the log's row.
    QFETCH(LossyProxy::Loss, loss);
    QFETCH(bool, created);
    m_sandbox.setTimeScale(1.0); // still queued when it is found
    LossyProxy proxy(m_sandbox.baseUrl(), loss);
    Profile profile = m_profile;
    profile.apiBaseUrl = proxy.baseUrl();
    QTemporaryDir dir;
    DeliveryLog log(dir.filePath(QStringLiteral("log.sqlite")));
    log.open();

    Run run = makeJob(SandboxProfile::secrets(), profile);
    run.job->setDeliveryLog(&log);
    SendRequest request = message(QStringLiteral("+14155552671"));
    request.followDelivery = false;
    run.job->start(request);
    expectFinishedOnce(run);
    const SendResult &r = run.job->result();
    QCOMPARE(r.outcome, SendResult::Outcome::Unknown);
    QCOMPARE(proxy.lossyRequests(), 1); // never sent twice
    QCOMPARE(messagePosts(), created ? 1 : 0);
    QVERIFY(run.job->canLookUp());
    QVERIFY2(r.summary().contains(QLatin1String("before sending again")), qPrintable(r.summary()));
    const auto rows = [&log, this] {
        QList<Attempt> list;
        bool done = false;
        log.query({}, 0, this, [&](const QList<Attempt> &l, const QString &) {
            list = l;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return list;
    };
    QList<Attempt> stored = rows();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().outcome, Attempt::Outcome::Unknown);
    QVERIFY(stored.first().sid.isEmpty());

    QSignalSpy looked(run.job.get(), &SendJob::lookupFinished);
    run.job->lookUp();
    QVERIFY(looked.wait(10000));
    const auto found = looked.first().at(0).value<QList<Message>>();
    QVERIFY(!looked.first().at(1).value<TwilioError>().isError());
    QCOMPARE(messagePosts(), created ? 1 : 0); // the lookup only reads
    if (!created) {
        QVERIFY(found.isEmpty());
        QCOMPARE(r.outcome, SendResult::Outcome::Unknown);
        QCOMPARE(rows().first().outcome, Attempt::Outcome::Unknown);
        return;
    }
    QCOMPARE(found.size(), 1);
    const QString sid = found.first().sid;
    QVERIFY(sid.startsWith(QLatin1String("SM")));
    QCOMPARE(r.outcome, SendResult::Outcome::Sent);
    QVERIFY(r.foundByLookup);
    QCOMPARE(r.message.sid, sid);
    QVERIFY2(r.summary().contains(QLatin1String("Do not send it again")), qPrintable(r.summary()));
    QVERIFY(!run.job->canLookUp());
    // The row knows the message now: a sync merges into it rather than adding a second.
    bool flushed = false;
    log.flush(this, [&](const QString &) { flushed = true; });
    QTRY_VERIFY(flushed);
    stored = rows();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().sid, sid);
    QVERIFY(stored.first().outcome != Attempt::Outcome::Unknown);
}

void TestSendJob::lookupLeavesOtherSendsMessages()
{
    // The same text to the same number, sent a moment earlier and recorded with its SID: when
    // the next send's POST is lost, that earlier message matches the lookup, but it is not
    // this send's, and taking it would say "sent" for a message that never went out.
    m_sandbox.setTimeScale(1.0);
    QTemporaryDir dir;
    DeliveryLog log(dir.filePath(QStringLiteral("log.sqlite")));
    log.open();
    SendRequest request = message(QStringLiteral("+14155552671"));
    request.followDelivery = false;
    Run first = makeJob(SandboxProfile::secrets());
    first.job->setDeliveryLog(&log);
    first.job->start(request);
    expectFinishedOnce(first);
    QCOMPARE(first.job->result().outcome, SendResult::Outcome::Sent);
    const QString earlier = first.job->result().message.sid;

    LossyProxy proxy(m_sandbox.baseUrl(), LossyProxy::Loss::RequestLost);
    Profile profile = m_profile;
    profile.apiBaseUrl = proxy.baseUrl();
    Run second = makeJob(SandboxProfile::secrets(), profile);
    second.job->setDeliveryLog(&log);
    second.job->start(request);
    expectFinishedOnce(second);
    QCOMPARE(second.job->result().outcome, SendResult::Outcome::Unknown);
    QSignalSpy looked(second.job.get(), &SendJob::lookupFinished);
    second.job->lookUp();
    QVERIFY(looked.wait(10000));
    QVERIFY(looked.first().at(0).value<QList<Message>>().isEmpty());
    QCOMPARE(second.job->result().outcome, SendResult::Outcome::Unknown);
    QVERIFY(second.job->result().message.sid.isEmpty());
    QCOMPARE(messagePosts(), 1);
    QVERIFY(!earlier.isEmpty());
}

QTEST_GUILESS_MAIN(TestSendJob)
#include "TestSendJob.moc"
