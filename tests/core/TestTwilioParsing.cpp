#include "twilio/ErrorDictionary.h"
#include "twilio/ExplanationMarkdown.h"
#include "twilio/RetryPolicy.h"
#include "twilio/TwilioParser.h"

#include <QFile>
#include <QTest>

// Twilio's answers -> value types and error values, without I/O. Fixtures are the examples of
// Twilio's own OpenAPI specs (tests/data/twilio/SOURCE.txt).
class TestTwilioParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void briefExplanation();
    void explanationKeepsTwilioStructure();
    void createdMessage();
    void fetchedMessageWithError();
    void messageFieldVariants();
    void messagePage();
    void emptyMessagePage();
    void account();
    void verifyService();
    void verification();
    void incomingPhoneNumbers();
    void outgoingCallerIds();
    void malformed_data();
    void malformed();
    void twilioErrorBody();
    void verifyErrorBody();
    void errorWithoutTwilioBody_data();
    void errorWithoutTwilioBody();
    void dictionaryHasTheCodesTheConsoleNeeds();
    void networkKindsExplained();
    void dates();
    void finalStatuses();
    void retryAfter_data();
    void retryAfter();
    void backoff();

private:
    static QByteArray fixture(const char *name);
};

QByteArray TestTwilioParsing::fixture(const char *name)
{
    QFile f(QStringLiteral(SMSHOOK_TWILIO_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

void TestTwilioParsing::createdMessage()
{
    const auto r = TwilioParser::message(201, fixture("message-create.json"));
    QVERIFY2(r.isOk(), qPrintable(r.error.userText()));
    QCOMPARE(r.value.sid, QStringLiteral("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(r.value.status, QStringLiteral("queued"));
    QCOMPARE(r.value.to, QStringLiteral("+14155552345"));
    QCOMPARE(r.value.from, QStringLiteral("+14155552345"));
    QCOMPARE(r.value.body, QStringLiteral("Hello! \U0001F44D"));
    QCOMPARE(r.value.numSegments, 1); // sent as the string "1"
    QCOMPARE(r.value.price, QString()); // null while unknown
    QCOMPARE(r.value.errorCode, 0);
    QCOMPARE(r.value.messagingServiceSid, QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(r.value.direction, QStringLiteral("outbound-api"));
    QCOMPARE(r.value.dateCreated, QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
}

void TestTwilioParsing::fetchedMessageWithError()
{
    const auto r = TwilioParser::message(200, fixture("message-fetch.json"));
    QVERIFY(r.isOk());
    QCOMPARE(r.value.errorCode, 30007);
    QCOMPARE(r.value.errorMessage, QStringLiteral("Carrier violation"));
    QCOMPARE(r.value.price, QStringLiteral("-0.00750"));
    QCOMPARE(r.value.priceUnit, QStringLiteral("USD"));
    QCOMPARE(r.value.dateSent, QDateTime(QDate(2019, 5, 24), QTime(17, 18, 28), Qt::UTC));
}

void TestTwilioParsing::messageFieldVariants()
{
    // Numbers as numbers, error_code as a string, nulls and missing fields: read what is there.
    const QByteArray body = R"({"sid":"SM1","status":"failed","num_segments":3,
        "error_code":"30003","error_message":null,"from":null,"price":-0.0079})";
    const auto r = TwilioParser::message(200, body);
    QVERIFY(r.isOk());
    QCOMPARE(r.value.numSegments, 3);
    QCOMPARE(r.value.errorCode, 30003);
    QCOMPARE(r.value.from, QString());
    QCOMPARE(r.value.price, QStringLiteral("-0.00790"));
    QVERIFY(!r.value.dateCreated.isValid());
}

void TestTwilioParsing::messagePage()
{
    const auto r = TwilioParser::messagePage(200, fixture("messages-page.json"));
    QVERIFY(r.isOk());
    QCOMPARE(r.value.messages.size(), 2);
    QCOMPARE(r.value.messages.at(1).errorCode, 30004);
    QCOMPARE(r.value.messages.at(1).direction, QStringLiteral("inbound"));
    QVERIFY(r.value.nextPageUri.startsWith(
        QLatin1String("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages.json?")));
    QVERIFY(r.value.nextPageUri.contains(
        QLatin1String("PageToken=PAMMc26223853f8c46b4ab7dfaa6abba0a26")));
}

void TestTwilioParsing::emptyMessagePage()
{
    const auto r = TwilioParser::messagePage(200, fixture("messages-empty.json"));
    QVERIFY(r.isOk());
    QVERIFY(r.value.messages.isEmpty());
    QVERIFY(r.value.nextPageUri.isEmpty()); // null: the last page

    const auto missing = TwilioParser::messagePage(200, R"({"next_page_uri":null})");
    QCOMPARE(missing.error.kind, TwilioError::Kind::InvalidResponse);
    QVERIFY(missing.error.detail.contains(QLatin1String("messages")));
}

void TestTwilioParsing::account()
{
    const auto r = TwilioParser::account(200, fixture("account-fetch.json"));
    QVERIFY(r.isOk());
    QCOMPARE(r.value.sid, QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(r.value.status, QStringLiteral("active"));
    QCOMPARE(r.value.type, QStringLiteral("Full"));
    QVERIFY(!r.value.isTrial());
    QVERIFY(r.value.isActive());

    const auto trial = TwilioParser::account(
        200,
        R"({"sid":"AC1","friendly_name":"My first account","status":"suspended","type":"Trial"})");
    QVERIFY(trial.value.isTrial());
    QVERIFY(!trial.value.isActive());
    QCOMPARE(trial.value.friendlyName, QStringLiteral("My first account"));
}

void TestTwilioParsing::verifyService()
{
    const auto r = TwilioParser::verifyService(200, fixture("verify-service.json"));
    QVERIFY(r.isOk());
    QCOMPARE(r.value.sid, QStringLiteral("VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(r.value.friendlyName, QStringLiteral("name"));
    QVERIFY(r.value.customCodeEnabled);

    const auto off = TwilioParser::verifyService(200, R"({"sid":"VA1","friendly_name":"x"})");
    QVERIFY(off.isOk());
    QVERIFY(!off.value.customCodeEnabled); // absent means not enabled
}

void TestTwilioParsing::verification()
{
    const auto r = TwilioParser::verification(201, fixture("verification-create.json"));
    QVERIFY(r.isOk());
    QCOMPARE(r.value.sid, QStringLiteral("VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(r.value.status, QStringLiteral("pending"));
    QCOMPARE(r.value.to, QStringLiteral("+15017122661"));
    QCOMPARE(r.value.channel, QStringLiteral("sms"));
}

void TestTwilioParsing::incomingPhoneNumbers()
{
    const auto r = TwilioParser::incomingPhoneNumbers(200, fixture("incoming-phone-numbers.json"));
    QVERIFY(r.isOk());
    QCOMPARE(r.value.size(), 1);
    QCOMPARE(r.value.first().phoneNumber, QStringLiteral("+18089255327"));
    QCOMPARE(r.value.first().sid, QStringLiteral("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QVERIFY(!r.value.first().sms); // the example number cannot send SMS
    QVERIFY(r.value.first().voice);
    QVERIFY(r.value.first().mms);

    const auto upper = TwilioParser::incomingPhoneNumbers(
        200,
        R"({"incoming_phone_numbers":[{"sid":"PN1","phone_number":"+1","capabilities":{"SMS":true}}]})");
    QVERIFY(upper.value.first().sms);
}

void TestTwilioParsing::outgoingCallerIds()
{
    const auto r = TwilioParser::outgoingCallerIds(200, fixture("outgoing-caller-ids.json"));
    QVERIFY(r.isOk());
    QCOMPARE(r.value.size(), 1);
    QCOMPARE(r.value.first().phoneNumber, QStringLiteral("+141586753096"));
    const auto empty
        = TwilioParser::outgoingCallerIds(200, fixture("outgoing-caller-ids-empty.json"));
    QVERIFY(empty.isOk());
    QVERIFY(empty.value.isEmpty()); // not verified: a trial account cannot send to it
}

void TestTwilioParsing::malformed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << 200 << QByteArray("<html><body>Captive portal</body></html>");
    QTest::newRow("empty") << 200 << QByteArray();
    QTest::newRow("truncated") << 201 << QByteArray(R"({"sid":"SM1","status":"que)");
    QTest::newRow("array") << 200 << QByteArray(R"([{"sid":"SM1"}])");
    QTest::newRow("no sid") << 200 << QByteArray(R"({"status":"queued"})");
    QTest::newRow("no status") << 200 << QByteArray(R"({"sid":"SM1"})");
    QTest::newRow("redirect") << 302 << QByteArray();
}

void TestTwilioParsing::malformed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const auto r = TwilioParser::message(status, body);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error.kind, TwilioError::Kind::InvalidResponse);
    QCOMPARE(r.error.httpStatus, status);
    QVERIFY(!r.error.detail.isEmpty());
    QVERIFY(r.error.userText().contains(QLatin1String("base URL"))); // says what to check
}

void TestTwilioParsing::twilioErrorBody()
{
    const auto r = TwilioParser::message(400, fixture("error-21211.json"));
    QCOMPARE(r.error.kind, TwilioError::Kind::Http);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, 21211);
    QCOMPARE(r.error.message, QStringLiteral("The 'To' number +1555 is not a valid phone number."));
    QCOMPARE(r.error.moreInfo, QStringLiteral("https://www.twilio.com/docs/errors/21211"));
    QCOMPARE(r.error.explanation.message, QStringLiteral("Invalid 'To' Phone Number"));
    QVERIFY(!r.error.explanation.secondaryMessage.contains(QLatin1Char('<'))); // HTML stripped
    QCOMPARE(r.error.explanation.docsUrl,
             QUrl(QStringLiteral("https://www.twilio.com/docs/errors/21211")));
    const QString text = r.error.userText();
    QVERIFY(text.contains(QLatin1String("21211")));
    QVERIFY(text.contains(QLatin1String("https://www.twilio.com/docs/errors/21211")));

    // An unknown code still gets Twilio's message and its docs link.
    const TwilioError unknown
        = TwilioParser::error(400, R"({"code": 99999, "message": "Something new", "status": 400})");
    QCOMPARE(unknown.code, 99999);
    QCOMPARE(unknown.explanation.message, QStringLiteral("Something new"));
    QCOMPARE(unknown.explanation.docsUrl.toString(),
             QStringLiteral("https://www.twilio.com/docs/errors/99999"));
}

void TestTwilioParsing::verifyErrorBody()
{
    const auto r = TwilioParser::verification(429, fixture("verify-error-429.json"));
    QCOMPARE(r.error.kind, TwilioError::Kind::Http);
    QCOMPARE(r.error.code, 20429);
    QCOMPARE(r.error.httpStatus, 429);
    QCOMPARE(r.error.explanation.message, QStringLiteral("Too Many Requests"));

    const TwilioError e = TwilioParser::error(
        400,
        R"({"code":60200,"message":"Invalid parameter: CustomCode","more_info":"https://www.twilio.com/docs/errors/60200","status":400})");
    QCOMPARE(e.code, 60200);
    QCOMPARE(e.explanation.message, QStringLiteral("Invalid parameter"));
}

void TestTwilioParsing::errorWithoutTwilioBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("401 empty") << 401 << QByteArray() << QStringLiteral("Auth Token");
    QTest::newRow("502 html") << 502 << QByteArray("<html><h1>Bad Gateway</h1></html>")
                              << QStringLiteral("Bad Gateway");
    QTest::newRow("404 json without code")
        << 404 << QByteArray(R"({"detail":"nope"})") << QStringLiteral("base URL");
}

void TestTwilioParsing::errorWithoutTwilioBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const TwilioError e = TwilioParser::error(status, body);
    QCOMPARE(e.kind, TwilioError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, 0);
    QVERIFY2(e.userText().contains(mentions), qPrintable(e.userText()));
}

void TestTwilioParsing::dictionaryHasTheCodesTheConsoleNeeds()
{
    const QList<int> required
        = {20003, 20005, 20404, 20429, 21211, 21212, 21408, 21601, 21602, 21604, 21606, 21608,
           21610, 21611, 21612, 21614, 21617, 21703, 30001, 30002, 30003, 30004, 30005, 30006,
           30007, 30008, 30009, 30010, 30034, 60200, 60203, 60204, 60205, 60212, 60223};
    for (int code : required) {
        QVERIFY2(ErrorDictionary::contains(code), qPrintable(QString::number(code)));
        const ErrorExplanation e = ErrorDictionary::lookup(code);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(e.docsUrl.toString(),
                 QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code));
    }
    QCOMPARE(
        ErrorDictionary::lookup(21608).message,
        QStringLiteral("The 'to' phone number provided is not yet verified for this account."));
    QVERIFY(!ErrorDictionary::lookup(30007).solutions.isEmpty());
    QVERIFY(!ErrorDictionary::contains(1));
    QVERIFY(ErrorDictionary::lookup(1).isEmpty());
}

void TestTwilioParsing::networkKindsExplained()
{
    const QList<TwilioError> errors = {
        TwilioError::network(QStringLiteral("api.twilio.com"), QStringLiteral("refused"), true),
        TwilioError::timeout(QStringLiteral("api.twilio.com"), 15000),
        TwilioError::tls(QStringLiteral("api.twilio.com"), QStringLiteral("expired")),
        TwilioError::invalidResponse(QStringLiteral("example.com"), 200, QStringLiteral("x")),
        TwilioError::outcomeUnknown(QStringLiteral("api.twilio.com"), QStringLiteral("timeout"),
                                    {QStringLiteral("+14155552671"), QStringLiteral("+14155550100"),
                                     QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC),
                                     QDateTime(QDate(2026, 1, 2), QTime(3, 4, 20), Qt::UTC)}),
        TwilioError::cancelled(true),
    };
    for (const TwilioError &e : errors) {
        QVERIFY(e.isError());
        QVERIFY(!e.explanation.message.isEmpty());
        QVERIFY2(e.userText().contains(QLatin1String("What to do")), qPrintable(e.userText()));
    }
    QVERIFY(errors.at(0).notSent);
    QVERIFY(errors.at(1).userText().contains(QLatin1String("15 s")));
    const QString unknown = errors.at(4).userText();
    QVERIFY(unknown.contains(QLatin1String("+14155552671")));
    QVERIFY(unknown.contains(QLatin1String("2026-01-02T03:04:05Z")));
    QCOMPARE(TwilioError::kindName(TwilioError::Kind::OutcomeUnknown),
             QStringLiteral("OutcomeUnknown"));
}

void TestTwilioParsing::dates()
{
    const QDateTime expected(QDate(2019, 5, 24), QTime(17, 44, 46), Qt::UTC);
    QCOMPARE(TwilioParser::parseDate(QStringLiteral("Fri, 24 May 2019 17:44:46 +0000")), expected);
    QCOMPARE(TwilioParser::parseDate(QStringLiteral("Fri, 24 May 2019 19:44:46 +0200")), expected);
    QCOMPARE(TwilioParser::parseDate(QStringLiteral("2019-05-24T17:44:46Z")), expected);
    QVERIFY(!TwilioParser::parseDate(QString()).isValid());
    QVERIFY(!TwilioParser::parseDate(QStringLiteral("yesterday")).isValid());
}

void TestTwilioParsing::finalStatuses()
{
    for (const char *s : {"delivered", "undelivered", "failed", "canceled", "read"})
        QVERIFY(Message::isFinalStatus(QLatin1String(s)));
    for (const char *s : {"queued", "accepted", "sending", "sent", "scheduled", ""})
        QVERIFY(!Message::isFinalStatus(QLatin1String(s)));
}

void TestTwilioParsing::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: unreadable
    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    QTest::newRow("spaces") << QByteArray("  2 ") << qint64(2000);
    QTest::newRow("decimal") << QByteArray("1.5") << qint64(1500);
    QTest::newRow("negative") << QByteArray("-3") << qint64(0);
    QTest::newRow("http date future")
        << QByteArray("Wed, 25 Nov 2026 20:00:10 GMT") << qint64(10000);
    QTest::newRow("http date past") << QByteArray("Wed, 25 Nov 2026 19:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("nan") << QByteArray("nan") << qint64(-1);
}

void TestTwilioParsing::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 25), QTime(20, 0, 0), Qt::UTC);
    const std::optional<qint64> ms = RetryPolicy::parseRetryAfter(header, now);
    if (expectedMs < 0) {
        QVERIFY(!ms.has_value());
    } else {
        QVERIFY(ms.has_value());
        QCOMPARE(*ms, expectedMs);
    }
}

void TestTwilioParsing::backoff()
{
    RetryPolicy p;
    p.initialBackoffMs = 100;
    p.maxBackoffMs = 1000;
    p.maxRetryAfterMs = 5000;
    QCOMPARE(p.backoffMs(1), 100);
    QCOMPARE(p.backoffMs(2), 200);
    QCOMPARE(p.backoffMs(3), 400);
    QCOMPARE(p.backoffMs(10), 1000); // capped
    QCOMPARE(p.backoffMs(1000), 1000); // no overflow
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(p.retryAfterDelayMs("3", now, 1), 3000);
    QCOMPARE(p.retryAfterDelayMs("86400", now, 1), 5000); // clamped
    QCOMPARE(p.retryAfterDelayMs("", now, 2), 200); // absent: exponential backoff
    QCOMPARE(p.retryAfterDelayMs("later", now, 3), 400);
}

// Twilio's solutions are Markdown documents; a terminal line gets their gist.
void TestTwilioParsing::briefExplanation()
{
    QCOMPARE(ErrorExplanation::brief(QStringLiteral("Use **E.164**: see [the docs](https://x).")),
             QStringLiteral("Use E.164: see the docs."));
    const QString full = ErrorDictionary::lookup(30003).solutions;
    QVERIFY(full.size() > 1000);
    const QString brief = ErrorExplanation::brief(full);
    QVERIFY2(brief.size() < 400, qPrintable(brief));
    QVERIFY(brief.startsWith(QStringLiteral("The first step")));
    QVERIFY(!brief.contains(QStringLiteral("](")) && !brief.contains(QStringLiteral("##")));
    QVERIFY(brief.endsWith(QStringLiteral(" …")));
}

// Twilio writes its explanations as Markdown: headings, lists and paragraphs stay apart, never
// "Messages sent from short codes Repeated Error 30003 ..." in one run-on line.
void TestTwilioParsing::explanationKeepsTwilioStructure()
{
    const QString md = ExplanationMarkdown::forCode(30003, QString());
    QVERIFY2(!md.contains(QLatin1String("short codes Repeated")), qPrintable(md));
    QVERIFY2(!md.contains(QLatin1String("####")), qPrintable(md));
    QVERIFY2(md.contains(
                 QLatin1String("\n\n**Messages sent from short codes**\n\nRepeated Error 30003")),
             qPrintable(md));
    QVERIFY2(md.contains(QLatin1String("\n* Is the destination device powered on?\n")),
             qPrintable(md));
    QVERIFY2(md.contains(QLatin1String("checklist:\n\n* Is")), qPrintable(md));
    // Causes are a list, one per line.
    const QString causes
        = ExplanationMarkdown::dictionaryText(ErrorDictionary::lookup(30003).causes);
    QCOMPARE(causes.count(QLatin1Char('\n')), 3);
    QVERIFY(causes.startsWith(QLatin1String("* The destination handset")));
    // The one-line gist stays one line.
    QVERIFY(!ErrorExplanation::brief(ErrorDictionary::lookup(30003).solutions)
                 .contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestTwilioParsing)
#include "TestTwilioParsing.moc"
