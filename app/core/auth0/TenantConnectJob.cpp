#include "TenantConnectJob.h"

#include "Auth0Client.h"
#include "Auth0Scopes.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

TenantConnectJob::TenantConnectJob(QObject *parent) : QObject(parent) { }

TenantConnectJob *TenantConnectJob::connectProfile(const QString &profile,
                                                   const Auth0Connection &connection,
                                                   const QString &clientSecret,
                                                   ProfileStore *profiles, SecretStore *secrets,
                                                   QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new TenantConnectJob(parent);
    job->m_profiles = profiles;
    job->m_secrets = secrets;
    Auth0Connection c = connection;
    c.domain = c.domain.trimmed().toLower();
    c.clientId = c.clientId.trimmed();
    job->m_connection = c;
    const auto stored = profiles->load(profile);
    if (!stored) {
        job->m_auth0Error = Auth0Error::invalidRequest(
            tr("Profile: \"%1\" does not exist; create it first.").arg(profile));
        QMetaObject::invokeMethod(job, &TenantConnectJob::finish, Qt::QueuedConnection);
        return job;
    }
    job->m_profile = *stored;
    job->m_client = new Auth0Client(c, clientSecret, network, job);
    Auth0Reply *reply = job->m_client->fetchToken();
    connect(reply, &Auth0Reply::finished, job, [job, reply, clientSecret] {
        if (!reply->isOk()) {
            job->m_auth0Error = reply->error();
            job->finish();
            return;
        }
        job->m_granted = job->m_client->token().scopes;
        for (const QString &scope : Auth0Scopes::all()) {
            if (!job->m_granted.contains(scope))
                job->m_missing << scope;
        }
        job->store(clientSecret);
    });
    return job;
}

void TenantConnectJob::store(const QString &clientSecret)
{
    if (!m_secrets) {
        m_keychainError.kind = KeychainError::Kind::Other;
        finish();
        return;
    }
    SecretsJob *write
        = m_secrets->apply(m_profile.name, {{SecretRules::auth0ClientSecretName(), clientSecret}});
    connect(write, &SecretsJob::finished, this, [this, write] {
        if (write->failed()) {
            m_keychainError = write->error();
            finish();
            return;
        }
        // The secret is stored: now the settings, read back so that the keychain bookkeeping
        // (consoleSecretNames) is kept.
        auto p = m_profiles->load(m_profile.name);
        if (p) {
            p->auth0 = m_connection;
            if (!m_profiles->save(*p)) {
                m_auth0Error = Auth0Error::invalidRequest(m_profiles->errorString());
                finish();
                return;
            }
            m_profile = *p;
        }
        finish();
    });
}

TenantConnectJob *TenantConnectJob::disconnectProfile(const QString &profile,
                                                      ProfileStore *profiles, SecretStore *secrets,
                                                      QObject *parent)
{
    auto *job = new TenantConnectJob(parent);
    job->m_profiles = profiles;
    job->m_secrets = secrets;
    const auto stored = profiles->load(profile);
    if (!stored) {
        job->m_auth0Error
            = Auth0Error::invalidRequest(tr("Profile: \"%1\" does not exist.").arg(profile));
        QMetaObject::invokeMethod(job, &TenantConnectJob::finish, Qt::QueuedConnection);
        return job;
    }
    job->m_profile = *stored;
    SecretsJob *remove = secrets->apply(profile, {}, {SecretRules::auth0ClientSecretName()});
    connect(remove, &SecretsJob::finished, job, [job, remove] {
        if (remove->failed()) {
            job->m_keychainError = remove->error();
            job->finish();
            return;
        }
        auto p = job->m_profiles->load(job->m_profile.name);
        if (p) {
            p->auth0 = Auth0Connection();
            job->m_profiles->save(*p);
            job->m_profile = *p;
        }
        job->finish();
    });
    return job;
}

QString TenantConnectJob::errorText() const
{
    if (m_auth0Error.isError())
        return m_auth0Error.userText();
    if (m_keychainError.isError())
        return tr("The client secret could not be stored in the keychain: %1 %2")
            .arg(m_keychainError.summary(), m_keychainError.fix());
    return {};
}

void TenantConnectJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_client) {
        m_client->forgetToken();
        m_client->deleteLater();
        m_client = nullptr;
    }
    Q_EMIT finished();
    deleteLater();
}
