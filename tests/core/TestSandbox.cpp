#include "sandbox/FormCodec.h"
#include "sandbox/SandboxFixtures.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Http
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray wwwAuthenticate;

    int code() const { return json.value(u"code"_s).toInt(); }
};

struct Login
{
    QString sid;
    QString token;
};

// As the brief of the app's client has it: QUrlQuery, with '+' encoded by hand, since QUrlQuery
// leaves it alone and a form reader takes it for a space.
QByteArray formBody(const QList<QPair<QString, QString>> &fields, bool encodePlus = true)
{
    QUrlQuery query;
    for (const auto &f : fields)
        query.addQueryItem(f.first, f.second);
    QByteArray body = query.toString(QUrl::FullyEncoded).toUtf8();
    if (encodePlus)
        body.replace('+', "%2B");
    return body;
}

} // namespace

// The sandbox as a client sees it: real HTTP to 127.0.0.1, Twilio's JSON and error codes.
class TestSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void formCodec();
    void fixturesHaveTwilioShapes();
    void listensOnLoopback();
    void magicNumbers_data();
    void magicNumbers();
    void messagingService();
    void missingAndMalformedParameters_data();
    void missingAndMalformedParameters();
    void numberNotOwnedOrWithoutSms_data();
    void numberNotOwnedOrWithoutSms();
    void trialAccount();
    void suspendedAccount();
    void wrongCredentials();
    void accountFetch();
    void incomingNumbersAndCallerIds();
    void verifyServices();
    void verifyCustomCodes();
    void unknownSids();
    void statusProgression_data();
    void statusProgression();
    void rateLimit();
    void paging();
    void plusAndPercent2BDecoding();
    void statusCallback();
    void requestLog();

private:
    Http send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
              const Login &login = fullLogin());
    Http post(const QString &path, const QList<QPair<QString, QString>> &fields,
              const Login &login = fullLogin())
    {
        return send("POST", path, formBody(fields), login);
    }
    Http get(const QString &pathAndQuery, const Login &login = fullLogin())
    {
        return send("GET", pathAndQuery, {}, login);
    }
    static Login fullLogin()
    {
        const auto &c = SandboxFixtures::credentials();
        return {c.accountSid, c.authToken};
    }
    static QString messagesPath(const QString &accountSid
                                = SandboxFixtures::credentials().accountSid)
    {
        return u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(accountSid);
    }
    Http sendSms(const QString &to, const QString &from = u"+15005550006"_s,
                 const Login &login = fullLogin())
    {
        return post(messagesPath(login.sid),
                    {{u"To"_s, to}, {u"From"_s, from}, {u"Body"_s, u"Your code is 123456"_s}},
                    login);
    }

    TwilioSandbox m_sandbox;
    QNetworkAccessManager m_network;
};

Http TestSandbox::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                       const Login &login)
{
    QUrl url = m_sandbox.baseUrl();
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!login.sid.isEmpty()) {
        request.setRawHeader("Authorization",
                             "Basic " + (login.sid + u':' + login.token).toUtf8().toBase64());
    }
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.json = QJsonDocument::fromJson(reply->readAll()).object();
    http.retryAfter = reply->rawHeader("Retry-After");
    http.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    reply->deleteLater();
    return http;
}

void TestSandbox::initTestCase()
{
    QVERIFY(m_sandbox.listen());
}

void TestSandbox::init()
{
    m_sandbox.reset();
    m_sandbox.setRateLimit(0);
    m_sandbox.setTimeScale(0.05); // delivered 150 ms after creation
}

