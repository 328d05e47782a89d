#pragma once

#include "phone/PhoneNumber.h"
#include "secrets/KeychainError.h"
#include "sms/SegmentCalculator.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/TwilioError.h"
#include "twilio/TwilioRequests.h"
#include "twilio/TwilioTypes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// What the user asks for: one test message, sent exactly as the hook would send it.
struct SendRequest
{
    enum class Api { Messages, Verify };
    enum class Source { Form, Cli, Hook, Action };

    Api api = Api::Messages;
    Source source = Source::Form;
    QString to; // as typed; parsed with the profile's default region, sent in E.164
    QString body; // Messages: the text
    QString code; // Verify: the custom code (Auth0's context.code)
    QString locale; // Verify: optional, e.g. "en"
    QString channel = QStringLiteral("sms"); // Verify: "sms", or "call" for a voice code
    // Overrides of the profile's secrets, for the hook runner whose code passes its own values:
    // the sender (a number or MG SID) instead of TWILIO_PHONE_NUMBER, the Verify service instead
    // of TWILIO_VERIFY_SERVICE_SID. Empty: the secret is used.
    QString from;
    QString serviceSid;
    bool smartEncoding = false; // only for the segment count shown; Twilio applies its own
    bool followDelivery = true; // Messages: poll until a final status

    // A creation made by Twilio's own SDK in a hook or Action run (api says Messages or
    // Verify): sent exactly as the SDK built it, with the SDK client's credentials; To, the
    // sender (From, MessagingServiceSid or the Verify service) and Body are read from it for the
    // log. Nothing is checked first and no secret is read: Twilio answers for itself, and
    // SendResult::raw holds its answer for the SDK. The log row is still written before.
    std::optional<TwilioRequest> forwarded;
    TwilioCredentials forwardedCredentials;
};

// Everything known about one send, filled in as the job goes on.
struct SendResult
{
    enum class Stage { NotStarted, ReadingSecrets, Sending, Tracking, Done };
    enum class Outcome {
        Pending,
        Delivered, // a final, successful status (delivered, read), or Verify accepted (pending)
        Sent, // `sent` with no receipt within the wait, or followDelivery off after acceptance
        NotDelivered, // undelivered, failed or canceled: see timeline/errorCode
        Rejected, // Twilio answered and refused the request (error holds its code and why)
        NotSent, // Twilio never answered: not reached (network, TLS) or refused by the client
        Unknown, // the request may have reached Twilio: never retried, look it up
        InputError, // nothing sent: inputError says which field and the fix
        KeychainFailed, // nothing sent: the secrets could not be read
        LogFailed, // nothing sent: the delivery log could not record the attempt (logError)
        Cancelled,
    };

    Stage stage = Stage::NotStarted;
    Outcome outcome = Outcome::Pending;
    QString toE164;
    PhoneNumberInfo toInfo; // parsed recipient (type, region; a fixed line gets a warning)
    QString from; // the number or Messaging Service SID used (Messages)
    QString serviceSid; // Verify
    SegmentInfo segments; // of the body as sent (Messages)
    Message message; // as created, then as last fetched
    Verification verification;
    QList<StatusTransition> timeline;
    QString inputError; // translated, names the field and the fix
    QStringList warnings; // translated, e.g. "fixed-line number: SMS will not arrive"
    KeychainError keychainError;
    QString logError; // translated: why the delivery log refused the row, and what to do
    bool foundByLookup = false; // the answer to the send was lost; lookUp() found the message
    TwilioError error;
    QDateTime startedAt;
    QDateTime finishedAt;
    RawAnswer raw; // forwarded: Twilio's answer as it came (status 0: none arrived)

    bool isFinished() const { return stage == Stage::Done; }
    // One translated line for a result card or the CLI: what happened and what to do next.
    QString summary() const;
    static QString outcomeName(Outcome outcome); // stable, for --json: "delivered", ...
};
