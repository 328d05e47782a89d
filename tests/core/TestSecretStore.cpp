#include "TestSupport.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretServiceProbe.h"
#include "secrets/SecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "hook/HookCodeStore.h"
#include "secrets/SecretRules.h"

// The secret store against a real Secret Service: gnome-keyring in a private D-Bus session
// (run through scripts/with-keyring.sh). The test that locks the collection runs last.
class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probeSeesUnlockedKeyring();
    void roundTrip();
    void secretToolFindsTheItem();
    void copyRenameAndRemoveProfile();
    void everythingAProfileOwnsGoesWithIt();
    void missingSessionBus();
    void profileWithoutSecretsNeedsNoKeychain();
    void duplicateDropsNamesNotInKeychain();
    void keepsWorkingAfterTheKeyringRestarts();
    void lockedCollection(); // must stay last: the collection cannot be unlocked again headless

private:
    struct Outcome
    {
        bool done = false;
        QMap<QString, QString> values;
        QStringList notSet;
        QStringList completed;
        KeychainError error;
    };
    Outcome wait(SecretsJob *job);
    Profile makeProfile(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_store;
    const QString m_service = QStringLiteral("sms-hook-console-test");
    const QString m_sid = QStringLiteral("AC00000000000000000000000000000001");
    const QString m_token = QStringLiteral("9f1e2d3c4b5a69788796a5b4c3d2e1f0");
};

void TestSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
    QVERIFY(m_dir.isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_store = std::make_unique<SecretStore>(m_profiles.get());
    m_store->setService(m_service);
}

TestSecretStore::Outcome TestSecretStore::wait(SecretsJob *job)
{
    auto outcome = std::make_shared<Outcome>();
    int emitted = 0;
    connect(job, &SecretsJob::finished, this, [job, outcome, &emitted] {
        ++emitted;
        outcome->done = true;
        outcome->values = job->values();
        outcome->notSet = job->notSet();
        outcome->completed = job->completed();
        outcome->error = job->error();
    });
    if (!QTest::qWaitFor([&] { return outcome->done; }, 15000)) {
        outcome->error.kind = KeychainError::Kind::Other;
        outcome->error.detail = QStringLiteral("test: the job never finished");
    }
    QTest::qWait(20); // let a second, wrong emission show up if there were one
    if (emitted > 1) {
        outcome->error.kind = KeychainError::Kind::Other;
        outcome->error.detail = QStringLiteral("test: finished() emitted more than once");
    }
    return *outcome;
}

Profile TestSecretStore::makeProfile(const QString &name)
{
    Profile p;
    p.name = name;
    m_profiles->save(p);
    return p;
}

void TestSecretStore::probeSeesUnlockedKeyring()
{
    const KeychainError e = SecretServiceProbe::run();
    QVERIFY2(!e.isError(), qPrintable(e.summary()));
}

void TestSecretStore::roundTrip()
{
    const Profile p = makeProfile(QStringLiteral("Round trip"));
    // Write.
    Outcome w = wait(m_store->apply(p.name,
                                    {{QStringLiteral("TWILIO_ACCOUNT_SID"), m_sid},
                                     {QStringLiteral("TWILIO_AUTH_TOKEN"), m_token}}));
    QVERIFY2(!w.error.isError(), qPrintable(w.error.summary()));
    QCOMPARE(m_profiles->load(p.name)->secretNames.size(), 2);
    // Read, with one name that was never set.
    Outcome r = wait(
        m_store->read(p.name,
                      {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
                       QStringLiteral("TWILIO_PHONE_NUMBER")}));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.values.value(QStringLiteral("TWILIO_ACCOUNT_SID")), m_sid);
    QCOMPARE(r.values.value(QStringLiteral("TWILIO_AUTH_TOKEN")), m_token);
    QCOMPARE(r.notSet, QStringList {QStringLiteral("TWILIO_PHONE_NUMBER")});
    // Overwrite.
    const QString newToken = QStringLiteral("00112233445566778899aabbccddeeff");
    QVERIFY(!wait(m_store->apply(p.name, {{QStringLiteral("TWILIO_AUTH_TOKEN"), newToken}}))
                 .error.isError());
    r = wait(m_store->read(p.name, {QStringLiteral("TWILIO_AUTH_TOKEN")}));
    QCOMPARE(r.values.value(QStringLiteral("TWILIO_AUTH_TOKEN")), newToken);
    // Delete.
    Outcome d = wait(m_store->apply(p.name, {}, {QStringLiteral("TWILIO_AUTH_TOKEN")}));
    QVERIFY(!d.error.isError());
    QCOMPARE(d.completed, QStringList {QStringLiteral("TWILIO_AUTH_TOKEN")});
    QCOMPARE(m_profiles->load(p.name)->secretNames,
             QStringList {QStringLiteral("TWILIO_ACCOUNT_SID")});
    r = wait(m_store->read(p.name, {QStringLiteral("TWILIO_AUTH_TOKEN")}));
    QVERIFY(r.values.isEmpty());
    QCOMPARE(r.notSet, QStringList {QStringLiteral("TWILIO_AUTH_TOKEN")});
    // Deleting what is not there is not an error.
    QVERIFY(
        !wait(m_store->apply(p.name, {}, {QStringLiteral("TWILIO_AUTH_TOKEN")})).error.isError());
    // The values never reached the settings file.
    QVERIFY(TestSupport::filesContaining(m_dir.path(), m_sid).isEmpty());
}