void TestSandbox::formCodec()
{
    const auto fields
        = FormCodec::parse("To=%2B14155550100&Body=a+b%2Bc&Empty=&Flag&%C3%A9=%E2%82%AC");
    QCOMPARE(fields.size(), 5);
    QCOMPARE(FormCodec::value(fields, u"To"_s), u"+14155550100"_s);
    QCOMPARE(FormCodec::value(fields, u"Body"_s), u"a b+c"_s);
    QVERIFY(FormCodec::contains(fields, u"Empty"_s));
    QVERIFY(!FormCodec::value(fields, u"Flag"_s).isNull());
    QCOMPARE(FormCodec::value(fields, u"é"_s), u"€"_s);
    QVERIFY(FormCodec::value(fields, u"Missing"_s).isNull());
    QCOMPARE(FormCodec::encode({{u"To"_s, u"+1 2"_s}, {u"DateSent>"_s, u"2026-01-01"_s}}),
             QByteArray("To=%2B1%202&DateSent%3E=2026-01-01"));
}

void TestSandbox::fixturesHaveTwilioShapes()
{
    const auto &c = TwilioSandbox::credentials();
    QVERIFY(SecretRules::isSid(c.accountSid, QLatin1String("AC")));
    QVERIFY(SecretRules::isSid(c.trialAccountSid, QLatin1String("AC")));
    QVERIFY(SecretRules::isSid(c.suspendedAccountSid, QLatin1String("AC")));
    QVERIFY(SecretRules::isSid(c.messagingServiceSid, QLatin1String("MG")));
    QVERIFY(SecretRules::isSid(c.verifyServiceSid, QLatin1String("VA")));
    QVERIFY(SecretRules::isSid(c.verifyCustomCodeServiceSid, QLatin1String("VA")));
    for (const QString &token : {c.authToken, c.trialAuthToken, c.suspendedAuthToken}) {
        QVERIFY2(SecretRules::checkValue(SecretNames::AuthToken, token).isOk(), qPrintable(token));
    }
    for (const auto &account : SandboxFixtures::accounts()) {
        for (const auto &n : account.numbers)
            QVERIFY(SecretRules::isSid(n.sid, QLatin1String("PN")));
        for (const auto &id : account.callerIds)
            QVERIFY(SecretRules::isSid(id.sid, QLatin1String("PN")));
    }
    QCOMPARE(c.smsNumber, u"+15005550006"_s);
    QVERIFY(!c.trialVerifiedCallerIds.isEmpty());
}

void TestSandbox::listensOnLoopback()
{
    QVERIFY(m_sandbox.isListening());
    QVERIFY(m_sandbox.port() != 0);
    QCOMPARE(m_sandbox.baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_sandbox.baseUrl().port(), int(m_sandbox.port()));
}

void TestSandbox::magicNumbers_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");

    const QString works = u"+15005550006"_s;
    const QString anyone = u"+14155550100"_s;
    QTest::newRow("from 0006 works") << works << anyone << 201 << 0;
    QTest::newRow("from 0001 invalid") << u"+15005550001"_s << anyone << 400 << 21212;
    QTest::newRow("from 0007 not owned") << u"+15005550007"_s << anyone << 400 << 21606;
    QTest::newRow("from 0008 queue full") << u"+15005550008"_s << anyone << 400 << 21611;
    QTest::newRow("to 0001 invalid") << works << u"+15005550001"_s << 400 << 21211;
    QTest::newRow("to 0002 unreachable") << works << u"+15005550002"_s << 400 << 21612;
    QTest::newRow("to 0003 no permission") << works << u"+15005550003"_s << 400 << 21408;
    QTest::newRow("to 0004 unsubscribed") << works << u"+15005550004"_s << 400 << 21610;
    QTest::newRow("to 0009 not mobile") << works << u"+15005550009"_s << 400 << 21614;
}

