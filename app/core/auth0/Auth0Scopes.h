#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What each of the console's Auth0 features needs from the Management API token, so that a
// missing scope is named with the feature it blocks and where to grant it, before any 403.
// Pure. Scope names are the plural ones of Auth0's OAS security blocks.
class Auth0Scopes
{
    Q_DECLARE_TR_FUNCTIONS(Auth0Scopes)
public:
    enum class Feature {
        TenantStatus, // read the phone set-up: settings, factors, providers, Actions, bindings
        DeployAction, // create, update and deploy the Action, bind it
        ConfigurePhone, // enable the SMS factor, set the provider / create the custom provider
        TenantLogs, // read the MFA log events
        LegacyHooks, // list what hooks the tenant still has (optional)
        // Create, and later remove, the MFA test's own application and user: the application
        // with its grant types, enabled on a database connection, and the user with a random
        // password.
        MfaTestSetup,
        // Check the test application before the MFA test signs in: its grant types and the
        // connection enabled for it (optional: without them Auth0's own refusal tells).
        MfaTestCheck,
    };

    struct Requirement
    {
        Feature feature;
        QString name; // translated: "Read the tenant's phone set-up"
        QStringList scopes; // all of these
        bool optional = false; // the feature degrades without them instead of failing
    };

    static QList<Requirement> requirements();
    static Requirement requirement(Feature feature);
    // Every scope the console may use, for the Dashboard's grant list.
    static QStringList all();
    // The scopes of feature missing from granted.
    static QStringList missing(Feature feature, const QStringList &granted);
    // Translated: where to grant scopes ("Auth0 Dashboard > Applications > APIs > Auth0
    // Management API > Machine to Machine Applications > your application: tick ...").
    static QString whereToGrant(const QStringList &scopes);
    // The feature a request path needs, for naming it in a 403.
    static QString featureNameForScope(const QString &scope);
};
