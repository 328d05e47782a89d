#pragma once

#include "profile/Profile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class DeliveryLog;

// One run of a Send Phone Message hook, as Auth0 would call it.
struct HookRunRequest
{
    QString source; // the hook's JavaScript
    QString fileName; // shown in error messages, e.g. "hook.js"
    QString recipient; // Auth0's `recipient`
    QString text; // Auth0's `text`
    QJsonObject context; // Auth0's `context`; context.webtask.secrets is filled by the runner
    QMap<QString, QString> secrets; // the profile's secrets, from the keychain
    Profile profile; // where the Twilio shim sends (Twilio or the sandbox)
    int timeLimitMs = 20000; // like Auth0's: then the script is interrupted
};

// One request the script made through require('twilio'), with the auth redacted.
struct HookRequestRecord
{
    QString method;
    QString url;
    QString summary; // "To=+1..., From=+1..., Body=..." (never a secret)
    int httpStatus = 0; // 0: no answer
    QString sid; // the created resource, when any
    QString error; // Twilio's code and message, when it failed
    qint64 elapsedMs = 0;
};

struct HookConsoleLine
{
    QString level; // "log", "info", "warn", "error", "debug"
    QString text;
    qint64 atMs = 0; // since the start of the run
};

struct HookRunResult
{
    enum class Outcome {
        Success, // cb(null, result)
        HookError, // cb(error)
        Threw, // an uncaught exception
        SyntaxError, // the code does not parse
        TimedOut, // interrupted at the time limit
        NoCallback, // the script finished and nothing is pending, but cb was never called
        BadExport, // module.exports is not a function
        RequireFailed, // require() of a module the runner does not provide
        Cancelled,
    };
    Outcome outcome = Outcome::Cancelled;
    QString error; // translated: what happened and what to do; empty on success
    int line = 0; // for SyntaxError and Threw, when known
    QJsonValue result; // cb's second argument
    QList<HookConsoleLine> console;
    QList<HookRequestRecord> requests;
    qint64 elapsedMs = 0;

    bool succeeded() const { return outcome == Outcome::Success; }
    static QString outcomeName(Outcome outcome); // stable, for --json: "success", "timed-out", ...
};

// Runs hook code in a QJSEngine on its own thread with Auth0's parameters. require('twilio')
// returns a shim over the core Twilio client (SendJob), so sends go through QNetworkAccessManager
// to the profile's Twilio or sandbox and land in the delivery log with source "hook". No files,
// processes or other network. Emits finished() exactly once per run(); never blocks the caller.
class HookRunner : public QObject
{
    Q_OBJECT
public:
    explicit HookRunner(DeliveryLog *log = nullptr, QObject *parent = nullptr);
    ~HookRunner() override;

    void run(const HookRunRequest &request);
    void cancel();
    bool isRunning() const;

    // A context prefilled like Auth0's sample (message_type, action, language, code, ip,
    // user_agent, client_id, name, client_metadata, user), without webtask.secrets.
    static QJsonObject sampleContext();

Q_SIGNALS:
    void consoleLine(const HookConsoleLine &line); // live, while the script runs
    void requestMade(const HookRequestRecord &request); // live
    void finished(const HookRunResult &result);

private:
    class Private;
    Private *d;
};
