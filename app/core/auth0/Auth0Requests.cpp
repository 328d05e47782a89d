#include "Auth0Requests.h"

#include "profile/Profile.h"
#include "twilio/TwilioRequests.h"
#include "sandbox/FormCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace {

using Query = QList<QPair<QString, QString>>;

const QString ApiPrefix = QStringLiteral("/api/v2");

QByteArray userAgent()
{
    return QByteArrayLiteral("SmsHookConsole/" SMSHOOK_VERSION " (Qt ") + qVersion() + ')';
}

Auth0Request failed(const QString &error)
{
    Auth0Request r;
    r.error = error;
    return r;
}

// Auth0's ids (Actions are UUIDs, providers pro_..., hooks, executions, log ids) hold letters,
// digits, '-' and '_'. Anything else is refused rather than escaped into another path.
bool isPathSafeId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_\\-|.]{1,128}$"));
    return re.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

Auth0Request api(const Auth0Connection &c, Auth0Request::Method method, const QString &path,
                 const QStringList &scopes, const Query &query = {})
{
    if (const QString e = Auth0Requests::checkConnection(c); !e.isEmpty())
        return failed(e);
    Auth0Request r;
    r.method = method;
    r.url = Auth0Requests::buildUrl(c, ApiPrefix + path, query);
    r.scopes = scopes;
    return r;
}

Auth0Request withJson(Auth0Request r, const QJsonObject &body)
{
    if (!r.isValid())
        return r;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json");
    return r;
}

Auth0Request badId(const QString &field, const QString &id)
{
    return failed(Auth0Requests::tr("%1: \"%2\" is not an Auth0 id.").arg(field, id));
}

void addPaging(Query *query, int page, int perPage)
{
    if (page >= 0)
        query->append({QStringLiteral("page"), QString::number(page)});
    if (perPage > 0)
        query->append({QStringLiteral("per_page"), QString::number(perPage)});
}

const QStringList ReadActions {QStringLiteral("read:actions")};
const QStringList CreateActions {QStringLiteral("create:actions")};
const QStringList UpdateActions {QStringLiteral("update:actions")};
const QStringList ReadFactors {QStringLiteral("read:guardian_factors")};
const QStringList UpdateFactors {QStringLiteral("update:guardian_factors")};
const QStringList ReadProviders {QStringLiteral("read:phone_providers")};

// The spec's PhoneProviderDeliveryMethodEnum: text and voice (Guardian's names are sms and voice).
bool isDeliveryMethod(const QString &method)
{
    return method == QLatin1String("text") || method == QLatin1String("voice");
}

QString checkDeliveryMethods(const std::optional<QStringList> &methods)
{
    if (!methods)
        return {};
    if (methods->isEmpty())
        return Auth0Requests::tr("Delivery methods: choose text, voice or both.");
    for (const QString &m : *methods) {
        if (!isDeliveryMethod(m))
            return Auth0Requests::tr("Delivery methods: use text and/or voice, not \"%1\".").arg(m);
    }
    return {};
}

} // namespace

QByteArray Auth0Request::methodName() const
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QString Auth0Requests::checkConnection(const Auth0Connection &c)
{
    if (const QString e = ProfileRules::checkAuth0Domain(c.domain); !e.isEmpty())
        return e;
    if (c.clientId.trimmed().isEmpty())
        return tr("Client ID: enter the client ID of the tenant's machine-to-machine application "
                  "(Auth0 Dashboard > Applications > your application > Settings).");
    if (!c.baseUrl.isEmpty()) {
        // The override exists for loopback servers only: a remote host must be the domain itself.
        if (!ProfileRules::isLoopbackHost(c.baseUrl.host()))
            return tr("Auth0 base URL: only a loopback address (a local simulator) may replace "
                      "https://%1; clear the override to reach the tenant.")
                .arg(c.domain);
        if (const QString e = ProfileRules::checkBaseUrl(c.baseUrl, tr("Auth0 base URL"));
            !e.isEmpty())
            return e;
    }
    return {};
}

QUrl Auth0Requests::buildUrl(const Auth0Connection &connection, const QString &path,
                             const Query &query)
{
    if (!checkConnection(connection).isEmpty())
        return {};
    // The same joining as for Twilio's hosts: the base's own path kept, the query percent-encoded.
    return TwilioRequests::buildUrl(connection.effectiveBaseUrl(), path, query);
}

