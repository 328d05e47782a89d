// Actions: drafts that build on timers (their code parsed with acorn off the event loop), deploys
// that make versions, rollbacks, triggers and their bindings, and executions.

#include "sandbox/Auth0SandboxPrivate.h"

#include "hook/HookLint.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;
using Reply = Auth0SandboxReply::Reply;

namespace {

const QStringList ReadActions {u"read:actions"_s};
const QStringList CreateActions {u"create:actions"_s};
const QStringList UpdateActions {u"update:actions"_s};
const QStringList DeleteActions {u"delete:actions"_s};

QString currentVersionOf(const QString &triggerId)
{
    for (const Trigger &t : triggers()) {
        if (t.id == triggerId && t.status == u"CURRENT"_s)
            return t.version;
    }
    return u"v1"_s;
}

Reply actionNotFound()
{
    return notFound(u"That action does not exist."_s);
}

QJsonArray triggersJson(const QString &triggerId, const QString &version)
{
    return {QJsonObject {{u"id"_s, triggerId}, {u"version"_s, version}}};
}

QJsonArray dependenciesJson(const Dependencies &deps)
{
    QJsonArray list;
    for (const auto &d : deps)
        list.append(QJsonObject {{u"name"_s, d.first}, {u"version"_s, d.second}});
    return list;
}

QJsonArray secretsJson(const QList<Secret> &secrets)
{
    QJsonArray list;
    for (const auto &s : secrets)
        list.append(QJsonObject {{u"name"_s, s.name}, {u"updated_at"_s, isoTime(s.updatedAt)}});
    return list;
}

// The first syntax error acorn finds, as "message (line L, column C)"; empty when the code parses.
QString syntaxError(const QString &code)
{
    const QList<LintIssue> issues = HookLint::lint(code, {});
    for (const LintIssue &issue : issues) {
        if (issue.rule == u"syntax"_s)
            return u"%1 (line %2, column %3)"_s.arg(issue.message)
                .arg(issue.line)
                .arg(issue.column);
    }
    return {};
}

} // namespace

QJsonObject Auth0SandboxPrivate::versionJson(const Action &a, const Version &v) const
{
    return {
        {u"id"_s, v.id},
        {u"action_id"_s, a.id},
        {u"code"_s, v.code},
        {u"dependencies"_s, dependenciesJson(v.dependencies)},
        {u"deployed"_s, v.id == a.deployedVersionId},
        {u"number"_s, v.number},
        {u"secrets"_s, secretsJson(v.secrets)},
        {u"status"_s, u"built"_s},
        {u"runtime"_s, v.runtime},
        {u"supported_triggers"_s, triggersJson(a.triggerId, a.triggerVersion)},
        {u"built_at"_s, isoTime(v.builtAt)},
        {u"created_at"_s, isoTime(v.createdAt)},
        {u"updated_at"_s, isoTime(v.updatedAt)},
        {u"action"_s,
         QJsonObject {
             {u"id"_s, a.id},
             {u"name"_s, a.name},
             {u"supported_triggers"_s, triggersJson(a.triggerId, a.triggerVersion)},
             {u"created_at"_s, isoTime(a.createdAt)},
             {u"updated_at"_s, isoTime(a.updatedAt)},
             {u"all_changes_deployed"_s,
              a.draftDeployed && a.pendingDeployId.isEmpty() && !a.deployedVersionId.isEmpty()}}},
    };
}

