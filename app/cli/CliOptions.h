#pragma once

#include "profile/Profile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What the CLI's command files share beside CliApp: the common option names and the JSON of a
// profile (profiles list, profiles add).
namespace CliOptions {

inline const QString Json = QStringLiteral("json");
inline const QString Profile = QStringLiteral("profile");

inline QJsonObject profileJson(const ::Profile &p)
{
    QJsonObject o {{QStringLiteral("name"), p.name},
                   {QStringLiteral("default_region"), p.defaultRegion},
                   {QStringLiteral("api_base_url"), p.apiBaseUrl.toString()},
                   {QStringLiteral("verify_base_url"), p.verifyBaseUrl.toString()},
                   {QStringLiteral("secret_names"), QJsonArray::fromStringList(p.secretNames)},
                   {QStringLiteral("built_in_sandbox"), p.builtInSandbox}};
    if (p.auth0.isConnected()) {
        QJsonObject auth0 {{QStringLiteral("domain"), p.auth0.domain},
                           {QStringLiteral("client_id"), p.auth0.clientId}};
        if (!p.auth0.baseUrl.isEmpty())
            auth0.insert(QStringLiteral("base_url"), p.auth0.baseUrl.toString());
        o.insert(QStringLiteral("auth0"), auth0);
    }
    return o;
}

} // namespace CliOptions
