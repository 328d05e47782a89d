#include "HookRunner.h"

#include "HookResource.h"
#include "log/DeliveryLog.h"
#include "run/SendJob.h"
#include "secrets/SecretRules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSharedPointer>
#include <QThread>
#include <QTimer>

namespace {

const QString Redacted = QStringLiteral("[redacted]");

// Secret values that may never show in the run's output. The SIDs and the sender number are
// identifiers the console shows elsewhere; the token and custom secrets are not.
QStringList redactionsFor(const QMap<QString, QString> &secrets)
{
    static const QStringList shown {SecretNames::AccountSid, SecretNames::PhoneNumber,
                                    SecretNames::VerifyServiceSid};
    QStringList values;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        // Very short values would blank out ordinary words; a real secret is longer.
        if (!shown.contains(it.key()) && it.value().size() >= 4)
            values << it.value();
    }
    return values;
}

QString redact(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets)
        text.replace(s, Redacted);
    return text;
}

// What the engine thread and the runner share: the engine, to interrupt it from the runner's
// thread (QJSEngine::setInterrupted is thread-safe), and whether that was asked before the
// engine existed.
struct EngineHandle
{
    QMutex mutex;
    QJSEngine *engine = nullptr;
    bool interrupted = false;

    void interrupt()
    {
        QMutexLocker lock(&mutex);
        interrupted = true;
        if (engine)
            engine->setInterrupted(true);
    }
};

class HookWorker;

// The object the runtime (resources/hooks/runtime.js) calls: console lines, Twilio sends,
// require failures, cb. The runtime keeps it in a closure the hook cannot reach.
class HookBridge : public QObject
{
    Q_OBJECT
public:
    explicit HookBridge(HookWorker *worker) : m_worker(worker) { }

    Q_INVOKABLE void log(const QString &level, const QString &text);
    Q_INVOKABLE int send(const QString &kind, const QString &paramsJson, const QString &sid,
                         const QString &token, const QString &serviceSid);
    Q_INVOKABLE void addSecret(const QString &value);
    Q_INVOKABLE void requireFailed(const QString &module);
    Q_INVOKABLE void done(bool hasError, const QString &error, const QString &code,
                          const QString &resultJson);

private:
    HookWorker *m_worker;
};

// Runs one hook in a QJSEngine on the run's own thread, whose event loop carries the Promise
// reactions and the answers to sends. Sends are made by the runner on its thread (SendJob).
class HookWorker : public QObject
{
    Q_OBJECT
public:
    HookWorker(const HookRunRequest &request, const QSharedPointer<EngineHandle> &handle,
               const QElapsedTimer &clock)
        : m_request(request),
          m_handle(handle),
          m_clock(clock),
          m_redactions(redactionsFor(request.secrets))
    { }

    ~HookWorker() override
    {
        QMutexLocker lock(&m_handle->mutex);
        m_handle->engine = nullptr;
    }

    void start();
    void settle(int id, const QString &kind, bool ok, const QString &payloadJson);

    // Called by the bridge.
    void log(const QString &level, const QString &text);
    int send(const QString &kind, const QString &paramsJson, const QString &sid,
             const QString &token, const QString &serviceSid);
    void addSecret(const QString &value);
    void requireFailed(const QString &module) { m_requireFailed = module; }
    void done(bool hasError, const QString &error, const QString &code, const QString &resultJson);

Q_SIGNALS:
    void consoleLine(const HookConsoleLine &line);
    void sendRequested(int id, const QString &kind, const QJsonObject &params, const QString &sid,
                       const QString &token, const QString &serviceSid);
    void ended(const HookRunResult &result);

private:
    void threw(const QJSValue &error);
    void end(HookRunResult::Outcome outcome, const QString &error, int line = 0,
             const QJsonValue &result = {});
    void scheduleIdleCheck();
    void checkIdle();