QJsonObject Auth0SandboxPrivate::actionJson(const Tenant &, const Action &a) const
{
    QJsonObject o {
        {u"id"_s, a.id},
        {u"name"_s, a.name},
        {u"supported_triggers"_s, triggersJson(a.triggerId, a.triggerVersion)},
        {u"created_at"_s, isoTime(a.createdAt)},
        {u"updated_at"_s, isoTime(a.updatedAt)},
        {u"code"_s, a.code},
        {u"dependencies"_s, dependenciesJson(a.dependencies)},
        {u"runtime"_s, a.runtime},
        {u"status"_s, a.status},
        {u"secrets"_s, secretsJson(a.secrets)},
        {u"all_changes_deployed"_s,
         a.draftDeployed && a.pendingDeployId.isEmpty() && !a.deployedVersionId.isEmpty()},
    };
    if (a.builtAt.isValid())
        o.insert(u"built_at"_s, isoTime(a.builtAt));
    if (a.status == u"failed"_s) {
        // Not in Auth0's schema for an Action (only versions carry errors): the sandbox says why.
        o.insert(u"errors"_s,
                 QJsonArray {QJsonObject {{u"id"_s, a.errorId}, {u"msg"_s, a.errorMessage}}});
    }
    if (!a.versions.isEmpty()) {
        // Auth0 sends the newest version as current_version (not in its schema either).
        const Version &v = a.versions.last();
        o.insert(u"current_version"_s,
                 QJsonObject {{u"id"_s, v.id},
                              {u"code"_s, v.code},
                              {u"runtime"_s, v.runtime},
                              {u"status"_s, u"BUILT"_s},
                              {u"number"_s, v.number},
                              {u"build_time"_s, isoTime(v.builtAt)},
                              {u"created_at"_s, isoTime(v.createdAt)},
                              {u"updated_at"_s, isoTime(v.updatedAt)}});
    }
    for (const Version &v : a.versions) {
        if (v.id == a.deployedVersionId)
            o.insert(u"deployed_version"_s, versionJson(a, v));
    }
    return o;
}

bool Auth0SandboxPrivate::hasDeployedAction(const Tenant &t, const QString &triggerId) const
{
    return std::any_of(t.actions.cbegin(), t.actions.cend(), [&](const Action &a) {
        return a.triggerId == triggerId && !a.deployedVersionId.isEmpty();
    });
}

std::optional<Reply> Auth0SandboxPrivate::validateAction(const QJsonValue &json, bool create)
{
    Payload p;
    if (!p.isObject(json))
        return p.error();
    const QJsonObject o = json.toObject();
    QStringList allowed {u"name"_s,    u"supported_triggers"_s,
                         u"code"_s,    u"dependencies"_s,
                         u"runtime"_s, u"secrets"_s,
                         u"modules"_s};
    if (create)
        allowed << u"deploy"_s;
    p.allowOnly(o, allowed);
    if (create)
        p.required(o, {u"name"_s, u"supported_triggers"_s});
    p.isString(o.value(u"name"_s), u"name"_s, 1, 255);
    // "At this time, an action can only target a single trigger at a time."
    p.isArray(o.value(u"supported_triggers"_s), u"supported_triggers"_s, 1, 1);
    const QJsonArray supported = o.value(u"supported_triggers"_s).toArray();
    for (int i = 0; i < supported.size(); ++i) {
        const QString at = Payload::item(u"supported_triggers"_s, i);
        p.isObject(supported.at(i), at);
        p.required(supported.at(i).toObject(), {u"id"_s}, at);
        p.isOneOf(supported.at(i)[u"id"_s], actionTriggerTypes(), Payload::child(at, u"id"_s));
        p.isString(supported.at(i)[u"version"_s], Payload::child(at, u"version"_s));
    }
    p.isString(o.value(u"code"_s), u"code"_s, 0, MaxCodeBytes);
    p.isOneOf(o.value(u"runtime"_s), runtimes(), u"runtime"_s);
    p.isArray(o.value(u"dependencies"_s), u"dependencies"_s);
    const QJsonArray deps = o.value(u"dependencies"_s).toArray();
    for (int i = 0; i < deps.size(); ++i) {
        const QString at = Payload::item(u"dependencies"_s, i);
        p.isObject(deps.at(i), at);
        p.allowOnly(deps.at(i).toObject(), {u"name"_s, u"version"_s, u"registry_url"_s}, at);
        p.required(deps.at(i).toObject(), {u"name"_s, u"version"_s}, at);
        p.isString(deps.at(i)[u"name"_s], Payload::child(at, u"name"_s), 1);
        p.isString(deps.at(i)[u"version"_s], Payload::child(at, u"version"_s), 1);
    }
    p.isArray(o.value(u"secrets"_s), u"secrets"_s, 0, MaxSecrets);
    const QJsonArray secrets = o.value(u"secrets"_s).toArray();
    QStringList names;
    for (int i = 0; i < secrets.size(); ++i) {
        const QString at = Payload::item(u"secrets"_s, i);
        p.isObject(secrets.at(i), at);
        p.allowOnly(secrets.at(i).toObject(), {u"name"_s, u"value"_s}, at);
        p.required(secrets.at(i).toObject(), {u"name"_s}, at);
        p.isString(secrets.at(i)[u"name"_s], Payload::child(at, u"name"_s), 1, MaxSecretName);
        p.isString(secrets.at(i)[u"value"_s], Payload::child(at, u"value"_s), 0, MaxSecretValue);
        const QString name = secrets.at(i)[u"name"_s].toString();
        const qsizetype earlier = names.indexOf(name);
        if (p.ok() && earlier >= 0)
            return invalidBody(
                u"Array items are not unique (indexes %1 and %2)"_s.arg(earlier).arg(i),
                u"secrets"_s);
        names << name;
    }
    p.isBool(o.value(u"deploy"_s), u"deploy"_s);
    if (!p.ok())
        return p.error();
    return std::nullopt;
}

