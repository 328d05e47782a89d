#include "TwilioReply.h"

#include "OneShotBody.h"
#include "TwilioParser.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <utility>

Q_LOGGING_CATEGORY(lcTwilio, "smshook.twilio", QtInfoMsg)

namespace {

bool isGatewayStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

template<typename T, typename Variant> T resultAs(const Variant &r)
{
    if (const T *v = std::get_if<T>(&r))
        return *v;
    return T {};
}

} // namespace

TwilioReply::TwilioReply(Operation operation, const TwilioRequest &request,
                         const TwilioCredentials &creds, QNetworkAccessManager *nam,
                         const Settings &settings, QObject *parent)
    : QObject(parent),
      m_operation(operation),
      m_request(request),
      m_credentials(creds),
      m_nam(nam),
      m_settings(settings),
      m_attemptTimer(new QTimer(this)),
      m_retryTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    // A coarse timer may fire up to 5% early; a retry before Retry-After ends is refused again.
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_attemptTimer, &QTimer::timeout, this, &TwilioReply::onAttemptTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &TwilioReply::startAttempt);
}

TwilioReply::~TwilioReply()
{
    dropReply();
}

void TwilioReply::dropReply()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    // Deleted, not aborted: deleting stops the request all the same, while abort() on a reply
    // whose failure is still on its way from Qt's HTTP thread (a refused connection) makes Qt
    // warn "this method must only be called once" on stderr.
    reply->deleteLater();
}

Message TwilioReply::message() const
{
    return resultAs<Message>(m_result);
}
MessagePage TwilioReply::messagePage() const
{
    return resultAs<MessagePage>(m_result);
}
Account TwilioReply::account() const
{
    return resultAs<Account>(m_result);
}
VerifyService TwilioReply::verifyService() const
{
    return resultAs<VerifyService>(m_result);
}
Verification TwilioReply::verification() const
{
    return resultAs<Verification>(m_result);
}
QList<IncomingPhoneNumber> TwilioReply::incomingPhoneNumbers() const
{
    return resultAs<QList<IncomingPhoneNumber>>(m_result);
}
QList<OutgoingCallerId> TwilioReply::outgoingCallerIds() const
{
    return resultAs<QList<OutgoingCallerId>>(m_result);
}
MessagingService TwilioReply::messagingService() const
{
    return resultAs<MessagingService>(m_result);
}
RawAnswer TwilioReply::rawAnswer() const
{
    return resultAs<RawAnswer>(m_result);
}

void TwilioReply::start()
{
    m_startedUtc = QDateTime::currentDateTimeUtc();
    if (!m_request.isValid()) {
        // Emitted from the event loop so that the caller can connect to finished() first.
        finishLater(TwilioError::invalidRequest(
            m_request.error.isEmpty() ? tr("The request has no valid URL; check the profile.")
                                      : m_request.error));
        return;
    }
    startAttempt();
}

void TwilioReply::startAttempt()
{
    if (m_finished)
        return;
    if (!m_nam) {
        finishLater(TwilioError::network(m_request.url.host(),
                                         tr("The network access manager is gone."), true));
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_sslErrors.clear();
    m_httpStatus = 0;
    log(tr("Attempt %1: %2")
            .arg(m_attempts)
            .arg(TwilioRequests::describeForLog(m_request, m_credentials)));

    QNetworkRequest request = TwilioRequests::toNetworkRequest(m_request);
    if (m_request.method == TwilioRequest::Method::Post
        || m_request.method == TwilioRequest::Method::Put) {
        // Streamed from a one-shot device: see OneShotBody for why.
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, this);
        m_reply = m_request.isPost() ? m_nam->post(request, body) : m_nam->put(request, body);
        body->setParent(m_reply); // lives as long as the upload
    } else if (m_request.method == TwilioRequest::Method::Delete) {
        m_reply = m_nam->deleteResource(request);
    } else {
        m_reply = m_nam->get(request);
    }
    connect(m_reply, &QNetworkReply::finished, this, &TwilioReply::onAttemptFinished);
#if QT_CONFIG(ssl)
    // Recorded for the explanation; never ignored, so the handshake fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
#endif
    m_attemptClock.start();
    m_attemptTimer->start(m_settings.timeoutMs);
}

void TwilioReply::onAttemptTimeout()
{
    if (!m_reply)
        return;
    if (m_reply->error() != QNetworkReply::NoError)
        return; // failed already: its finished() is on the way and tells what happened
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously
}

MessageLookupHint TwilioReply::lookupHint() const
{
    MessageLookupHint hint;
    if (!m_request.isWrite())
        return hint;
    // The body is ours and percent-encodes '+', so QUrlQuery reads it back faithfully.
    const QUrlQuery form(QString::fromLatin1(m_request.body));
    hint.to = form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded);
    hint.from = form.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded);
    if (hint.from.isEmpty())
        hint.from = form.queryItemValue(QStringLiteral("MessagingServiceSid"), QUrl::FullyDecoded);
    hint.notBefore = m_startedUtc;
    hint.notAfter = QDateTime::currentDateTimeUtc();
    return hint;
}

