#pragma once

#include "sandbox/Auth0SandboxFixtures.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class Auth0SandboxPrivate;

// An Auth0 simulator on loopback: two tenants (Auth0SandboxFixtures), each on its own port of
// 127.0.0.1, answering at its base URL exactly the paths Auth0 serves at https://{domain}:
// /oauth/token (client credentials) and the Management API under /api/v2 that the console uses
// (tenant settings, Actions with versions, deploy and executions, triggers and bindings,
// Guardian factors and the phone message types / selected provider, branding phone providers with
// /try, logs with q/page and from/take, legacy hooks). Auth0's wire format and errors
// ({"statusCode","error","message","errorCode"}), scopes checked per endpoint, x-ratelimit-*
// headers and 429, Action builds that go pending -> building -> built (or failed when the code
// does not parse). On the Unified tenant the legacy Guardian phone endpoints answer 403 with
// Auth0's "deprecated feature" error, as Auth0 does. Event-driven on its thread; never blocks.
class Auth0Sandbox : public QObject
{
    Q_OBJECT
public:
    using Mode = Auth0SandboxFixtures::Tenant::Mode;

    // One request as the sandbox answered it, for tests.
    struct LoggedRequest
    {
        Mode tenant = Mode::Unified;
        QString method; // "GET", "POST", "PATCH", "PUT", "DELETE"
        QString path; // URL path without the query: "/api/v2/actions/actions"
        QString query; // the raw query string
        QByteArray body;
        QString clientId; // of the token used, empty when none or refused
        int httpStatus = 0;
    };

    // An Action as the tenant stores it, for tests and for issue "MFA flow" (which runs the
    // deployed code in the local runner). secretValues holds what the console sent.
    struct StoredAction
    {
        QString id;
        QString name;
        QString triggerId;
        QString code; // the draft
        QString runtime;
        QMap<QString, QString> secretValues;
        QMap<QString, QString> dependencies; // name -> version
        QString buildStatus;
        bool deployed = false; // a deployed version exists
        QString deployedCode; // that version's code
        QMap<QString, QString> deployedSecretValues;
    };

    // What a tenant holds when the sandbox starts or is reset.
    enum class Preset {
        // Wired up for the console: SMS factor on, message type sms, and
        //  Unified: a "custom" phone provider (text) and a deployed, bound custom-phone-provider
        //    Action sending through the Twilio sandbox's fixture account;
        //  Legacy: selected provider phone-message-hook and a deployed, bound send-phone-message
        //    Action, plus one disabled legacy send-phone-message hook still listed.
        Wired,
        // A bare tenant: SMS factor off, provider "auth0" (legacy) / no phone provider (Unified),
        // no Action, no binding, no log event.
        Empty,
    };

    // Milliseconds for each build step (pending -> building -> built) before the time scale.
    static constexpr int BuildStepMs = 400;

    explicit Auth0Sandbox(QObject *parent = nullptr);
    ~Auth0Sandbox() override;

    // Listens on 127.0.0.1 only, one port per tenant; port 0 picks free ports. False when a port
    // is taken.
    bool listen(quint16 unifiedPort = 0, quint16 legacyPort = 0);
    bool isListening() const;
    // http://127.0.0.1:PORT of the tenant: the base of /oauth/token and /api/v2.
    QUrl baseUrl(Mode tenant) const;
    static const Auth0SandboxFixtures::Tenant &tenant(Mode mode);

    // The Twilio sandbox the Wired Actions send through. Their secrets TWILIO_* hold its fixture
    // credentials; their code is what a user deploys and names no URL (twilio-node has no base
    // URL option), so the URL is not a secret: the console's local runner, which gives the code
    // its require('twilio'), reads it here. Empty: https://api.twilio.com.
    void setTwilioBaseUrl(const QUrl &url);
    QUrl twilioBaseUrl() const;

    // Real seconds per sandbox second for builds; 0.05 makes a build finish in about 40 ms.
    void setTimeScale(double scale);
    // Lifetime of new tokens, seconds (Auth0's default is 86400).
    void setTokenLifetimeSecs(int secs);
    // Management API requests allowed per tenant in any one-second window; more get 429 with
    // x-ratelimit-reset. 0 (the default) means no limit.
    void setRateLimit(int requestsPerSecond);

    // Puts a tenant back to a preset; forgets its tokens, Actions, logs and request log entries.
    void reset(Mode tenant, Preset preset = Preset::Wired);

    // Adds a tenant log event (the fields Auth0 sends; log_id and date are filled when absent).
    // Returns its log_id.
    QString addLogEvent(Mode tenant, const QJsonObject &event);

    QList<LoggedRequest> requestLog() const;
    // Requests whose method matches (empty: any) and whose path matches pathPattern, where '*'
    // stands for any run of characters, '/' included.
    int requestCount(const QString &method, const QString &pathPattern) const;
    QList<StoredAction> actions(Mode tenant) const;
    // The access tokens the tenant issued (the newest last), so that tests can look for them
    // where they must never be: files, logs, exports.
    QStringList issuedTokens(Mode tenant) const;
    // The Action bound to trigger (first binding), or nullopt.
    std::optional<StoredAction> boundAction(Mode tenant, const QString &triggerId) const;

