#include "sandbox/TwilioSandbox.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/MessageLookup.h"
#include "twilio/TwilioClient.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

// Behaviour tests: the real TwilioClient and DeliveryTracker against the built-in sandbox over
// HTTP on 127.0.0.1. Every Twilio behaviour the console has to explain (magic numbers, trial and
// suspended accounts, wrong credentials, Verify custom codes, delivery progression, 429, paging)
// is checked as the user would meet it: the reply's value or error, and what reached the server.
// The request shapes themselves are checked against Twilio's spec in tests/contract.

namespace {

const SandboxFixtures::Credentials &fixtures()
{
    return TwilioSandbox::credentials();
}

const QString SmsNumber = u"+15005550006"_s;
const QString Recipient = u"+14155552671"_s;
const QString MessagesPath = u"*/Messages.json"_s;

MessageRequest sms(const QString &to, const QString &from = SmsNumber)
{
    MessageRequest m;
    m.to = to;
    m.from = from;
    m.body = u"Your verification code is 482913"_s;
    return m;
}

QStringList statuses(const DeliveryTimeline &timeline)
{
    QStringList list;
    for (const StatusTransition &t : timeline.transitions)
        list << t.status;
    return list;
}

} // namespace

// A Twilio error answer, explained from Twilio's error dictionary.
#define EXPECT_TWILIO_ERROR(reply, status, twilioCode)                                             \
    do {                                                                                           \
        QVERIFY((reply)->isFinished());                                                            \
        const TwilioError &e_ = (reply)->error();                                                  \
        QVERIFY2(e_.kind == TwilioError::Kind::Http, qPrintable(describe(reply)));                 \
        QCOMPARE(e_.httpStatus, status);                                                           \
        QCOMPARE(e_.code, twilioCode);                                                             \
        QVERIFY(!e_.message.isEmpty());                                                            \
        QVERIFY2(ErrorDictionary::contains(twilioCode), "not in the bundled error dictionary");    \
        QVERIFY(!e_.explanation.isEmpty());                                                        \
        QCOMPARE(e_.explanation.message, ErrorDictionary::lookup(twilioCode).message);             \
        QCOMPARE(e_.explanation.docsUrl, ErrorDictionary::docsUrl(twilioCode));                    \
        QVERIFY(!e_.userText().isEmpty());                                                         \
    } while (false)

class TestClientSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void messageCreated();
    void magicNumbers_data();
    void magicNumbers();
    void numberNotOwnedOrWithoutSms_data();
    void numberNotOwnedOrWithoutSms();
    void trialAccount();
    void suspendedAccount();
    void wrongCredentials();
    void verifyCustomCodesOff();
    void verifyCustomCodesOn();
    void messagingService();
    void incomingPhoneNumberCapabilities();
    void outgoingCallerIdLookup();
    void deliveryTimeline_data();
    void deliveryTimeline();
    void tooManyRequestsThenCreated();
    void listMessagesPagesWithoutDuplicates();
    void listMessagesByDateSent();
    void lookupFindsAMessageWhoseOutcomeWasUnknown();

private:
    TwilioClient *client(const QString &accountSid = fixtures().accountSid,
                         const QString &authToken = fixtures().authToken);
    // Waits for finished() and checks it came exactly once.
    static bool waitFinished(TwilioReply *reply, int timeoutMs = 5000);
    static QString describe(const TwilioReply *reply);
    // The messages the sandbox holds for the full account, via the client.
    QStringList listedSids(TwilioClient *client);

    TwilioSandbox m_sandbox;
    std::unique_ptr<QObject> m_scope; // parent of the clients of one test
};

void TestClientSandbox::initTestCase()
{
    QVERIFY(m_sandbox.listen(0));
}

void TestClientSandbox::init()
{
    m_sandbox.reset();
    m_sandbox.setRateLimit(0);
    m_sandbox.setTimeScale(0.05); // delivered 150 ms after creation
    m_scope = std::make_unique<QObject>();
}

void TestClientSandbox::cleanup()
{
    m_scope.reset();
}

