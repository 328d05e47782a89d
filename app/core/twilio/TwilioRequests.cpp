#include "TwilioRequests.h"

#include "sandbox/FormCodec.h"

#include <QNetworkRequest>
#include <QRegularExpression>

#ifndef SMSHOOK_VERSION
#define SMSHOOK_VERSION "0"
#endif

namespace {

const QString ApiVersion = QStringLiteral("/2010-04-01");

// SIDs go into URL paths: accept only what a SID can be, so that no input can change the path.
bool isPathSafeSid(const QString &sid)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]{2}[0-9A-Za-z]{1,62}$"));
    return re.match(sid).hasMatch();
}

TwilioRequest baseRequest(TwilioRequest::Method method, const TwilioCredentials &credentials)
{
    TwilioRequest r;
    r.method = method;
    r.headers.append(qMakePair(QByteArray("Authorization"),
                               QByteArray(TwilioRequests::basicAuthorization(credentials))));
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    r.headers.append(qMakePair(QByteArray("User-Agent"), QByteArray(TwilioRequests::userAgent())));
    if (method == TwilioRequest::Method::Post)
        r.headers.append(qMakePair(QByteArray("Content-Type"),
                                   QByteArray("application/x-www-form-urlencoded; charset=utf-8")));
    return r;
}

TwilioRequest failed(const QString &error)
{
    TwilioRequest r;
    r.error = error;
    return r;
}

// The https-only rule again, at the last moment: a profile read from a hand-edited settings file
// never passed the check made when a URL is typed, and Basic auth over plain http would put the
// credentials on the wire in clear. Empty when the base may receive them.
QString checkBase(const QUrl &base, const QString &field)
{
    const QString problem = ProfileRules::checkBaseUrl(base, field);
    if (problem.isEmpty())
        return {};
    return TwilioRequests::tr("%1 The request was not sent, so the credentials did not leave the "
                              "machine; correct the profile's setting (sms-hook-cli profiles "
                              "list shows it).")
        .arg(problem);
}

// The request with its URL, or a refusal when base may not receive the credentials.
TwilioRequest withUrl(TwilioRequest r, const QUrl &base, const QString &field, const QUrl &url)
{
    if (const QString e = checkBase(base, field); !e.isEmpty())
        return failed(e);
    r.url = url;
    return r;
}

QString apiField()
{
    return TwilioRequests::tr("API base URL");
}

QString verifyField()
{
    return TwilioRequests::tr("Verify base URL");
}

QString accountPath(const TwilioCredentials &credentials)
{
    return ApiVersion + QStringLiteral("/Accounts/") + credentials.accountSid;
}

QString checkAccount(const TwilioCredentials &credentials)
{
    if (!isPathSafeSid(credentials.accountSid) || !credentials.accountSid.startsWith(u"AC"))
        return TwilioRequests::tr("Account SID: set the TWILIO_ACCOUNT_SID secret (AC followed by "
                                  "32 hex digits).");
    if (credentials.authToken.isEmpty())
        return TwilioRequests::tr("Auth Token: set the TWILIO_AUTH_TOKEN secret.");
    return {};
}

} // namespace

QByteArray TwilioRequest::methodName() const
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QByteArray TwilioRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QUrl TwilioRequests::buildUrl(const QUrl &base, const QString &path,
                              const QList<TwilioRequest::Field> &query)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setFragment({});
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1(FormCodec::encode(query)), QUrl::StrictMode);
    return url;
}

QByteArray TwilioRequests::basicAuthorization(const TwilioCredentials &credentials)
{
    return "Basic "
        + (credentials.accountSid + QLatin1Char(':') + credentials.authToken).toUtf8().toBase64();
}

QByteArray TwilioRequests::userAgent()
{
    return QByteArrayLiteral("SmsHookConsole/" SMSHOOK_VERSION " (Qt ") + qVersion() + ')';
}

