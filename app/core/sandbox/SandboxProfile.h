#pragma once

#include "auth0/MfaSetup.h"
#include "profile/Profile.h"
#include "secrets/KeychainError.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

class Auth0Sandbox;
class ProfileStore;
class SecretStore;
class TwilioSandbox;

// Makes sure the built-in "Sandbox" profile exists, points at the sandbox and has its fixture
// secrets. Emits finished() exactly once, on every path, then deletes itself later.
class SandboxProfileJob : public QObject
{
    Q_OBJECT
public:
    bool failed() const { return !m_error.isEmpty(); }
    // Translated, names what failed and the fix; empty on success.
    const QString &error() const { return m_error; }
    const KeychainError &keychainError() const { return m_keychainError; }
    // The profile as stored once the job is done.
    const Profile &profile() const { return m_profile; }
    bool created() const { return m_created; }
    // Names of the fixture secrets and console entries this job wrote (those that were not set).
    const QStringList &secretsWritten() const { return m_written; }

Q_SIGNALS:
    void finished();

private:
    friend class SandboxProfile;
    explicit SandboxProfileJob(QObject *parent);
    void start(ProfileStore *profiles, SecretStore *secrets, const QUrl &baseUrl,
               const QUrl &auth0BaseUrl);
    void finish();

    QString m_error;
    KeychainError m_keychainError;
    Profile m_profile;
    bool m_created = false;
    QStringList m_written;
    bool m_finished = false;
};

// The console's built-in Sandbox profile: a profile whose base URLs point at the built-in Twilio
// simulator (docs/SANDBOX.md), connected to the Auth0 simulator's Unified tenant with its full
// client, and whose secrets are the simulators' public fixture credentials, so that everything
// can be tried without a Twilio account or an Auth0 tenant.
class SandboxProfile
{
    Q_DECLARE_TR_FUNCTIONS(SandboxProfile)
public:
    static QString name(); // "Sandbox"

    // Region US, both base URLs = sandboxBaseUrl, builtInSandbox set; no secret names yet. The
    // Auth0 connection is the Unified tenant's domain and the full client, at auth0BaseUrl (the
    // Auth0 simulator's Unified tenant; empty until one runs).
    static Profile makeProfile(const QUrl &sandboxBaseUrl, const QUrl &auth0BaseUrl = QUrl());

    // The full account's fixture credentials as the hook's secrets: Account SID, Auth Token,
    // +15005550006 and the Verify service with custom codes on.
    static QMap<QString, QString> secrets();
    // The console's own entries: the full client's secret as SecretRules::auth0ClientSecretName(),
    // and for the MFA test the simulated test application's client secret
    // (MfaTestSettings::clientSecretName()) and the enrolled test user's password
    // (MfaTestSettings::passwordName()).
    static QMap<QString, QString> consoleSecrets();
    // The MFA test's settings on the simulated tenants: their test application, the user with
    // the phone +14155550100 enrolled, and its database connection.
    static MfaTestSettings mfaTestSettings();
    // True when s names the simulated tenants' own test application and enrolled user.
    static bool isFixtureMfaTest(const MfaTestSettings &s);

    // Creates the profile if absent, or points an existing built-in one at baseUrl (and its
    // Auth0 connection at auth0BaseUrl when given), gives it the MFA test's settings when it has
    // none; then writes the fixture secrets and console entries that are not set. A user's own
    // profile of that name is left alone (the job fails saying so). The job is a child of secrets.
    static SandboxProfileJob *ensure(ProfileStore *profiles, SecretStore *secrets,
                                     const QUrl &baseUrl, const QUrl &auth0BaseUrl = QUrl());

    // For a front without a running console (the CLI): starts a TwilioSandbox and an
    // Auth0Sandbox (whose Actions send through that Twilio sandbox), children of parent, on free
    // loopback ports, and points profile's base URLs and Auth0 connection at them. Messages and
    // tenant changes then live only as long as they do. Returns nullptr, leaving profile as it
    // was and starting neither, when one cannot listen. auth0, when given, gets the Auth0
    // simulator.
    static TwilioSandbox *startInProcess(Profile *profile, QObject *parent,
                                         Auth0Sandbox **auth0 = nullptr);
};
