#include "profile/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Profiles are kept in an INI file: round trip, rename, removal, awkward names.
class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void awkwardNames();
    void renameMovesSettings();
    void removeForgetsLastProfile();
    void tenantConnectionRoundTrip();
    void unwritableSettingsAreReported();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::roundTrip()
{
    Profile p;
    p.name = QStringLiteral("Production");
    p.defaultRegion = QStringLiteral("GB");
    p.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:4010"));
    p.secretNames = {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("MY_KEY")};
    p.consoleSecretNames = {QStringLiteral("@AUTH0_CLIENT_SECRET")};
    {
        ProfileStore store(file());
        QVERIFY(!store.contains(p.name));
        store.save(p);
    }
    ProfileStore reopened(file());
    QCOMPARE(reopened.names(), QStringList {p.name});
    const auto loaded = reopened.load(p.name);
    QVERIFY(loaded);
    QCOMPARE(*loaded, p);
    QCOMPARE(loaded->verifyBaseUrl, Profile::defaultVerifyBaseUrl());
    QVERIFY(!reopened.load(QStringLiteral("nope")));
}

void TestProfileStore::awkwardNames()
{
    ProfileStore store(file());
    const QStringList names
        = {QStringLiteral("b profile"), QStringLiteral("A=1;x%"), QStringLiteral("Prod (EU) ü")};
    for (const QString &n : names) {
        Profile p;
        p.name = n;
        store.save(p);
    }
    ProfileStore reopened(file());
    QCOMPARE(reopened.names(),
             (QStringList {QStringLiteral("A=1;x%"), QStringLiteral("b profile"),
                           QStringLiteral("Prod (EU) ü")}));
    for (const QString &n : names)
        QVERIFY2(reopened.load(n), qPrintable(n));
}

void TestProfileStore::renameMovesSettings()
{
    ProfileStore store(file());
    Profile p;
    p.name = QStringLiteral("Old");
    p.defaultRegion = QStringLiteral("US");
    store.save(p);
    store.setLastProfile(p.name);
    Profile other;
    other.name = QStringLiteral("Taken");
    store.save(other);
    QVERIFY(!store.rename(QStringLiteral("Old"), QStringLiteral("Taken")));
    QVERIFY(store.rename(QStringLiteral("Old"), QStringLiteral("New")));
    QVERIFY(!store.contains(QStringLiteral("Old")));
    QCOMPARE(store.load(QStringLiteral("New"))->defaultRegion, QStringLiteral("US"));
    QCOMPARE(store.lastProfile(), QStringLiteral("New"));
}

void TestProfileStore::removeForgetsLastProfile()
{
    ProfileStore store(file());
    Profile p;
    p.name = QStringLiteral("Gone");
    store.save(p);
    store.setLastProfile(p.name);
    store.remove(p.name);
    QVERIFY(store.names().isEmpty());
    QVERIFY(store.lastProfile().isEmpty());
}

void TestProfileStore::tenantConnectionRoundTrip()
{
    ProfileStore store(file());
    Profile p;
    p.name = QStringLiteral("Tenant");
    p.auth0.domain = QStringLiteral("acme.eu.auth0.com");
    p.auth0.clientId = QStringLiteral("abc");
    p.auth0.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:17011"));
    QVERIFY(store.save(p));
    QCOMPARE(ProfileStore(file()).load(p.name)->auth0, p.auth0);
    // Disconnected: nothing of the tenant stays in the file.
    p.auth0 = Auth0Connection();
    QVERIFY(store.save(p));
    QFile f(file());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("acme.eu.auth0.com"));
    QVERIFY(!ProfileStore(file()).load(p.name)->auth0.isConnected());
}

void TestProfileStore::unwritableSettingsAreReported()
{
    // A "folder" that is a file: no one, root included, can write the settings under it.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProfileStore store(blocker.fileName() + QStringLiteral("/settings.ini"));
    Profile p;
    p.name = QStringLiteral("Lost");
    QVERIFY(!store.save(p));
    QVERIFY2(store.errorString().contains(QLatin1String("cannot be written")),
             qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(blocker.fileName()));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
