#pragma once

#include <QCoreApplication>
#include <QString>

// A keychain failure the user can act on. The kinds are told apart because each has its own
// fix: start a session bus, install a Secret Service, unlock the keyring, allow access.
// A missing entry is not an error: it means "not set".
struct KeychainError
{
    enum class Kind {
        None,
        NoSessionBus, // no D-Bus session bus to reach a Secret Service through
        NoSecretService, // a bus, but no org.freedesktop.secrets (no gnome-keyring, KWallet, ...)
        Locked, // the default collection is locked or was never created
        AccessDenied, // the keychain refused (the user said no, or policy)
        Other
    };

    Kind kind = Kind::None;
    QString detail; // the backend's own words, never a secret value
    QString secretName; // the entry concerned, when there is one

    bool isError() const { return kind != Kind::None; }
    // One line: what failed and why.
    QString summary() const;
    // What to do about it.
    QString fix() const;
    // A stable machine name for --json output: "no-session-bus", "locked", ...
    QString code() const;

    // Maps a QtKeychain error code and string to a kind. Pure.
    static KeychainError fromJob(int qkeychainError, const QString &errorString,
                                 const QString &secretName = QString());
    // Whether a QtKeychain error string says the Secret Service session is gone: the keyring
    // daemon ended and came back, and libsecret still holds the old daemon's session
    // (SecretServiceProbe::reconnect drops it). Pure.
    static bool isSessionGone(const QString &errorString);
};

class KeychainMessages
{
    Q_DECLARE_TR_FUNCTIONS(KeychainMessages)
};
