#pragma once

#include "Auth0Error.h"
#include "profile/Profile.h"
#include "secrets/KeychainError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class Auth0Client;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;

// Connects a profile to its Auth0 tenant, or disconnects it. Connect first proves the credentials
// (a Management API token), and only then stores the connection in the profile's settings and the
// client secret in the keychain, so that a mistyped secret is never kept; it reports the granted
// scopes and what each feature lacks. Disconnect removes the secret and the settings. Emits
// finished() exactly once, on every path, then deletes itself later. The token is dropped at the
// end: it proved what it had to.
class TenantConnectJob : public QObject
{
    Q_OBJECT
public:
    static TenantConnectJob *connectProfile(const QString &profile,
                                            const Auth0Connection &connection,
                                            const QString &clientSecret, ProfileStore *profiles,
                                            SecretStore *secrets, QNetworkAccessManager *network,
                                            QObject *parent = nullptr);
    static TenantConnectJob *disconnectProfile(const QString &profile, ProfileStore *profiles,
                                               SecretStore *secrets, QObject *parent = nullptr);

    bool failed() const { return m_auth0Error.isError() || m_keychainError.isError(); }
    const Auth0Error &auth0Error() const { return m_auth0Error; }
    const KeychainError &keychainError() const { return m_keychainError; }
    // Translated: what failed and the fix; empty on success.
    QString errorText() const;
    QStringList grantedScopes() const { return m_granted; }
    // Scopes the console's features need that the token lacks.
    QStringList missingScopes() const { return m_missing; }
    const Profile &profile() const { return m_profile; }

Q_SIGNALS:
    void finished();

private:
    explicit TenantConnectJob(QObject *parent);
    void store(const QString &clientSecret);
    void finish();

    ProfileStore *m_profiles = nullptr;
    QPointer<SecretStore> m_secrets;
    QPointer<Auth0Client> m_client;
    Profile m_profile;
    Auth0Connection m_connection;
    Auth0Error m_auth0Error;
    KeychainError m_keychainError;
    QStringList m_granted;
    QStringList m_missing;
    bool m_finished = false;
};