    HookRunRequest m_request;
    QSharedPointer<EngineHandle> m_handle;
    QElapsedTimer m_clock;
    QStringList m_redactions;
    QJSEngine *m_engine = nullptr;
    QJSValue m_settle;
    QJSValue m_cb;
    int m_nextId = 1;
    int m_pending = 0;
    bool m_returned = false; // the handler's call has returned
    bool m_cbCalled = false;
    bool m_cbError = false;
    QString m_cbErrorText;
    QJsonValue m_cbResult;
    QString m_requireFailed;
    bool m_ended = false;
    bool m_checkScheduled = false;
    int m_idlePasses = 0;
};

void HookBridge::log(const QString &level, const QString &text)
{
    m_worker->log(level, text);
}

int HookBridge::send(const QString &kind, const QString &paramsJson, const QString &sid,
                     const QString &token, const QString &serviceSid)
{
    return m_worker->send(kind, paramsJson, sid, token, serviceSid);
}

void HookBridge::addSecret(const QString &value)
{
    m_worker->addSecret(value);
}

void HookBridge::requireFailed(const QString &module)
{
    m_worker->requireFailed(module);
}

void HookBridge::done(bool hasError, const QString &error, const QString &code,
                      const QString &resultJson)
{
    m_worker->done(hasError, error, code, resultJson);
}

void HookWorker::start()
{
    m_engine = new QJSEngine(this); // no extensions: no Qt object, no console, no timers
    {
        QMutexLocker lock(&m_handle->mutex);
        m_handle->engine = m_engine;
        if (m_handle->interrupted)
            m_engine->setInterrupted(true);
    }
    auto *bridge = new HookBridge(this);
    QJSEngine::setObjectOwnership(bridge, QJSEngine::CppOwnership);
    QJSValue global = m_engine->globalObject();
    global.setProperty(QStringLiteral("__native"), m_engine->newQObject(bridge));
    const QJSValue runtime = m_engine->evaluate(
        HookResource::read(QStringLiteral(":/hooks/runtime.js")), QStringLiteral("runtime.js"));
    if (runtime.isError()) {
        end(HookRunResult::Outcome::Threw,
            tr("The hook runner could not start: %1").arg(runtime.toString()));
        return;
    }
    m_settle = runtime.property(QStringLiteral("settle"));
    m_cb = runtime.property(QStringLiteral("cb"));
    const QJSValue parseJson
        = global.property(QStringLiteral("JSON")).property(QStringLiteral("parse"));

    // Wrapped like a CommonJS module, on the same first line so that line numbers match.
    const QJSValue wrapper = m_engine->evaluate(QStringLiteral("(function (module, exports, "
                                                               "require) {")
                                                    + m_request.source + QStringLiteral("\n})"),
                                                m_request.fileName, 1);
    if (wrapper.isError()) {
        if (wrapper.errorType() == QJSValue::SyntaxError) {
            const int line = wrapper.property(QStringLiteral("lineNumber")).toInt();
            end(HookRunResult::Outcome::SyntaxError,
                tr("The code does not parse: %1 (line %2). Fix it; the lint list shows where.")
                    .arg(redact(wrapper.toString(), m_redactions))
                    .arg(line),
                line);
        } else {
            threw(wrapper);
        }
        return;
    }
    QJSValue module = m_engine->newObject();
    QJSValue exports = m_engine->newObject();
    module.setProperty(QStringLiteral("exports"), exports);
    const QJSValue loaded
        = wrapper.call({module, exports, global.property(QStringLiteral("require"))});
    if (loaded.isError()) {
        threw(loaded);
        return;
    }
    const QJSValue handler = module.property(QStringLiteral("exports"));
    if (!handler.isCallable()) {
        end(HookRunResult::Outcome::BadExport,
            tr("module.exports is not a function, so Auth0 has nothing to call. Export the hook as "
               "module.exports = function (recipient, text, context, cb) { ... }."));
        return;
    }

    QJsonObject context
        = m_request.context.isEmpty() ? HookRunner::sampleContext() : m_request.context;
    QJsonObject secrets;
    for (auto it = m_request.secrets.cbegin(); it != m_request.secrets.cend(); ++it)
        secrets.insert(it.key(), it.value());
    QJsonObject webtask = context.value(QLatin1String("webtask")).toObject();
    webtask.insert(QStringLiteral("secrets"), secrets);
    context.insert(QStringLiteral("webtask"), webtask);
    const QJSValue contextValue = parseJson.call(
        {QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact))});

    const QJSValue r = handler.call({m_request.recipient, m_request.text, contextValue, m_cb});
    if (r.isError()) {
        threw(r);
        return;
    }
    m_returned = true;
    scheduleIdleCheck();
}

