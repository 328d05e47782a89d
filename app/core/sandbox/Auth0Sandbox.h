#pragma once

#include "sandbox/Auth0SandboxFixtures.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

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

Q_SIGNALS:
    void requestHandled(const Auth0Sandbox::LoggedRequest &request);
    // After the 202 went out: the place where the console's MFA flow runs the provider's Action
    // (the sandbox itself sends nothing). Receivers must not block.
    void providerTryRequested(const Auth0Sandbox::ProviderTry &request);

private:
    friend class Auth0SandboxPrivate;
    std::unique_ptr<Auth0SandboxPrivate> d;
};
