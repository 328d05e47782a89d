#include "TwilioForwarder.h"

#include "log/DeliveryLog.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

constexpr int MaxSummaryValue = 160;

enum class Creation { None, Message, Verification };

// Message and verification creations, told by the product and path the SDK aimed at.
Creation creationOf(TwilioRequest::Method method, const QUrl &sdkUrl)
{
    if (method != TwilioRequest::Method::Post)
        return Creation::None;
    static const QRegularExpression messages(
        QStringLiteral("^/2010-04-01/Accounts/[A-Za-z0-9]+/Messages\\.json$"));
    static const QRegularExpression verifications(
        QStringLiteral("^/v2/Services/[A-Za-z0-9]+/Verifications$"));
    const QString product = sdkUrl.host().section(QLatin1Char('.'), 0, 0);
    const QString path = sdkUrl.path();
    if (product == QLatin1String("api") && messages.match(path).hasMatch())
        return Creation::Message;
    if (product == QLatin1String("verify") && verifications.match(path).hasMatch())
        return Creation::Verification;
    return Creation::None;
}

QString decodedBody(const QByteArray &body)
{
    return QUrl::fromPercentEncoding(QByteArray(body).replace('+', ' '));
}

// Twilio's "code message" from an error body, or the status alone.
QString twilioErrorText(const RawAnswer &answer)
{
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    const int code = o.value(QLatin1String("code")).toInt();
    const QString message = o.value(QLatin1String("message")).toString();
    if (code != 0)
        return QStringLiteral("%1 %2").arg(code).arg(message);
    return message.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.status) : message;
}

} // namespace

TwilioForwarder::TwilioForwarder(const Profile &profile, DeliveryLog *log,
                                 QNetworkAccessManager *network, SendRequest::Source source,
                                 QObject *parent)
    : QObject(parent), m_profile(profile), m_log(log), m_network(network), m_source(source)
{ }

QString TwilioForwarder::summarize(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return {};
    if (contentType.startsWith("application/json"))
        return QString::fromUtf8(body.left(MaxSummaryValue * 2));
    QStringList parts;
    const QUrlQuery form(QString::fromUtf8(body));
    for (const auto &item : form.queryItems(QUrl::FullyDecoded)) {
        QString value = item.second;
        // A one-time code is as good as a password while it is valid.
        if (item.first == QLatin1String("CustomCode"))
            value = QStringLiteral("***");
        else if (value.size() > MaxSummaryValue)
            value = value.left(MaxSummaryValue) + QStringLiteral("…");
        parts << item.first + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

void TwilioForwarder::start(const ForwardedRequest &request,
                            const std::function<bool(const QString &)> &containsSecret)
{
    m_clock.start();
    m_result.method = request.method.toUpper();
    m_result.url = request.url.toString(QUrl::RemoveUserInfo);
    const auto method = TwilioRequests::methodFromName(request.method);
    if (!method) {
        fail(QStringLiteral("Refused"),
             tr("Twilio's API has no %1 requests; the console did not send it.")
                 .arg(request.method));
        return;
    }
    QByteArray contentType;
    for (const auto &h : request.headers) {
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = h.second;
    }
    m_result.summary = summarize(request.body, contentType);
    const TwilioCredentials credentials {request.username, request.password};
    const TwilioRequest routed
        = TwilioRequests::raw(m_profile, credentials, *method, request.url, request.body,
                              contentType, request.headers, request.authorization);
    if (!routed.isValid()) {
        fail(QStringLiteral("Refused"), routed.error);
        return;
    }
    m_result.url = routed.url.toString(QUrl::RemoveUserInfo);

    const Creation creation = creationOf(*method, request.url);
    if (creation == Creation::None) {
        m_client = new TwilioClient(m_profile, credentials, m_network, this);
        m_reply = m_client->sendRaw(routed);
        connect(m_reply, &TwilioReply::finished, this, &TwilioForwarder::onRawFinished);
        return;
    }
    // A secret in a message would reach Twilio, the phone and the delivery log: never send it.
    if (containsSecret && containsSecret(decodedBody(request.body))) {
        fail(QStringLiteral("Refused"),
             tr("The message contains the value of a secret (perhaps in another form); the "
                "console does not send secrets. Remove it from the message."));
        return;
    }
    SendRequest send;
    send.api = creation == Creation::Verification ? SendRequest::Api::Verify
                                                  : SendRequest::Api::Messages;
    send.source = m_source;
    // The SDK resolves on Twilio's answer; the job then follows the message to its final
    // status on its own, recorded in the log, like a send from the Run page.
    send.followDelivery = true;
    send.forwarded = routed;
    send.forwardedCredentials = credentials;
    m_job = new SendJob(m_profile, nullptr, m_network, this);
    if (m_log)
        m_job->setDeliveryLog(m_log);
    if (m_pollIntervalMs > 0)
        m_job->setPollIntervalMs(m_pollIntervalMs);
    if (m_receiptWaitMs > 0)
        m_job->setReceiptWaitMs(m_receiptWaitMs);
    m_result.logged = m_log != nullptr;
    connect(m_job, &SendJob::answered, this, &TwilioForwarder::onSendJobFinished);
    connect(m_job, &SendJob::finished, this, &TwilioForwarder::onSendJobFinished);
    m_job->start(send);
}

void TwilioForwarder::onSendJobFinished()
{
    if (m_done)
        return;
    SendJob *job = m_job;
    const SendResult &r = job->result();
    if (r.raw.status == 0) {
        fail(TwilioError::kindName(r.error.kind), r.summary());
        return;
    }
    if (!job->result().isFinished()) {
        // Still following delivery: the job outlives this request (and the run), owned by the
        // network it polls through, and goes once the message has its final status.
        m_job = nullptr;
        job->setParent(m_network);
        connect(job, &SendJob::finished, job, &QObject::deleteLater);
        Q_EMIT followingDelivery(job);
    }
    m_result.answered = true;
    m_result.answer = r.raw;
    m_result.sid = r.verification.sid.isEmpty() ? r.message.sid : r.verification.sid;
    if (r.raw.status >= 400)
        m_result.error = twilioErrorText(r.raw);
    finishLater();
}

void TwilioForwarder::onRawFinished()
{
    if (m_done)
        return;
    TwilioReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!reply->isOk()) {
        const TwilioError &e = reply->error();
        fail(TwilioError::kindName(e.kind), e.userText());
        return;
    }
    m_result.answered = true;
    m_result.answer = reply->rawAnswer();
    if (m_result.answer.status >= 400)
        m_result.error = twilioErrorText(m_result.answer);
    else
        m_result.sid = QJsonDocument::fromJson(m_result.answer.body)
                           .object()
                           .value(QLatin1String("sid"))
                           .toString();
    finishLater();
}

void TwilioForwarder::fail(const QString &code, const QString &message)
{
    m_result.answered = false;
    m_result.failureCode = code;
    m_result.failure = message;
    m_result.error = message;
    finishLater();
}

void TwilioForwarder::finishLater()
{
    if (m_done)
        return;
    m_done = true;
    m_result.elapsedMs = m_clock.elapsed();
    // Queued: finished() never fires inside start().
    QMetaObject::invokeMethod(this, &TwilioForwarder::finished, Qt::QueuedConnection);
}

void TwilioForwarder::cancel()
{
    if (m_done)
        return;
    if (m_job)
        m_job->cancel(); // its finished() follows, with what became of the attempt
    if (m_reply)
        m_reply->cancel();
}