// The line in the hook's own file where the error arose: the error's line when it was thrown
// there, else the innermost frame of the hook in the stack (e.g. a failed require()).
int hookLine(const QJSValue &error, const QString &fileName)
{
    if (error.property(QStringLiteral("fileName")).toString().endsWith(fileName))
        return error.property(QStringLiteral("lineNumber")).toInt();
    // Frames read "function@file:line", one per line.
    const QStringList frames
        = error.property(QStringLiteral("stack")).toString().split(QLatin1Char('\n'));
    const QString marker = fileName + QLatin1Char(':');
    for (const QString &frame : frames) {
        const int at = frame.lastIndexOf(marker);
        if (at >= 0)
            return frame.mid(at + marker.size()).toInt();
    }
    return error.property(QStringLiteral("lineNumber")).toInt();
}

void HookWorker::threw(const QJSValue &error)
{
    const int line = hookLine(error, m_request.fileName);
    const QString text = redact(error.toString(), m_redactions);
    if (!m_requireFailed.isEmpty()) {
        end(HookRunResult::Outcome::RequireFailed,
            tr("require('%1') failed: the console's runner provides only the twilio module. "
               "Remove the require, or run the hook in Auth0 with that module added.")
                .arg(m_requireFailed),
            line);
        return;
    }
    end(HookRunResult::Outcome::Threw,
        tr("The hook threw an exception at line %1: %2. Auth0 reports it as the hook's error: "
           "catch it and call cb(error).")
            .arg(line)
            .arg(text),
        line);
}

void HookWorker::log(const QString &level, const QString &text)
{
    m_idlePasses = 0;
    HookConsoleLine line;
    line.level = level;
    line.text = redact(text, m_redactions);
    line.atMs = m_clock.elapsed();
    Q_EMIT consoleLine(line);
}

int HookWorker::send(const QString &kind, const QString &paramsJson, const QString &sid,
                     const QString &token, const QString &serviceSid)
{
    m_idlePasses = 0;
    addSecret(token);
    const int id = m_nextId++;
    ++m_pending;
    Q_EMIT sendRequested(id, kind, QJsonDocument::fromJson(paramsJson.toUtf8()).object(), sid,
                         token, serviceSid);
    return id;
}

void HookWorker::addSecret(const QString &value)
{
    if (value.size() >= 4 && !m_redactions.contains(value))
        m_redactions << value;
}

void HookWorker::done(bool hasError, const QString &error, const QString &code,
                      const QString &resultJson)
{
    m_idlePasses = 0;
    if (m_cbCalled) {
        log(QStringLiteral("warn"),
            tr("cb was called again; Auth0 keeps only the first call, and so does this run."));
        return;
    }
    m_cbCalled = true;
    m_cbError = hasError;
    if (hasError) {
        QString text = redact(error, m_redactions);
        if (!code.isEmpty())
            text = tr("%1 (code %2)").arg(text, code);
        m_cbErrorText = text;
    } else if (!resultJson.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(
            QStringLiteral("[%1]").arg(redact(resultJson, m_redactions)).toUtf8());
        m_cbResult = doc.array().at(0);
    }
    scheduleIdleCheck();
}

void HookWorker::settle(int id, const QString &kind, bool ok, const QString &payloadJson)
{
    --m_pending;
    m_idlePasses = 0;
    if (m_ended)
        return;
    const QJSValue r = m_settle.call({id, kind, ok, payloadJson});
    if (r.isError()) {
        // A node-style callback threw: in Node that is an uncaught exception.
        threw(r);
        return;
    }
    scheduleIdleCheck();
}

void HookWorker::scheduleIdleCheck()
{
    if (m_checkScheduled || m_ended)
        return;
    m_checkScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_checkScheduled = false;
        checkIdle();
    });
}

