#include "Auth0SandboxFixtures.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// Every fixture client ID and secret carries "5a2db0c0" ("sandbox"), as the Twilio fixtures do,
// so that they are easy to recognise. Client IDs are 32 characters and secrets 64, as Auth0's
// are. They are public and unlock nothing outside the simulator.
namespace Auth0SandboxFixtures {

namespace {

// The scopes the console uses (plural names, from the Management API's security blocks).
QStringList consoleScopes()
{
    return {u"read:actions"_s,
            u"create:actions"_s,
            u"update:actions"_s,
            u"delete:actions"_s,
            u"read:phone_providers"_s,
            u"create:phone_providers"_s,
            u"update:phone_providers"_s,
            u"delete:phone_providers"_s,
            u"read:guardian_factors"_s,
            u"update:guardian_factors"_s,
            u"read:logs"_s,
            u"read:tenant_settings"_s,
            u"update:tenant_settings"_s,
            u"read:hooks"_s,
            u"read:clients"_s,
            u"create:clients"_s,
            u"delete:clients"_s,
            u"read:connections"_s,
            u"update:connections"_s,
            u"create:users"_s,
            u"delete:users"_s};
}

} // namespace

const QList<Tenant> &tenants()
{
    static const QList<Tenant> list {
        {Tenant::Mode::Unified, u"sandbox-unified"_s, u"sandbox-unified.auth0.test"_s,
         u"Sandbox (Unified Phone Experience)"_s},
        {Tenant::Mode::Legacy, u"sandbox-legacy"_s, u"sandbox-legacy.auth0.test"_s,
         u"Sandbox (legacy MFA phone set-up)"_s},
    };
    return list;
}

const Tenant &unifiedTenant()
{
    return tenants().at(0);
}

const Tenant &legacyTenant()
{
    return tenants().at(1);
}

const Tenant *findTenantByDomain(const QString &domain)
{
    const auto &list = tenants();
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const Tenant &t) {
        return t.domain.compare(domain, Qt::CaseInsensitive) == 0;
    });
    return it == list.cend() ? nullptr : &*it;
}

const QList<Client> &clients()
{
    static const QList<Client> list = [] {
        QStringList limited = consoleScopes();
        limited.removeAll(u"update:actions"_s);
        return QList<Client> {
            {u"sandboxFullClient5a2db0c00000f11"_s,
             u"SbxFullClientSecret-5a2db0c0-public-test-value-unlocks-nothing-1"_s,
             u"SMS Hook Console (sandbox, every scope)"_s, consoleScopes()},
            {u"sandboxLimitedClient5a2db0c0011m"_s,
             u"SbxLimitedClientSecret-5a2db0c0-public-test-value-unlocks-noth-1"_s,
             u"SMS Hook Console (sandbox, no update:actions)"_s, limited},
        };
    }();
    return list;
}

const Client &fullClient()
{
    return clients().at(0);
}

const Client &limitedClient()
{
    return clients().at(1);
}

const Client *findClient(const QString &clientId)
{
    const auto &list = clients();
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&](const Client &c) { return c.clientId == clientId; });
    return it == list.cend() ? nullptr : &*it;
}

const TestApplication &testApplication()
{
    static const TestApplication app {
        u"sandboxMfaTestApp5a2db0c00000f11"_s,
        u"SbxMfaTestAppSecret-5a2db0c0-public-test-value-unlocks-nothing-1"_s,
        u"SMS Hook MFA test app (sandbox)"_s};
    return app;
}

const TestUser &enrolledTestUser()
{
    static const TestUser user {u"auth0|5a2db0c0000000000000f011"_s, u"sandbox.user@example.com"_s,
                                u"SbxUserPassword-5a2db0c0-public-1"_s, u"+14155550100"_s};
    return user;
}

const TestUser &newTestUser()
{
    static const TestUser user {u"auth0|5a2db0c0000000000000f012"_s, u"new.user@example.com"_s,
                                u"SbxUserPassword-5a2db0c0-public-2"_s, QString()};
    return user;
}

QString databaseConnection()
{
    return u"Username-Password-Authentication"_s;
}

QString databaseConnectionId()
{
    return u"con_5a2db0c000000f11"_s;
}

} // namespace Auth0SandboxFixtures