Auth0Request Auth0Requests::token(const Auth0Connection &connection, const QString &clientSecret)
{
    if (const QString e = checkConnection(connection); !e.isEmpty())
        return failed(e);
    if (clientSecret.isEmpty())
        return failed(tr("Client secret: enter the client secret of the machine-to-machine "
                         "application (Auth0 Dashboard > Applications > your application > "
                         "Settings)."));
    Auth0Request r;
    r.method = Auth0Request::Method::Post;
    r.needsToken = false;
    r.url = buildUrl(connection, QStringLiteral("/oauth/token"));
    r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    r.body
        = FormCodec::encode({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("client_id"), connection.clientId.trimmed()},
                             {QStringLiteral("client_secret"), clientSecret},
                             {QStringLiteral("audience"), connection.audience()}});
    return r;
}

Auth0Request Auth0Requests::getTenantSettings(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get, QStringLiteral("/tenants/settings"),
               {QStringLiteral("read:tenant_settings")});
}

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

Auth0Request Auth0Requests::listGuardianFactors(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get, QStringLiteral("/guardian/factors"), ReadFactors);
}

Auth0Request Auth0Requests::setGuardianFactor(const Auth0Connection &c, const QString &name,
                                              bool enabled)
{
    if (!isPathSafeId(name))
        return badId(tr("Factor"), name);
    return withJson(api(c, Auth0Request::Method::Put, QStringLiteral("/guardian/factors/") + name,
                        UpdateFactors),
                    QJsonObject {{QStringLiteral("enabled"), enabled}});
}

Auth0Request Auth0Requests::getPhoneMessageTypes(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get,
               QStringLiteral("/guardian/factors/phone/message-types"), ReadFactors);
}

Auth0Request Auth0Requests::setPhoneMessageTypes(const Auth0Connection &c, const QStringList &types)
{
    for (const QString &t : types) {
        if (t != QLatin1String("sms") && t != QLatin1String("voice"))
            return failed(tr("Message types: use sms and/or voice, not \"%1\".").arg(t));
    }
    return withJson(
        api(c, Auth0Request::Method::Put, QStringLiteral("/guardian/factors/phone/message-types"),
            UpdateFactors),
        QJsonObject {{QStringLiteral("message_types"), QJsonArray::fromStringList(types)}});
}

Auth0Request Auth0Requests::getPhoneSelectedProvider(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get,
               QStringLiteral("/guardian/factors/phone/selected-provider"), ReadFactors);
}

Auth0Request Auth0Requests::setPhoneSelectedProvider(const Auth0Connection &c,
                                                     const QString &provider)
{
    if (provider != GuardianPhoneProvider::Auth0 && provider != GuardianPhoneProvider::Twilio
        && provider != GuardianPhoneProvider::Custom)
        return failed(tr("Phone provider: use auth0, twilio or phone-message-hook, not \"%1\".")
                          .arg(provider));
    return withJson(api(c, Auth0Request::Method::Put,
                        QStringLiteral("/guardian/factors/phone/selected-provider"), UpdateFactors),
                    QJsonObject {{QStringLiteral("provider"), provider}});
}

Auth0Request Auth0Requests::listPhoneProviders(const Auth0Connection &c,
                                               std::optional<bool> disabled)
{
    Query query;
    if (disabled)
        query.append({QStringLiteral("disabled"),
                      *disabled ? QStringLiteral("true") : QStringLiteral("false")});
    return api(c, Auth0Request::Method::Get, QStringLiteral("/branding/phone/providers"),
               ReadProviders, query);
}

Auth0Request Auth0Requests::getPhoneProvider(const Auth0Connection &c, const QString &id)
{
    if (!isPathSafeId(id))
        return badId(tr("Phone provider"), id);
    return api(c, Auth0Request::Method::Get, QStringLiteral("/branding/phone/providers/") + id,
               ReadProviders);
}

