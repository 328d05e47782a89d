#include "auth0/BoundActionJob.h"
#include "auth0/PhoneProviderTryJob.h"
#include "auth0/TenantSecret.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The tenant's client secret as every job that talks to the tenant reads it: one check for a
// profile with no tenant, one for a missing keychain, one for a secret that is not stored, and
// the secret when it is, against a real (throwaway) keychain. The jobs say the same words.
class TestTenantSecret : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;

    Profile connected(const QString &name)
    {
        Profile p;
        p.name = name;
        p.auth0.domain = QStringLiteral("acme.us.auth0.com");
        p.auth0.clientId = QStringLiteral("m2m-client");
        m_profiles->save(p);
        return p;
    }

    // Calls read and waits for its one answer; counts the answers.
    std::optional<TenantSecret::Result> read(const Profile &p, SecretStore *secrets, int *calls,
                                             bool *atOnce)
    {
        std::optional<TenantSecret::Result> result;
        bool returned = false;
        TenantSecret::read(p, secrets, this, [&](const TenantSecret::Result &r) {
            ++*calls;
            *atOnce = !returned;
            result = r;
        });
        returned = true;
        if (!result && !QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            return std::nullopt;
        QTest::qWait(0);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("p.ini")));
        m_secrets = std::make_unique<SecretStore>(m_profiles.get());
        m_secrets->setService(QStringLiteral("sms-hook-tenant-secret-test"));
    }

    void notConnectedIsSaidAtOnce()
    {
        Profile p;
        p.name = QStringLiteral("Loose");
        int calls = 0;
        bool atOnce = false;
        const auto r = read(p, m_secrets.get(), &calls, &atOnce);
        QVERIFY(r);
        QVERIFY(atOnce);
        QCOMPARE(calls, 1);
        QVERIFY(!r->ok());
        QCOMPARE(r->errorCode, QStringLiteral("not-connected"));
        QCOMPARE(r->error, TenantSecret::notConnected(p));
        QVERIFY2(r->error.contains(QLatin1String("\"Loose\"")), qPrintable(r->error));
        QVERIFY(r->secret.isEmpty());
    }

    void noKeychain()
    {
        int calls = 0;
        bool atOnce = false;
        const auto r = read(connected(QStringLiteral("NoKeychain")), nullptr, &calls, &atOnce);
        QVERIFY(r);
        QCOMPARE(calls, 1);
        QCOMPARE(r->errorCode, QStringLiteral("keychain"));
        QVERIFY(!r->error.isEmpty());
    }

    void notStored()
    {
        int calls = 0;
        bool atOnce = true;
        const auto r
            = read(connected(QStringLiteral("Unstored")), m_secrets.get(), &calls, &atOnce);
        QVERIFY(r);
        QVERIFY(!atOnce); // the keychain answers later
        QCOMPARE(calls, 1);
        QCOMPARE(r->errorCode, QStringLiteral("keychain"));
        QCOMPARE(r->error, TenantSecret::notStored());
    }

    void storedIsRead()
    {
        const Profile p = connected(QStringLiteral("Stored"));
        SecretsJob *write = m_secrets->apply(
            p.name, {{SecretRules::auth0ClientSecretName(), QStringLiteral("s3cr3t-value")}});
        QSignalSpy written(write, &SecretsJob::finished);
        QVERIFY(written.wait(15000));
        QVERIFY(!write->failed());
        int calls = 0;
        bool atOnce = true;
        const auto r = read(p, m_secrets.get(), &calls, &atOnce);
        QVERIFY(r);
        QCOMPARE(calls, 1);
        QVERIFY(r->ok());
        QCOMPARE(r->secret, QStringLiteral("s3cr3t-value"));
        QVERIFY(r->error.isEmpty());
    }

    // The jobs that talk to the tenant fail with the same code and words, before any request.
    // (Each deletes itself after finished(): what it said is taken as it finishes.)
    void jobsSayTheSame()
    {
        const Profile unstored = connected(QStringLiteral("JobsUnstored"));
        Profile loose;
        loose.name = QStringLiteral("JobsLoose");

        const auto ended = [](auto *job) {
            auto said = std::make_shared<QStringList>();
            QObject::connect(job, &std::remove_pointer_t<decltype(job)>::finished, job,
                             [job, said] { *said << job->errorCode() << job->error(); });
            return said;
        };

        const auto pulled = ended(BoundActionJob::pull(unstored, m_secrets.get(), &m_nam, this));
        QTRY_COMPARE_WITH_TIMEOUT(pulled->size(), 2, 15000);
        QCOMPARE(pulled->at(0), QStringLiteral("keychain"));
        QCOMPARE(pulled->at(1), TenantSecret::notStored());

        const auto loosePulled = ended(BoundActionJob::pull(loose, m_secrets.get(), &m_nam, this));
        QTRY_COMPARE_WITH_TIMEOUT(loosePulled->size(), 2, 15000);
        QCOMPARE(loosePulled->at(0), QStringLiteral("not-connected"));
        QCOMPARE(loosePulled->at(1), TenantSecret::notConnected(loose));

        const auto tried = ended(PhoneProviderTryJob::start(
            unstored, QStringLiteral("+14155550100"), {}, m_secrets.get(), &m_nam, this));
        QTRY_COMPARE_WITH_TIMEOUT(tried->size(), 2, 15000);
        QCOMPARE(tried->at(0), QStringLiteral("keychain"));
        QCOMPARE(tried->at(1), TenantSecret::notStored());
    }
};

QTEST_GUILESS_MAIN(TestTenantSecret)
#include "TestTenantSecret.moc"
