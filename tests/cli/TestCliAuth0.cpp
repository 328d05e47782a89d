#include "CliRunner.h"

#include "auth0/Auth0Client.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

// sms-hook-cli auth0 connect | status | disconnect, run as a script would, against the simulated
// tenants of `sms-hook-cli sandbox` (a child process) and a real keychain.
using namespace CliRunner;

class TestCliAuth0 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QProcess m_sandbox;
    QJsonObject m_creds;

    QString cred(const char *key) const { return m_creds.value(QLatin1String(key)).toString(); }

    Run connectProfile(const QString &profile, const QString &domain, const QString &clientId,
                       const QString &secret, const QString &baseUrl)
    {
        QStringList args {QStringLiteral("auth0"),       QStringLiteral("connect"),
                          QStringLiteral("--profile"),   profile,
                          QStringLiteral("--domain"),    domain,
                          QStringLiteral("--client-id"), clientId,
                          QStringLiteral("--json")};
        if (!baseUrl.isEmpty())
            args << QStringLiteral("--base-url") << baseUrl;
        return run(m_env, args, secret.toUtf8());
    }
    Run status(const QString &profile)
    {
        return run(m_env,
                   {QStringLiteral("auth0"), QStringLiteral("status"), QStringLiteral("--profile"),
                    profile, QStringLiteral("--json")});
    }
    void addProfile(const QString &name)
    {
        const Run r = run(m_env, {QStringLiteral("profiles"), QStringLiteral("add"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    // Changes the simulated tenant through its Management API, as an administrator would.
    bool setSms(bool enabled)
    {
        Auth0Connection c;
        c.domain = cred("auth0_domain");
        c.clientId = cred("auth0_client_id");
        c.baseUrl = QUrl(cred("auth0_base_url"));
        Auth0Client client(c, cred("auth0_client_secret"));
        Auth0Reply *reply
            = client.send(Auth0Requests::setGuardianFactor(c, QStringLiteral("sms"), enabled));
        QSignalSpy done(reply, &Auth0Reply::finished);
        return done.wait(10000) && reply->isOk();
    }
    static QJsonObject finding(const QJsonObject &doc, const QString &id)
    {
        for (const QJsonValue &v : doc.value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }
    // No file the CLI wrote holds the value.
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
    }
    void cleanupTestCase() { QVERIFY(stopSandbox(m_sandbox)); }

    void connectThenStatusOnEachTenant_data()
    {
        QTest::addColumn<QString>("domainKey");
        QTest::addColumn<QString>("baseKey");
        QTest::addColumn<QString>("mode");
        QTest::newRow("unified") << "auth0_domain"
                                 << "auth0_base_url"
                                 << "unified";
        QTest::newRow("legacy") << "auth0_legacy_domain"
                                << "auth0_legacy_base_url"
                                << "legacy";
    }
    void connectThenStatusOnEachTenant()
    {
        QFETCH(QString, domainKey);
        QFETCH(QString, baseKey);
        QFETCH(QString, mode);
        const QString profile = QStringLiteral("Prod-") + mode;
        addProfile(profile);
        const Run c = connectProfile(profile, cred(qPrintable(domainKey)), cred("auth0_client_id"),
                                     cred("auth0_client_secret"), cred(qPrintable(baseKey)));
        QVERIFY2(c.exitCode == 0, qPrintable(c.err + c.out));
        QCOMPARE(c.json().value(QStringLiteral("missing_scopes")).toArray().size(), 0);
        QVERIFY(c.json()
                    .value(QStringLiteral("granted_scopes"))
                    .toArray()
                    .contains(QStringLiteral("read:actions")));

        const Run s = status(profile);
        QVERIFY2(s.exitCode == 0, qPrintable(s.err + s.out));
        const QJsonObject doc = s.json();
        QCOMPARE(doc.value(QStringLiteral("would_send")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("mode")).toString(), mode);
        QCOMPARE(
            finding(doc, QStringLiteral("binding")).value(QStringLiteral("severity")).toString(),
            QStringLiteral("ok"));
        // The secret went to the keychain, not to a file; no token was written anywhere.
        assertNowhereOnDisk(cred("auth0_client_secret"));
    }

    void plainStatusTellsWhatIsMissingAndExitsOne()
    {
        addProfile(QStringLiteral("Broken"));
        QCOMPARE(connectProfile(QStringLiteral("Broken"), cred("auth0_domain"),
                                cred("auth0_client_id"), cred("auth0_client_secret"),
                                cred("auth0_base_url"))
                     .exitCode,
                 0);
        QVERIFY(setSms(false));
        const Run s = run(m_env,
                          {QStringLiteral("auth0"), QStringLiteral("status"),
                           QStringLiteral("--profile"), QStringLiteral("Broken")});
        QCOMPARE(s.exitCode, 1);
        QVERIFY2(s.out.contains(QLatin1String("Phone Message factor is off")), qPrintable(s.out));
        QVERIFY(s.out.contains(QLatin1String("Security > Multi-factor Auth")));
        // The checklist's item 1 is now the same board.
        const Run check
            = run(m_env,
                  {QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("Broken"),
                   QStringLiteral("--item"), QStringLiteral("tenant"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QLatin1String("Phone Message factor is off")),
                 qPrintable(check.out));
        // Put it back for the other tests.
        QVERIFY(setSms(true));
    }

    void wrongSecretIsRefusedAndNotStored()
    {
        addProfile(QStringLiteral("Typo"));
        const Run c
            = connectProfile(QStringLiteral("Typo"), cred("auth0_domain"), cred("auth0_client_id"),
                             QStringLiteral("not-the-secret"), cred("auth0_base_url"));
        QCOMPARE(c.exitCode, 1);
        QCOMPARE(c.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QStringLiteral("unauthorized"));
        const Run s = status(QStringLiteral("Typo"));
        QCOMPARE(s.exitCode, 1);
        QCOMPARE(s.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QStringLiteral("not-connected"));
    }

    void missingScopeIsReportedWithTheFeature()
    {
        addProfile(QStringLiteral("Limited"));
        const Run c = connectProfile(QStringLiteral("Limited"), cred("auth0_domain"),
                                     cred("auth0_limited_client_id"),
                                     cred("auth0_limited_client_secret"), cred("auth0_base_url"));
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QCOMPARE(c.json().value(QStringLiteral("missing_scopes")).toArray(),
                 QJsonArray {QStringLiteral("update:actions")});
        const QJsonArray blocked = c.json().value(QStringLiteral("blocked_features")).toArray();
        QCOMPARE(blocked.size(), 1);
        QVERIFY(blocked.first()
                    .toObject()
                    .value(QStringLiteral("feature"))
                    .toString()
                    .contains(QLatin1String("Deploy")));
    }

    void unknownDomainAndBadArguments()
    {
        addProfile(QStringLiteral("Nowhere"));
        const Run c = connectProfile(QStringLiteral("Nowhere"), QStringLiteral("no-such.invalid"),
                                     QStringLiteral("client"), QStringLiteral("secret"), QString());
        QCOMPARE(c.exitCode, 1);
        QCOMPARE(c.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QStringLiteral("host-not-found"));

        const Run badDomain
            = connectProfile(QStringLiteral("Nowhere"), QStringLiteral("https://acme.auth0.com/"),
                             QStringLiteral("client"), QStringLiteral("s"), QString());
        QCOMPARE(badDomain.exitCode, 2);
        QVERIFY(badDomain.err.contains(QLatin1String("Auth0 domain")));

        const Run remote = connectProfile(
            QStringLiteral("Nowhere"), QStringLiteral("acme.auth0.com"), QStringLiteral("client"),
            QStringLiteral("s"), QStringLiteral("http://proxy.example.com"));
        QCOMPARE(remote.exitCode, 2);
        QVERIFY(remote.err.contains(QLatin1String("loopback")));
    }

    void disconnectForgetsTheTenant()
    {
        addProfile(QStringLiteral("Leaving"));
        QCOMPARE(connectProfile(QStringLiteral("Leaving"), cred("auth0_domain"),
                                cred("auth0_client_id"), cred("auth0_client_secret"),
                                cred("auth0_base_url"))
                     .exitCode,
                 0);
        const Run d = run(m_env,
                          {QStringLiteral("auth0"), QStringLiteral("disconnect"),
                           QStringLiteral("--profile"), QStringLiteral("Leaving")});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QCOMPARE(status(QStringLiteral("Leaving")).exitCode, 1);
        const Run list = run(
            m_env, {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &v : list.json().value(QStringLiteral("profiles")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("name")).toString() == QLatin1String("Leaving")) {
                found = true;
                QVERIFY(!p.contains(QStringLiteral("auth0")));
            } else if (p.value(QStringLiteral("name")).toString() == QLatin1String("Limited")) {
                QCOMPARE(
                    p.value(QStringLiteral("auth0")).toObject().value(QStringLiteral("domain")),
                    cred("auth0_domain"));
            }
        }
        QVERIFY(found);
    }

    void deployPullAndRollBack()
    {
        addProfile(QStringLiteral("Deployer"));
        QCOMPARE(connectProfile(QStringLiteral("Deployer"), cred("auth0_domain"),
                                cred("auth0_client_id"), cred("auth0_client_secret"),
                                cred("auth0_base_url"))
                     .exitCode,
                 0);
        setSecret(m_env, QStringLiteral("Deployer"), QStringLiteral("TWILIO_ACCOUNT_SID"),
                  cred("account_sid"));
        setSecret(m_env, QStringLiteral("Deployer"), QStringLiteral("TWILIO_AUTH_TOKEN"),
                  cred("auth_token"));
        setSecret(m_env, QStringLiteral("Deployer"), QStringLiteral("TWILIO_PHONE_NUMBER"),
                  cred("phone_number"));
        const QStringList profile {QStringLiteral("--profile"), QStringLiteral("Deployer")};
        const Run pulled
            = run(m_env, QStringList {QStringLiteral("action"), QStringLiteral("pull")} + profile);
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
        QVERIFY(pulled.out.startsWith(QLatin1String("/**"))); // the code, nothing else
        QVERIFY(pulled.out.contains(QLatin1String("exports.onExecuteCustomPhoneProvider")));

        const QString file = m_root.filePath(QStringLiteral("action.js"));
        QString changed = pulled.out;
        changed.replace(QStringLiteral("body: notification.as_text"),
                        QStringLiteral("body: String(notification.as_text)"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(changed.toUtf8());
        f.close();
        const Run deployed = run(m_env,
                                 QStringList {QStringLiteral("action"), QStringLiteral("deploy"),
                                              file, QStringLiteral("--json")}
                                     + profile);
        QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.err + deployed.out));
        const QJsonArray steps = deployed.json().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 8);
        for (const QJsonValue &step : steps)
            QCOMPARE(step.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("done"));
        const int version = deployed.json()
                                .value(QStringLiteral("action"))
                                .toObject()
                                .value(QStringLiteral("version"))
                                .toInt();
        QVERIFY(version >= 2);
        QCOMPARE(status(QStringLiteral("Deployer")).exitCode, 0);
        const Run again
            = run(m_env, QStringList {QStringLiteral("action"), QStringLiteral("pull")} + profile);
        QCOMPARE(again.out, changed);

        const Run rolled = run(m_env,
                               QStringList {QStringLiteral("action"), QStringLiteral("rollback"),
                                            QStringLiteral("--json")}
                                   + profile);
        QVERIFY2(rolled.exitCode == 0, qPrintable(rolled.err));
        QCOMPARE(rolled.json().value(QStringLiteral("code_of_version")).toInt(), version - 1);
        QCOMPARE(rolled.json().value(QStringLiteral("version")).toInt(), version + 1);
        QVERIFY(
            run(m_env, QStringList {QStringLiteral("action"), QStringLiteral("pull")} + profile).out
            != changed);

        // A legacy hook is refused with the way forward, and nothing is written.
        QFile hook(m_root.filePath(QStringLiteral("hook.js")));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write("module.exports = function (recipient, text, context, cb) { cb(); };\n");
        hook.close();
        const Run refused
            = run(m_env,
                  QStringList {QStringLiteral("action"), QStringLiteral("deploy"), hook.fileName()}
                      + profile);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("Convert it to an Action")),
                 qPrintable(refused.err));
    }

    void testRemoteRunsTheDraft()
    {
        addProfile(QStringLiteral("Tester"));
        QCOMPARE(connectProfile(QStringLiteral("Tester"), cred("auth0_domain"),
                                cred("auth0_client_id"), cred("auth0_client_secret"),
                                cred("auth0_base_url"))
                     .exitCode,
                 0);
        const QStringList base {QStringLiteral("action"), QStringLiteral("test-remote"),
                                QStringLiteral("--profile"), QStringLiteral("Tester")};
        // The tenant's draft runs with the event for its trigger; its Twilio message is reported.
        const Run ok
            = run(m_env,
                  base
                      + QStringList {QStringLiteral("--to"), QStringLiteral("+14155552671"),
                                     QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err + ok.out));
        const QJsonObject doc = ok.json();
        QCOMPARE(doc.value(QStringLiteral("trigger")).toString(),
                 QStringLiteral("custom-phone-provider"));
        QCOMPARE(doc.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("event"))
                     .toObject()
                     .value(QStringLiteral("notification"))
                     .toObject()
                     .value(QStringLiteral("recipient"))
                     .toString(),
                 QStringLiteral("+14155552671"));
        const QJsonObject result = doc.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        const QJsonArray sids = result.value(QStringLiteral("twilio_message_sids")).toArray();
        QCOMPARE(sids.size(), 1);
        QVERIFY(sids.first().toString().startsWith(QLatin1String("SM")));

        // A draft that throws, written first with --update-draft: exit 1 with the code's error.
        const QString file = m_root.filePath(QStringLiteral("throwing.js"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("exports.onExecuteCustomPhoneProvider = async () => {\n"
                "  const e = new Error('closed for the night'); e.code = 'E_CLOSED'; throw e;\n"
                "};\n");
        f.close();
        const Run threw = run(
            m_env,
            base
                + QStringList {QStringLiteral("--to"), QStringLiteral("+14155552671"),
                               QStringLiteral("--code"), file, QStringLiteral("--update-draft")});
        QCOMPARE(threw.exitCode, 1);
        QVERIFY2(threw.out.contains(QLatin1String("E_CLOSED closed for the night")),
                 qPrintable(threw.out + threw.err));
        QVERIFY2(threw.out.contains(QLatin1String("updated draft")), qPrintable(threw.out));

        // --update-draft without --code is a usage error naming the fix.
        const Run usage
            = run(m_env,
                  base
                      + QStringList {QStringLiteral("--to"), QStringLiteral("+14155552671"),
                                     QStringLiteral("--update-draft")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QLatin1String("add --code FILE")), qPrintable(usage.err));
    }

    void tenantLogsSyncStoresOnceAndResumes()
    {
        addProfile(QStringLiteral("Logs"));
        QCOMPARE(connectProfile(QStringLiteral("Logs"), cred("auth0_domain"),
                                cred("auth0_client_id"), cred("auth0_client_secret"),
                                cred("auth0_base_url"))
                     .exitCode,
                 0);
        const QString since
            = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
        const QStringList args {QStringLiteral("auth0"),
                                QStringLiteral("logs"),
                                QStringLiteral("sync"),
                                QStringLiteral("--profile"),
                                QStringLiteral("Logs"),
                                QStringLiteral("--since"),
                                since,
                                QStringLiteral("--json")};
        const Run first = run(m_env, args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        const QJsonObject doc = first.json();
        QCOMPARE(doc.value(QStringLiteral("ok")).toBool(), true);
        // The Wired tenant's MFA send and failed send of the last hour.
        QVERIFY2(doc.value(QStringLiteral("stored")).toInt() >= 2, qPrintable(first.out));
        QCOMPARE(doc.value(QStringLiteral("since")).toString(), since);

        // Again, without --since: continues from the checkpoint, stores nothing twice.
        const Run again
            = run(m_env,
                  {QStringLiteral("auth0"), QStringLiteral("logs"), QStringLiteral("sync"),
                   QStringLiteral("--profile"), QStringLiteral("Logs"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QCOMPARE(again.json().value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("since")).toString(), since);
        assertNowhereOnDisk(cred("auth0_client_secret"));

        // Plain text names what happened.
        const Run plain
            = run(m_env,
                  {QStringLiteral("auth0"), QStringLiteral("logs"), QStringLiteral("sync"),
                   QStringLiteral("--profile"), QStringLiteral("Logs")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(QLatin1String("Synced the tenant log of Logs")),
                 qPrintable(plain.out));
    }

    void tenantLogsSyncRefusesBadInput()
    {
        const Run bad
            = run(m_env,
                  {QStringLiteral("auth0"), QStringLiteral("logs"), QStringLiteral("sync"),
                   QStringLiteral("--profile"), QStringLiteral("Logs"), QStringLiteral("--since"),
                   QStringLiteral("yesterday")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--since")), qPrintable(bad.err));
        addProfile(QStringLiteral("Unlinked"));
        const Run unlinked
            = run(m_env,
                  {QStringLiteral("auth0"), QStringLiteral("logs"), QStringLiteral("sync"),
                   QStringLiteral("--profile"), QStringLiteral("Unlinked")});
        QCOMPARE(unlinked.exitCode, 1);
        QVERIFY2(unlinked.err.contains(QLatin1String("not connected")), qPrintable(unlinked.err));
        const Run verb
            = run(m_env, {QStringLiteral("auth0"), QStringLiteral("logs"), QStringLiteral("list")});
        QCOMPARE(verb.exitCode, 2);
    }

    void builtInSandboxProfileIsConnected()
    {
        const Run add = run(m_env, {QStringLiteral("profiles"), QStringLiteral("add-sandbox")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const Run s = status(QStringLiteral("Sandbox"));
        QVERIFY2(s.exitCode == 0, qPrintable(s.err + s.out));
        QCOMPARE(s.json().value(QStringLiteral("domain")).toString(), cred("auth0_domain"));
    }
};

QTEST_GUILESS_MAIN(TestCliAuth0)
#include "TestCliAuth0.moc"