void HookWorker::checkIdle()
{
    if (m_ended || !m_returned)
        return;
    // Promise reactions are events posted to this thread, and each may post the next one, which
    // one sendPostedEvents() leaves for the next round (Qt avoids live-lock that way). Run a
    // bounded number of rounds, so that a chain of .then()s has settled before the check.
    for (int round = 0; round < 64 && !m_ended; ++round)
        QCoreApplication::sendPostedEvents();
    if (m_ended)
        return;
    const bool idle = m_pending == 0;
    if (!m_cbCalled && !idle) {
        m_idlePasses = 0;
        return; // an answer will call settle(), which checks again
    }
    // Two quiet passes in a row: reactions that chain further reactions have all run.
    if (++m_idlePasses < 2) {
        scheduleIdleCheck();
        return;
    }
    if (m_cbCalled && !m_cbError) {
        end(HookRunResult::Outcome::Success, {}, 0, m_cbResult);
    } else if (m_cbCalled) {
        if (!m_requireFailed.isEmpty())
            end(HookRunResult::Outcome::RequireFailed,
                tr("require('%1') failed: the console's runner provides only the twilio module. "
                   "The hook reported: %2")
                    .arg(m_requireFailed, m_cbErrorText));
        else
            end(HookRunResult::Outcome::HookError,
                tr("The hook reported an error: %1").arg(m_cbErrorText));
    } else {
        end(HookRunResult::Outcome::NoCallback,
            tr("The hook finished without calling cb: nothing is left to run and no Twilio "
               "request is pending. Auth0 would wait until its time limit and fail the login; "
               "call cb(error) or cb(null, result) on every path."));
    }
}

void HookWorker::end(HookRunResult::Outcome outcome, const QString &error, int line,
                     const QJsonValue &result)
{
    if (m_ended)
        return;
    m_ended = true;
    HookRunResult r;
    r.outcome = outcome;
    r.error = error;
    r.line = line;
    r.result = result;
    Q_EMIT ended(r);
}

// The SendJob request for one shim call, or an error in Twilio's own words when Twilio would
// refuse it too (so the script sees what twilio-node would give it).
struct ShimSend
{
    SendRequest request;
    QJsonObject error; // {message, code, status, moreInfo} when the call cannot go out
    QString summary;
};

QJsonObject twilioError(int code, int status, const QString &message)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("status"), status},
            {QStringLiteral("message"), message},
            {QStringLiteral("moreInfo"),
             QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)}};
}

ShimSend buildSend(const QString &kind, const QJsonObject &params, const QString &serviceSid)
{
    ShimSend s;
    SendRequest &r = s.request;
    r.source = SendRequest::Source::Hook;
    r.followDelivery = false; // twilio-node resolves on creation
    r.to = params.value(QLatin1String("to")).toString();
    if (kind == QLatin1String("message")) {
        r.api = SendRequest::Api::Messages;
        r.body = params.value(QLatin1String("body")).toString();
        const QString from = params.value(QLatin1String("from")).toString();
        const QString mg = params.value(QLatin1String("messagingServiceSid")).toString();
        r.from = from.isEmpty() ? mg : from;
        s.summary = QStringLiteral("To=%1, %2=%3, Body=%4")
                        .arg(r.to,
                             from.isEmpty() ? QStringLiteral("MessagingServiceSid")
                                            : QStringLiteral("From"),
                             r.from, r.body);
        if (r.to.isEmpty())
            s.error = twilioError(21604, 400, QStringLiteral("A 'To' phone number is required."));
        else if (r.from.isEmpty())
            s.error = twilioError(21603, 400, QStringLiteral("A 'From' phone number is required."));
        else if (r.body.isEmpty())
            s.error = twilioError(21602, 400, QStringLiteral("Message body is required."));
    } else {
        r.api = SendRequest::Api::Verify;
        r.serviceSid = serviceSid;
        r.code = params.value(QLatin1String("customCode")).toString();
        r.locale = params.value(QLatin1String("locale")).toString();
        const QString channel = params.value(QLatin1String("channel")).toString();
        r.channel = channel;
        s.summary = QStringLiteral("To=%1, Channel=%2, CustomCode=%3")
                        .arg(r.to, channel, r.code.isEmpty() ? QString() : QStringLiteral("***"));
        if (r.to.isEmpty() || channel.isEmpty())
            s.error = twilioError(60200, 400, QStringLiteral("Invalid parameter"));
        else if (serviceSid.isEmpty())
            s.error = twilioError(20404, 404,
                                  QStringLiteral("The requested resource /Services/ was not "
                                                 "found"));
    }
    return s;
}

} // namespace

