#pragma once

#include "CliOutput.h"
#include "profile/ProfileStore.h"
#include "run/SendJob.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QStringList>

class DeliveryLog;
class QCommandLineParser;
class QNetworkAccessManager;

// sms-hook-cli: parses the command line and runs one command on the core. Commands that talk
// to the keychain are asynchronous; run() returns -1 for them and the command ends the event
// loop with its exit code.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp();
    // Ends the network stack while the application object still exists: Qt's HTTP thread
    // closes its TLS sockets on the way out and warns when the application is already gone.
    ~CliApp();

    // Starts the command in args (argv without the program name). Returns an exit code, or -1
    // when the command finishes later through QCoreApplication::exit().
    int run(const QStringList &args);

    static QString usage();

    // Shared with the command groups that live in their own files (Commands.h).
    CliOutput &out() { return m_out; }
    ProfileStore &profiles() { return m_profiles; }
    SecretStore &secrets() { return m_secrets; }
    QNetworkAccessManager *network();
    // The delivery log at DeliveryLog::defaultPath() (SMSHOOK_LOG_PATH overrides), opened on
    // first use; it finishes its writes before the process exits.
    DeliveryLog *deliveryLog();
    // Parses a command's own options; on error prints why (exit 2) and returns false. Refuses
    // an option given twice, and a count of arguments other than positionals (positionalName
    // says what each is: "profile name", "file", ...).
    bool parse(QCommandLineParser &parser, const QStringList &args, const QString &command,
               int positionals, const QString &positionalName = QString());
    // The whole number in option name, within [minimum, maximum]; fallback when it is not given.
    // nullopt on a bad value, after printing why (exitCode: usage error).
    std::optional<int> numberOption(const QCommandLineParser &parser, const QString &name,
                                    int minimum, int maximum, int fallback, int *exitCode);
    std::optional<Profile> requireProfile(const QCommandLineParser &parser, int *exitCode);
    // A built-in sandbox profile gets an in-process sandbox to talk to; false if it cannot start.
    bool prepareProfile(Profile *profile, int *exitCode);
    int keychainFailure(const KeychainError &error) const;
    // Ends an asynchronous command (one whose run() returned -1) with this exit code.
    void finishLater(int code) const;

private:
    int profilesList(const QStringList &args);
    int profilesAdd(const QStringList &args);
    int profilesRemove(const QStringList &args);
    int secretsList(const QStringList &args);
    int secretsSet(const QStringList &args);
    int secretsUnset(const QStringList &args);
    int phone(const QStringList &args);
    int send(const QStringList &args);
    int verify(const QStringList &args);
    int status(const QStringList &args);
    int segments(const QStringList &args);
    int sandbox(const QStringList &args);
    int profilesAddSandbox(const QStringList &args);

    // Runs a SendJob for send and verify; the command ends through finishLater().
    int runSendJob(Profile profile, const SendRequest &request, bool wait);
    void reportSendResult(const SendResult &result, bool wait);
    // Reports a finished secrets set/unset job (asynchronous: returns -1).
    int reportSecretChange(SecretsJob *job, const QString &profile, const QString &name, bool set);

    CliOutput m_out;
    ProfileStore m_profiles;
    SecretStore m_secrets;
    QNetworkAccessManager *m_network = nullptr;
    DeliveryLog *m_deliveryLog = nullptr;
};
