#include "TwilioSandbox.h"

#include "SandboxGate.h"
#include "TwilioSandboxPrivate.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;

// The router: which path goes to which resource, authentication, the rate limit, the request
// log, paging; and TwilioSandbox's own interface. The resources live in SandboxMessages.cpp,
// SandboxNumbers.cpp and SandboxVerify.cpp; callbacks in SandboxCallbacks.cpp; the body limit
// in SandboxGate.

namespace SandboxWire {

const QString ApiVersion = u"2010-04-01"_s;
const QDateTime FixtureDate = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

Reply ok(const QJsonObject &body, int http)
{
    Reply r;
    r.body = body;
    r.http = http;
    return r;
}

static QJsonObject errorJson(int code, int http, const QString &message)
{
    return QJsonObject {
        {u"code"_s, code},
        {u"message"_s, message},
        {u"more_info"_s, QString(u"https://www.twilio.com/docs/errors/"_s + QString::number(code))},
        {u"status"_s, http}};
}

Reply fail(int code, int http, const QString &message)
{
    Reply r;
    r.http = http;
    r.errorCode = code;
    r.body = errorJson(code, http, message);
    return r;
}

QByteArray errorBody(int code, int http, const QString &message)
{
    return QJsonDocument(errorJson(code, http, message)).toJson(QJsonDocument::Compact);
}

Reply notFound(const QString &path)
{
    return fail(20404, 404, u"The requested resource %1 was not found"_s.arg(path));
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

} // namespace SandboxWire

using namespace SandboxWire;

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

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

} // namespace

TwilioSandboxPrivate::TwilioSandboxPrivate(TwilioSandbox *owner)
    : q(owner), server(new QHttpServer(owner)), epoch(QDateTime::currentDateTimeUtc())
{
    clock.start();
}

TwilioSandboxPrivate::~TwilioSandboxPrivate() = default;

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
    // The form is read once the request is authenticated (serve()): an anonymous body is
    // neither parsed nor kept.
    return entry;
}

void TwilioSandboxPrivate::record(const TwilioSandbox::LoggedRequest &entry)
{
    log.append(entry);
    if (log.size() > MaxLoggedRequests)
        log.remove(0, log.size() - MaxLoggedRequests);
    Q_EMIT q->requestHandled(entry);
}

QHttpServerResponse TwilioSandboxPrivate::finish(TwilioSandbox::LoggedRequest &entry,
                                                 const Reply &reply)
{
    entry.httpStatus = reply.http;
    entry.errorCode = reply.errorCode;
    record(entry);

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
    if (request.method() == Method::Post)
        entry.form = FormCodec::parse(request.body());

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
    // Clients reach the gate; the HTTP server listens behind it and takes only its connections.
    auto *gate = new SandboxGate(this);
    if (!gate->listen(port)) {
        delete gate;
        return false;
    }
    gate->onRefused = [this](const SandboxGate::Refusal &refusal) {
        LoggedRequest entry;
        entry.method = QString::fromLatin1(refusal.method);
        const QUrl url(QString::fromLatin1(refusal.target));
        entry.path = url.path();
        entry.query = FormCodec::parse(url.query(QUrl::FullyEncoded).toUtf8());
        entry.httpStatus = refusal.httpStatus;
        entry.errorCode = refusal.errorCode;
        d->record(entry);
    };
    d->server->bind(gate->backend());
    d->gate = gate;
    d->port = gate->port();
    return true;
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
    for (const SandboxMessage &m : std::as_const(d->messages))
        out << d->sentMessage(m);
    return out;
}