TwilioClient *TestClientSandbox::client(const QString &accountSid, const QString &authToken)
{
    Profile profile;
    profile.name = u"sandbox"_s;
    profile.apiBaseUrl = m_sandbox.baseUrl();
    profile.verifyBaseUrl = m_sandbox.baseUrl();
    auto *c = new TwilioClient(profile, {accountSid, authToken}, nullptr, m_scope.get());
    c->setTimeoutMs(5000);
    RetryPolicy retry;
    retry.initialBackoffMs = 50;
    retry.maxBackoffMs = 200;
    c->setRetryPolicy(retry);
    return c;
}

bool TestClientSandbox::waitFinished(TwilioReply *reply, int timeoutMs)
{
    QSignalSpy spy(reply, &TwilioReply::finished);
    if (!reply->isFinished() && !spy.wait(timeoutMs))
        return false;
    return reply->isFinished() && spy.count() <= 1;
}

QString TestClientSandbox::describe(const TwilioReply *reply)
{
    const TwilioError &e = reply->error();
    return u"%1, HTTP %2, code %3: %4 %5"_s.arg(TwilioError::kindName(e.kind))
        .arg(e.httpStatus)
        .arg(e.code)
        .arg(e.message, e.detail);
}

QStringList TestClientSandbox::listedSids(TwilioClient *c)
{
    QStringList sids;
    TwilioReply *reply = c->listMessages({});
    if (!waitFinished(reply) || !reply->isOk())
        return {u"<listing failed: %1>"_s.arg(describe(reply))};
    for (const Message &m : reply->messagePage().messages)
        sids << m.sid;
    return sids;
}

void TestClientSandbox::messageCreated()
{
    TwilioClient *c = client();
    TwilioReply *reply = c->createMessage(sms(Recipient));
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->isOk(), qPrintable(describe(reply)));
    QCOMPARE(reply->httpStatus(), 201);
    const Message m = reply->message();
    QVERIFY(QRegularExpression(u"^SM[0-9a-f]{32}$"_s).match(m.sid).hasMatch());
    QCOMPARE(m.status, u"queued"_s);
    QCOMPARE(m.to, Recipient); // the '+' arrived as a '+', not as a space
    QCOMPARE(m.from, SmsNumber);
    QCOMPARE(m.numSegments, 1);
    QVERIFY(m.dateCreated.isValid());
    QCOMPARE(listedSids(c), QStringList {m.sid});

    // With the Messaging Service instead of a From number.
    MessageRequest viaService = sms(Recipient, QString());
    viaService.messagingServiceSid = fixtures().messagingServiceSid;
    TwilioReply *service = c->createMessage(viaService);
    QVERIFY(waitFinished(service));
    QVERIFY2(service->isOk(), qPrintable(describe(service)));
    QCOMPARE(service->message().messagingServiceSid, fixtures().messagingServiceSid);
}

void TestClientSandbox::magicNumbers_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("code");
    QTest::newRow("From +15005550001 invalid") << u"+15005550001"_s << Recipient << 21212;
    QTest::newRow("From +15005550007 not owned") << u"+15005550007"_s << Recipient << 21606;
    QTest::newRow("From +15005550008 queue full") << u"+15005550008"_s << Recipient << 21611;
    QTest::newRow("To +15005550001 invalid") << SmsNumber << u"+15005550001"_s << 21211;
    QTest::newRow("To +15005550002 unreachable") << SmsNumber << u"+15005550002"_s << 21612;
    QTest::newRow("To +15005550003 region") << SmsNumber << u"+15005550003"_s << 21408;
    QTest::newRow("To +15005550004 unsubscribed") << SmsNumber << u"+15005550004"_s << 21610;
    QTest::newRow("To +15005550009 not mobile") << SmsNumber << u"+15005550009"_s << 21614;
}

void TestClientSandbox::magicNumbers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, code);
    TwilioClient *c = client();
    TwilioReply *reply = c->createMessage(sms(to, from));
    QVERIFY(waitFinished(reply));
    EXPECT_TWILIO_ERROR(reply, 400, code);
    // Refused by Twilio: nothing was created, it is safe to send again, and it was not resent.
    QVERIFY(reply->error().notSent);
    QVERIFY(!reply->error().lookup.isValid());
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_sandbox.requestCount(u"POST"_s, MessagesPath), 1);
    QCOMPARE(m_sandbox.requestLog().constLast().errorCode, code);
    QCOMPARE(listedSids(c), QStringList());
}

