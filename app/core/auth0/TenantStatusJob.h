#pragma once

#include "TenantStatus.h"
#include "profile/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class Auth0Client;
class Auth0Reply;
class QNetworkAccessManager;
class SecretStore;

// Reads a profile's tenant status in one go: the client secret from the keychain, a token, then
// side by side the tenant settings, the Guardian factors, the phone message types and selected
// provider, the phone providers, both phone triggers' bindings and the legacy hooks; then the
// bound Action whole, the profile's code from disk and the deployed code's secrets (lint), all off
// the UI thread; then TenantJudge. The secret, the token and the client are dropped when it ends.
// Emits finished() exactly once, on every path, then deletes itself later.
class TenantStatusJob : public QObject
{
    Q_OBJECT
public:
    // The profile must be connected (profile.auth0.isConnected()).
    static TenantStatusJob *start(const Profile &profile, SecretStore *secrets,
                                  QNetworkAccessManager *network, QObject *parent = nullptr);
    // For tests and callers that already hold the secret.
    static TenantStatusJob *startWithSecret(const Profile &profile, const QString &clientSecret,
                                            QNetworkAccessManager *network,
                                            QObject *parent = nullptr);

    const TenantStatus &status() const { return m_status; }
    const Profile &profile() const { return m_profile; }
    // Milliseconds from start to the judgement.
    qint64 elapsedMs() const { return m_elapsedMs; }
    // Stops the reads; finished() follows with every unread part "not checked".
    void cancel();
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    TenantStatusJob(const Profile &profile, QNetworkAccessManager *network, QObject *parent);
    void begin(const QString &clientSecret);
    void onToken(Auth0Reply *reply);
    void readAll();
    template<typename T, typename Parse>
    void read(const struct Auth0Request &request, TenantRead<T> *into, Parse parse);
    void maybeReadAction();
    void analyseCode();
    void partDone();
    void finish();

    Profile m_profile;
    QNetworkAccessManager *m_network;
    QPointer<Auth0Client> m_client;
    QList<QPointer<Auth0Reply>> m_replies;
    TenantSnapshot m_snapshot;
    TenantStatus m_status;
    qint64 m_startedMs = 0;
    qint64 m_elapsedMs = 0;
    int m_timeoutMs = 15000;
    int m_pending = 0;
    int m_total = 0;
    int m_done = 0;
    bool m_actionAsked = false;
    bool m_codeAnalysed = false;
    bool m_finished = false;
};
