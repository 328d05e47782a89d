#pragma once

#include "secrets/KeychainError.h"
#include "twilio/TwilioTypes.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

class QObject;
class SecretStore;

// A profile's Twilio credentials (Account SID and Auth Token), read from the keychain and
// checked, as every front needs them before it can make a Twilio client: the CLI's status and
// logs sync, the delivery log's sync.
struct TwilioAccess
{
    Q_DECLARE_TR_FUNCTIONS(TwilioAccess)
public:
    bool ok = false;
    TwilioCredentials credentials; // when ok
    bool keychainFailed = false;
    KeychainError keychainError; // when keychainFailed
    QString secretName; // the secret missing or malformed
    bool missing = false; // secretName has no value (else it is malformed)
    QString problem; // translated: what is wrong with it (the front adds where to fix it)

    // Where to set a missing or malformed secret, console and CLI.
    static QString secretFix(const QString &profile, const QString &name);
    // Checks the values read for profile. Pure.
    static TwilioAccess check(const QMap<QString, QString> &values, const QString &profile);
    // Reads both secrets without blocking and calls done once, on context's thread (not at all
    // when context is gone first).
    static void read(SecretStore *secrets, const QString &profile, QObject *context,
                     const std::function<void(const TwilioAccess &)> &done);
};
