#include "HookRunOutcome.h"

#include <QJsonArray>

#include <csignal>

namespace {

using Outcome = HookRunResult::Outcome;

HookRunResult make(Outcome outcome, const QString &error, int line = 0)
{
    HookRunResult r;
    r.outcome = outcome;
    r.error = error;
    r.line = line;
    return r;
}

QString errorText(const QJsonObject &e)
{
    QString text = e.value(QLatin1String("message")).toString();
    const QString name = e.value(QLatin1String("name")).toString();
    if (!name.isEmpty() && name != QLatin1String("string") && name != QLatin1String("Error")
        && name != QLatin1String("object"))
        text = name + QStringLiteral(": ") + text;
    const QJsonValue code = e.value(QLatin1String("code"));
    if (!code.isUndefined() && !code.isNull())
        text = HookRunOutcome::tr("%1 (code %2)").arg(text, code.toVariant().toString());
    return text;
}

// Why require('NAME') failed and what to do, from what the runner saw.
QString requireText(const QJsonObject &failure, const HookRunRequest &request)
{
    const QString name = failure.value(QLatin1String("module")).toString();
    const QString why = failure.value(QLatin1String("why")).toString();
    if (why == QLatin1String("relative"))
        return HookRunOutcome::tr("require('%1') failed: Auth0 runs the code as one file, so it "
                                  "cannot load files beside it. Put that code in this file, or "
                                  "publish it as a package.")
            .arg(name);
    if (why == QLatin1String("folder"))
        return HookRunOutcome::tr("require('%1') failed: %1 is not installed in the profile's "
                                  "modules folder %2. Run \"npm install %1\" in that folder (and "
                                  "add %1 to the Action's dependencies in Auth0).")
            .arg(name, request.modulesDir);
    return HookRunOutcome::tr("require('%1') failed: the runner has Node's built-in modules and "
                              "twilio, and the profile names no modules folder for the rest. Run "
                              "\"npm install %1\" in a folder and choose it as the profile's "
                              "modules folder (Hook code page, or run-hook --modules DIR).")
        .arg(name);
}

} // namespace

HookRunResult HookRunOutcome::fromReport(const QJsonObject &done, const HookRunRequest &request)
{
    const QString outcome = done.value(QLatin1String("outcome")).toString();
    const CodeKind kind = RunEvents::kindFromName(done.value(QLatin1String("kind")).toString());
    const bool action = RunEvents::isAction(kind);
    const QJsonObject e = done.value(QLatin1String("error")).toObject();
    const int line = e.value(QLatin1String("line")).toInt();
    const QJsonArray requireFailures = done.value(QLatin1String("requireFailures")).toArray();
    HookRunResult r;
    const auto keepError = [&e](HookRunResult *result) {
        result->errorName = e.value(QLatin1String("name")).toString();
        const QJsonValue code = e.value(QLatin1String("code"));
        result->errorCode = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
        result->errorMessage = e.value(QLatin1String("message")).toString();
    };

    if (outcome == QLatin1String("success")) {
        r = make(Outcome::Success, {});
    } else if (outcome == QLatin1String("hook-error")) {
        r = make(Outcome::HookError, tr("The hook reported an error: %1").arg(errorText(e)));
        keepError(&r);
    } else if (outcome == QLatin1String("threw")) {
        const QString where = line > 0 ? tr(" at line %1").arg(line) : QString();
        r = make(Outcome::Threw,
                 action ? tr("The Action threw%1: %2. Auth0 fails the send with this error and "
                             "shows it in the tenant log.")
                              .arg(where, errorText(e))
                        : tr("The hook threw an exception%1: %2. Auth0 reports it as the hook's "
                             "error: catch it and call cb(error).")
                              .arg(where, errorText(e)),
                 line);
        keepError(&r);
    } else if (outcome == QLatin1String("syntax-error")) {
        r = make(Outcome::SyntaxError,
                 tr("The code does not parse: %1 (line %2). Fix it; the lint list shows where.")
                     .arg(e.value(QLatin1String("message")).toString())
                     .arg(line),
                 line);
    } else if (outcome == QLatin1String("no-callback")) {
        r = make(Outcome::NoCallback,
                 tr("The hook finished without calling cb: nothing is left to run and no Twilio "
                    "request is pending. Auth0 would wait until its time limit and fail the "
                    "login; call cb(error) or cb(null, result) on every path."));
    } else if (outcome == QLatin1String("not-settled")) {
        r = make(Outcome::NotSettled,
                 tr("The Action never finished: its promise did not settle and nothing is left "
                    "to run (no timer, no pending request). Auth0 would wait until its time "
                    "limit and fail the send; return or await every promise."));
    } else if (outcome == QLatin1String("bad-export")) {
        QStringList names;
        for (const QJsonValue &v : done.value(QLatin1String("exports")).toArray())
            names << v.toString();
        r = make(Outcome::BadExport,
                 tr("The file exports no code Auth0 can call for a phone message. Export an "
                    "Action handler, exports.onExecuteSendPhoneMessage or "
                    "exports.onExecuteCustomPhoneProvider = async (event, api) => { ... }, or a "
                    "legacy hook, module.exports = function (recipient, text, context, cb) { ... "
                    "}. Found: %1.")
                     .arg(names.isEmpty() ? done.value(QLatin1String("exportType")).toString()
                                          : names.join(QStringLiteral(", "))));
    } else if (outcome == QLatin1String("dropped")) {
        r = make(Outcome::Dropped,
                 tr("The Action dropped the message: %1. Auth0 logs the failure and does not try "
                    "again.")
                     .arg(done.value(QLatin1String("reason")).toString()));
    } else if (outcome == QLatin1String("retry")) {
        r = make(Outcome::RetryRequested,
                 tr("The Action asked for a retry: %1. Auth0 would call it again, up to 5 times "
                    "in the next minutes; this run does not.")
                     .arg(done.value(QLatin1String("reason")).toString()));
    } else {
        r = make(Outcome::RunnerFailed,
                 tr("The runner reported an ending it does not know (%1).").arg(outcome));
    }
    // A failed require() explains the failure that followed it better than the error does.
    if (!r.succeeded() && r.outcome != Outcome::SyntaxError && r.outcome != Outcome::BadExport
        && r.outcome != Outcome::Dropped && r.outcome != Outcome::RetryRequested
        && !requireFailures.isEmpty()) {
        const QString original = r.error;
        r.outcome = Outcome::RequireFailed;
        r.error = requireText(requireFailures.first().toObject(), request);
        if (outcome == QLatin1String("hook-error"))
            r.error += QLatin1Char(' ') + tr("The hook reported: %1").arg(original);
    }
    r.kind = kind;
    r.reason = done.value(QLatin1String("reason")).toString();
    r.result = done.value(QLatin1String("result"));
    return r;
}

