#include "AppInfo.h"
#include "MainWindow.h"
#include "ToolbarFit.h"
#include "Translations.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "run/Auth0MessageTemplate.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>

#include <memory>

// The console as a German user sees it: the catalogues installed as main() installs them, for
// the language chosen in the settings over the system's. Widgets, Qt's and QtKeychain's own
// texts and plural forms read in German; Auth0's default message stays Auth0's; every page still
// fits 1024x700 with the longer German texts. With SMSHOOK_SCREENSHOT_DIR set, each page is saved
// there as a PNG at the default size and at 1024x700, to be looked at.
class TestConsoleLanguageGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void widgetsInGerman();
    void qtAndKeychainInGerman();
    void pluralFormsAndNumbers();
    void auth0TextStaysAuth0s();
    void languageMenu();
    void fitsOnASmallScreen_data();
    void fitsOnASmallScreen();

private:
    struct Console
    {
        std::unique_ptr<ProfileStore> profiles = std::make_unique<ProfileStore>();
        std::unique_ptr<SecretStore> secrets = std::make_unique<SecretStore>(profiles.get());
        std::unique_ptr<DeliveryLog> log = std::make_unique<DeliveryLog>();
        std::unique_ptr<MainWindow> window;

        Console()
        {
            log->open();
            window = std::make_unique<MainWindow>(profiles.get(), secrets.get(), log.get());
            window->show();
        }
        ~Console()
        {
            window.reset();
            const bool settled = QTest::qWaitFor(
                [this] {
                    return secrets->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly)
                        .isEmpty();
                },
                10000);
            if (!settled)
                qWarning("keychain work still under way when the console closed");
        }
        template<typename T> T *find(const QString &name) const
        {
            T *found = window->findChild<T *>(name);
            if (!found)
                qWarning("no %s", qPrintable(name));
            return found;
        }
    };
    static void speak(const QString &language);
    static void saveScreenshots(Console &c, const QString &name);
};

void TestConsoleLanguageGui::initTestCase()
{
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    QSettings().clear();
    ProfileStore store;
    Profile profile;
    profile.name = QStringLiteral("Staging");
    store.save(profile);
    store.setLastProfile(profile.name);
    store.sync();
    // The system says English (ctest's LC_ALL=C.UTF-8); the console's setting says German.
    Translations::saveLanguage(QStringLiteral("de"));
    speak(Translations::savedLanguage());
    QVERIFY2(!Translations::directory().isEmpty(), "no compiled catalogue (.qm) was found");
}

