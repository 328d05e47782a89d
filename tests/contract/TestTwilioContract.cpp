#include "twilio/TwilioClient.h"
#include "twilio/TwilioRequests.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "PrismServer.h"

#include <memory>

using namespace Qt::StringLiterals;

// Contract tests: the real TwilioClient against Prism (@stoplight/prism-cli, pinned in
// package-lock.json) serving Twilio's own OpenAPI specs (specs/, from twilio/twilio-oai).
//
// Prism checks each request against the spec: path parameters (SID patterns), required form
// fields, field types, content type, and that Basic auth is present. It answers with the spec's
// own examples, not with anything derived from the request, so these tests prove that what the
// client sends is what Twilio documents and that Twilio's documented answers parse into the
// value types. Behaviour (errors, trial accounts, delivery) is the sandbox's job
// (tests/core/TestClientSandbox.cpp): Prism knows none of it.
//
// Not contract-tested: MessageFilter::dateSent. Twilio's spec declares DateSent as
// `format: date-time`, while Twilio's API reference documents YYYY-MM-DD for it (as the spec's
// own examples write it), which is what the client sends; Prism follows the schema and answers
// 422. DateSent> and DateSent< go out percent-encoded (DateSent%3E), as in Twilio's own
// next_page_uri examples, and Prism does not match those names to the spec's parameters.
// The date filters are covered against the sandbox (TestClientSandbox::listMessagesByDateSent).

namespace {

// The SIDs of Twilio's own examples. The list example's next_page_uri names this account, and
// the client follows next-page links within its own account only.
const TwilioCredentials Creds {u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s,
                               u"0123456789abcdef0123456789abcdef"_s};
const QString ServiceSid = u"VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString MessageSid = u"SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString ContractDir = QStringLiteral(SMSHOOK_CONTRACT_DIR);
const QString PrismPath = ContractDir + u"/node_modules/.bin/prism"_s;
constexpr int StartupTimeoutMs = 30000;
constexpr int ReplyTimeoutMs = 20000;

bool isSid(const QString &value, const QString &prefixes)
{
    const QRegularExpression re(u"^(%1)[0-9a-fA-F]{32}$"_s.arg(prefixes));
    return re.match(value).hasMatch();
}

VerificationRequest smsVerification()
{
    VerificationRequest v;
    v.to = u"+14155552671"_s;
    return v;
}

struct Exchange
{
    QByteArray method;
    QUrl url;
    int status = 0;
    QByteArray body; // peeked, so the client still reads all of it
    QStringList requestViolations; // Prism's sl-violations about the request
};

} // namespace

// Accepted by Prism on the first attempt, and parsed without error.
#define EXPECT_ACCEPTED(reply, status)                                                             \
    do {                                                                                           \
        QVERIFY2((reply)->isOk(), qPrintable(explain(reply)));                                     \
        QCOMPARE((reply)->httpStatus(), status);                                                   \
        QCOMPARE((reply)->attempts(), 1);                                                          \
        QVERIFY(!m_exchanges.isEmpty());                                                           \
    } while (false)

class TestTwilioContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // Accepted by Twilio's spec, and Twilio's documented answers parse without error.
    void createMessage_data();
    void createMessage();
    void fetchMessage();
    void listMessagesFollowingNextPageUri();
    void fetchAccount();
    void findIncomingPhoneNumber();
    void findOutgoingCallerId();
    void fetchVerifyService();
    void createVerification_data();
    void createVerification();

    // Prism would catch a client mistake: the checks above are not vacuous.
    void requestWithoutAuthorizationIsRefused();
    void malformedPathSidIsRefused();
    void missingRequiredFieldIsRefused();
    void wrongContentTypeIsRefused();

private:
    TwilioClient *makeClient(const TwilioCredentials &credentials, QNetworkAccessManager *nam);
    // Waits for finished(), checks it came once; false when it did not come.
    static bool waitFinished(TwilioReply *reply);
    // Why a reply failed, with what Prism said, for failure messages.
    QString explain(const TwilioReply *reply) const;
    Exchange rawRequest(const QByteArray &method, QNetworkRequest request,
                        const QByteArray &body = {});

    std::unique_ptr<PrismServer> m_api;
    std::unique_ptr<PrismServer> m_verify;
    QNetworkAccessManager m_nam; // the client's; every answer is recorded
    QNetworkAccessManager m_rawNam; // for the deliberately wrong requests
    QList<Exchange> m_exchanges;
    TwilioClient *m_client = nullptr;
};