HookRunResult HookRunOutcome::timedOut(const HookRunRequest &request, CodeKind kind)
{
    const QString limit = QString::number(request.timeLimitMs / 1000.0);
    HookRunResult r = make(
        Outcome::TimedOut,
        RunEvents::isAction(kind)
            ? tr("The Action was stopped after its time limit of %1 s. Auth0 stops it at 20 s "
                 "too: look for an endless loop, or a request or promise that never ends.")
                  .arg(limit)
            : tr("The hook was stopped after its time limit of %1 s. Auth0 stops it too: look "
                 "for an endless loop or a request that never answers, and call cb on every "
                 "path.")
                  .arg(limit));
    r.bound = HookRunResult::Bound::Time;
    r.kind = kind;
    return r;
}

HookRunResult HookRunOutcome::outputLimit(const HookRunRequest &request, const QString &stream,
                                          qint64 dropped)
{
    const int kb = qMax(1, request.outputLimitBytes / 1024);
    HookRunResult r = make(Outcome::OutputLimit,
                           tr("The run was stopped: it wrote more than %1 kB to %2. The first "
                              "%1 kB are shown; %n more byte(s) were counted and dropped. Look "
                              "for a log line in a loop (Auth0 keeps only 256 characters of an "
                              "Action's console output).",
                              nullptr, int(qMin<qint64>(dropped, INT_MAX)))
                               .arg(kb)
                               .arg(stream));
    r.bound = HookRunResult::Bound::Output;
    return r;
}

HookRunResult HookRunOutcome::memoryLimit(const HookRunRequest &request)
{
    HookRunResult r = make(Outcome::MemoryLimit,
                           tr("The run was stopped: it needed more memory than its limit (%1 MB "
                              "of JavaScript heap, %2 MB in all). Look for an array, string or "
                              "buffer that keeps growing.")
                               .arg(request.memoryLimitMb)
                               .arg(request.memoryLimitMb + 256));
    r.bound = HookRunResult::Bound::Memory;
    return r;
}

bool HookRunOutcome::isOutOfMemory(const QString &stderrTail)
{
    return stderrTail.contains(QLatin1String("heap out of memory"))
        || stderrTail.contains(QLatin1String("Allocation failed"))
        || stderrTail.contains(QLatin1String("std::bad_alloc"))
        || stderrTail.contains(QLatin1String("Out of memory"), Qt::CaseInsensitive);
}

HookRunResult HookRunOutcome::endedEarly(const HookRunRequest &request, int exitCode, bool crashed,
                                         const QString &stderrTail)
{
    if (isOutOfMemory(stderrTail) || (crashed && (exitCode == SIGABRT || exitCode == SIGSEGV)))
        return memoryLimit(request);
    QString last = stderrTail.trimmed().section(QLatin1Char('\n'), -3);
    if (last.isEmpty())
        last = tr("nothing on standard error");
    if (crashed)
        return make(Outcome::RunnerFailed,
                    tr("The runner was killed by signal %1 before the code finished (%2).")
                        .arg(exitCode)
                        .arg(last));
    return make(Outcome::RunnerFailed,
                tr("The process ended (exit code %1) before the code finished: did it call "
                   "process.exit()? Auth0 does not let code end its process. Last output: %2")
                    .arg(exitCode)
                    .arg(last));
}

HookRunResult HookRunOutcome::runnerFailed(const QString &why)
{
    return make(Outcome::RunnerFailed, why);
}

HookRunResult HookRunOutcome::cancelled()
{
    return make(Outcome::Cancelled, tr("The run was cancelled."));
}
