#pragma once

#include "auth0/Auth0Connection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// A profile: one Auth0 hook's Twilio configuration. Settings here are not secret; the secret
// values live only in the OS keychain (SecretStore), and the profile only knows their names.
struct Profile
{
    QString name;
    QString defaultRegion; // ISO 3166 alpha-2 for numbers typed without "+", may be empty
    QUrl apiBaseUrl = defaultApiBaseUrl(); // Programmable SMS, Accounts, numbers
    QUrl verifyBaseUrl = defaultVerifyBaseUrl(); // Verify v2
    QStringList secretNames; // names of the secrets stored in the keychain, in display order
    // Names of the console's own keychain entries for this profile (the Auth0 client secret, ...):
    // never shown among the hook's secrets and never deployed with the code.
    // SecretRules::isConsoleEntry() tells them apart.
    QStringList consoleSecretNames;
    // The Auth0 tenant this profile's Action runs in; not connected when empty.
    Auth0Connection auth0;
    // The profile the console makes for its built-in Twilio sandbox (SandboxProfile): its base
    // URLs follow wherever the sandbox listens.
    bool builtInSandbox = false;

    static QUrl defaultApiBaseUrl() { return QUrl(QStringLiteral("https://api.twilio.com")); }
    static QUrl defaultVerifyBaseUrl() { return QUrl(QStringLiteral("https://verify.twilio.com")); }

    bool operator==(const Profile &o) const
    {
        return name == o.name && defaultRegion == o.defaultRegion && apiBaseUrl == o.apiBaseUrl
            && verifyBaseUrl == o.verifyBaseUrl && secretNames == o.secretNames
            && consoleSecretNames == o.consoleSecretNames && auth0 == o.auth0
            && builtInSandbox == o.builtInSandbox;
    }
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

// Rules for the non-secret parts of a profile. Pure functions; messages are translated and
// name the field and the fix.
class ProfileRules
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRules)
public:
    static constexpr int MaxNameLength = 64;

    // Empty when the name is acceptable.
    static QString checkName(const QString &name);
    // An https URL, or http for loopback hosts only (the sandbox). Empty when acceptable.
    // field is the user-facing name of the setting ("API base URL").
    static QString checkBaseUrl(const QUrl &url, const QString &field);
    // Empty region (no default) or a region libphonenumber knows.
    static QString checkRegion(const QString &region);
    // An Auth0 tenant domain ("acme.us.auth0.com" or a custom domain): a host name, no scheme,
    // path or port. Empty when acceptable.
    static QString checkAuth0Domain(const QString &domain);
    static bool isLoopbackHost(const QString &host);
};
