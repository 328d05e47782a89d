#include "DeliveryTracker.h"

#include "TwilioClient.h"

#include <QTimer>

DeliveryTracker::DeliveryTracker(TwilioClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &DeliveryTracker::poll);
}

DeliveryTracker::~DeliveryTracker()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
        m_reply->deleteLater();
    }
}

void DeliveryTracker::start(const QString &messageSid, const Message &initial)
{
    if (m_running)
        cancel();
    m_timeline = {};
    m_timeline.messageSid = messageSid;
    m_running = true;
    m_failedPolls = 0;
    m_startedUtc = QDateTime::currentDateTimeUtc();
    m_sentSinceUtc = {};
    if (!initial.status.isEmpty()) {
        record(initial);
        if (!m_running)
            return; // already final
    }
    m_pollTimer->start(m_pollIntervalMs);
}

void DeliveryTracker::cancel()
{
    if (!m_running)
        return;
    m_pollTimer->stop();
    if (m_reply) {
        TwilioReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
        reply->deleteLater();
    }
    finish(DeliveryTimeline::Outcome::Cancelled);
}

void DeliveryTracker::poll()
{
    if (!m_running)
        return;
    if (!m_client) {
        finish(DeliveryTimeline::Outcome::Error,
               TwilioError::invalidRequest(tr("The Twilio client is gone.")));
        return;
    }
    m_reply = m_client->fetchMessage(m_timeline.messageSid);
    connect(m_reply, &TwilioReply::finished, this, &DeliveryTracker::onPolled);
}

void DeliveryTracker::onPolled()
{
    TwilioReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (!m_running)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reply->isOk()) {
        m_failedPolls = 0;
        record(reply->message());
        if (!m_running)
            return;
    } else {
        const TwilioError &error = reply->error();
        // A message that does not exist, or refused credentials, will not get better.
        const bool permanent = error.kind == TwilioError::Kind::Http && error.httpStatus != 429
            && error.httpStatus < 500;
        if (permanent || ++m_failedPolls >= m_maxFailedPolls) {
            finish(DeliveryTimeline::Outcome::Error, error);
            return;
        }
        //: %1 failed polls so far, %n the most before giving up, %2 why, %3 seconds
        Q_EMIT pollFailed(tr("The delivery status could not be read (%1 of %n tries): %2 "
                             "Polling again in %3 s.",
                             nullptr, m_maxFailedPolls)
                              .arg(m_failedPolls)
                              .arg(error.message)
                              .arg(QString::number(m_pollIntervalMs / 1000.0, 'f',
                                                   m_pollIntervalMs % 1000 ? 1 : 0)));
    }
    if (m_sentSinceUtc.isValid() && m_sentSinceUtc.msecsTo(now) >= m_receiptWaitMs) {
        finish(DeliveryTimeline::Outcome::SentNoReceipt);
        return;
    }
    if (m_startedUtc.msecsTo(now) >= m_maxDurationMs) {
        finish(DeliveryTimeline::Outcome::GaveUp);
        return;
    }
    m_pollTimer->start(m_pollIntervalMs);
}

void DeliveryTracker::record(const Message &message)
{
    m_timeline.lastMessage = message;
    const QString previous
        = m_timeline.transitions.isEmpty() ? QString() : m_timeline.transitions.last().status;
    if (message.status != previous) {
        StatusTransition t;
        t.status = message.status;
        t.at = QDateTime::currentDateTimeUtc();
        t.errorCode = message.errorCode;
        t.errorMessage = message.errorMessage;
        m_timeline.transitions.append(t);
        if (message.status == QLatin1String("sent"))
            m_sentSinceUtc = t.at;
        Q_EMIT statusChanged(t);
    }
    if (Message::isFinalStatus(message.status))
        finish(DeliveryTimeline::Outcome::Final);
}

void DeliveryTracker::finish(DeliveryTimeline::Outcome outcome, const TwilioError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer->stop();
    m_timeline.outcome = outcome;
    m_timeline.error = error;
    Q_EMIT finished(m_timeline);
}