void TestTwilioContract::initTestCase()
{
    const bool skip = qEnvironmentVariable("SMSHOOK_SKIP_CONTRACT") == u"1"_s;
    if (!QFileInfo::exists(PrismPath)) {
        if (skip)
            QSKIP("Prism is not installed (tests/contract/node_modules/.bin/prism) and "
                  "SMSHOOK_SKIP_CONTRACT=1 is set: contract tests skipped.");
        QFAIL(qPrintable(u"Prism is missing: %1 does not exist. Install it with "
                         "`npm ci --prefix tests/contract` (scripts/dev.sh test does it), or set "
                         "SMSHOOK_SKIP_CONTRACT=1 to skip the contract tests."_s.arg(PrismPath)));
    }
    if (skip)
        QSKIP("SMSHOOK_SKIP_CONTRACT=1 is set: contract tests skipped.");
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        QFAIL("Prism is installed but `node` is not on PATH. Install Node.js (Debian: "
              "apt-get install nodejs npm; scripts/dev.sh test does it), or set "
              "SMSHOOK_SKIP_CONTRACT=1 to skip the contract tests.");

    connect(&m_nam, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        Exchange e;
        e.method = reply->operation() == QNetworkAccessManager::PostOperation ? "POST" : "GET";
        e.url = reply->url();
        e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        e.body = reply->peek(reply->bytesAvailable());
        // Prism reports what it found wrong in this header. Violations located in the
        // response are Twilio's examples against Twilio's own schema (relative `uri` values
        // that are declared `format: uri`): not the client's business.
        const QJsonArray violations
            = QJsonDocument::fromJson(reply->rawHeader("sl-violations")).array();
        for (const QJsonValue &v : violations) {
            const QJsonObject o = v.toObject();
            if (o.value(u"location"_s).toArray().first().toString() != u"response"_s)
                e.requestViolations << o.value(u"message"_s).toString();
        }
        m_exchanges.append(e);
    });

    m_api = std::make_unique<PrismServer>(ContractDir, u"specs/twilio_api_v2010.json"_s);
    m_verify = std::make_unique<PrismServer>(ContractDir, u"specs/twilio_verify_v2.json"_s);
    m_api->start();
    m_verify->start();
    for (PrismServer *prism : {m_api.get(), m_verify.get()}) {
        QTRY_VERIFY_WITH_TIMEOUT(prism->isAnswering() || prism->hasExited(), StartupTimeoutMs);
        QVERIFY2(prism->isAnswering(), qPrintable(prism->describe()));
    }
}

void TestTwilioContract::init()
{
    m_exchanges.clear();
    m_client = makeClient(Creds, &m_nam);
}