void TwilioReply::onAttemptFinished()
{
    m_attemptTimer->stop();
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    const QString host = m_request.url.host();
    // Any write (POST, PUT, DELETE) that may have arrived is never sent again.
    const bool post = m_request.isWrite();
    const bool canRetry = m_attempts < m_settings.retry.maxAttempts;

    if (m_timedOut) {
        log(tr("No answer within %1 ms").arg(m_settings.timeoutMs));
        if (post) {
            finishWith(
                TwilioError::outcomeUnknown(host,
                                            tr("No answer within %1 s after the request was sent.")
                                                .arg((m_settings.timeoutMs + 999) / 1000),
                                            lookupHint()));
        } else if (canRetry) {
            scheduleRetry(m_settings.retry.backoffMs(m_attempts), tr("no answer in time"));
        } else {
            finishWith(TwilioError::timeout(host, m_settings.timeoutMs));
        }
        return;
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const auto &h : reply->rawHeaderPairs())
            headers.append(qMakePair(h.first.toLower(), h.second));
        handleHttpAnswer(status.toInt(), reply->readAll(), reply->rawHeader("Retry-After"),
                         headers);
        return;
    }

    const QNetworkReply::NetworkError error = reply->error();
    // ContentReSendError is OneShotBody refusing Qt's silent resend; Qt's own text for it says
    // nothing useful.
    const QString detail = error == QNetworkReply::ContentReSendError
        ? tr("The connection closed before the server answered.")
        : TwilioRequests::redact(reply->errorString(), m_credentials);
    log(tr("Network error: %1").arg(detail));
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        // Refused before a connection existed: nothing reached Twilio. A refused GET may be a
        // restarting server, worth another try; a POST is only reported, never resent by itself.
        if (!post && error == QNetworkReply::ConnectionRefusedError && canRetry) {
            scheduleRetry(m_settings.retry.backoffMs(m_attempts), tr("connection refused"));
            return;
        }
        finishWith(TwilioError::network(host, detail, true));
        return;
    case QNetworkReply::SslHandshakeFailedError: {
        QString tlsDetail = detail;
        if (!m_sslErrors.isEmpty())
            tlsDetail
                += QStringLiteral(" (") + m_sslErrors.join(QStringLiteral("; ")) + QLatin1Char(')');
        finishWith(TwilioError::tls(host, tlsDetail));
        return;
    }
    default:
        break;
    }
    // Reset, closed, or anything else after the connection was up: a POST may have arrived.
    if (post) {
        finishWith(TwilioError::outcomeUnknown(
            host, tr("The connection failed after the request was sent: %1").arg(detail),
            lookupHint()));
        return;
    }
    const bool transient = error == QNetworkReply::RemoteHostClosedError
        || error == QNetworkReply::TemporaryNetworkFailureError
        || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::TimeoutError
        || error == QNetworkReply::UnknownNetworkError
        || error == QNetworkReply::ProxyConnectionClosedError
        || error == QNetworkReply::ProxyTimeoutError
        || error == QNetworkReply::OperationCanceledError;
    if (transient && canRetry) {
        scheduleRetry(m_settings.retry.backoffMs(m_attempts), detail);
        return;
    }
    finishWith(TwilioError::network(host, detail, false));
}

