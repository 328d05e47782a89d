#include "Auth0Reply.h"

#include "Auth0Client.h"
#include "twilio/OneShotBody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <utility>

Q_LOGGING_CATEGORY(lcAuth0, "smshook.auth0", QtInfoMsg)

namespace {

bool isGatewayStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

} // namespace

Auth0Reply::Auth0Reply(const Auth0Request &request, Auth0Client *client)
    : QObject(client),
      m_request(request),
      m_client(client),
      m_attemptTimer(new QTimer(this)),
      m_retryTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    // A coarse timer may fire up to 5% early; a retry before the reset is refused again.
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_attemptTimer, &QTimer::timeout, this, &Auth0Reply::onAttemptTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &Auth0Reply::startAttempt);
}

Auth0Reply::~Auth0Reply()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray Auth0Reply::rawHeader(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QUrl Auth0Reply::nextLink() const
{
    return Auth0Requests::parseNextLink(rawHeader("link"));
}

void Auth0Reply::start()
{
    if (!m_request.isValid()) {
        // Emitted from the event loop so that the caller can connect to finished() first.
        finishLater(Auth0Error::invalidRequest(
            m_request.error.isEmpty() ? tr("The request has no valid URL; check the tenant "
                                           "connection.")
                                      : m_request.error));
        return;
    }
    if (!m_request.needsToken) {
        startAttempt();
        return;
    }
    if (!m_client) {
        finishLater(Auth0Error::network(m_request.url.host(), tr("The client is gone."), true));
        return;
    }
    m_client->withToken(this, false);
}

void Auth0Reply::tokenReady(const QByteArray &accessToken)
{
    if (m_finished)
        return;
    m_accessToken = accessToken;
    // Name a missing scope before asking: Auth0 would answer a bare 403.
    if (m_client && !m_request.scopes.isEmpty()) {
        const QStringList granted = m_client->token().scopes;
        bool any = false;
        for (const QString &s : m_request.scopes)
            any = any || granted.contains(s);
        if (!granted.isEmpty() && !any) {
            finishLater(Auth0Error::missingScope(m_request.scopes, m_request.url.host()));
            return;
        }
    }
    // Called from the client's token handling: start from the event loop, never nested in it.
    QMetaObject::invokeMethod(this, &Auth0Reply::startAttempt, Qt::QueuedConnection);
}

void Auth0Reply::tokenFailed(const Auth0Error &error)
{
    finishLater(error);
}

void Auth0Reply::startAttempt()
{
    if (m_finished)
        return;
    QNetworkAccessManager *nam = m_client ? m_client->networkAccessManager() : nullptr;
    if (!nam) {
        finishLater(Auth0Error::network(m_request.url.host(),
                                        tr("The network access manager is gone."), true));
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_sslErrors.clear();
    m_headers.clear();
    m_errorObject = {};
    m_httpStatus = 0;
    log(tr("Attempt %1: %2").arg(m_attempts).arg(Auth0Requests::describeForLog(m_request)));

    QNetworkRequest request = Auth0Requests::toNetworkRequest(m_request, m_accessToken);
    const QByteArray verb = m_request.methodName();
    if (m_request.method == Auth0Request::Method::Get) {
        m_reply = nam->get(request);
    } else {
        // Streamed from a one-shot device so that Qt can never resend a write by itself.
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, this);
        m_reply = nam->sendCustomRequest(request, verb, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &Auth0Reply::onAttemptFinished);
#if QT_CONFIG(ssl)
    // Recorded for the explanation; never ignored, so the handshake fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
#endif
    m_attemptClock.start();
    m_attemptTimer->start(m_client->timeoutMs());
}

void Auth0Reply::onAttemptTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously
}

void Auth0Reply::onAttemptFinished()
{
    m_attemptTimer->stop();
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QString host = m_request.url.host();
    const bool read = m_request.isIdempotentRead();
    const int maxAttempts = m_client ? m_client->retryPolicy().maxAttempts : 1;
    const bool canRetry = m_attempts < maxAttempts;
    const int timeoutMs = m_client ? m_client->timeoutMs() : 0;

    if (m_timedOut) {
        log(tr("No answer within %1 ms").arg(timeoutMs));
        if (!read)
            finishWith(Auth0Error::outcomeUnknown(
                host, tr("no answer within %n second(s)", nullptr, (timeoutMs + 999) / 1000)));
        else if (canRetry)
            scheduleRetry(m_client->retryPolicy().backoffMs(m_attempts), tr("no answer in time"));
        else
            finishWith(Auth0Error::timeout(host, timeoutMs));
        return;
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        m_headers = reply->rawHeaderPairs();
        handleAnswer(status.toInt(), reply->readAll());
        return;
    }

    const QNetworkReply::NetworkError error = reply->error();
    const QString detail = error == QNetworkReply::ContentReSendError
        ? tr("The connection closed before the server answered.")
        : reply->errorString();
    log(tr("Network error: %1").arg(detail));
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        finishWith(Auth0Error::hostNotFound(host, detail));
        return;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        if (read && error == QNetworkReply::ConnectionRefusedError && canRetry) {
            scheduleRetry(m_client->retryPolicy().backoffMs(m_attempts), tr("connection refused"));
            return;
        }
        finishWith(Auth0Error::network(host, detail, true));
        return;
    case QNetworkReply::SslHandshakeFailedError: {
        QString tlsDetail = detail;
        if (!m_sslErrors.isEmpty())
            tlsDetail
                += QStringLiteral(" (") + m_sslErrors.join(QStringLiteral("; ")) + QLatin1Char(')');
        finishWith(Auth0Error::tls(host, tlsDetail));
        return;
    }
    default:
        break;
    }
    if (!read) {
        finishWith(Auth0Error::outcomeUnknown(
            host, tr("the connection failed after the request was sent: %1").arg(detail)));
        return;
    }
    const bool transient = error == QNetworkReply::RemoteHostClosedError
        || error == QNetworkReply::TemporaryNetworkFailureError
        || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::TimeoutError
        || error == QNetworkReply::UnknownNetworkError
        || error == QNetworkReply::ProxyConnectionClosedError
        || error == QNetworkReply::ProxyTimeoutError;
    if (transient && canRetry) {
        scheduleRetry(m_client->retryPolicy().backoffMs(m_attempts), detail);
        return;
    }
    finishWith(Auth0Error::network(host, detail, false));
}

