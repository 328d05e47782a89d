#include "SandboxProfile.h"

#include "profile/ProfileStore.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxFixtures.h"
#include "sandbox/TwilioSandbox.h"

#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include <QNetworkAccessManager>

QString SandboxProfile::name()
{
    // Not translated: the name is a key in the settings and on the command line.
    return QStringLiteral("Sandbox");
}

Profile SandboxProfile::makeProfile(const QUrl &sandboxBaseUrl, const QUrl &auth0BaseUrl)
{
    Profile p;
    p.name = name();
    p.defaultRegion = QStringLiteral("US");
    p.apiBaseUrl = sandboxBaseUrl;
    p.verifyBaseUrl = sandboxBaseUrl;
    p.auth0.domain = Auth0SandboxFixtures::unifiedTenant().domain;
    p.auth0.clientId = Auth0SandboxFixtures::fullClient().clientId;
    p.auth0.baseUrl = auth0BaseUrl;
    p.builtInSandbox = true;
    return p;
}

QMap<QString, QString> SandboxProfile::secrets()
{
    const SandboxFixtures::Credentials &c = SandboxFixtures::credentials();
    return {{SecretNames::AccountSid, c.accountSid},
            {SecretNames::AuthToken, c.authToken},
            {SecretNames::PhoneNumber, c.smsNumber},
            {SecretNames::VerifyServiceSid, c.verifyCustomCodeServiceSid}};
}

QMap<QString, QString> SandboxProfile::consoleSecrets()
{
    return {
        {SecretRules::auth0ClientSecretName(), Auth0SandboxFixtures::fullClient().clientSecret},
        {MfaTestSettings::clientSecretName(), Auth0SandboxFixtures::testApplication().clientSecret},
        {MfaTestSettings::passwordName(), Auth0SandboxFixtures::enrolledTestUser().password}};
}

MfaTestSettings SandboxProfile::mfaTestSettings()
{
    MfaTestSettings s;
    s.clientId = Auth0SandboxFixtures::testApplication().clientId;
    s.username = Auth0SandboxFixtures::enrolledTestUser().email;
    s.connection = Auth0SandboxFixtures::databaseConnection();
    return s;
}

bool SandboxProfile::isFixtureMfaTest(const MfaTestSettings &s)
{
    const MfaTestSettings f = mfaTestSettings();
    return s.clientId == f.clientId && s.username == f.username && s.connection == f.connection
        && !s.createdByConsole();
}

SandboxProfileJob *SandboxProfile::ensure(ProfileStore *profiles, SecretStore *secrets,
                                          const QUrl &baseUrl, const QUrl &auth0BaseUrl)
{
    auto *job = new SandboxProfileJob(secrets);
    // Queued, so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(
        job,
        [job, profiles, secrets, baseUrl, auth0BaseUrl] {
            job->start(profiles, secrets, baseUrl, auth0BaseUrl);
        },
        Qt::QueuedConnection);
    return job;
}

TwilioSandbox *SandboxProfile::startInProcess(Profile *profile, QObject *parent,
                                              Auth0Sandbox **auth0)
{
    auto *sandbox = new TwilioSandbox(parent);
    auto *tenant = new Auth0Sandbox(parent);
    if (!sandbox->listen() || !tenant->listen()) {
        delete tenant;
        delete sandbox;
        return nullptr;
    }
    tenant->setTwilioBaseUrl(sandbox->baseUrl());
    tenant->setActionExecutor(SandboxActions::runnerExecutor());
    profile->apiBaseUrl = sandbox->baseUrl();
    profile->verifyBaseUrl = sandbox->baseUrl();
    const Profile wired
        = makeProfile(sandbox->baseUrl(), tenant->baseUrl(Auth0Sandbox::Mode::Unified));
    profile->auth0 = wired.auth0;
    if (auth0)
        *auth0 = tenant;
    return sandbox;
}

SandboxProfileJob::SandboxProfileJob(QObject *parent) : QObject(parent) { }

void SandboxProfileJob::start(ProfileStore *profiles, SecretStore *secrets, const QUrl &baseUrl,
                              const QUrl &auth0BaseUrl)
{
    auto existing = profiles->load(SandboxProfile::name());
    if (existing && !existing->builtInSandbox) {
        m_profile = *existing;
        m_error = SandboxProfile::tr("A profile named \"%1\" already exists and is not the "
                                     "built-in sandbox profile; it was left unchanged. Rename it "
                                     "to use the built-in sandbox.")
                      .arg(SandboxProfile::name());
        finish();
        return;
    }
    if (existing) {
        existing->apiBaseUrl = baseUrl;
        existing->verifyBaseUrl = baseUrl;
        // Connected to the Unified tenant, also when made before the Auth0 simulator existed.
        const QUrl auth0Base = auth0BaseUrl.isEmpty() ? existing->auth0.baseUrl : auth0BaseUrl;
        existing->auth0 = SandboxProfile::makeProfile(baseUrl, auth0Base).auth0;
        m_profile = *existing;
    } else {
        m_profile = SandboxProfile::makeProfile(baseUrl, auth0BaseUrl);
        m_created = true;
    }
    profiles->save(m_profile);
    // The MFA test signs in as the simulated tenants' own user, unless one was named or set up.
    if (!MfaTestSettings::load(*profiles, m_profile.name).isConfigured())
        MfaTestSettings::save(profiles, m_profile.name, SandboxProfile::mfaTestSettings());

    QMap<QString, QString> fixtures = SandboxProfile::secrets();
    fixtures.insert(SandboxProfile::consoleSecrets());
    SecretsJob *read = secrets->read(m_profile.name, fixtures.keys());
    connect(read, &SecretsJob::finished, this, [this, read, fixtures, profiles, secrets] {
        if (read->failed()) {
            m_keychainError = read->error();
            m_error = m_keychainError.summary() + QLatin1Char(' ') + m_keychainError.fix();
            finish();
            return;
        }
        // Only what is missing: a user may have pointed the profile at another fixture.
        QMap<QString, QString> missing;
        for (const QString &name : read->notSet())
            missing.insert(name, fixtures.value(name));
        if (missing.isEmpty()) {
            finish();
            return;
        }
        SecretsJob *write = secrets->apply(m_profile.name, missing);
        connect(write, &SecretsJob::finished, this, [this, write, profiles] {
            m_written = write->completed();
            if (write->failed()) {
                m_keychainError = write->error();
                m_error = m_keychainError.summary() + QLatin1Char(' ') + m_keychainError.fix();
            }
            if (auto p = profiles->load(m_profile.name))
                m_profile = *p; // now with the secret names the store added
            finish();
        });
    });
}

void SandboxProfileJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