void TestSecretStore::secretToolFindsTheItem()
{
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const Profile p = makeProfile(QStringLiteral("Visible"));
    QVERIFY(!wait(m_store->apply(p.name, {{QStringLiteral("TWILIO_AUTH_TOKEN"), m_token}}))
                 .error.isError());
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                QStringLiteral("user"),
                SecretStore::entryKey(p.name, QStringLiteral("TWILIO_AUTH_TOKEN"))});
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), m_token);
}

void TestSecretStore::copyRenameAndRemoveProfile()
{
    const Profile p = makeProfile(QStringLiteral("Source"));
    QVERIFY(!wait(m_store->apply(p.name,
                                 {{QStringLiteral("TWILIO_ACCOUNT_SID"), m_sid},
                                  {QStringLiteral("CUSTOM_ONE"), QStringLiteral("x")}}))
                 .error.isError());
    // Duplicate keeps the source.
    QVERIFY(!wait(m_store->copyProfile(p.name, QStringLiteral("Copy"), false)).error.isError());
    QVERIFY(m_profiles->contains(p.name));
    Outcome r
        = wait(m_store->read(QStringLiteral("Copy"),
                             {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("CUSTOM_ONE")}));
    QCOMPARE(r.values.value(QStringLiteral("TWILIO_ACCOUNT_SID")), m_sid);
    QCOMPARE(r.values.value(QStringLiteral("CUSTOM_ONE")), QStringLiteral("x"));
    // Rename moves entries and settings.
    QVERIFY(!wait(m_store->copyProfile(p.name, QStringLiteral("Renamed"), true)).error.isError());
    QVERIFY(!m_profiles->contains(p.name));
    QCOMPARE(m_profiles->load(QStringLiteral("Renamed"))->secretNames.size(), 2);
    r = wait(m_store->read(p.name, {QStringLiteral("TWILIO_ACCOUNT_SID")}));
    QCOMPARE(r.notSet, QStringList {QStringLiteral("TWILIO_ACCOUNT_SID")});
    r = wait(m_store->read(QStringLiteral("Renamed"), {QStringLiteral("TWILIO_ACCOUNT_SID")}));
    QCOMPARE(r.values.value(QStringLiteral("TWILIO_ACCOUNT_SID")), m_sid);
    // Remove deletes the entries, then the profile.
    QVERIFY(!wait(m_store->removeProfile(QStringLiteral("Renamed"))).error.isError());
    QVERIFY(!m_profiles->contains(QStringLiteral("Renamed")));
    r = wait(m_store->read(QStringLiteral("Renamed"), {QStringLiteral("CUSTOM_ONE")}));
    QCOMPARE(r.notSet, QStringList {QStringLiteral("CUSTOM_ONE")});
}

