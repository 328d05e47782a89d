#pragma once

#include "Auth0Error.h"
#include "Auth0Types.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class Auth0Client;
class QNetworkAccessManager;
class SecretStore;

// Works on the Action bound to the tenant's phone trigger (the one its mode runs): pulls its
// deployed code, or rolls it back to an earlier version (POST .../versions/{id}/deploy, the draft
// updated too) and waits until that is deployed. Reads the client secret from the keychain and
// drops it with the token at the end. finished() once, then deleteLater.
class BoundActionJob : public QObject
{
    Q_OBJECT
public:
    static BoundActionJob *pull(const Profile &profile, SecretStore *secrets,
                                QNetworkAccessManager *network, QObject *parent = nullptr);
    // version 0: the version before the deployed one.
    static BoundActionJob *rollback(const Profile &profile, int version, SecretStore *secrets,
                                    QNetworkAccessManager *network, QObject *parent = nullptr);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; } // translated, with the fix
    QString errorCode() const { return m_errorCode; } // stable, for --json
    const Action &action() const { return m_action; }
    QString trigger() const { return m_trigger; }
    // The deployed version's code (pull), or the version now deployed (rollback).
    QString code() const;
    int deployedNumber() const;
    int previousNumber() const { return m_previous; }
    int rolledBackTo() const { return m_target; } // the version whose code now runs
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }

Q_SIGNALS:
    void finished();

private:
    enum class Op { Pull, Rollback };
    BoundActionJob(Op op, const Profile &profile, int version, QNetworkAccessManager *network,
                   QObject *parent);
    void begin(SecretStore *secrets);
    void readMode();
    void readBinding();
    void rollbackTo();
    void waitDeployed(const QString &versionId);
    void fail(const QString &code, const QString &message);
    void finish();

    Op m_op;
    Profile m_profile;
    int m_version = 0;
    int m_previous = 0;
    int m_target = 0;
    QNetworkAccessManager *m_network;
    QPointer<Auth0Client> m_client;
    QTimer m_poll;
    qint64 m_waitStartedMs = 0;
    QString m_trigger;
    Action m_action;
    QString m_error;
    QString m_errorCode;
    bool m_finished = false;
};
