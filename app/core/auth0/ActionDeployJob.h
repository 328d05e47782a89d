#pragma once

#include "Auth0Error.h"
#include "Auth0Types.h"
#include "TenantStatus.h"
#include "profile/Profile.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class Auth0Client;
class Auth0Reply;
class QNetworkAccessManager;
class QTimer;
class SecretStore;
class TenantStatusJob;

// What to deploy and how.
struct ActionDeployRequest
{
    QString code;
    // The Action's name; empty: the one bound to the trigger, else "SMS Hook Console (<profile>)".
    QString name;
    QString runtime; // empty: node22
    bool activate = true; // bind it, turn SMS on, select the custom provider
};

// One step of a deploy, as the user follows it.
struct ActionDeployStep
{
    enum class Id {
        Check, // lint, the export against the tenant's mode, the secrets in the keychain
        Save, // create or update the Action: code, runtime, twilio, secrets
        Build, // wait for Auth0 to build it
        Deploy, // deploy and wait until the version is deployed
        Bind, // the trigger's bindings: this Action as its only phone sender
        Factor, // the SMS factor on, sms among the message types
        Provider, // legacy: phone-message-hook; Unified: the custom phone provider
        Verify, // read the tenant's status back
    };
    enum class State { Pending, Running, Done, Skipped, Failed, Cancelled };

    Id id = Id::Check;
    State state = State::Pending;
    QString title; // translated
    QString detail; // translated: what was done, or why it failed

    static QString idName(Id id); // stable, for --json: "check", "save", ...
    static QString stateName(State state);
};

// Deploys code as the profile's Action and (unless told not to) activates it, step by step: refuses
// with the fix when the export does not match the tenant's mode, lint has errors or a secret the
// code reads is not in the keychain; creates or updates the Action with the code, the runtime, the
// twilio dependency pinned and the secrets the code reads (values from the keychain, never the
// Auth0 client secret, never a placeholder); waits for the build; deploys and waits until the
// version is deployed; binds it as the trigger's only phone Action (bindings replace the whole
// list: Actions that do not send are kept); turns the SMS factor on; legacy: selects
// phone-message-hook; Unified: creates or updates the "custom" phone provider for the delivery
// methods the code handles (credentials {} as Auth0 requires); then reads the status back.
// Every step is reported; cancel() stops before the next write; a failure says what was done
// and what was not. finished() once, then deleteLater. Secrets and the token are dropped at the
// end.
class ActionDeployJob : public QObject
{
    Q_OBJECT
public:
    static ActionDeployJob *start(const Profile &profile, const ActionDeployRequest &request,
                                  SecretStore *secrets, QNetworkAccessManager *network,
                                  QObject *parent = nullptr);

    // The steps of every deploy, in order, all pending: for showing the plan before it starts.
    static QList<ActionDeployStep> plannedSteps();
    const QList<ActionDeployStep> &steps() const { return m_steps; }
    bool failed() const { return !m_error.isEmpty(); }
    bool cancelled() const { return m_cancelled; }
    // Translated: why it stopped and what to do; empty on success.
    QString error() const { return m_error; }
    // Translated, one paragraph: what was done and what was not (after a failure midway).
    QString report() const;
    const Action &action() const { return m_action; } // the Action as last read
    const std::optional<TenantStatus> &status() const { return m_status; }

    void cancel();
    // How often the build and deploy are polled, and how long they may take.
    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    void setBuildTimeoutMs(int ms) { m_buildTimeoutMs = ms; }

Q_SIGNALS:
    void stepChanged(const ActionDeployStep &step);
    void finished();

private:
    ActionDeployJob(const Profile &profile, const ActionDeployRequest &request,
                    QNetworkAccessManager *network, QObject *parent);
    void readKeychain(SecretStore *secrets);
    void check(const QMap<QString, QString> &values);
    void afterLint(const QStringList &usedSecrets, const QStringList &lintErrors);
    void readMode();
    void findAction();
    void save();
    void waitForBuild();
    void deploy();
    void waitForDeploy(const QString &versionId);
    void bind();
    void factor();
    void provider();
    void verify();

    // Sends request; on success calls next with the reply, else fails the current step.
    void call(const struct Auth0Request &request, std::function<void(Auth0Reply *)> next);
    void setStep(ActionDeployStep::Id id, ActionDeployStep::State state,
                 const QString &detail = {});
    void fail(const QString &message);
    void failWith(const Auth0Error &error);
    void finish();
    bool stopping();

    Profile m_profile;
    ActionDeployRequest m_request;
    QNetworkAccessManager *m_network;
    QPointer<Auth0Client> m_client;
    QPointer<Auth0Reply> m_reply;
    QPointer<TenantStatusJob> m_statusJob;
    QTimer *m_poll = nullptr;
    QList<ActionDeployStep> m_steps;
    ActionDeployStep::Id m_current = ActionDeployStep::Id::Check;
    QMap<QString, QString> m_secretValues; // what the code reads; dropped once sent
    QString m_clientSecret; // for reading the status back; dropped at the end
    QString m_trigger;
    bool m_unified = false;
    Action m_action;
    bool m_created = false;
    int m_previousVersion = 0;
    QString m_error;
    bool m_cancelled = false;
    bool m_finished = false;
    int m_pollMs = 500;
    int m_buildTimeoutMs = 180000;
    qint64 m_waitStartedMs = 0;
    std::optional<TenantStatus> m_status;
};