void TestClientSandbox::numberNotOwnedOrWithoutSms_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("magic +15005550007") << u"+15005550007"_s;
    QTest::newRow("someone else's number") << u"+14155559876"_s;
    QTest::newRow("owned, voice only") << fixtures().voiceOnlyNumber;
}

void TestClientSandbox::numberNotOwnedOrWithoutSms()
{
    QFETCH(QString, from);
    TwilioReply *reply = client()->createMessage(sms(Recipient, from));
    QVERIFY(waitFinished(reply));
    EXPECT_TWILIO_ERROR(reply, 400, 21606);
    QVERIFY(reply->error().notSent);
}

void TestClientSandbox::trialAccount()
{
    const auto &f = fixtures();
    TwilioClient *c = client(f.trialAccountSid, f.trialAuthToken);

    TwilioReply *account = c->fetchAccount();
    QVERIFY(waitFinished(account));
    QVERIFY2(account->isOk(), qPrintable(describe(account)));
    QCOMPARE(account->account().sid, f.trialAccountSid);
    QCOMPARE(account->account().type, u"Trial"_s);
    QVERIFY(account->account().isTrial());
    QVERIFY(account->account().isActive());

    TwilioReply *unverified = c->createMessage(sms(Recipient));
    QVERIFY(waitFinished(unverified));
    EXPECT_TWILIO_ERROR(unverified, 400, 21608);
    QVERIFY(unverified->error().message.contains(Recipient));

    QVERIFY(!f.trialVerifiedCallerIds.isEmpty());
    const QString verified = f.trialVerifiedCallerIds.first();
    TwilioReply *callerId = c->findOutgoingCallerId(verified);
    QVERIFY(waitFinished(callerId));
    QVERIFY2(callerId->isOk(), qPrintable(describe(callerId)));
    QCOMPARE(callerId->outgoingCallerIds().size(), 1);

    TwilioReply *sent = c->createMessage(sms(verified));
    QVERIFY(waitFinished(sent));
    QVERIFY2(sent->isOk(), qPrintable(describe(sent)));
    QCOMPARE(sent->message().to, verified);
    QCOMPARE(sent->message().status, u"queued"_s);
}

void TestClientSandbox::suspendedAccount()
{
    const auto &f = fixtures();
    TwilioClient *c = client(f.suspendedAccountSid, f.suspendedAuthToken);

    TwilioReply *account = c->fetchAccount();
    QVERIFY(waitFinished(account));
    QVERIFY2(account->isOk(), qPrintable(describe(account)));
    QCOMPARE(account->account().status, u"suspended"_s);
    QVERIFY(!account->account().isActive());

    TwilioReply *create = c->createMessage(sms(Recipient));
    QVERIFY(waitFinished(create));
    EXPECT_TWILIO_ERROR(create, 401, 20005);
    QVERIFY(create->error().notSent);
    QCOMPARE(create->attempts(), 1);

    TwilioReply *list = c->listMessages({});
    QVERIFY(waitFinished(list));
    EXPECT_TWILIO_ERROR(list, 401, 20005);
}

void TestClientSandbox::wrongCredentials()
{
    const auto &f = fixtures();
    // A token of the right shape that is not the account's, and an account that does not exist.
    const QList<TwilioCredentials> wrong {
        {f.accountSid, u"0123456789abcdef0123456789abcdef"_s},
        {u"AC0123456789abcdef0123456789abcdef"_s, f.authToken},
    };
    for (const TwilioCredentials &creds : wrong) {
        TwilioClient *c = client(creds.accountSid, creds.authToken);
        TwilioReply *account = c->fetchAccount();
        QVERIFY(waitFinished(account));
        EXPECT_TWILIO_ERROR(account, 401, 20003);
        QCOMPARE(account->attempts(), 1); // a 401 is not retried

        TwilioReply *create = c->createMessage(sms(Recipient));
        QVERIFY(waitFinished(create));
        EXPECT_TWILIO_ERROR(create, 401, 20003);
        QVERIFY(create->error().notSent);
    }
    for (const TwilioSandbox::LoggedRequest &r : m_sandbox.requestLog())
        QVERIFY(r.accountSid.isEmpty());
}