void TestSandbox::magicNumbers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, status);
    QFETCH(int, code);

    const Http r = sendSms(to, from);
    QCOMPARE(r.status, status);
    if (code) {
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"status"_s).toInt(), status);
        QCOMPARE(r.json.value(u"more_info"_s).toString(),
                 u"https://www.twilio.com/docs/errors/"_s + QString::number(code));
        QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
        QCOMPARE(SandboxFixtures::magicFromError(from) + SandboxFixtures::magicToError(to), code);
    } else {
        QVERIFY(r.json.value(u"sid"_s).toString().startsWith(u"SM"_s));
        QCOMPARE(r.json.value(u"status"_s).toString(), u"queued"_s);
        QCOMPARE(r.json.value(u"to"_s).toString(), to);
        QCOMPARE(r.json.value(u"from"_s).toString(), from);
        QCOMPARE(r.json.value(u"direction"_s).toString(), u"outbound-api"_s);
        QCOMPARE(r.json.value(u"num_segments"_s).toString(), u"1"_s);
        QVERIFY(r.json.value(u"price"_s).isNull());
        QVERIFY(r.json.value(u"error_code"_s).isNull());
    }
}

void TestSandbox::messagingService()
{
    const auto &c = TwilioSandbox::credentials();
    const Http r = post(messagesPath(),
                        {{u"To"_s, u"+14155550100"_s},
                         {u"MessagingServiceSid"_s, c.messagingServiceSid},
                         {u"Body"_s, u"hi"_s}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"messaging_service_sid"_s).toString(), c.messagingServiceSid);
    QCOMPARE(r.json.value(u"from"_s).toString(), c.smsNumber);

    const Http unknown = post(messagesPath(),
                              {{u"To"_s, u"+14155550100"_s},
                               {u"MessagingServiceSid"_s, u"MG00000000000000000000000000000000"_s},
                               {u"Body"_s, u"hi"_s}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.code(), 21701);
}

void TestSandbox::missingAndMalformedParameters_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("code");

    const QString from = u"+15005550006"_s;
    QTest::newRow("no To") << QString() << from << u"hi"_s << 21604;
    QTest::newRow("no Body") << u"+14155550100"_s << from << QString() << 21602;
    QTest::newRow("no From") << u"+14155550100"_s << QString() << u"hi"_s << 21603;
    QTest::newRow("To national") << u"4155550100"_s << from << u"hi"_s << 21211;
    QTest::newRow("To with spaces") << u"+1 415 555 0100"_s << from << u"hi"_s << 21211;
    QTest::newRow("From not E.164") << u"+14155550100"_s << u"5005550006"_s << u"hi"_s << 21212;
    QTest::newRow("Body too long") << u"+14155550100"_s << from << QString(1601, u'x') << 21617;
}

void TestSandbox::missingAndMalformedParameters()
{
    QFETCH(QString, to);
    QFETCH(QString, from);
    QFETCH(QString, body);
    QFETCH(int, code);

    QList<QPair<QString, QString>> fields;
    if (!to.isNull())
        fields.append({u"To"_s, to});
    if (!from.isNull())
        fields.append({u"From"_s, from});
    if (!body.isNull())
        fields.append({u"Body"_s, body});
    const Http r = post(messagesPath(), fields);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), code);
}

void TestSandbox::numberNotOwnedOrWithoutSms_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("not owned") << u"+14155559999"_s;
    QTest::newRow("owned without SMS") << TwilioSandbox::credentials().voiceOnlyNumber;
    QTest::newRow("magic 0007") << u"+15005550007"_s;
}

void TestSandbox::numberNotOwnedOrWithoutSms()
{
    QFETCH(QString, from);
    const Http r = sendSms(u"+14155550100"_s, from);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), 21606);
}

void TestSandbox::trialAccount()
{
    const auto &c = TwilioSandbox::credentials();
    const Login trial {c.trialAccountSid, c.trialAuthToken};

    const Http unverified = sendSms(u"+14155550100"_s, c.smsNumber, trial);
    QCOMPARE(unverified.status, 400);
    QCOMPARE(unverified.code(), 21608);
    QVERIFY(unverified.json.value(u"message"_s).toString().contains(u"+14155550100"_s));

    const Http verified = sendSms(c.trialVerifiedCallerIds.first(), c.smsNumber, trial);
    QCOMPARE(verified.status, 201);
    QCOMPARE(verified.json.value(u"account_sid"_s).toString(), c.trialAccountSid);

    const Http account = get(u"/2010-04-01/Accounts/%1.json"_s.arg(c.trialAccountSid), trial);
    QCOMPARE(account.json.value(u"type"_s).toString(), u"Trial"_s);
}

