#include "Auth0Sandbox.h"

#include "sandbox/Auth0SandboxPrivate.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxState;

namespace Auth0SandboxState {

const QList<Trigger> &triggers()
{
    // As GET /actions/triggers lists them (a capture in the Terraform provider's docs, and
    // issue #1100 there for custom-phone-provider).
    static const QList<Trigger> list {
        {u"post-login"_s, u"v3"_s, u"CURRENT"_s},
        {u"send-phone-message"_s, u"v1"_s, u"DEPRECATED"_s},
        {u"send-phone-message"_s, u"v2"_s, u"CURRENT"_s},
        {u"custom-phone-provider"_s, u"v1"_s, u"CURRENT"_s},
    };
    return list;
}

bool isKnownTrigger(const QString &id)
{
    const auto &list = triggers();
    return std::any_of(list.cbegin(), list.cend(), [&](const Trigger &t) { return t.id == id; });
}

const QStringList &runtimes()
{
    static const QStringList list {u"node12"_s, u"node16"_s, u"node18"_s, u"node18-actions"_s,
                                   u"node22"_s};
    return list;
}

const QStringList &factorNames()
{
    // The order GET /guardian/factors answers in.
    static const QStringList list {u"sms"_s,
                                   u"push-notification"_s,
                                   u"otp"_s,
                                   u"email"_s,
                                   u"duo"_s,
                                   u"webauthn-roaming"_s,
                                   u"webauthn-platform"_s,
                                   u"recovery-code"_s};
    return list;
}

// Auth0's ActionTriggerTypeEnum: what the schema accepts as a trigger id.
const QStringList &actionTriggerTypes()
{
    static const QStringList list {u"post-login"_s,
                                   u"credentials-exchange"_s,
                                   u"pre-user-registration"_s,
                                   u"post-user-registration"_s,
                                   u"post-change-password"_s,
                                   u"send-phone-message"_s,
                                   u"custom-phone-provider"_s,
                                   u"custom-email-provider"_s,
                                   u"password-reset-post-challenge"_s,
                                   u"custom-token-exchange"_s,
                                   u"event-stream"_s,
                                   u"password-hash-migration"_s,
                                   u"login-post-identifier"_s,
                                   u"signup-post-identifier"_s};
    return list;
}

Action *Tenant::findAction(const QString &id)
{
    const auto it
        = std::find_if(actions.begin(), actions.end(), [&](const Action &a) { return a.id == id; });
    return it == actions.end() ? nullptr : &*it;
}

const Action *Tenant::findAction(const QString &id) const
{
    const auto it = std::find_if(actions.cbegin(), actions.cend(),
                                 [&](const Action &a) { return a.id == id; });
    return it == actions.cend() ? nullptr : &*it;
}

Action *Tenant::findActionByName(const QString &name)
{
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [&](const Action &a) { return a.name == name; });
    return it == actions.end() ? nullptr : &*it;
}

bool Tenant::isUnified() const
{
    return settings.value(u"phone_consolidated_experience"_s).toBool();
}

bool User::hasActiveSms() const
{
    return std::any_of(enrollments.cbegin(), enrollments.cend(),
                       [](const Enrollment &e) { return e.confirmed; });
}

Client *Tenant::findClient(const QString &clientId)
{
    const auto it = std::find_if(clients.begin(), clients.end(),
                                 [&](const Client &c) { return c.clientId == clientId; });
    return it == clients.end() ? nullptr : &*it;
}

User *Tenant::findUser(const QString &userId)
{
    const auto it = std::find_if(users.begin(), users.end(),
                                 [&](const User &u) { return u.userId == userId; });
    return it == users.end() ? nullptr : &*it;
}

User *Tenant::findUserByLogin(const QString &login, const QString &connection)
{
    const auto it = std::find_if(users.begin(), users.end(), [&](const User &u) {
        return u.connection == connection
            && (u.email.compare(login, Qt::CaseInsensitive) == 0
                || (!u.username.isEmpty() && u.username == login));
    });
    return it == users.end() ? nullptr : &*it;
}

Connection *Tenant::findConnection(const QString &idOrName)
{
    const auto it = std::find_if(connections.begin(), connections.end(), [&](const Connection &c) {
        return c.id == idOrName || c.name == idOrName;
    });
    return it == connections.end() ? nullptr : &*it;
}

bool Tenant::smsEnabled() const
{
    return std::any_of(factors.cbegin(), factors.cend(), [](const QPair<QString, bool> &f) {
        return f.first == u"sms"_s && f.second;
    });
}

} // namespace Auth0SandboxState