void TwilioReply::handleHttpAnswer(int status, const QByteArray &body, const QByteArray &retryAfter,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_httpStatus = status;
    const QString host = m_request.url.host();
    const bool post = m_request.isWrite();
    const bool canRetry = m_attempts < m_settings.retry.maxAttempts;
    log(tr("HTTP %1 after %2 ms (%n byte(s))", nullptr, int(body.size()))
            .arg(status)
            .arg(m_attemptClock.elapsed()));

    // 429: Twilio refused the request without acting on it, so even a POST may be sent again.
    if (status == 429 && canRetry) {
        const int delay = m_settings.retry.retryAfterDelayMs(
            retryAfter, QDateTime::currentDateTimeUtc(), m_attempts);
        scheduleRetry(delay, tr("Twilio asked to slow down (HTTP 429)"));
        return;
    }
    if (!post && isGatewayStatus(status) && canRetry) {
        scheduleRetry(m_settings.retry.backoffMs(m_attempts), tr("HTTP %1").arg(status));
        return;
    }

    if (m_operation == Operation::Raw) {
        // The caller (Twilio's SDK in the local runner) reads the status and errors itself.
        finishWith(TwilioError(), RawAnswer {status, body, headers});
        return;
    }

    TwilioError error;
    Result result;
    auto take = [&](const auto &parsed) {
        error = parsed.error;
        if (parsed.isOk())
            result = parsed.value;
    };
    switch (m_operation) {
    case Operation::CreateMessage:
    case Operation::FetchMessage:
        take(TwilioParser::message(status, body));
        break;
    case Operation::ListMessages:
        take(TwilioParser::messagePage(status, body));
        break;
    case Operation::FetchAccount:
        take(TwilioParser::account(status, body));
        break;
    case Operation::FetchVerifyService:
        take(TwilioParser::verifyService(status, body));
        break;
    case Operation::CreateVerification:
        take(TwilioParser::verification(status, body));
        break;
    case Operation::FindIncomingPhoneNumber:
        take(TwilioParser::incomingPhoneNumbers(status, body));
        break;
    case Operation::FindOutgoingCallerId:
        take(TwilioParser::outgoingCallerIds(status, body));
        break;
    case Operation::FetchMessagingService:
        take(TwilioParser::messagingService(status, body));
        break;
    case Operation::Raw:
        break;
    }

    if (error.kind == TwilioError::Kind::InvalidResponse) {
        error = TwilioError::invalidResponse(host, status, error.detail);
        if (post)
            error.lookup = lookupHint(); // a 2xx that we cannot read may still be a sent message
    } else if (post && error.kind == TwilioError::Kind::Http && status < 500) {
        error.notSent = true; // Twilio refused it (validation, auth, 429): nothing was created
    } else if (post && error.kind == TwilioError::Kind::Http && status >= 500) {
        if (status == 502 || status == 504) {
            // A gateway answered: Twilio behind it may have taken the request.
            TwilioError unknown = TwilioError::outcomeUnknown(
                host, tr("A gateway answered HTTP %1.").arg(status), lookupHint());
            unknown.httpStatus = status;
            error = unknown;
        } else {
            error.lookup = lookupHint();
        }
    }
    finishWith(error, result);
}

QString TwilioReply::describe(Operation operation)
{
    switch (operation) {
    case Operation::CreateMessage:
        return tr("Sending the message");
    case Operation::FetchMessage:
        return tr("Reading the message's status");
    case Operation::ListMessages:
        return tr("Reading Twilio's message log");
    case Operation::FetchAccount:
        return tr("Reading the account");
    case Operation::FetchVerifyService:
        return tr("Reading the Verify service");
    case Operation::CreateVerification:
        return tr("Sending the verification");
    case Operation::FindIncomingPhoneNumber:
        return tr("Looking up the sender's number");
    case Operation::FindOutgoingCallerId:
        return tr("Looking up the verified caller IDs");
    case Operation::FetchMessagingService:
        return tr("Reading the Messaging Service");
    case Operation::Raw:
        return tr("The code's Twilio request");
    }
    return tr("Asking Twilio");
}

void TwilioReply::scheduleRetry(int delayMs, const QString &reason)
{
    log(tr("Retrying in %1 ms (%2)").arg(delayMs).arg(reason));
    //: %1 what is being done, %2 why it failed, %3 seconds, %4 the next attempt, %5 all attempts
    const QString notice = tr("%1 failed (%2); trying again in %3 s, attempt %4 of %5.")
                               .arg(describe(m_operation), reason)
                               .arg(QString::number(delayMs / 1000.0, 'f', delayMs % 1000 ? 1 : 0))
                               .arg(m_attempts + 1)
                               .arg(m_settings.retry.maxAttempts);
    Q_EMIT retrying(m_attempts + 1, delayMs, reason, notice);
    if (!m_finished)
        m_retryTimer->start(delayMs);
}

void TwilioReply::cancel()
{
    if (m_finished)
        return;
    const bool inFlight = m_reply != nullptr;
    m_retryTimer->stop();
    m_attemptTimer->stop();
    dropReply();
    TwilioError error = TwilioError::cancelled(inFlight && m_request.isWrite());
    if (inFlight && m_request.isWrite())
        error.lookup = lookupHint();
    finishWith(error);
}

void TwilioReply::finishWith(const TwilioError &error, Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer->stop();
    m_attemptTimer->stop();
    m_error = error;
    m_result = std::move(result);
    if (error.isError())
        log(tr("Failed (%1): %2").arg(TwilioError::kindName(error.kind), error.message));
    else
        log(tr("Done after %n attempt(s).", nullptr, m_attempts));
    Q_EMIT finished();
}

void TwilioReply::finishLater(const TwilioError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finishWith(error); }, Qt::QueuedConnection);
}

void TwilioReply::log(const QString &line)
{
    const QString safe = TwilioRequests::redact(line, m_credentials);
    qCDebug(lcTwilio).noquote() << safe; // QT_LOGGING_RULES="smshook.twilio.debug=true"
    Q_EMIT logLine(safe);
}
