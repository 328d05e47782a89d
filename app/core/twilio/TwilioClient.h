#pragma once

#include "RetryPolicy.h"
#include "TwilioReply.h"
#include "TwilioTypes.h"
#include "profile/Profile.h"

#include <QObject>

class QNetworkAccessManager;

// The console's Twilio REST client: Programmable SMS, Accounts, numbers and Verify v2, against
// the profile's base URLs (Twilio, or the sandbox / a contract mock on loopback).
//
// Every method returns a TwilioReply that emits finished() exactly once. What goes over the wire
// is built by TwilioRequests and read by TwilioParser. Retries: GETs on transient failures and
// 429; a POST only on 429 (Twilio refused it). A POST that may have reached Twilio is never sent
// again: the reply says OutcomeUnknown with what is needed to find the message.
class TwilioClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;

    // nam may be shared; when null the client makes its own.
    TwilioClient(const Profile &profile, const TwilioCredentials &credentials,
                 QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);

    const Profile &profile() const { return m_profile; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Per attempt: no answer within this time is a timeout.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    TwilioReply *createMessage(const MessageRequest &message);
    TwilioReply *fetchMessage(const QString &messageSid);
    TwilioReply *listMessages(const MessageFilter &filter);
    TwilioReply *fetchNextPage(const QString &nextPageUri);
    TwilioReply *fetchAccount();
    TwilioReply *findIncomingPhoneNumber(const QString &phoneNumber);
    TwilioReply *findOutgoingCallerId(const QString &phoneNumber);
    TwilioReply *fetchVerifyService(const QString &serviceSid);
    TwilioReply *fetchMessagingService(const QString &serviceSid);
    TwilioReply *createVerification(const QString &serviceSid,
                                    const VerificationRequest &verification);
    // Any other request (TwilioRequests::raw): finishes OK with whatever HTTP answer arrived
    // (rawAnswer()); the same retry rules as the rest (a write is never resent once it may have
    // arrived).
    TwilioReply *sendRaw(const TwilioRequest &request);

Q_SIGNALS:
    // One line per attempt and outcome, credentials already redacted.
    void logLine(const QString &line);
    // A request of this client failed and is tried again (TwilioReply::retrying's notice): a
    // give-up after retries takes a while, and the user should see it coming.
    void retrying(const QString &notice);

private:
    TwilioReply *send(TwilioReply::Operation operation, const TwilioRequest &request);

    Profile m_profile;
    TwilioCredentials m_credentials;
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
    RetryPolicy m_retry;
};