void TestClientSandbox::verifyCustomCodesOff()
{
    const auto &f = fixtures();
    TwilioClient *c = client();
    TwilioReply *service = c->fetchVerifyService(f.verifyServiceSid);
    QVERIFY(waitFinished(service));
    QVERIFY2(service->isOk(), qPrintable(describe(service)));
    QCOMPARE(service->verifyService().sid, f.verifyServiceSid);
    QVERIFY(!service->verifyService().customCodeEnabled);

    VerificationRequest v;
    v.to = Recipient;
    v.customCode = u"482913"_s;
    TwilioReply *refused = c->createVerification(f.verifyServiceSid, v);
    QVERIFY(waitFinished(refused));
    EXPECT_TWILIO_ERROR(refused, 403, 60204);
    QVERIFY(m_sandbox.verifications().isEmpty());

    // The same service sends a code of its own.
    v.customCode.clear();
    TwilioReply *created = c->createVerification(f.verifyServiceSid, v);
    QVERIFY(waitFinished(created));
    QVERIFY2(created->isOk(), qPrintable(describe(created)));
    QCOMPARE(created->verification().status, u"pending"_s);
    QCOMPARE(m_sandbox.verifications().size(), 1);
    QVERIFY(!m_sandbox.verifications().first().customCode);
}

void TestClientSandbox::messagingService()
{
    const auto &f = fixtures();
    TwilioReply *found = client()->fetchMessagingService(f.messagingServiceSid);
    QVERIFY(waitFinished(found));
    QVERIFY2(found->isOk(), qPrintable(describe(found)));
    QCOMPARE(found->messagingService().sid, f.messagingServiceSid);
    QVERIFY(!found->messagingService().friendlyName.isEmpty());
    QCOMPARE(m_sandbox.requestLog().last().path, u"/v1/Services/"_s + f.messagingServiceSid);

    // The trial account has no Messaging Service: the full account's is invisible to it.
    TwilioReply *other
        = client(f.trialAccountSid, f.trialAuthToken)->fetchMessagingService(f.messagingServiceSid);
    QVERIFY(waitFinished(other));
    EXPECT_TWILIO_ERROR(other, 404, 20404);
}

void TestClientSandbox::verifyCustomCodesOn()
{
    const auto &f = fixtures();
    TwilioClient *c = client();
    TwilioReply *service = c->fetchVerifyService(f.verifyCustomCodeServiceSid);
    QVERIFY(waitFinished(service));
    QVERIFY2(service->isOk(), qPrintable(describe(service)));
    QVERIFY(service->verifyService().customCodeEnabled);

    VerificationRequest v;
    v.to = Recipient;
    v.customCode = u"482913"_s;
    v.locale = u"pt-BR"_s;
    TwilioReply *created = c->createVerification(f.verifyCustomCodeServiceSid, v);
    QVERIFY(waitFinished(created));
    QVERIFY2(created->isOk(), qPrintable(describe(created)));
    QCOMPARE(created->httpStatus(), 201);
    const Verification verification = created->verification();
    QVERIFY(verification.sid.startsWith(u"VE"_s));
    QCOMPARE(verification.status, u"pending"_s);
    QCOMPARE(verification.to, Recipient);
    QCOMPARE(verification.channel, u"sms"_s);

    QCOMPARE(m_sandbox.verifications().size(), 1);
    const TwilioSandbox::Verification sent = m_sandbox.verifications().first();
    QCOMPARE(sent.sid, verification.sid);
    QCOMPARE(sent.code, v.customCode);
    QVERIFY(sent.customCode);
    QCOMPARE(sent.locale, v.locale);
}

