#include "CliRunner.h"

#include "auth0/Auth0Client.h"
#include "auth0/MfaSetup.h"
#include "sandbox/Auth0SandboxFixtures.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

// sms-hook-cli auth0 test-mfa, run as a script would: the built-in Sandbox profile end to end
// (the code read from the simulated handset), and the console's own test application and user
// set up and removed on the simulated tenant of `sms-hook-cli sandbox`, with a real keychain.
using namespace CliRunner;
using namespace Qt::StringLiterals;

class TestCliMfa : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QProcess m_sandbox;
    QJsonObject m_creds;

    QString cred(const char *key) const { return m_creds.value(QLatin1String(key)).toString(); }
    Auth0Connection tenant() const
    {
        Auth0Connection c;
        c.domain = cred("auth0_domain");
        c.clientId = cred("auth0_client_id");
        c.baseUrl = QUrl(cred("auth0_base_url"));
        return c;
    }
    // A Management API read of the simulated tenant, as an administrator would look.
    QPair<int, QJsonValue> get(const QString &path)
    {
        Auth0Client client(tenant(), cred("auth0_client_secret"));
        Auth0Request r;
        r.url = Auth0Requests::buildUrl(tenant(), QStringLiteral("/api/v2") + path);
        Auth0Reply *reply = client.send(r);
        QSignalSpy done(reply, &Auth0Reply::finished);
        done.wait(10000);
        return {reply->httpStatus(), reply->json()};
    }
    void assertNowhereOnDisk(const QString &value)
    {
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(value.toUtf8()), qPrintable(f.fileName()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_env = environment(m_root.path());
        m_sandbox.setProcessEnvironment(m_env);
        startSandbox(m_sandbox, m_creds, {QStringLiteral("--time-scale"), QStringLiteral("0.05")});
        QVERIFY(!cred("auth0_base_url").isEmpty());
        const Run add = run(m_env, {QStringLiteral("profiles"), QStringLiteral("add-sandbox")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }
    void cleanupTestCase() { QVERIFY(stopSandbox(m_sandbox)); }

    void sandboxProfileCompletesTheLogin_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("ending");
        QTest::newRow("enrolled phone") << "+14155550100"
                                        << "challenge"
                                        << "gd_auth_succeed";
        QTest::newRow("new phone") << "+14155552671"
                                   << "enrol"
                                   << "gd_enrollment_complete";
    }
    void sandboxProfileCompletesTheLogin()
    {
        QFETCH(QString, to);
        QFETCH(QString, path);
        QFETCH(QString, ending);
        const Run r
            = run(m_env,
                  {QStringLiteral("auth0"), QStringLiteral("test-mfa"), QStringLiteral("--profile"),
                   QStringLiteral("Sandbox"), QStringLiteral("--to"), to, QStringLiteral("--json")},
                  {}, 60000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject t = r.json();
        QCOMPARE(t.value(u"ok"_s).toBool(), true);
        QCOMPARE(t.value(u"path"_s).toString(), path);
        QCOMPARE(t.value(u"login_completed"_s).toBool(), true);
        QVERIFY(!t.value(u"code"_s).toString().isEmpty());
        const QJsonObject message = t.value(u"message"_s).toObject();
        QVERIFY(message.value(u"sid"_s).toString().startsWith(u"SM"_s));
        const QJsonArray statuses = message.value(u"statuses"_s).toArray();
        QCOMPARE(statuses.last().toObject().value(u"status"_s).toString(), u"delivered"_s);
        QStringList types;
        for (const QJsonValue &e : t.value(u"log_events"_s).toArray())
            types << e.toObject().value(u"type"_s).toString();
        QVERIFY2(types.contains(u"gd_send_sms"_s), qPrintable(types.join(u',')));
        QVERIFY(types.contains(ending));
        for (const QJsonValue &s : t.value(u"steps"_s).toArray())
            QVERIFY(!s.toObject().value(u"at"_s).toString().isEmpty());
        // The sandbox user's password and the test application's secret are nowhere.
        QVERIFY(!r.out.contains(Auth0SandboxFixtures::enrolledTestUser().password));
        QVERIFY(!r.out.contains(Auth0SandboxFixtures::testApplication().clientSecret));
        assertNowhereOnDisk(Auth0SandboxFixtures::enrolledTestUser().password);
        assertNowhereOnDisk(Auth0SandboxFixtures::testApplication().clientSecret);
    }

    void setupAndRemovalWriteWhatWasAnnounced()
    {
        const QString profile = QStringLiteral("Prod");
        QCOMPARE(run(m_env, {u"profiles"_s, u"add"_s, profile}).exitCode, 0);
        const Run connected = run(m_env,
                                  {u"auth0"_s, u"connect"_s, u"--profile"_s, profile, u"--domain"_s,
                                   cred("auth0_domain"), u"--client-id"_s, cred("auth0_client_id"),
                                   u"--base-url"_s, cred("auth0_base_url")},
                                  cred("auth0_client_secret").toUtf8());
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        const QJsonArray before = get(u"/connections?strategy=auth0"_s).second.toArray();

        // Without --yes nothing is written; the plan says what would be.
        const QStringList setup {u"auth0"_s, u"test-mfa"_s,     u"--profile"_s, profile,
                                 u"--to"_s,  u"+14155552671"_s, u"--setup"_s,   u"--json"_s};
        const Run refused = run(m_env, setup);
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject plan = refused.json().value(u"plan"_s).toObject();
        QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"not-confirmed"_s);
        QCOMPARE(plan.value(u"application_name"_s).toString(),
                 u"SMS Hook Console MFA test (Prod)"_s);
        QCOMPARE(plan.value(u"writes"_s).toArray().size(), 3);
        QCOMPARE(plan.value(u"connection"_s).toString(), u"Username-Password-Authentication"_s);

        // With --yes: written, then the test runs; the code typed here is wrong on purpose (only
        // the built-in profile has a handset), so Auth0 refuses it.
        const Run done = run(m_env, QStringList(setup) << u"--yes"_s, "000000\n", 60000);
        QCOMPARE(done.exitCode, 1);
        const QJsonObject t = done.json();
        QCOMPARE(t.value(u"path"_s).toString(), u"enrol"_s);
        QVERIFY2(t.value(u"problem"_s).toObject().value(u"code"_s).toString() == u"wrong-code"_s,
                 qPrintable(done.out + done.err));

        // The removal plan names what the set-up created; the tenant holds exactly that.
        const QStringList remove {u"auth0"_s, u"test-mfa"_s, u"--profile"_s,
                                  profile,    u"--remove"_s, u"--json"_s};
        const Run announced = run(m_env, remove);
        QCOMPARE(announced.exitCode, 1);
        const QJsonObject removal = announced.json().value(u"plan"_s).toObject();
        const QString clientId = removal.value(u"client_id"_s).toString();
        const QString userId = removal.value(u"user_id"_s).toString();
        QVERIFY(!clientId.isEmpty());
        QVERIFY(userId.startsWith(u"auth0|"_s));
        const auto app = get(u"/clients/"_s + clientId);
        QCOMPARE(app.first, 200);
        QCOMPARE(app.second.toObject().value(u"name"_s).toString(),
                 plan.value(u"application_name"_s).toString());
        QCOMPARE(app.second.toObject().value(u"grant_types"_s).toArray(),
                 plan.value(u"grant_types"_s).toArray());
        const QString connectionId = plan.value(u"connection_id"_s).toString();
        const QJsonArray enabled = get(u"/connections/"_s + connectionId + u"/clients"_s)
                                       .second.toObject()
                                       .value(u"clients"_s)
                                       .toArray();
        QVERIFY(enabled.contains(QJsonObject {{u"client_id"_s, clientId}}));
        QCOMPARE(get(u"/connections?strategy=auth0"_s).second.toArray().size(), before.size());

        const Run removed = run(m_env, QStringList(remove) << u"--yes"_s);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(get(u"/clients/"_s + clientId).first, 404);
        const QJsonArray after = get(u"/connections/"_s + connectionId + u"/clients"_s)
                                     .second.toObject()
                                     .value(u"clients"_s)
                                     .toArray();
        QVERIFY(!after.contains(QJsonObject {{u"client_id"_s, clientId}}));
        // Nothing is left to remove.
        const Run again = run(m_env, remove);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.json().value(u"removed"_s).toObject().value(u"writes"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliMfa)
#include "TestCliMfa.moc"