void Auth0SandboxPrivate::applyDraft(Tenant &t, Action &a, const QJsonObject &body)
{
    const QDateTime now = this->now();
    if (body.contains(u"name"_s))
        a.name = body.value(u"name"_s).toString();
    if (body.contains(u"code"_s))
        a.code = body.value(u"code"_s).toString();
    if (body.contains(u"runtime"_s))
        a.runtime = body.value(u"runtime"_s).toString();
    if (body.contains(u"dependencies"_s)) {
        a.dependencies.clear();
        for (const QJsonValue &d : body.value(u"dependencies"_s).toArray())
            a.dependencies.append({d[u"name"_s].toString(), d[u"version"_s].toString()});
    }
    if (body.contains(u"secrets"_s)) {
        // The whole set is replaced; a secret sent without a value keeps the one it had.
        QList<Secret> secrets;
        for (const QJsonValue &s : body.value(u"secrets"_s).toArray()) {
            Secret secret {s[u"name"_s].toString(), s[u"value"_s].toString(), now};
            if (!s.toObject().contains(u"value"_s)) {
                for (const Secret &old : std::as_const(a.secrets)) {
                    if (old.name == secret.name)
                        secret.value = old.value;
                }
            }
            secrets << secret;
        }
        a.secrets = secrets;
    }
    a.updatedAt = now;
    a.draftDeployed = false;
    startBuild(t, a);
}

void Auth0SandboxPrivate::startBuild(Tenant &t, Action &a)
{
    a.status = u"pending"_s;
    a.errorId.clear();
    a.errorMessage.clear();
    a.buildStepsDone = false;
    a.lintDone = false;
    const quint64 build = ++a.build;
    const quint64 generation = t.generation;
    const Auth0Sandbox::Mode mode = t.mode;
    const QString id = a.id;
    // Whether this build is still the one under way when a timer or the parse comes back.
    const auto current = [this, mode, generation, id, build]() -> Action * {
        Tenant &owner = tenant(mode);
        if (owner.generation != generation)
            return nullptr;
        Action *found = owner.findAction(id);
        return found && found->build == build ? found : nullptr;
    };
    QTimer::singleShot(scaled(Auth0Sandbox::BuildStepMs), q, [current] {
        if (Action *found = current(); found && found->status == u"pending"_s)
            found->status = u"building"_s;
    });
    QTimer::singleShot(scaled(2 * Auth0Sandbox::BuildStepMs), q, [this, current, mode] {
        if (Action *found = current()) {
            found->buildStepsDone = true;
            finishBuildIfReady(tenant(mode), *found);
        }
    });
    // acorn parses the code on a worker thread: a 100 kB Action never holds up the event loop.
    auto *watcher = new QFutureWatcher<QString>(q);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, q,
                     [this, watcher, current, mode] {
                         watcher->deleteLater();
                         if (Action *found = current()) {
                             found->lintDone = true;
                             found->errorMessage = watcher->result();
                             finishBuildIfReady(tenant(mode), *found);
                         }
                     });
    watcher->setFuture(QtConcurrent::run(syntaxError, a.code));
}