void TestClientSandbox::incomingPhoneNumberCapabilities()
{
    const auto &f = fixtures();
    TwilioClient *c = client();

    TwilioReply *smsCapable = c->findIncomingPhoneNumber(f.smsNumber);
    QVERIFY(waitFinished(smsCapable));
    QVERIFY2(smsCapable->isOk(), qPrintable(describe(smsCapable)));
    QCOMPARE(smsCapable->incomingPhoneNumbers().size(), 1);
    const IncomingPhoneNumber number = smsCapable->incomingPhoneNumbers().first();
    QCOMPARE(number.phoneNumber, f.smsNumber);
    QVERIFY(number.sid.startsWith(u"PN"_s));
    QVERIFY(number.sms);
    QVERIFY(number.voice);
    QCOMPARE(FormCodec::value(m_sandbox.requestLog().constLast().query, u"PhoneNumber"_s),
             f.smsNumber);

    TwilioReply *voiceOnly = c->findIncomingPhoneNumber(f.voiceOnlyNumber);
    QVERIFY(waitFinished(voiceOnly));
    QVERIFY2(voiceOnly->isOk(), qPrintable(describe(voiceOnly)));
    QCOMPARE(voiceOnly->incomingPhoneNumbers().size(), 1);
    QVERIFY(!voiceOnly->incomingPhoneNumbers().first().sms);
    QVERIFY(voiceOnly->incomingPhoneNumbers().first().voice);

    // Not on the account: an empty list, not an error.
    TwilioReply *notOwned = c->findIncomingPhoneNumber(u"+14155559876"_s);
    QVERIFY(waitFinished(notOwned));
    QVERIFY2(notOwned->isOk(), qPrintable(describe(notOwned)));
    QVERIFY(notOwned->incomingPhoneNumbers().isEmpty());
}

void TestClientSandbox::outgoingCallerIdLookup()
{
    const auto &f = fixtures();
    TwilioClient *c = client();

    TwilioReply *verified = c->findOutgoingCallerId(f.verifiedCallerId);
    QVERIFY(waitFinished(verified));
    QVERIFY2(verified->isOk(), qPrintable(describe(verified)));
    QCOMPARE(verified->outgoingCallerIds().size(), 1);
    QCOMPARE(verified->outgoingCallerIds().first().phoneNumber, f.verifiedCallerId);
    QVERIFY(verified->outgoingCallerIds().first().sid.startsWith(u"PN"_s));

    TwilioReply *unverified = c->findOutgoingCallerId(u"+14155559876"_s);
    QVERIFY(waitFinished(unverified));
    QVERIFY2(unverified->isOk(), qPrintable(describe(unverified)));
    QVERIFY(unverified->outgoingCallerIds().isEmpty());
}

void TestClientSandbox::deliveryTimeline_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("code");
    QTest::newRow("delivered") << Recipient << QStringList {u"queued"_s, u"sent"_s, u"delivered"_s}
                               << 0;
    QTest::newRow("undelivered 30003")
        << u"+15005553003"_s << QStringList {u"queued"_s, u"sent"_s, u"undelivered"_s} << 30003;
    QTest::newRow("failed 30005") << u"+15005554005"_s << QStringList {u"queued"_s, u"failed"_s}
                                  << 30005;
}