TwilioRequest TwilioRequests::createMessage(const Profile &profile,
                                            const TwilioCredentials &credentials,
                                            const MessageRequest &message)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    if (message.to.isEmpty())
        return failed(tr("To: enter the phone number to send to."));
    if (message.from.isEmpty() == message.messagingServiceSid.isEmpty())
        return failed(tr("From: enter either a sending number or a Messaging Service SID, not "
                         "both."));
    if (message.body.isEmpty())
        return failed(tr("Body: enter the message text."));

    if (message.validityPeriodSeconds < 0 || message.validityPeriodSeconds > 36000)
        return failed(tr("Validity period: use 1 to 36000 seconds, or leave it unset."));

    QList<TwilioRequest::Field> fields {{QStringLiteral("To"), message.to}};
    if (!message.from.isEmpty())
        fields.append({QStringLiteral("From"), message.from});
    else
        fields.append({QStringLiteral("MessagingServiceSid"), message.messagingServiceSid});
    fields.append({QStringLiteral("Body"), message.body});
    if (!message.statusCallback.isEmpty())
        fields.append({QStringLiteral("StatusCallback"), message.statusCallback});
    if (message.validityPeriodSeconds > 0)
        fields.append(
            {QStringLiteral("ValidityPeriod"), QString::number(message.validityPeriodSeconds)});

    TwilioRequest r = baseRequest(TwilioRequest::Method::Post, credentials);
    r.body = FormCodec::encode(fields);
    return withUrl(
        r, profile.apiBaseUrl, apiField(),
        buildUrl(profile.apiBaseUrl, accountPath(credentials) + QStringLiteral("/Messages.json")));
}

TwilioRequest TwilioRequests::fetchMessage(const Profile &profile,
                                           const TwilioCredentials &credentials,
                                           const QString &messageSid)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    if (!isPathSafeSid(messageSid))
        return failed(tr("Message SID: \"%1\" is not a SID (SM... or MM...).").arg(messageSid));
    return withUrl(baseRequest(TwilioRequest::Method::Get, credentials), profile.apiBaseUrl,
                   apiField(),
                   buildUrl(profile.apiBaseUrl,
                            accountPath(credentials) + QStringLiteral("/Messages/") + messageSid
                                + QStringLiteral(".json")));
}

TwilioRequest TwilioRequests::listMessages(const Profile &profile,
                                           const TwilioCredentials &credentials,
                                           const MessageFilter &filter)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    QList<TwilioRequest::Field> query;
    if (!filter.to.isEmpty())
        query.append({QStringLiteral("To"), filter.to});
    if (!filter.from.isEmpty())
        query.append({QStringLiteral("From"), filter.from});
    if (filter.dateSent.isValid())
        query.append({QStringLiteral("DateSent"), filter.dateSent.toString(Qt::ISODate)});
    // Twilio's inclusive range filters are spelled DateSent> and DateSent<.
    if (filter.dateSentAfter.isValid())
        query.append({QStringLiteral("DateSent>"), filter.dateSentAfter.toString(Qt::ISODate)});
    if (filter.dateSentBefore.isValid())
        query.append({QStringLiteral("DateSent<"), filter.dateSentBefore.toString(Qt::ISODate)});
    if (filter.pageSize > 0)
        query.append({QStringLiteral("PageSize"), QString::number(filter.pageSize)});
    return withUrl(baseRequest(TwilioRequest::Method::Get, credentials), profile.apiBaseUrl,
                   apiField(),
                   buildUrl(profile.apiBaseUrl,
                            accountPath(credentials) + QStringLiteral("/Messages.json"), query));
}

