#include "secrets/KeychainError.h"

#include <QTest>

#include <qt6keychain/keychain.h>

Q_DECLARE_METATYPE(KeychainError::Kind)

// KeychainError::fromJob: what QtKeychain (over libsecret and the Secret Service) reports, told
// apart by kind, because each kind has its own fix. A table of codes and the backends' own
// words, with no keychain needed.
class TestKeychainError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromJob_data();
    void fromJob();
    void messagesNameTheFix();
};

void TestKeychainError::fromJob_data()
{
    using K = KeychainError::Kind;
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<K>("kind");

    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << K::None;
    QTest::newRow("entry not found is not set, not an error")
        << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found") << K::None;
    QTest::newRow("denied by the user") << int(QKeychain::AccessDeniedByUser)
                                        << QStringLiteral("User denied access") << K::AccessDenied;
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << QStringLiteral("Access denied")
                            << K::AccessDenied;
    QTest::newRow("denied: locked")
        << int(QKeychain::AccessDenied) << QStringLiteral("Collection is locked") << K::Locked;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable)
                                << QStringLiteral("No keychain service available")
                                << K::NoSecretService;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented)
                                     << QStringLiteral("Not implemented") << K::NoSecretService;
    QTest::newRow("no bus: autolaunch")
        << int(QKeychain::OtherError)
        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << K::NoSessionBus;
    QTest::newRow("no bus: address")
        << int(QKeychain::OtherError)
        << QStringLiteral("Unable to connect: DBUS_SESSION_BUS_ADDRESS is not set")
        << K::NoSessionBus;
    QTest::newRow("no bus: session bus")
        << int(QKeychain::OtherError) << QStringLiteral("Could not connect to the session bus")
        << K::NoSessionBus;
    // A bus that answered, naming its error: the Secret Service is what is missing.
    QTest::newRow("bus, no secret service")
        << int(QKeychain::OtherError)
        << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
                          "org.freedesktop.secrets was not provided by any .service files")
        << K::NoSecretService;
    QTest::newRow("bus, no reply")
        << int(QKeychain::OtherError)
        << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.NoReply: Did not receive a reply")
        << K::Other;
    QTest::newRow("locked collection")
        << int(QKeychain::OtherError)
        << QStringLiteral("Cannot create an item in a locked collection") << K::Locked;
    QTest::newRow("no default collection")
        << int(QKeychain::OtherError)
        << QStringLiteral("No such secret collection at path: "
                          "/org/freedesktop/secrets/aliases/default")
        << K::Locked;
    QTest::newRow("login collection missing")
        << int(QKeychain::OtherError)
        << QStringLiteral("Object does not exist at path "
                          "\u201c/org/freedesktop/secrets/collection/login\u201d")
        << K::Locked;
    QTest::newRow("a prompt dismissed")
        << int(QKeychain::OtherError) << QStringLiteral("The prompt was dismissed") << K::Locked;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry)
                                      << QStringLiteral("Could not delete entry") << K::Other;
    QTest::newRow("anything else")
        << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << K::Other;
}

void TestKeychainError::fromJob()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(KeychainError::Kind, kind);
    const KeychainError e = KeychainError::fromJob(code, text, QStringLiteral("TWILIO_AUTH_TOKEN"));
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.isError(), kind != KeychainError::Kind::None);
    if (!e.isError()) {
        QVERIFY(e.summary().isEmpty());
        QVERIFY(e.fix().isEmpty());
        return;
    }
    QCOMPARE(e.secretName, QStringLiteral("TWILIO_AUTH_TOKEN"));
    QVERIFY2(e.summary().contains(QLatin1String("TWILIO_AUTH_TOKEN")), qPrintable(e.summary()));
    QVERIFY(!e.fix().isEmpty());
    QVERIFY(!e.code().isEmpty());
}

void TestKeychainError::messagesNameTheFix()
{
    // Each kind says what to do about it, in its own words, and has its own --json code.
    using K = KeychainError::Kind;
    const struct
    {
        K kind;
        const char *code;
        const char *fix;
    } rows[] = {
        {K::NoSessionBus, "no-session-bus", "dbus-run-session"},
        {K::NoSecretService, "no-secret-service", "gnome-keyring"},
        {K::Locked, "locked", "Unlock"},
        {K::AccessDenied, "access-denied", "Allow"},
        {K::Other, "other", "Try again"},
    };
    for (const auto &r : rows) {
        KeychainError e;
        e.kind = r.kind;
        e.detail = QStringLiteral("the backend's words");
        QCOMPARE(e.code(), QLatin1String(r.code));
        QVERIFY2(e.fix().contains(QLatin1String(r.fix)), qPrintable(e.fix()));
        // The backend's words are shown, except for a refusal, which has none worth showing.
        QCOMPARE(e.summary().contains(QLatin1String("the backend's words")),
                 r.kind != K::AccessDenied);
    }
}

QTEST_GUILESS_MAIN(TestKeychainError)
#include "TestKeychainError.moc"
