#pragma once

#include "Auth0Connection.h"
#include "Auth0Reply.h"
#include "Auth0Types.h"
#include "twilio/RetryPolicy.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

// The console's client for one Auth0 tenant's Management API (and, through the same token
// handling, its /oauth/token endpoint). Gets a token with the client credentials when a request
// needs one, keeps it in memory only, and renews it before it expires (renewalMarginSecs); a
// request that meets a 401 gets one new token and one more try (Auth0 refused it, so nothing was
// done). GETs are retried on transient failures; a write only on 429 (refused, not done) after
// x-ratelimit-reset, never after it may have reached Auth0.
//
// Every request returns an Auth0Reply that emits finished() exactly once; read the answer with
// Auth0Parser. Requests are built by Auth0Requests over connection().
class Auth0Client : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr int DefaultRenewalMarginSecs = 300;
    // A 429 whose reset is further away than this is reported, not waited for.
    static constexpr int MaxRateLimitWaitMs = 60000;

    // nam may be shared; when null the client makes its own. clientSecret stays in memory.
    Auth0Client(const Auth0Connection &connection, const QString &clientSecret,
                QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~Auth0Client() override;

    const Auth0Connection &connection() const { return m_connection; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // A token is renewed once less than this is left (at most half its lifetime, so that a short
    // token is still used).
    void setRenewalMarginSecs(int secs) { m_renewalMarginSecs = secs; }
    // The clock tokens are stamped and judged with (tests move it forward).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The token in memory (empty before the first request, or after forgetToken()).
    const Auth0Token &token() const { return m_token; }
    bool hasFreshToken() const;
    // Drops the token (and nothing else) from memory.
    void forgetToken();

    // Gets a new token now, whatever the one in memory: proves the credentials (connect).
    Auth0Reply *fetchToken();
    // Sends a Management API request, with a fresh token first when it needs one.
    Auth0Reply *send(const Auth0Request &request);

Q_SIGNALS:
    // One line per attempt and outcome, secrets and token already redacted.
    void logLine(const QString &line);
    // A new token is in memory.
    void tokenObtained();

private:
    friend class Auth0Reply;
    Auth0Reply *makeReply(const Auth0Request &request);
    // Called by a reply that needs a token: now if fresh, else once the token request answers.
    void withToken(Auth0Reply *reply, bool forceNew);
    void onTokenReply();
    // line with the client secret and the token replaced by "***".
    QString redact(const QString &line) const;

    Auth0Connection m_connection;
    QString m_clientSecret;
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_renewalMarginSecs = DefaultRenewalMarginSecs;
    RetryPolicy m_retry;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    Auth0Token m_token;
    QPointer<Auth0Reply> m_tokenReply; // the token request in flight, shared by the waiting
    QList<QPointer<Auth0Reply>> m_waiting; // replies waiting for that token
};