void TestSecretStore::everythingAProfileOwnsGoesWithIt()
{
    QStandardPaths::setTestModeEnabled(true);
    Profile p = makeProfile(QStringLiteral("Owner"));
    p.auth0.domain = QStringLiteral("acme.eu.auth0.com");
    p.auth0.clientId = QStringLiteral("client");
    QVERIFY(m_profiles->save(p));
    QVERIFY(m_profiles->setProfileValue(p.name, QStringLiteral("checks/customConfirmed"), true));
    QVERIFY(m_profiles->setProfileValue(p.name, QStringLiteral("checks/testRecipient"),
                                        QStringLiteral("+14155552671")));
    QVERIFY(HookCodeStore::save(p.name,
                                QStringLiteral("exports.onExecuteSendPhoneMessage = "
                                               "async () => {};\n")));
    QVERIFY(!wait(m_store->apply(p.name,
                                 {{QStringLiteral("TWILIO_ACCOUNT_SID"), m_sid},
                                  {SecretRules::auth0ClientSecretName(), m_token}}))
                 .error.isError());
    const auto owns = [this](const QString &name) {
        const auto loaded = m_profiles->load(name);
        QVERIFY(loaded);
        QCOMPARE(loaded->auth0.domain, QStringLiteral("acme.eu.auth0.com"));
        QCOMPARE(loaded->consoleSecretNames, QStringList {SecretRules::auth0ClientSecretName()});
        QCOMPARE(loaded->secretNames, QStringList {QStringLiteral("TWILIO_ACCOUNT_SID")});
        QCOMPARE(m_profiles->profileValue(name, QStringLiteral("checks/customConfirmed")).toBool(),
                 true);
        QCOMPARE(m_profiles->profileValue(name, QStringLiteral("checks/testRecipient")).toString(),
                 QStringLiteral("+14155552671"));
        QVERIFY(HookCodeStore::load(name).contains(QLatin1String("onExecuteSendPhoneMessage")));
        const Outcome r = wait(m_store->read(name, {SecretRules::auth0ClientSecretName()}));
        QCOMPARE(r.values.value(SecretRules::auth0ClientSecretName()), m_token);
    };
    owns(p.name);
    QVERIFY(
        !wait(m_store->copyProfile(p.name, QStringLiteral("Owner copy"), false)).error.isError());
    owns(QStringLiteral("Owner copy"));
    owns(p.name);
    QVERIFY(
        !wait(m_store->copyProfile(p.name, QStringLiteral("Owner renamed"), true)).error.isError());
    owns(QStringLiteral("Owner renamed"));
    QVERIFY(!m_profiles->contains(p.name));
    QVERIFY(!HookCodeStore::hasCode(p.name));
    // Removing takes the code too: a new profile of that name starts from nothing.
    QVERIFY(!wait(m_store->removeProfile(QStringLiteral("Owner renamed"))).error.isError());
    QVERIFY(!HookCodeStore::hasCode(QStringLiteral("Owner renamed")));
    makeProfile(QStringLiteral("Owner renamed"));
    QVERIFY(m_profiles
                ->profileValue(QStringLiteral("Owner renamed"),
                               QStringLiteral("checks/customConfirmed"))
                .isNull());
}

void TestSecretStore::missingSessionBus()
{
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const Profile p = makeProfile(QStringLiteral("No bus"));
    const QString value = QStringLiteral("a1a1a1a1b2b2b2b2c3c3c3c3d4d4d4d4");
    Outcome w = wait(m_store->apply(p.name, {{QStringLiteral("TWILIO_AUTH_TOKEN"), value}}));
    qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    QCOMPARE(w.error.kind, KeychainError::Kind::NoSessionBus);
    QVERIFY(w.error.summary().contains(QStringLiteral("session bus")));
    QVERIFY(w.error.fix().contains(QStringLiteral("dbus-run-session")));
    QVERIFY(w.completed.isEmpty());
    QVERIFY(m_profiles->load(p.name)->secretNames.isEmpty());
    QVERIFY(TestSupport::filesContaining(QDir::homePath(), value).isEmpty());
    QVERIFY(TestSupport::filesContaining(m_dir.path(), value).isEmpty());
}

void TestSecretStore::profileWithoutSecretsNeedsNoKeychain()
{
    makeProfile(QStringLiteral("Empty"));
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const Outcome moved
        = wait(m_store->copyProfile(QStringLiteral("Empty"), QStringLiteral("Empty 2"), true));
    const Outcome removed = wait(m_store->removeProfile(QStringLiteral("Empty 2")));
    qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    QVERIFY2(!moved.error.isError(), qPrintable(moved.error.summary()));
    QVERIFY2(!removed.error.isError(), qPrintable(removed.error.summary()));
    QVERIFY(!m_profiles->contains(QStringLiteral("Empty")));
    QVERIFY(!m_profiles->contains(QStringLiteral("Empty 2")));
}