QJsonObject Auth0Requests::phoneProviderDraftJson(const PhoneProviderDraft &d, bool forCreate)
{
    QJsonObject o;
    if (forCreate)
        o.insert(QStringLiteral("name"), d.name);
    if (d.disabled)
        o.insert(QStringLiteral("disabled"), *d.disabled);
    if (d.deliveryMethods)
        o.insert(QStringLiteral("configuration"),
                 QJsonObject {{QStringLiteral("delivery_methods"),
                               QJsonArray::fromStringList(*d.deliveryMethods)}});
    // Auth0 requires credentials even for the custom provider, where they are {}: the spec's
    // CreateBrandingPhoneProviderRequestContent lists them as required, so a create always sends
    // them; sendCredentials=false only leaves them out of an update.
    if (forCreate || d.sendCredentials)
        o.insert(QStringLiteral("credentials"), d.credentials);
    return o;
}

Auth0Request Auth0Requests::createPhoneProvider(const Auth0Connection &c,
                                                const PhoneProviderDraft &draft)
{
    if (draft.name.isEmpty())
        return failed(tr("Phone provider: name the provider (custom)."));
    // The spec's PhoneProviderNameEnum.
    if (draft.name != QLatin1String("custom") && draft.name != QLatin1String("twilio"))
        return failed(tr("Phone provider: use custom or twilio, not \"%1\".").arg(draft.name));
    if (const QString e = checkDeliveryMethods(draft.deliveryMethods); !e.isEmpty())
        return failed(e);
    return withJson(api(c, Auth0Request::Method::Post, QStringLiteral("/branding/phone/providers"),
                        {QStringLiteral("create:phone_providers")}),
                    phoneProviderDraftJson(draft, true));
}

Auth0Request Auth0Requests::updatePhoneProvider(const Auth0Connection &c, const QString &id,
                                                const PhoneProviderDraft &draft)
{
    if (!isPathSafeId(id))
        return badId(tr("Phone provider"), id);
    if (const QString e = checkDeliveryMethods(draft.deliveryMethods); !e.isEmpty())
        return failed(e);
    const QJsonObject body = phoneProviderDraftJson(draft, false);
    if (body.isEmpty())
        return failed(tr("Phone provider update: nothing to change."));
    return withJson(api(c, Auth0Request::Method::Patch,
                        QStringLiteral("/branding/phone/providers/") + id,
                        {QStringLiteral("update:phone_providers")}),
                    body);
}

Auth0Request Auth0Requests::tryPhoneProvider(const Auth0Connection &c, const QString &id,
                                             const QString &to, const QString &deliveryMethod)
{
    if (!isPathSafeId(id))
        return badId(tr("Phone provider"), id);
    if (to.isEmpty())
        return failed(tr("To: enter the phone number to send the test message to."));
    // The spec allows 1 to 16 characters: an E.164 number, '+' and at most 15 digits.
    if (to.size() > 16)
        return failed(tr("To: enter the number in E.164 form, such as +14155552671, without "
                         "spaces or punctuation (\"%1\" is longer than 16 characters).")
                          .arg(to));
    if (!deliveryMethod.isEmpty() && !isDeliveryMethod(deliveryMethod))
        return failed(tr("Delivery method: use text or voice, not \"%1\".").arg(deliveryMethod));
    QJsonObject body {{QStringLiteral("to"), to}};
    if (!deliveryMethod.isEmpty())
        body.insert(QStringLiteral("delivery_method"), deliveryMethod);
    return withJson(api(c, Auth0Request::Method::Post,
                        QStringLiteral("/branding/phone/providers/") + id + QStringLiteral("/try"),
                        {QStringLiteral("create:phone_providers")}),
                    body);
}

Auth0Request Auth0Requests::listLogs(const Auth0Connection &c, const TenantLogQuery &q)
{
    Query query;
    if (q.isCheckpoint()) {
        // Auth0 ignores every other parameter in checkpoint mode; sending them would mislead.
        query.append({QStringLiteral("from"), q.from});
        if (q.take > 0)
            query.append({QStringLiteral("take"), QString::number(std::min(q.take, 100))});
    } else {
        if (!q.q.isEmpty())
            query.append({QStringLiteral("q"), q.q});
        if (!q.sort.isEmpty())
            query.append({QStringLiteral("sort"), q.sort});
        if (q.page >= 0)
            query.append({QStringLiteral("page"), QString::number(q.page)});
        if (q.perPage > 0)
            query.append({QStringLiteral("per_page"), QString::number(std::min(q.perPage, 100))});
        if (q.take > 0)
            query.append({QStringLiteral("take"), QString::number(std::min(q.take, 100))});
    }
    return api(c, Auth0Request::Method::Get, QStringLiteral("/logs"),
               {QStringLiteral("read:logs"), QStringLiteral("read:logs_users")}, query);
}

