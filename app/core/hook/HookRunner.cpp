#include "HookRunner.h"

#include "HookLint.h"
#include "HookRunOutcome.h"
#include "RunnerProcess.h"
#include "SecretRedactor.h"
#include "log/DeliveryLog.h"
#include "run/TwilioForwarder.h"
#include "secrets/SecretRules.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <utility>

namespace {

// Node and the runner start in a fraction of a second; the time limit counts from when the code
// is loaded. Past this, a runner that never reported is stopped too.
constexpr int StartupAllowanceMs = 10000;
constexpr int OldestNodeMajor = 18; // Auth0's oldest Action runtime

QString streamName(RunnerProcess::Stream stream)
{
    switch (stream) {
    case RunnerProcess::Stream::Stdout:
        return HookRunner::tr("standard output");
    case RunnerProcess::Stream::Stderr:
        return HookRunner::tr("standard error");
    case RunnerProcess::Stream::Channel:
        break;
    }
    return HookRunner::tr("the runner's channel");
}

QJsonValue redactJson(const QJsonValue &value, const SecretRedactor &redactor)
{
    if (value.isUndefined() || redactor.isEmpty())
        return value;
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    const QString safe = redactor.redact(QString::fromUtf8(json));
    const QJsonArray back = QJsonDocument::fromJson(safe.toUtf8()).array();
    return back.isEmpty() ? QJsonValue(safe) : back.first();
}

// The profile's modules folder as require() wants it: the folder where npm install ran.
QString modulesRoot(const QString &dir)
{
    if (dir.isEmpty())
        return {};
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(dir));
    return QFileInfo(clean).fileName() == QLatin1String("node_modules") ? QFileInfo(clean).path()
                                                                        : clean;
}

} // namespace

class HookRunner::Private
{
public:
    HookRunner *q;
    QPointer<DeliveryLog> log;
    QNetworkAccessManager *network = nullptr;
    QList<QPointer<SendJob>> following; // messages followed to their final status
    int pollIntervalMs = 0;
    int receiptWaitMs = 0;
    RunnerProcess *process = nullptr;
    QList<QPointer<TwilioForwarder>> forwarders;
    QTimer limitTimer;
    QElapsedTimer clock;
    HookRunRequest request; // its secrets are moved into the job as the run starts
    HookRunResult result; // console lines, requests and versions as they come
    std::optional<HookRunResult> ending; // decided; reported once the process is gone
    SecretRedactor redactor;
    QJsonObject cache; // api.cache per trigger, kept between runs
    bool running = false;
    int generation = 0;
    bool describingSyntax = false; // a syntax error's ending waits for the lint's words

    void start();
    void onMessage(const QJsonObject &message);
    void onExit();
    void forward(const QJsonObject &message);
    void end(HookRunResult r); // decides the ending and stops the process
    void report(HookRunResult r);
    void reportLater(const HookRunResult &r); // from the event loop, never inside run()
    void addLine(const QString &level, const QString &text, qint64 atMs);
    QJsonObject job(const QMap<QString, QString> &secrets) const;
    void detachProcess();
};

void HookRunner::Private::addLine(const QString &level, const QString &text, qint64 atMs)
{
    HookConsoleLine line;
    line.level = level;
    line.text = redactor.redact(text);
    line.atMs = atMs;
    result.console.append(line);
    Q_EMIT q->consoleLine(line);
}