void TestSecretStore::duplicateDropsNamesNotInKeychain()
{
    Profile p = makeProfile(QStringLiteral("Partly"));
    QVERIFY(!wait(m_store->apply(p.name, {{QStringLiteral("TWILIO_ACCOUNT_SID"), m_sid}}))
                 .error.isError());
    // Settings that name a secret the keychain does not hold (removed by another tool, say).
    p = *m_profiles->load(p.name);
    p.secretNames << QStringLiteral("GHOST");
    m_profiles->save(p);
    QVERIFY(
        !wait(m_store->copyProfile(p.name, QStringLiteral("Partly copy"), false)).error.isError());
    QCOMPARE(m_profiles->load(QStringLiteral("Partly copy"))->secretNames,
             QStringList {QStringLiteral("TWILIO_ACCOUNT_SID")});
}

// The keyring daemon ends and comes back (a crash that the session restarts, as
// scripts/with-keyring.sh and systemd do): the console reads and writes again without a restart,
// though the Secret Service session it had opened died with the old daemon.
void TestSecretStore::keepsWorkingAfterTheKeyringRestarts()
{
    const Profile p = makeProfile(QStringLiteral("Restart"));
    Outcome w = wait(m_store->apply(p.name, {{QStringLiteral("TWILIO_AUTH_TOKEN"), m_token}}));
    QVERIFY2(!w.error.isError(), qPrintable(w.error.summary()));
    Outcome r = wait(m_store->read(p.name, {QStringLiteral("TWILIO_AUTH_TOKEN")}));
    QCOMPARE(r.values.value(QStringLiteral("TWILIO_AUTH_TOKEN")), m_token);

    const QString name = QStringLiteral("org.freedesktop.secrets");
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    const QString before = bus->serviceOwner(name).value();
    const uint pid = bus->servicePid(name).value();
    QVERIFY(!before.isEmpty() && pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    // A new daemon owns the name (with-keyring.sh starts it again, unlocked).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString owner = bus->serviceOwner(name).value();
            return !owner.isEmpty() && owner != before;
        }(),
        15000);

    r = wait(m_store->read(p.name, {QStringLiteral("TWILIO_AUTH_TOKEN")}));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.values.value(QStringLiteral("TWILIO_AUTH_TOKEN")), m_token);
    const QString newToken = QStringLiteral("ffeeddccbbaa99887766554433221100");
    w = wait(m_store->apply(p.name, {{QStringLiteral("TWILIO_AUTH_TOKEN"), newToken}}));
    QVERIFY2(!w.error.isError(), qPrintable(w.error.summary()));
    r = wait(m_store->read(p.name, {QStringLiteral("TWILIO_AUTH_TOKEN")}));
    QCOMPARE(r.values.value(QStringLiteral("TWILIO_AUTH_TOKEN")), newToken);
}

void TestSecretStore::lockedCollection()
{
    const Profile p = makeProfile(QStringLiteral("Locked"));
    QVERIFY(!wait(m_store->apply(p.name, {{QStringLiteral("TWILIO_ACCOUNT_SID"), m_sid}}))
                 .error.isError());
    // Lock the default collection as a screen lock or a timeout would.
    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath> {
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
    QVERIFY2(reply.type() != QDBusMessage::ErrorMessage, qPrintable(reply.errorMessage()));

    const QString value = QStringLiteral("e5e5e5e5f6f6f6f6a7a7a7a7b8b8b8b8");
    Outcome w = wait(m_store->apply(p.name, {{QStringLiteral("TWILIO_AUTH_TOKEN"), value}}));
    QCOMPARE(w.error.kind, KeychainError::Kind::Locked);
    QVERIFY(w.error.summary().contains(QStringLiteral("locked")));
    QVERIFY(w.error.fix().contains(QStringLiteral("Unlock")));
    QCOMPARE(m_profiles->load(p.name)->secretNames,
             QStringList {QStringLiteral("TWILIO_ACCOUNT_SID")});
    // A read must say "locked", not pretend the secret is not set.
    Outcome r = wait(m_store->read(p.name, {QStringLiteral("TWILIO_ACCOUNT_SID")}));
    QCOMPARE(r.error.kind, KeychainError::Kind::Locked);
    QVERIFY(r.notSet.isEmpty());
    QVERIFY(TestSupport::filesContaining(QDir::homePath(), value).isEmpty());
    QVERIFY(TestSupport::filesContaining(m_dir.path(), value).isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
