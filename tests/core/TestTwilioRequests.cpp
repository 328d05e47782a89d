#include "sandbox/FormCodec.h"
#include "twilio/TwilioRequests.h"

#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

// What the client puts on the wire: URLs per host and base URL, form bodies, headers, and the
// redacted log form. Pure functions, no network.
class TestTwilioRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createMessageOnDefaultHost();
    void plusIsEncodedAndUnicodeSurvives();
    void messagingServiceAndOptionalFields();
    void basePathPrefixAndPort_data();
    void basePathPrefixAndPort();
    void verifyUsesVerifyBaseUrl();
    void messagingServiceHost();
    void listMessagesFilters();
    void nextPageStaysOnTheProfileHost();
    void lookups();
    void basicAuthUpFront();
    void invalidInput_data();
    void invalidInput();
    void redaction();
    void logFormHasNoSecrets();
    void cleartextBaseRefusedAtBuildTime_data();
    void cleartextBaseRefusedAtBuildTime();
    void sdkRequestsRouteToTheProfile_data();
    void sdkRequestsRouteToTheProfile();
    void rawRequestKeepsTheSdkBody();

private:
    const TwilioCredentials m_creds {QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                                     QStringLiteral("f00dbabe0123456789abcdef01234567")};
    const QString m_account
        = QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef");

    static QString form(const QByteArray &body, const QString &key)
    {
        // How a server reads the form: '+' as space, then percent-decoding.
        for (const QByteArray &pair : body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArray k = pair.left(eq), v = pair.mid(eq + 1);
            if (QUrl::fromPercentEncoding(QByteArray(k).replace('+', ' ')) == key)
                return QUrl::fromPercentEncoding(QByteArray(v).replace('+', ' '));
        }
        return {};
    }
};

void TestTwilioRequests::createMessageOnDefaultHost()
{
    const TwilioRequest r = TwilioRequests::createMessage(Profile {}, m_creds,
                                                          {QStringLiteral("+14155552671"),
                                                           QStringLiteral("+14155550100"),
                                                           {},
                                                           QStringLiteral("Your code is 482913"),
                                                           {},
                                                           0});
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QVERIFY(r.isPost());
    QCOMPARE(r.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://api.twilio.com") + m_account
                 + QStringLiteral("/Messages.json"));
    QCOMPARE(r.body,
             QByteArray("To=%2B14155552671&From=%2B14155550100&Body=Your%20code%20is%20482913"));
    QCOMPARE(r.header("Content-Type"),
             QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    QVERIFY(r.header("User-Agent").startsWith("SmsHookConsole/"));
}

void TestTwilioRequests::plusIsEncodedAndUnicodeSurvives()
{
    QCOMPARE(
        FormCodec::encode({{QStringLiteral("To"), QStringLiteral("+1 415 555-2671")}}),
        QByteArray("To=%2B1%20415%20555-2671"));
    QCOMPARE(FormCodec::encode({{QStringLiteral("Body"), QStringLiteral("a+b&c=d")}}),
             QByteArray("Body=a%2Bb%26c%3Dd"));
    const QString unicode = QStringLiteral("Código: 1234 ✓ \U0001F44D naïve");
    const QByteArray body = FormCodec::encode({{QStringLiteral("Body"), unicode}});
    QCOMPARE(body.left(13), QByteArray("Body=C%C3%B3d")); // UTF-8, percent-encoded
    for (char c : body)
        QVERIFY(uchar(c) < 0x80 && c != '+' && c != ' ');
    QCOMPARE(form(body, QStringLiteral("Body")), unicode);
}

void TestTwilioRequests::messagingServiceAndOptionalFields()
{
    MessageRequest m;
    m.to = QStringLiteral("+447700900123");
    m.messagingServiceSid = QStringLiteral("MG0123456789abcdef0123456789abcdef");
    m.body = QStringLiteral("Code 1");
    m.statusCallback = QStringLiteral("https://example.com/cb?x=1&y=2");
    m.validityPeriodSeconds = 600;
    const TwilioRequest r = TwilioRequests::createMessage(Profile {}, m_creds, m);
    QVERIFY(r.isValid());
    QCOMPARE(form(r.body, QStringLiteral("To")), m.to);
    QCOMPARE(form(r.body, QStringLiteral("From")), QString());
    QCOMPARE(form(r.body, QStringLiteral("MessagingServiceSid")), m.messagingServiceSid);
    QCOMPARE(form(r.body, QStringLiteral("StatusCallback")), m.statusCallback);
    QCOMPARE(form(r.body, QStringLiteral("ValidityPeriod")), QStringLiteral("600"));
}

void TestTwilioRequests::basePathPrefixAndPort_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    const QString tail = m_account + QStringLiteral(".json");
    QTest::newRow("default") << QStringLiteral("https://api.twilio.com")
                             << QStringLiteral("https://api.twilio.com") + tail;
    QTest::newRow("trailing slash") << QStringLiteral("https://api.twilio.com/")
                                    << QStringLiteral("https://api.twilio.com") + tail;
    QTest::newRow("port") << QStringLiteral("http://127.0.0.1:4010")
                          << QStringLiteral("http://127.0.0.1:4010") + tail;
    QTest::newRow("prefix and port")
        << QStringLiteral("http://localhost:8080/sandbox/twilio/")
        << QStringLiteral("http://localhost:8080/sandbox/twilio") + tail;
}