void TestSandbox::suspendedAccount()
{
    const auto &c = TwilioSandbox::credentials();
    const Login suspended {c.suspendedAccountSid, c.suspendedAuthToken};

    const Http r = sendSms(u"+14155550100"_s, c.smsNumber, suspended);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), 20005);

    // The account itself stays readable, so a console can say why nothing else works.
    const Http account
        = get(u"/2010-04-01/Accounts/%1.json"_s.arg(c.suspendedAccountSid), suspended);
    QCOMPARE(account.status, 200);
    QCOMPARE(account.json.value(u"status"_s).toString(), u"suspended"_s);
}

void TestSandbox::wrongCredentials()
{
    const auto &c = TwilioSandbox::credentials();

    const Http wrongToken = sendSms(u"+14155550100"_s, c.smsNumber,
                                    {c.accountSid, u"00000000000000000000000000000000"_s});
    QCOMPARE(wrongToken.status, 401);
    QCOMPARE(wrongToken.code(), 20003);
    QVERIFY(wrongToken.wwwAuthenticate.startsWith("Basic"));

    const Http missing = get(messagesPath(), Login {});
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.code(), 20003);
    QVERIFY(missing.wwwAuthenticate.startsWith("Basic"));

    const Http unknownAccount
        = get(messagesPath(), {u"AC00000000000000000000000000000000"_s, c.authToken});
    QCOMPARE(unknownAccount.status, 401);

    // Authenticated, but the path names another account.
    const Http otherAccount = get(messagesPath(c.trialAccountSid));
    QCOMPARE(otherAccount.status, 403);
    QCOMPARE(otherAccount.code(), 20003);
}

void TestSandbox::accountFetch()
{
    const auto &c = TwilioSandbox::credentials();
    const Http r = get(u"/2010-04-01/Accounts/%1.json"_s.arg(c.accountSid));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"sid"_s).toString(), c.accountSid);
    QCOMPARE(r.json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(r.json.value(u"type"_s).toString(), u"Full"_s);
    QCOMPARE(r.json.value(u"uri"_s).toString(),
             u"/2010-04-01/Accounts/%1.json"_s.arg(c.accountSid));
}

void TestSandbox::incomingNumbersAndCallerIds()
{
    const auto &c = TwilioSandbox::credentials();
    const QString base = u"/2010-04-01/Accounts/%1/"_s.arg(c.accountSid);

    const Http sms = get(base + u"IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006"_s);
    QCOMPARE(sms.status, 200);
    const QJsonArray smsNumbers = sms.json.value(u"incoming_phone_numbers"_s).toArray();
    QCOMPARE(smsNumbers.size(), 1);
    const QJsonObject smsNumber = smsNumbers.first().toObject();
    QCOMPARE(smsNumber.value(u"phone_number"_s).toString(), c.smsNumber);
    QCOMPARE(smsNumber.value(u"capabilities"_s).toObject().value(u"sms"_s).toBool(), true);
    QVERIFY(sms.json.value(u"next_page_uri"_s).isNull());

    const Http voice = get(base + u"IncomingPhoneNumbers.json?PhoneNumber=%2B15005550020"_s);
    const QJsonObject voiceNumber
        = voice.json.value(u"incoming_phone_numbers"_s).toArray().first().toObject();
    QCOMPARE(voiceNumber.value(u"capabilities"_s).toObject().value(u"sms"_s).toBool(), false);

    const Http none = get(base + u"IncomingPhoneNumbers.json?PhoneNumber=%2B14155559999"_s);
    QVERIFY(none.json.value(u"incoming_phone_numbers"_s).toArray().isEmpty());

    const Login trial {c.trialAccountSid, c.trialAuthToken};
    const Http ids
        = get(u"/2010-04-01/Accounts/%1/OutgoingCallerIds.json"_s.arg(c.trialAccountSid), trial);
    QCOMPARE(ids.status, 200);
    QCOMPARE(ids.json.value(u"outgoing_caller_ids"_s).toArray().size(),
             c.trialVerifiedCallerIds.size());
    const Http one
        = get(u"/2010-04-01/Accounts/%1/OutgoingCallerIds.json?PhoneNumber=%2B14155550124"_s.arg(
                  c.trialAccountSid),
              trial);
    const QJsonArray oneId = one.json.value(u"outgoing_caller_ids"_s).toArray();
    QCOMPARE(oneId.size(), 1);
    QCOMPARE(oneId.first().toObject().value(u"phone_number"_s).toString(), u"+14155550124"_s);
}

