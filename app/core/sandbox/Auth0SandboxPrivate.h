#pragma once

// The Auth0 simulator's state and request machinery, shared by its files: Auth0Sandbox.cpp (the
// public API), Auth0SandboxRouter.cpp (HTTP, tokens, scopes, rate limits), Auth0SandboxActions.cpp,
// Auth0SandboxPhone.cpp (tenant settings, Guardian, phone providers), Auth0SandboxLogs.cpp
// (logs, hooks, executions) and Auth0SandboxPresets.cpp. Not part of the core's API.

#include "auth0/ActionCode.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxReply.h"
#include "sandbox/FormCodec.h"
#include "sandbox/SandboxHttpServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <deque>
#include <functional>

namespace Auth0SandboxState {

using Dependencies = QList<QPair<QString, QString>>; // name, version; in the order given

struct Secret
{
    QString name;
    QString value;
    QDateTime updatedAt;
};

// An immutable version, made by each deploy.
struct Version
{
    QString id;
    int number = 0;
    QString code;
    QString runtime;
    Dependencies dependencies;
    QList<Secret> secrets;
    QDateTime createdAt;
    QDateTime builtAt;
    QDateTime updatedAt;
};

struct Action
{
    QString id;
    QString name;
    QString triggerId;
    QString triggerVersion;
    // The draft.
    QString code;
    QString runtime;
    Dependencies dependencies;
    QList<Secret> secrets;
    QString status; // pending, building, built, failed
    QString errorId; // a failed build's error
    QString errorMessage;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime builtAt;
    // The build under way: a later change starts another and makes this one's timers moot.
    quint64 build = 0;
    bool buildStepsDone = false;
    bool lintDone = false;
    bool deployWhenBuilt = false; // created with "deploy": true
    QList<Version> versions; // by number
    QString deployedVersionId; // empty: none deployed yet
    QString pendingDeployId; // deployed once the deploy step has run
    bool draftDeployed = false; // the deployed version is the draft as it is now
};

struct Binding
{
    QString id;
    QString actionId;
    QString displayName;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Provider
{
    QString id; // pro_ + 22 characters
    QString name; // custom, twilio
    bool disabled = false;
    QJsonObject configuration;
    QJsonObject credentials; // kept, never returned
    QDateTime createdAt;
    QDateTime updatedAt;
};

// An application of the tenant other than the console's M2M fixture clients: the MFA test
// application of the fixtures, or one created with POST /api/v2/clients.
struct Client
{
    QString clientId;
    QString clientSecret;
    QString name;
    QString appType;
    QStringList grantTypes;
    QString tokenEndpointAuthMethod;
    QJsonObject clientMetadata;
    QDateTime createdAt;
};

struct Connection
{
    QString id; // con_ + 16 characters
    QString name;
    QString strategy; // auth0 for database connections
    QStringList enabledClients;
};

// An SMS authenticator of a user; unconfirmed until the enrolment's code was typed.
struct Enrollment
{
    QString id; // dev_...
    QString phoneNumber;
    bool confirmed = false;
    QDateTime createdAt;
};

struct User
{
    QString userId; // auth0|...
    QString email;
    QString username;
    QString password; // what the fixtures or POST /users set; never returned
    QString connection;
    QString name;
    bool blocked = false;
    QDateTime createdAt;
    QList<Enrollment> enrollments;
    bool hasActiveSms() const;
};

// An mfa_token handed out with mfa_required, and the oob codes of its challenges.
struct MfaTransaction
{
    QString mfaToken;
    QString userId;
    QString clientId;
    qint64 expiresAtMs = 0;
};
struct OobCode
{
    QString oobCode;
    QString mfaToken;
    QString userId;
    QString enrollmentId;
    QString code; // what the text message carries
    bool enrollment = false;
    int failedAttempts = 0;
    qint64 expiresAtMs = 0;
};

struct Token
{
    QString clientId;
    QStringList scopes;
    qint64 expiresAtMs = 0; // UTC milliseconds since the epoch
};

struct Tenant
{
    Auth0Sandbox::Mode mode = Auth0Sandbox::Mode::Unified;
    const Auth0SandboxFixtures::Tenant *fixture = nullptr;
    SandboxHttpServer *server = nullptr;
    quint16 port = 0;
    quint64 generation = 0; // bumped by reset(): timers of what was there before do nothing

