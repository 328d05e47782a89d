#include "Auth0Scopes.h"

QList<Auth0Scopes::Requirement> Auth0Scopes::requirements()
{
    return {
        {Feature::TenantStatus,
         tr("Read the tenant's phone set-up"),
         {QStringLiteral("read:tenant_settings"), QStringLiteral("read:guardian_factors"),
          QStringLiteral("read:phone_providers"), QStringLiteral("read:actions")},
         false},
        {Feature::DeployAction,
         tr("Deploy the Action and bind it to its trigger"),
         {QStringLiteral("read:actions"), QStringLiteral("create:actions"),
          QStringLiteral("update:actions")},
         false},
        {Feature::ConfigurePhone,
         tr("Turn on SMS and select the custom phone provider"),
         {QStringLiteral("update:guardian_factors"), QStringLiteral("create:phone_providers"),
          QStringLiteral("update:phone_providers")},
         false},
        {Feature::TenantLogs,
         tr("Read the tenant's MFA log events"),
         {QStringLiteral("read:logs")},
         false},
        {Feature::LegacyHooks,
         tr("List the legacy hooks still on the tenant"),
         {QStringLiteral("read:hooks")},
         true},
        {Feature::MfaTestSetup,
         tr("Set up and remove the MFA test's own application and user"),
         {QStringLiteral("create:clients"), QStringLiteral("read:connections"),
          QStringLiteral("update:connections"), QStringLiteral("create:users"),
          QStringLiteral("delete:users"), QStringLiteral("delete:clients")},
         true},
        {Feature::MfaTestCheck,
         tr("Check the MFA test application's grant types and connection"),
         {QStringLiteral("read:clients"), QStringLiteral("read:connections")},
         true},
    };
}

Auth0Scopes::Requirement Auth0Scopes::requirement(Feature feature)
{
    for (const Requirement &r : requirements()) {
        if (r.feature == feature)
            return r;
    }
    return {};
}

QStringList Auth0Scopes::all()
{
    QStringList out;
    for (const Requirement &r : requirements()) {
        for (const QString &s : r.scopes) {
            if (!out.contains(s))
                out << s;
        }
    }
    return out;
}

QStringList Auth0Scopes::missing(Feature feature, const QStringList &granted)
{
    QStringList out;
    for (const QString &s : requirement(feature).scopes) {
        if (!granted.contains(s))
            out << s;
    }
    return out;
}

QString Auth0Scopes::whereToGrant(const QStringList &scopes)
{
    return tr("In the Auth0 Dashboard open Applications > APIs > Auth0 Management API > Machine to "
              "Machine Applications, expand this application and tick %1, then Update and "
              "connect again.")
        .arg(scopes.isEmpty() ? tr("the scope Auth0 names") : scopes.join(QStringLiteral(", ")));
}

QString Auth0Scopes::featureNameForScope(const QString &scope)
{
    for (const Requirement &r : requirements()) {
        if (r.scopes.contains(scope))
            return r.name;
    }
    return {};
}
