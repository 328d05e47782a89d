#include "TwilioSandbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

const QString ApiVersion = u"2010-04-01"_s;
// Account and number fixtures have always existed; a fixed date keeps their JSON stable.
const QDateTime FixtureDate = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
constexpr double PricePerSegment = 0.0079; // USD, Twilio's US outbound SMS price

// What a handler answers; turned into a QHttpServerResponse and logged in one place.
struct Reply
{
    QJsonObject body;
    int http = 200;
    int errorCode = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
};

Reply ok(const QJsonObject &body, int http = 200)
{
    Reply r;
    r.body = body;
    r.http = http;
    return r;
}

// Twilio's error body: {"code", "message", "more_info", "status"}.
Reply fail(int code, int http, const QString &message)
{
    Reply r;
    r.http = http;
    r.errorCode = code;
    r.body = QJsonObject {
        {u"code"_s, code},
        {u"message"_s, message},
        {u"more_info"_s, QString(u"https://www.twilio.com/docs/errors/"_s + QString::number(code))},
        {u"status"_s, http}};
    return r;
}

Reply notFound(const QString &path)
{
    return fail(20404, 404, u"The requested resource %1 was not found"_s.arg(path));
}

// The message texts the Messages API uses for each creation-time error.
Reply messageError(int code, const QString &to, const QString &from)
{
    switch (code) {
    case 21211:
        return fail(code, 400, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
    case 21212:
        return fail(code, 400,
                    u"The 'From' number %1 is not a valid phone number, shortcode, or "
                    "alphanumeric sender ID."_s.arg(from));
    case 21408:
        return fail(code, 400,
                    u"Permission to send an SMS has not been enabled for the region indicated "
                    "by the 'To' number: %1."_s.arg(to));
    case 21602:
        return fail(code, 400, u"Message body is required."_s);
    case 21603:
        return fail(code, 400,
                    u"A 'From' or 'MessagingServiceSid' parameter is required to send a "
                    "message."_s);
    case 21604:
        return fail(code, 400, u"A 'To' phone number is required."_s);
    case 21606:
        return fail(code, 400,
                    u"The From phone number %1 is not a valid, SMS-capable inbound phone number "
                    "or short code for your account."_s.arg(from));
    case 21608:
        return fail(code, 400,
                    u"The number %1 is unverified. Trial accounts cannot send messages to "
                    "unverified numbers; verify %1 at twilio.com/user/account/phone-numbers/"
                    "verified, or purchase a Twilio number to send messages to unverified "
                    "numbers."_s.arg(to));
    case 21610:
        return fail(code, 400, u"Attempt to send to unsubscribed recipient"_s);
    case 21611:
        return fail(code, 400,
                    u"This 'From' number has exceeded the maximum number of queued messages"_s);
    case 21612:
        return fail(code, 400,
                    u"The 'To' phone number: %1, is not currently reachable using the 'From' "
                    "phone number: %2 via SMS."_s.arg(to, from));
    case 21614:
        return fail(code, 400, u"'To' number %1 is not a valid mobile number"_s.arg(to));
    case 21617:
        return fail(code, 400,
                    u"The concatenated message body exceeds the 1600 character limit."_s);
    default:
        return fail(code, 400, u"Error %1"_s.arg(code));
    }
}

QString deliveryErrorMessage(int code)
{
    switch (code) {
    case 30003:
        return u"Unreachable destination handset"_s;
    case 30005:
        return u"Unknown destination handset"_s;
    case 30006:
        return u"Landline or unreachable carrier"_s;
    case 30007:
        return u"Message filtered"_s;
    default:
        return {};
    }
}

QString newSid(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128);
}

QString rfc2822(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss +0000"_s);
}