void TestTwilioRequests::basePathPrefixAndPort()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    Profile p;
    p.apiBaseUrl = QUrl(base);
    const TwilioRequest r = TwilioRequests::fetchAccount(p, m_creds);
    QVERIFY(r.isValid());
    QVERIFY(!r.isPost());
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.url.toString(QUrl::FullyEncoded), expected);
}

void TestTwilioRequests::messagingServiceHost()
{
    const QString service = QStringLiteral("MG0123456789abcdef0123456789abcdef");
    Profile p; // api.twilio.com -> messaging.twilio.com
    TwilioRequest r = TwilioRequests::fetchMessagingService(p, m_creds, service);
    QVERIFY(r.isValid());
    QCOMPARE(r.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://messaging.twilio.com/v1/Services/") + service);
    p.apiBaseUrl = QUrl(QStringLiteral("https://api.dublin.ie1.twilio.com"));
    QCOMPARE(TwilioRequests::fetchMessagingService(p, m_creds, service).url.host(),
             QStringLiteral("messaging.dublin.ie1.twilio.com"));
    // A simulator serves every host on its own port.
    p.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1111/twilio"));
    QCOMPARE(
        TwilioRequests::fetchMessagingService(p, m_creds, service).url.toString(QUrl::FullyEncoded),
        QStringLiteral("http://127.0.0.1:1111/twilio/v1/Services/") + service);
    QVERIFY(!TwilioRequests::fetchMessagingService(p, m_creds, QStringLiteral("VA0123")).isValid());
}

void TestTwilioRequests::verifyUsesVerifyBaseUrl()
{
    Profile p;
    p.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1111"));
    p.verifyBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:2222/verify"));
    const QString service = QStringLiteral("VA0123456789abcdef0123456789abcdef");
    const TwilioRequest fetch = TwilioRequests::fetchVerifyService(p, m_creds, service);
    QCOMPARE(fetch.url.toString(QUrl::FullyEncoded),
             QStringLiteral("http://127.0.0.1:2222/verify/v2/Services/") + service);

    const TwilioRequest create
        = TwilioRequests::createVerification(p, m_creds, service,
                                             {QStringLiteral("+14155552671"), QStringLiteral("sms"),
                                              QStringLiteral("482913"), QStringLiteral("pt-BR")});
    QVERIFY(create.isPost());
    QCOMPARE(create.url.toString(QUrl::FullyEncoded),
             QStringLiteral("http://127.0.0.1:2222/verify/v2/Services/") + service
                 + QStringLiteral("/Verifications"));
    QCOMPARE(create.body,
             QByteArray("To=%2B14155552671&Channel=sms&CustomCode=482913&Locale=pt-BR"));

    // Defaults: Channel=sms, no CustomCode or Locale.
    const TwilioRequest plain = TwilioRequests::createVerification(
        Profile {}, m_creds, service, {QStringLiteral("+14155552671"), {}, {}, {}});
    QCOMPARE(plain.body, QByteArray("To=%2B14155552671&Channel=sms"));
    QCOMPARE(plain.url.host(), QStringLiteral("verify.twilio.com"));
}

void TestTwilioRequests::listMessagesFilters()
{
    MessageFilter f;
    f.to = QStringLiteral("+14155552671");
    f.from = QStringLiteral("+14155550100");
    f.dateSentAfter = QDate(2026, 11, 1);
    f.pageSize = 20;
    const TwilioRequest r = TwilioRequests::listMessages(Profile {}, m_creds, f);
    QVERIFY(r.isValid());
    QCOMPARE(r.url.path(), m_account + QStringLiteral("/Messages.json"));
    QCOMPARE(
        r.url.query(QUrl::FullyEncoded),
        QStringLiteral("To=%2B14155552671&From=%2B14155550100&DateSent%3E=2026-11-01&PageSize=20"));

    MessageFilter day;
    day.dateSent = QDate(2026, 11, 25);
    day.dateSentBefore = QDate(2026, 11, 26);
    QCOMPARE(TwilioRequests::listMessages(Profile {}, m_creds, day).url.query(QUrl::FullyEncoded),
             QStringLiteral("DateSent=2026-11-25&DateSent%3C=2026-11-26"));
    QVERIFY(!TwilioRequests::listMessages(Profile {}, m_creds, {}).url.hasQuery());
}

void TestTwilioRequests::nextPageStaysOnTheProfileHost()
{
    Profile p;
    p.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:4010/prefix"));
    const QString next = m_account
        + QStringLiteral("/Messages.json?To=%2B123456789&DateSent%3E=2008-01-02&PageSize=2&Page=1&"
                         "PageToken=PA1");
    const TwilioRequest r = TwilioRequests::nextPage(p, m_creds, next);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.url.toString(QUrl::FullyEncoded),
             QStringLiteral("http://127.0.0.1:4010/prefix") + next);

    QVERIFY(
        !TwilioRequests::nextPage(p, m_creds, QStringLiteral("https://evil.example/x")).isValid());
    QVERIFY(!TwilioRequests::nextPage(p, m_creds,
                                      QStringLiteral("//evil.example") + m_account
                                          + QStringLiteral("/Messages.json"))
                 .isValid());
    QVERIFY(!TwilioRequests::nextPage(
                 p, m_creds,
                 QStringLiteral(
                     "/2010-04-01/Accounts/ACffffffffffffffffffffffffffffffff/Messages.json"))
                 .isValid());
    QVERIFY(
        !TwilioRequests::nextPage(p, m_creds, m_account + QStringLiteral("/../../x")).isValid());
}

