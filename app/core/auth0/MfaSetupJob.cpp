#include "MfaSetupJob.h"

#include "Auth0Client.h"
#include "Auth0Scopes.h"
#include "MfaTypes.h"
#include "TenantSecret.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>

MfaSetupJob::MfaSetupJob(Kind kind, const Profile &profile, ProfileStore *profiles,
                         SecretStore *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_kind(kind),
      m_profile(profile),
      m_profiles(profiles),
      m_secrets(secrets),
      m_network(network)
{ }

MfaSetupJob *MfaSetupJob::plan(const Profile &profile, ProfileStore *profiles, SecretStore *secrets,
                               QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new MfaSetupJob(Kind::Plan, profile, profiles, secrets, network, parent);
    job->m_plan.profile = profile.name;
    job->m_plan.applicationName = MfaSetupPlan::applicationNameFor(profile.name);
    job->m_plan.grantTypes = MfaGrantTypes::required();
    job->m_plan.userEmail = MfaSetupPlan::userEmailFor(profile.name);
    QMetaObject::invokeMethod(job, &MfaSetupJob::begin, Qt::QueuedConnection);
    return job;
}

MfaSetupJob *MfaSetupJob::apply(const Profile &profile, const MfaSetupPlan &plan,
                                ProfileStore *profiles, SecretStore *secrets,
                                QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new MfaSetupJob(Kind::Apply, profile, profiles, secrets, network, parent);
    job->m_plan = plan;
    QMetaObject::invokeMethod(job, &MfaSetupJob::begin, Qt::QueuedConnection);
    return job;
}

MfaRemovalPlan MfaSetupJob::removalPlan(const Profile &profile, const ProfileStore &profiles)
{
    const MfaTestSettings s = MfaTestSettings::load(profiles, profile.name);
    return {profile.name, s.createdUserId, s.createdClientId};
}

MfaSetupJob *MfaSetupJob::remove(const Profile &profile, ProfileStore *profiles,
                                 SecretStore *secrets, QNetworkAccessManager *network,
                                 QObject *parent)
{
    auto *job = new MfaSetupJob(Kind::Remove, profile, profiles, secrets, network, parent);
    job->m_settings = MfaTestSettings::load(*profiles, profile.name);
    QMetaObject::invokeMethod(job, &MfaSetupJob::begin, Qt::QueuedConnection);
    return job;
}

void MfaSetupJob::begin()
{
    if (!m_profile.auth0.isConnected()) {
        fail(QStringLiteral("not-connected"), TenantSecret::notConnected(m_profile));
        return;
    }
    if (m_kind == Kind::Remove && !m_settings.createdByConsole()) {
        MfaTestSettings::clear(m_profiles, m_profile.name);
        m_done << tr("Forgot the test application and user named for profile \"%1\"; the "
                     "tenant keeps them (the console did not create them).")
                      .arg(m_profile.name);
        removeSecrets();
        return;
    }
    TenantSecret::read(m_profile, m_secrets, this, [this](const TenantSecret::Result &r) {
        if (!r.ok()) {
            fail(r.errorCode, r.error);
            return;
        }
        m_client = new Auth0Client(m_profile.auth0, r.secret, m_network, this);
        Auth0Reply *token = m_client->fetchToken();
        connect(token, &Auth0Reply::finished, this, [this, token] {
            if (!token->isOk()) {
                fail(QStringLiteral("auth0"), token->error().userText());
                return;
            }
            onToken();
        });
    });
}

void MfaSetupJob::onToken()
{
    const QStringList granted = m_client->token().scopes;
    const QStringList missing = Auth0Scopes::missing(Auth0Scopes::Feature::MfaTestSetup, granted);
    QStringList needed;
    for (const QString &s : missing) {
        const bool forRemove = s.startsWith(QLatin1String("delete:"));
        if ((m_kind == Kind::Remove) == forRemove || m_kind != Kind::Remove)
            needed << s;
    }
    if (!needed.isEmpty()) {
        fail(QStringLiteral("missing-scope"),
             tr("The console's application may not %1: it lacks %2. %3")
                 .arg(m_kind == Kind::Remove ? tr("remove the MFA test's application and user")
                                             : tr("set up the MFA test's application and user"),
                      needed.join(QStringLiteral(", ")), Auth0Scopes::whereToGrant(needed)));
        return;
    }
    switch (m_kind) {
    case Kind::Plan:
        readConnection();
        return;
    case Kind::Apply:
        createClient();
        return;
    case Kind::Remove:
        removeUser();
        return;
    }
}

void MfaSetupJob::send(const Auth0Request &request, std::function<void(Auth0Reply *)> next)
{
    Auth0Reply *reply = m_client->send(request);
    connect(reply, &Auth0Reply::finished, this, [this, reply, next] {
        reply->deleteLater();
        if (m_finished)
            return;
        next(reply);
    });
}

void MfaSetupJob::readConnection()
{
    send(MfaSetupRequests::listDatabaseConnections(m_profile.auth0), [this](Auth0Reply *r) {
        if (!r->isOk()) {
            fail(QStringLiteral("auth0"), r->error().userText());
            return;
        }
        const QJsonArray list = r->array();
        QJsonObject chosen;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (chosen.isEmpty()
                || o.value(QLatin1String("name")).toString()
                    == QLatin1String("Username-Password-Authentication"))
                chosen = o;
        }
        if (chosen.isEmpty()) {
            fail(QStringLiteral("no-connection"),
                 tr("The tenant has no database connection for the test user. In the Auth0 "
                    "Dashboard open Authentication > Database and create one, then try again."));
            return;
        }
        m_plan.connectionId = chosen.value(QLatin1String("id")).toString();
        m_plan.connectionName = chosen.value(QLatin1String("name")).toString();
        finish();
    });
}