void TestTwilioContract::cleanup()
{
    delete m_client;
    m_client = nullptr;
    QStringList violations;
    for (const Exchange &e : std::as_const(m_exchanges)) {
        for (const QString &v : e.requestViolations)
            violations << QString::fromLatin1(e.method) + u' ' + e.url.toString(QUrl::FullyEncoded)
                    + u": "_s + v;
    }
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestTwilioContract::cleanupTestCase()
{
    m_api.reset();
    m_verify.reset();
}

TwilioClient *TestTwilioContract::makeClient(const TwilioCredentials &credentials,
                                             QNetworkAccessManager *nam)
{
    Profile profile;
    profile.name = u"contract"_s;
    profile.apiBaseUrl = m_api->baseUrl();
    profile.verifyBaseUrl = m_verify->baseUrl();
    auto *client = new TwilioClient(profile, credentials, nam, this);
    client->setTimeoutMs(ReplyTimeoutMs / 2);
    return client;
}

bool TestTwilioContract::waitFinished(TwilioReply *reply)
{
    QSignalSpy spy(reply, &TwilioReply::finished);
    if (!reply->isFinished() && !spy.wait(ReplyTimeoutMs))
        return false;
    return reply->isFinished() && spy.count() <= 1;
}

QString TestTwilioContract::explain(const TwilioReply *reply) const
{
    const TwilioError &e = reply->error();
    QString text = u"%1 HTTP %2 code %3: %4 %5"_s.arg(TwilioError::kindName(e.kind))
                       .arg(e.httpStatus)
                       .arg(e.code)
                       .arg(e.message, e.detail);
    if (!m_exchanges.isEmpty()) {
        const Exchange &last = m_exchanges.constLast();
        text += u"\nLast answer to "_s + QString::fromLatin1(last.method) + u' '
            + last.url.toString(QUrl::FullyEncoded) + u": "_s + QString::fromUtf8(last.body);
    }
    return text;
}

Exchange TestTwilioContract::rawRequest(const QByteArray &method, QNetworkRequest request,
                                        const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_rawNam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(ReplyTimeoutMs);
    Exchange e;
    e.method = method;
    e.url = reply->url();
    e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.body = reply->readAll();
    reply->deleteLater();
    return e;
}

void TestTwilioContract::createMessage_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("messagingServiceSid");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("statusCallback");
    QTest::addColumn<int>("validityPeriod");
    QTest::newRow("From number") << u"+14155552671"_s << u"+15005550006"_s << QString()
                                 << u"Your verification code is 482913"_s << QString() << 0;
    // Every optional field the client can send.
    QTest::newRow("Messaging Service, callback, validity, UCS-2")
        << u"+447700900123"_s << QString() << u"MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s
        << u"Votre code : 482913 \u2013 ne le partagez pas \U0001F512"_s
        << u"https://example.com/twilio/status?profile=a+b&x=%2F"_s << 600;
}

void TestTwilioContract::createMessage()
{
    MessageRequest request;
    QFETCH(QString, to);
    QFETCH(QString, from);
    QFETCH(QString, messagingServiceSid);
    QFETCH(QString, body);
    QFETCH(QString, statusCallback);
    QFETCH(int, validityPeriod);
    request.to = to;
    request.from = from;
    request.messagingServiceSid = messagingServiceSid;
    request.body = body;
    request.statusCallback = statusCallback;
    request.validityPeriodSeconds = validityPeriod;
    TwilioReply *reply = m_client->createMessage(request);
    QVERIFY(waitFinished(reply));
    EXPECT_ACCEPTED(reply, 201);
    const Message m = reply->message();
    QVERIFY2(isSid(m.sid, u"SM|MM"_s), qPrintable(m.sid));
    QVERIFY(!m.status.isEmpty());
    QVERIFY(!m.to.isEmpty());
    QVERIFY(m.dateCreated.isValid()); // RFC 2822, as API v2010 writes dates
    QCOMPARE(m.dateCreated.timeSpec(), Qt::UTC);
    QCOMPARE(m_exchanges.constLast().method, QByteArray("POST"));
    QCOMPARE(m_exchanges.constLast().url.path(),
             u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(Creds.accountSid));
}

void TestTwilioContract::fetchMessage()
{
    TwilioReply *reply = m_client->fetchMessage(MessageSid);
    QVERIFY(waitFinished(reply));
    EXPECT_ACCEPTED(reply, 200);
    const Message m = reply->message();
    QVERIFY(isSid(m.sid, u"SM|MM"_s));
    QVERIFY(!m.status.isEmpty());
    QVERIFY(m.dateCreated.isValid());
    QVERIFY(m.numSegments >= 1); // "num_segments" is a string in Twilio's JSON
}