void Auth0SandboxPrivate::finishBuildIfReady(Tenant &t, Action &a)
{
    if (!a.buildStepsDone || !a.lintDone)
        return;
    if (!a.errorMessage.isEmpty()) {
        a.status = u"failed"_s;
        a.errorId = u"a0-build-syntax-error"_s;
        a.deployWhenBuilt = false;
        return;
    }
    a.status = u"built"_s;
    a.builtAt = now();
    if (a.deployWhenBuilt) {
        a.deployWhenBuilt = false;
        deploy(t, a);
    }
}

Reply Auth0SandboxPrivate::deploy(Tenant &t, Action &a)
{
    if (a.status != u"built"_s)
        return apiError(
            400,
            u"The action cannot be deployed until it is built; its status is %1."_s.arg(a.status),
            u"invalid_action_state"_s);
    const QDateTime now = this->now();
    Version v;
    v.id = newUuid();
    v.number = a.versions.isEmpty() ? 1 : a.versions.last().number + 1;
    v.code = a.code;
    v.runtime = a.runtime;
    v.dependencies = a.dependencies;
    v.secrets = a.secrets;
    v.createdAt = now;
    v.updatedAt = now;
    v.builtAt = now;
    a.versions.append(v);
    // Bounded: the oldest versions that are not deployed go first.
    while (a.versions.size() > MaxVersions) {
        const auto old = std::find_if(a.versions.begin(), a.versions.end(), [&](const Version &x) {
            return x.id != a.deployedVersionId;
        });
        a.versions.erase(old);
    }
    a.draftDeployed = true;
    a.pendingDeployId = v.id;
    // The version is accepted now (202) and deployed a moment later, as Auth0 does: its first
    // answer says "deployed": false.
    const quint64 generation = t.generation;
    const Auth0Sandbox::Mode mode = t.mode;
    QTimer::singleShot(scaled(Auth0Sandbox::BuildStepMs), q,
                       [this, mode, generation, actionId = a.id, versionId = v.id] {
                           Tenant &owner = tenant(mode);
                           Action *found = owner.generation == generation
                               ? owner.findAction(actionId)
                               : nullptr;
                           if (!found || found->pendingDeployId != versionId)
                               return;
                           found->deployedVersionId = versionId;
                           found->pendingDeployId.clear();
                       });
    return ok(versionJson(a, v), 202);
}

