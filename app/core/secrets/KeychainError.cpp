#include "KeychainError.h"

#include <qt6keychain/keychain.h>

KeychainError KeychainError::fromJob(int qkeychainError, const QString &errorString,
                                     const QString &secretName)
{
    KeychainError e;
    e.detail = errorString;
    e.secretName = secretName;
    const auto contains = [&](const char *needle) {
        return errorString.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    switch (static_cast<QKeychain::Error>(qkeychainError)) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        e.kind = Kind::None;
        return e;
    case QKeychain::AccessDeniedByUser:
        e.kind = Kind::AccessDenied;
        return e;
    case QKeychain::AccessDenied:
        e.kind = contains("locked") ? Kind::Locked : Kind::AccessDenied;
        return e;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = Kind::NoSecretService;
        return e;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // An answer from the bus names its error "org.freedesktop.DBus.Error.*": the bus is there,
    // so what it says decides, not the word "DBus" in it.
    if (contains("org.freedesktop.secrets") || contains("ServiceUnknown")
        || contains("was not provided by any .service files"))
        e.kind = Kind::NoSecretService;
    else if (contains("locked") || contains("collection/login") || contains("aliases/default")
             || contains("No such secret collection") || contains("prompt"))
        e.kind = Kind::Locked;
    else if (contains("autolaunch") || contains("session bus")
             || contains("DBUS_SESSION_BUS_ADDRESS")
             || ((contains("D-Bus") || contains("DBus")) && !contains("DBus.Error.")))
        e.kind = Kind::NoSessionBus;
    else
        e.kind = Kind::Other;
    return e;
}

bool KeychainError::isSessionGone(const QString &errorString)
{
    for (const char *needle :
         {"session does not exist", "session wrapping the secret does not exist",
          "Secret.Error.NoSession"})
        if (errorString.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

QString KeychainError::summary() const
{
    QString what;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoSessionBus:
        what = KeychainMessages::tr("The keychain cannot be reached: there is no D-Bus session "
                                    "bus.");
        break;
    case Kind::NoSecretService:
        what = KeychainMessages::tr("No keychain service is running (no Secret Service such as "
                                    "GNOME Keyring or KWallet on the session bus).");
        break;
    case Kind::Locked:
        what = KeychainMessages::tr("The keyring is locked, or its default collection has not "
                                    "been created yet.");
        break;
    case Kind::AccessDenied:
        what = KeychainMessages::tr("The keychain denied access.");
        break;
    case Kind::Other:
        what = KeychainMessages::tr("The keychain reported an error.");
        break;
    }
    if (!secretName.isEmpty())
        what = KeychainMessages::tr("%1 (%2)").arg(what, secretName);
    if (!detail.isEmpty() && kind != Kind::AccessDenied)
        what += QLatin1Char(' ') + KeychainMessages::tr("Keychain says: %1").arg(detail);
    return what;
}

QString KeychainError::fix() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoSessionBus:
        return KeychainMessages::tr("Run the console inside a desktop session, or start one with "
                                    "dbus-run-session; over SSH, log in to the desktop first.");
    case Kind::NoSecretService:
        return KeychainMessages::tr("Install and start a Secret Service: gnome-keyring (package "
                                    "gnome-keyring) or KWallet, then try again.");
    case Kind::Locked:
        return KeychainMessages::tr("Unlock the login keyring (log in to the desktop, or open "
                                    "Passwords and Keys and unlock it), then save again.");
    case Kind::AccessDenied:
        return KeychainMessages::tr("Allow SMS Hook Console to use the keychain when asked, "
                                    "then try again.");
    case Kind::Other:
        return KeychainMessages::tr("Try again; if it keeps failing, restart the keyring "
                                    "service.");
    }
    return {};
}

QString KeychainError::code() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NoSessionBus:
        return QStringLiteral("no-session-bus");
    case Kind::NoSecretService:
        return QStringLiteral("no-secret-service");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}