QJsonObject HookRunner::Private::job(const QMap<QString, QString> &secrets) const
{
    const QJsonObject context = request.context.isEmpty()
        ? RunEvents::hookContext(RunEvents::fromContext({}, request.recipient, request.text))
        : request.context;
    const PhoneMessage message = RunEvents::fromContext(context, request.recipient, request.text);
    QJsonObject events;
    for (CodeKind kind : {CodeKind::SendPhoneMessage, CodeKind::CustomPhoneProvider}) {
        const QJsonObject event
            = RunEvents::merged(RunEvents::inputFor(kind, message), request.event);
        events.insert(RunEvents::kindName(kind), RunEvents::withSecrets(kind, event, secrets));
    }
    return {
        {QStringLiteral("t"), QStringLiteral("job")},
        {QStringLiteral("fileName"),
         request.fileName.isEmpty() ? QStringLiteral("code.js") : request.fileName},
        {QStringLiteral("source"), request.source},
        {QStringLiteral("recipient"), request.recipient},
        {QStringLiteral("text"), request.text},
        {QStringLiteral("context"), RunEvents::withSecrets(CodeKind::Hook, context, secrets)},
        {QStringLiteral("events"), events},
        {QStringLiteral("modulesDir"), modulesRoot(request.modulesDir)},
        {QStringLiteral("outputLimit"), request.outputLimitBytes},
        {QStringLiteral("cache"), cache},
    };
}

void HookRunner::Private::start()
{
    // Held only until the child has them (or the run cannot start): the redactor keeps what it
    // needs to hide them until the run ends.
    const QMap<QString, QString> secrets = std::exchange(request.secrets, {});
    const QString node = RunnerProcess::nodeProgram();
    if (node.isEmpty()) {
        reportLater(HookRunOutcome::runnerFailed(
            HookRunner::tr("Node.js is not installed (no \"node\" on PATH). Install it (Debian: "
                           "apt install nodejs; Auth0 runs Actions on Node 22 or 18), then run "
                           "again.")));
        return;
    }
    const QString dir = RunnerProcess::runnerDirectory();
    if (const QString problem = RunnerProcess::checkRunnerDirectory(dir); !problem.isEmpty()) {
        reportLater(HookRunOutcome::runnerFailed(problem));
        return;
    }
    process = new RunnerProcess(q);
    RunnerLimits limits;
    limits.heapMb = qMax(16, request.memoryLimitMb);
    limits.dataMb = limits.heapMb + 256;
    limits.outputBytes = qMax(1024, request.outputLimitBytes);
    const int runGeneration = generation;
    RunnerProcess *p = process;
    QObject::connect(p, &RunnerProcess::message, q, [this, p](const QJsonObject &m) {
        if (p == process)
            onMessage(m);
    });
    QObject::connect(p, &RunnerProcess::outputLine, q,
                     [this, p](RunnerProcess::Stream stream, const QString &line) {
                         if (p != process)
                             return;
                         addLine(stream == RunnerProcess::Stream::Stdout ? QStringLiteral("stdout")
                                                                         : QStringLiteral("stderr"),
                                 line, clock.elapsed());
                     });
    QObject::connect(
        p, &RunnerProcess::outputLimitReached, q, [this, p](RunnerProcess::Stream stream) {
            if (p == process)
                end(HookRunOutcome::outputLimit(request, streamName(stream), p->droppedBytes()));
        });
    QObject::connect(p, &RunnerProcess::exited, q, [this, p, runGeneration] {
        if (p == process && runGeneration == generation)
            onExit();
        p->deleteLater();
    });
    QString error;
    if (!p->start(node, dir, limits, &error)) {
        process = nullptr;
        p->deleteLater();
        reportLater(HookRunOutcome::runnerFailed(error));
        return;
    }
    result.processId = p->processId();
    p->send(job(secrets));
    limitTimer.start(request.timeLimitMs + StartupAllowanceMs);
}