void TestTwilioRequests::lookups()
{
    const TwilioRequest in = TwilioRequests::findIncomingPhoneNumber(
        Profile {}, m_creds, QStringLiteral("+14155550100"));
    QCOMPARE(in.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://api.twilio.com") + m_account
                 + QStringLiteral("/IncomingPhoneNumbers.json?PhoneNumber=%2B14155550100"));
    const TwilioRequest out
        = TwilioRequests::findOutgoingCallerId(Profile {}, m_creds, QStringLiteral("+14155552671"));
    QCOMPARE(out.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://api.twilio.com") + m_account
                 + QStringLiteral("/OutgoingCallerIds.json?PhoneNumber=%2B14155552671"));
    const TwilioRequest msg = TwilioRequests::fetchMessage(
        Profile {}, m_creds, QStringLiteral("SM0123456789abcdef0123456789abcdef"));
    QCOMPARE(msg.url.path(),
             m_account + QStringLiteral("/Messages/SM0123456789abcdef0123456789abcdef.json"));
}

void TestTwilioRequests::basicAuthUpFront()
{
    const TwilioRequest r = TwilioRequests::fetchAccount(Profile {}, m_creds);
    const QByteArray auth = r.header("Authorization");
    QVERIFY(auth.startsWith("Basic "));
    QCOMPARE(QByteArray::fromBase64(auth.mid(6)),
             QByteArray("AC0123456789abcdef0123456789abcdef:f00dbabe0123456789abcdef01234567"));
    // The header is on the QNetworkRequest itself: sent with the first request, no 401 round.
    const QNetworkRequest nr = TwilioRequests::toNetworkRequest(r);
    QCOMPARE(nr.rawHeader("Authorization"), auth);
    QCOMPARE(nr.url(), r.url);
    QCOMPARE(nr.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QVERIFY(nr.rawHeader("User-Agent").contains("SmsHookConsole"));
    QVERIFY(!nr.attribute(QNetworkRequest::Http2AllowedAttribute).toBool());
    QVERIFY(!nr.url().toString().contains(m_creds.authToken)); // never in the URL
}

void TestTwilioRequests::invalidInput_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no To") << 0 << QStringLiteral("To");
    QTest::newRow("From and service") << 1 << QStringLiteral("From");
    QTest::newRow("no body") << 2 << QStringLiteral("Body");
    QTest::newRow("path in message sid") << 3 << QStringLiteral("Message SID");
    QTest::newRow("account sid") << 4 << QStringLiteral("TWILIO_ACCOUNT_SID");
    QTest::newRow("verify sid") << 5 << QStringLiteral("Verify service SID");
    QTest::newRow("no token") << 6 << QStringLiteral("TWILIO_AUTH_TOKEN");
    QTest::newRow("validity period") << 7 << QStringLiteral("Validity period");
}