    // Keeps an execution so that GET /api/v2/actions/executions/{id} answers it: the fields
    // Auth0 sends ({trigger_id, status, results:[{action_name, error, started_at, ended_at}]});
    // id, created_at and updated_at are filled when absent. Returns its id. The newest 1,000 are
    // kept.
    QString recordExecution(Mode tenant, const QJsonObject &execution);

    // A test message asked for with POST /api/v2/branding/phone/providers/{id}/try, answered
    // 202 as Auth0 does (Auth0 sends it afterwards).
    struct ProviderTry
    {
        Mode tenant = Mode::Unified;
        QString providerId;
        QString providerName; // "custom", "twilio"
        QString to; // E.164
        QString deliveryMethod; // "text", "voice"
        QString actionId; // "custom": the bound, deployed custom-phone-provider Action
    };

    // One run of a deployed Action, as the tenant asks for it when an MFA text message is due
    // (an enrolment with /mfa/associate, a challenge with /mfa/challenge). The executor runs code
    // with secrets and event (Auth0's event for triggerId, the code in it fresh) and sends the
    // code's Twilio requests to twilioBaseUrl (the Twilio sandbox, setTwilioBaseUrl()).
    struct ActionRun
    {
        Mode tenant = Mode::Unified;
        QString executionId; // GET /api/v2/actions/executions/{id} answers it afterwards
        QString triggerId; // send-phone-message or custom-phone-provider
        QString actionId;
        QString actionName;
        QString versionId;
        QString bindingId;
        QString code; // the deployed version's code
        QString runtime;
        QMap<QString, QString> secrets; // the deployed version's secrets, with their values
        QJsonObject event; // Auth0's event for the trigger, secrets filled in
        QUrl twilioBaseUrl;
        QString recipient; // E.164
        QString otp; // the code the text must carry
        int attempt = 1; // 2..6 after api.notification.retry()
        bool test = false; // POST /actions/actions/{id}/test: the draft's code, nothing logged
    };
    // How the run ended, as the tenant records it (gd_send_sms or gd_send_sms_failure).
    struct ActionRunOutcome
    {
        enum class Kind {
            Success, // the promise resolved
            Threw, // an error was thrown or the promise rejected: errorCode / errorMessage
            Dropped, // api.notification.drop(reason)
            Retry, // api.notification.retry(reason)
            TimedOut, // past Auth0's 20 seconds
            Failed, // the executor could not run the code at all (errorMessage says why)
        };
        Kind kind = Kind::Failed;
        QString errorCode; // the thrown error's code (Twilio's 21211, ...), may be empty
        QString errorMessage; // the thrown error's message, or why the run failed
        QString errorName; // "Error", "RestException"
        QString reason; // drop / retry
        QStringList messageSids; // the Twilio messages the code created
        QStringList logs; // what the code printed, "level: text" (console.log is "log: ...")
        qint64 elapsedMs = 0;
    };
    // Runs an Action; calls done exactly once, later or at once, never blocking. Without an
    // executor the tenant records the send as failed, saying so.
    using ActionExecutor = std::function<void(const ActionRun &run,
                                              std::function<void(const ActionRunOutcome &)> done)>;
    void setActionExecutor(ActionExecutor executor);

    // The MFA test application of a tenant (Auth0SandboxFixtures::testApplication()) as it is
    // now: tests take a grant type away to see Auth0's refusal.
    void setTestApplicationGrantTypes(Mode tenant, const QStringList &grantTypes);
    // The phone of a user's SMS authenticators (confirmed ones), for tests; empty when none.
    QStringList enrolledPhones(Mode tenant, const QString &userId) const;
    // Users and applications of the tenant by name and id, for tests of set-up and removal.
    QStringList userIds(Mode tenant) const;
    QStringList clientIds(Mode tenant) const;
    // The clients a connection is enabled for.
    QStringList enabledClients(Mode tenant, const QString &connectionName) const;
    // GET /guardian/policies: ["all-applications"] (Wired) makes a login ask for MFA.
    void setMfaPolicies(Mode tenant, const QStringList &policies);

Q_SIGNALS:
    void requestHandled(const Auth0Sandbox::LoggedRequest &request);
    // An Action run has ended and the tenant logged it (gd_send_sms or gd_send_sms_failure).
    void actionRunFinished(const Auth0Sandbox::ActionRun &run,
                           const Auth0Sandbox::ActionRunOutcome &outcome);
    // After the 202 went out: the place where the console's MFA flow runs the provider's Action
    // (the sandbox itself sends nothing). Receivers must not block.
    void providerTryRequested(const Auth0Sandbox::ProviderTry &request);

private:
    friend class Auth0SandboxPrivate;
    std::unique_ptr<Auth0SandboxPrivate> d;
};