void TestClientSandbox::deliveryTimeline()
{
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    QFETCH(int, code);
    // Sent 200 ms after creation, final after 600 ms: wide enough for 20 ms polls under load.
    m_sandbox.setTimeScale(0.2);
    TwilioClient *c = client();
    TwilioReply *created = c->createMessage(sms(to));
    QVERIFY(waitFinished(created));
    QVERIFY2(created->isOk(), qPrintable(describe(created)));

    DeliveryTracker tracker(c);
    tracker.setPollIntervalMs(20);
    QSignalSpy changed(&tracker, &DeliveryTracker::statusChanged);
    QSignalSpy finished(&tracker, &DeliveryTracker::finished);
    tracker.start(created->message().sid, created->message());
    QVERIFY(finished.wait(5000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);

    const DeliveryTimeline timeline = tracker.timeline();
    QCOMPARE(timeline.outcome, DeliveryTimeline::Outcome::Final);
    QCOMPARE(statuses(timeline), expected);
    QCOMPARE(changed.count(), expected.size());
    for (qsizetype i = 1; i < timeline.transitions.size(); ++i)
        QVERIFY(timeline.transitions.at(i).at >= timeline.transitions.at(i - 1).at);

    const StatusTransition last = timeline.transitions.constLast();
    const Message message = timeline.lastMessage;
    QCOMPARE(message.status, expected.constLast());
    QCOMPARE(last.errorCode, code);
    QCOMPARE(message.errorCode, code);
    if (code) {
        QVERIFY(!last.errorMessage.isEmpty());
        // The console explains a delivery error from the dictionary too.
        QVERIFY(ErrorDictionary::contains(code));
        QVERIFY(!ErrorDictionary::lookup(code).isEmpty());
    } else {
        QVERIFY(last.errorMessage.isEmpty());
    }
    if (message.status == u"failed"_s) {
        QVERIFY(!message.dateSent.isValid()); // never handed to a carrier, never priced
        QVERIFY(message.price.isEmpty());
    } else {
        QVERIFY(message.dateSent.isValid());
        QCOMPARE(message.price, u"-0.00790"_s);
        QCOMPARE(message.priceUnit, u"USD"_s);
    }
}

void TestClientSandbox::tooManyRequestsThenCreated()
{
    TwilioClient *c = client();
    QElapsedTimer clock;
    clock.start();
    QList<qint64> postTimes;
    connect(&m_sandbox, &TwilioSandbox::requestHandled, m_scope.get(),
            [&](const TwilioSandbox::LoggedRequest &r) {
                if (r.method == u"POST"_s)
                    postTimes << clock.elapsed();
            });

    m_sandbox.setRateLimit(1);
    TwilioReply *account = c->fetchAccount(); // uses this second's only request
    QVERIFY(waitFinished(account));
    QVERIFY2(account->isOk(), qPrintable(describe(account)));

    TwilioReply *reply = c->createMessage(sms(Recipient));
    QSignalSpy retrying(reply, &TwilioReply::retrying);
    QVERIFY(waitFinished(reply, 10000));
    QVERIFY2(reply->isOk(), qPrintable(describe(reply)));
    QCOMPARE(reply->httpStatus(), 201);
    QVERIFY(retrying.count() >= 1);
    QCOMPARE(retrying.first().at(1).toInt(), 1000); // Retry-After: 1

    QList<TwilioSandbox::LoggedRequest> posts;
    for (const TwilioSandbox::LoggedRequest &r : m_sandbox.requestLog()) {
        if (r.method == u"POST"_s)
            posts << r;
    }
    QCOMPARE(posts.size(), postTimes.size());
    QVERIFY(posts.size() >= 2);
    QCOMPARE(posts.first().httpStatus, 429);
    QCOMPARE(posts.first().errorCode, 20429);
    QCOMPARE(posts.constLast().httpStatus, 201);

    // Refused POSTs create nothing: exactly one message.
    m_sandbox.setRateLimit(0);
    QCOMPARE(listedSids(c), QStringList {reply->message().sid});

    // The retry waits the whole Retry-After, so the second POST is the accepted one.
    const qint64 waited = postTimes.at(1) - postTimes.at(0);
    QVERIFY2(waited >= 1000, qPrintable(u"retried after %1 ms"_s.arg(waited)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(m_sandbox.requestCount(u"POST"_s, MessagesPath), 2);
}

void TestClientSandbox::listMessagesPagesWithoutDuplicates()
{
    TwilioClient *c = client();
    QStringList created; // oldest first
    for (int i = 0; i < 5; ++i) {
        TwilioReply *reply = c->createMessage(sms(Recipient));
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->isOk(), qPrintable(describe(reply)));
        created << reply->message().sid;
        // Messages to another recipient, which the To filter must leave out.
        if (i % 2 == 0) {
            TwilioReply *other = c->createMessage(sms(u"+14155550199"_s));
            QVERIFY(waitFinished(other));
            QVERIFY(other->isOk());
        }
    }

    MessageFilter filter;
    filter.to = Recipient;
    filter.pageSize = 2;
    QStringList collected;
    int pages = 0;
    TwilioReply *reply = c->listMessages(filter);
    for (;;) {
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->isOk(), qPrintable(describe(reply)));
        ++pages;
        const MessagePage page = reply->messagePage();
        QVERIFY(page.messages.size() <= 2);
        for (const Message &m : page.messages) {
            QCOMPARE(m.to, Recipient);
            collected << m.sid;
        }
        if (pages == 1) {
            // A message created while paging is newer than the first page: with Twilio's
            // PageToken it neither shows up later nor shifts the pages into duplicates.
            TwilioReply *late = c->createMessage(sms(Recipient));
            QVERIFY(waitFinished(late));
            QVERIFY(late->isOk());
        }
        if (page.nextPageUri.isEmpty())
            break;
        QVERIFY(pages < 10);
        reply = c->fetchNextPage(page.nextPageUri);
    }

    QCOMPARE(pages, 3);
    QStringList newestFirst = created;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(collected, newestFirst);
    QCOMPARE(QSet<QString>(collected.cbegin(), collected.cend()).size(), collected.size());

    // Every page request carried the filter with its '+' intact.
    int pageRequests = 0;
    for (const TwilioSandbox::LoggedRequest &r : m_sandbox.requestLog()) {
        if (r.method != u"GET"_s)
            continue;
        ++pageRequests;
        QCOMPARE(FormCodec::value(r.query, u"To"_s), Recipient);
        QCOMPARE(r.httpStatus, 200);
    }
    QCOMPARE(pageRequests, 3);
}

void TestClientSandbox::listMessagesByDateSent()
{
    TwilioClient *c = client();
    TwilioReply *created = c->createMessage(sms(Recipient));
    QVERIFY(waitFinished(created));
    QVERIFY2(created->isOk(), qPrintable(describe(created)));
    const QString sid = created->message().sid;
    // Only sent messages have a date_sent to match (50 ms at this time scale).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            TwilioReply *fetched = c->fetchMessage(sid);
            return waitFinished(fetched) && fetched->message().dateSent.isValid();
        }(),
        5000);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto list = [&](const MessageFilter &filter) {
        TwilioReply *reply = c->listMessages(filter);
        QStringList sids;
        if (!waitFinished(reply) || !reply->isOk())
            return QStringList {describe(reply)};
        for (const Message &m : reply->messagePage().messages)
            sids << m.sid;
        return sids;
    };
    MessageFilter on;
    on.dateSent = today;
    QCOMPARE(list(on), QStringList {sid});
    // DateSent> and DateSent< are inclusive, and their names reach the server intact.
    MessageFilter range;
    range.dateSentAfter = today;
    range.dateSentBefore = today;
    QCOMPARE(list(range), QStringList {sid});
    MessageFilter before;
    before.dateSentBefore = today.addDays(-1);
    QCOMPARE(list(before), QStringList());
    MessageFilter after;
    after.dateSentAfter = today.addDays(1);
    QCOMPARE(list(after), QStringList());
}

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "TestClientSandbox.moc"

