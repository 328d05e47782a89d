#pragma once

#include "profile/Profile.h"
#include "run/SendJob.h"
#include "twilio/TwilioRequests.h"
#include "twilio/TwilioTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <functional>

class DeliveryLog;
class QNetworkAccessManager;
class TwilioClient;
class TwilioReply;

// One request as Twilio's Node SDK made it in the local runner (its httpClient's opts, encoded).
struct ForwardedRequest
{
    QString method; // "GET", "POST", "DELETE", ...
    QUrl url; // the URL the SDK aimed at, query included
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // as the SDK encoded it
    QString username; // Basic auth: the Account SID or an API key SID
    QString password; // the Auth Token or the API key secret
    QByteArray authorization; // instead of Basic: what the SDK's credential provider gave
};

// What became of it: Twilio's answer for the SDK, or why there is none, and a record to show.
struct ForwardedResult
{
    bool answered = false; // answer holds Twilio's answer, whatever its status
    RawAnswer answer;
    QString failure; // translated, when not answered: what happened and what to do
    QString failureCode; // e.g. "OutcomeUnknown", "Refused"
    // For the run's request list:
    QString method;
    QString url;
    QString summary; // form fields, the Custom Code masked
    QString sid;
    QString error; // Twilio's code and message, or the failure
    bool logged = false; // a creation written to the delivery log
    qint64 elapsedMs = 0;
};

// Sends one SDK request for the local runner: routed to the profile's host for its product
// (TwilioRequests::raw), a message or verification creation through SendJob (written to the
// delivery log before it goes out, under the given source), anything else through the core
// Twilio client as it is. A write that may have reached Twilio is never sent again (the core's
// rule): the SDK then gets an error saying to look before sending again. A message whose fields
// hold a secret is not sent at all. Emits finished() exactly once, as soon as Twilio answered;
// a created message is then followed to its final status (followingDelivery). cancel() at any
// time before finished().
class TwilioForwarder : public QObject
{
    Q_OBJECT
public:
    TwilioForwarder(const Profile &profile, DeliveryLog *log, QNetworkAccessManager *network,
                    SendRequest::Source source, QObject *parent = nullptr);

    // containsSecret: true for a text holding a secret value (then nothing is sent).
    void start(const ForwardedRequest &request,
               const std::function<bool(const QString &)> &containsSecret);
    void cancel();
    const ForwardedResult &result() const { return m_result; }

    // "To=+1..., Channel=sms, CustomCode=***" for a form body; pure.
    static QString summarize(const QByteArray &body, const QByteArray &contentType);

    // For tests and the CLI: how often a followed message is polled, how long `sent` waits.
    void setDeliveryPolling(int pollIntervalMs, int receiptWaitMs)
    {
        m_pollIntervalMs = pollIntervalMs;
        m_receiptWaitMs = receiptWaitMs;
    }

Q_SIGNALS:
    void finished();
    // A message Twilio accepted is followed on to its final status by job, which now belongs to
    // the network manager and deletes itself once finished (its log row updated all along).
    void followingDelivery(SendJob *job);

private:
    void finishLater();
    void fail(const QString &code, const QString &message);
    void onSendJobFinished();
    void onRawFinished();

    Profile m_profile;
    QPointer<DeliveryLog> m_log;
    QNetworkAccessManager *m_network;
    SendRequest::Source m_source;
    QElapsedTimer m_clock;
    ForwardedResult m_result;
    SendJob *m_job = nullptr;
    TwilioClient *m_client = nullptr;
    TwilioReply *m_reply = nullptr;
    bool m_done = false;
    int m_pollIntervalMs = 0;
    int m_receiptWaitMs = 0;
};