// ----------------------------------------------------------------------------------------------

class HookRunner::Private
{
public:
    HookRunner *q;
    QPointer<DeliveryLog> log;
    QNetworkAccessManager *network = nullptr;
    QThread *thread = nullptr;
    QPointer<HookWorker> worker;
    QSharedPointer<EngineHandle> handle;
    QTimer limitTimer;
    QElapsedTimer clock;
    HookRunRequest request;
    HookRunResult result;
    QStringList redactions;
    bool running = false;
    int generation = 0; // bumped by each run: a late answer to an earlier run is dropped

    void finish(HookRunResult r);
    void stopThread();
    void startSend(int id, const QString &kind, const QJsonObject &params, const QString &sid,
                   const QString &token, const QString &serviceSid);
};

void HookRunner::Private::stopThread()
{
    if (handle)
        handle->interrupt();
    if (thread) {
        thread->quit();
        // The thread deletes its worker (and engine) when its loop ends, then itself.
        thread = nullptr;
    }
    worker = nullptr;
    handle.reset();
}

void HookRunner::Private::finish(HookRunResult r)
{
    if (!running)
        return;
    running = false;
    limitTimer.stop();
    stopThread();
    r.console = result.console;
    r.requests = result.requests;
    r.elapsedMs = clock.elapsed();
    r.error = redact(r.error, redactions);
    result = r;
    Q_EMIT q->finished(result);
}