TwilioRequest TwilioRequests::nextPage(const Profile &profile, const TwilioCredentials &credentials,
                                       const QString &nextPageUri)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    const qsizetype q = nextPageUri.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? nextPageUri : nextPageUri.left(q);
    const QString query = q < 0 ? QString() : nextPageUri.mid(q + 1);
    // Only pages of this account's own resources, on the profile's host.
    if (!path.startsWith(accountPath(credentials) + QLatin1Char('/'))
        || path.contains(QLatin1String("..")) || path.contains(QLatin1Char('#')))
        return failed(tr("Twilio returned an unexpected next page link: %1").arg(nextPageUri));
    QUrl url = buildUrl(profile.apiBaseUrl, path);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::TolerantMode); // already encoded by Twilio; keep it as is
    return withUrl(baseRequest(TwilioRequest::Method::Get, credentials), profile.apiBaseUrl,
                   apiField(), url);
}

TwilioRequest TwilioRequests::fetchAccount(const Profile &profile,
                                           const TwilioCredentials &credentials)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    return withUrl(baseRequest(TwilioRequest::Method::Get, credentials), profile.apiBaseUrl,
                   apiField(),
                   buildUrl(profile.apiBaseUrl, accountPath(credentials) + QStringLiteral(".json")));
}

// IncomingPhoneNumbers and OutgoingCallerIds are both looked up by PhoneNumber on the account.
static TwilioRequest findNumberIn(const Profile &profile, const TwilioCredentials &credentials,
                                  const QString &resource, const QString &phoneNumber)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    if (phoneNumber.isEmpty())
        return failed(TwilioRequests::tr("Phone number: enter the number to look up."));
    return withUrl(baseRequest(TwilioRequest::Method::Get, credentials), profile.apiBaseUrl,
                   apiField(),
                   TwilioRequests::buildUrl(profile.apiBaseUrl, accountPath(credentials) + resource,
                                            {{QStringLiteral("PhoneNumber"), phoneNumber}}));
}

TwilioRequest TwilioRequests::findIncomingPhoneNumber(const Profile &profile,
                                                      const TwilioCredentials &credentials,
                                                      const QString &phoneNumber)
{
    return findNumberIn(profile, credentials, QStringLiteral("/IncomingPhoneNumbers.json"),
                        phoneNumber);
}

TwilioRequest TwilioRequests::findOutgoingCallerId(const Profile &profile,
                                                   const TwilioCredentials &credentials,
                                                   const QString &phoneNumber)
{
    return findNumberIn(profile, credentials, QStringLiteral("/OutgoingCallerIds.json"),
                        phoneNumber);
}

TwilioRequest TwilioRequests::fetchVerifyService(const Profile &profile,
                                                 const TwilioCredentials &credentials,
                                                 const QString &serviceSid)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    if (!isPathSafeSid(serviceSid) || !serviceSid.startsWith(u"VA"))
        return failed(tr("Verify service SID: \"%1\" is not a Verify service SID (VA followed by "
                         "32 hex digits).")
                          .arg(serviceSid));
    return withUrl(baseRequest(TwilioRequest::Method::Get, credentials), profile.verifyBaseUrl,
                   verifyField(),
                   buildUrl(profile.verifyBaseUrl, QStringLiteral("/v2/Services/") + serviceSid));
}

TwilioRequest TwilioRequests::fetchMessagingService(const Profile &profile,
                                                    const TwilioCredentials &credentials,
                                                    const QString &serviceSid)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    if (!isPathSafeSid(serviceSid) || !serviceSid.startsWith(u"MG"))
        return failed(tr("Messaging Service SID: \"%1\" is not a Messaging Service SID (MG "
                         "followed by 32 hex digits).")
                          .arg(serviceSid));
    // The messaging host follows the API base URL, which the rule is checked on.
    return withUrl(
        baseRequest(TwilioRequest::Method::Get, credentials), messagingBaseUrl(profile),
        apiField(),
        buildUrl(messagingBaseUrl(profile), QStringLiteral("/v1/Services/") + serviceSid));
}

QUrl TwilioRequests::messagingBaseUrl(const Profile &profile)
{
    QUrl url = profile.apiBaseUrl;
    const QString host = url.host();
    if (host.startsWith(QLatin1String("api.")) && host.endsWith(QLatin1String(".twilio.com"))) {
        url.setHost(QStringLiteral("messaging.") + host.mid(4));
        url.setPath(QString());
    }
    return url;
}

