#pragma once

// The sandbox's insides, shared by the files that implement it: TwilioSandbox.cpp (the router:
// authentication, rate limit, request log), SandboxGate (the body limit at the door),
// SandboxMessages.cpp, SandboxNumbers.cpp (accounts, numbers, caller IDs, Messaging Services),
// SandboxVerify.cpp and SandboxCallbacks.cpp. Not part of the core's interface.

#include "sandbox/FormCodec.h"
#include "sandbox/SandboxFixtures.h"
#include "sandbox/TwilioSandbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <cmath>
#include <deque>
#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QNetworkAccessManager;
class SandboxGate;

namespace SandboxWire {

extern const QString ApiVersion; // "2010-04-01"
// Account and number fixtures have always existed; a fixed date keeps their JSON stable.
extern const QDateTime FixtureDate;

// What a handler answers; turned into a QHttpServerResponse and logged in one place.
struct Reply
{
    QJsonObject body;
    int http = 200;
    int errorCode = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
};

Reply ok(const QJsonObject &body, int http = 200);
// Twilio's error body: {"code", "message", "more_info", "status"}.
Reply fail(int code, int http, const QString &message);
QByteArray errorBody(int code, int http, const QString &message); // the same, as JSON bytes
Reply notFound(const QString &path);

QString newSid(const QString &prefix);
QString rfc2822(const QDateTime &t);
QString iso8601(const QDateTime &t);

} // namespace SandboxWire

// A message the sandbox accepted.
struct SandboxMessage
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
    SandboxFixtures::DeliveryOutcome outcome;
    int numSegments = 1;
};

class TwilioSandboxPrivate
{
public:
    using Reply = SandboxWire::Reply;
    struct Context
    {
        const QHttpServerRequest &request;
        const SandboxFixtures::Account &account;
        QString path;
        FormCodec::Fields query;
        FormCodec::Fields form;
    };
    using Handler = std::function<Reply(const Context &)>;

    // The request log keeps the latest requests only: a sandbox left running for days must not
    // grow without bound.
    static constexpr int MaxLoggedRequests = 1000;

    explicit TwilioSandboxPrivate(TwilioSandbox *owner);
    ~TwilioSandboxPrivate();

    // TwilioSandbox.cpp: routes, authentication, rate limit, the log.
    void addRoutes();
    QHttpServerResponse serve(const QHttpServerRequest &request, const QString &pathAccountSid,
                              bool allowSuspended, const Handler &handler);
    QHttpServerResponse finish(TwilioSandbox::LoggedRequest &entry, const Reply &reply);
    void record(const TwilioSandbox::LoggedRequest &entry);
    TwilioSandbox::LoggedRequest startEntry(const QHttpServerRequest &request) const;
    int retryAfterSeconds(const QString &accountSid);

    qint64 now() const { return clock.elapsed(); }
    QDateTime wallAt(qint64 ms) const { return epoch.addMSecs(ms); }
    qint64 scaled(int sandboxMs) const { return std::llround(sandboxMs * timeScale); }
    QString base() const { return baseUrl().toString(QUrl::FullyEncoded); }
    QUrl baseUrl() const;

    // Twilio's list envelope (paging) around items; filters are repeated in the page URIs.
    QJsonObject page(const QString &key, const QList<QJsonObject> &items, const Context &c,
                     const FormCodec::Fields &filters) const;

    // SandboxNumbers.cpp
    Reply fetchAccount(const Context &c);
    Reply listIncomingNumbers(const Context &c);
    Reply listCallerIds(const Context &c);
    Reply fetchMessagingService(const Context &c, const QString &sid);
    // SandboxMessages.cpp
    Reply createMessage(const Context &c);
    Reply listMessages(const Context &c);
    Reply fetchMessage(const Context &c, const QString &sid);
    QJsonObject messageJson(const SandboxMessage &m) const;
    // What the simulated handset of its recipient receives (SandboxHandset).
    TwilioSandbox::SentMessage sentMessage(const SandboxMessage &m) const
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
    // SandboxVerify.cpp
    Reply fetchService(const Context &c, const QString &sid);
    Reply createVerification(const Context &c, const QString &serviceSid);
    // SandboxCallbacks.cpp
    void scheduleCallbacks(const SandboxMessage &m);
    void postCallback(const QString &sid, const QString &status, int errorCode);

    TwilioSandbox *q;
    QHttpServer *server;
    SandboxGate *gate = nullptr; // the port clients use; the server listens behind it
    QNetworkAccessManager *network = nullptr;
    QElapsedTimer clock;
    QDateTime epoch;
    double timeScale = 1.0;
    int rateLimit = 0;
    quint16 port = 0;
    quint64 generation = 0; // bumped by reset() so pending callbacks of old messages are dropped
    QList<SandboxMessage> messages; // creation order
    QList<TwilioSandbox::Verification> verifications;
    QList<TwilioSandbox::LoggedRequest> log;
    QList<TwilioSandbox::StatusCallback> callbacks;
    QHash<QString, std::deque<qint64>> hits; // per account: times of accepted requests
};