QString iso8601(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return u"GET"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Delete:
        return u"DELETE"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Options:
        return u"OPTIONS"_s;
    case Method::Patch:
        return u"PATCH"_s;
    default:
        return u"OTHER"_s;
    }
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// A simple GSM-7 / UCS-2 estimate without Smart Encoding.
// TODO: use sms/SegmentCalculator once it is in the core, so the sandbox agrees with the app.
int estimateSegments(const QString &body)
{
    static const QString gsmBasic
        = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
    static const QString gsmExtension = u"\f^{}\\[~]|€"_s;
    int septets = 0;
    bool gsm = true;
    for (QChar c : body) {
        if (gsmBasic.contains(c)) {
            septets += 1;
        } else if (gsmExtension.contains(c)) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    if (gsm)
        return septets <= 160 ? 1 : (septets + 152) / 153;
    const int units = int(body.size());
    return units <= 70 ? 1 : (units + 66) / 67;
}

// "(500) 555-0006" for North American numbers, the number itself otherwise.
QString friendlyPhone(const QString &e164)
{
    if (e164.size() == 12 && e164.startsWith(u"+1"_s))
        return u"(%1) %2-%3"_s.arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    return e164;
}

// Twilio's PhoneNumber filter: an E.164 value matches exactly, anything else matches as a run of
// digits anywhere in the number.
bool matchesPhoneFilter(const QString &number, const QString &filter)
{
    if (filter.isNull())
        return true;
    if (filter.startsWith(QLatin1Char('+')))
        return number == filter;
    QString digits;
    for (QChar c : filter) {
        if (c.isDigit())
            digits += c;
    }
    return !digits.isEmpty() && number.contains(digits);
}

bool isLoopbackUrl(const QUrl &url)
{
    if (url.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

struct Message
{
    QString sid;
    QString accountSid;
    QString from;
    QString to;
    QString body;
    QString messagingServiceSid;
    QString statusCallback;
    qint64 createdMs = 0; // on the sandbox clock
    qint64 sentMs = 0;
    qint64 finalMs = 0;
    DeliveryOutcome outcome;
    int numSegments = 1;
};

struct Stage
{
    QString status;
    qint64 sinceMs = 0;
    bool sent = false; // handed to the carrier: date_sent and price are set
    bool final = false;
};

// The status is a function of the clock, so every fetch sees the progression without timers.
Stage stageAt(const Message &m, qint64 now)
{
    if (m.outcome.finalStatus == u"failed"_s) {
        if (now >= m.finalMs)
            return {m.outcome.finalStatus, m.finalMs, false, true};
        return {u"queued"_s, m.createdMs, false, false};
    }
    if (now >= m.finalMs)
        return {m.outcome.finalStatus, m.finalMs, true, true};
    if (now >= m.sentMs)
        return {u"sent"_s, m.sentMs, true, false};
    return {u"queued"_s, m.createdMs, false, false};
}

} // namespace

class TwilioSandboxPrivate
{
public:
    struct Context
    {
        const QHttpServerRequest &request;
        const Account &account;
        QString path;
        FormCodec::Fields query;
        FormCodec::Fields form;
    };
    using Handler = std::function<Reply(const Context &)>;

    explicit TwilioSandboxPrivate(TwilioSandbox *owner);

    void addRoutes();
    QHttpServerResponse serve(const QHttpServerRequest &request, const QString &pathAccountSid,
                              bool allowSuspended, const Handler &handler);
    QHttpServerResponse finish(TwilioSandbox::LoggedRequest &entry, const Reply &reply);
    TwilioSandbox::LoggedRequest startEntry(const QHttpServerRequest &request) const;

    qint64 now() const { return clock.elapsed(); }
    QDateTime wallAt(qint64 ms) const { return epoch.addMSecs(ms); }
    qint64 scaled(int sandboxMs) const { return std::llround(sandboxMs * timeScale); }
    QString base() const { return baseUrl().toString(QUrl::FullyEncoded); }
    QUrl baseUrl() const;

    int retryAfterSeconds(const QString &accountSid);

    Reply fetchAccount(const Context &c);
    Reply createMessage(const Context &c);
    Reply listMessages(const Context &c);
    Reply fetchMessage(const Context &c, const QString &sid);
    Reply listIncomingNumbers(const Context &c);
    Reply listCallerIds(const Context &c);
    Reply fetchService(const Context &c, const QString &sid);
    Reply fetchMessagingService(const Context &c, const QString &sid);
    Reply createVerification(const Context &c, const QString &serviceSid);

    QJsonObject messageJson(const Message &m) const;
    TwilioSandbox::SentMessage sentMessage(const Message &m) const
    {
        return {m.sid,
                m.accountSid,
                m.from,
                m.to,
                m.body,
                m.outcome.finalStatus,
                m.outcome.errorCode,
                m.finalMs - m.createdMs};
    }
    QJsonObject page(const QString &key, const QList<QJsonObject> &items, const Context &c,
                     const FormCodec::Fields &filters) const;
    void scheduleCallbacks(const Message &m);
    void postCallback(const QString &sid, const QString &status, int errorCode);

    TwilioSandbox *q;
    QHttpServer *server;
    QNetworkAccessManager *network = nullptr;
    QElapsedTimer clock;
    QDateTime epoch;
    double timeScale = 1.0;
    int rateLimit = 0;
    quint16 port = 0;
    quint64 generation = 0; // bumped by reset() so pending callbacks of old messages are dropped
    QList<Message> messages; // creation order
    QList<TwilioSandbox::Verification> verifications;
    QList<TwilioSandbox::LoggedRequest> log;
    QList<TwilioSandbox::StatusCallback> callbacks;
    QHash<QString, std::deque<qint64>> hits; // per account: times of accepted requests
};

TwilioSandboxPrivate::TwilioSandboxPrivate(TwilioSandbox *owner)
    : q(owner), server(new QHttpServer(owner)), epoch(QDateTime::currentDateTimeUtc())
{
    clock.start();
}

QUrl TwilioSandboxPrivate::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    return url;
}

void TwilioSandboxPrivate::addRoutes()
{
    const QString accounts = u"/2010-04-01/Accounts/"_s;
    server->route(accounts + u"<arg>.json"_s, Method::Get,
                  [this](const QString &sid, const QHttpServerRequest &r) {
                      return serve(r, sid, true,
                                   [this](const Context &c) { return fetchAccount(c); });
                  });
    server->route(accounts + u"<arg>/Messages.json"_s, Method::Post,
                  [this](const QString &sid, const QHttpServerRequest &r) {
                      return serve(r, sid, false,
                                   [this](const Context &c) { return createMessage(c); });
                  });
    server->route(accounts + u"<arg>/Messages.json"_s, Method::Get,
                  [this](const QString &sid, const QHttpServerRequest &r) {
                      return serve(r, sid, false,
                                   [this](const Context &c) { return listMessages(c); });
                  });
    server->route(
        accounts + u"<arg>/Messages/<arg>.json"_s, Method::Get,
        [this](const QString &sid, const QString &messageSid, const QHttpServerRequest &r) {
            return serve(r, sid, false, [this, messageSid](const Context &c) {
                return fetchMessage(c, messageSid);
            });
        });
    server->route(accounts + u"<arg>/IncomingPhoneNumbers.json"_s, Method::Get,
                  [this](const QString &sid, const QHttpServerRequest &r) {
                      return serve(r, sid, false,
                                   [this](const Context &c) { return listIncomingNumbers(c); });
                  });
    server->route(accounts + u"<arg>/OutgoingCallerIds.json"_s, Method::Get,
                  [this](const QString &sid, const QHttpServerRequest &r) {
                      return serve(r, sid, false,
                                   [this](const Context &c) { return listCallerIds(c); });
                  });
    // Verify lives on verify.twilio.com; the sandbox serves it on the same port.
    server->route(u"/v2/Services/<arg>"_s, Method::Get,
                  [this](const QString &sid, const QHttpServerRequest &r) {
                      return serve(r, QString(), false,
                                   [this, sid](const Context &c) { return fetchService(c, sid); });
                  });
    // Messaging Services live on messaging.twilio.com; same port too.
    server->route(u"/v1/Services/<arg>"_s, Method::Get,
                  [this](const QString &sid, const QHttpServerRequest &r) {
                      return serve(r, QString(), false, [this, sid](const Context &c) {
                          return fetchMessagingService(c, sid);
                      });
                  });
    server->route(u"/v2/Services/<arg>/Verifications"_s, Method::Post,
                  [this](const QString &sid, const QHttpServerRequest &r) {
                      return serve(r, QString(), false, [this, sid](const Context &c) {
                          return createVerification(c, sid);
                      });
                  });
    server->setMissingHandler(
        [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
            TwilioSandbox::LoggedRequest entry = startEntry(r);
            finish(entry, notFound(entry.path)).write(std::move(responder));
        });
}

TwilioSandbox::LoggedRequest
TwilioSandboxPrivate::startEntry(const QHttpServerRequest &request) const
{
    TwilioSandbox::LoggedRequest entry;
    entry.method = methodName(request.method());
    entry.path = request.url().path();
    entry.query = FormCodec::parse(request.url().query(QUrl::FullyEncoded).toUtf8());
    if (request.method() == Method::Post)
        entry.form = FormCodec::parse(request.body());
    return entry;
}

QHttpServerResponse TwilioSandboxPrivate::finish(TwilioSandbox::LoggedRequest &entry,
                                                 const Reply &reply)
{
    entry.httpStatus = reply.http;
    entry.errorCode = reply.errorCode;
    log.append(entry);
    Q_EMIT q->requestHandled(entry);

    QHttpServerResponse response(reply.body, static_cast<HttpStatus>(reply.http));
    for (const auto &h : reply.headers)
        response.addHeader(h.first, h.second);
    return response;
}

int TwilioSandboxPrivate::retryAfterSeconds(const QString &accountSid)
{
    if (rateLimit <= 0)
        return 0;
    std::deque<qint64> &times = hits[accountSid];
    const qint64 t = now();
    while (!times.empty() && times.front() <= t - 1000)
        times.pop_front();
    if (int(times.size()) < rateLimit) {
        // Only accepted requests count, so a client that backs off as told gets through.
        times.push_back(t);
        return 0;
    }
    const qint64 waitMs = times.front() + 1000 - t;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

QHttpServerResponse TwilioSandboxPrivate::serve(const QHttpServerRequest &request,
                                                const QString &pathAccountSid, bool allowSuspended,
                                                const Handler &handler)
{
    TwilioSandbox::LoggedRequest entry = startEntry(request);

    const QByteArray authorization = headerValue(request, "Authorization");
    const Account *account = nullptr;
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            const Account *candidate = findAccount(QString::fromUtf8(decoded.left(colon)));
            if (candidate && candidate->authToken == QString::fromUtf8(decoded.mid(colon + 1)))
                account = candidate;
        }
    }
    if (!account) {
        Reply r = fail(20003, 401, u"Authenticate"_s);
        r.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Twilio API\"")));
        return finish(entry, r);
    }
    entry.accountSid = account->sid;

    if (const int retryAfter = retryAfterSeconds(account->sid)) {
        Reply r = fail(20429, 429, u"Too Many Requests"_s);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfter)));
        return finish(entry, r);
    }
    if (!pathAccountSid.isEmpty() && pathAccountSid != account->sid)
        return finish(entry, fail(20003, 403, u"Permission Denied"_s));
    if (account->status == Account::Status::Suspended && !allowSuspended)
        return finish(entry, fail(20005, 401, u"Account not active"_s));

    const Context context {request, *account, entry.path, entry.query, entry.form};
    return finish(entry, handler(context));
}

