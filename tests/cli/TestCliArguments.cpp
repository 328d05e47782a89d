#include "CliRunner.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

// The command line's own rules, shared by every command (CliApp::parse): an option given twice,
// the wrong count of arguments, a number out of range and a value that looks like an option are
// usage errors (exit 2) that say what to change, before anything is read, written or sent.
class TestCliArguments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void repeatedOptionRefused_data();
    void repeatedOptionRefused();
    void argumentCountNamesWhatIsMissing_data();
    void argumentCountNamesWhatIsMissing();
    void numbersOutOfRange_data();
    void numbersOutOfRange();
    void minusNumberIsNotOptions();

private:
    CliRunner::Run cli(const QStringList &args)
    {
        QProcessEnvironment env = CliRunner::environment(m_dir->path());
        env.insert(QStringLiteral("SMSHOOK_LOG_PATH"),
                   m_dir->filePath(QStringLiteral("log.sqlite")));
        return CliRunner::run(env, args);
    }
    // Nothing at all was written: no settings, no log.
    void expectNothingTouched() const { QCOMPARE(TestSupport::countFiles(m_dir->path()), 0); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliArguments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliArguments::repeatedOptionRefused_data()
{
    // Every option that takes a value, of every command: the command, its other arguments and
    // the option repeated with two values.
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("option");
    const QString n1 = QStringLiteral("+14155552671");
    const QString sid = QStringLiteral("SM") + QString(32, QLatin1Char('0'));
    const struct
    {
        QStringList command;
        QStringList options;
    } commands[] = {
        {{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("P")},
         {QStringLiteral("region"), QStringLiteral("api-base"), QStringLiteral("verify-base")}},
        {{QStringLiteral("secrets"), QStringLiteral("list")}, {QStringLiteral("profile")}},
        {{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("TWILIO_AUTH_TOKEN")},
         {QStringLiteral("profile")}},
        {{QStringLiteral("secrets"), QStringLiteral("unset"), QStringLiteral("X")},
         {QStringLiteral("profile")}},
        {{QStringLiteral("phone"), n1}, {QStringLiteral("region")}},
        {{QStringLiteral("send")},
         {QStringLiteral("profile"), QStringLiteral("to"), QStringLiteral("body")}},
        {{QStringLiteral("verify")},
         {QStringLiteral("profile"), QStringLiteral("to"), QStringLiteral("code"),
          QStringLiteral("locale")}},
        {{QStringLiteral("status"), sid}, {QStringLiteral("profile")}},
        {{QStringLiteral("sandbox")}, {QStringLiteral("port"), QStringLiteral("time-scale")}},
        {{QStringLiteral("lint"), QStringLiteral("hook.js")},
         {QStringLiteral("profile"), QStringLiteral("trigger"), QStringLiteral("runtime"),
          QStringLiteral("twilio-version")}},
        {{QStringLiteral("action"), QStringLiteral("convert"), QStringLiteral("hook.js")},
         {QStringLiteral("trigger"), QStringLiteral("output")}},
        {{QStringLiteral("run-hook"), QStringLiteral("hook.js")},
         {QStringLiteral("profile"), QStringLiteral("to"), QStringLiteral("text"),
          QStringLiteral("context"), QStringLiteral("timeout-ms")}},
        {{QStringLiteral("logs"), QStringLiteral("list")},
         {QStringLiteral("profile"), QStringLiteral("status"), QStringLiteral("outcome"),
          QStringLiteral("api"), QStringLiteral("source"), QStringLiteral("since"),
          QStringLiteral("until"), QStringLiteral("to"), QStringLiteral("error"),
          QStringLiteral("search"), QStringLiteral("limit")}},
        {{QStringLiteral("logs"), QStringLiteral("export")},
         {QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("profile")}},
        {{QStringLiteral("logs"), QStringLiteral("sync")},
         {QStringLiteral("profile"), QStringLiteral("since"), QStringLiteral("until"),
          QStringLiteral("page-size")}},
        {{QStringLiteral("check")},
         {QStringLiteral("profile"), QStringLiteral("to"), QStringLiteral("item")}},
    };
    for (const auto &c : commands) {
        for (const QString &option : c.options)
            QTest::addRow("%s --%s", qPrintable(c.command.join(QLatin1Char(' '))),
                          qPrintable(option))
                << c.command << option;
    }
}

void TestCliArguments::repeatedOptionRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, option);
    // Both forms, --name value and --name=value.
    const QStringList args = command
        + QStringList {QStringLiteral("--") + option, QStringLiteral("1"),
                       QStringLiteral("--%1=2").arg(option), QStringLiteral("--json")};
    const CliRunner::Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("--%1 is given 2 times (1, 2); give it once").arg(option)),
        qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("usage")));
    expectNothingTouched();
}

