#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The fixed tenants and machine-to-machine clients of the built-in Auth0 simulator (Auth0Sandbox),
// shared by the simulator, the built-in Sandbox profile, the CLI and the tests so that all of them
// agree on what "the sandbox tenant" is. Public test values: they unlock nothing outside the
// sandbox. docs/SANDBOX.md is the user-facing copy: keep both in step.
namespace Auth0SandboxFixtures {

struct Tenant
{
    enum class Mode { Unified, Legacy };
    Mode mode = Mode::Unified;
    QString name; // event.tenant.id, the tenant's name
    QString domain; // "sandbox-unified.auth0.test": the token audience is https://{domain}/api/v2/
    QString friendlyName;
};

struct Client
{
    QString clientId;
    QString clientSecret;
    QString name;
    QStringList scopes; // granted on the Management API of both tenants
};

// The tenant in the Unified Phone Experience (phone_consolidated_experience: true), which the
// built-in Sandbox profile connects to.
const Tenant &unifiedTenant();
// The tenant on the legacy MFA phone set-up (Guardian phone endpoints work there).
const Tenant &legacyTenant();
const QList<Tenant> &tenants();
const Tenant *findTenantByDomain(const QString &domain);

// Every scope the console uses (Auth0Scopes::all()).
const Client &fullClient();
// The same grants minus update:actions, so that the missing-scope path can be tested.
const Client &limitedClient();
const QList<Client> &clients();
const Client *findClient(const QString &clientId);

// The MFA test's application on both tenants: a regular web application with the password,
// password-realm and mfa-oob grants, enabled on the database connection.
struct TestApplication
{
    QString clientId;
    QString clientSecret;
    QString name;
};
const TestApplication &testApplication();

// Users of the database connection on both tenants, for the MFA test.
struct TestUser
{
    QString userId;
    QString email;
    QString password;
    QString enrolledPhone; // an SMS authenticator, confirmed; empty: none enrolled
};
// Enrolled with an SMS authenticator at +14155550100.
const TestUser &enrolledTestUser();
// No authenticator: the MFA test enrols the phone it is given first.
const TestUser &newTestUser();
QString databaseConnection(); // "Username-Password-Authentication"
QString databaseConnectionId();

} // namespace Auth0SandboxFixtures
