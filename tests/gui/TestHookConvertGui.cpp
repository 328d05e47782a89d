#include "AppInfo.h"
#include "ConversionCases.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "auth0/Auth0Types.h"
#include "hook/ActionConverter.h"
#include "hook/HookCodeStore.h"
#include "hook/HookEditor.h"
#include "hook/HookPage.h"
#include "hook/HookTemplates.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxProfile.h"
#include "secrets/SecretStore.h"
#include "tenant/TenantPage.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

// The Hook code page's templates menu (Actions first, by trigger) and Convert to Action, driven
// through the real widgets: the trigger asked for, starting from the tenant's; the editor's hook
// replaced by the Action as one undoable edit; what could not be converted shown and listed
// under Problems; lint judging the code for the tenant's trigger and runtime.
class TestHookConvertGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void templatesMenuListsActionsFirst();
    void convertsForTheTenantsTrigger();
    void showsWhatCouldNotBeConverted();
    void leavesAnActionAsItIs();
    void lintFollowsTheTenant();
    void consoleGoesByTheTenantRead();
};

namespace {

constexpr int Timeout = 15000;
const QString Profile1 = QStringLiteral("Convert");
const QString Spm = Auth0Triggers::SendPhoneMessage;
const QString Cpp = Auth0Triggers::CustomPhoneProvider;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProfileStore> profiles = std::make_unique<ProfileStore>();
    std::unique_ptr<SecretStore> secrets = std::make_unique<SecretStore>(profiles.get());
    std::unique_ptr<DeliveryLog> log;
    std::unique_ptr<HookPage> page;

    ~Fixture()
    {
        page.reset();
        log.reset();
        secrets.reset();
        profiles->sync();
    }

    // A profile that defines the Programmable SMS secrets (names only: nothing is run or sent).
    void setUp()
    {
        log = std::make_unique<DeliveryLog>(dir.filePath(QStringLiteral("log.sqlite")));
        Profile profile;
        profile.name = Profile1;
        profile.secretNames = ConversionCases::smsSecrets();
        profiles->save(profile);
        page = std::make_unique<HookPage>(profiles.get(), secrets.get(), log.get());
        page->resize(1280, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->setProfile(Profile1);
    }

    template<typename T> T *child(const char *name) const
    {
        T *widget = page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    HookEditor *editor() const { return child<HookEditor>("codeEditor"); }
    QString caption() const { return child<QLabel>("lintCaptionLabel")->text(); }

    QStringList listed() const
    {
        QStringList rows;
        auto *problems = child<QTreeWidget>("lintTreeWidget");
        for (int i = 0; i < problems->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = problems->topLevelItem(i);
            rows << QStringLiteral("%1 %2")
                        .arg(item->data(0, Qt::UserRole).toInt())
                        .arg(item->data(1, Qt::UserRole).toString());
        }
        return rows;
    }

    // Clicks Convert to Action and waits for the trigger dialog.
    QDialog *openConvert() const
    {
        QTest::mouseClick(child<QToolButton>("convertToolButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = page->findChild<QDialog *>(QStringLiteral("convertToActionDialog"));
                    return dialog && dialog->isVisible();
                },
                Timeout))
            return nullptr;
        return dialog;
    }

    // Presses Convert in the dialog and waits for the message box that tells the outcome.
    QMessageBox *convert(QDialog *dialog, const char *boxName) const
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("convertButtonBox"));
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        if (ok->text() != QLatin1String("Convert"))
            qWarning("the button reads %s", qPrintable(ok->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = page->findChild<QMessageBox *>(QLatin1String(boxName));
                return box && box->isVisible();
            },
            Timeout);
        return shown ? box : nullptr;
    }

    void closeBox(QMessageBox *box) const
    {
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        page->activateWindow();
    }
};

} // namespace

void TestHookConvertGui::initTestCase()
{
    // Never touch a real user's settings, data or keyring.
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    Translations::install(*QCoreApplication::instance());
}