void HookRunner::Private::startSend(int id, const QString &kind, const QJsonObject &params,
                                    const QString &sid, const QString &token,
                                    const QString &serviceSid)
{
    if (token.size() >= 4 && !redactions.contains(token))
        redactions << token;
    const ShimSend s = buildSend(kind, params, serviceSid);
    const bool verify = s.request.api == SendRequest::Api::Verify;
    HookRequestRecord record;
    record.method = QStringLiteral("POST");
    record.url = verify ? request.profile.verifyBaseUrl.toString()
            + QStringLiteral("/v2/Services/%1/Verifications").arg(serviceSid)
                        : request.profile.apiBaseUrl.toString()
            + QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(sid);
    record.summary = redact(s.summary, redactions);
    QElapsedTimer started;
    started.start();
    QPointer<HookWorker> target = worker;
    const auto answer = [this, target, id, kind](bool ok, const QJsonObject &payload) {
        if (!target)
            return;
        const QString json
            = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        QMetaObject::invokeMethod(
            target, [target, id, kind, ok, json] { target->settle(id, kind, ok, json); },
            Qt::QueuedConnection);
    };
    const auto recordDone = [this, generation = generation](const HookRequestRecord &rec) {
        if (generation != this->generation || !running)
            return;
        result.requests.append(rec);
        Q_EMIT q->requestMade(rec);
    };

    // A secret in the text would reach Twilio, the phone and the delivery log: never send it.
    QJsonObject refusal = s.error;
    for (const QString &secret : std::as_const(redactions)) {
        if (refusal.isEmpty() && s.request.body.contains(secret))
            refusal = QJsonObject {
                {QStringLiteral("message"),
                 tr("The message text contains the value of a hook secret; the console does not "
                    "send secrets. Remove it from the text.")}};
    }
    if (!refusal.isEmpty()) {
        // Refused before any request: nothing went out, as twilio-node would fail here too
        // (or Twilio would refuse it without sending).
        record.error = refusal.value(QLatin1String("message")).toString();
        record.elapsedMs = started.elapsed();
        recordDone(record);
        answer(false, refusal);
        return;
    }

    auto *job = new SendJob(request.profile, nullptr, network, q);
    job->setSecrets({{SecretNames::AccountSid, sid}, {SecretNames::AuthToken, token}});
    if (log)
        job->setDeliveryLog(log);
    QObject::connect(
        job, &SendJob::finished, q,
        [this, job, record, started, answer, recordDone, verify, sid, serviceSid]() mutable {
            const SendResult &r = job->result();
            record.elapsedMs = started.elapsed();
            QJsonObject payload;
            bool ok = false;
            switch (r.outcome) {
            case SendResult::Outcome::Delivered:
            case SendResult::Outcome::Sent:
            case SendResult::Outcome::NotDelivered: {
                ok = true;
                record.httpStatus = 201;
                if (verify) {
                    record.sid = r.verification.sid;
                    payload = {
                        {QStringLiteral("sid"), r.verification.sid},
                        {QStringLiteral("serviceSid"), serviceSid},
                        {QStringLiteral("accountSid"), sid},
                        {QStringLiteral("to"), r.verification.to},
                        {QStringLiteral("channel"), r.verification.channel},
                        {QStringLiteral("status"), r.verification.status},
                        {QStringLiteral("dateCreated"), r.finishedAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("dateUpdated"),
                         r.finishedAt.toUTC().toString(Qt::ISODate)}};
                } else {
                    const Message &m = r.message;
                    record.sid = m.sid;
                    payload = {{QStringLiteral("sid"), m.sid},
                               {QStringLiteral("accountSid"), sid},
                               {QStringLiteral("to"), m.to},
                               {QStringLiteral("from"), m.from},
                               {QStringLiteral("body"), m.body},
                               {QStringLiteral("status"), m.status},
                               {QStringLiteral("numSegments"), m.numSegments},
                               {QStringLiteral("direction"), m.direction},
                               {QStringLiteral("messagingServiceSid"), m.messagingServiceSid},
                               {QStringLiteral("price"), m.price},
                               {QStringLiteral("priceUnit"), m.priceUnit},
                               {QStringLiteral("errorCode"), m.errorCode},
                               {QStringLiteral("errorMessage"), m.errorMessage},
                               {QStringLiteral("dateCreated"), m.dateCreated.toString(Qt::ISODate)},
                               {QStringLiteral("dateUpdated"), m.dateUpdated.toString(Qt::ISODate)},
                               {QStringLiteral("dateSent"), m.dateSent.toString(Qt::ISODate)}};
                }
                break;
            }
            case SendResult::Outcome::Rejected:
            case SendResult::Outcome::Unknown: {
                const TwilioError &e = r.error;
                record.httpStatus = e.httpStatus;
                QString message = e.kind == TwilioError::Kind::Http && !e.message.isEmpty()
                    ? e.message
                    : e.userText().simplified();
                message = redact(message, redactions);
                record.error
                    = e.code != 0 ? QStringLiteral("%1 %2").arg(e.code).arg(message) : message;
                payload = {{QStringLiteral("message"), message}};
                if (e.code != 0)
                    payload.insert(QStringLiteral("code"), e.code);
                if (e.httpStatus != 0)
                    payload.insert(QStringLiteral("status"), e.httpStatus);
                if (!e.moreInfo.isEmpty())
                    payload.insert(QStringLiteral("moreInfo"), e.moreInfo);
                break;
            }
            case SendResult::Outcome::InputError:
                record.error = redact(r.inputError, redactions);
                payload = {{QStringLiteral("message"), record.error}};
                break;
            case SendResult::Outcome::KeychainFailed:
            case SendResult::Outcome::LogFailed:
            case SendResult::Outcome::Cancelled:
            case SendResult::Outcome::Pending:
                record.error = redact(r.summary(), redactions);
                payload = {{QStringLiteral("message"), record.error}};
                break;
            }
            recordDone(record);
            answer(ok, payload);
            job->deleteLater();
        });
    job->start(s.request);
}

HookRunner::HookRunner(DeliveryLog *log, QObject *parent) : QObject(parent), d(new Private)
{
    d->q = this;
    d->log = log;
    d->network = new QNetworkAccessManager(this);
    d->limitTimer.setSingleShot(true);
    connect(&d->limitTimer, &QTimer::timeout, this, [this] {
        HookRunResult r;
        r.outcome = HookRunResult::Outcome::TimedOut;
        r.error = tr("The hook was stopped after its time limit of %1 s. Auth0 stops it too: look "
                     "for an endless loop or a request that never answers, and call cb on every "
                     "path.")
                      .arg(d->request.timeLimitMs / 1000.0);
        d->finish(r);
    });
}

