#pragma once

#include "Auth0Connection.h"
#include "Auth0Requests.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class ProfileStore;

// Where a profile's MFA test signs in: the test application and test user, named by the
// administrator or created by the console (then their ids are kept so that removal deletes
// exactly those). Not secret: the application's secret and the user's password are console
// keychain entries (clientSecretName(), passwordName()).
struct MfaTestSettings
{
    QString clientId; // the test application
    QString username; // the test user (e-mail or user name)
    QString connection; // the user's database connection (the password-realm realm)
    QString createdClientId; // set when the console created the application
    QString createdUserId; // set when the console created the user

    bool isConfigured() const { return !clientId.isEmpty() && !username.isEmpty(); }
    bool createdByConsole() const { return !createdClientId.isEmpty() || !createdUserId.isEmpty(); }

    static QString clientSecretName() { return QStringLiteral("@AUTH0_TEST_CLIENT_SECRET"); }
    static QString passwordName() { return QStringLiteral("@AUTH0_TEST_USER_PASSWORD"); }
    // In the profile's settings group, under mfaTest/.
    static MfaTestSettings load(const ProfileStore &profiles, const QString &profile);
    static bool save(ProfileStore *profiles, const QString &profile, const MfaTestSettings &s);
    static void clear(ProfileStore *profiles, const QString &profile);
};

// What the console's set-up will write to the tenant, said before anything is written.
struct MfaSetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(MfaSetupPlan)
public:
    QString profile;
    QString applicationName; // "SMS Hook Console MFA test (PROFILE)"
    QStringList grantTypes; // MfaGrantTypes::required()
    QString connectionId;
    QString connectionName;
    QString userEmail;

    // One translated line per write, in order, each naming the endpoint and what it holds.
    QStringList writes() const;
    // The keychain entries the set-up fills.
    QStringList keychainEntries() const;
    QJsonObject toJson() const;

    static QString applicationNameFor(const QString &profile);
    // mfa-test+<profile>@example.com, the profile name reduced to letters, digits and '-'.
    static QString userEmailFor(const QString &profile);
    // A random password Auth0's password policies accept (24 characters of four kinds).
    static QString randomPassword();
};

// What removal deletes: only what the console created.
struct MfaRemovalPlan
{
    Q_DECLARE_TR_FUNCTIONS(MfaRemovalPlan)
public:
    QString profile;
    QString userId; // empty: the user is not the console's
    QString clientId; // empty: the application is not the console's
    QStringList writes() const;
    QJsonObject toJson() const;
};

// The Management API requests of the set-up, its removal and the MFA test's checks. Pure.
class MfaSetupRequests
{
    Q_DECLARE_TR_FUNCTIONS(MfaSetupRequests)
public:
    static Auth0Request getClient(const Auth0Connection &c, const QString &clientId);
    // POST /clients {name, app_type: regular_web, grant_types, token_endpoint_auth_method:
    // client_secret_post, description}.
    static Auth0Request createClient(const Auth0Connection &c, const MfaSetupPlan &plan);
    static Auth0Request deleteClient(const Auth0Connection &c, const QString &clientId);
    // GET /connections?strategy=auth0 (the database connections), or one by name.
    static Auth0Request listDatabaseConnections(const Auth0Connection &c,
                                                const QString &name = QString());
    static Auth0Request connectionClients(const Auth0Connection &c, const QString &connectionId);
    // PATCH /connections/{id}/clients [{client_id, status: true}].
    static Auth0Request enableClient(const Auth0Connection &c, const QString &connectionId,
                                     const QString &clientId);
    // POST /users {connection, email, password, email_verified: true, verify_email: false, name}.
    static Auth0Request createUser(const Auth0Connection &c, const MfaSetupPlan &plan,
                                   const QString &password);
    static Auth0Request deleteUser(const Auth0Connection &c, const QString &userId);
};
