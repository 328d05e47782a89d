#pragma once

#include "HookRunner.h"

#include <QCoreApplication>

// How a run ended, in the user's words: from the runner's final report, from a bound the console
// enforced, or from a process that ended on its own. Pure; the texts are translated and say what
// to do. Redaction is the caller's.
class HookRunOutcome
{
    Q_DECLARE_TR_FUNCTIONS(HookRunOutcome)
public:
    // The runner's 'done' message.
    static HookRunResult fromReport(const QJsonObject &done, const HookRunRequest &request);
    static HookRunResult timedOut(const HookRunRequest &request, CodeKind kind);
    static HookRunResult outputLimit(const HookRunRequest &request, const QString &stream,
                                     qint64 dropped);
    static HookRunResult memoryLimit(const HookRunRequest &request);
    // The process ended without a report: its exit, and Node's last words on standard error.
    static HookRunResult endedEarly(const HookRunRequest &request, int exitCode, bool crashed,
                                    const QString &stderrTail);
    static HookRunResult runnerFailed(const QString &why);
    static HookRunResult cancelled();
    // True when Node's last words say it ran out of memory.
    static bool isOutOfMemory(const QString &stderrTail);
};