TwilioRequest TwilioRequests::createVerification(const Profile &profile,
                                                 const TwilioCredentials &credentials,
                                                 const QString &serviceSid,
                                                 const VerificationRequest &verification)
{
    if (const QString e = checkAccount(credentials); !e.isEmpty())
        return failed(e);
    if (!isPathSafeSid(serviceSid) || !serviceSid.startsWith(u"VA"))
        return failed(tr("Verify service SID: \"%1\" is not a Verify service SID (VA followed by "
                         "32 hex digits).")
                          .arg(serviceSid));
    if (verification.to.isEmpty())
        return failed(tr("To: enter the phone number to verify."));
    QList<TwilioRequest::Field> fields {
        {QStringLiteral("To"), verification.to},
        {QStringLiteral("Channel"),
         verification.channel.isEmpty() ? QStringLiteral("sms") : verification.channel}};
    if (!verification.customCode.isEmpty())
        fields.append({QStringLiteral("CustomCode"), verification.customCode});
    if (!verification.locale.isEmpty())
        fields.append({QStringLiteral("Locale"), verification.locale});
    TwilioRequest r = baseRequest(TwilioRequest::Method::Post, credentials);
    r.body = FormCodec::encode(fields);
    return withUrl(r, profile.verifyBaseUrl, verifyField(),
                   buildUrl(profile.verifyBaseUrl, QStringLiteral("/v2/Services/") + serviceSid
                                + QStringLiteral("/Verifications")));
}

