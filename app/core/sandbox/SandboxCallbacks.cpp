#include "TwilioSandboxPrivate.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;
using namespace SandboxWire;

// Status callbacks: each change POSTed to the message's StatusCallback (loopback only), signed
// like Twilio's.

void TwilioSandboxPrivate::scheduleCallbacks(const SandboxMessage &m)
{
    const quint64 scheduledIn = generation;
    const auto at
        = [this, scheduledIn, sid = m.sid](qint64 when, const QString &status, int errorCode) {
              QTimer::singleShot(std::max<qint64>(0, when - now()), q,
                                 [this, scheduledIn, sid, status, errorCode] {
                                     if (scheduledIn == generation)
                                         postCallback(sid, status, errorCode);
                                 });
          };
    if (m.outcome.finalStatus != u"failed"_s)
        at(m.sentMs, u"sent"_s, 0);
    at(m.finalMs, m.outcome.finalStatus, m.outcome.errorCode);
}

void TwilioSandboxPrivate::postCallback(const QString &sid, const QString &status, int errorCode)
{
    const auto it = std::find_if(messages.cbegin(), messages.cend(),
                                 [&](const SandboxMessage &m) { return m.sid == sid; });
    if (it == messages.cend())
        return;
    const SandboxMessage &m = *it;
    FormCodec::Fields fields {
        {u"AccountSid"_s, m.accountSid},
        {u"ApiVersion"_s, ApiVersion},
        {u"From"_s, m.from},
        {u"MessageSid"_s, m.sid},
        {u"MessageStatus"_s, status},
        {u"SmsSid"_s, m.sid},
        {u"SmsStatus"_s, status},
        {u"To"_s, m.to},
    };
    if (errorCode)
        fields.append({u"ErrorCode"_s, QString::number(errorCode)});
    if (!m.messagingServiceSid.isEmpty())
        fields.append({u"MessagingServiceSid"_s, m.messagingServiceSid});

    // X-Twilio-Signature: HMAC-SHA1 over the URL followed by each parameter name and value in
    // name order, keyed with the account's Auth Token, so receivers can test their validation.
    FormCodec::Fields sorted = fields;
    std::sort(sorted.begin(), sorted.end());
    QString signed_ = m.statusCallback;
    for (const auto &[key, value] : std::as_const(sorted))
        signed_ += key + value;
    const Account *account = findAccount(m.accountSid);
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signed_.toUtf8(),
                                           account ? account->authToken.toUtf8() : QByteArray(),
                                           QCryptographicHash::Sha1)
              .toBase64();

    if (!network)
        network = new QNetworkAccessManager(q);
    QNetworkRequest request {QUrl(m.statusCallback)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("X-Twilio-Signature", signature);
    request.setRawHeader("User-Agent", "TwilioProxy/1.1 (SMS Hook Console sandbox)");
    QNetworkReply *reply = network->post(request, FormCodec::encode(fields));
    const quint64 postedIn = generation;
    QObject::connect(
        reply, &QNetworkReply::finished, q, [this, reply, postedIn, sid, status, errorCode] {
            reply->deleteLater();
            if (postedIn != generation)
                return;
            TwilioSandbox::StatusCallback cb;
            cb.messageSid = sid;
            cb.status = status;
            cb.errorCode = errorCode;
            cb.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            callbacks.append(cb);
            Q_EMIT q->statusCallbackPosted(cb);
        });
}
