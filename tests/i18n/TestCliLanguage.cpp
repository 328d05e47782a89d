#include "CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

// The real sms-hook-cli under a user's locale: its usage, its errors and their plural forms in
// the user's language, Qt's own messages too (from Qt's catalogue), English for a language the
// project has no catalogue for, and the output meant for machines unchanged.
class TestCliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageInTheUsersLanguage_data();
    void usageInTheUsersLanguage();
    void errorsInGerman();
    void pluralFormsInGerman();
    void qtsOwnMessagesInGerman();
    void englishWithoutACatalogue();

private:
    CliRunner::Run run(const QString &locale, const QStringList &args,
                       const QByteArray &input = {}) const;
    QTemporaryDir m_root;
};

CliRunner::Run TestCliLanguage::run(const QString &locale, const QStringList &args,
                                    const QByteArray &input) const
{
    QProcessEnvironment env = CliRunner::environment(m_root.path());
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    return CliRunner::run(env, args, input);
}

void TestCliLanguage::initTestCase()
{
    QVERIFY(m_root.isValid());
}

void TestCliLanguage::usageInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("exitStatus");
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8")
                        << QStringLiteral("Aufruf: sms-hook-cli BEFEHL [OPTIONEN] [--json]")
                        << QStringLiteral("Exit-Status: 0 Erfolg, 1 Fehler");
    QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8")
                        << QStringLiteral("Usage : sms-hook-cli COMMANDE [OPTIONS] [--json]")
                        << QStringLiteral("Code de sortie : 0 succès, 1 échec");
    QTest::newRow("es") << QStringLiteral("es_ES.UTF-8")
                        << QStringLiteral("Uso: sms-hook-cli COMANDO [OPCIONES] [--json]")
                        << QStringLiteral("Código de salida: 0 éxito, 1 fallo");
}

void TestCliLanguage::usageInTheUsersLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, first);
    QFETCH(QString, exitStatus);
    const CliRunner::Run r = run(locale, {QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), first);
    QVERIFY2(r.out.contains(exitStatus), qPrintable(r.out));
    // Commands and options stay what they are: they are typed, not read.
    QVERIFY(r.out.contains(QLatin1String("  send --profile P --to N --body B [--wait]")));
}

void TestCliLanguage::errorsInGerman()
{
    CliRunner::Run r
        = run(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("phone"), QStringLiteral("12")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("Beginnen Sie die Nummer mit + und ihrer Ländervorwahl")),
        qPrintable(r.err));
    r = run(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("bogus")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("bogus")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Unknown")), qPrintable(r.err));
}

void TestCliLanguage::pluralFormsInGerman()
{
    CliRunner::Run r = run(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("segments")}, "x\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("1 Eingabezeile konnte nicht gelesen werden")),
             qPrintable(r.err));
    r = run(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("segments")}, "x\ny\n");
    QVERIFY2(r.err.contains(QLatin1String("2 Eingabezeilen konnten nicht gelesen werden")),
             qPrintable(r.err));
}

void TestCliLanguage::qtsOwnMessagesInGerman()
{
    // QJsonParseError's text comes from Qt's catalogue (qtbase_de.qm, qt6-translations-l10n).
    const CliRunner::Run r
        = run(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("segments")}, "x\n");
    QVERIFY2(r.out.contains(QStringLiteral("Ungültiger Wert")), qPrintable(r.out));
    // The machine-readable key stays as it is.
    QVERIFY2(r.out.startsWith(QLatin1String("{\"error\":")), qPrintable(r.out));
}

void TestCliLanguage::englishWithoutACatalogue()
{
    const CliRunner::Run r
        = run(QStringLiteral("it_IT.UTF-8"), {QStringLiteral("phone"), QStringLiteral("12")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Start the number with + and its country code")),
             qPrintable(r.err));
    const CliRunner::Run json
        = run(QStringLiteral("it_IT.UTF-8"), {QStringLiteral("segments")}, "x\n");
    QVERIFY2(json.out.contains(QLatin1String("illegal value")), qPrintable(json.out));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