void TestHookConvertGui::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QDir(QFileInfo(HookCodeStore::path(Profile1)).absolutePath()).removeRecursively();
}

void TestHookConvertGui::templatesMenuListsActionsFirst()
{
    Fixture f;
    f.setUp();
    QMenu *menu = f.child<QToolButton>("templateToolButton")->menu();
    QVERIFY(menu);
    QStringList entries;
    for (QAction *a : menu->actions())
        entries << (a->isSeparator() ? QStringLiteral("# ") + a->text() : a->data().toString());
    QCOMPARE(
        entries,
        (QStringList {QStringLiteral("# Action: send-phone-message (legacy MFA phone set-up)"),
                      QStringLiteral("send-phone-message-sms"),
                      QStringLiteral("send-phone-message-verify"),
                      QStringLiteral("# Action: custom-phone-provider (Unified Phone Experience)"),
                      QStringLiteral("custom-phone-provider-sms"),
                      QStringLiteral("custom-phone-provider-verify"),
                      QStringLiteral("# Legacy hooks (Auth0 no longer runs them)"),
                      QStringLiteral("programmable-sms"), QStringLiteral("verify")}));
    // Each entry says what it is; the hooks say they are legacy.
    auto *legacy = f.page->findChild<QAction *>(QStringLiteral("actionProgrammableSmsTemplate"));
    QVERIFY(legacy->text().contains(QLatin1String("legacy hook")));

    // An Action template loads, and lints clean with the profile's secrets.
    auto *cpp
        = f.page->findChild<QAction *>(QStringLiteral("actionCustomPhoneProviderSmsTemplate"));
    QVERIFY(cpp);
    QVERIFY(!cpp->toolTip().isEmpty());
    cpp->trigger();
    QCOMPARE(f.editor()->text(),
             HookTemplates::byId(QStringLiteral("custom-phone-provider-sms")).source);
    QTRY_COMPARE_WITH_TIMEOUT(f.caption(), QStringLiteral("Problems: none"), Timeout);
    GuiTestSupport::screenshot(f.page.get(), QStringLiteral("hook-page-action-template"));
}

void TestHookConvertGui::convertsForTheTenantsTrigger()
{
    Fixture f;
    f.setUp();
    const QString hook = HookTemplates::byId(QStringLiteral("programmable-sms")).source;
    f.page->findChild<QAction *>(QStringLiteral("actionProgrammableSmsTemplate"))->trigger();
    QCOMPARE(f.editor()->text(), hook); // the legacy SMS hook, from the templates menu
    // The tenant was read: it runs the Unified Phone Experience. The hook is told so.
    f.page->setTenantTarget(Profile1, {Cpp, QStringLiteral("node22"), QStringLiteral("5.5.2")});
    QTRY_VERIFY_WITH_TIMEOUT(f.listed().contains(QStringLiteral("13 action-export")), Timeout);

    QDialog *dialog = f.openConvert();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("customPhoneProviderRadioButton"))
                ->isChecked());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("convertDefaultLabel"))
                ->text()
                .contains(QLatin1String("Unified Phone Experience")));
    GuiTestSupport::screenshot(dialog, QStringLiteral("convert-to-action-dialog"));
    QMessageBox *box = f.convert(dialog, "convertResultMessageBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("everything was converted")),
             qPrintable(box->text()));
    QVERIFY(box->detailedText().isEmpty());
    f.closeBox(box);

    // The editor holds the Action, unsaved; it lints clean for the tenant.
    QCOMPARE(f.editor()->text(), ActionConverter::convert(hook, Cpp).code);
    QVERIFY(f.page->isModified());
    QVERIFY(!HookCodeStore::hasCode(Profile1));
    QTRY_COMPARE_WITH_TIMEOUT(f.caption(), QStringLiteral("Problems: none"), Timeout);

    // One undo brings the hook back, one redo the Action.
    QTest::mouseClick(f.child<QToolButton>("undoToolButton"), Qt::LeftButton);
    QCOMPARE(f.editor()->text(), hook);
    QTest::mouseClick(f.child<QToolButton>("redoToolButton"), Qt::LeftButton);
    QCOMPARE(f.editor()->text(), ActionConverter::convert(hook, Cpp).code);

    // Saved for the profile like any edit.
    QTest::keySequence(f.page.get(), QKeySequence::Save);
    QTRY_VERIFY_WITH_TIMEOUT(HookCodeStore::hasCode(Profile1), Timeout);
    QCOMPARE(HookCodeStore::load(Profile1), ActionConverter::convert(hook, Cpp).code);

    // A legacy tenant: the dialog starts from send-phone-message.
    f.page->setTenantTarget(Profile1, {Spm, {}, {}});
    dialog = f.openConvert();
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("sendPhoneMessageRadioButton"))
                ->isChecked());
    dialog->reject();
}

