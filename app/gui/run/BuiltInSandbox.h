#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class Auth0Sandbox;
class ProfileStore;
class SecretStore;
class TwilioSandbox;

// The sandboxes the console starts on: an in-process TwilioSandbox and Auth0Sandbox on 127.0.0.1
// (the preferred ports when free, any free ports otherwise) and a ready "Sandbox" profile
// pointing at them (its Auth0 connection at the Unified tenant), its secrets and the Auth0
// client secret in the keychain, so that a fresh install can send a test message at once.
// start() finishes exactly once: ready() or failed(). Nothing in it blocks: binding a loopback
// port is immediate and the keychain work is asynchronous.
class BuiltInSandbox : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 PreferredPort = 17010;
    // The Auth0 simulator's Unified and legacy tenants.
    static constexpr quint16 PreferredAuth0Port = 17011;
    static constexpr quint16 PreferredAuth0LegacyPort = 17012;

    BuiltInSandbox(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~BuiltInSandbox() override;

    void start();
    TwilioSandbox *sandbox() const { return m_sandbox; }
    Auth0Sandbox *auth0Sandbox() const { return m_auth0; }
    QString profileName() const { return m_profileName; }
    bool isReady() const { return m_ready; }
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void ready(const QString &profileName);
    // Translated: what failed and what to do. The profile may exist without its secrets.
    void failed(const QString &message);

private:
    void finish(bool ok, const QString &message = QString());

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    TwilioSandbox *m_sandbox = nullptr;
    Auth0Sandbox *m_auth0 = nullptr;
    QString m_profileName;
    QString m_errorText;
    bool m_started = false;
    bool m_ready = false;
};