Auth0Request Auth0Requests::nextLogsPage(const Auth0Connection &c, const QUrl &next)
{
    if (const QString e = checkConnection(c); !e.isEmpty())
        return failed(e);
    const QUrl base = c.effectiveBaseUrl();
    // Auth0 writes the link for its own domain; behind a loopback override, the path and query
    // are what matter, and the host must be one we would send the token to anyway.
    const bool sameHost = next.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && next.port(next.scheme() == QLatin1String("http") ? 80 : 443)
            == base.port(base.scheme() == QLatin1String("http") ? 80 : 443);
    const bool domainHost = next.host().compare(c.domain, Qt::CaseInsensitive) == 0
        && next.scheme() == QLatin1String("https");
    if (!next.isValid() || !(sameHost || domainHost)
        || !next.path().endsWith(QLatin1String("/api/v2/logs")))
        return failed(tr("Logs: the next-page link points elsewhere (%1); not followed.")
                          .arg(next.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    Auth0Request r;
    r.method = Auth0Request::Method::Get;
    r.scopes = {QStringLiteral("read:logs"), QStringLiteral("read:logs_users")};
    QUrl url = buildUrl(c, ApiPrefix + QStringLiteral("/logs"));
    url.setQuery(next.query(QUrl::FullyEncoded), QUrl::StrictMode);
    r.url = url;
    return r;
}

Auth0Request Auth0Requests::listHooks(const Auth0Connection &c, const QString &triggerId)
{
    Query query;
    if (!triggerId.isEmpty())
        query.append({QStringLiteral("triggerId"), triggerId});
    return api(c, Auth0Request::Method::Get, QStringLiteral("/hooks"),
               {QStringLiteral("read:hooks")}, query);
}

Auth0Request Auth0Requests::getHook(const Auth0Connection &c, const QString &id)
{
    if (!isPathSafeId(id))
        return badId(tr("Hook"), id);
    return api(c, Auth0Request::Method::Get, QStringLiteral("/hooks/") + id,
               {QStringLiteral("read:hooks")});
}

QNetworkRequest Auth0Requests::toNetworkRequest(const Auth0Request &request,
                                                const QByteArray &accessToken)
{
    QNetworkRequest nr(request.url);
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("User-Agent", userAgent());
    if (!request.contentType.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (request.needsToken && !accessToken.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + accessToken);
    else if (!request.needsToken && !request.bearer.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + request.bearer);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 would multiplex retries we cannot see; keep one request per exchange, as for Twilio.
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return nr;
}

QUrl Auth0Requests::parseNextLink(const QByteArray &linkHeader)
{
    // Link: <https://host/api/v2/logs?from=X&take=100>; rel="next", <...>; rel="prev"
    static const QRegularExpression re(QStringLiteral("<([^>]*)>\\s*;[^,]*rel\\s*=\\s*\"?next\"?"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(linkHeader));
    if (!m.hasMatch())
        return {};
    return QUrl(m.captured(1), QUrl::StrictMode);
}

QString Auth0Requests::redact(const QString &text, const QString &clientSecret,
                              const QByteArray &accessToken)
{
    QString out = text;
    if (!clientSecret.isEmpty()) {
        out.replace(clientSecret, QStringLiteral("***"));
        // As it travels in a form body.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(clientSecret));
        if (encoded != clientSecret)
            out.replace(encoded, QStringLiteral("***"));
    }
    if (!accessToken.isEmpty())
        out.replace(QString::fromLatin1(accessToken), QStringLiteral("***"));
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1***"));
    return out;
}

QString Auth0Requests::describeForLog(const Auth0Request &request)
{
    return QString::fromLatin1(request.methodName()) + QLatin1Char(' ')
        + request.url.toDisplayString(QUrl::RemoveUserInfo);
}