Auth0SandboxPrivate::Auth0SandboxPrivate(Auth0Sandbox *owner) : q(owner)
{
    clock.start();
    for (int i = 0; i < 32; ++i)
        tokenKey += char(QRandomGenerator::global()->bounded(256));
    unified.mode = Auth0Sandbox::Mode::Unified;
    unified.fixture = &Auth0SandboxFixtures::unifiedTenant();
    legacy.mode = Auth0Sandbox::Mode::Legacy;
    legacy.fixture = &Auth0SandboxFixtures::legacyTenant();
    for (Tenant *t : {&unified, &legacy}) {
        t->server = new SandboxHttpServer(owner);
        t->server->setMaxBodyBytes(MaxBodyBytes);
        t->server->setHandler([this, t](const SandboxHttpRequest &r) { return handle(*t, r); });
    }
}

QUrl Auth0SandboxPrivate::baseUrl(const Tenant &t) const
{
    if (!t.port)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(t.port);
    return url;
}

qint64 Auth0SandboxPrivate::scaled(int ms) const
{
    return std::llround(ms * timeScale);
}

Auth0Sandbox::Auth0Sandbox(QObject *parent)
    : QObject(parent), d(std::make_unique<Auth0SandboxPrivate>(this))
{
    d->addActionRoutes();
    d->addTriggerRoutes();
    d->addPhoneRoutes();
    d->addLogRoutes();
    d->addDirectoryRoutes();
    reset(Mode::Unified);
    reset(Mode::Legacy);
}

Auth0Sandbox::~Auth0Sandbox() = default;

bool Auth0Sandbox::listen(quint16 unifiedPort, quint16 legacyPort)
{
    if (isListening())
        return true;
    d->unified.port = d->unified.server->listen(unifiedPort);
    d->legacy.port = d->legacy.server->listen(legacyPort);
    // A tenant whose port was taken stays unbound; a later listen() tries it again and keeps
    // the other one where it is.
    if (!d->unified.port || !d->legacy.port)
        return false;
    return true;
}

bool Auth0Sandbox::isListening() const
{
    return d->unified.port != 0 && d->legacy.port != 0;
}

QUrl Auth0Sandbox::baseUrl(Mode tenant) const
{
    return d->baseUrl(d->tenant(tenant));
}

const Auth0SandboxFixtures::Tenant &Auth0Sandbox::tenant(Mode mode)
{
    return mode == Mode::Unified ? Auth0SandboxFixtures::unifiedTenant()
                                 : Auth0SandboxFixtures::legacyTenant();
}

void Auth0Sandbox::setTwilioBaseUrl(const QUrl &url)
{
    d->twilioBaseUrl = url;
}

QUrl Auth0Sandbox::twilioBaseUrl() const
{
    return d->twilioBaseUrl;
}

void Auth0Sandbox::setTimeScale(double scale)
{
    d->timeScale = scale > 0 ? scale : 1.0;
}

void Auth0Sandbox::setTokenLifetimeSecs(int secs)
{
    d->tokenLifetimeSecs = std::max(1, secs);
}

void Auth0Sandbox::setRateLimit(int requestsPerSecond)
{
    d->rateLimit = std::max(0, requestsPerSecond);
    d->unified.hits.clear();
    d->legacy.hits.clear();
}

void Auth0Sandbox::reset(Mode tenant, Preset preset)
{
    Auth0SandboxState::Tenant &t = d->tenant(tenant);
    ++t.generation;
    t.settings = {};
    t.actions.clear();
    t.bindings.clear();
    t.providers.clear();
    t.factors.clear();
    t.messageTypes.clear();
    t.selectedProvider.clear();
    t.phoneTemplates = {};
    t.twilioProvider = {};
    t.logs.clear();
    t.hooks.clear();
    t.executions.clear();
    t.executionOrder.clear();
    t.tokens.clear();
    t.tokenOrder.clear();
    t.hits.clear();
    t.clients.clear();
    t.connections.clear();
    t.users.clear();
    t.mfaPolicies.clear();
    t.mfaTransactions.clear();
    t.oobCodes.clear();
    d->log.erase(std::remove_if(d->log.begin(), d->log.end(),
                                [&](const LoggedRequest &r) { return r.tenant == tenant; }),
                 d->log.end());
    d->applyPreset(t, preset);
}

QString Auth0Sandbox::addLogEvent(Mode tenant, const QJsonObject &event)
{
    return d->addLog(d->tenant(tenant), event);
}

QList<Auth0Sandbox::LoggedRequest> Auth0Sandbox::requestLog() const
{
    return d->log;
}

