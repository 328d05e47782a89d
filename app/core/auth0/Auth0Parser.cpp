#include "Auth0Parser.h"

#include <QTimeZone>

#include <algorithm>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Auth0 writes strings, but a null (Log.description is nullable) or a missing field is empty.
QString stringField(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

// The OAS types counts and version numbers as "number"; a numeric string is taken too.
std::optional<double> numberValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

int intField(const QJsonObject &o, QLatin1StringView key)
{
    const std::optional<double> d = numberValue(o.value(key));
    if (!d || !std::isfinite(*d))
        return 0;
    const double clamped = std::clamp(*d, double(std::numeric_limits<int>::min()),
                                      double(std::numeric_limits<int>::max()));
    return int(std::llround(clamped));
}

bool boolField(const QJsonObject &o, QLatin1StringView key, bool fallback = false)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

QDateTime dateField(const QJsonObject &o, QLatin1StringView key)
{
    return Auth0Parser::parseDate(stringField(o, key));
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        if (item.isString())
            out << item.toString();
    }
    return out;
}

// Calls convert on each object of the array; other items are skipped.
template<typename T, typename Convert> QList<T> objects(const QJsonValue &v, Convert convert)
{
    QList<T> out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &item : a) {
        if (item.isObject())
            out << convert(item.toObject());
    }
    return out;
}

ActionTriggerRef triggerRef(const QJsonObject &o)
{
    return {stringField(o, "id"_L1), stringField(o, "version"_L1)};
}

ActionDependency dependency(const QJsonObject &o)
{
    return {stringField(o, "name"_L1), stringField(o, "version"_L1),
            stringField(o, "registry_url"_L1)};
}

ActionSecret secret(const QJsonObject &o)
{
    return {stringField(o, "name"_L1), dateField(o, "updated_at"_L1)};
}

ActionError actionError(const QJsonObject &o)
{
    return {stringField(o, "id"_L1), stringField(o, "msg"_L1), stringField(o, "url"_L1)};
}

TriggerBinding binding(const QJsonObject &o)
{
    TriggerBinding b;
    b.id = stringField(o, "id"_L1);
    b.triggerId = stringField(o, "trigger_id"_L1);
    b.displayName = stringField(o, "display_name"_L1);
    const QJsonObject action = o.value("action"_L1).toObject();
    b.actionId = stringField(action, "id"_L1);
    b.actionName = stringField(action, "name"_L1);
    b.createdAt = dateField(o, "created_at"_L1);
    b.updatedAt = dateField(o, "updated_at"_L1);
    return b;
}

ActionTrigger trigger(const QJsonObject &o)
{
    ActionTrigger t;
    t.id = stringField(o, "id"_L1);
    t.version = stringField(o, "version"_L1);
    t.status = stringField(o, "status"_L1);
    t.runtimes = stringList(o.value("runtimes"_L1));
    t.defaultRuntime = stringField(o, "default_runtime"_L1);
    t.bindingPolicy = stringField(o, "binding_policy"_L1);
    return t;
}

ActionExecution::Result executionResult(const QJsonObject &o)
{
    ActionExecution::Result r;
    r.actionName = stringField(o, "action_name"_L1);
    r.error = actionError(o.value("error"_L1).toObject());
    r.startedAt = dateField(o, "started_at"_L1);
    r.endedAt = dateField(o, "ended_at"_L1);
    return r;
}

GuardianFactor guardianFactor(const QJsonObject &o)
{
    return {stringField(o, "name"_L1), boolField(o, "enabled"_L1),
            boolField(o, "trial_expired"_L1)};
}

// Log.date is a string in practice; the OAS also allows an object (LogDateObject, free-form).
QDateTime logDate(const QJsonValue &v)
{
    if (v.isString())
        return Auth0Parser::parseDate(v.toString());
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isString()) {
            const QDateTime d = Auth0Parser::parseDate(it.value().toString());
            if (d.isValid())
                return d;
        }
    }
    return {};
}

} // namespace