// After a POST whose answer never came, the console looks the message up (GETs only) instead of
// sending again: the lookup must find exactly that message and nothing else.
void TestClientSandbox::lookupFindsAMessageWhoseOutcomeWasUnknown()
{
    TwilioClient *c = client();
    MessageLookupHint hint;
    hint.to = Recipient;
    hint.from = SmsNumber;
    hint.notBefore = QDateTime::currentDateTimeUtc();
    MessageRequest request = sms(Recipient);
    request.body = u"Your code is 424242"_s;
    TwilioReply *created = c->createMessage(request);
    QVERIFY(waitFinished(created));
    QVERIFY2(created->isOk(), qPrintable(describe(created)));
    // Another message to the same recipient, with another body: not the one sought.
    MessageRequest other = sms(Recipient);
    other.body = u"Something else"_s;
    QVERIFY(waitFinished(c->createMessage(other)));
    hint.notAfter = QDateTime::currentDateTimeUtc();

    const auto run = [&](const MessageLookupHint &h, const QString &body) {
        auto *lookup = new MessageLookup(c, h, body, m_scope.get());
        QSignalSpy done(lookup, &MessageLookup::finished);
        lookup->start();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000); }();
        return lookup;
    };
    MessageLookup *found = run(hint, request.body);
    QVERIFY(!found->error().isError());
    QCOMPARE(found->found().size(), 1);
    QCOMPARE(found->found().constFirst().sid, created->message().sid);
    QCOMPARE(m_sandbox.requestCount(u"POST"_s, MessagesPath), 2); // the lookup sent nothing

    MessageLookupHint elsewhere = hint;
    elsewhere.to = u"+14155550199"_s;
    QVERIFY(run(elsewhere, request.body)->found().isEmpty());
    MessageLookupHint earlier = hint;
    earlier.notBefore = hint.notBefore.addSecs(-3600);
    earlier.notAfter = hint.notBefore.addSecs(-1800);
    QVERIFY(run(earlier, request.body)->found().isEmpty());
}