void TestSandbox::verifyServices()
{
    const auto &c = TwilioSandbox::credentials();
    const Http off = get(u"/v2/Services/"_s + c.verifyServiceSid);
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json.value(u"sid"_s).toString(), c.verifyServiceSid);
    QCOMPARE(off.json.value(u"account_sid"_s).toString(), c.accountSid);
    QCOMPARE(off.json.value(u"custom_code_enabled"_s).toBool(), false);
    QCOMPARE(off.json.value(u"code_length"_s).toInt(), 6);

    const Http on = get(u"/v2/Services/"_s + c.verifyCustomCodeServiceSid);
    QCOMPARE(on.status, 200);
    QCOMPARE(on.json.value(u"custom_code_enabled"_s).toBool(), true);

    // Another account's service does not exist for the trial account.
    const Http foreign
        = get(u"/v2/Services/"_s + c.verifyServiceSid, {c.trialAccountSid, c.trialAuthToken});
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.code(), 20404);
}

void TestSandbox::verifyCustomCodes()
{
    const auto &c = TwilioSandbox::credentials();
    const auto path
        = [](const QString &sid) { return u"/v2/Services/%1/Verifications"_s.arg(sid); };

    const Http refused = post(
        path(c.verifyServiceSid),
        {{u"To"_s, u"+14155550100"_s}, {u"Channel"_s, u"sms"_s}, {u"CustomCode"_s, u"123456"_s}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), 60204);

    const Http custom = post(path(c.verifyCustomCodeServiceSid),
                             {{u"To"_s, u"+14155550100"_s},
                              {u"Channel"_s, u"sms"_s},
                              {u"CustomCode"_s, u"123456"_s},
                              {u"Locale"_s, u"fr"_s}});
    QCOMPARE(custom.status, 201);
    QVERIFY(custom.json.value(u"sid"_s).toString().startsWith(u"VE"_s));
    QCOMPARE(custom.json.value(u"service_sid"_s).toString(), c.verifyCustomCodeServiceSid);
    QCOMPARE(custom.json.value(u"to"_s).toString(), u"+14155550100"_s);
    QCOMPARE(custom.json.value(u"channel"_s).toString(), u"sms"_s);
    QCOMPARE(custom.json.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(custom.json.value(u"valid"_s).toBool(true), false);

    const Http plain
        = post(path(c.verifyServiceSid), {{u"To"_s, u"+14155550100"_s}, {u"Channel"_s, u"sms"_s}});
    QCOMPARE(plain.status, 201);

    const auto sent = m_sandbox.verifications();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).code, u"123456"_s);
    QCOMPARE(sent.at(0).locale, u"fr"_s);
    QVERIFY(sent.at(0).customCode);
    QCOMPARE(sent.at(1).code.size(), 6);

    const Http noChannel = post(path(c.verifyServiceSid), {{u"To"_s, u"+14155550100"_s}});
    QCOMPARE(noChannel.status, 400);
    QCOMPARE(noChannel.code(), 60200);
    const Http badTo
        = post(path(c.verifyServiceSid), {{u"To"_s, u"4155550100"_s}, {u"Channel"_s, u"sms"_s}});
    QCOMPARE(badTo.code(), 60200);
}

