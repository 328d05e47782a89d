#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;
class SecretStore;

// The tenant's machine-to-machine client secret, read from the keychain for a job that talks to
// the tenant: one place for the checks before a request and for their words (not connected, no
// keychain, a keychain that failed, a secret that is not stored).
class TenantSecret
{
    Q_DECLARE_TR_FUNCTIONS(TenantSecret)
public:
    struct Result
    {
        QString secret; // kept in memory only, by the job that asked
        QString errorCode; // "not-connected" or "keychain"; empty when the secret was read
        QString error; // translated: what failed and what to do

        bool ok() const { return errorCode.isEmpty(); }
    };

    // Why a job cannot talk to the profile's tenant: it is not connected to one.
    static QString notConnected(const Profile &profile);
    static QString keychainFailed(const QString &summary, const QString &fix);
    static QString notStored();

    // Reads the secret and calls done exactly once: at once when the profile is not connected or
    // there is no keychain, else when the keychain answers (not if context is gone by then).
    static void read(const Profile &profile, SecretStore *secrets, QObject *context,
                     const std::function<void(const Result &)> &done);
};
