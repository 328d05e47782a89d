#pragma once

#include "Auth0Error.h"
#include "Auth0Requests.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class Auth0Client;
class QTimer;

// One Auth0 request in flight, token fetch and retries included. Emits finished() exactly once,
// on every path (success, error, cancel); error() and the answer are valid from then on. Created
// by Auth0Client as its child; delete it with deleteLater() once finished.
class Auth0Reply : public QObject
{
    Q_OBJECT
public:
    ~Auth0Reply() override;

    const Auth0Request &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const Auth0Error &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; } // of the last answer, 0 if none
    int attempts() const { return m_attempts; }

    // The answer's JSON (an object or an array; null for an empty 2xx body such as 204).
    const QJsonValue &json() const { return m_json; }
    QJsonObject object() const { return m_json.toObject(); }
    QJsonArray array() const { return m_json.toArray(); }
    // The JSON object of an error answer (Auth0's error body, with fields such as mfa_token that
    // Auth0Error does not keep); empty after a 2xx or when the body was not a JSON object.
    const QJsonObject &errorObject() const { return m_errorObject; }
    // A header of the last answer ("x-ratelimit-remaining", "link"), empty when absent.
    QByteArray rawHeader(const QByteArray &name) const;
    // The rel="next" link of the answer (logs checkpoint paging), empty when none.
    QUrl nextLink() const;

    // Stops the request; finished() is emitted (Cancelled) before this returns. A write in
    // flight may still have reached Auth0: the error says so.
    void cancel();

Q_SIGNALS:
    void finished();
    // A retry is scheduled; reason is translated.
    void retrying(int nextAttempt, int delayMs, const QString &reason);
    // Auth0 answered 429; the next try waits until resetUtc (shown to the user).
    void rateLimited(const QDateTime &resetUtc);
    void logLine(const QString &line);

private:
    friend class Auth0Client;
    Auth0Reply(const Auth0Request &request, Auth0Client *client);
    void start(); // asks the client for a token first when the request needs one
    void tokenReady(const QByteArray &accessToken); // from the client
    void tokenFailed(const Auth0Error &error); // from the client
    void startAttempt();
    void onAttemptFinished();
    void onAttemptTimeout();
    void handleAnswer(int status, const QByteArray &body);
    void scheduleRetry(int delayMs, const QString &reason);
    void finishWith(const Auth0Error &error);
    void finishLater(const Auth0Error &error);
    void log(const QString &line);

    Auth0Request m_request;
    QPointer<Auth0Client> m_client;
    QByteArray m_accessToken; // copied for this request's lifetime only
    QPointer<QNetworkReply> m_reply;
    QTimer *m_attemptTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_attemptClock;
    QStringList m_sslErrors;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QJsonValue m_json;
    QJsonObject m_errorObject;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_renewedAfter401 = false;
    int m_attempts = 0;
    int m_httpStatus = 0;
    Auth0Error m_error;
};