    QJsonObject settings;
    QList<Action> actions; // creation order
    QMap<QString, QList<Binding>> bindings; // by trigger id, in execution order
    QList<Provider> providers;
    QList<QPair<QString, bool>> factors; // Guardian factor name, enabled
    QStringList messageTypes;
    QString selectedProvider;
    QJsonObject phoneTemplates;
    QJsonObject twilioProvider;
    std::deque<QJsonObject> logs; // oldest first, at most MaxLogEvents
    quint64 logSequence = 0;
    QList<QJsonObject> hooks;
    QHash<QString, QJsonObject> executions;
    std::deque<QString> executionOrder;
    QHash<QString, Token> tokens;
    std::deque<QString> tokenOrder;
    std::deque<qint64> hits; // times of Management API requests, for the rate limit
    QList<Client> clients;
    QList<Connection> connections;
    QList<User> users;
    QStringList mfaPolicies; // GET /guardian/policies: all-applications requires MFA
    QHash<QString, MfaTransaction> mfaTransactions;
    QHash<QString, OobCode> oobCodes;

    Client *findClient(const QString &clientId);
    User *findUser(const QString &userId);
    User *findUserByLogin(const QString &login, const QString &connection);
    Connection *findConnection(const QString &idOrName);
    bool smsEnabled() const;

    Action *findAction(const QString &id);
    const Action *findAction(const QString &id) const;
    Action *findActionByName(const QString &name);
    bool isUnified() const;
};

constexpr int MaxLogEvents = 10000;
constexpr qint64 MfaTokenLifetimeMs = 10 * 60 * 1000; // Auth0: 10 minutes
constexpr qint64 OobCodeLifetimeMs = 5 * 60 * 1000; // Auth0: 5 minutes
constexpr int MaxCodeAttempts = 5;
constexpr int MaxNotificationRetries = 5; // api.notification.retry(): up to 5 more tries
constexpr int NotificationRetryMs = 2000; // between them, before the time scale
constexpr int MaxExecutions = 1000;
constexpr int MaxVersions = 100; // per Action
constexpr int MaxTokens = 1000;
constexpr int MaxRequestLog = 1000;
constexpr int MaxLoggedBody = 64 * 1024;
constexpr qint64 MaxBodyBytes = 1024 * 1024; // Auth0 (hapi) refuses larger payloads with 413
constexpr int MaxCodeBytes = 100 * 1024; // Action source
constexpr int MaxSecrets = 20;
constexpr int MaxSecretName = 128;
constexpr int MaxSecretValue = 4096;
constexpr int NominalRateLimit = 50; // x-ratelimit-limit when no limit is set
// A concrete twilio-node release of the 5.x line: it runs on the node18 and node22 runtimes
// (engines: node >= 14), unlike 6.x (Node >= 20).
inline const QString TwilioDependencyVersion = ActionCode::twilioVersion();

// The Actions triggers the sandbox serves (GET /actions/triggers).
struct Trigger
{
    QString id;
    QString version;
    QString status; // CURRENT, DEPRECATED
};
const QList<Trigger> &triggers();
bool isKnownTrigger(const QString &id);
const QStringList &runtimes(); // accepted in Action bodies
const QStringList &factorNames();
const QStringList &actionTriggerTypes(); // Auth0's ActionTriggerTypeEnum

} // namespace Auth0SandboxState

class Auth0SandboxPrivate
{
public:
    using Reply = Auth0SandboxReply::Reply;
    using Tenant = Auth0SandboxState::Tenant;
    using Action = Auth0SandboxState::Action;
    using Provider = Auth0SandboxState::Provider;
    using Binding = Auth0SandboxState::Binding;

    struct Context
    {
        Tenant &tenant;
        const SandboxHttpRequest &request;
        QStringList args; // the route's captures
        FormCodec::Fields query;
        QJsonValue json; // the parsed body; Undefined when there was none
        QString clientId;
        QString baseUrl; // http://127.0.0.1:PORT of the tenant
    };
    using Handler = std::function<Reply(Context &)>;
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        QStringList scopes; // any of these
        Handler handler;
    };

    explicit Auth0SandboxPrivate(Auth0Sandbox *owner);

