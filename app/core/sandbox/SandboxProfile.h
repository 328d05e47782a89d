#pragma once

#include "profile/Profile.h"
#include "secrets/KeychainError.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

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
    // Names of the fixture secrets this job wrote (those that were not set).
    const QStringList &secretsWritten() const { return m_written; }

Q_SIGNALS:
    void finished();

private:
    friend class SandboxProfile;
    explicit SandboxProfileJob(QObject *parent);
    void start(ProfileStore *profiles, SecretStore *secrets, const QUrl &baseUrl);
    void finish();

    QString m_error;
    KeychainError m_keychainError;
    Profile m_profile;
    bool m_created = false;
    QStringList m_written;
    bool m_finished = false;
};

// The console's built-in Sandbox profile: a profile whose base URLs point at the built-in Twilio
// simulator (docs/SANDBOX.md) and whose secrets are the simulator's public fixture credentials,
// so that everything can be tried without a Twilio account.
class SandboxProfile
{
    Q_DECLARE_TR_FUNCTIONS(SandboxProfile)
public:
    static QString name(); // "Sandbox"

    // Region US, both base URLs = sandboxBaseUrl, builtInSandbox set; no secret names yet.
    static Profile makeProfile(const QUrl &sandboxBaseUrl);

    // The full account's fixture credentials as the hook's secrets: Account SID, Auth Token,
    // +15005550006 and the Verify service with custom codes on.
    static QMap<QString, QString> secrets();

    // Creates the profile if absent, or points an existing built-in one at baseUrl; then writes
    // the fixture secrets that are not set. A user's own profile of that name is left alone
    // (the job fails saying so). The job is a child of secrets.
    static SandboxProfileJob *ensure(ProfileStore *profiles, SecretStore *secrets,
                                     const QUrl &baseUrl);

    // For a front without a running console (the CLI): starts a TwilioSandbox, a child of
    // parent, on a free loopback port and points profile's base URLs at it. Messages then live
    // only as long as that sandbox. Returns nullptr, leaving profile as it was, when it cannot
    // listen.
    static TwilioSandbox *startInProcess(Profile *profile, QObject *parent);
};
