#include "SecretServiceProbe.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QAtomicInt>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QLibrary>

namespace {
const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
// A busy machine can keep the daemon from answering for a few seconds: waiting longer costs
// nothing when it answers (the probe runs on a worker thread).
constexpr int TimeoutMs = 10000;
} // namespace

KeychainError SecretServiceProbe::run()
{
    KeychainError e;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        e.kind = KeychainError::Kind::NoSessionBus;
        e.detail = KeychainMessages::tr("DBUS_SESSION_BUS_ADDRESS is not set");
        return e;
    }
    // A private connection per probe: the probe runs on worker threads.
    static QAtomicInt counter;
    const QString connectionName
        = QStringLiteral("sms-hook-console-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    QDBusConnection bus
        = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
    const auto done = [&](KeychainError result) {
        QDBusConnection::disconnectFromBus(connectionName);
        return result;
    };
    if (!bus.isConnected()) {
        e.kind = KeychainError::Kind::NoSessionBus;
        e.detail = bus.lastError().message();
        return done(e);
    }
    QDBusConnectionInterface *iface = bus.interface();
    const bool registered = iface && iface->isServiceRegistered(SecretsService).value();
    if (!registered) {
        QDBusMessage list = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames"));
        const QDBusMessage reply = bus.call(list, QDBus::Block, TimeoutMs);
        const QStringList names = reply.arguments().value(0).toStringList();
        if (!names.contains(SecretsService)) {
            e.kind = KeychainError::Kind::NoSecretService;
            e.detail = KeychainMessages::tr("%1 is not on the session bus").arg(SecretsService);
            return done(e);
        }
    }
    QDBusMessage get = QDBusMessage::createMethodCall(
        SecretsService, QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = bus.call(get, QDBus::Block, TimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        if (reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")) {
            e.kind = KeychainError::Kind::NoSecretService;
        } else if (reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.NoReply")
                   || reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
            // Silence is not a locked keyring: say what happened.
            e.kind = KeychainError::Kind::Other;
            e.detail = KeychainMessages::tr("%1 did not answer within %n second(s)", nullptr,
                                            TimeoutMs / 1000)
                           .arg(SecretsService);
            return done(e);
        } else {
            // No default collection: the login keyring was never created or unlocked.
            e.kind = KeychainError::Kind::Locked;
        }
        e.detail = reply.errorMessage();
        return done(e);
    }
    const bool locked = qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant().toBool();
    if (locked) {
        e.kind = KeychainError::Kind::Locked;
        e.detail = KeychainMessages::tr("the default collection is locked");
    }
    return done(e);
}

void SecretServiceProbe::reconnect()
{
    using Disconnect = void (*)();
    static const auto disconnect = reinterpret_cast<Disconnect>(
        QLibrary::resolve(QStringLiteral("secret-1"), 0, "secret_service_disconnect"));
    if (disconnect)
        disconnect();
}

#else

KeychainError SecretServiceProbe::run()
{
    return {}; // macOS Keychain and Windows Credential Store need no probe
}

void SecretServiceProbe::reconnect() { }

#endif
