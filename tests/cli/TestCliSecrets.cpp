#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// sms-hook-cli as a script would use it: the real binary, a real keychain (gnome-keyring in a
// private D-Bus session), its exit codes, its stderr line and its --json output.
class TestCliSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void usageErrors();
    void profilesAddListRemove();
    void secretsSetListUnset();
    void malformedValueRefused();
    void valueNeverFromArgv();
    void missingSessionBus();

private:
    using Run = CliRunner::Run;
    // env replaces the test's environment when not empty.
    Run cli(const QStringList &args, const QByteArray &stdinData = {},
            const QProcessEnvironment &env = {})
    {
        return CliRunner::run(env.isEmpty() ? environment() : env, args, stdinData, 20000);
    }
    QProcessEnvironment environment() const { return CliRunner::environment(m_config->path()); }

    std::unique_ptr<QTemporaryDir> m_config;
    const QString m_sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
};

void TestCliSecrets::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
}

void TestCliSecrets::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

void TestCliSecrets::usageErrors()
{
    QCOMPARE(cli({}).exitCode, 2);
    Run r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    r = cli({QStringLiteral("profiles"), QStringLiteral("add")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("a/b")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Profile name")));
    r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("P"),
             QStringLiteral("--api-base"), QStringLiteral("http://api.twilio.com")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--api-base"))
            && r.err.contains(QStringLiteral("https")));
    r = cli({QStringLiteral("secrets"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(r.err.contains(QStringLiteral("--profile")));
    QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
}

void TestCliSecrets::profilesAddListRemove()
{
    Run r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Prod"),
                 QStringLiteral("--region"), QStringLiteral("gb"), QStringLiteral("--api-base"),
                 QStringLiteral("http://127.0.0.1:4010"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()
                 .value(QStringLiteral("profile"))
                 .toObject()
                 .value(QStringLiteral("default_region"))
                 .toString(),
             QStringLiteral("GB"));
    r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Prod")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray profiles = r.json().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("api_base_url")).toString(),
             QStringLiteral("http://127.0.0.1:4010"));
    r = cli({QStringLiteral("profiles"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QStringLiteral("Prod")));
    r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Prod"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(r.json().value(QStringLiteral("profiles")).toArray().isEmpty());
    r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Prod")});
    QCOMPARE(r.exitCode, 1);
}

void TestCliSecrets::secretsSetListUnset()
{
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("P")}).exitCode,
             0);
    Run r
        = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--profile"),
               QStringLiteral("P"), QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("--json")},
              m_sid.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.json().value(QStringLiteral("set")).toBool());
    QVERIFY(!r.out.contains(m_sid));

    r = cli({QStringLiteral("secrets"), QStringLiteral("list"), QStringLiteral("--profile"),
             QStringLiteral("P"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(m_sid));
    QMap<QString, bool> set;
    const QJsonArray secrets = r.json().value(QStringLiteral("secrets")).toArray();
    for (const QJsonValue &v : secrets)
        set.insert(v.toObject().value(QStringLiteral("name")).toString(),
                   v.toObject().value(QStringLiteral("set")).toBool());
    QCOMPARE(set.value(QStringLiteral("TWILIO_ACCOUNT_SID")), true);
    QVERIFY(set.contains(QStringLiteral("TWILIO_AUTH_TOKEN")));
    QCOMPARE(set.value(QStringLiteral("TWILIO_AUTH_TOKEN")), false);

    // A custom secret, then unset.
    r = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--profile"),
             QStringLiteral("P"), QStringLiteral("MY_KEY")},
            "custom value");
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("secrets"), QStringLiteral("unset"), QStringLiteral("--profile"),
             QStringLiteral("P"), QStringLiteral("TWILIO_ACCOUNT_SID")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("secrets"), QStringLiteral("list"), QStringLiteral("--profile"),
             QStringLiteral("P")});
    QVERIFY(r.out.contains(QStringLiteral("MY_KEY")));
    QVERIFY(!r.out.contains(QStringLiteral("custom value")));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("TWILIO_ACCOUNT_SID")))
            QVERIFY2(line.contains(QStringLiteral("not set")), qPrintable(line));
    }
    QVERIFY(TestSupport::filesContaining(m_config->path(), m_sid).isEmpty());
    QVERIFY(
        TestSupport::filesContaining(m_config->path(), QStringLiteral("custom value")).isEmpty());
    QVERIFY(TestSupport::countFiles(m_config->path()) > 0); // the settings file exists
}

void TestCliSecrets::malformedValueRefused()
{
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("P")}).exitCode,
             0);
    Run r
        = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--profile"),
               QStringLiteral("P"), QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("--json")},
              m_sid.toUtf8());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("TWILIO_AUTH_TOKEN")));
    QCOMPARE(
        r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("invalid-value"));
    r = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--profile"),
             QStringLiteral("P"), QStringLiteral("TWILIO_PHONE_NUMBER")},
            "415 555 2671");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("E.164")));
    r = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--profile"),
             QStringLiteral("P"), QStringLiteral("BAD-NAME")},
            "x");
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("secrets"), QStringLiteral("list"), QStringLiteral("--profile"),
             QStringLiteral("P"), QStringLiteral("--json")});
    const QJsonArray secrets = r.json().value(QStringLiteral("secrets")).toArray();
    for (const QJsonValue &v : secrets)
        QVERIFY(!v.toObject().value(QStringLiteral("set")).toBool());
}

void TestCliSecrets::valueNeverFromArgv()
{
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("P")}).exitCode,
             0);
    const Run r
        = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--profile"),
               QStringLiteral("P"), QStringLiteral("TWILIO_ACCOUNT_SID"), m_sid});
    QCOMPARE(r.exitCode, 2);
}

void TestCliSecrets::missingSessionBus()
{
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("P")}).exitCode,
             0);
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    const Run r
        = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--profile"),
               QStringLiteral("P"), QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("--json")},
              m_sid.toUtf8(), env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("session bus")), qPrintable(r.err));
    QCOMPARE(
        r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("keychain-no-session-bus"));
    QVERIFY(TestSupport::filesContaining(m_config->path(), m_sid).isEmpty());
    QVERIFY(TestSupport::filesContaining(QDir::homePath(), m_sid).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "TestCliSecrets.moc"