namespace Auth0Parser {

std::optional<Auth0Token> token(const QJsonObject &o, const QDateTime &nowUtc)
{
    const QString accessToken = stringField(o, "access_token"_L1);
    const std::optional<double> expiresIn = numberValue(o.value("expires_in"_L1));
    if (accessToken.isEmpty() || !expiresIn || !std::isfinite(*expiresIn))
        return std::nullopt;
    Auth0Token t;
    t.accessToken = accessToken.toUtf8();
    t.tokenType = stringField(o, "token_type"_L1);
    t.scopes = stringField(o, "scope"_L1).split(u' ', Qt::SkipEmptyParts);
    t.obtainedAtUtc = nowUtc.toUTC();
    // Clamped to ten years: an absurd lifetime must not overflow the date arithmetic.
    const double secs = std::clamp(*expiresIn, 0.0, 10.0 * 365 * 24 * 3600);
    t.expiresAtUtc = t.obtainedAtUtc.addSecs(qint64(secs));
    return t;
}

TenantSettings tenantSettings(const QJsonObject &o)
{
    TenantSettings s;
    s.friendlyName = stringField(o, "friendly_name"_L1);
    s.supportEmail = stringField(o, "support_email"_L1);
    s.supportUrl = stringField(o, "support_url"_L1);
    s.enabledLocales = stringList(o.value("enabled_locales"_L1));
    const QJsonValue phone = o.value("phone_consolidated_experience"_L1);
    if (phone.isBool()) {
        s.phoneConsolidatedExperience = phone.toBool();
        s.phoneConsolidatedExperienceSet = true;
    }
    return s;
}

ActionVersion actionVersion(const QJsonObject &o)
{
    ActionVersion v;
    v.id = stringField(o, "id"_L1);
    v.actionId = stringField(o, "action_id"_L1);
    if (v.actionId.isEmpty())
        v.actionId = stringField(o.value("action"_L1).toObject(), "id"_L1);
    v.number = intField(o, "number"_L1);
    v.code = stringField(o, "code"_L1);
    v.runtime = stringField(o, "runtime"_L1);
    v.dependencies = objects<ActionDependency>(o.value("dependencies"_L1), dependency);
    v.secrets = objects<ActionSecret>(o.value("secrets"_L1), secret);
    v.supportedTriggers = objects<ActionTriggerRef>(o.value("supported_triggers"_L1), triggerRef);
    v.deployed = boolField(o, "deployed"_L1);
    v.status = stringField(o, "status"_L1);
    v.errors = objects<ActionError>(o.value("errors"_L1), actionError);
    v.createdAt = dateField(o, "created_at"_L1);
    v.builtAt = dateField(o, "built_at"_L1);
    v.updatedAt = dateField(o, "updated_at"_L1);
    return v;
}

Action action(const QJsonObject &o)
{
    Action a;
    a.id = stringField(o, "id"_L1);
    a.name = stringField(o, "name"_L1);
    a.supportedTriggers = objects<ActionTriggerRef>(o.value("supported_triggers"_L1), triggerRef);
    a.code = stringField(o, "code"_L1);
    a.runtime = stringField(o, "runtime"_L1);
    a.dependencies = objects<ActionDependency>(o.value("dependencies"_L1), dependency);
    a.secrets = objects<ActionSecret>(o.value("secrets"_L1), secret);
    a.allChangesDeployed = boolField(o, "all_changes_deployed"_L1);
    a.status = stringField(o, "status"_L1);
    const QJsonValue deployed = o.value("deployed_version"_L1);
    if (deployed.isObject())
        a.deployedVersion = actionVersion(deployed.toObject());
    a.createdAt = dateField(o, "created_at"_L1);
    a.updatedAt = dateField(o, "updated_at"_L1);
    a.builtAt = dateField(o, "built_at"_L1);
    return a;
}

ActionList actionList(const QJsonObject &o)
{
    ActionList l;
    l.actions = objects<Action>(o.value("actions"_L1), action);
    l.total = intField(o, "total"_L1);
    l.page = intField(o, "page"_L1);
    l.perPage = intField(o, "per_page"_L1);
    return l;
}

ActionVersionList actionVersionList(const QJsonObject &o)
{
    ActionVersionList l;
    l.versions = objects<ActionVersion>(o.value("versions"_L1), actionVersion);
    l.total = intField(o, "total"_L1);
    l.page = intField(o, "page"_L1);
    l.perPage = intField(o, "per_page"_L1);
    return l;
}

QList<ActionTrigger> triggers(const QJsonObject &o)
{
    return objects<ActionTrigger>(o.value("triggers"_L1), trigger);
}

TriggerBindingList triggerBindings(const QJsonObject &o)
{
    TriggerBindingList l;
    l.bindings = objects<TriggerBinding>(o.value("bindings"_L1), binding);
    l.total = intField(o, "total"_L1);
    l.page = intField(o, "page"_L1);
    l.perPage = intField(o, "per_page"_L1);
    return l;
}

ActionExecution execution(const QJsonObject &o)
{
    ActionExecution e;
    e.id = stringField(o, "id"_L1);
    e.triggerId = stringField(o, "trigger_id"_L1);
    e.status = stringField(o, "status"_L1);
    e.results = objects<ActionExecution::Result>(o.value("results"_L1), executionResult);
    e.createdAt = dateField(o, "created_at"_L1);
    e.updatedAt = dateField(o, "updated_at"_L1);
    return e;
}

QJsonObject testPayload(const QJsonObject &o)
{
    return o.value("payload"_L1).toObject();
}

QList<GuardianFactor> guardianFactors(const QJsonArray &a)
{
    return objects<GuardianFactor>(a, guardianFactor);
}

QStringList phoneMessageTypes(const QJsonObject &o)
{
    return stringList(o.value("message_types"_L1));
}

QString phoneSelectedProvider(const QJsonObject &o)
{
    return stringField(o, "provider"_L1);
}

PhoneProvider phoneProvider(const QJsonObject &o)
{
    PhoneProvider p;
    p.id = stringField(o, "id"_L1);
    p.name = stringField(o, "name"_L1);
    p.channel = stringField(o, "channel"_L1);
    p.disabled = boolField(o, "disabled"_L1);
    p.configuration = o.value("configuration"_L1).toObject();
    p.deliveryMethods = stringList(p.configuration.value("delivery_methods"_L1));
    p.createdAt = dateField(o, "created_at"_L1);
    p.updatedAt = dateField(o, "updated_at"_L1);
    return p;
}

QList<PhoneProvider> phoneProviders(const QJsonObject &o)
{
    return objects<PhoneProvider>(o.value("providers"_L1), phoneProvider);
}

PhoneProviderTryResult phoneProviderTry(const QJsonObject &o)
{
    return {intField(o, "code"_L1), stringField(o, "message"_L1)};
}

Hook hook(const QJsonObject &o)
{
    Hook h;
    h.id = stringField(o, "id"_L1);
    h.name = stringField(o, "name"_L1);
    h.triggerId = stringField(o, "triggerId"_L1);
    h.enabled = boolField(o, "enabled"_L1);
    h.script = stringField(o, "script"_L1);
    const QJsonObject deps = o.value("dependencies"_L1).toObject();
    for (auto it = deps.constBegin(); it != deps.constEnd(); ++it) {
        if (it.value().isString())
            h.dependencies.insert(it.key(), it.value().toString());
    }
    return h;
}

QList<Hook> hooks(const QJsonArray &a)
{
    return objects<Hook>(a, hook);
}

TenantLogEvent logEvent(const QJsonObject &o)
{
    TenantLogEvent e;
    e.logId = stringField(o, "log_id"_L1);
    if (e.logId.isEmpty())
        e.logId = stringField(o, "_id"_L1); // older answers name it so
    e.date = logDate(o.value("date"_L1));
    e.type = stringField(o, "type"_L1);
    e.description = stringField(o, "description"_L1);
    e.clientId = stringField(o, "client_id"_L1);
    e.clientName = stringField(o, "client_name"_L1);
    e.userId = stringField(o, "user_id"_L1);
    e.userName = stringField(o, "user_name"_L1);
    e.ip = stringField(o, "ip"_L1);
    e.details = o.value("details"_L1).toObject();
    e.raw = o;
    return e;
}

QList<TenantLogEvent> logEvents(const QJsonArray &a)
{
    return objects<TenantLogEvent>(a, logEvent);
}

QDateTime parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!d.isValid())
        return {};
    // Auth0 always writes an offset ("Z"); a time without one is taken as UTC, never as local.
    if (d.timeSpec() == Qt::LocalTime)
        d.setTimeZone(QTimeZone::utc());
    return d.toUTC();
}

} // namespace Auth0Parser