HookRunner::~HookRunner()
{
    if (d->handle)
        d->handle->interrupt();
    QThread *thread = d->thread;
    d->running = false;
    d->stopThread();
    if (thread)
        thread->wait(5000);
    delete d;
}

bool HookRunner::isRunning() const
{
    return d->running;
}

void HookRunner::cancel()
{
    HookRunResult r;
    r.outcome = HookRunResult::Outcome::Cancelled;
    r.error = tr("The run was cancelled.");
    d->finish(r);
}

void HookRunner::run(const HookRunRequest &request)
{
    if (d->running)
        cancel();
    d->request = request;
    ++d->generation;
    d->result = HookRunResult();
    d->redactions = redactionsFor(request.secrets);
    d->running = true;
    d->clock.start();
    d->handle = QSharedPointer<EngineHandle>::create();

    // A fresh thread and engine per run: a script stopped at the time limit leaves nothing
    // behind for the next one.
    d->thread = new QThread;
    d->thread->setObjectName(QStringLiteral("hook-run"));
    auto *worker = new HookWorker(request, d->handle, d->clock);
    worker->moveToThread(d->thread);
    d->worker = worker;
    connect(d->thread, &QThread::started, worker, &HookWorker::start);
    connect(d->thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(d->thread, &QThread::finished, d->thread, &QObject::deleteLater);
    connect(worker, &HookWorker::consoleLine, this, [this, worker](const HookConsoleLine &line) {
        if (d->worker != worker || !d->running)
            return;
        d->result.console.append(line);
        Q_EMIT consoleLine(line);
    });
    connect(worker, &HookWorker::sendRequested, this,
            [this, worker](int id, const QString &kind, const QJsonObject &params,
                           const QString &sid, const QString &token, const QString &serviceSid) {
                if (d->worker != worker || !d->running)
                    return;
                d->startSend(id, kind, params, sid, token, serviceSid);
            });
    connect(worker, &HookWorker::ended, this, [this, worker](const HookRunResult &r) {
        if (d->worker != worker)
            return;
        d->finish(r);
    });
    d->limitTimer.start(qMax(1, request.timeLimitMs));
    d->thread->start();
}

QJsonObject HookRunner::sampleContext()
{
    // The sample Auth0's hook editor fills in for a Send Phone Message hook.
    return {
        {QStringLiteral("factor_type"), QStringLiteral("second")},
        {QStringLiteral("message_type"), QStringLiteral("sms")},
        {QStringLiteral("action"), QStringLiteral("enrollment")},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("code"), QStringLiteral("123456")},
        {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("user_agent"),
         QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_0) AppleWebKit/537.36 "
                        "(KHTML, like Gecko) Chrome/70.0.3538.77 Safari/537.36")},
        {QStringLiteral("client_id"), QStringLiteral("1234567890")},
        {QStringLiteral("name"), QStringLiteral("Test Application")},
        {QStringLiteral("client_metadata"),
         QJsonObject {{QStringLiteral("foo"), QStringLiteral("bar")}}},
        {QStringLiteral("user"),
         QJsonObject {{QStringLiteral("user_id"), QStringLiteral("auth0|test12345")},
                      {QStringLiteral("name"), QStringLiteral("Test User")},
                      {QStringLiteral("email"), QStringLiteral("test@example.com")},
                      {QStringLiteral("app_metadata"), QJsonObject {}},
                      {QStringLiteral("user_metadata"), QJsonObject {}}}},
    };
}

QString HookRunResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::HookError:
        return QStringLiteral("hook-error");
    case Outcome::Threw:
        return QStringLiteral("threw");
    case Outcome::SyntaxError:
        return QStringLiteral("syntax-error");
    case Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case Outcome::NoCallback:
        return QStringLiteral("no-callback");
    case Outcome::BadExport:
        return QStringLiteral("bad-export");
    case Outcome::RequireFailed:
        return QStringLiteral("require-failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

#include "HookRunner.moc"
