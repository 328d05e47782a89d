#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The catalogues are not behind the sources: lupdate, run into a copy of each .ts with the
// options of the update_translations target, neither adds nor drops a message. The translated
// catalogues are at least 98% finished, keep every placeholder of their sources and give both
// plural forms; the English one holds every plural message, all finished.
class TestCatalogues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notBehindTheSources_data();
    void notBehindTheSources();
    void finishedAndFaithful_data();
    void finishedAndFaithful();
    void englishPluralsComplete();

private:
    struct Message
    {
        QString source;
        bool numerus = false;
        QString type; // "", "unfinished", "vanished", "obsolete"
        QStringList forms;
    };
    using Catalogue = QMap<QString, Message>; // context + source + comment -> message
    static Catalogue read(const QString &path);
    static QString tsPath(const QString &language);
    QTemporaryDir m_dir;
};

namespace {
const QStringList Translated = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
constexpr double MinimumFinished = 0.98;

QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0).remove(QLatin1Char('L'));
        if (numerus && p == QLatin1String("%n"))
            continue; // a form may say the count in words ("one" in French: "un")
        found << p;
    }
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

QString TestCatalogues::tsPath(const QString &language)
{
    return QStringLiteral(SMSHOOK_SOURCE_DIR "/translations/sms-hook-console_%1.ts").arg(language);
}

TestCatalogues::Catalogue TestCatalogues::read(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read %1").arg(path)), __FILE__, __LINE__);
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context, comment;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("message")) {
                message = Message();
                comment.clear();
                message.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.insert(context + QChar(4) + message.source + QChar(4) + comment, message);
        }
    }
    if (xml.hasError())
        QTest::qFail(qPrintable(path + QStringLiteral(": ") + xml.errorString()), __FILE__,
                     __LINE__);
    return catalogue;
}

void TestCatalogues::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(SMSHOOK_LUPDATE)), SMSHOOK_LUPDATE);
    QVERIFY2(QFileInfo::exists(QStringLiteral(SMSHOOK_I18N_SOURCES)), SMSHOOK_I18N_SOURCES);
}

void TestCatalogues::notBehindTheSources_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translated + QStringList {QStringLiteral("en")})
        QTest::newRow(qPrintable(language)) << language;
}

void TestCatalogues::notBehindTheSources()
{
    QFETCH(QString, language);
    const QString copy = m_dir.filePath(QFileInfo(tsPath(language)).fileName());
    QFile::remove(copy);
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QStringList args
        = QStringLiteral(SMSHOOK_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (language == QLatin1String("en"))
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral("@" SMSHOOK_I18N_SOURCES) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SMSHOOK_SOURCE_DIR));
    lupdate.start(QStringLiteral(SMSHOOK_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const Catalogue committed = read(tsPath(language));
    const Catalogue updated = read(copy);
    QStringList added, dropped;
    for (auto it = updated.cbegin(); it != updated.cend(); ++it)
        if (!committed.contains(it.key()))
            added << it.value().source;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it)
        if (!updated.contains(it.key()))
            dropped << it.value().source;
    const QString fix = QStringLiteral(
        "; run `cmake --build build --target update_translations` and translate what is new");
    QVERIFY2(added.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) in the sources but not in %2, such as \"%3\"")
                            .arg(added.size())
                            .arg(language)
                            .arg(added.value(0))
                        + fix));
    QVERIFY2(dropped.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) in %2 no longer in the sources, such as "
                                       "\"%3\"")
                            .arg(dropped.size())
                            .arg(language)
                            .arg(dropped.value(0))
                        + fix));
}

void TestCatalogues::finishedAndFaithful_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translated)
        QTest::newRow(qPrintable(language)) << language;
}

void TestCatalogues::finishedAndFaithful()
{
    QFETCH(QString, language);
    const Catalogue catalogue = read(tsPath(language));
    QVERIFY(!catalogue.isEmpty());
    int finished = 0;
    QStringList problems;
    for (const Message &m : catalogue) {
        if (!m.type.isEmpty())
            continue;
        ++finished;
        if (m.numerus && m.forms.size() != 2)
            problems
                << QStringLiteral("%1 plural forms for \"%2\"").arg(m.forms.size()).arg(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("an empty translation of \"%1\"").arg(m.source);
            else if (placeholders(form, m.numerus) != placeholders(m.source, m.numerus))
                problems << QStringLiteral("\"%1\" does not keep the placeholders of \"%2\"")
                                .arg(form, m.source);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("\n"))));
    const double ratio = double(finished) / catalogue.size();
    QVERIFY2(ratio >= MinimumFinished,
             qPrintable(QStringLiteral("%1 is %2% finished (%3 of %4); at least %5% is needed")
                            .arg(language)
                            .arg(100 * ratio, 0, 'f', 1)
                            .arg(finished)
                            .arg(catalogue.size())
                            .arg(100 * MinimumFinished)));
}

void TestCatalogues::englishPluralsComplete()
{
    const Catalogue english = read(tsPath(QStringLiteral("en")));
    const Catalogue german = read(tsPath(QStringLiteral("de")));
    int plurals = 0;
    for (auto it = german.cbegin(); it != german.cend(); ++it) {
        if (!it.value().numerus)
            continue;
        ++plurals;
        QVERIFY2(english.contains(it.key()), qPrintable(it.value().source));
        const Message &m = english.value(it.key());
        QVERIFY2(m.type.isEmpty() && m.forms.size() == 2, qPrintable(m.source));
    }
    QCOMPARE(english.size(), plurals);
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "TestCatalogues.moc"
