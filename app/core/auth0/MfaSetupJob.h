#pragma once

#include "MfaSetup.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class Auth0Client;
class Auth0Reply;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;

// The MFA test's own application and user, in three moves that each finish once:
//  plan():   reads what the set-up needs (the Management scopes of Auth0Scopes::MfaTestSetup, a
//            database connection) and says exactly what it would write; writes nothing.
//  apply():  writes exactly that plan: the application (its secret into the keychain at once),
//            the connection enabled for it, the user with a random password (into the keychain),
//            then the profile's settings. A failure midway says what was done and what was not.
//  remove(): deletes the user and the application the console created, their keychain entries
//            and the settings; what the administrator named is only forgotten.
// Emits finished() exactly once, then deletes itself later.
class MfaSetupJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Plan, Apply, Remove };

    static MfaSetupJob *plan(const Profile &profile, ProfileStore *profiles, SecretStore *secrets,
                             QNetworkAccessManager *network, QObject *parent = nullptr);
    static MfaSetupJob *apply(const Profile &profile, const MfaSetupPlan &plan,
                              ProfileStore *profiles, SecretStore *secrets,
                              QNetworkAccessManager *network, QObject *parent = nullptr);
    // What remove() would delete, from the profile's settings. Pure.
    static MfaRemovalPlan removalPlan(const Profile &profile, const ProfileStore &profiles);
    static MfaSetupJob *remove(const Profile &profile, ProfileStore *profiles, SecretStore *secrets,
                               QNetworkAccessManager *network, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    bool failed() const { return !m_error.isEmpty(); }
    // Translated: what failed and the fix; with what was done before, for apply and remove.
    const QString &error() const { return m_error; }
    // Stable: "missing-scope", "no-connection", "keychain", "auth0", ...
    const QString &errorCode() const { return m_errorCode; }
    const MfaSetupPlan &setupPlan() const { return m_plan; }
    // Translated, one line per write made, in order.
    const QStringList &done() const { return m_done; }
    const MfaTestSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void step(const QString &line);
    void finished();

private:
    MfaSetupJob(Kind kind, const Profile &profile, ProfileStore *profiles, SecretStore *secrets,
                QNetworkAccessManager *network, QObject *parent);
    void begin();
    void onToken();
    void readConnection();
    void createClient();
    void enableConnection();
    void createUser();
    void removeUser();
    void removeClient();
    void removeSecrets();
    void send(const struct Auth0Request &request, std::function<void(Auth0Reply *)> next);
    void fail(const QString &code, const QString &message);
    void finish();

    Kind m_kind;
    Profile m_profile;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QPointer<Auth0Client> m_client;
    MfaSetupPlan m_plan;
    MfaTestSettings m_settings;
    QString m_password;
    QStringList m_done;
    QString m_error;
    QString m_errorCode;
    bool m_finished = false;
};