void HookRunner::Private::onMessage(const QJsonObject &m)
{
    if (ending)
        return; // decided: what comes now is the process winding down
    const QString type = m.value(QLatin1String("t")).toString();
    if (type == QLatin1String("console")) {
        addLine(m.value(QLatin1String("level")).toString(),
                m.value(QLatin1String("text")).toString(),
                m.value(QLatin1String("at")).toInteger());
    } else if (type == QLatin1String("request")) {
        forward(m);
    } else if (type == QLatin1String("started")) {
        limitTimer.start(request.timeLimitMs); // from now on the code's own time
    } else if (type == QLatin1String("kind")) {
        result.kind = RunEvents::kindFromName(m.value(QLatin1String("kind")).toString());
        Q_EMIT q->kindKnown(result.kind);
    } else if (type == QLatin1String("hello")) {
        result.nodeVersion = m.value(QLatin1String("node")).toString();
        result.twilioVersion = m.value(QLatin1String("twilio")).toString();
        const int major = QStringView(result.nodeVersion).mid(1).split(u'.').value(0).toInt();
        if (major > 0 && major < OldestNodeMajor)
            addLine(QStringLiteral("warn"),
                    HookRunner::tr("This is Node %1; Auth0 runs Actions on Node 22 (or 18). "
                                   "Code that works here may not work there.")
                        .arg(result.nodeVersion),
                    clock.elapsed());
    } else if (type == QLatin1String("note")) {
        if (m.value(QLatin1String("what")).toString() == QLatin1String("second-cb"))
            addLine(QStringLiteral("warn"),
                    HookRunner::tr("cb was called again; Auth0 keeps only the first call, and so "
                                   "does this run."),
                    clock.elapsed());
    } else if (type == QLatin1String("output-limit")) {
        const qint64 dropped = qMax<qint64>(
            0, m.value(QLatin1String("bytes")).toInteger() - request.outputLimitBytes);
        HookRunResult r
            = HookRunOutcome::outputLimit(request, HookRunner::tr("the console"), dropped);
        r.droppedOutputBytes = dropped;
        end(r);
    } else if (type == QLatin1String("done")) {
        HookRunResult r = HookRunOutcome::fromReport(m, request);
        const QJsonValue c = m.value(QLatin1String("cache"));
        if (c.isObject() && RunEvents::isAction(r.kind))
            cache.insert(RunEvents::kindName(r.kind), c);
        end(r);
    }
}

void HookRunner::Private::forward(const QJsonObject &m)
{
    ForwardedRequest f;
    f.method = m.value(QLatin1String("method")).toString();
    f.url = QUrl(m.value(QLatin1String("uri")).toString(), QUrl::StrictMode);
    const QJsonObject headers = m.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        f.headers.append(qMakePair(it.key().toUtf8(), it.value().toVariant().toString().toUtf8()));
    f.body = m.value(QLatin1String("body")).toString().toUtf8();
    f.username = m.value(QLatin1String("username")).toString();
    f.password = m.value(QLatin1String("password")).toString();
    f.authorization = m.value(QLatin1String("authorization")).toString().toUtf8();
    // Credentials the code passes are secrets too, wherever they came from.
    redactor.add(f.password);
    if (f.authorization.size() > 7)
        redactor.add(QString::fromUtf8(f.authorization.mid(7)));
    const int id = m.value(QLatin1String("id")).toInt();
    const SendRequest::Source source = RunEvents::isAction(result.kind)
        ? SendRequest::Source::Action
        : SendRequest::Source::Hook;
    auto *forwarder = new TwilioForwarder(request.profile, log, network, source, q);
    forwarders.append(forwarder);
    if (pollIntervalMs > 0)
        forwarder->setDeliveryPolling(pollIntervalMs, receiptWaitMs);
    QObject::connect(forwarder, &TwilioForwarder::followingDelivery, q, [this](SendJob *job) {
        following.append(job);
        QObject::connect(job, &SendJob::statusChanged, q, [this, job](const StatusTransition &t) {
            Q_EMIT q->deliveryStatus(job->result().message.sid, t.status);
        });
        QObject::connect(job, &SendJob::finished, q, [this, job] {
            following.removeAll(job);
            following.removeAll(nullptr);
            if (following.isEmpty())
                Q_EMIT q->deliveriesSettled();
        });
    });
    RunnerProcess *p = process;
    QObject::connect(forwarder, &TwilioForwarder::finished, q, [this, forwarder, p, id] {
        forwarder->deleteLater();
        forwarders.removeAll(forwarder);
        if (p != process || ending)
            return;
        const ForwardedResult &fr = forwarder->result();
        HookRequestRecord rec;
        rec.method = fr.method;
        rec.url = redactor.redact(fr.url);
        rec.summary = redactor.redact(fr.summary);
        rec.httpStatus = fr.answered ? fr.answer.status : 0;
        rec.sid = fr.sid;
        rec.error = redactor.redact(fr.error);
        rec.elapsedMs = fr.elapsedMs;
        rec.logged = fr.logged;
        result.requests.append(rec);
        Q_EMIT q->requestMade(rec);
        QJsonObject answer {{QStringLiteral("t"), QStringLiteral("answer")},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("ok"), fr.answered}};
        if (fr.answered) {
            QJsonObject answerHeaders;
            for (const auto &h : fr.answer.headers)
                answerHeaders.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
            answer.insert(QStringLiteral("status"), fr.answer.status);
            answer.insert(QStringLiteral("body"), QString::fromUtf8(fr.answer.body));
            answer.insert(QStringLiteral("headers"), answerHeaders);
        } else {
            answer.insert(QStringLiteral("message"), redactor.redact(fr.failure));
            answer.insert(QStringLiteral("code"), fr.failureCode);
        }
        p->send(answer);
    });
    forwarder->start(f, [this](const QString &text) { return redactor.containsSecret(text); });
}

