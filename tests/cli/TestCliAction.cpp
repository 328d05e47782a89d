#include "CliRunner.h"
#include "ConversionCases.h"
#include "hook/ActionConverter.h"
#include "hook/HookTemplates.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// sms-hook-cli action convert and lint on Actions, as a script uses them: the real binary, its
// exit codes, standard output and error, and the files it writes. Neither reads the keychain.
class TestCliAction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void convertCases_data();
    void convertCases();
    void convertToStandardOutput();
    void convertRefused_data();
    void convertRefused();
    void lintForTheTenant();
    void lintOptionsChecked_data();
    void lintOptionsChecked();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &args)
    {
        return CliRunner::run(CliRunner::environment(m_dir.path()), args);
    }
    QString writeFile(const QString &name, const QString &text);

    QTemporaryDir m_dir;
};

namespace {

const QString Spm = Auth0Triggers::SendPhoneMessage;
const QString Cpp = Auth0Triggers::CustomPhoneProvider;

QStringList kinds(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v.toObject().value(QStringLiteral("kind")).toString();
    return out;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

void TestCliAction::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("P")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QString TestCliAction::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

void TestCliAction::convertCases_data()
{
    QTest::addColumn<int>("index");
    const QList<ConversionCases::Case> all = ConversionCases::all();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void TestCliAction::convertCases()
{
    QFETCH(int, index);
    const ConversionCases::Case c = ConversionCases::all().at(index);
    const QString stem = QString(c.name).replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString hook = writeFile(stem + QStringLiteral(".hook.js"), c.hookSource);
    const QString action = m_dir.filePath(stem + QStringLiteral(".action.js"));
    const Run r = cli({QStringLiteral("action"), QStringLiteral("convert"), hook,
                       QStringLiteral("--trigger"), c.trigger, QStringLiteral("--output"), action,
                       QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("trigger")).toString(), c.trigger);
    QCOMPARE(json.value(QStringLiteral("output")).toString(), action);
    QVERIFY(!json.contains(QStringLiteral("code"))); // it is in the file
    QCOMPARE(kinds(json.value(QStringLiteral("unmapped")).toArray()), c.unmapped);
    QCOMPARE(kinds(json.value(QStringLiteral("notes")).toArray()), c.notes);
    // The file holds what the core converts, readable by its owner only.
    QCOMPARE(readFile(action), ActionConverter::convert(c.hookSource, c.trigger).code);
    QCOMPARE(QFileInfo(action).permissions() & 0x0077, QFileDevice::Permissions());
    // What was not converted is on stderr, with the line in the file.
    for (const QJsonValue &v : json.value(QStringLiteral("unmapped")).toArray())
        QVERIFY2(r.err.contains(QStringLiteral("%1:%2: not converted: ")
                                    .arg(action)
                                    .arg(v.toObject().value(QStringLiteral("line")).toInt())),
                 qPrintable(r.err));

    // The Action lints clean for its trigger (exit 0), or not when parts are left to do.
    const Run lint = cli({QStringLiteral("lint"), action, QStringLiteral("--trigger"), c.trigger,
                          QStringLiteral("--json")});
    QCOMPARE(lint.json().value(QStringLiteral("kind")).toString(), QStringLiteral("action"));
    QCOMPARE(lint.exitCode, c.clean ? 0 : 1);
    QCOMPARE(json.value(QStringLiteral("errors")).toInt() == 0, c.clean);
}

void TestCliAction::convertToStandardOutput()
{
    const QString hook = writeFile(QStringLiteral("seed.js"),
                                   ConversionCases::dataFile(QStringLiteral("seed-verify.js")));
    const Run r = cli({QStringLiteral("action"), QStringLiteral("convert"), hook,
                       QStringLiteral("--trigger"), Spm});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Standard output is the Action alone, ready to redirect; the notes are on stderr.
    QCOMPARE(r.out, ActionConverter::convert(readFile(hook), Spm).code);
    QVERIFY2(r.err.contains(QLatin1String("note: The Account SID was passed as the Verify "
                                          "service")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("0 parts left to convert by hand")));

    // --json: the code in the document.
    const Run json = cli({QStringLiteral("action"), QStringLiteral("convert"), hook,
                          QStringLiteral("--trigger"), Cpp, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.json()
                .value(QStringLiteral("code"))
                .toString()
                .contains(QLatin1String("exports.onExecuteCustomPhoneProvider")));

    // A hook with parts left: they are counted.
    const QString left = writeFile(QStringLiteral("left.js"),
                                   ConversionCases::dataFile(QStringLiteral("unmappable.js")));
    const Run todo = cli({QStringLiteral("action"), QStringLiteral("convert"), left,
                          QStringLiteral("--trigger"), Spm});
    QCOMPARE(todo.exitCode, 0);
    QVERIFY2(todo.err.contains(QLatin1String("4 parts left to convert by hand")),
             qPrintable(todo.err));
    QCOMPARE(todo.err.count(QLatin1String(": not converted: ")), 4);
}

void TestCliAction::convertRefused_data()
{
    QTest::addColumn<QString>("file"); // written first, unless empty
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code"); // the JSON error code
    QTest::addColumn<QString>("says");
    const QStringList spm {QStringLiteral("--trigger"), Spm};
    QTest::newRow("an Action") << QStringLiteral(
        "action.js") << HookTemplates::byId(QStringLiteral("send-phone-message-sms")).source
                               << spm << 1 << QStringLiteral("already-action")
                               << QStringLiteral("already an Action");
    QTest::newRow("syntax error")
        << QStringLiteral("broken.js")
        << QStringLiteral("module.exports = function (r, t, c, cb) {\n  cb(null,\n};\n") << spm << 1
        << QStringLiteral("syntax") << QStringLiteral("broken.js:3:1: The hook does not parse");
    QTest::newRow("not a hook") << QStringLiteral("lib.js") << QStringLiteral("const a = 1;\n")
                                << spm << 1 << QStringLiteral("not-hook")
                                << QStringLiteral("not a Send Phone Message hook");
    QTest::newRow("no trigger") << QStringLiteral("h.js")
                                << QStringLiteral("module.exports = "
                                                  "function () {};\n")
                                << QStringList() << 2 << QStringLiteral("usage")
                                << QStringLiteral("needs --trigger");
    QTest::newRow("unknown trigger")
        << QStringLiteral("h.js") << QStringLiteral("module.exports = function () {};\n")
        << QStringList {QStringLiteral("--trigger"), QStringLiteral("post-login")} << 2
        << QStringLiteral("invalid-argument")
        << QStringLiteral("\"post-login\" is not a phone message "
                          "trigger");
    QTest::newRow("output over the hook")
        << QStringLiteral("h.js") << QStringLiteral("module.exports = function () {};\n")
        << (spm + QStringList {QStringLiteral("--output"), QStringLiteral("@h.js")}) << 2
        << QStringLiteral("invalid-argument") << QStringLiteral("the hook file itself");
    QTest::newRow("missing file") << QString() << QString() << spm << 1
                                  << QStringLiteral("cannot-read") << QStringLiteral("cannot read");
}

void TestCliAction::convertRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QString path
        = file.isEmpty() ? m_dir.filePath(QStringLiteral("nowhere.js")) : writeFile(file, text);
    for (QString &o : options) {
        if (o.startsWith(QLatin1Char('@')))
            o = m_dir.filePath(o.mid(1));
    }
    const QStringList args
        = QStringList {QStringLiteral("action"), QStringLiteral("convert"), path} + options;
    Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    r = cli(args + QStringList {QStringLiteral("--json")});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
             QJsonValue(code));
    if (!file.isEmpty())
        QCOMPARE(readFile(path), text); // the hook is untouched
}

void TestCliAction::lintForTheTenant()
{
    const HookTemplate t = HookTemplates::byId(QStringLiteral("custom-phone-provider-sms"));
    const QString file = writeFile(QStringLiteral("cpp.js"), t.source);
    // Its own trigger, with the twilio version it names: clean.
    Run r = cli({QStringLiteral("lint"), file, QStringLiteral("--trigger"), Cpp,
                 QStringLiteral("--runtime"), QStringLiteral("node18"),
                 QStringLiteral("--twilio-version"), QStringLiteral("5.5.2"),
                 QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("action"));
    QCOMPARE(r.json().value(QStringLiteral("trigger")).toString(), Cpp);
    QCOMPARE(r.json().value(QStringLiteral("issues")).toArray().size(), 0);

    // The other trigger: the export is wrong.
    r = cli({QStringLiteral("lint"), file, QStringLiteral("--trigger"), Spm});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(file
                            + QStringLiteral(":17:1: error: The code exports "
                                             "onExecuteCustomPhoneProvider")),
             qPrintable(r.out));

    // node18 with twilio unpinned (latest is 6.x): the require line.
    r = cli({QStringLiteral("lint"), file, QStringLiteral("--runtime"), QStringLiteral("node18"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject issue = r.json().value(QStringLiteral("issues")).toArray().first().toObject();
    QCOMPARE(issue.value(QStringLiteral("rule")).toString(), QStringLiteral("twilio-runtime"));
    QCOMPARE(issue.value(QStringLiteral("line")).toInt(),
             int(t.source.left(t.source.indexOf(QLatin1String("require('twilio')")))
                     .count(QLatin1Char('\n')))
                 + 1);
    r = cli({QStringLiteral("lint"), file, QStringLiteral("--runtime"), QStringLiteral("node22")});
    QCOMPARE(r.exitCode, 0);

    // A profile without these secrets: each read one is missing.
    r = cli({QStringLiteral("lint"), file, QStringLiteral("--profile"), QStringLiteral("P"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("errors")).toInt(), 3);

    // A hook linted for a tenant that runs an Action: a warning that says to convert it.
    const QString hook = writeFile(QStringLiteral("hook.js"),
                                   HookTemplates::byId(QStringLiteral("programmable-sms")).source);
    r = cli(
        {QStringLiteral("lint"), hook, QStringLiteral("--trigger"), Spm, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("hook"));
    QVERIFY(r.json()
                .value(QStringLiteral("issues"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("fix"))
                .toString()
                .contains(QLatin1String("action convert")));
}

void TestCliAction::lintOptionsChecked_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("says");
    QTest::newRow("trigger") << QStringList {QStringLiteral("--trigger"), QStringLiteral("sms")}
                             << QStringLiteral("--trigger: \"sms\" is not a phone message "
                                               "trigger");
    QTest::newRow("runtime") << QStringList {QStringLiteral("--runtime"), QStringLiteral("18")}
                             << QStringLiteral("--runtime: \"18\" is not an Action runtime");
    QTest::newRow("twilio version")
        << QStringList {QStringLiteral("--runtime"), QStringLiteral("node18"),
                        QStringLiteral("--twilio-version"), QStringLiteral("newest")}
        << QStringLiteral("--twilio-version: \"newest\" is not a version");
    QTest::newRow("twilio version alone")
        << QStringList {QStringLiteral("--twilio-version"), QStringLiteral("5.0.0")}
        << QStringLiteral("give --runtime too");
}

void TestCliAction::lintOptionsChecked()
{
    QFETCH(QStringList, options);
    QFETCH(QString, says);
    const QString file = writeFile(QStringLiteral("any.js"), QStringLiteral("const a = 1;\n"));
    const Run r = cli(QStringList {QStringLiteral("lint"), file} + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliAction)
#include "TestCliAction.moc"
