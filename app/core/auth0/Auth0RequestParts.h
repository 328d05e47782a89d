// What Auth0Requests' files share: the Management API request builder, id and field checks, and
// the scopes each kind of request needs.
#pragma once

#include "Auth0Requests.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace Auth0RequestParts {

using Query = QList<QPair<QString, QString>>;

inline const QString ApiPrefix = QStringLiteral("/api/v2");

inline Auth0Request failed(const QString &error)
{
    Auth0Request r;
    r.error = error;
    return r;
}

// Auth0's ids (Actions are UUIDs, providers pro_..., hooks, executions, log ids) hold letters,
// digits, '-' and '_'. Anything else is refused rather than escaped into another path.
inline bool isPathSafeId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_\\-|.]{1,128}$"));
    return re.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

inline Auth0Request api(const Auth0Connection &c, Auth0Request::Method method, const QString &path,
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

inline Auth0Request withJson(Auth0Request r, const QJsonObject &body)
{
    if (!r.isValid())
        return r;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json");
    return r;
}

inline Auth0Request badId(const QString &field, const QString &id)
{
    return failed(Auth0Requests::tr("%1: \"%2\" is not an Auth0 id.").arg(field, id));
}

inline void addPaging(Query *query, int page, int perPage)
{
    if (page >= 0)
        query->append({QStringLiteral("page"), QString::number(page)});
    if (perPage > 0)
        query->append({QStringLiteral("per_page"), QString::number(perPage)});
}

inline const QStringList ReadActions {QStringLiteral("read:actions")};
inline const QStringList CreateActions {QStringLiteral("create:actions")};
inline const QStringList UpdateActions {QStringLiteral("update:actions")};
inline const QStringList ReadFactors {QStringLiteral("read:guardian_factors")};
inline const QStringList UpdateFactors {QStringLiteral("update:guardian_factors")};
inline const QStringList ReadProviders {QStringLiteral("read:phone_providers")};

// The spec's PhoneProviderDeliveryMethodEnum: text and voice (Guardian's names are sms and voice).
inline bool isDeliveryMethod(const QString &method)
{
    return method == QLatin1String("text") || method == QLatin1String("voice");
}

inline QString checkDeliveryMethods(const std::optional<QStringList> &methods)
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

} // namespace Auth0RequestParts
