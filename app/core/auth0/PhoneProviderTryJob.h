#pragma once

#include "Auth0Types.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>

class Auth0Client;
class QNetworkAccessManager;
class SecretStore;

// "Send a test message" of the Unified Phone Experience: finds the tenant's enabled phone
// provider (GET /branding/phone/providers) and asks Auth0 to send its test message to a number
// (POST /branding/phone/providers/{id}/try). Auth0 answers 202 and sends afterwards, through the
// custom-phone-provider Action for the "custom" provider. Reads the client secret from the
// keychain and drops it with the token at the end. Emits finished() exactly once, then deletes
// itself later.
class PhoneProviderTryJob : public QObject
{
    Q_OBJECT
public:
    // to in E.164; deliveryMethod "text" or "voice".
    static PhoneProviderTryJob *start(const Profile &profile, const QString &to,
                                      const QString &deliveryMethod, SecretStore *secrets,
                                      QNetworkAccessManager *network, QObject *parent = nullptr);

    bool failed() const { return !m_error.isEmpty(); }
    // Translated: what failed and the fix.
    const QString &error() const { return m_error; }
    // Stable: "not-connected", "keychain", "no-provider", or the Auth0Error kind name.
    const QString &errorCode() const { return m_errorCode; }
    const PhoneProvider &provider() const { return m_provider; }
    const PhoneProviderTryResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    PhoneProviderTryJob(const Profile &profile, const QString &to, const QString &method,
                        QNetworkAccessManager *network, QObject *parent);
    void begin(SecretStore *secrets);
    void findProvider();
    void sendTry();
    void fail(const QString &code, const QString &message);
    void finish();

    Profile m_profile;
    QString m_to;
    QString m_method;
    QNetworkAccessManager *m_network;
    QPointer<Auth0Client> m_client;
    PhoneProvider m_provider;
    PhoneProviderTryResult m_result;
    QString m_error;
    QString m_errorCode;
    bool m_finished = false;
};