void TestTwilioRequests::invalidInput()
{
    QFETCH(int, which);
    QFETCH(QString, mentions);
    const QString to = QStringLiteral("+14155552671");
    const QString from = QStringLiteral("+14155550100");
    TwilioRequest r;
    switch (which) {
    case 0:
        r = TwilioRequests::createMessage(Profile {}, m_creds,
                                          {{}, from, {}, QStringLiteral("x"), {}, 0});
        break;
    case 1:
        r = TwilioRequests::createMessage(
            Profile {}, m_creds, {to, from, QStringLiteral("MG1"), QStringLiteral("x"), {}, 0});
        break;
    case 2:
        r = TwilioRequests::createMessage(Profile {}, m_creds, {to, from, {}, {}, {}, 0});
        break;
    case 3:
        r = TwilioRequests::fetchMessage(Profile {}, m_creds, QStringLiteral("SM1/../../x"));
        break;
    case 4:
        r = TwilioRequests::fetchAccount(Profile {},
                                         {QStringLiteral("AC1/.."), QStringLiteral("t")});
        break;
    case 5:
        r = TwilioRequests::fetchVerifyService(
            Profile {}, m_creds, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        break;
    case 6:
        r = TwilioRequests::fetchAccount(Profile {}, {m_creds.accountSid, QString()});
        break;
    case 7:
        r = TwilioRequests::createMessage(Profile {}, m_creds,
                                          {to, from, {}, QStringLiteral("x"), {}, 36001});
        break;
    }
    QVERIFY(!r.isValid());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestTwilioRequests::redaction()
{
    const QString basic = QString::fromLatin1(TwilioRequests::basicAuthorization(m_creds));
    const QString line = QStringLiteral("GET x Authorization: ") + basic + QStringLiteral(" token=")
        + m_creds.authToken + QStringLiteral(" upper=") + m_creds.authToken.toUpper();
    const QString safe = TwilioRequests::redact(line, m_creds);
    QVERIFY(!safe.contains(m_creds.authToken, Qt::CaseInsensitive));
    QVERIFY(!safe.contains(basic.mid(6)));
    QVERIFY(safe.contains(QLatin1String("Authorization: Basic ***")));

    // Any Authorization value is masked, even one built from other credentials.
    QCOMPARE(TwilioRequests::redact(QStringLiteral("authorization: Basic QUM6c2VjcmV0c2VjcmV0"),
                                    m_creds),
             QStringLiteral("authorization: Basic ***"));
    QCOMPARE(TwilioRequests::redact(QStringLiteral("Authorization: Bearer abc.def"), m_creds),
             QStringLiteral("Authorization: Bearer ***"));
    // Text without secrets is left alone.
    const QString plain = QStringLiteral(
        "POST https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json -> 201");
    QCOMPARE(TwilioRequests::redact(plain, m_creds), plain);
    // Empty credentials do not blank the text.
    QCOMPARE(TwilioRequests::redact(plain, {}), plain);
}

void TestTwilioRequests::logFormHasNoSecrets()
{
    const TwilioRequest r = TwilioRequests::createMessage(Profile {}, m_creds,
                                                          {QStringLiteral("+14155552671"),
                                                           QStringLiteral("+14155550100"),
                                                           {},
                                                           QStringLiteral("Your code is 482913"),
                                                           {},
                                                           0});
    const QString log = TwilioRequests::describeForLog(r, m_creds);
    QVERIFY(log.startsWith(QLatin1String("POST https://api.twilio.com/2010-04-01/Accounts/")));
    QVERIFY(log.contains(QLatin1String("Authorization: Basic ***")));
    QVERIFY(!log.contains(m_creds.authToken));
    QVERIFY(!log.contains(QString::fromLatin1(r.header("Authorization").mid(6))));
    QVERIFY(!log.contains(QLatin1String("482913"))); // bodies (one-time codes) stay out
}

void TestTwilioRequests::cleartextBaseRefusedAtBuildTime_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("verify");
    QTest::addColumn<QString>("field"); // the setting the refusal names, empty: accepted
    const QString https = QStringLiteral("https://api.twilio.com");
    const QString httpsVerify = QStringLiteral("https://verify.twilio.com");
    QTest::newRow("http API host") << QStringLiteral("http://api.twilio.com") << httpsVerify
                                   << QStringLiteral("API base URL");
    QTest::newRow("http Verify host") << https << QStringLiteral("http://verify.twilio.com")
                                      << QStringLiteral("Verify base URL");
    QTest::newRow("http on a LAN address")
        << QStringLiteral("http://192.0.2.10:8080") << httpsVerify << QStringLiteral("API base URL");
    QTest::newRow("another scheme") << QStringLiteral("ftp://api.twilio.com") << httpsVerify
                                    << QStringLiteral("API base URL");
    QTest::newRow("credentials in the URL")
        << QStringLiteral("https://user:pw@api.twilio.com") << httpsVerify
        << QStringLiteral("API base URL");
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8980")
                                   << QStringLiteral("http://localhost:8980") << QString();
}

void TestTwilioRequests::cleartextBaseRefusedAtBuildTime()
{
    QFETCH(QString, api);
    QFETCH(QString, verify);
    QFETCH(QString, field);
    // As a hand-edited settings file leaves it: never checked when typed.
    Profile p;
    p.apiBaseUrl = QUrl(api);
    p.verifyBaseUrl = QUrl(verify);
    const bool apiBad = field == QLatin1String("API base URL");
    const bool verifyBad = field == QLatin1String("Verify base URL");
    const QString sid = QStringLiteral("VA0123456789abcdef0123456789abcdef");
    const struct
    {
        const char *name;
        TwilioRequest request;
        bool refused;
    } built[] = {
        {"createMessage",
         TwilioRequests::createMessage(p, m_creds,
                                       {QStringLiteral("+14155552671"),
                                        QStringLiteral("+14155550100"),
                                        {},
                                        QStringLiteral("Your code is 482913"),
                                        {},
                                        0}),
         apiBad},
        {"fetchMessage", TwilioRequests::fetchMessage(p, m_creds, QStringLiteral("SM1")), apiBad},
        {"listMessages", TwilioRequests::listMessages(p, m_creds, {}), apiBad},
        {"nextPage",
         TwilioRequests::nextPage(p, m_creds, m_account + QStringLiteral("/Messages.json?Page=1")),
         apiBad},
        {"raw (the runner's SDK requests)",
         TwilioRequests::raw(p, m_creds, TwilioRequest::Method::Get,
                             QUrl(QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/"
                                                 "AC0123456789abcdef0123456789abcdef.json")),
                             {}, {}, {}, {}),
         apiBad},
        {"fetchAccount", TwilioRequests::fetchAccount(p, m_creds), apiBad},
        {"findIncomingPhoneNumber",
         TwilioRequests::findIncomingPhoneNumber(p, m_creds, QStringLiteral("+14155550100")),
         apiBad},
        {"findOutgoingCallerId",
         TwilioRequests::findOutgoingCallerId(p, m_creds, QStringLiteral("+14155550100")), apiBad},
        {"fetchMessagingService",
         TwilioRequests::fetchMessagingService(p, m_creds,
                                               QStringLiteral("MG0123456789abcdef0123456789abcdef")),
         apiBad},
        {"fetchVerifyService", TwilioRequests::fetchVerifyService(p, m_creds, sid), verifyBad},
        {"createVerification",
         TwilioRequests::createVerification(p, m_creds, sid,
                                            {QStringLiteral("+14155552671"), {}, {}, {}}),
         verifyBad},
    };
    for (const auto &b : built) {
        if (!b.refused) {
            QVERIFY2(b.request.isValid(), b.name);
            continue;
        }
        QVERIFY2(!b.request.isValid(), b.name);
        QVERIFY2(b.request.error.contains(field), qPrintable(b.request.error));
        QVERIFY2(b.request.error.contains(QLatin1String("not sent")), qPrintable(b.request.error));
        // Nothing to send: no URL, no Authorization header.
        QVERIFY2(b.request.url.isEmpty(), b.name);
        QVERIFY2(b.request.header("Authorization").isEmpty(), b.name);
    }
}