void Auth0SandboxPrivate::addActionRoutes()
{
    addRoute("GET", u"/actions/actions"_s, ReadActions, [this](Context &c) -> Reply {
        int page = 0;
        int perPage = 20;
        if (auto error = readPaging(c.query, 20, &page, &perPage))
            return *error;
        const QString triggerId = FormCodec::value(c.query, u"triggerId"_s);
        const QString name = FormCodec::value(c.query, u"actionName"_s);
        const QString deployed = FormCodec::value(c.query, u"deployed"_s);
        QJsonArray matching;
        for (const Action &a : std::as_const(c.tenant.actions)) {
            if (!triggerId.isEmpty() && a.triggerId != triggerId)
                continue;
            if (!name.isEmpty() && a.name != name)
                continue;
            if (!deployed.isEmpty() && (deployed == u"true"_s) == a.deployedVersionId.isEmpty())
                continue;
            matching.append(actionJson(c.tenant, a));
        }
        QJsonArray pageItems;
        for (qsizetype i = qsizetype(page) * perPage;
             i < matching.size() && i < qsizetype(page + 1) * perPage; ++i)
            pageItems.append(matching.at(i));
        return ok(QJsonObject {{u"total"_s, matching.size()},
                               {u"page"_s, page},
                               {u"per_page"_s, perPage},
                               {u"actions"_s, pageItems}});
    });

    addRoute("POST", u"/actions/actions"_s, CreateActions, [this](Context &c) -> Reply {
        if (auto error = validateAction(c.json, true))
            return *error;
        const QJsonObject body = c.json.toObject();
        const QJsonObject trigger = body.value(u"supported_triggers"_s)[0].toObject();
        const QString triggerId = trigger.value(u"id"_s).toString();
        QString version = trigger.value(u"version"_s).toString();
        if (version.isEmpty())
            version = currentVersionOf(triggerId);
        const auto &known = triggers();
        if (isKnownTrigger(triggerId)
            && std::none_of(known.cbegin(), known.cend(), [&](const Trigger &t) {
                   return t.id == triggerId && t.version == version;
               }))
            return apiError(400,
                            u"Invalid trigger version %1 for trigger %2."_s.arg(version, triggerId),
                            u"invalid_body"_s);
        if (c.tenant.findActionByName(body.value(u"name"_s).toString()))
            return apiError(409,
                            u"An action with the name '%1' already exists."_s.arg(
                                body.value(u"name"_s).toString()));
        // Auth0 has enforced one Action per custom phone provider since 2026 (support article
        // "End-of-Life Rollout for Multiple Custom Phone/Email Provider Actions").
        if (triggerId == u"custom-phone-provider"_s
            && std::any_of(c.tenant.actions.cbegin(), c.tenant.actions.cend(),
                           [&](const Action &a) { return a.triggerId == triggerId; }))
            return apiError(403, u"custom-phone-provider can only have one supported Action"_s,
                            u"actions_cardinality_custom_phone_provider_not_allowed"_s);
        for (const QJsonValue &s : body.value(u"secrets"_s).toArray()) {
            if (!s.toObject().contains(u"value"_s))
                return invalidBody(u"Missing required property: value"_s, u"secrets"_s);
        }
        Action a;
        a.id = newUuid();
        a.triggerId = triggerId;
        a.triggerVersion = version;
        a.runtime = u"node22"_s;
        a.createdAt = now();
        a.deployWhenBuilt = body.value(u"deploy"_s).toBool();
        c.tenant.actions.append(a);
        Action &added = c.tenant.actions.last();
        applyDraft(c.tenant, added, body);
        return ok(actionJson(c.tenant, added), 201);
    });

    addRoute("GET", u"/actions/actions/{}"_s, ReadActions, [this](Context &c) -> Reply {
        const Action *a = c.tenant.findAction(c.args.at(0));
        return a ? ok(actionJson(c.tenant, *a)) : actionNotFound();
    });

    addRoute("PATCH", u"/actions/actions/{}"_s, UpdateActions, [this](Context &c) -> Reply {
        Action *a = c.tenant.findAction(c.args.at(0));
        if (!a)
            return actionNotFound();
        if (auto error = validateAction(c.json, false))
            return *error;
        const QJsonObject body = c.json.toObject();
        if (body.contains(u"supported_triggers"_s)
            && body.value(u"supported_triggers"_s)[0][u"id"_s].toString() != a->triggerId)
            return apiError(400, u"can't upgrade to this trigger."_s, u"invalid_body"_s);
        const QString name = body.value(u"name"_s).toString(a->name);
        if (const Action *other = c.tenant.findActionByName(name); other && other != a)
            return apiError(409, u"An action with the name '%1' already exists."_s.arg(name));
        applyDraft(c.tenant, *a, body);
        return ok(actionJson(c.tenant, *a));
    });

    addRoute("DELETE", u"/actions/actions/{}"_s, DeleteActions, [](Context &c) -> Reply {
        const QString id = c.args.at(0);
        if (!c.tenant.findAction(id))
            return actionNotFound();
        const bool force = FormCodec::value(c.query, u"force"_s) == u"true"_s;
        bool bound = false;
        for (const auto &list : std::as_const(c.tenant.bindings)) {
            bound = bound || std::any_of(list.cbegin(), list.cend(), [&](const Binding &b) {
                        return b.actionId == id;
                    });
        }
        if (bound && !force)
            return apiError(400,
                            u"The action is bound to a trigger. Remove the binding first, or "
                            "delete the action with force=true."_s,
                            u"action_bound"_s);
        for (auto &list : c.tenant.bindings)
            list.erase(std::remove_if(list.begin(), list.end(),
                                      [&](const Binding &b) { return b.actionId == id; }),
                       list.end());
        c.tenant.actions.erase(std::remove_if(c.tenant.actions.begin(), c.tenant.actions.end(),
                                              [&](const Action &a) { return a.id == id; }),
                               c.tenant.actions.end());
        return noContent();
    });

    addRoute("POST", u"/actions/actions/{}/deploy"_s, CreateActions, [this](Context &c) -> Reply {
        Action *a = c.tenant.findAction(c.args.at(0));
        return a ? deploy(c.tenant, *a) : actionNotFound();
    });

    addRoute("POST", u"/actions/actions/{}/test"_s, CreateActions,
             [this](Context &c) -> Reply { return testAction(c); });

    addRoute("GET", u"/actions/actions/{}/versions"_s, ReadActions, [this](Context &c) -> Reply {
        const Action *a = c.tenant.findAction(c.args.at(0));
        if (!a)
            return actionNotFound();
        int page = 0;
        int perPage = 20;
        if (auto error = readPaging(c.query, 20, &page, &perPage))
            return *error;
        QJsonArray versions;
        // Newest first.
        for (qsizetype i = a->versions.size() - 1 - qsizetype(page) * perPage;
             i >= 0 && versions.size() < perPage; --i)
            versions.append(versionJson(*a, a->versions.at(i)));
        return ok(QJsonObject {{u"total"_s, a->versions.size()},
                               {u"page"_s, page},
                               {u"per_page"_s, perPage},
                               {u"versions"_s, versions}});
    });

    addRoute("GET", u"/actions/actions/{}/versions/{}"_s, ReadActions, [this](Context &c) -> Reply {
        const Action *a = c.tenant.findAction(c.args.at(0));
        if (!a)
            return actionNotFound();
        for (const Version &v : a->versions) {
            if (v.id == c.args.at(1))
                return ok(versionJson(*a, v));
        }
        return notFound(u"That action version does not exist."_s);
    });

    addRoute("POST", u"/actions/actions/{}/versions/{}/deploy"_s, CreateActions,
             [this](Context &c) -> Reply {
                 Action *a = c.tenant.findAction(c.args.at(0));
                 if (!a)
                     return actionNotFound();
                 Payload p;
                 if (!p.isObject(c.json) || !p.allowOnly(c.json.toObject(), {u"update_draft"_s})
                     || !p.isBool(c.json[u"update_draft"_s], u"update_draft"_s))
                     return p.error();
                 const auto v = std::find_if(
                     a->versions.cbegin(), a->versions.cend(),
                     [&](const Version &candidate) { return candidate.id == c.args.at(1); });
                 if (v == a->versions.cend())
                     return notFound(u"That action version does not exist."_s);
                 if (c.json[u"update_draft"_s].toBool()) {
                     a->code = v->code;
                     a->runtime = v->runtime;
                     a->dependencies = v->dependencies;
                     a->secrets = v->secrets;
                     a->status = u"built"_s;
                     ++a->build; // a build under way is moot now
                     a->updatedAt = now();
                 }
                 // As Auth0 documents it: a new deployed version, identical to the one named.
                 Version copy = *v;
                 copy.id = newUuid();
                 copy.number = a->versions.last().number + 1;
                 copy.createdAt = copy.updatedAt = copy.builtAt = now();
                 a->versions.append(copy);
                 while (a->versions.size() > MaxVersions)
                     a->versions.removeFirst();
                 a->draftDeployed = c.json[u"update_draft"_s].toBool();
                 a->deployedVersionId = copy.id;
                 a->pendingDeployId.clear();
                 return ok(versionJson(*a, a->versions.last()), 202);
             });
}
