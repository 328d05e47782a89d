#include "TenantSecret.h"

#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

QString TenantSecret::notConnected(const Profile &profile)
{
    return tr("Profile \"%1\" is not connected to an Auth0 tenant: connect it first (Tenant page, "
              "or sms-hook-cli auth0 connect).")
        .arg(profile.name);
}

QString TenantSecret::keychainFailed(const QString &summary, const QString &fix)
{
    return tr("The tenant's client secret could not be read from the keychain: %1 %2")
        .arg(summary, fix);
}

QString TenantSecret::notStored()
{
    return tr("The tenant's client secret is not in the keychain: connect the profile to its "
              "tenant again.");
}

void TenantSecret::read(const Profile &profile, SecretStore *secrets, QObject *context,
                        const std::function<void(const Result &)> &done)
{
    if (!profile.auth0.isConnected()) {
        done({{}, QStringLiteral("not-connected"), notConnected(profile)});
        return;
    }
    if (!secrets) {
        done({{}, QStringLiteral("keychain"), tr("No keychain is available.")});
        return;
    }
    SecretsJob *job = secrets->read(profile.name, {SecretRules::auth0ClientSecretName()});
    QObject::connect(job, &SecretsJob::finished, context, [job, done] {
        if (job->failed()) {
            done({{},
                  QStringLiteral("keychain"),
                  keychainFailed(job->error().summary(), job->error().fix())});
            return;
        }
        const QString secret = job->values().value(SecretRules::auth0ClientSecretName());
        if (secret.isEmpty()) {
            done({{}, QStringLiteral("keychain"), notStored()});
            return;
        }
        done({secret, {}, {}});
    });
}
