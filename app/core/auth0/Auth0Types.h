#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Value types for what the console sends to and reads from an Auth0 tenant's Management API.
// Plain data: request building lives in Auth0Requests, parsing in Auth0Parser. Field names follow
// Auth0's JSON (snake_case there, camelCase here); ../shared/auth0/FACTS.md has the sources.

// The trigger names the console works with.
namespace Auth0Triggers {
inline const QString SendPhoneMessage = QStringLiteral("send-phone-message"); // legacy MFA set-up
inline const QString CustomPhoneProvider = QStringLiteral("custom-phone-provider"); // Unified
} // namespace Auth0Triggers

// A Management API access token: in memory only, never logged or stored.
struct Auth0Token
{
    QByteArray accessToken;
    QString tokenType; // "Bearer"
    QStringList scopes; // granted, from the token response's space-separated "scope"
    QDateTime obtainedAtUtc;
    QDateTime expiresAtUtc;

    bool isEmpty() const { return accessToken.isEmpty(); }
    // Usable at nowUtc with at least marginSecs left before it expires.
    bool isFreshAt(const QDateTime &nowUtc, int marginSecs) const
    {
        return !accessToken.isEmpty() && expiresAtUtc.isValid()
            && nowUtc.secsTo(expiresAtUtc) > marginSecs;
    }
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

// GET /tenants/settings (the fields the console reads).
struct TenantSettings
{
    QString friendlyName;
    QString supportEmail;
    QString supportUrl;
    QStringList enabledLocales;
    // phone_consolidated_experience: true on tenants in the Unified Phone Experience. Absent on
    // tenants that predate it (they are on the legacy MFA phone set-up).
    bool phoneConsolidatedExperience = false;
    bool phoneConsolidatedExperienceSet = false;

    // The trigger the tenant runs to send MFA texts: custom-phone-provider in the Unified Phone
    // Experience, send-phone-message on the legacy set-up.
    QString phoneTrigger() const
    {
        return phoneConsolidatedExperience ? Auth0Triggers::CustomPhoneProvider
                                           : Auth0Triggers::SendPhoneMessage;
    }
};

struct ActionTriggerRef
{
    QString id; // "send-phone-message", "custom-phone-provider", ...
    QString version; // "v2", "v1"
};

struct ActionDependency
{
    QString name;
    QString version;
    QString registryUrl; // empty: npm
    bool operator==(const ActionDependency &o) const
    {
        return name == o.name && version == o.version && registryUrl == o.registryUrl;
    }
};

// A secret as Auth0 reports it: the name only. Auth0 never returns values.
struct ActionSecret
{
    QString name;
    QDateTime updatedAt;
};

// A secret as the console sends it (create/update). The value comes from the keychain.
struct ActionSecretValue
{
    QString name;
    QString value;
};

// An error of a build or an execution: {id, msg, url}.
struct ActionError
{
    QString id;
    QString message;
    QString url;
    bool isEmpty() const { return id.isEmpty() && message.isEmpty(); }
};

// Build states (ActionBuildStatusEnum): pending, building, packaged, built, retrying, failed.
namespace ActionBuildStatus {
inline const QString Pending = QStringLiteral("pending");
inline const QString Building = QStringLiteral("building");
inline const QString Packaged = QStringLiteral("packaged");
inline const QString Built = QStringLiteral("built");
inline const QString Retrying = QStringLiteral("retrying");
inline const QString Failed = QStringLiteral("failed");
} // namespace ActionBuildStatus

// An immutable version, made by each deploy (GET .../versions, deployed_version of an Action).
struct ActionVersion
{
    QString id;
    QString actionId;
    int number = 0;
    QString code;
    QString runtime;
    QList<ActionDependency> dependencies;
    QList<ActionSecret> secrets;
    QList<ActionTriggerRef> supportedTriggers;
    bool deployed = false;
    QString status; // ActionBuildStatus
    QList<ActionError> errors;
    QDateTime createdAt;
    QDateTime builtAt;
    QDateTime updatedAt;
};

// An Action with its draft (GET /actions/actions/{id}).
struct Action
{
    QString id;
    QString name;
    QList<ActionTriggerRef> supportedTriggers;
    QString code; // the draft's code
    QString runtime; // "node22", "node18"
    QList<ActionDependency> dependencies;
    QList<ActionSecret> secrets;
    bool allChangesDeployed = false;
    QString status; // ActionBuildStatus of the draft
    std::optional<ActionVersion> deployedVersion; // absent: never deployed
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime builtAt;