Reply TwilioSandboxPrivate::fetchAccount(const Context &c)
{
    const Account &a = c.account;
    const QString uri = u"/2010-04-01/Accounts/"_s + a.sid;
    return ok({
        {u"auth_token"_s, a.authToken},
        {u"date_created"_s, rfc2822(FixtureDate)},
        {u"date_updated"_s, rfc2822(FixtureDate)},
        {u"friendly_name"_s, a.friendlyName},
        {u"owner_account_sid"_s, a.sid},
        {u"sid"_s, a.sid},
        {u"status"_s, a.status == Account::Status::Suspended ? u"suspended"_s : u"active"_s},
        {u"subresource_uris"_s,
         QJsonObject {
             {u"incoming_phone_numbers"_s, QString(uri + u"/IncomingPhoneNumbers.json"_s)},
             {u"outgoing_caller_ids"_s, QString(uri + u"/OutgoingCallerIds.json"_s)},
             {u"messages"_s, QString(uri + u"/Messages.json"_s)},
         }},
        {u"type"_s, a.type == Account::Type::Trial ? u"Trial"_s : u"Full"_s},
        {u"uri"_s, QString(uri + u".json"_s)},
    });
}

Reply TwilioSandboxPrivate::createMessage(const Context &c)
{
    const Account &a = c.account;
    const QString to = FormCodec::value(c.form, u"To"_s);
    const QString body = FormCodec::value(c.form, u"Body"_s);
    const QString serviceSid = FormCodec::value(c.form, u"MessagingServiceSid"_s);
    const QString statusCallback = FormCodec::value(c.form, u"StatusCallback"_s);
    QString from = FormCodec::value(c.form, u"From"_s);

    if (to.isEmpty())
        return messageError(21604, to, from);
    if (!serviceSid.isEmpty() && serviceSid != a.messagingServiceSid)
        return fail(21701, 400, u"The Messaging Service Sid %1 is invalid."_s.arg(serviceSid));
    if (from.isEmpty() && serviceSid.isEmpty())
        return messageError(21603, to, from);
    if (body.isEmpty() && !FormCodec::contains(c.form, u"MediaUrl"_s))
        return messageError(21602, to, from);
    if (body.size() > 1600)
        return messageError(21617, to, from);
    QUrl callbackUrl;
    if (!statusCallback.isEmpty()) {
        callbackUrl = QUrl(statusCallback, QUrl::StrictMode);
        if (!callbackUrl.isValid()
            || (callbackUrl.scheme() != u"http"_s && callbackUrl.scheme() != u"https"_s))
            return fail(21609, 400,
                        u"The StatusCallback URL %1 is not a valid URL."_s.arg(statusCallback));
    }
    if (!from.isEmpty()) {
        if (const int code = magicFromError(from))
            return messageError(code, to, from);
        if (!isE164(from))
            return messageError(21212, to, from);
        const auto owned = std::find_if(a.numbers.cbegin(), a.numbers.cend(),
                                        [&](const Number &n) { return n.phoneNumber == from; });
        if (owned == a.numbers.cend() || !owned->sms)
            return messageError(21606, to, from);
    }
    if (const int code = magicToError(to))
        return messageError(code, to, from);
    if (!isE164(to))
        return messageError(21211, to, from);
    if (a.type == Account::Type::Trial) {
        const bool verified = std::any_of(a.callerIds.cbegin(), a.callerIds.cend(),
                                          [&](const CallerId &id) { return id.phoneNumber == to; });
        if (!verified)
            return messageError(21608, to, from);
    }

    Message m;
    m.sid = newSid(u"SM"_s);
    m.accountSid = a.sid;
    // With only a Messaging Service, Twilio picks the sender from its pool once it sends;
    // the sandbox picks the pool's first number.
    m.from = from.isEmpty() ? a.messagingServiceSenders.value(0) : from;
    m.to = to;
    m.body = body;
    m.messagingServiceSid = serviceSid;
    m.statusCallback = statusCallback;
    m.createdMs = now();
    m.outcome = outcomeFor(to);
    // A failed message never reaches the carrier: it fails when it would have been sent.
    m.sentMs = m.createdMs + scaled(TwilioSandbox::SentAfterMs);
    m.finalMs = m.outcome.finalStatus == u"failed"_s
        ? m.sentMs
        : m.createdMs + scaled(TwilioSandbox::FinalAfterMs);
    m.numSegments = estimateSegments(body);
    messages.append(m);
    {
        const TwilioSandbox::SentMessage sent = sentMessage(m);
        QMetaObject::invokeMethod(
            q, [this, sent] { Q_EMIT q->messageCreated(sent); }, Qt::QueuedConnection);
    }

    if (!statusCallback.isEmpty() && isLoopbackUrl(callbackUrl))
        scheduleCallbacks(m);
    return ok(messageJson(m), 201);
}

