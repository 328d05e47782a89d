#pragma once

#include "hook/RunEvents.h"
#include "profile/Profile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class DeliveryLog;

// One run of Send Phone Message code as Auth0 would call it: a legacy hook
// (module.exports = function (recipient, text, context, cb)) or an Action
// (onExecuteSendPhoneMessage / onExecuteCustomPhoneProvider). What the file exports decides.
struct HookRunRequest
{
    QString source; // the JavaScript
    QString fileName; // shown in error messages and stack traces, e.g. "hook.js"
    QString recipient; // Auth0's recipient, in E.164
    QString text; // Auth0's rendered text
    // A hook's context; empty: the sample for recipient and text. Its code, message_type, action
    // and language also shape an Action's event. webtask.secrets is filled by the runner.
    QJsonObject context;
    // Merged over the event built for the Action's trigger (RunEvents::merged): empty runs the
    // built event as it is. event.secrets is filled by the runner.
    QJsonObject event;
    QMap<QString, QString> secrets; // the profile's secrets, from the keychain
    Profile profile; // where require('twilio') sends (Twilio or the sandbox)
    // Where other packages the code requires are installed (a folder where `npm install NAME`
    // ran, or its node_modules); empty: none.
    QString modulesDir;
    int timeLimitMs = 20000; // Auth0's limit for a trigger execution
    int memoryLimitMb = 256; // JavaScript heap; the process as a whole may use 256 MB more
    int outputLimitBytes = 256 * 1024; // kept per output stream; more stops the run
};

// One request the code's Twilio client made, as the console sent it (auth and secrets redacted).
struct HookRequestRecord
{
    QString method;
    QString url; // where it went: the profile's Twilio or sandbox
    QString summary; // "To=+1..., From=+1..., Body=..." (never a secret)
    int httpStatus = 0; // 0: no answer
    QString sid; // the created resource, when any
    QString error; // Twilio's code and message, or why there was no answer
    qint64 elapsedMs = 0;
    bool logged = false; // a message or verification creation, written to the delivery log
};

struct HookConsoleLine
{
    // "log", "info", "warn", "error", "debug" (console.*), "stdout", "stderr" (raw output)
    QString level;
    QString text;
    qint64 atMs = 0; // since the start of the run
};

struct HookRunResult
{
    enum class Outcome {
        Success, // cb(null, result), or the Action's promise resolved
        HookError, // cb(error)
        Threw, // an uncaught exception, or the Action's promise rejected
        SyntaxError, // the code does not parse
        TimedOut, // stopped at the time limit
        NoCallback, // a hook ended with nothing left to run, but cb was never called
        BadExport, // neither a hook function nor an Action handler is exported
        RequireFailed, // the run failed after require() of a module it cannot have
        Cancelled,
        Dropped, // api.notification.drop(reason)
        RetryRequested, // api.notification.retry(reason)
        NotSettled, // an Action's promise never settled, with nothing left to run
        MemoryLimit, // stopped: more memory than its limit
        OutputLimit, // stopped: more output than its limit
        RunnerFailed, // Node is missing, or the runner could not run the code
    };
    enum class Bound { None, Time, Memory, Output };

    Outcome outcome = Outcome::Cancelled;
    CodeKind kind = CodeKind::Unknown;
    Bound bound = Bound::None; // which bound stopped the run
    QString error; // translated: what happened and what to do; empty on success
    QString reason; // drop/retry: the reason the Action gave (at most 1024 characters)
    // Threw / HookError: the error as the code made it (Twilio's RestException has a code),
    // untranslated, for the tenant log's failure_details.
    QString errorName;
    QString errorCode;
    QString errorMessage;
    int line = 0; // for SyntaxError and Threw, when known
    QJsonValue result; // cb's second argument, or what the Action's promise resolved to
    QList<HookConsoleLine> console;
    QList<HookRequestRecord> requests;
    qint64 droppedOutputBytes = 0; // output past the limit: counted, not kept
    qint64 elapsedMs = 0;
    qint64 processId = 0; // the runner's process, gone when the result is reported
    QString nodeVersion; // e.g. "v20.20.2"
    QString twilioVersion; // the twilio package require('twilio') answers with

    bool succeeded() const { return outcome == Outcome::Success; }
    // Stable, for --json: "success", "timed-out", "dropped", ...
    static QString outcomeName(Outcome outcome);
    static QString boundName(Bound bound); // "", "time", "memory", "output"
};

// Runs hook and Action code in a child process of Node (resources/runner), never inside the
// console, bounded in time, memory and output; a run past a bound is killed with its whole
// process group and says which bound it hit. require('twilio') is Twilio's own Node SDK whose
// HTTP goes through the console: each request is sent to the profile's Twilio or sandbox with
// the core Twilio client (message and verification creations through SendJob, so they land in
// the delivery log with source "hook" or "action" before they are sent), and the answer goes
// back to the SDK as Twilio gave it. Secrets are redacted from everything the run shows, in
// simple disguises too (SecretRedactor). api.cache lives on between runs of the same runner, in
// memory only. Emits finished() exactly once per run(), after the process is gone (a cancel
// reports at once); never blocks the caller.
class HookRunner : public QObject
{
    Q_OBJECT
public:
    explicit HookRunner(DeliveryLog *log = nullptr, QObject *parent = nullptr);
    ~HookRunner() override;

    void run(const HookRunRequest &request);
    void cancel();
    bool isRunning() const;
    // Whether any secret value of a run is still in memory here: the request's secrets until the
    // child has them, the values to redact until the run is reported; never once it has ended.
    bool holdsSecrets() const;
    // Messages the code created that are still followed to their final status (each one's
    // log row is updated as its statuses arrive, after the run too, while the runner lives).
    int deliveriesFollowed() const;
    // How often those are polled and how long `sent` waits for a receipt (tests, the CLI).
    void setDeliveryPolling(int pollIntervalMs, int receiptWaitMs);

    // The per-profile setting (ProfileStore::profileValue) that names the modules folder.
    static QString modulesDirKey() { return QStringLiteral("runner/modulesDir"); }

    // A hook context prefilled like Auth0's sample (message_type, action, language, code, ip,
    // user_agent, client_id, name, client_metadata, user), without webtask.secrets.
    static QJsonObject sampleContext();

Q_SIGNALS:
    void consoleLine(const HookConsoleLine &line); // live, while the code runs
    void requestMade(const HookRequestRecord &request); // live, when answered
    void kindKnown(CodeKind kind); // once the runner has loaded the code
    void finished(const HookRunResult &result);
    // A followed message's status changed (sid, Twilio's status), live.
    void deliveryStatus(const QString &sid, const QString &status);
    // The last followed message has its final status (or was given up).
    void deliveriesSettled();

private:
    class Private;
    Private *d;
};