void TestTwilioContract::listMessagesFollowingNextPageUri()
{
    MessageFilter filter;
    filter.to = u"+14155552671"_s;
    filter.from = u"+15005550006"_s;
    filter.pageSize = 2;
    TwilioReply *first = m_client->listMessages(filter);
    QVERIFY(waitFinished(first));
    EXPECT_ACCEPTED(first, 200);
    const MessagePage page = first->messagePage();
    QVERIFY(!page.messages.isEmpty());
    for (const Message &m : page.messages) {
        QVERIFY2(isSid(m.sid, u"SM|MM"_s), qPrintable(m.sid));
        QVERIFY(!m.status.isEmpty());
    }
    // Twilio's example page has a next page; its URI is relative, query already encoded.
    QVERIFY(!page.nextPageUri.isEmpty());
    QVERIFY2(page.nextPageUri.startsWith(u"/2010-04-01/Accounts/%1/"_s.arg(Creds.accountSid)),
             qPrintable(page.nextPageUri));

    TwilioReply *next = m_client->fetchNextPage(page.nextPageUri);
    QVERIFY(waitFinished(next));
    EXPECT_ACCEPTED(next, 200);
    QVERIFY(!next->messagePage().messages.isEmpty());
    // What went over the wire is the URI Twilio gave, on the profile's host, query untouched
    // (%2B stays %2B: a '+' would reach Twilio as a space).
    const QUrl sent = m_exchanges.constLast().url;
    QCOMPARE(sent.host(), m_api->baseUrl().host());
    QCOMPARE(sent.port(), m_api->baseUrl().port());
    QCOMPARE(QString::fromLatin1(sent.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)),
             page.nextPageUri);
}

void TestTwilioContract::fetchAccount()
{
    TwilioReply *reply = m_client->fetchAccount();
    QVERIFY(waitFinished(reply));
    EXPECT_ACCEPTED(reply, 200);
    const Account a = reply->account();
    QVERIFY(isSid(a.sid, u"AC"_s));
    QVERIFY(!a.status.isEmpty());
    QVERIFY(!a.friendlyName.isEmpty());
}

void TestTwilioContract::findIncomingPhoneNumber()
{
    TwilioReply *reply = m_client->findIncomingPhoneNumber(u"+15005550006"_s);
    QVERIFY(waitFinished(reply));
    EXPECT_ACCEPTED(reply, 200);
    const QList<IncomingPhoneNumber> numbers = reply->incomingPhoneNumbers();
    QVERIFY(!numbers.isEmpty());
    QVERIFY(isSid(numbers.first().sid, u"PN"_s));
    QVERIFY(numbers.first().phoneNumber.startsWith(u'+'));
    // Twilio's example: {"voice": true, "sms": false, "mms": true, "fax": false}. Parsing the
    // capabilities object is what tells a voice-only number (error 21606) from an SMS one.
    QVERIFY(numbers.first().voice);
    QVERIFY(!numbers.first().sms);
    QVERIFY(numbers.first().mms);
}

void TestTwilioContract::findOutgoingCallerId()
{
    TwilioReply *reply = m_client->findOutgoingCallerId(u"+14155550100"_s);
    QVERIFY(waitFinished(reply));
    EXPECT_ACCEPTED(reply, 200);
    const QList<OutgoingCallerId> ids = reply->outgoingCallerIds();
    QVERIFY(!ids.isEmpty());
    QVERIFY(isSid(ids.first().sid, u"PN"_s));
    QVERIFY(ids.first().phoneNumber.startsWith(u'+'));
}

void TestTwilioContract::fetchVerifyService()
{
    TwilioReply *reply = m_client->fetchVerifyService(ServiceSid);
    QVERIFY(waitFinished(reply));
    EXPECT_ACCEPTED(reply, 200);
    const VerifyService s = reply->verifyService();
    QVERIFY(isSid(s.sid, u"VA"_s));
    QVERIFY(!s.friendlyName.isEmpty());
    QCOMPARE(m_exchanges.constLast().url.port(), m_verify->baseUrl().port());
}

void TestTwilioContract::createVerification_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("customCode");
    QTest::addColumn<QString>("locale");
    QTest::newRow("sms") << u"sms"_s << QString() << QString();
    QTest::newRow("custom code and locale") << u"sms"_s << u"482913"_s << u"pt-BR"_s;
    QTest::newRow("call") << u"call"_s << QString() << QString();
}

void TestTwilioContract::createVerification()
{
    QFETCH(QString, channel);
    QFETCH(QString, customCode);
    QFETCH(QString, locale);
    VerificationRequest request;
    request.to = u"+14155552671"_s;
    request.channel = channel;
    request.customCode = customCode;
    request.locale = locale;
    TwilioReply *reply = m_client->createVerification(ServiceSid, request);
    QVERIFY(waitFinished(reply));
    EXPECT_ACCEPTED(reply, 201);
    const Verification v = reply->verification();
    QVERIFY(isSid(v.sid, u"VE"_s));
    QCOMPARE(v.status, u"pending"_s);
    QVERIFY(!v.channel.isEmpty());
    QCOMPARE(m_exchanges.constLast().url.path(),
             u"/v2/Services/%1/Verifications"_s.arg(ServiceSid));
}

