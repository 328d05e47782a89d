#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// sms-hook-cli check as a CI pipeline uses it: the real binary against `sms-hook-cli sandbox`
// running as another process, the profile and its secrets set through the CLI itself into a
// real (throwaway) keychain. Exit 0 when no item fails, 1 when one does; --json has the items.
class TestCliCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void goodProfilePasses();
    void wrongTokenFails();
    void jsonHasTheItems();
    void oneItem();
    void builtInSandboxProfile();
    void usageErrors();

private:
    using Run = CliRunner::Run;
    QProcessEnvironment environment() const;
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return CliRunner::run(environment(), args, stdinData);
    }
    void setSecret(const QString &name, const QString &value)
    {
        CliRunner::setSecret(environment(), QStringLiteral("X"), name, value);
    }
    static QStringList check(const QStringList &more = {});
    static QJsonObject item(const QJsonObject &doc, const QString &id);

    std::unique_ptr<QTemporaryDir> m_config;
    QProcess m_sandbox;
    QJsonObject m_credentials; // the sandbox's first line
};

void TestCliCheck::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
    CliRunner::startSandbox(m_sandbox, m_credentials);
    QVERIFY(m_credentials.value(QStringLiteral("base_url"))
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1:")));
}

void TestCliCheck::cleanupTestCase()
{
    QVERIFY(CliRunner::stopSandbox(m_sandbox));
}

void TestCliCheck::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    // The phone number is the only sender: no Verify service SID.
    CliRunner::addProfile(environment(), QStringLiteral("X"),
                          m_credentials.value(QStringLiteral("base_url")).toString(), m_credentials,
                          {QStringLiteral("TWILIO_ACCOUNT_SID"),
                           QStringLiteral("TWILIO_AUTH_TOKEN"),
                           QStringLiteral("TWILIO_PHONE_NUMBER")},
                          {QStringLiteral("--region"), QStringLiteral("US")});
}

QProcessEnvironment TestCliCheck::environment() const
{
    QProcessEnvironment env = CliRunner::environment(m_config->path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

QStringList TestCliCheck::check(const QStringList &more)
{
    return QStringList {QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("X"),
                        QStringLiteral("--to"), QStringLiteral("+14155552671")}
    + more;
}

QJsonObject TestCliCheck::item(const QJsonObject &doc, const QString &id)
{
    const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

void TestCliCheck::goodProfilePasses()
{
    const Run r = cli(check());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // One line per item, in the list's order, each with its mark.
    QStringList itemLines;
    for (const QString &line : lines) {
        if (line.size() > 3 && line.at(2).isDigit())
            itemLines << line;
    }
    QCOMPARE(itemLines.size(), 7);
    for (int i = 0; i < 7; ++i)
        QVERIFY2(itemLines.at(i).mid(2).startsWith(QString::number(i + 1) + QLatin1Char('.')),
                 qPrintable(itemLines.at(i)));
    QVERIFY(itemLines.at(2).startsWith(QStringLiteral("\u2714 3. ")));
    QVERIFY(itemLines.at(0).startsWith(QStringLiteral("? 1. ")));
    QVERIFY(r.out.contains(QStringLiteral("belongs to the account and can send SMS")));
}

void TestCliCheck::wrongTokenFails()
{
    const QString token = QStringLiteral("0123456789abcdef0123456789abcdef");
    setSecret(QStringLiteral("TWILIO_AUTH_TOKEN"), token);
    const Run r = cli(check());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("\u2716 3. ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("20003")));
    QVERIFY(r.out.contains(QStringLiteral("4. The sender belongs to the account: Needs working "
                                          "credentials (item 3).")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line saying why
    QVERIFY(!r.out.contains(token) && !r.err.contains(token));

    const Run json = cli(check({QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(item(json.json(), QStringLiteral("credentials")).value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("fail")));
    QCOMPARE(item(json.json(), QStringLiteral("trial")).value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("not-checked")));
    QVERIFY(!json.out.contains(token));
}

void TestCliCheck::jsonHasTheItems()
{
    const Run r = cli(check({QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    const QJsonObject o = doc.object();
    QVERIFY(o.value(QStringLiteral("ok")).toBool());
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 7);
    QStringList ids;
    for (const QJsonValue &v : items) {
        const QJsonObject i = v.toObject();
        ids << i.value(QStringLiteral("id")).toString();
        QVERIFY(!i.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!i.value(QStringLiteral("finding")).toString().isEmpty());
        QVERIFY(i.value(QStringLiteral("fixes")).isArray());
    }
    QCOMPARE(ids,
             (QStringList {QStringLiteral("tenant"), QStringLiteral("secrets"),
                           QStringLiteral("credentials"), QStringLiteral("sender"),
                           QStringLiteral("e164"), QStringLiteral("trial"),
                           QStringLiteral("last-send")}));
    QCOMPARE(item(o, QStringLiteral("tenant")).value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("manual")));
    QCOMPARE(item(o, QStringLiteral("sender")).value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("pass")));
    // Out of the box (the template the Hook code page opens, no code saved) the secrets pass.
    QCOMPARE(item(o, QStringLiteral("secrets")).value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("pass")));
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("pass")).toInt(),
             5);
    QVERIFY(!r.out.contains(m_credentials.value(QStringLiteral("auth_token")).toString()));
}

void TestCliCheck::oneItem()
{
    // By number or by id; the number not owned by the account fails item 4 alone.
    setSecret(QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("+14155550199"));
    Run r = cli(
        check({QStringLiteral("--item"), QStringLiteral("sender"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject sender = items.first().toObject();
    QCOMPARE(sender.value(QStringLiteral("state")).toString(), QStringLiteral("fail"));
    QVERIFY(sender.value(QStringLiteral("finding"))
                .toString()
                .contains(QStringLiteral("not a phone number of this account")));
    r = cli(check({QStringLiteral("--item"), QStringLiteral("3")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("3. The credentials work")));
    QVERIFY(!r.out.contains(QStringLiteral("4. ")));
}

void TestCliCheck::builtInSandboxProfile()
{
    Run r = cli({QStringLiteral("profiles"), QStringLiteral("add-sandbox")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("Sandbox"),
             QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(item(r.json(), QStringLiteral("credentials")).value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("pass")));
    // The recipient is remembered for the profile.
    r = cli({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("Sandbox"),
             QStringLiteral("--json"), QStringLiteral("--item"), QStringLiteral("e164")});
    QCOMPARE(r.json().value(QStringLiteral("to")).toString(), QStringLiteral("+14155552671"));
}

void TestCliCheck::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("check")}).exitCode, 2); // no --profile
    QCOMPARE(cli(check({QStringLiteral("--item"), QStringLiteral("9")})).exitCode, 2);
    const Run missing
        = cli({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("Nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("Nope")));
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "TestCliCheck.moc"
