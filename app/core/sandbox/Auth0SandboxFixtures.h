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

} // namespace Auth0SandboxFixtures