void TestTwilioRequests::sdkRequestsRouteToTheProfile_data()
{
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<QString>("sdkUrl");
    QTest::addColumn<QString>("expected"); // empty: refused
    const QString twilio = QStringLiteral("https://api.twilio.com");
    const QString sandbox = QStringLiteral("http://127.0.0.1:8099");
    QTest::newRow("api on Twilio")
        << twilio << QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json")
        << QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json");
    QTest::newRow("verify to the verify base")
        << sandbox << QStringLiteral("https://verify.twilio.com/v2/Services/VA1/Verifications")
        << QStringLiteral("http://127.0.0.1:8098/v2/Services/VA1/Verifications");
    QTest::newRow("other product on Twilio keeps its host and query")
        << twilio
        << QStringLiteral("https://lookups.twilio.com/v2/PhoneNumbers/%2B1415?Fields=a%2Cb")
        << QStringLiteral("https://lookups.twilio.com/v2/PhoneNumbers/%2B1415?Fields=a%2Cb");
    QTest::newRow("other product to the sandbox")
        << sandbox << QStringLiteral("https://lookups.twilio.com/v2/PhoneNumbers/%2B1415")
        << QStringLiteral("http://127.0.0.1:8099/v2/PhoneNumbers/%2B1415");
    QTest::newRow("messaging host")
        << twilio << QStringLiteral("https://messaging.twilio.com/v1/Services")
        << QStringLiteral("https://messaging.twilio.com/v1/Services");
    QTest::newRow("not Twilio") << twilio << QStringLiteral("https://example.com/2010-04-01/x")
                                << QString();
    QTest::newRow("look-alike host")
        << twilio << QStringLiteral("https://api.twilio.com.evil.io/x") << QString();
    QTest::newRow("plain http") << twilio << QStringLiteral("http://api.twilio.com/x") << QString();
}