int Auth0Sandbox::requestCount(const QString &method, const QString &pathPattern) const
{
    QString re = QRegularExpression::escape(pathPattern);
    re.replace(u"\\*"_s, u".*"_s);
    const QRegularExpression path(QRegularExpression::anchoredPattern(re));
    return int(std::count_if(d->log.cbegin(), d->log.cend(), [&](const LoggedRequest &r) {
        return (method.isEmpty() || r.method.compare(method, Qt::CaseInsensitive) == 0)
            && path.match(r.path).hasMatch();
    }));
}

namespace {

Auth0Sandbox::StoredAction stored(const Auth0SandboxState::Action &a)
{
    Auth0Sandbox::StoredAction s;
    s.id = a.id;
    s.name = a.name;
    s.triggerId = a.triggerId;
    s.code = a.code;
    s.runtime = a.runtime;
    for (const auto &secret : a.secrets)
        s.secretValues.insert(secret.name, secret.value);
    for (const auto &dep : a.dependencies)
        s.dependencies.insert(dep.first, dep.second);
    s.buildStatus = a.status;
    for (const auto &v : a.versions) {
        if (v.id != a.deployedVersionId)
            continue;
        s.deployed = true;
        s.deployedCode = v.code;
        for (const auto &secret : v.secrets)
            s.deployedSecretValues.insert(secret.name, secret.value);
    }
    return s;
}

} // namespace

QStringList Auth0Sandbox::issuedTokens(Mode tenant) const
{
    const auto &order = d->tenant(tenant).tokenOrder;
    return QStringList(order.begin(), order.end());
}

QList<Auth0Sandbox::StoredAction> Auth0Sandbox::actions(Mode tenant) const
{
    QList<StoredAction> list;
    for (const auto &a : d->tenant(tenant).actions)
        list << stored(a);
    return list;
}

std::optional<Auth0Sandbox::StoredAction> Auth0Sandbox::boundAction(Mode tenant,
                                                                    const QString &triggerId) const
{
    const Auth0SandboxState::Tenant &t = d->tenant(tenant);
    const auto bindings = t.bindings.value(triggerId);
    if (bindings.isEmpty())
        return std::nullopt;
    const Auth0SandboxState::Action *a = t.findAction(bindings.first().actionId);
    if (!a)
        return std::nullopt;
    return stored(*a);
}

QString Auth0Sandbox::recordExecution(Mode tenant, const QJsonObject &execution)
{
    Auth0SandboxState::Tenant &t = d->tenant(tenant);
    QJsonObject e = execution;
    const QString now = Auth0SandboxReply::isoTime(Auth0SandboxPrivate::now());
    if (e.value(u"id"_s).toString().isEmpty())
        e.insert(u"id"_s, Auth0SandboxReply::newUuid());
    if (!e.contains(u"created_at"_s))
        e.insert(u"created_at"_s, now);
    if (!e.contains(u"updated_at"_s))
        e.insert(u"updated_at"_s, now);
    const QString id = e.value(u"id"_s).toString();
    if (!t.executions.contains(id))
        t.executionOrder.push_back(id);
    t.executions.insert(id, e);
    while (int(t.executionOrder.size()) > MaxExecutions) {
        t.executions.remove(t.executionOrder.front());
        t.executionOrder.pop_front();
    }
    return id;
}

void Auth0Sandbox::setActionExecutor(ActionExecutor executor)
{
    d->executor = std::move(executor);
}

void Auth0Sandbox::setTestApplicationGrantTypes(Mode tenant, const QStringList &grantTypes)
{
    if (Auth0SandboxState::Client *c
        = d->tenant(tenant).findClient(Auth0SandboxFixtures::testApplication().clientId))
        c->grantTypes = grantTypes;
}

QStringList Auth0Sandbox::enrolledPhones(Mode tenant, const QString &userId) const
{
    QStringList out;
    for (const auto &u : d->tenant(tenant).users) {
        if (u.userId != userId)
            continue;
        for (const auto &e : u.enrollments) {
            if (e.confirmed)
                out << e.phoneNumber;
        }
    }
    return out;
}

QStringList Auth0Sandbox::userIds(Mode tenant) const
{
    QStringList out;
    for (const auto &u : d->tenant(tenant).users)
        out << u.userId;
    return out;
}

QStringList Auth0Sandbox::clientIds(Mode tenant) const
{
    QStringList out;
    for (const auto &c : d->tenant(tenant).clients)
        out << c.clientId;
    return out;
}

QStringList Auth0Sandbox::enabledClients(Mode tenant, const QString &connectionName) const
{
    for (const auto &c : d->tenant(tenant).connections) {
        if (c.name == connectionName)
            return c.enabledClients;
    }
    return {};
}

void Auth0Sandbox::setMfaPolicies(Mode tenant, const QStringList &policies)
{
    d->tenant(tenant).mfaPolicies = policies;
}