    Tenant &tenant(Auth0Sandbox::Mode mode)
    {
        return mode == Auth0Sandbox::Mode::Unified ? unified : legacy;
    }
    const Tenant &tenant(Auth0Sandbox::Mode mode) const
    {
        return mode == Auth0Sandbox::Mode::Unified ? unified : legacy;
    }
    QUrl baseUrl(const Tenant &t) const;
    qint64 scaled(int ms) const;
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    // Router (Auth0SandboxRouter.cpp)
    void addRoute(const char *method, const QString &pattern, const QStringList &scopes,
                  Handler handler);
    SandboxHttpResponse handle(Tenant &t, const SandboxHttpRequest &request);
    Reply token(Tenant &t, const SandboxHttpRequest &request);
    Reply management(Tenant &t, const SandboxHttpRequest &request, QString *clientId);
    QList<QPair<QByteArray, QByteArray>> rateLimitHeaders(Tenant &t, bool count, bool *over);

    // Actions (Auth0SandboxActions.cpp)
    void addActionRoutes();
    std::optional<Reply> validateAction(const QJsonValue &json, bool create);
    void applyDraft(Tenant &t, Action &a, const QJsonObject &body);
    void startBuild(Tenant &t, Action &a);
    void finishBuildIfReady(Tenant &t, Action &a);
    Reply deploy(Tenant &t, Action &a);
    QJsonObject actionJson(const Tenant &t, const Action &a) const;
    QJsonObject versionJson(const Action &a, const Auth0SandboxState::Version &v) const;
    void addTriggerRoutes();
    QJsonObject bindingJson(const Tenant &t, const QString &triggerId,
                            const Auth0SandboxState::Binding &b) const;
    bool hasDeployedAction(const Tenant &t, const QString &triggerId) const;

    // Tenant settings, Guardian, phone providers (Auth0SandboxPhone.cpp)
    void addPhoneRoutes();
    std::optional<Reply> legacyPhoneRefused(const Tenant &t) const;
    QJsonObject providerJson(const Tenant &t, const Auth0SandboxState::Provider &p) const;
    std::optional<Reply> validateProvider(const Tenant &t, const QJsonObject &body,
                                          const QString &name, bool create);

    // Logs, hooks, executions (Auth0SandboxLogs.cpp)
    void addLogRoutes();
    QString addLog(Tenant &t, QJsonObject event);
    Reply listLogs(Context &c);

    // Presets (Auth0SandboxPresets.cpp)
    void applyPreset(Tenant &t, Auth0Sandbox::Preset preset);

    // Applications, connections, users, MFA policies (Auth0SandboxDirectory.cpp)
    void addDirectoryRoutes();
    QJsonObject clientJson(const Auth0SandboxState::Client &c, bool withSecret) const;
    QJsonObject connectionJson(const Auth0SandboxState::Connection &c) const;
    QJsonObject userJson(const Tenant &t, const Auth0SandboxState::User &u) const;

    // The Authentication API's MFA part (Auth0SandboxMfa.cpp): the password-realm and mfa-oob
    // grants of /oauth/token, /mfa/authenticators, /mfa/associate, /mfa/challenge, and the
    // deployed Action run for each text message.
    bool isMfaGrant(const QString &grantType) const;
    Reply mfaGrant(Tenant &t, const QMap<QString, QString> &in);
    Reply mfaEndpoint(Tenant &t, const SandboxHttpRequest &request);
    void sendCode(Tenant &t, const QString &oobCode, const QString &to, int attempt);
    QJsonObject userLogFields(const Tenant &t, const QString &userId,
                              const QString &clientId) const;

    // Action runs (Auth0SandboxActionRuns.cpp): POST /actions/actions/{id}/test runs the draft
    // with the payload as the event, answered once the executor is done.
    Reply testAction(Context &c);
    Auth0Sandbox::ActionExecutor executor;

    Auth0Sandbox *q;
    Tenant unified;
    Tenant legacy;
    QList<Route> routes;
    QElapsedTimer clock;
    double timeScale = 1.0;
    int tokenLifetimeSecs = 86400;
    int rateLimit = 0;
    QUrl twilioBaseUrl;
    QList<Auth0Sandbox::LoggedRequest> log;
    QByteArray tokenKey; // signs the tokens, which look like Auth0's JWTs
};