void MfaSetupJob::createClient()
{
    Q_EMIT step(m_plan.writes().value(0));
    send(MfaSetupRequests::createClient(m_profile.auth0, m_plan), [this](Auth0Reply *r) {
        if (!r->isOk()) {
            fail(QStringLiteral("auth0"), r->error().userText());
            return;
        }
        const QString clientId = r->object().value(QLatin1String("client_id")).toString();
        QString secret = r->object().value(QLatin1String("client_secret")).toString();
        if (clientId.isEmpty() || secret.isEmpty()) {
            fail(QStringLiteral("auth0"),
                 tr("Auth0 created the application but sent back no client ID or secret."));
            return;
        }
        m_settings.clientId = clientId;
        m_settings.createdClientId = clientId;
        m_settings.connection = m_plan.connectionName;
        // Kept at once, so that an interruption still leaves what removal needs.
        MfaTestSettings::save(m_profiles, m_profile.name, m_settings);
        m_done << m_plan.writes().value(0);
        SecretsJob *write
            = m_secrets->apply(m_profile.name, {{MfaTestSettings::clientSecretName(), secret}});
        secret.fill(QLatin1Char(' '));
        connect(write, &SecretsJob::finished, this, [this, write] {
            if (write->failed()) {
                fail(QStringLiteral("keychain"),
                     write->error().summary() + QLatin1Char(' ') + write->error().fix());
                return;
            }
            enableConnection();
        });
    });
}

void MfaSetupJob::enableConnection()
{
    Q_EMIT step(m_plan.writes().value(1));
    send(MfaSetupRequests::enableClient(m_profile.auth0, m_plan.connectionId, m_settings.clientId),
         [this](Auth0Reply *r) {
             if (!r->isOk()) {
                 fail(QStringLiteral("auth0"), r->error().userText());
                 return;
             }
             m_done << m_plan.writes().value(1);
             createUser();
         });
}

void MfaSetupJob::createUser()
{
    Q_EMIT step(m_plan.writes().value(2));
    m_password = MfaSetupPlan::randomPassword();
    send(MfaSetupRequests::createUser(m_profile.auth0, m_plan, m_password), [this](Auth0Reply *r) {
        if (!r->isOk()) {
            m_password.fill(QLatin1Char(' '));
            fail(QStringLiteral("auth0"), r->error().userText());
            return;
        }
        m_settings.createdUserId = r->object().value(QLatin1String("user_id")).toString();
        m_settings.username = m_plan.userEmail;
        MfaTestSettings::save(m_profiles, m_profile.name, m_settings);
        m_done << m_plan.writes().value(2);
        SecretsJob *write
            = m_secrets->apply(m_profile.name, {{MfaTestSettings::passwordName(), m_password}});
        m_password.fill(QLatin1Char(' '));
        m_password.clear();
        connect(write, &SecretsJob::finished, this, [this, write] {
            if (write->failed())
                fail(QStringLiteral("keychain"),
                     write->error().summary() + QLatin1Char(' ') + write->error().fix());
            else
                finish();
        });
    });
}

void MfaSetupJob::removeUser()
{
    if (m_settings.createdUserId.isEmpty()) {
        removeClient();
        return;
    }
    const MfaRemovalPlan plan {m_profile.name, m_settings.createdUserId,
                               m_settings.createdClientId};
    Q_EMIT step(plan.writes().value(0));
    send(MfaSetupRequests::deleteUser(m_profile.auth0, m_settings.createdUserId),
         [this, plan](Auth0Reply *r) {
             if (!r->isOk() && r->error().kind != Auth0Error::Kind::NotFound) {
                 fail(QStringLiteral("auth0"), r->error().userText());
                 return;
             }
             m_done << plan.writes().value(0);
             m_settings.createdUserId.clear();
             m_settings.username.clear();
             MfaTestSettings::save(m_profiles, m_profile.name, m_settings);
             removeClient();
         });
}

void MfaSetupJob::removeClient()
{
    if (m_settings.createdClientId.isEmpty()) {
        removeSecrets();
        return;
    }
    const MfaRemovalPlan plan {m_profile.name, QString(), m_settings.createdClientId};
    Q_EMIT step(plan.writes().value(0));
    send(MfaSetupRequests::deleteClient(m_profile.auth0, m_settings.createdClientId),
         [this, plan](Auth0Reply *r) {
             if (!r->isOk() && r->error().kind != Auth0Error::Kind::NotFound) {
                 fail(QStringLiteral("auth0"), r->error().userText());
                 return;
             }
             m_done << plan.writes().value(0);
             MfaTestSettings::clear(m_profiles, m_profile.name);
             m_settings = MfaTestSettings();
             removeSecrets();
         });
}

void MfaSetupJob::removeSecrets()
{
    SecretsJob *remove = m_secrets->apply(
        m_profile.name, {}, {MfaTestSettings::clientSecretName(), MfaTestSettings::passwordName()});
    connect(remove, &SecretsJob::finished, this, [this, remove] {
        if (remove->failed()) {
            fail(QStringLiteral("keychain"),
                 remove->error().summary() + QLatin1Char(' ') + remove->error().fix());
            return;
        }
        MfaTestSettings::clear(m_profiles, m_profile.name);
        finish();
    });
}

void MfaSetupJob::fail(const QString &code, const QString &message)
{
    m_errorCode = code;
    m_error = message;
    if (!m_done.isEmpty())
        m_error += QLatin1Char(' ')
            + tr("Done before the failure: %1").arg(m_done.join(QLatin1Char(' ')));
    finish();
}

void MfaSetupJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_password.fill(QLatin1Char(' '));
    m_password.clear();
    if (m_client)
        m_client->deleteLater();
    Q_EMIT finished();
    deleteLater();
}
