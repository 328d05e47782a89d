#pragma once

#include "TwilioTypes.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkRequest;

// One HTTP request to Twilio, as it goes over the wire. Built by pure functions so that tests
// can check URL, headers and body without a network.
struct TwilioRequest
{
    enum class Method { Get, Post, Put, Delete };
    using Field = QPair<QString, QString>;

    Method method = Method::Get;
    QUrl url;
    QByteArray body; // application/x-www-form-urlencoded, POST only
    QList<QPair<QByteArray, QByteArray>> headers; // Authorization, Accept, User-Agent, ...
    QString error; // translated; set instead of a request when the input cannot be sent

    bool isValid() const { return error.isEmpty() && url.isValid(); }
    bool isPost() const { return method == Method::Post; }
    // Every method but GET may change something on Twilio's side: never resent once it may have
    // arrived.
    bool isWrite() const { return method != Method::Get; }
    QByteArray header(const QByteArray &name) const;
    QByteArray methodName() const;
};

class TwilioRequests
{
    Q_DECLARE_TR_FUNCTIONS(TwilioRequests)
public:
    // api.twilio.com: Programmable SMS, Accounts, numbers (Profile::apiBaseUrl).
    static TwilioRequest createMessage(const Profile &profile, const TwilioCredentials &credentials,
                                       const MessageRequest &message);
    static TwilioRequest fetchMessage(const Profile &profile, const TwilioCredentials &credentials,
                                      const QString &messageSid);
    static TwilioRequest listMessages(const Profile &profile, const TwilioCredentials &credentials,
                                      const MessageFilter &filter);
    // nextPageUri as Twilio returns it (/2010-04-01/...?...&PageToken=...), resolved against the
    // profile's API base URL. Anything else is refused: the console never follows a link to
    // another host with the credentials.
    static TwilioRequest nextPage(const Profile &profile, const TwilioCredentials &credentials,
                                  const QString &nextPageUri);
    static TwilioRequest fetchAccount(const Profile &profile, const TwilioCredentials &credentials);
    static TwilioRequest findIncomingPhoneNumber(const Profile &profile,
                                                 const TwilioCredentials &credentials,
                                                 const QString &phoneNumber);
    static TwilioRequest findOutgoingCallerId(const Profile &profile,
                                              const TwilioCredentials &credentials,
                                              const QString &phoneNumber);
    // messaging.twilio.com (messagingBaseUrl): a Messaging Service, /v1/Services/{Sid}.
    static TwilioRequest fetchMessagingService(const Profile &profile,
                                               const TwilioCredentials &credentials,
                                               const QString &serviceSid);
    // A profile has no setting for Twilio's third host: https://messaging.twilio.com when the API
    // base is api.twilio.com (or api.REGION.twilio.com -> messaging.REGION...), else the API base
    // itself (the sandbox and contract mocks serve every host's paths on one port).
    static QUrl messagingBaseUrl(const Profile &profile);
    // verify.twilio.com (Profile::verifyBaseUrl).
    static TwilioRequest fetchVerifyService(const Profile &profile,
                                            const TwilioCredentials &credentials,
                                            const QString &serviceSid);
    static TwilioRequest createVerification(const Profile &profile,
                                            const TwilioCredentials &credentials,
                                            const QString &serviceSid,
                                            const VerificationRequest &verification);

    // Any request of Twilio's REST API, as Twilio's own SDK builds it: method, the URL the SDK
    // aimed at (https://PRODUCT[.EDGE][.REGION].twilio.com/...), its body and content type. The
    // URL goes to the profile's host for that product (routeToProfile); the body is sent as it
    // is. extraHeaders are added after the console's own (Authorization, Accept, User-Agent);
    // authorization, when not empty, replaces the Basic one made from credentials (a bearer
    // token of the SDK's OAuth support).
    static TwilioRequest raw(const Profile &profile, const TwilioCredentials &credentials,
                             TwilioRequest::Method method, const QUrl &sdkUrl,
                             const QByteArray &body, const QByteArray &contentType,
                             const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {},
                             const QByteArray &authorization = {});
    // Where a URL of Twilio's SDK goes for this profile: api.* to the API base URL, verify.* to
    // the Verify base URL, every other product to PRODUCT[.REGION].twilio.com when the profile
    // speaks to Twilio, else to the API base URL (the sandbox and contract mocks serve every
    // host's paths on one port). Path and query are kept. Empty, with *error set, for a host
    // that is not Twilio's.
    static QUrl routeToProfile(const Profile &profile, const QUrl &sdkUrl, QString *error);
    static std::optional<TwilioRequest::Method> methodFromName(const QString &name);

    // base + path, keeping a path prefix and port of the base URL; the query form-encoded by
    // FormCodec::encode, the one encoder of bodies and queries ('+' goes out as %2B).
    static QUrl buildUrl(const QUrl &base, const QString &path,
                         const QList<TwilioRequest::Field> &query = {});
    // "Basic base64(accountSid:authToken)", sent up front on every request.
    static QByteArray basicAuthorization(const TwilioCredentials &credentials);
    static QByteArray userAgent();

    // The request as Qt sends it. Redirects are not followed: Twilio does not redirect, and a
    // redirected POST could be sent twice.
    static QNetworkRequest toNetworkRequest(const TwilioRequest &request);

    // Text with every trace of the credentials replaced by "***": the auth token, the Basic
    // authorization value (and any "Authorization: ..." header value). Use for every log line.
    static QString redact(const QString &text, const TwilioCredentials &credentials);
    // "POST https://api.twilio.com/... (Authorization: Basic ***)" for logs; no body (message
    // bodies hold one-time codes).
    static QString describeForLog(const TwilioRequest &request,
                                  const TwilioCredentials &credentials);
};
