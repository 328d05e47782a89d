#pragma once

#include "sandbox/FormCodec.h"
#include "sandbox/SandboxFixtures.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class TwilioSandboxPrivate;

// A Twilio simulator on loopback: the REST endpoints the console uses (Messages, Accounts,
// IncomingPhoneNumbers, OutgoingCallerIds, Verify Services and Verifications) with Twilio's JSON
// shapes, error format, test-credential magic numbers, trial and suspended accounts, delivery
// progression, rate limiting and paging. The fixed accounts are in SandboxFixtures and
// docs/SANDBOX.md. Event-driven on the thread it lives in; it never blocks.
class TwilioSandbox : public QObject
{
    Q_OBJECT
public:
    // One request as the sandbox answered it, for tests and the console's sandbox log.
    struct LoggedRequest
    {
        QString method; // "GET", "POST"
        QString path; // URL path, without the query
        QString accountSid; // the authenticated account, empty when authentication failed
        FormCodec::Fields query; // decoded query string
        FormCodec::Fields form; // decoded form body
        int httpStatus = 0;
        int errorCode = 0; // Twilio error code of the answer, 0 on success
    };

    // A Verify verification the sandbox "sent", with the code the user would have received.
    struct Verification
    {
        QString sid; // VE...
        QString serviceSid;
        QString accountSid;
        QString to;
        QString channel;
        QString locale;
        QString code; // the CustomCode, or one the sandbox made up
        bool customCode = false;
    };

    // A message status update the sandbox POSTed to a StatusCallback URL.
    struct StatusCallback
    {
        QString messageSid;
        QString status;
        int errorCode = 0;
        int httpStatus = 0; // the callback receiver's answer, 0 when it could not be reached
    };

    // A message as the sandbox keeps it: what the simulated handset of its recipient receives
    // once it is delivered (finalStatus "delivered", finalAfterMs real milliseconds after
    // creation); an undelivered or failed one never reaches it.
    struct SentMessage
    {
        QString sid; // SM...
        QString accountSid;
        QString from;
        QString to;
        QString body;
        QString finalStatus; // delivered, undelivered, failed
        int errorCode = 0; // of the final status
        qint64 finalAfterMs = 0; // real milliseconds from creation to the final status
    };

    // When a message is sent and when it is final, in sandbox milliseconds after creation (before
    // the time scale is applied).
    static constexpr int SentAfterMs = 1000;
    static constexpr int FinalAfterMs = 3000;

    explicit TwilioSandbox(QObject *parent = nullptr);
    ~TwilioSandbox() override;

    static const SandboxFixtures::Credentials &credentials()
    {
        return SandboxFixtures::credentials();
    }

    // Listens on 127.0.0.1 only; port 0 picks a free port. False when the port is taken.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:PORT, the base of both the api.twilio.com and verify.twilio.com paths.
    QUrl baseUrl() const;

    // Real seconds per sandbox second: 0.05 makes a message delivered 150 ms after creation.
    // Applies to messages created afterwards.
    void setTimeScale(double scale);
    double timeScale() const;

    // Authenticated requests allowed per account in any one-second window; more get 429 with
    // Retry-After. 0 (the default) means no limit.
    void setRateLimit(int requestsPerSecond);
    int rateLimit() const;

    // Forgets messages, verifications, the request log and rate-limit history; keeps the port,
    // time scale and rate limit.
    void reset();

    QList<LoggedRequest> requestLog() const;
    // Requests whose method matches (empty: any) and whose path matches pathPattern, where '*'
    // stands for any run of characters, '/' included: requestCount("POST", "*/Messages.json").
    int requestCount(const QString &method, const QString &pathPattern) const;
    QList<Verification> verifications() const;
    QList<StatusCallback> statusCallbacks() const;
    // Every message created since the last reset(), oldest first.
    QList<SentMessage> messages() const;

Q_SIGNALS:
    void requestHandled(const TwilioSandbox::LoggedRequest &request);
    void statusCallbackPosted(const TwilioSandbox::StatusCallback &callback);
    // A message was created (its 201 is on its way).
    void messageCreated(const TwilioSandbox::SentMessage &message);

private:
    friend class TwilioSandboxPrivate;
    std::unique_ptr<TwilioSandboxPrivate> d;
};
