#pragma once

#include "phone/PhoneNumber.h"
#include "profile/Profile.h"
#include "secrets/KeychainError.h"
#include "sms/SegmentCalculator.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/TwilioError.h"
#include "twilio/TwilioTypes.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

class DeliveryLog;
struct Attempt;
class QNetworkAccessManager;
class SecretStore;
class TwilioClient;
class TwilioReply;

// What the user asks for: one test message, sent exactly as the hook would send it.
struct SendRequest
{
    enum class Api { Messages, Verify };
    enum class Source { Form, Cli, Hook };

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
        Rejected, // Twilio refused the request (error holds its code and explanation)
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
    TwilioError error;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isFinished() const { return stage == Stage::Done; }
    // One translated line for a result card or the CLI: what happened and what to do next.
    QString summary() const;
    static QString outcomeName(Outcome outcome); // stable, for --json: "delivered", ...
};

// Sends one test SMS (Programmable SMS) or Verify code for a profile: reads the profile's secrets
// from the keychain (or takes them from setSecrets), checks the recipient, picks From,
// MessagingServiceSid or the Verify service from the secrets, sends through TwilioClient and
// follows delivery. Used by the Run panel, sms-hook-cli send/verify, and later the hook runner.
// Emits finished() exactly once, on every path (always after start() has returned); never blocks;
// cancel() at any stage. The owner deletes the job; result() stays valid until then.
class SendJob : public QObject
{
    Q_OBJECT
public:
    SendJob(const Profile &profile, SecretStore *secrets, QNetworkAccessManager *network,
            QObject *parent = nullptr);
    ~SendJob() override;

    // Secrets already in memory (the hook runner has them): the keychain is not read.
    void setSecrets(const QMap<QString, QString> &secrets);
    void setTimeoutMs(int ms); // per request
    void setPollIntervalMs(int ms); // delivery polling
    void setReceiptWaitMs(int ms); // how long `sent` waits for a receipt
    // Records the attempt in the log: written before the request goes out, updated with each
    // status and the outcome. Nothing is sent when the row cannot be written, whatever the
    // reason (the log could not be opened, is from a newer version, the disk is full): the job
    // ends LogFailed. Without a log (none set) the send is not recorded.
    void setDeliveryLog(DeliveryLog *log);

    void start(const SendRequest &request);
    void cancel();
    // After an Unknown outcome: looks for the message in Twilio's message list (GETs only, so
    // nothing can be sent twice). Emits lookupFinished once per call.
    void lookUp();
    bool canLookUp() const;
    const SendResult &result() const { return m_result; }

Q_SIGNALS:
    void stageChanged(SendResult::Stage stage);
    void statusChanged(const StatusTransition &transition); // each delivery status, as seen
    void logLine(const QString &line); // requests made, auth redacted
    // A request is tried again or a delivery poll failed: one translated line each, so that a
    // slow give-up is seen coming (the CLI prints them on stderr).
    void notice(const QString &line);
    void finished();
    void lookupFinished(const QList<Message> &found, const TwilioError &error);

private:
    void run();
    void sendWithSecrets(const QMap<QString, QString> &secrets);
    void post(const QMap<QString, QString> &secrets, const QMap<QString, QString> &values);
    Attempt attemptRow() const; // the log's row for this send, as far as it has gone
    void recordAttempt(); // rewrites the row, when there is one
    void onCreated(TwilioReply *reply);
    void onVerificationCreated(TwilioReply *reply);
    void track();
    void failInput(const QString &message);
    void failLog(const QString &reason);
    void failCreate(const TwilioError &error); // the create request failed: what that means
    void setStage(SendResult::Stage stage);
    void finish(SendResult::Outcome outcome);

    Profile m_profile;
    QPointer<SecretStore> m_secretStore;
    QNetworkAccessManager *m_network = nullptr;
    std::optional<QMap<QString, QString>> m_secrets;
    int m_timeoutMs = 15000;
    int m_pollIntervalMs = 1000;
    int m_receiptWaitMs = 60000;
    SendRequest m_request;
    SendResult m_result;
    TwilioClient *m_client = nullptr;
    QPointer<QObject> m_pending; // the reply, tracker or keychain job under way
    QPointer<DeliveryLog> m_log;
    qint64 m_attemptId = 0; // the log's row, once committed
    bool m_finished = false;
};