void TestHookConvertGui::showsWhatCouldNotBeConverted()
{
    Fixture f;
    f.setUp();
    const QString hook = ConversionCases::dataFile(QStringLiteral("unmappable.js"));
    f.editor()->setText(hook);
    // No tenant connected: send-phone-message first, and the dialog says why.
    QDialog *dialog = f.openConvert();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("sendPhoneMessageRadioButton"))
                ->isChecked());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("convertDefaultLabel"))
                ->text()
                .contains(QLatin1String("No tenant is connected")));
    // The user picks custom-phone-provider.
    QTest::mouseClick(
        dialog->findChild<QRadioButton *>(QStringLiteral("customPhoneProviderRadioButton")),
        Qt::LeftButton);
    QMessageBox *box = f.convert(dialog, "convertResultMessageBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("4 parts could not be converted")),
             qPrintable(box->text()));
    const ActionConversion expected = ActionConverter::convert(hook, Cpp);
    QCOMPARE(f.editor()->text(), expected.code);
    for (const ActionConversion::Item &i : expected.unmapped)
        QVERIFY2(
            box->detailedText().contains(QStringLiteral("Line %1: %2").arg(i.line).arg(i.message)),
            qPrintable(box->detailedText()));
    GuiTestSupport::screenshot(box, QStringLiteral("convert-to-action-result"));
    f.closeBox(box);

    // Each part left is listed under Problems on its TODO line, and the cursor is on the first.
    for (const ActionConversion::Item &i : expected.unmapped)
        QTRY_VERIFY2_WITH_TIMEOUT(
            f.listed().contains(QStringLiteral("%1 convert-todo").arg(i.line)),
            qPrintable(f.listed().join(QLatin1Char(','))), Timeout);
    int line = -1;
    int index = -1;
    f.editor()->getCursorPosition(&line, &index);
    QCOMPARE(line + 1, expected.unmapped.first().line);
}