QJsonObject TwilioSandboxPrivate::messageJson(const Message &m) const
{
    const Stage stage = stageAt(m, now());
    const QString uri = u"/2010-04-01/Accounts/%1/Messages/%2"_s.arg(m.accountSid, m.sid);
    const bool hasError = stage.final && m.outcome.errorCode != 0;
    return {
        {u"account_sid"_s, m.accountSid},
        {u"api_version"_s, ApiVersion},
        {u"body"_s, m.body},
        {u"date_created"_s, rfc2822(wallAt(m.createdMs))},
        {u"date_sent"_s, stage.sent ? QJsonValue(rfc2822(wallAt(m.sentMs))) : QJsonValue()},
        {u"date_updated"_s, rfc2822(wallAt(stage.sinceMs))},
        {u"direction"_s, u"outbound-api"_s},
        {u"error_code"_s, hasError ? QJsonValue(m.outcome.errorCode) : QJsonValue()},
        {u"error_message"_s,
         hasError ? QJsonValue(deliveryErrorMessage(m.outcome.errorCode)) : QJsonValue()},
        {u"from"_s, m.from},
        {u"messaging_service_sid"_s,
         m.messagingServiceSid.isEmpty() ? QJsonValue() : QJsonValue(m.messagingServiceSid)},
        {u"num_media"_s, u"0"_s},
        {u"num_segments"_s, QString::number(m.numSegments)},
        {u"price"_s,
         stage.sent ? QJsonValue(QString::number(-PricePerSegment * m.numSegments, 'f', 5))
                    : QJsonValue()},
        {u"price_unit"_s, stage.sent ? QJsonValue(u"USD"_s) : QJsonValue()},
        {u"sid"_s, m.sid},
        {u"status"_s, stage.status},
        {u"subresource_uris"_s, QJsonObject {{u"media"_s, QString(uri + u"/Media.json"_s)}}},
        {u"to"_s, m.to},
        {u"uri"_s, QString(uri + u".json"_s)},
    };
}