void TestSandbox::unknownSids()
{
    const auto &c = TwilioSandbox::credentials();
    const Http message
        = get(u"/2010-04-01/Accounts/%1/Messages/SM00000000000000000000000000000000.json"_s.arg(
            c.accountSid));
    QCOMPARE(message.status, 404);
    QCOMPARE(message.code(), 20404);
    QCOMPARE(message.json.value(u"more_info"_s).toString(),
             u"https://www.twilio.com/docs/errors/20404"_s);

    const Http service = get(u"/v2/Services/VA00000000000000000000000000000000"_s);
    QCOMPARE(service.status, 404);
    QCOMPARE(service.code(), 20404);

    const Http verification
        = post(u"/v2/Services/VA00000000000000000000000000000000/Verifications"_s,
               {{u"To"_s, u"+14155550100"_s}, {u"Channel"_s, u"sms"_s}});
    QCOMPARE(verification.status, 404);
    QCOMPARE(verification.code(), 20404);

    // A message of one account is unknown to another.
    const Http created = sendSms(u"+14155550100"_s);
    const Login trial {c.trialAccountSid, c.trialAuthToken};
    const Http foreign = get(u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(
                                 c.trialAccountSid, created.json.value(u"sid"_s).toString()),
                             trial);
    QCOMPARE(foreign.status, 404);

    const Http path = get(u"/2010-04-01/Nothing.json"_s);
    QCOMPARE(path.status, 404);
    QCOMPARE(path.code(), 20404);
}

void TestSandbox::statusProgression_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<bool>("priced");

    QTest::newRow("delivered") << u"+14155550100"_s << u"delivered"_s << 0 << true;
    for (int code : {30003, 30005, 30006, 30007}) {
        const QString digit = QString::number(code % 10);
        QTest::addRow("undelivered %d", code)
            << u"+150055530"_s + u'0' + digit << u"undelivered"_s << code << true;
        QTest::addRow("failed %d", code)
            << u"+150055540"_s + u'0' + digit << u"failed"_s << code << false;
    }
}

void TestSandbox::statusProgression()
{
    QFETCH(QString, to);
    QFETCH(QString, finalStatus);
    QFETCH(int, errorCode);
    QFETCH(bool, priced);

    QCOMPARE(SandboxFixtures::outcomeFor(to).finalStatus, finalStatus);
    const Http created = sendSms(to);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"status"_s).toString(), u"queued"_s);
    const QString uri = created.json.value(u"uri"_s).toString();

    QStringList seen;
    Http fetched;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            fetched = get(uri);
            const QString status = fetched.json.value(u"status"_s).toString();
            if (seen.isEmpty() || seen.last() != status)
                seen << status;
            return status == finalStatus;
        }(),
        5000);
    QCOMPARE(fetched.status, 200);
    // Polling may miss a short stage, but never sees one out of order.
    const QStringList order = finalStatus == u"failed"_s
        ? QStringList {u"queued"_s, finalStatus}
        : QStringList {u"queued"_s, u"sent"_s, finalStatus};
    qsizetype at = 0;
    for (const QString &status : std::as_const(seen)) {
        at = order.indexOf(status, at);
        QVERIFY2(at >= 0, qPrintable(seen.join(u',')));
    }
    QCOMPARE(seen.first(), u"queued"_s);

    if (errorCode) {
        QCOMPARE(fetched.json.value(u"error_code"_s).toInt(), errorCode);
        QVERIFY(!fetched.json.value(u"error_message"_s).toString().isEmpty());
    } else {
        QVERIFY(fetched.json.value(u"error_code"_s).isNull());
    }
    QCOMPARE(!fetched.json.value(u"price"_s).isNull(), priced);
    QCOMPARE(!fetched.json.value(u"date_sent"_s).isNull(), priced);
    if (priced) {
        QVERIFY(fetched.json.value(u"price"_s).toString().startsWith(u'-'));
        QCOMPARE(fetched.json.value(u"price_unit"_s).toString(), u"USD"_s);
    }
}

