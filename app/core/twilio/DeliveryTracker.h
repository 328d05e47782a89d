#pragma once

#include "TwilioError.h"
#include "TwilioTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;
class TwilioClient;
class TwilioReply;

// One status change of a message, with the time the console saw it (UTC).
struct StatusTransition
{
    QString status;
    QDateTime at;
    int errorCode = 0;
    QString errorMessage;
};

struct DeliveryTimeline
{
    enum class Outcome {
        Final, // delivered, undelivered, failed, canceled or read
        SentNoReceipt, // `sent`, and no receipt within the receipt wait: counted as final
        GaveUp, // no final status within the overall bound
        Error, // fetching the message failed (error holds why)
        Cancelled,
    };
    QString messageSid;
    QList<StatusTransition> transitions;
    Outcome outcome = Outcome::Cancelled;
    Message lastMessage;
    TwilioError error;
};

// Follows a created message until Twilio reports a final status, polling its Message resource.
// Reports each status change as it happens and, exactly once, the whole timeline.
class DeliveryTracker : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryTracker(TwilioClient *client, QObject *parent = nullptr);
    ~DeliveryTracker() override;

    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    int pollIntervalMs() const { return m_pollIntervalMs; }
    // How long to wait for a delivery receipt once the status is `sent` (many carriers send none).
    void setReceiptWaitMs(int ms) { m_receiptWaitMs = ms; }
    int receiptWaitMs() const { return m_receiptWaitMs; }
    // Overall bound on following one message.
    void setMaxDurationMs(int ms) { m_maxDurationMs = ms; }
    // Consecutive failed polls (after the client's own retries) before giving up.
    void setMaxFailedPolls(int n) { m_maxFailedPolls = n; }

    // Starts following messageSid. initial is the message as created, when known: its status is
    // the first transition. Restarting while running cancels the previous run first.
    void start(const QString &messageSid, const Message &initial = {});
    void cancel();
    bool isRunning() const { return m_running; }
    const DeliveryTimeline &timeline() const { return m_timeline; }

Q_SIGNALS:
    void statusChanged(const StatusTransition &transition);
    // A poll failed (after the client's own retries) and the next one is scheduled; notice says
    // so, with how many failures are left before the tracker gives up.
    void pollFailed(const QString &notice);
    void finished(const DeliveryTimeline &timeline);

private:
    void poll();
    void onPolled();
    void record(const Message &message);
    void finish(DeliveryTimeline::Outcome outcome, const TwilioError &error = {});

    QPointer<TwilioClient> m_client;
    QPointer<TwilioReply> m_reply;
    QTimer *m_pollTimer;
    int m_pollIntervalMs = 3000;
    int m_receiptWaitMs = 60000;
    int m_maxDurationMs = 10 * 60 * 1000;
    int m_maxFailedPolls = 3;
    int m_failedPolls = 0;
    bool m_running = false;
    QDateTime m_startedUtc;
    QDateTime m_sentSinceUtc;
    DeliveryTimeline m_timeline;
};

Q_DECLARE_METATYPE(StatusTransition)
Q_DECLARE_METATYPE(DeliveryTimeline)
