#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// Value types for what the console sends to and reads from Twilio. Plain data: parsing lives in
// TwilioParser, request building in TwilioRequests.

// The credentials of one Twilio account. The token is a secret: never log it (TwilioRequests::
// redact) and never store it outside the keychain.
struct TwilioCredentials
{
    QString accountSid;
    QString authToken;
};

// A Programmable SMS message (api.twilio.com /2010-04-01/Accounts/{AccountSid}/Messages).
struct Message
{
    QString sid;
    QString
        status; // queued, sending, sent, delivered, undelivered, failed, ... as Twilio writes it
    QString to;
    QString from;
    QString body;
    int numSegments = 0;
    QString price; // decimal string as Twilio sends it ("-0.00750"), empty while unknown
    QString priceUnit;
    int errorCode = 0; // 0: none
    QString errorMessage;
    QDateTime dateCreated;
    QDateTime dateSent;
    QDateTime dateUpdated;
    QString messagingServiceSid;
    QString direction;

    // Statuses after which Twilio will not change the message any more. `sent` is not among them:
    // a delivery receipt may still follow (DeliveryTracker decides when to stop waiting).
    static bool isFinalStatus(const QString &status);
};

struct MessagePage
{
    QList<Message> messages;
    QString nextPageUri; // path + query relative to the API base URL; empty on the last page
};

// The parameters of a new message. Exactly one of from and messagingServiceSid is set.
struct MessageRequest
{
    QString to;
    QString from;
    QString messagingServiceSid;
    QString body;
    QString statusCallback; // optional URL
    int validityPeriodSeconds = 0; // optional, 1..36000 (Twilio's range)
};

// Filters for listing messages; empty fields are not sent.
struct MessageFilter
{
    QString to;
    QString from;
    QDate dateSent; // DateSent=YYYY-MM-DD
    QDate dateSentAfter; // DateSent>=YYYY-MM-DD (sent as "DateSent>")
    QDate dateSentBefore; // DateSent<=YYYY-MM-DD (sent as "DateSent<")
    int pageSize = 0; // 0: Twilio's default
};

struct Account
{
    QString sid;
    QString friendlyName;
    QString status; // active, suspended, closed
    QString type; // Trial, Full

    bool isTrial() const { return type.compare(QLatin1String("Trial"), Qt::CaseInsensitive) == 0; }
    bool isActive() const { return status == QLatin1String("active"); }
};

// A Verify v2 service (verify.twilio.com /v2/Services/{Sid}).
struct VerifyService
{
    QString sid;
    QString friendlyName;
    bool customCodeEnabled = false;
};

// A Messaging Service (messaging.twilio.com /v1/Services/{Sid}): a sender pool the hook may
// send from instead of one number.
struct MessagingService
{
    QString sid;
    QString friendlyName;
};

struct VerificationRequest
{
    QString to;
    QString channel = QStringLiteral("sms");
    QString customCode; // only accepted when the service has custom codes enabled
    QString locale; // optional, e.g. "en", "pt-BR"
};

struct Verification
{
    QString sid;
    QString status; // pending, approved, canceled, ...
    QString to;
    QString channel;
};

struct IncomingPhoneNumber
{
    QString sid;
    QString phoneNumber;
    bool sms = false;
    bool voice = false;
    bool mms = false;
};

// A number verified on the account; on trial accounts the only numbers SMS can go to.
struct OutgoingCallerId
{
    QString sid;
    QString phoneNumber;
};

// Any answer Twilio (or the server at the profile's base URL) gave to a raw request, whatever its
// status: the local runner hands it to Twilio's own SDK, which reads errors from it itself.
struct RawAnswer
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, as Node's http gives them
};

Q_DECLARE_METATYPE(Message)