void TestCliArguments::argumentCountNamesWhatIsMissing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("never");
    const QString names = QStringLiteral("name(s)");
    QTest::newRow("phone, none") << QStringList {QStringLiteral("phone")}
                                 << QStringLiteral("give the phone number") << names;
    QTest::newRow("phone, two") << QStringList {QStringLiteral("phone"), QStringLiteral("+1"),
                                                QStringLiteral("+2")}
                                << QStringLiteral("give one phone number, not 2 (+1, +2)") << names;
    QTest::newRow("status") << QStringList {QStringLiteral("status")}
                            << QStringLiteral("give the message SID") << names;
    QTest::newRow("lint") << QStringList {QStringLiteral("lint")}
                          << QStringLiteral("give the code file") << names;
    QTest::newRow("action convert")
        << QStringList {QStringLiteral("action"), QStringLiteral("convert"),
                        QStringLiteral("--trigger"), QStringLiteral("send-phone-message")}
        << QStringLiteral("give the hook file") << names;
    QTest::newRow("run-hook") << QStringList {QStringLiteral("run-hook"), QStringLiteral("a.js"),
                                              QStringLiteral("b.js")}
                              << QStringLiteral("give one hook file, not 2") << names;
    QTest::newRow("profiles add") << QStringList {QStringLiteral("profiles"), QStringLiteral("add")}
                                  << QStringLiteral("give the profile name") << names;
    QTest::newRow("secrets set") << QStringList {QStringLiteral("secrets"), QStringLiteral("set"),
                                                 QStringLiteral("--profile"), QStringLiteral("P")}
                                 << QStringLiteral("give the secret name") << names;
    QTest::newRow("send, stray word")
        << QStringList {QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+1"),
                        QStringLiteral("hello")}
        << QStringLiteral("takes no arguments, but got \"hello\"") << names;
}

void TestCliArguments::argumentCountNamesWhatIsMissing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QFETCH(QString, never);
    const CliRunner::Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(!r.err.contains(never), qPrintable(r.err));
    expectNothingTouched();
}

void TestCliArguments::numbersOutOfRange_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QStringList runHook {QStringLiteral("run-hook"), QStringLiteral("hook.js"),
                               QStringLiteral("--to"), QStringLiteral("+14155552671")};
    QTest::newRow("timeout too large")
        << runHook + QStringList {QStringLiteral("--timeout-ms"), QStringLiteral("99999999999")}
        << QStringLiteral("--timeout-ms: \"99999999999\" is not a whole number from 1 to 600000");
    QTest::newRow("timeout zero") << runHook
            + QStringList {QStringLiteral("--timeout-ms"), QStringLiteral("0")}
                                  << QStringLiteral("from 1 to 600000");
    QTest::newRow("timeout not a number")
        << runHook + QStringList {QStringLiteral("--timeout-ms"), QStringLiteral("20s")}
        << QStringLiteral("\"20s\" is not a whole number");
    QTest::newRow("limit negative")
        << QStringList {QStringLiteral("logs"), QStringLiteral("list"), QStringLiteral("--limit"),
                        QStringLiteral("-3")}
        << QStringLiteral("--limit: \"-3\" is not a whole number from 0");
    QTest::newRow("page size")
        << QStringList {QStringLiteral("logs"),        QStringLiteral("sync"),
                        QStringLiteral("--profile"),   QStringLiteral("P"),
                        QStringLiteral("--since"),     QStringLiteral("2024-05-01"),
                        QStringLiteral("--page-size"), QStringLiteral("5000")}
        << QStringLiteral("--page-size: \"5000\" is not a whole number from 1 to 1000");
}

void TestCliArguments::numbersOutOfRange()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const CliRunner::Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("positive")), qPrintable(r.err));
}

void TestCliArguments::minusNumberIsNotOptions()
{
    CliRunner::Run r = cli({QStringLiteral("phone"), QStringLiteral("-14155552671")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QLatin1String("\"-14155552671\" is not an option")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("+14155552671")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Unknown option")), qPrintable(r.err));
    // After --, it is the argument, and the number's own rule answers.
    r = cli({QStringLiteral("phone"), QStringLiteral("--"), QStringLiteral("-14155552671")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("cannot start with -")), qPrintable(r.err));
    // A real unknown option is still named as such.
    r = cli({QStringLiteral("phone"), QStringLiteral("+14155552671"), QStringLiteral("--regoin"),
             QStringLiteral("US")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("regoin")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "TestCliArguments.moc"