void TestTwilioContract::requestWithoutAuthorizationIsRefused()
{
    // The client's own request, minus its Authorization header.
    const Profile profile = m_client->profile();
    MessageRequest sms;
    sms.to = u"+14155552671"_s;
    sms.from = u"+15005550006"_s;
    sms.body = u"hello"_s;
    const TwilioRequest post = TwilioRequests::createMessage(profile, Creds, sms);
    QNetworkRequest request(post.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, post.header("Content-Type"));
    const Exchange refused = rawRequest("POST", request, post.body);
    QCOMPARE(refused.status, 401);

    const TwilioRequest get = TwilioRequests::fetchAccount(profile, Creds);
    QCOMPARE(rawRequest("GET", QNetworkRequest(get.url)).status, 401);

    // The same request with it is accepted: the 401 is about the header, nothing else.
    QNetworkRequest authorized = request;
    authorized.setRawHeader("Authorization", TwilioRequests::basicAuthorization(Creds));
    QCOMPARE(rawRequest("POST", authorized, post.body).status, 201);
}

void TestTwilioContract::malformedPathSidIsRefused()
{
    // SIDs the client's own path check lets through (two letters, then letters and digits)
    // but Twilio's spec does not (AC/SM + 32 hex digits): Prism says 422 through the client.
    TwilioClient *shortSid
        = makeClient({u"AC123"_s, Creds.authToken}, &m_rawNam); // not recorded: meant to fail
    TwilioReply *account = shortSid->fetchAccount();
    QVERIFY(waitFinished(account));
    QCOMPARE(account->error().kind, TwilioError::Kind::Http);
    QCOMPARE(account->error().httpStatus, 422);

    TwilioClient *client = makeClient(Creds, &m_rawNam);
    TwilioReply *message = client->fetchMessage(u"SMnot0a0hex0sid"_s);
    QVERIFY(waitFinished(message));
    QCOMPARE(message->error().kind, TwilioError::Kind::Http);
    QCOMPARE(message->error().httpStatus, 422);

    TwilioReply *service = client->fetchVerifyService(u"VA0123"_s);
    QVERIFY(waitFinished(service));
    QCOMPARE(service->error().httpStatus, 422);
    delete shortSid;
    delete client;
}

void TestTwilioContract::missingRequiredFieldIsRefused()
{
    const TwilioRequest post = TwilioRequests::createMessage(m_client->profile(), Creds, [] {
        MessageRequest sms;
        sms.to = u"+14155552671"_s;
        sms.from = u"+15005550006"_s;
        sms.body = u"hello"_s;
        return sms;
    }());
    QNetworkRequest request = TwilioRequests::toNetworkRequest(post);
    // Without To (the spec's only required field for Messages).
    const Exchange noTo = rawRequest("POST", request, "From=%2B15005550006&Body=hello");
    QCOMPARE(noTo.status, 422);
    QVERIFY2(noTo.body.contains("'To'"), noTo.body.constData());

    // Verify: To and Channel are required.
    const TwilioRequest verify = TwilioRequests::createVerification(m_client->profile(), Creds,
                                                                    ServiceSid, smsVerification());
    const Exchange noChannel
        = rawRequest("POST", TwilioRequests::toNetworkRequest(verify), "To=%2B14155552671");
    QCOMPARE(noChannel.status, 422);
    QVERIFY2(noChannel.body.contains("'Channel'"), noChannel.body.constData());
}

void TestTwilioContract::wrongContentTypeIsRefused()
{
    const TwilioRequest verify = TwilioRequests::createVerification(m_client->profile(), Creds,
                                                                    ServiceSid, smsVerification());
    QNetworkRequest request = TwilioRequests::toNetworkRequest(verify);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const Exchange json
        = rawRequest("POST", request, R"({"To": "+14155552671", "Channel": "sms"})");
    QCOMPARE(json.status, 415);
}

QTEST_GUILESS_MAIN(TestTwilioContract)
#include "TestTwilioContract.moc"