void TestTwilioRequests::sdkRequestsRouteToTheProfile()
{
    QFETCH(QString, apiBase);
    QFETCH(QString, sdkUrl);
    QFETCH(QString, expected);
    Profile p;
    p.apiBaseUrl = QUrl(apiBase);
    if (p.apiBaseUrl.port() == 8099) {
        p.verifyBaseUrl = p.apiBaseUrl;
        p.verifyBaseUrl.setPort(8098);
    }
    QString error;
    const QUrl url = TwilioRequests::routeToProfile(p, QUrl(sdkUrl, QUrl::StrictMode), &error);
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestTwilioRequests::rawRequestKeepsTheSdkBody()
{
    const QByteArray body = "To=%2B14155552671&Body=a%20b&MediaUrl=x&MediaUrl=y";
    const TwilioRequest r
        = TwilioRequests::raw(Profile {}, m_creds, TwilioRequest::Method::Post,
                              QUrl(QStringLiteral("https://api.twilio.com") + m_account
                                   + QStringLiteral("/Messages.json")),
                              body, "application/x-www-form-urlencoded",
                              {{"User-Agent", "twilio-node/5.13.1"},
                               {"Authorization", "Basic forged"},
                               {"X-Twilio-Webhook-Enabled", "true"}});
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QVERIFY(r.isWrite());
    QCOMPARE(r.body, body);
    QCOMPARE(r.header("Authorization"), TwilioRequests::basicAuthorization(m_creds));
    QVERIFY(r.header("User-Agent").startsWith("twilio-node/5.13.1 SmsHookConsole/"));
    QCOMPARE(r.header("X-Twilio-Webhook-Enabled"), QByteArray("true"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));

    const TwilioRequest del
        = TwilioRequests::raw(Profile {}, m_creds, TwilioRequest::Method::Delete,
                              QUrl(QStringLiteral("https://api.twilio.com") + m_account
                                   + QStringLiteral("/Messages/SM1.json")),
                              {}, {});
    QCOMPARE(del.methodName(), QByteArray("DELETE"));
    QVERIFY(del.header("Content-Type").isEmpty());
    QVERIFY(!TwilioRequests::raw(Profile {}, {}, TwilioRequest::Method::Get,
                                 QUrl(QStringLiteral("https://api.twilio.com/x")), {}, {})
                 .isValid());
}

QTEST_GUILESS_MAIN(TestTwilioRequests)
#include "TestTwilioRequests.moc"