void Auth0Reply::handleAnswer(int status, const QByteArray &body)
{
    m_httpStatus = status;
    const QString host = m_request.url.host();
    const bool read = m_request.isIdempotentRead();
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy();
    const bool canRetry = m_client && m_attempts < policy.maxAttempts;
    log(tr("HTTP %1 after %2 ms (%n byte(s))", nullptr, int(body.size()))
            .arg(status)
            .arg(m_attemptClock.elapsed()));

    if (status >= 200 && status < 300) {
        if (body.trimmed().isEmpty()) {
            m_json = QJsonValue();
            finishWith({});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (doc.isNull()) {
            finishWith(Auth0Error::invalidResponse(host, status, parseError.errorString()));
            return;
        }
        m_json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        finishWith({});
        return;
    }

    m_errorObject = QJsonDocument::fromJson(body).object();
    const Auth0Error error = Auth0Error::fromHttp(status, body, m_request.isTokenRequest(),
                                                  rawHeader("x-ratelimit-reset"), host);

    // 429: Auth0 refused the request without acting on it, so even a write may go again, once
    // the bucket refills.
    if (status == 429) {
        qint64 delay = -1;
        if (error.rateLimitReset.isValid())
            delay = QDateTime::currentDateTimeUtc().msecsTo(error.rateLimitReset) + 250;
        else if (const auto retryAfter = RetryPolicy::parseRetryAfter(
                     rawHeader("retry-after"), QDateTime::currentDateTimeUtc()))
            delay = *retryAfter;
        if (delay < 0)
            delay = policy.backoffMs(m_attempts);
        if (canRetry && delay <= Auth0Client::MaxRateLimitWaitMs) {
            const QDateTime resetUtc = QDateTime::currentDateTimeUtc().addMSecs(delay);
            Q_EMIT rateLimited(resetUtc);
            scheduleRetry(int(std::max<qint64>(delay, 0)), tr("Auth0 rate limit (HTTP 429)"));
            return;
        }
        finishWith(error);
        return;
    }
    // A 401 from the Management API: the token expired or was revoked. One new token, one more
    // try; Auth0 did nothing with the refused request, so a write may go again too.
    if (status == 401 && m_request.needsToken && !m_renewedAfter401 && m_client) {
        m_renewedAfter401 = true;
        log(tr("The token was refused; getting a new one."));
        m_client->withToken(this, true);
        return;
    }
    if (read && (isGatewayStatus(status) || status == 500) && canRetry) {
        scheduleRetry(policy.backoffMs(m_attempts), tr("HTTP %1").arg(status));
        return;
    }
    if (!read && (status == 502 || status == 504)) {
        // A gateway answered: Auth0 behind it may have made the change.
        Auth0Error unknown
            = Auth0Error::outcomeUnknown(host, tr("a gateway answered HTTP %1").arg(status));
        unknown.httpStatus = status;
        finishWith(unknown);
        return;
    }
    // An error status whose body is not Auth0's JSON: something else answered (a proxy, a
    // wrong base URL). Server errors keep their kind: a gateway page is still a server error.
    if (status < 500 && !body.trimmed().isEmpty() && !QJsonDocument::fromJson(body).isObject()) {
        finishWith(Auth0Error::invalidResponse(host, status, tr("the body is not JSON")));
        return;
    }
    finishWith(error);
}

void Auth0Reply::scheduleRetry(int delayMs, const QString &reason)
{
    log(tr("Retrying in %1 ms (%2)").arg(delayMs).arg(reason));
    Q_EMIT retrying(m_attempts + 1, delayMs, reason);
    if (!m_finished)
        m_retryTimer->start(delayMs);
}

void Auth0Reply::cancel()
{
    if (m_finished)
        return;
    const bool inFlight = m_reply != nullptr;
    m_retryTimer->stop();
    m_attemptTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply.data();
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    finishWith(Auth0Error::cancelled(inFlight && !m_request.isIdempotentRead()));
}

void Auth0Reply::finishWith(const Auth0Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer->stop();
    m_attemptTimer->stop();
    m_error = error;
    m_accessToken.clear(); // the client keeps the token; this copy goes now
    if (error.isError())
        log(tr("Failed (%1): %2").arg(Auth0Error::kindName(error.kind), error.summary()));
    else
        log(tr("Done after %n attempt(s).", nullptr, m_attempts));
    Q_EMIT finished();
}

void Auth0Reply::finishLater(const Auth0Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finishWith(error); }, Qt::QueuedConnection);
}

void Auth0Reply::log(const QString &line)
{
    const QString safe = m_client ? m_client->redact(line) : line;
    qCDebug(lcAuth0).noquote() << safe; // QT_LOGGING_RULES="smshook.auth0.debug=true"
    Q_EMIT logLine(safe);
}
