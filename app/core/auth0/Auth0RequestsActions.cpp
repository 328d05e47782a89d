// Auth0Requests for Actions: the Actions, their versions and executions, triggers and bindings.

#include "Auth0RequestParts.h"
#include "Auth0Requests.h"

#include <QJsonArray>

using namespace Auth0RequestParts;

Auth0Request Auth0Requests::listActions(const Auth0Connection &c, const ActionListQuery &q)
{
    Query query;
    if (!q.triggerId.isEmpty())
        query.append({QStringLiteral("triggerId"), q.triggerId});
    if (!q.actionName.isEmpty())
        query.append({QStringLiteral("actionName"), q.actionName});
    if (q.deployed)
        query.append({QStringLiteral("deployed"),
                      *q.deployed ? QStringLiteral("true") : QStringLiteral("false")});
    addPaging(&query, q.page, q.perPage);
    return api(c, Auth0Request::Method::Get, QStringLiteral("/actions/actions"), ReadActions,
               query);
}

Auth0Request Auth0Requests::getAction(const Auth0Connection &c, const QString &id)
{
    if (!isPathSafeId(id))
        return badId(tr("Action"), id);
    return api(c, Auth0Request::Method::Get, QStringLiteral("/actions/actions/") + id, ReadActions);
}

QJsonObject Auth0Requests::actionDraftJson(const ActionDraft &d, bool forCreate)
{
    QJsonObject o;
    if (forCreate || !d.name.isEmpty())
        o.insert(QStringLiteral("name"), d.name);
    if (forCreate) {
        // Only create names the trigger: Auth0 refuses to move an Action to another trigger.
        o.insert(QStringLiteral("supported_triggers"),
                 QJsonArray {QJsonObject {{QStringLiteral("id"), d.triggerId},
                                          {QStringLiteral("version"), d.triggerVersion}}});
    }
    if (d.code)
        o.insert(QStringLiteral("code"), *d.code);
    if (d.runtime)
        o.insert(QStringLiteral("runtime"), *d.runtime);
    if (d.dependencies) {
        QJsonArray deps;
        for (const ActionDependency &dep : *d.dependencies) {
            QJsonObject j {{QStringLiteral("name"), dep.name},
                           {QStringLiteral("version"), dep.version}};
            if (!dep.registryUrl.isEmpty())
                j.insert(QStringLiteral("registry_url"), dep.registryUrl);
            deps.append(j);
        }
        o.insert(QStringLiteral("dependencies"), deps);
    }
    if (d.secrets) {
        QJsonArray secrets;
        for (const ActionSecretValue &s : *d.secrets)
            secrets.append(
                QJsonObject {{QStringLiteral("name"), s.name}, {QStringLiteral("value"), s.value}});
        o.insert(QStringLiteral("secrets"), secrets);
    }
    return o;
}

Auth0Request Auth0Requests::createAction(const Auth0Connection &c, const ActionDraft &draft)
{
    if (draft.name.trimmed().isEmpty())
        return failed(tr("Action name: enter a name for the Action."));
    if (draft.triggerId.isEmpty() || draft.triggerVersion.isEmpty())
        return failed(tr("Trigger: choose the trigger the Action runs on."));
    return withJson(
        api(c, Auth0Request::Method::Post, QStringLiteral("/actions/actions"), CreateActions),
        actionDraftJson(draft, true));
}

Auth0Request Auth0Requests::updateAction(const Auth0Connection &c, const QString &id,
                                         const ActionDraft &draft)
{
    if (!isPathSafeId(id))
        return badId(tr("Action"), id);
    const QJsonObject body = actionDraftJson(draft, false);
    if (body.isEmpty())
        return failed(tr("Action update: nothing to change."));
    return withJson(api(c, Auth0Request::Method::Patch, QStringLiteral("/actions/actions/") + id,
                        UpdateActions),
                    body);
}

Auth0Request Auth0Requests::deleteAction(const Auth0Connection &c, const QString &id, bool force)
{
    if (!isPathSafeId(id))
        return badId(tr("Action"), id);
    Query query;
    if (force)
        query.append({QStringLiteral("force"), QStringLiteral("true")});
    return api(c, Auth0Request::Method::Delete, QStringLiteral("/actions/actions/") + id,
               {QStringLiteral("delete:actions")}, query);
}