void TestSandbox::rateLimit()
{
    m_sandbox.setRateLimit(3);
    const QString path
        = u"/2010-04-01/Accounts/%1.json"_s.arg(TwilioSandbox::credentials().accountSid);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(path).status, 200);
    const Http limited = get(path);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), 20429);
    bool ok = false;
    const int retryAfter = limited.retryAfter.toInt(&ok);
    QVERIFY(ok);
    QVERIFY(retryAfter >= 1);

    // Another account has its own budget.
    const auto &c = TwilioSandbox::credentials();
    QCOMPARE(get(u"/2010-04-01/Accounts/%1.json"_s.arg(c.trialAccountSid),
                 {c.trialAccountSid, c.trialAuthToken})
                 .status,
             200);

    // Waiting as told is enough: the server's Retry-After is the wait under test.
    QTest::qWait(retryAfter * 1000);
    QCOMPARE(get(path).status, 200);
}

void TestSandbox::paging()
{
    QSet<QString> created;
    for (int i = 0; i < 5; ++i) {
        const Http r = sendSms(u"+14155550100"_s);
        QCOMPARE(r.status, 201);
        created.insert(r.json.value(u"sid"_s).toString());
    }
    sendSms(u"+14155550199"_s); // filtered out below

    QString next = messagesPath() + u"?To=%2B14155550100&PageSize=2"_s;
    QStringList seen;
    QList<int> pageSizes;
    int pages = 0;
    while (!next.isEmpty()) {
        QVERIFY2(++pages <= 5, "paging does not end");
        const Http page = get(next);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(u"page_size"_s).toInt(), 2);
        QCOMPARE(page.json.value(u"page"_s).toInt(), pages - 1);
        QCOMPARE(page.json.value(u"previous_page_uri"_s).isNull(), pages == 1);
        QVERIFY(page.json.value(u"first_page_uri"_s).toString().contains(u"Page=0"_s));
        QVERIFY(page.json.value(u"uri"_s).toString().startsWith(messagesPath()));
        const QJsonArray messages = page.json.value(u"messages"_s).toArray();
        pageSizes << int(messages.size());
        for (const QJsonValue &m : messages) {
            QCOMPARE(m.toObject().value(u"to"_s).toString(), u"+14155550100"_s);
            seen << m.toObject().value(u"sid"_s).toString();
        }
        // A message created while paging must not shift the pages that follow.
        if (pages == 1)
            sendSms(u"+14155550100"_s);
        next = page.json.value(u"next_page_uri"_s).toString();
        if (!next.isEmpty())
            QVERIFY(next.contains(u"To=%2B14155550100"_s));
    }
    QCOMPARE(pageSizes, (QList<int> {2, 2, 1}));
    QCOMPARE(seen.size(), 5);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), created);
}