void HookRunner::Private::end(HookRunResult r)
{
    if (ending || !running)
        return;
    limitTimer.stop();
    ending = r;
    for (const QPointer<TwilioForwarder> &f : std::as_const(forwarders)) {
        if (f)
            f->cancel();
    }
    if (process)
        process->kill(); // reported from onExit(), once the process is gone
    else
        report(r);
}

void HookRunner::Private::onExit()
{
    RunnerProcess *p = process;
    process = nullptr;
    result.droppedOutputBytes = p->droppedBytes();
    if (!ending) {
        // It ended on its own, before its report: Node stopped it (memory), or the code did.
        if (!p->startError().isEmpty())
            ending = HookRunOutcome::runnerFailed(
                HookRunner::tr("Node.js could not be started: %1").arg(p->startError()));
        else
            ending = HookRunOutcome::endedEarly(
                request, p->exitCode(), p->exitStatus() == QProcess::CrashExit, p->stderrTail());
    }
    report(*ending);
}

void HookRunner::Private::report(HookRunResult r)
{
    if (!running)
        return;
    if (r.outcome == HookRunResult::Outcome::SyntaxError && !describingSyntax) {
        // Node's parser words the error its own way; the lint list's parser (acorn) says it
        // again, so that the run and the lint list speak of the same error the same way. Off
        // the UI thread, as every lint is.
        describingSyntax = true;
        const int g = generation;
        auto *watcher = new QFutureWatcher<std::optional<LintIssue>>(q);
        QObject::connect(watcher, &QFutureWatcherBase::finished, q,
                         [this, watcher, g, r]() mutable {
                             watcher->deleteLater();
                             describingSyntax = false;
                             if (g != generation)
                                 return;
                             describingSyntax = true; // this report is the described one
                             if (const std::optional<LintIssue> issue = watcher->result()) {
                                 r.error = HookLint::describeSyntaxError(*issue);
                                 r.line = issue->line;
                             }
                             report(r);
                             describingSyntax = false;
                         });
        watcher->setFuture(
            QtConcurrent::run([source = request.source] { return HookLint::syntaxError(source); }));
        return;
    }
    running = false;
    limitTimer.stop();
    if (r.kind == CodeKind::Unknown)
        r.kind = result.kind;
    r.console = result.console;
    r.requests = result.requests;
    r.processId = result.processId;
    r.nodeVersion = result.nodeVersion;
    r.twilioVersion = result.twilioVersion;
    r.droppedOutputBytes = qMax(r.droppedOutputBytes, result.droppedOutputBytes);
    r.elapsedMs = clock.elapsed();
    r.error = redactor.redact(r.error);
    r.reason = redactor.redact(r.reason);
    r.result = redactJson(r.result, redactor);
    redactor = SecretRedactor(); // nothing of this run is redacted any more
    result = r;
    Q_EMIT q->finished(result);
}

