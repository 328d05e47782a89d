#pragma once

#include "SendResult.h"
#include "profile/Profile.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class DeliveryLog;
struct Attempt;
class QNetworkAccessManager;
class SecretStore;
class TwilioClient;
class TwilioReply;

// Sends one test SMS (Programmable SMS) or Verify code for a profile: reads the profile's secrets
// from the keychain (or takes them from setSecrets), checks the recipient, picks From,
// MessagingServiceSid or the Verify service from the secrets, sends through TwilioClient and
// follows delivery. Used by the Run panel, sms-hook-cli send/verify, and the hook runner (for
// the creations Twilio's SDK makes in hook and Action code, sent as the SDK built them).
// Emits finished() exactly once, on every path (always after start() has returned); never blocks;
// cancel() at any stage. The owner deletes the job; result() stays valid until then. Every
// message it creates is followed to its final status (followDelivery), also one the SDK made.
class SendJob : public QObject
{
    Q_OBJECT
public:
    // Twilio's limits on what a test send carries, checked the same way by every front. Empty
    // when acceptable; else translated, naming the field and the fix.
    static constexpr int MaxBodyCharacters = 1600; // Twilio error 21617
    static constexpr int MinCustomCodeDigits = 4; // Verify's CustomCode: 4 to 10 characters
    static constexpr int MaxCustomCodeDigits = 10;
    static QString checkBody(const QString &body);
    static QString checkCustomCode(const QString &code);

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
    // nothing can be sent twice). Emits lookupFinished once per call. When exactly one message
    // matches, the result takes it (SID, status, foundByLookup; the outcome follows its status)
    // and so does the log's row, so that a later sync merges into it instead of adding another.
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
    // Twilio accepted the creation (result() holds the message or verification and, for a
    // forwarded request, raw holds Twilio's answer as it came); delivery may still be followed
    // until finished().
    void answered();
    void finished();
    void lookupFinished(const QList<Message> &found, const TwilioError &error);

private:
    void run();
    void sendWithSecrets(const QMap<QString, QString> &secrets);
    void runForwarded();
    // Writes the log row, then calls send; without a usable log, sends with a warning.
    void recordThenSend(const std::function<void()> &send);
    void onForwardedAnswer(TwilioReply *reply);
    void post(const QMap<QString, QString> &secrets, const QMap<QString, QString> &values);
    Attempt attemptRow() const; // the log's row for this send, as far as it has gone
    void recordAttempt(); // rewrites the row, when there is one
    void onCreated(TwilioReply *reply);
    void onVerificationCreated(TwilioReply *reply);
    void track();
    void endAtCreation(); // not followed: the status Twilio created it with is the last known
    void failInput(const QString &message);
    void failLog(const QString &reason);
    void failCreate(const TwilioError &error); // the create request failed: what that means
    // The lookup's answer, without the messages other sends own: one left is this send's.
    void adoptLookup(const QList<Message> &found, const TwilioError &error);
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