Auth0Request Auth0Requests::deployAction(const Auth0Connection &c, const QString &id)
{
    if (!isPathSafeId(id))
        return badId(tr("Action"), id);
    return api(c, Auth0Request::Method::Post,
               QStringLiteral("/actions/actions/") + id + QStringLiteral("/deploy"), CreateActions);
}

Auth0Request Auth0Requests::testAction(const Auth0Connection &c, const QString &id,
                                       const QJsonObject &payload)
{
    if (!isPathSafeId(id))
        return badId(tr("Action"), id);
    return withJson(api(c, Auth0Request::Method::Post,
                        QStringLiteral("/actions/actions/") + id + QStringLiteral("/test"),
                        CreateActions),
                    QJsonObject {{QStringLiteral("payload"), payload}});
}

Auth0Request Auth0Requests::listActionVersions(const Auth0Connection &c, const QString &actionId,
                                               int page, int perPage)
{
    if (!isPathSafeId(actionId))
        return badId(tr("Action"), actionId);
    Query query;
    addPaging(&query, page, perPage);
    return api(c, Auth0Request::Method::Get,
               QStringLiteral("/actions/actions/") + actionId + QStringLiteral("/versions"),
               ReadActions, query);
}

Auth0Request Auth0Requests::getActionVersion(const Auth0Connection &c, const QString &actionId,
                                             const QString &versionId)
{
    if (!isPathSafeId(actionId))
        return badId(tr("Action"), actionId);
    if (!isPathSafeId(versionId))
        return badId(tr("Version"), versionId);
    return api(c, Auth0Request::Method::Get,
               QStringLiteral("/actions/actions/") + actionId + QStringLiteral("/versions/")
                   + versionId,
               ReadActions);
}

Auth0Request Auth0Requests::deployActionVersion(const Auth0Connection &c, const QString &actionId,
                                                const QString &versionId, bool updateDraft)
{
    if (!isPathSafeId(actionId))
        return badId(tr("Action"), actionId);
    if (!isPathSafeId(versionId))
        return badId(tr("Version"), versionId);
    return withJson(api(c, Auth0Request::Method::Post,
                        QStringLiteral("/actions/actions/") + actionId
                            + QStringLiteral("/versions/") + versionId + QStringLiteral("/deploy"),
                        CreateActions),
                    QJsonObject {{QStringLiteral("update_draft"), updateDraft}});
}

Auth0Request Auth0Requests::getExecution(const Auth0Connection &c, const QString &id)
{
    if (!isPathSafeId(id))
        return badId(tr("Execution"), id);
    return api(c, Auth0Request::Method::Get, QStringLiteral("/actions/executions/") + id,
               ReadActions);
}

Auth0Request Auth0Requests::listTriggers(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get, QStringLiteral("/actions/triggers"), ReadActions);
}

Auth0Request Auth0Requests::listTriggerBindings(const Auth0Connection &c, const QString &triggerId,
                                                int page, int perPage)
{
    if (!isPathSafeId(triggerId))
        return badId(tr("Trigger"), triggerId);
    Query query;
    addPaging(&query, page, perPage);
    return api(c, Auth0Request::Method::Get,
               QStringLiteral("/actions/triggers/") + triggerId + QStringLiteral("/bindings"),
               ReadActions, query);
}

Auth0Request Auth0Requests::updateTriggerBindings(const Auth0Connection &c,
                                                  const QString &triggerId,
                                                  const QList<BindingRef> &bindings)
{
    if (!isPathSafeId(triggerId))
        return badId(tr("Trigger"), triggerId);
    QJsonArray list;
    for (const BindingRef &b : bindings) {
        QString type;
        switch (b.type) {
        case BindingRef::Type::ActionId:
            type = QStringLiteral("action_id");
            break;
        case BindingRef::Type::ActionName:
            type = QStringLiteral("action_name");
            break;
        case BindingRef::Type::BindingId:
            type = QStringLiteral("binding_id");
            break;
        }
        QJsonObject o {
            {QStringLiteral("ref"),
             QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("value"), b.value}}}};
        if (!b.displayName.isEmpty())
            o.insert(QStringLiteral("display_name"), b.displayName);
        list.append(o);
    }
    return withJson(
        api(c, Auth0Request::Method::Patch,
            QStringLiteral("/actions/triggers/") + triggerId + QStringLiteral("/bindings"),
            UpdateActions),
        QJsonObject {{QStringLiteral("bindings"), list}});
}