void TestSandbox::plusAndPercent2BDecoding()
{
    // '+' left raw, as QUrlQuery leaves it: the sandbox reads a space, like Twilio.
    const QByteArray raw = formBody(
        {{u"To"_s, u"+14155550100"_s}, {u"From"_s, u"+15005550006"_s}, {u"Body"_s, u"a+b"_s}},
        false);
    QVERIFY(raw.contains("To=+1415"));
    const Http spaced = send("POST", messagesPath(), raw);
    QCOMPARE(spaced.status, 400);
    QCOMPARE(spaced.code(), 21212); // From " 15005550006" is checked first
    const Http spacedTo
        = send("POST", messagesPath(), "To=+14155550100&From=%2B15005550006&Body=a");
    QCOMPARE(spacedTo.code(), 21211);
    QVERIFY(spacedTo.json.value(u"message"_s).toString().contains(u" 14155550100"_s));

    // %2B is a plus; '+' inside the body is a space, %2B inside it a plus.
    const Http ok
        = send("POST", messagesPath(), "To=%2B14155550100&From=%2B15005550006&Body=1+%2B+1");
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.json.value(u"to"_s).toString(), u"+14155550100"_s);
    QCOMPARE(ok.json.value(u"body"_s).toString(), u"1 + 1"_s);

    // Query strings follow the same rule.
    const Http filtered = get(messagesPath() + u"?To=%2B14155550100"_s);
    QCOMPARE(filtered.json.value(u"messages"_s).toArray().size(), 1);
    const Http spacedFilter = get(messagesPath() + u"?To=+14155550100"_s);
    QCOMPARE(spacedFilter.json.value(u"messages"_s).toArray().size(), 0);
}

void TestSandbox::statusCallback()
{
    // A bare TCP receiver: the test links no HTTP server, and it only needs the raw requests.
    QTcpServer receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&receiver, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = receiver.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
                received += socket->readAll();
                if (received.contains("MessageStatus=")) {
                    socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
                }
            });
        }
    });

    const QString url = u"http://127.0.0.1:%1/status"_s.arg(receiver.serverPort());
    const Http r = post(messagesPath(),
                        {{u"To"_s, u"+15005553006"_s},
                         {u"From"_s, u"+15005550006"_s},
                         {u"Body"_s, u"hi"_s},
                         {u"StatusCallback"_s, url}});
    QCOMPARE(r.status, 201);
    const QString sid = r.json.value(u"sid"_s).toString();

    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statusCallbacks().size(), 2, 5000);
    const auto callbacks = m_sandbox.statusCallbacks();
    QCOMPARE(callbacks.at(0).status, u"sent"_s);
    QCOMPARE(callbacks.at(1).status, u"undelivered"_s);
    QCOMPARE(callbacks.at(1).errorCode, 30006);
    QCOMPARE(callbacks.at(1).httpStatus, 204);
    QVERIFY(received.contains(QString(u"MessageSid="_s + sid).toUtf8()));
    QVERIFY(received.contains("MessageStatus=undelivered"));
    QVERIFY(received.contains("ErrorCode=30006"));
    QVERIFY(received.contains("To=%2B15005553006"));
    QVERIFY(received.contains("X-Twilio-Signature:") || received.contains("x-twilio-signature:"));

    // Only loopback receivers get callbacks; others are accepted and ignored.
    const Http remote = post(messagesPath(),
                             {{u"To"_s, u"+14155550100"_s},
                              {u"From"_s, u"+15005550006"_s},
                              {u"Body"_s, u"hi"_s},
                              {u"StatusCallback"_s, u"https://example.com/cb"_s}});
    QCOMPARE(remote.status, 201);
}

void TestSandbox::requestLog()
{
    sendSms(u"+14155550100"_s);
    sendSms(u"+15005550001"_s);
    get(messagesPath());
    QCOMPARE(m_sandbox.requestCount(u"POST"_s, u"*/Messages.json"_s), 2);
    QCOMPARE(m_sandbox.requestCount(u"GET"_s, u"*/Messages.json"_s), 1);
    QCOMPARE(m_sandbox.requestCount(QString(), u"/2010-04-01/Accounts/*"_s), 3);
    const auto log = m_sandbox.requestLog();
    QCOMPARE(log.at(0).httpStatus, 201);
    QCOMPARE(log.at(1).errorCode, 21211);
    QCOMPARE(FormCodec::value(log.at(1).form, u"To"_s), u"+15005550001"_s);
    QCOMPARE(log.at(0).accountSid, TwilioSandbox::credentials().accountSid);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