    QString triggerId() const
    {
        return supportedTriggers.isEmpty() ? QString() : supportedTriggers.first().id;
    }
    bool isDeployed() const { return deployedVersion && deployedVersion->deployed; }
    QStringList secretNames() const;
    // The dependency named name, or nullopt.
    std::optional<ActionDependency> dependency(const QString &name) const;
};

// One page of GET /actions/actions or .../versions.
struct ActionList
{
    QList<Action> actions;
    int total = 0;
    int page = 0;
    int perPage = 0;
};
struct ActionVersionList
{
    QList<ActionVersion> versions;
    int total = 0;
    int page = 0;
    int perPage = 0;
};

// Filters of GET /actions/actions; empty fields are not sent.
struct ActionListQuery
{
    QString triggerId;
    QString actionName;
    std::optional<bool> deployed;
    int page = -1; // -1: not sent
    int perPage = 0; // 0: Auth0's default (20)
};

// What create (POST) and update (PATCH) send. Unset optionals are left out of the body, so that
// an update changes only what it names. Create requires name and triggerId.
struct ActionDraft
{
    QString name;
    QString triggerId;
    QString triggerVersion; // "v2" for send-phone-message, "v1" for custom-phone-provider
    std::optional<QString> code;
    std::optional<QString> runtime;
    std::optional<QList<ActionDependency>> dependencies;
    // The whole set: Auth0 replaces an Action's secrets with what is sent. Values from the
    // keychain.
    std::optional<QList<ActionSecretValue>> secrets;
};

// GET /actions/triggers
struct ActionTrigger
{
    QString id;
    QString version;
    QString status; // CURRENT, DEPRECATED
    QStringList runtimes;
    QString defaultRuntime;
    QString bindingPolicy; // trigger-bound, entity-bound
};

// GET /actions/triggers/{triggerId}/bindings: in execution order.
struct TriggerBinding
{
    QString id;
    QString triggerId;
    QString displayName;
    QString actionId; // binding.action.id
    QString actionName; // binding.action.name
    QDateTime createdAt;
    QDateTime updatedAt;
};
struct TriggerBindingList
{
    QList<TriggerBinding> bindings;
    int total = 0;
    int page = 0;
    int perPage = 0;
};

// One entry of PATCH /actions/triggers/{triggerId}/bindings, which replaces the whole list.
struct BindingRef
{
    enum class Type { ActionId, ActionName, BindingId };
    Type type = Type::ActionId;
    QString value;
    QString displayName; // optional
};

// GET /actions/executions/{id}
struct ActionExecution
{
    struct Result
    {
        QString actionName;
        ActionError error;
        QDateTime startedAt;
        QDateTime endedAt;
    };
    QString id;
    QString triggerId;
    QString status; // unspecified, pending, final, partial, canceled, suspended
    QList<Result> results;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// GET /guardian/factors: [{name, enabled, trial_expired}]; the phone factor is "sms".
struct GuardianFactor
{
    QString name;
    bool enabled = false;
    bool trialExpired = false;
};

// The legacy MFA phone set-up's provider (GET /guardian/factors/phone/selected-provider):
// "auth0", "twilio" or "phone-message-hook" (the Dashboard's "Custom", which runs the
// send-phone-message Action).
namespace GuardianPhoneProvider {
inline const QString Auth0 = QStringLiteral("auth0");
inline const QString Twilio = QStringLiteral("twilio");
inline const QString Custom = QStringLiteral("phone-message-hook");
} // namespace GuardianPhoneProvider

// A tenant phone provider of the Unified Phone Experience (/branding/phone/providers).
struct PhoneProvider
{
    QString id; // pro_...
    QString name; // "custom", "twilio"
    QString channel; // "phone"
    bool disabled = false;
    QStringList deliveryMethods; // configuration.delivery_methods: "text", "voice"
    QJsonObject configuration; // as Auth0 returned it
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What create (POST) and update (PATCH) send for a phone provider. Create requires name; the
// console always sends credentials ({} for "custom", which Auth0 requires all the same).
struct PhoneProviderDraft
{
    QString name = QStringLiteral("custom");
    std::optional<bool> disabled;
    std::optional<QStringList> deliveryMethods;
    QJsonObject credentials; // {} for custom
    bool sendCredentials = true; // updates only: a create always sends credentials
};

// POST /branding/phone/providers/{id}/try: {code, message}.
struct PhoneProviderTryResult
{
    int code = 0;
    QString message;
};

// A legacy hook the tenant still lists (GET /hooks): read only, for the migration to Actions.
struct Hook
{
    QString id;
    QString name;
    QString triggerId;
    bool enabled = false;
    QString script;
    QMap<QString, QString> dependencies; // name -> version
};

// A tenant log event (GET /logs).
struct TenantLogEvent
{
    QString logId;
    QDateTime date;
    QString type; // "gd_send_sms", "gd_send_sms_failure", ...
    QString description;
    QString clientId;
    QString clientName;
    QString userId;
    QString userName;
    QString ip;
    QJsonObject details;
    QJsonObject raw; // the whole event as Auth0 sent it
};

// GET /logs in one of its two modes: search (q, page, per_page, sort) or checkpoint (from, take;
// Auth0 ignores every other parameter then).
struct TenantLogQuery
{
    QString q; // Lucene: type:gd_send_sms OR type:gd_send_sms_failure
    int page = -1; // -1: not sent
    int perPage = 0; // 0: not sent; at most 100
    QString sort; // "date:-1"
    QString from; // a log_id: checkpoint mode
    int take = 0; // checkpoint mode, at most 100

    bool isCheckpoint() const { return !from.isEmpty(); }
};

struct TenantLogPage
{
    QList<TenantLogEvent> events;
    // Checkpoint mode: the Link rel="next" URL as Auth0 sent it (empty when none). An empty page
    // answers with a next link equal to the request: the caller stops there.
    QUrl nextLink;
};

Q_DECLARE_METATYPE(Action)
