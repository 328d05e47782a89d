// Triggers and their bindings (the order Actions run in), and executions.

#include "sandbox/Auth0SandboxPrivate.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;
using Reply = Auth0SandboxReply::Reply;

namespace {

const QStringList ReadActions {u"read:actions"_s};
const QStringList UpdateActions {u"update:actions"_s};

Reply invalidPath(const QString &detail, const QString &property)
{
    return apiError(400, u"Path validation error: '%1' on property %2."_s.arg(detail, property),
                    u"invalid_uri"_s);
}

Reply actionNotFound()
{
    return notFound(u"That action does not exist."_s);
}

} // namespace

QJsonObject Auth0SandboxPrivate::bindingJson(const Tenant &t, const QString &triggerId,
                                             const Binding &b) const
{
    QJsonObject action;
    if (const Action *a = t.findAction(b.actionId)) {
        action = actionJson(t, *a);
        for (const char *draftOnly : {"code", "dependencies", "runtime", "status", "secrets"})
            action.remove(QLatin1String(draftOnly));
    }
    return {{u"id"_s, b.id},
            {u"trigger_id"_s, triggerId},
            {u"action"_s, action},
            {u"created_at"_s, isoTime(b.createdAt)},
            {u"updated_at"_s, isoTime(b.updatedAt)},
            {u"display_name"_s, b.displayName}};
}

void Auth0SandboxPrivate::addTriggerRoutes()
{
    addRoute("GET", u"/actions/executions/{}"_s, ReadActions, [](Context &c) -> Reply {
        const auto it = c.tenant.executions.constFind(c.args.at(0));
        if (it == c.tenant.executions.constEnd())
            return notFound(u"That execution does not exist."_s);
        return ok(*it);
    });

    addRoute("GET", u"/actions/triggers"_s, ReadActions, [](Context &) -> Reply {
        QJsonArray list;
        for (const Trigger &t : triggers()) {
            list.append(QJsonObject {{u"id"_s, t.id},
                                     {u"version"_s, t.version},
                                     {u"status"_s, t.status},
                                     {u"runtimes"_s, QJsonArray {u"node18"_s, u"node22"_s}},
                                     {u"default_runtime"_s, u"node22"_s},
                                     {u"compatible_triggers"_s, QJsonArray()},
                                     {u"binding_policy"_s, u"trigger-bound"_s}});
        }
        return ok(QJsonObject {{u"triggers"_s, list}});
    });

    addRoute("GET", u"/actions/triggers/{}/bindings"_s, ReadActions, [this](Context &c) -> Reply {
        const QString triggerId = c.args.at(0);
        if (!actionTriggerTypes().contains(triggerId))
            return invalidPath(u"No enum match for: \"%1\""_s.arg(triggerId), u"triggerId"_s);
        int page = 0;
        int perPage = 20;
        if (auto error = readPaging(c.query, 20, &page, &perPage))
            return *error;
        const QList<Binding> all = c.tenant.bindings.value(triggerId);
        QJsonArray list;
        for (qsizetype i = qsizetype(page) * perPage;
             i < all.size() && i < qsizetype(page + 1) * perPage; ++i)
            list.append(bindingJson(c.tenant, triggerId, all.at(i)));
        return ok(QJsonObject {{u"total"_s, all.size()},
                               {u"page"_s, page},
                               {u"per_page"_s, perPage},
                               {u"bindings"_s, list}});
    });

    addRoute(
        "PATCH", u"/actions/triggers/{}/bindings"_s, UpdateActions, [this](Context &c) -> Reply {
            const QString triggerId = c.args.at(0);
            if (!actionTriggerTypes().contains(triggerId))
                return invalidPath(u"No enum match for: \"%1\""_s.arg(triggerId), u"triggerId"_s);
            Payload p;
            p.isObject(c.json);
            p.allowOnly(c.json.toObject(), {u"bindings"_s});
            p.isArray(c.json[u"bindings"_s], u"bindings"_s);
            const QJsonArray wanted = c.json[u"bindings"_s].toArray();
            for (int i = 0; i < wanted.size(); ++i) {
                const QString at = Payload::item(u"bindings"_s, i);
                const QString ref = Payload::child(at, u"ref"_s);
                p.isObject(wanted.at(i), at);
                p.allowOnly(wanted.at(i).toObject(), {u"ref"_s, u"display_name"_s, u"secrets"_s},
                            at);
                p.required(wanted.at(i).toObject(), {u"ref"_s}, at);
                p.isObject(wanted.at(i)[u"ref"_s], ref);
                p.required(wanted.at(i)[u"ref"_s].toObject(), {u"type"_s, u"value"_s}, ref);
                p.isOneOf(wanted.at(i)[u"ref"_s][u"type"_s],
                          {u"action_id"_s, u"action_name"_s, u"binding_id"_s},
                          Payload::child(ref, u"type"_s));
                p.isString(wanted.at(i)[u"ref"_s][u"value"_s], Payload::child(ref, u"value"_s), 1);
                p.isString(wanted.at(i)[u"display_name"_s], Payload::child(at, u"display_name"_s));
            }
            if (!p.ok())
                return p.error();

            const QList<Binding> old = c.tenant.bindings.value(triggerId);
            QList<Binding> replaced;
            const QDateTime now = this->now();
            for (const QJsonValue &w : wanted) {
                const QString type = w[u"ref"_s][u"type"_s].toString();
                const QString value = w[u"ref"_s][u"value"_s].toString();
                const Action *a = nullptr;
                if (type == u"action_id"_s) {
                    a = c.tenant.findAction(value);
                } else if (type == u"action_name"_s) {
                    a = c.tenant.findActionByName(value);
                } else {
                    const auto b
                        = std::find_if(old.cbegin(), old.cend(), [&](const Binding &candidate) {
                              return candidate.id == value;
                          });
                    if (b == old.cend())
                        return notFound(u"That binding does not exist."_s);
                    a = c.tenant.findAction(b->actionId);
                }
                if (!a)
                    return actionNotFound();
                // Auth0's words (Terraform provider issue #59).
                if (a->triggerId != triggerId)
                    return apiError(
                        400,
                        u"Trying to create a binding between an incompatible action and "
                        "trigger."_s,
                        u"invalid_body"_s);
                replaced.append(
                    {newUuid(), a->id, w[u"display_name"_s].toString(a->name), now, now});
            }
            // The whole list is replaced, in the order given (the order of execution).
            c.tenant.bindings.insert(triggerId, replaced);
            QJsonArray list;
            for (const Binding &b : std::as_const(replaced))
                list.append(bindingJson(c.tenant, triggerId, b));
            return ok(QJsonObject {{u"bindings"_s, list}});
        });
}