void TestHookConvertGui::leavesAnActionAsItIs()
{
    Fixture f;
    f.setUp();
    const QString action = HookTemplates::byId(QStringLiteral("send-phone-message-verify")).source;
    f.editor()->setText(action);
    f.editor()->setModified(false);
    QDialog *dialog = f.openConvert();
    QVERIFY(dialog);
    QMessageBox *box = f.convert(dialog, "convertProblemMessageBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("already an Action")), qPrintable(box->text()));
    QVERIFY(!box->informativeText().isEmpty());
    f.closeBox(box);
    QCOMPARE(f.editor()->text(), action);
    QVERIFY(!f.page->isModified());

    // A hook with a syntax error: refused, with the line.
    f.editor()->setText(
        QStringLiteral("module.exports = function (r, t, c, cb) {\n  cb(null,\n};\n"));
    dialog = f.openConvert();
    box = f.convert(dialog, "convertProblemMessageBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("does not parse")), qPrintable(box->text()));
    f.closeBox(box);
    QVERIFY(f.editor()->text().startsWith(QLatin1String("module.exports")));
}

void TestHookConvertGui::lintFollowsTheTenant()
{
    Fixture f;
    f.setUp();
    auto *cpp
        = f.page->findChild<QAction *>(QStringLiteral("actionCustomPhoneProviderSmsTemplate"));
    cpp->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.caption(), QStringLiteral("Problems: none"), Timeout);
    // The tenant's bound Action runs node18 with twilio latest (6.x): an error on the require.
    f.page->setTenantTarget(Profile1, {Cpp, QStringLiteral("node18"), QStringLiteral("latest")});
    QTRY_VERIFY_WITH_TIMEOUT(
        f.listed().join(QLatin1Char(',')).contains(QLatin1String("twilio-runtime")), Timeout);
    // A legacy tenant: the export is the wrong one.
    f.page->setTenantTarget(Profile1, {Spm, {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(f.listed().contains(QStringLiteral("17 action-export")), Timeout);
    // Another profile's tenant changes nothing here.
    f.page->setTenantTarget(QStringLiteral("Other"), {Cpp, {}, {}});
    QVERIFY(f.listed().contains(QStringLiteral("17 action-export")));
    // Not known any more: not judged.
    f.page->setTenantTarget(Profile1, {});
    QTRY_COMPARE_WITH_TIMEOUT(f.caption(), QStringLiteral("Problems: none"), Timeout);
}

void TestHookConvertGui::consoleGoesByTheTenantRead()
{
    // The console on its built-in sandbox: the Sandbox profile is connected to the simulated
    // Unified tenant. Once the Tenant page has read it, the Hook code page goes by its mode.
    ProfileStore profiles;
    SecretStore secrets(&profiles);
    QTemporaryDir dir;
    DeliveryLog log(dir.filePath(QStringLiteral("log.sqlite")));
    log.open();
    auto window = std::make_unique<MainWindow>(&profiles, &secrets, &log);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->startBuiltInSandbox();
    QTRY_COMPARE_WITH_TIMEOUT(window->hookPage()->profileName(), SandboxProfile::name(), Timeout);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    auto show = [&](const QString &title) {
        const QList<QListWidgetItem *> items = navigation->findItems(title, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(items.constFirst()).center());
    };
    // Before any read the mode is not known. The code is a legacy hook, from the templates menu.
    show(QStringLiteral("Hook code"));
    window->findChild<QAction *>(QStringLiteral("actionProgrammableSmsTemplate"))->trigger();
    QTest::mouseClick(window->findChild<QToolButton *>(QStringLiteral("convertToolButton")),
                      Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = window->findChild<QDialog *>(QStringLiteral("convertToActionDialog")))
            && dialog->isVisible(),
        Timeout);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("convertDefaultLabel"))
                ->text()
                .contains(QLatin1String("has not been read yet")));
    dialog->reject();

    QSignalSpy read(window->tenantPage(), &TenantPage::statusRead);
    show(QStringLiteral("Tenant"));
    QVERIFY(read.wait(Timeout));
    show(QStringLiteral("Hook code"));
    // The profile's hook is told that the tenant runs an Action now.
    auto *problems = window->findChild<QTreeWidget *>(QStringLiteral("lintTreeWidget"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < problems->topLevelItemCount(); ++i) {
                if (problems->topLevelItem(i)->data(1, Qt::UserRole).toString()
                    == QLatin1String("action-export"))
                    return true;
            }
            return false;
        }(),
        Timeout);
    QTest::mouseClick(window->findChild<QToolButton *>(QStringLiteral("convertToolButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), Timeout);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("customPhoneProviderRadioButton"))
                ->isChecked());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("convertDefaultLabel"))
                ->text()
                .contains(QLatin1String("Unified Phone Experience (read on the Tenant page)")));
    dialog->reject();
    window.reset();
    QTRY_VERIFY_WITH_TIMEOUT(
        secrets.findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly).isEmpty(), Timeout);
}

QTEST_MAIN(TestHookConvertGui)
#include "TestHookConvertGui.moc"
