#pragma once

#include <QString>
#include <QUrl>

// How a profile reaches its Auth0 tenant's Management API: the tenant's domain and a
// machine-to-machine application's client ID. Not secret; the client secret lives only in the OS
// keychain (SecretStore, console entry SecretRules::auth0ClientSecretName()).
struct Auth0Connection
{
    QString domain; // "acme.us.auth0.com" or a custom domain; no scheme, no path
    QString clientId;
    // Where the requests go instead of https://{domain}: only a loopback http(s) URL (the
    // sandbox, a contract mock). Empty: https://{domain}. The token audience stays
    // https://{domain}/api/v2/ either way.
    QUrl baseUrl;

    bool isConnected() const { return !domain.isEmpty() && !clientId.isEmpty(); }
    // baseUrl when set, else https://{domain}.
    QUrl effectiveBaseUrl() const
    {
        if (!baseUrl.isEmpty())
            return baseUrl;
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(domain);
        return url;
    }
    // The Management API's identifier, the audience of its tokens.
    QString audience() const
    {
        return QStringLiteral("https://") + domain + QStringLiteral("/api/v2/");
    }

    bool operator==(const Auth0Connection &o) const
    {
        return domain == o.domain && clientId == o.clientId && baseUrl == o.baseUrl;
    }
    bool operator!=(const Auth0Connection &o) const { return !(*this == o); }
};