std::optional<TwilioRequest::Method> TwilioRequests::methodFromName(const QString &name)
{
    for (auto m : {TwilioRequest::Method::Get, TwilioRequest::Method::Post,
                   TwilioRequest::Method::Put, TwilioRequest::Method::Delete}) {
        TwilioRequest r;
        r.method = m;
        if (name.compare(QString::fromLatin1(r.methodName()), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QUrl TwilioRequests::routeToProfile(const Profile &profile, const QUrl &sdkUrl, QString *error)
{
    static const QString domain = QStringLiteral(".twilio.com");
    const QString host = sdkUrl.host().toLower();
    if (sdkUrl.scheme() != QLatin1String("https") || !host.endsWith(domain)
        || host.size() == domain.size()) {
        if (error)
            *error = tr("%1 is not a Twilio API address; the console sends only Twilio's "
                        "requests, with the profile's credentials.")
                         .arg(sdkUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return {};
    }
    // PRODUCT[.EDGE][.REGION], as twilio-node writes it.
    const QString product = host.left(host.size() - domain.size()).section(QLatin1Char('.'), 0, 0);
    QUrl base;
    if (product == QLatin1String("api")) {
        base = profile.apiBaseUrl;
    } else if (product == QLatin1String("verify")) {
        base = profile.verifyBaseUrl;
    } else if (product == QLatin1String("messaging")) {
        base = messagingBaseUrl(profile);
    } else if (profile.apiBaseUrl.host().endsWith(domain)) {
        base = sdkUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::RemoveUserInfo);
    } else {
        base = profile.apiBaseUrl;
    }
    // The https-only rule holds for the SDK's requests as for the console's own.
    if (const QString e = checkBase(base, product == QLatin1String("verify") ? verifyField()
                                                                              : apiField());
        !e.isEmpty()) {
        if (error)
            *error = e;
        return {};
    }
    // The SDK's path as it encoded it ("%2B1415..." stays so), after the base's own prefix.
    QUrl url = base;
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + sdkUrl.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    if (sdkUrl.hasQuery())
        url.setQuery(sdkUrl.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

TwilioRequest TwilioRequests::raw(const Profile &profile, const TwilioCredentials &credentials,
                                  TwilioRequest::Method method, const QUrl &sdkUrl,
                                  const QByteArray &body, const QByteArray &contentType,
                                  const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                                  const QByteArray &authorization)
{
    QString error;
    const QUrl url = routeToProfile(profile, sdkUrl, &error);
    if (url.isEmpty())
        return failed(error);
    if (authorization.isEmpty()
        && (credentials.accountSid.isEmpty() || credentials.authToken.isEmpty()))
        return failed(tr("The Twilio client has no credentials: pass the Account SID and Auth "
                         "Token (or an API key and secret) when you create it."));
    TwilioRequest r;
    r.method = method;
    r.url = url;
    r.headers.append(
        qMakePair(QByteArray("Authorization"),
                  authorization.isEmpty() ? basicAuthorization(credentials) : authorization));
    bool accept = false;
    bool agent = false;
    for (const auto &h : extraHeaders) {
        const QByteArray name = h.first.toLower();
        // The console sets these itself; Qt computes the length and the connection.
        if (name == "authorization" || name == "host" || name == "content-length"
            || name == "connection" || name == "content-type" || name == "transfer-encoding")
            continue;
        if (name == "user-agent") {
            agent = true;
            r.headers.append(qMakePair(h.first, h.second + ' ' + userAgent()));
            continue;
        }
        accept = accept || name == "accept";
        r.headers.append(h);
    }
    if (!accept && method != TwilioRequest::Method::Delete)
        r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    if (!agent)
        r.headers.append(qMakePair(QByteArray("User-Agent"), userAgent()));
    if (r.isWrite() && method != TwilioRequest::Method::Delete)
        r.headers.append(qMakePair(
            QByteArray("Content-Type"),
            contentType.isEmpty() ? QByteArray("application/x-www-form-urlencoded") : contentType));
    r.body = body;
    return r;
}

QNetworkRequest TwilioRequests::toNetworkRequest(const TwilioRequest &request)
{
    QNetworkRequest nr(request.url);
    for (const auto &h : request.headers)
        nr.setRawHeader(h.first, h.second);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // HTTP/1.1 only: the no-resend guarantee for POSTs (TwilioReply's OneShotBody) is tested on
    // the HTTP/1.1 path, and a handful of small requests gains nothing from HTTP/2.
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // The timeout is TwilioReply's own timer, which knows whether the request was a POST.
    nr.setTransferTimeout(0);
    return nr;
}

QString TwilioRequests::redact(const QString &text, const TwilioCredentials &credentials)
{
    static const QString mask = QStringLiteral("***");
    QString out = text;
    // Header lines first, whatever the scheme and value ("Authorization: Basic xyz").
    static const QRegularExpression header(
        QStringLiteral(
            "((?:Proxy-)?Authorization\\s*[:=]\\s*\"?)(Basic|Bearer)?\\s*[^\\s\",;\\]\\)]+"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(header, QStringLiteral("\\1\\2 ") + mask);
    const QByteArray basic = basicAuthorization(credentials).mid(6);
    if (!credentials.authToken.isEmpty()) {
        out.replace(QString::fromLatin1(basic), mask);
        out.replace(credentials.authToken, mask, Qt::CaseInsensitive);
    }
    static const QRegularExpression basicValue(QStringLiteral("\\bBasic\\s+[A-Za-z0-9+/=]{8,}"));
    out.replace(basicValue, QStringLiteral("Basic ") + mask);
    return out;
}

QString TwilioRequests::describeForLog(const TwilioRequest &request,
                                       const TwilioCredentials &credentials)
{
    QString line = QString::fromLatin1(request.methodName()) + QLatin1Char(' ')
        + request.url.toString(QUrl::RemoveUserInfo);
    for (const auto &h : request.headers) {
        line += QStringLiteral(" [") + QString::fromLatin1(h.first) + QStringLiteral(": ")
            + QString::fromUtf8(h.second) + QLatin1Char(']');
    }
    return redact(line, credentials);
}