// Twilio's list envelope. PageToken "PA<sid>" continues after that item and "PB<sid>" goes back
// from it, so items created between two page fetches neither repeat nor go missing.
QJsonObject TwilioSandboxPrivate::page(const QString &key, const QList<QJsonObject> &items,
                                       const Context &c, const FormCodec::Fields &filters) const
{
    bool sizeOk = false;
    int pageSize = FormCodec::value(c.query, u"PageSize"_s).toInt(&sizeOk);
    if (!sizeOk || pageSize < 1)
        pageSize = 50;
    pageSize = std::min(pageSize, 1000);
    const int pageNumber = std::max(0, FormCodec::value(c.query, u"Page"_s).toInt());
    const QString token = FormCodec::value(c.query, u"PageToken"_s);

    const auto indexOf = [&items](const QString &sid) {
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).value(u"sid"_s).toString() == sid)
                return i;
        }
        return -1;
    };
    qsizetype start = qsizetype(pageNumber) * pageSize;
    if (token.startsWith(u"PA"_s) && indexOf(token.mid(2)) >= 0)
        start = indexOf(token.mid(2)) + 1;
    else if (token.startsWith(u"PB"_s) && indexOf(token.mid(2)) >= 0)
        start = std::max(0, indexOf(token.mid(2)) - pageSize);
    const QList<QJsonObject> slice = items.mid(std::min(start, items.size()), pageSize);

    const auto uriFor = [&](int number, const QString &pageToken) {
        FormCodec::Fields fields = filters;
        fields.append({u"PageSize"_s, QString::number(pageSize)});
        fields.append({u"Page"_s, QString::number(number)});
        if (!pageToken.isEmpty())
            fields.append({u"PageToken"_s, pageToken});
        return QJsonValue(c.path + u'?' + QString::fromLatin1(FormCodec::encode(fields)));
    };

    QJsonArray array;
    for (const QJsonObject &item : slice)
        array.append(item);
    const bool hasNext = start + slice.size() < items.size() && !slice.isEmpty();
    const bool hasPrevious = pageNumber > 0 && !slice.isEmpty();
    const int first = pageNumber * pageSize;
    QJsonObject envelope {
        {key, array},
        {u"start"_s, first},
        {u"end"_s, slice.isEmpty() ? first : first + int(slice.size()) - 1},
        {u"page"_s, pageNumber},
        {u"page_size"_s, pageSize},
        {u"uri"_s, uriFor(pageNumber, token)},
        {u"first_page_uri"_s, uriFor(0, QString())},
        {u"next_page_uri"_s,
         hasNext ? uriFor(pageNumber + 1, u"PA"_s + slice.last().value(u"sid"_s).toString())
                 : QJsonValue()},
        {u"previous_page_uri"_s,
         hasPrevious ? uriFor(pageNumber - 1, u"PB"_s + slice.first().value(u"sid"_s).toString())
                     : QJsonValue()},
    };
    return envelope;
}

