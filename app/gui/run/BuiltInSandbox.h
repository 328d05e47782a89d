#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ProfileStore;
class SecretStore;
class TwilioSandbox;

// The Twilio sandbox the console starts on: an in-process TwilioSandbox on 127.0.0.1 (the
// preferred port when free, any free port otherwise) and a ready "Sandbox" profile pointing at
// it, its secrets in the keychain, so that a fresh install can send a test message at once.
// start() finishes exactly once: ready() or failed().
class BuiltInSandbox : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 PreferredPort = 17010;

    BuiltInSandbox(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~BuiltInSandbox() override;

    void start();
    TwilioSandbox *sandbox() const { return m_sandbox; }
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
    QString m_profileName;
    QString m_errorText;
    bool m_started = false;
    bool m_ready = false;
};