void HookRunner::Private::reportLater(const HookRunResult &r)
{
    const int g = generation;
    QMetaObject::invokeMethod(
        q,
        [this, g, r] {
            if (g == generation)
                report(r);
        },
        Qt::QueuedConnection);
}

void HookRunner::Private::detachProcess()
{
    if (!process)
        return;
    // Left to die on its own: it deletes itself once reaped.
    RunnerProcess *p = std::exchange(process, nullptr);
    p->kill();
}

HookRunner::HookRunner(DeliveryLog *log, QObject *parent) : QObject(parent), d(new Private)
{
    d->q = this;
    d->log = log;
    d->network = new QNetworkAccessManager(this);
    d->limitTimer.setSingleShot(true);
    connect(&d->limitTimer, &QTimer::timeout, this,
            [this] { d->end(HookRunOutcome::timedOut(d->request, d->result.kind)); });
}

HookRunner::~HookRunner()
{
    d->running = false;
    for (const QPointer<TwilioForwarder> &f : std::as_const(d->forwarders)) {
        if (f)
            f->cancel();
    }
    delete d->process; // kills the group and reaps it
    d->process = nullptr;
    delete d;
}

int HookRunner::deliveriesFollowed() const
{
    int n = 0;
    for (const QPointer<SendJob> &job : d->following)
        n += job && !job->result().isFinished() ? 1 : 0;
    return n;
}

void HookRunner::setDeliveryPolling(int pollIntervalMs, int receiptWaitMs)
{
    d->pollIntervalMs = pollIntervalMs;
    d->receiptWaitMs = receiptWaitMs;
}

bool HookRunner::isRunning() const
{
    return d->running;
}

bool HookRunner::holdsSecrets() const
{
    return !d->request.secrets.isEmpty() || !d->redactor.isEmpty();
}

void HookRunner::cancel()
{
    if (!d->running)
        return;
    d->ending = HookRunOutcome::cancelled();
    for (const QPointer<TwilioForwarder> &f : std::as_const(d->forwarders)) {
        if (f)
            f->cancel();
    }
    d->detachProcess();
    d->report(*d->ending);
}

void HookRunner::run(const HookRunRequest &request)
{
    if (d->running)
        cancel();
    ++d->generation;
    d->request = request;
    d->result = HookRunResult();
    d->ending.reset();
    d->redactor = SecretRedactor();
    // The SIDs and the sender number are identifiers the console shows elsewhere (the delivery
    // log, the Run page); the token and custom secrets are not.
    static const QStringList shown {SecretNames::AccountSid, SecretNames::PhoneNumber,
                                    SecretNames::VerifyServiceSid};
    for (auto it = request.secrets.cbegin(); it != request.secrets.cend(); ++it) {
        if (!shown.contains(it.key()))
            d->redactor.add(it.value());
    }
    for (const QString &name : shown)
        d->redactor.keep(request.secrets.value(name));
    d->running = true;
    d->clock.start();
    d->start();
}

QJsonObject HookRunner::sampleContext()
{
    return RunEvents::hookContext(PhoneMessage());
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
    case Outcome::Dropped:
        return QStringLiteral("dropped");
    case Outcome::RetryRequested:
        return QStringLiteral("retry");
    case Outcome::NotSettled:
        return QStringLiteral("not-settled");
    case Outcome::MemoryLimit:
        return QStringLiteral("memory-limit");
    case Outcome::OutputLimit:
        return QStringLiteral("output-limit");
    case Outcome::RunnerFailed:
        return QStringLiteral("runner-failed");
    }
    return {};
}

QString HookRunResult::boundName(Bound bound)
{
    switch (bound) {
    case Bound::None:
        return {};
    case Bound::Time:
        return QStringLiteral("time");
    case Bound::Memory:
        return QStringLiteral("memory");
    case Bound::Output:
        return QStringLiteral("output");
    }
    return {};
}