Reply TwilioSandboxPrivate::listMessages(const Context &c)
{
    FormCodec::Fields filters;
    QString to, from;
    QDate on, notBefore, notAfter;
    for (const auto &[key, value] : c.query) {
        if (key == u"To"_s || key == u"From"_s) {
            (key == u"To"_s ? to : from) = value;
        } else if (key.startsWith(u"DateSent"_s)) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                return fail(20001, 400, u"Invalid %1: %2 (use YYYY-MM-DD)"_s.arg(key, value));
            if (key == u"DateSent"_s)
                on = date;
            else if (key == u"DateSent>"_s)
                notBefore = date;
            else if (key == u"DateSent<"_s)
                notAfter = date;
        } else {
            continue;
        }
        filters.append({key, value});
    }

    const qint64 t = now();
    QList<QJsonObject> items;
    // Newest first, as Twilio lists them.
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        const Message &m = *it;
        if (m.accountSid != c.account.sid)
            continue;
        if ((!to.isNull() && m.to != to) || (!from.isNull() && m.from != from))
            continue;
        if (on.isValid() || notBefore.isValid() || notAfter.isValid()) {
            const Stage stage = stageAt(m, t);
            if (!stage.sent)
                continue;
            const QDate sent = wallAt(m.sentMs).date();
            if ((on.isValid() && sent != on) || (notBefore.isValid() && sent < notBefore)
                || (notAfter.isValid() && sent > notAfter))
                continue;
        }
        items.append(messageJson(m));
    }
    return ok(page(u"messages"_s, items, c, filters));
}

Reply TwilioSandboxPrivate::fetchMessage(const Context &c, const QString &sid)
{
    for (const Message &m : std::as_const(messages)) {
        if (m.sid == sid && m.accountSid == c.account.sid)
            return ok(messageJson(m));
    }
    return notFound(c.path);
}