void TestConsoleLanguageGui::widgetsInGerman()
{
    Console c;
    auto *navigation = c.find<QListWidget>(QStringLiteral("navigationListWidget"));
    QVERIFY(navigation);
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i)
        titles << navigation->item(i)->text();
    QCOMPARE(titles,
             (QStringList {QStringLiteral("Secrets"), QStringLiteral("Tenant"),
                           QStringLiteral("Hook-Code"), QStringLiteral("Ausführen"),
                           QStringLiteral("Zustellprotokoll"), QStringLiteral("Checkliste")}));
    QCOMPARE(c.find<QMenu>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&Datei"));
    QCOMPARE(c.find<QMenu>(QStringLiteral("helpMenu"))->title(), QStringLiteral("&Hilfe"));
    QCOMPARE(c.find<QMenu>(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Sprache"));
    QCOMPARE(c.find<QPushButton>(QStringLiteral("sendPushButton"))->text(),
             QStringLiteral("&Senden"));
    QCOMPARE(c.find<QPushButton>(QStringLiteral("templatePushButton"))->text(),
             QStringLiteral("Auth0-&Text"));
    // Shortcuts stay portable key names, so that they still work.
    QCOMPARE(c.find<QAction>(QStringLiteral("actionQuit"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Q")));
}

void TestConsoleLanguageGui::qtAndKeychainInGerman()
{
    QCOMPARE(QLocale().language(), QLocale::German);
    // Qt's own catalogue (qt6-translations-l10n): standard buttons and dialogs.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    // QtKeychain's catalogue: its error texts reach the console's keychain messages.
    QCOMPARE(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "Password not found"),
             QStringLiteral("Passwort nicht gefunden"));
}

void TestConsoleLanguageGui::pluralFormsAndNumbers()
{
    QCOMPARE(QCoreApplication::translate("LogPage", "%Ln attempt(s)", nullptr, 1),
             QStringLiteral("1 Versuch"));
    QCOMPARE(QCoreApplication::translate("LogPage", "%Ln attempt(s)", nullptr, 1234),
             QStringLiteral("1.234 Versuche"));
    QCOMPARE(QCoreApplication::translate("SegmentCalculator", "%n segment(s)", nullptr, 2),
             QStringLiteral("2 Segmente"));
}

void TestConsoleLanguageGui::auth0TextStaysAuth0s()
{
    // The text the user receives is Auth0's default, whatever the console speaks.
    Auth0HookContext context;
    context.language = QStringLiteral("de");
    context.code = QStringLiteral("123456");
    context.friendlyName = QStringLiteral("Acme");
    context.action = Auth0HookContext::Action::Authentication;
    QCOMPARE(Auth0MessageTemplate::defaultText(context),
             QStringLiteral("123456 is your verification code for Acme"));

    Console c;
    c.find<QPushButton>(QStringLiteral("templatePushButton"))->click();
    QTRY_VERIFY(c.find<QPlainTextEdit>(QStringLiteral("bodyPlainTextEdit"))
                    ->toPlainText()
                    .contains(QLatin1String("is your verification code for")));
}

void TestConsoleLanguageGui::languageMenu()
{
    Console c;
    auto *menu = c.find<QMenu>(QStringLiteral("languageMenu"));
    QStringList texts;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            texts << action->text();
    QCOMPARE(texts,
             (QStringList {QStringLiteral("&Systemsprache"), QStringLiteral("Deutsch"),
                           QStringLiteral("English"), QStringLiteral("Español"),
                           QStringLiteral("Français")}));
    QVERIFY(c.find<QAction>(QStringLiteral("languageAction_de"))->isChecked());

    c.find<QAction>(QStringLiteral("languageAction_fr"))->trigger();
    QCOMPARE(Translations::savedLanguage(), QStringLiteral("fr"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = c.window->findChild<QMessageBox *>(QStringLiteral("languageMessageBox"))));
    QCOMPARE(box->text(),
             QStringLiteral("SMS Hook Console spricht ab dem nächsten Start Français."));
    box->accept();

    c.find<QAction>(QStringLiteral("languageAction_system"))->trigger();
    QCOMPARE(Translations::savedLanguage(), QString());
    Translations::saveLanguage(QStringLiteral("de"));
}

// Installs the catalogues for language in place of those installed before, as a start would.
void TestConsoleLanguageGui::speak(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(*QCoreApplication::instance(), language);
}

void TestConsoleLanguageGui::saveScreenshots(Console &c, const QString &name)
{
    const QString dir = qEnvironmentVariable("SMSHOOK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    auto *navigation = c.find<QListWidget>(QStringLiteral("navigationListWidget"));
    for (int i = 0; i < navigation->count(); ++i) {
        navigation->setCurrentRow(i);
        QTest::qWait(50); // let the page lay out and paint before the grab (not synchronisation)
        c.window->grab().save(QDir(dir).filePath(QStringLiteral("%1-page%2.png").arg(name).arg(i)));
    }
}

void TestConsoleLanguageGui::fitsOnASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "fr", "es", "de"}) // German, the longest, stays installed
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestConsoleLanguageGui::fitsOnASmallScreen()
{
    QFETCH(QString, language);
    speak(language);
    Console c;
    QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
    saveScreenshots(c, language + QStringLiteral("-default"));
    for (QWidget *page : c.window->pages()) {
        QVERIFY2(page->minimumSizeHint().width() <= 1024 - NavigationWidth - 4 - 16,
                 qPrintable(page->objectName() + QLatin1Char(' ')
                            + QString::number(page->minimumSizeHint().width())));
        QVERIFY2(page->minimumSizeHint().height() <= 700,
                 qPrintable(page->objectName() + QLatin1Char(' ')
                            + QString::number(page->minimumSizeHint().height())));
    }
    c.window->resize(1024, 700);
    QTRY_COMPARE(c.window->size(), QSize(1024, 700));
    saveScreenshots(c, language + QStringLiteral("-1024x700"));
}

QTEST_MAIN(TestConsoleLanguageGui)
#include "TestConsoleLanguageGui.moc"
