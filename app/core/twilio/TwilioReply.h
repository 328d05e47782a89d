#pragma once

#include "RetryPolicy.h"
#include "TwilioError.h"
#include "TwilioRequests.h"
#include "TwilioTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <variant>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One Twilio operation in flight, retries included. Emits finished() exactly once, on every
// path (success, error, cancel); error() and the typed result are valid from then on. Created
// by TwilioClient as its child; delete it with deleteLater() once finished.
class TwilioReply : public QObject
{
    Q_OBJECT
public:
    enum class Operation {
        CreateMessage,
        FetchMessage,
        ListMessages,
        FetchAccount,
        FetchVerifyService,
        CreateVerification,
        FindIncomingPhoneNumber,
        FindOutgoingCallerId,
        FetchMessagingService,
        Raw, // any request: every HTTP answer is a result (rawAnswer), not an error
    };

    ~TwilioReply() override;

    Operation operation() const { return m_operation; }
    // What the operation does, for the user: "Sending the message", "Reading the message".
    static QString describe(Operation operation);
    const TwilioRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const TwilioError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; } // of the last attempt, 0 if none answered
    int attempts() const { return m_attempts; }

    // The result for the operation; a default value for other operations or on error.
    Message message() const; // CreateMessage, FetchMessage
    MessagePage messagePage() const; // ListMessages
    Account account() const;
    VerifyService verifyService() const;
    Verification verification() const;
    QList<IncomingPhoneNumber> incomingPhoneNumbers() const; // empty: not on this account
    QList<OutgoingCallerId> outgoingCallerIds() const; // empty: not verified
    MessagingService messagingService() const;
    RawAnswer rawAnswer() const; // Raw: the answer, whatever its status

    // Stops the operation; finished() is emitted (error kind Cancelled) before this returns.
    // Cancelling a POST in flight cannot take it back: the error then says to check the log.
    void cancel();

Q_SIGNALS:
    void finished();
    // A retry is scheduled; reason is translated (for the Run panel's log). notice is one
    // translated line for the user: what is being tried again, why, when, and how many tries
    // are left.
    void retrying(int nextAttempt, int delayMs, const QString &reason, const QString &notice);
    // One line per attempt and outcome, credentials already redacted.
    void logLine(const QString &line);

private:
    friend class TwilioClient;
    struct Settings
    {
        int timeoutMs = 15000;
        RetryPolicy retry;
    };
    using Result = std::variant<std::monostate, Message, MessagePage, Account, VerifyService,
                                Verification, QList<IncomingPhoneNumber>, QList<OutgoingCallerId>,
                                MessagingService, RawAnswer>;

    TwilioReply(Operation operation, const TwilioRequest &request, const TwilioCredentials &creds,
                QNetworkAccessManager *nam, const Settings &settings, QObject *parent);
    void start();
    void startAttempt();
    void onAttemptFinished();
    void onAttemptTimeout();
    void scheduleRetry(int delayMs, const QString &reason);
    void handleHttpAnswer(int status, const QByteArray &body, const QByteArray &retryAfter,
                          const QList<QPair<QByteArray, QByteArray>> &headers);
    void finishWith(const TwilioError &error, Result result = {});
    void finishLater(const TwilioError &error);
    MessageLookupHint lookupHint() const;
    void log(const QString &line);
    void dropReply(); // stops and deletes the attempt in flight, if any

    Operation m_operation;
    TwilioRequest m_request;
    TwilioCredentials m_credentials;
    QPointer<QNetworkAccessManager> m_nam;
    Settings m_settings;
    // The attempt in flight. Guarded: the access manager deletes its replies with itself, which
    // may come first when the application ends.
    QPointer<QNetworkReply> m_reply;
    QTimer *m_attemptTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_attemptClock;
    QDateTime m_startedUtc;
    QStringList m_sslErrors;
    bool m_timedOut = false;
    bool m_finished = false;
    int m_attempts = 0;
    int m_httpStatus = 0;
    TwilioError m_error;
    Result m_result;
};