Reply TwilioSandboxPrivate::listIncomingNumbers(const Context &c)
{
    const QString filter = FormCodec::value(c.query, u"PhoneNumber"_s);
    FormCodec::Fields filters;
    if (!filter.isNull())
        filters.append({u"PhoneNumber"_s, filter});
    const QString created = rfc2822(FixtureDate);
    QList<QJsonObject> items;
    for (const Number &n : c.account.numbers) {
        if (!matchesPhoneFilter(n.phoneNumber, filter))
            continue;
        items.append({
            {u"account_sid"_s, c.account.sid},
            {u"address_requirements"_s, u"none"_s},
            {u"address_sid"_s, QJsonValue()},
            {u"api_version"_s, ApiVersion},
            {u"beta"_s, false},
            {u"capabilities"_s,
             QJsonObject {
                 {u"voice"_s, n.voice}, {u"sms"_s, n.sms}, {u"mms"_s, false}, {u"fax"_s, false}}},
            {u"date_created"_s, created},
            {u"date_updated"_s, created},
            {u"emergency_status"_s, u"Inactive"_s},
            {u"emergency_address_sid"_s, QJsonValue()},
            {u"emergency_address_status"_s, u"unregistered"_s},
            {u"friendly_name"_s, friendlyPhone(n.phoneNumber)},
            {u"identity_sid"_s, QJsonValue()},
            {u"origin"_s, u"twilio"_s},
            {u"phone_number"_s, n.phoneNumber},
            {u"sid"_s, n.sid},
            {u"sms_application_sid"_s, u""_s},
            {u"sms_fallback_method"_s, u"POST"_s},
            {u"sms_fallback_url"_s, u""_s},
            {u"sms_method"_s, u"POST"_s},
            {u"sms_url"_s, u""_s},
            {u"status_callback"_s, u""_s},
            {u"status_callback_method"_s, u"POST"_s},
            {u"trunk_sid"_s, QJsonValue()},
            {u"uri"_s,
             u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers/%2.json"_s.arg(c.account.sid, n.sid)},
            {u"voice_application_sid"_s, u""_s},
            {u"voice_caller_id_lookup"_s, false},
            {u"voice_fallback_method"_s, u"POST"_s},
            {u"voice_fallback_url"_s, QJsonValue()},
            {u"voice_method"_s, u"POST"_s},
            {u"voice_receive_mode"_s, u"voice"_s},
            {u"voice_url"_s, QJsonValue()},
            {u"bundle_sid"_s, QJsonValue()},
            {u"status"_s, u"in-use"_s},
            {u"type"_s, u"local"_s},
        });
    }
    return ok(page(u"incoming_phone_numbers"_s, items, c, filters));
}

Reply TwilioSandboxPrivate::listCallerIds(const Context &c)
{
    const QString filter = FormCodec::value(c.query, u"PhoneNumber"_s);
    FormCodec::Fields filters;
    if (!filter.isNull())
        filters.append({u"PhoneNumber"_s, filter});
    const QString created = rfc2822(FixtureDate);
    QList<QJsonObject> items;
    for (const CallerId &id : c.account.callerIds) {
        if (!matchesPhoneFilter(id.phoneNumber, filter))
            continue;
        items.append({
            {u"account_sid"_s, c.account.sid},
            {u"date_created"_s, created},
            {u"date_updated"_s, created},
            {u"friendly_name"_s, friendlyPhone(id.phoneNumber)},
            {u"phone_number"_s, id.phoneNumber},
            {u"sid"_s, id.sid},
            {u"uri"_s,
             u"/2010-04-01/Accounts/%1/OutgoingCallerIds/%2.json"_s.arg(c.account.sid, id.sid)},
        });
    }
    return ok(page(u"outgoing_caller_ids"_s, items, c, filters));
}

Reply TwilioSandboxPrivate::fetchMessagingService(const Context &c, const QString &sid)
{
    // Another account's service is as invisible as one that does not exist.
    if (c.account.messagingServiceSid.isEmpty() || sid != c.account.messagingServiceSid)
        return notFound(c.path);
    const QString url = base() + u"/v1/Services/"_s + sid;
    const QString created = iso8601(FixtureDate);
    return ok({
        {u"sid"_s, sid},
        {u"account_sid"_s, c.account.sid},
        {u"friendly_name"_s, u"Sandbox Messaging Service"_s},
        {u"date_created"_s, created},
        {u"date_updated"_s, created},
        {u"use_inbound_webhook_on_number"_s, false},
        {u"usecase"_s, u"notifications"_s},
        {u"url"_s, url},
        {u"links"_s, QJsonObject {{u"phone_numbers"_s, QString(url + u"/PhoneNumbers"_s)}}},
    });
}

Reply TwilioSandboxPrivate::fetchService(const Context &c, const QString &sid)
{
    const auto &services = c.account.verifyServices;
    const auto it = std::find_if(services.cbegin(), services.cend(),
                                 [&](const VerifyService &s) { return s.sid == sid; });
    // Another account's service is as invisible as one that does not exist.
    if (it == services.cend())
        return notFound(c.path);
    const QString url = base() + u"/v2/Services/"_s + it->sid;
    const QString created = iso8601(FixtureDate);
    return ok({
        {u"sid"_s, it->sid},
        {u"account_sid"_s, c.account.sid},
        {u"friendly_name"_s, it->friendlyName},
        {u"code_length"_s, it->codeLength},
        {u"lookup_enabled"_s, false},
        {u"psd2_enabled"_s, false},
        {u"skip_sms_to_landlines"_s, false},
        {u"dtmf_input_required"_s, false},
        {u"tts_name"_s, QJsonValue()},
        {u"do_not_share_warning_enabled"_s, false},
        {u"custom_code_enabled"_s, it->customCodeEnabled},
        {u"push"_s,
         QJsonObject {{u"include_date"_s, false},
                      {u"apn_credential_sid"_s, QJsonValue()},
                      {u"fcm_credential_sid"_s, QJsonValue()}}},
        {u"totp"_s,
         QJsonObject {{u"issuer"_s, QJsonValue()},
                      {u"time_step"_s, QJsonValue()},
                      {u"code_length"_s, QJsonValue()},
                      {u"skew"_s, QJsonValue()}}},
        {u"whatsapp"_s,
         QJsonObject {{u"msg_service_sid"_s, QJsonValue()}, {u"from"_s, QJsonValue()}}},
        {u"default_template_sid"_s, QJsonValue()},
        {u"verify_event_subscription_enabled"_s, false},
        {u"date_created"_s, created},
        {u"date_updated"_s, created},
        {u"url"_s, url},
        {u"links"_s,
         QJsonObject {{u"verifications"_s, QString(url + u"/Verifications"_s)},
                      {u"verification_checks"_s, QString(url + u"/VerificationCheck"_s)},
                      {u"rate_limits"_s, QString(url + u"/RateLimits"_s)},
                      {u"messaging_configurations"_s, QString(url + u"/MessagingConfigurations"_s)},
                      {u"entities"_s, QString(url + u"/Entities"_s)},
                      {u"webhooks"_s, QString(url + u"/Webhooks"_s)},
                      {u"access_tokens"_s, QString(url + u"/AccessTokens"_s)}}},
    });
}

Reply TwilioSandboxPrivate::createVerification(const Context &c, const QString &serviceSid)
{
    const auto &services = c.account.verifyServices;
    const auto service = std::find_if(services.cbegin(), services.cend(),
                                      [&](const VerifyService &s) { return s.sid == serviceSid; });
    if (service == services.cend())
        return notFound(c.path);

    const QString to = FormCodec::value(c.form, u"To"_s);
    const QString channel = FormCodec::value(c.form, u"Channel"_s);
    const QString locale = FormCodec::value(c.form, u"Locale"_s);
    const bool hasCustomCode = FormCodec::contains(c.form, u"CustomCode"_s);
    const QString customCode = FormCodec::value(c.form, u"CustomCode"_s);
    static const QStringList channels {u"sms"_s,      u"call"_s, u"email"_s,
                                       u"whatsapp"_s, u"sna"_s,  u"auto"_s};

    if (to.isEmpty())
        return fail(60200, 400, u"Invalid parameter: To"_s);
    if (channel.isEmpty() || !channels.contains(channel))
        return fail(60200, 400, u"Invalid parameter: Channel"_s);
    const bool isEmail = channel == u"email"_s;
    if ((isEmail && !to.contains(u'@')) || (!isEmail && !isE164(to)))
        return fail(60200, 400, u"Invalid parameter `To`: %1"_s.arg(to));
    static const QRegularExpression localeShape(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$"_s);
    if (!locale.isNull() && !localeShape.match(locale).hasMatch())
        return fail(60200, 400, u"Invalid parameter: Locale"_s);
    if (hasCustomCode && !service->customCodeEnabled)
        return fail(60204, 403, u"Custom code not allowed"_s);
    if (hasCustomCode && customCode.isEmpty())
        return fail(60200, 400, u"Invalid parameter: CustomCode"_s);

    TwilioSandbox::Verification v;
    v.sid = newSid(u"VE"_s);
    v.serviceSid = service->sid;
    v.accountSid = c.account.sid;
    v.to = to;
    v.channel = channel;
    v.locale = locale;
    v.customCode = hasCustomCode;
    v.code = customCode;
    if (!hasCustomCode) {
        for (int i = 0; i < service->codeLength; ++i)
            v.code += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    }
    verifications.append(v);

    const QString created = iso8601(wallAt(now()));
    return ok(
        {
            {u"sid"_s, v.sid},
            {u"service_sid"_s, v.serviceSid},
            {u"account_sid"_s, v.accountSid},
            {u"to"_s, to},
            {u"channel"_s, channel},
            {u"status"_s, u"pending"_s},
            {u"valid"_s, false},
            {u"lookup"_s, QJsonObject()},
            {u"amount"_s, QJsonValue()},
            {u"payee"_s, QJsonValue()},
            {u"send_code_attempts"_s,
             QJsonArray {QJsonObject {{u"time"_s, created},
                                      {u"channel"_s, channel.toUpper()},
                                      {u"attempt_sid"_s, newSid(u"VL"_s)}}}},
            {u"date_created"_s, created},
            {u"date_updated"_s, created},
            {u"sna"_s, QJsonValue()},
            {u"url"_s, QString(base() + c.path + u'/' + v.sid)},
        },
        201);
}

void TwilioSandboxPrivate::scheduleCallbacks(const Message &m)
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
                                 [&](const Message &m) { return m.sid == sid; });
    if (it == messages.cend())
        return;
    const Message &m = *it;
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

TwilioSandbox::TwilioSandbox(QObject *parent)
    : QObject(parent), d(std::make_unique<TwilioSandboxPrivate>(this))
{
    d->addRoutes();
}

TwilioSandbox::~TwilioSandbox() = default;

bool TwilioSandbox::listen(quint16 port)
{
    if (d->port)
        return true;
    d->port = d->server->listen(QHostAddress::LocalHost, port);
    return d->port != 0;
}

bool TwilioSandbox::isListening() const
{
    return d->port != 0;
}

quint16 TwilioSandbox::port() const
{
    return d->port;
}

QUrl TwilioSandbox::baseUrl() const
{
    return d->port ? d->baseUrl() : QUrl();
}

void TwilioSandbox::setTimeScale(double scale)
{
    d->timeScale = scale > 0 ? scale : 1.0;
}

double TwilioSandbox::timeScale() const
{
    return d->timeScale;
}

void TwilioSandbox::setRateLimit(int requestsPerSecond)
{
    d->rateLimit = std::max(0, requestsPerSecond);
    d->hits.clear();
}

int TwilioSandbox::rateLimit() const
{
    return d->rateLimit;
}

void TwilioSandbox::reset()
{
    ++d->generation;
    d->messages.clear();
    d->verifications.clear();
    d->log.clear();
    d->callbacks.clear();
    d->hits.clear();
}

QList<TwilioSandbox::LoggedRequest> TwilioSandbox::requestLog() const
{
    return d->log;
}

int TwilioSandbox::requestCount(const QString &method, const QString &pathPattern) const
{
    QString re = QRegularExpression::escape(pathPattern);
    re.replace(u"\\*"_s, u".*"_s);
    const QRegularExpression path(QRegularExpression::anchoredPattern(re));
    return int(std::count_if(d->log.cbegin(), d->log.cend(), [&](const LoggedRequest &r) {
        return (method.isEmpty() || r.method.compare(method, Qt::CaseInsensitive) == 0)
            && path.match(r.path).hasMatch();
    }));
}

QList<TwilioSandbox::Verification> TwilioSandbox::verifications() const
{
    return d->verifications;
}

QList<TwilioSandbox::StatusCallback> TwilioSandbox::statusCallbacks() const
{
    return d->callbacks;
}

QList<TwilioSandbox::SentMessage> TwilioSandbox::messages() const
{
    QList<SentMessage> out;
    for (const Message &m : std::as_const(d->messages))
        out << d->sentMessage(m);
    return out;
}
