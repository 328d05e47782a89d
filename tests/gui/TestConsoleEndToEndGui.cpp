#include "AppInfo.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "hook/DeployDialog.h"
#include "hook/HookCodeStore.h"
#include "hook/HookEditor.h"
#include "hook/HookPage.h"
#include "hook/HookTemplates.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretStore.h"
#include "tenant/MfaTestPanel.h"
#include "tenant/TenantPage.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

// The console as a whole, on its built-in sandbox, the way an administrator moves from a legacy
// hook to a deployed Action: the window, the Tenant page's read of the simulated tenant, the Hook
// code page (a legacy hook from the templates menu, edited, converted, run locally in Node
// against the Twilio sandbox), the Deploy dialog, and the Tenant page's board turning green for
// the deployed code, which is now the profile's.
class TestConsoleEndToEndGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hookToDeployedAction();
};

namespace {
constexpr int Timeout = 60000;
}

void TestConsoleEndToEndGui::initTestCase()
{
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    QSettings().clear();
    QDir(QFileInfo(HookCodeStore::path(SandboxProfile::name())).absolutePath()).removeRecursively();
}

void TestConsoleEndToEndGui::hookToDeployedAction()
{
    ProfileStore profiles;
    SecretStore secrets(&profiles);
    QTemporaryDir dir;
    DeliveryLog log(dir.filePath(u"log.sqlite"_s));
    log.open();
    auto window = std::make_unique<MainWindow>(&profiles, &secrets, &log);
    window->resize(1180, 740); // MainWindow's default size
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->startBuiltInSandbox();
    QTRY_COMPARE_WITH_TIMEOUT(window->hookPage()->profileName(), SandboxProfile::name(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel *>(u"sandboxStatusLabel"_s)
                                 && window->findChild<QLabel *>(u"sandboxStatusLabel"_s)
                                        ->text()
                                        .startsWith(u"Sandbox: "_s),
                             Timeout);
    TwilioSandbox *twilio = window->builtInSandbox();
    auto *tenant = window->findChild<Auth0Sandbox *>();
    QVERIFY(twilio && tenant);
    twilio->setTimeScale(0.05);
    tenant->setTimeScale(0.05);

    auto *navigation = window->findChild<QListWidget *>(u"navigationListWidget"_s);
    const auto show = [&](const QString &title) {
        const QList<QListWidgetItem *> items = navigation->findItems(title, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(items.constFirst()).center());
    };

    // The Tenant page reads the simulated tenant: it runs its own bundled Action.
    QSignalSpy read(window->tenantPage(), &TenantPage::statusRead);
    show(u"Tenant"_s);
    QVERIFY(read.wait(Timeout));
    QVERIFY(window->tenantPage()->status().wouldSend());
    const QString before
        = tenant->boundAction(Auth0Sandbox::Mode::Unified, u"custom-phone-provider"_s)
              ->deployedCode;

    // Hook code: the legacy Programmable SMS hook, from the templates menu, edited by hand.
    show(u"Hook code"_s);
    HookPage *page = window->hookPage();
    auto *editor = page->findChild<HookEditor *>(u"codeEditor"_s);
    window->findChild<QAction *>(u"actionProgrammableSmsTemplate"_s)->trigger();
    QCOMPARE(editor->text(), HookTemplates::byId(u"programmable-sms"_s).source);
    editor->setFocus();
    editor->setCursorPosition(0, 0);
    QTest::keyClicks(editor, u"// Sends the MFA code of the Sandbox tenant."_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(editor->text().startsWith(u"// Sends the MFA code of the Sandbox tenant.\n/**"_s));

    // Convert to Action, for the trigger the tenant runs (read on the Tenant page).
    QTest::mouseClick(page->findChild<QToolButton *>(u"convertToolButton"_s), Qt::LeftButton);
    QDialog *convert = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((convert = window->findChild<QDialog *>(u"convertToActionDialog"_s))
                                 && convert->isVisible(),
                             Timeout);
    QVERIFY(convert->findChild<QRadioButton *>(u"customPhoneProviderRadioButton"_s)->isChecked());
    QTest::mouseClick(
        convert->findChild<QDialogButtonBox *>(u"convertButtonBox"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QMessageBox *converted = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (converted = window->findChild<QMessageBox *>(u"convertResultMessageBox"_s))
            && converted->isVisible(),
        Timeout);
    QVERIFY2(converted->text().contains(u"everything was converted"_s),
             qPrintable(converted->text()));
    QTest::mouseClick(converted->button(QMessageBox::Ok), Qt::LeftButton);
    const QString action = editor->text();
    // The converter says what it did above the code; the edit is kept.
    QVERIFY2(action.contains(u"\n// Sends the MFA code of the Sandbox tenant.\n"_s),
             qPrintable(action.left(400)));
    QVERIFY(action.contains(u"exports.onExecuteCustomPhoneProvider"_s));
    const auto problems = [page] {
        QStringList out;
        auto *tree = page->findChild<QTreeWidget *>(u"lintTreeWidget"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->text(0) + u' ' + tree->topLevelItem(i)->text(1) + u' '
                    + tree->topLevelItem(i)->text(2);
        return out.join(u"; "_s);
    };
    // Lint clean: the Sandbox profile's other secrets (a Verify service) are not held against
    // code that does not read them.
    QTRY_VERIFY2_WITH_TIMEOUT(page->findChild<QLabel *>(u"lintCaptionLabel"_s)->text()
                                  == u"Problems: none"_s,
                              qPrintable(problems()), 20000);

    // Run it locally: Node, Twilio's SDK, the Twilio sandbox.
    auto *to = page->findChild<QLineEdit *>(u"hookRecipientLineEdit"_s);
    to->selectAll();
    QTest::keyClicks(to, u"+14155552671"_s);
    const qsizetype sentBefore = twilio->messages().size();
    QSignalSpy ran(page, &HookPage::runFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(u"runPushButton"_s), Qt::LeftButton);
    QVERIFY(ran.wait(Timeout));
    const QString output = page->findChild<QTextBrowser *>(u"outputTextBrowser"_s)->toPlainText();
    QVERIFY2(ran.first().at(0).toBool(), qPrintable(output));
    QVERIFY(output.contains(u"Twilio: POST"_s));
    QCOMPARE(twilio->messages().size(), sentBefore + 1);
    QCOMPARE(twilio->messages().last().to, u"+14155552671"_s);

    // Run in the tenant: its draft is not the editor's code, so the console offers to write it
    // there first (not deployed); the tenant's own run shows beside the local one.
    auto *remote = page->findChild<QPushButton *>(u"runInTenantPushButton"_s);
    QVERIFY(remote->isVisible());
    QVERIFY2(remote->isEnabled(), qPrintable(remote->toolTip()));
    QSignalSpy remoteRan(page, &HookPage::tenantRunFinished);
    QTest::mouseClick(remote, Qt::LeftButton);
    QMessageBox *draft = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (draft = window->findChild<QMessageBox *>(u"tenantTestDraftMessageBox"_s))
            && draft->isVisible(),
        Timeout);
    QVERIFY(draft->detailedText().contains(u"+// Sends the MFA code of the Sandbox tenant."_s));
    QAbstractButton *updateDraft = nullptr;
    for (QAbstractButton *b : draft->buttons()) {
        if (draft->buttonRole(b) == QMessageBox::AcceptRole)
            updateDraft = b;
    }
    QVERIFY(updateDraft);
    QTest::mouseClick(updateDraft, Qt::LeftButton);
    QVERIFY(remoteRan.wait(Timeout));
    auto *tenantOutput = page->findChild<QTextBrowser *>(u"tenantOutputTextBrowser"_s);
    QVERIFY2(remoteRan.first().at(0).toBool(), qPrintable(tenantOutput->toPlainText()));
    QVERIFY(tenantOutput->isVisible());
    QVERIFY(tenantOutput->toPlainText().contains(u"In the tenant: success"_s));
    QVERIFY(tenantOutput->toPlainText().contains(u"just updated with the editor's code"_s));
    QCOMPARE(twilio->messages().size(), sentBefore + 2);
    QVERIFY(tenantOutput->toPlainText().contains(twilio->messages().last().sid));
    GuiTestSupport::screenshot(window.get(), u"hook-run-in-tenant-default"_s);
    const auto drafted
        = tenant->boundAction(Auth0Sandbox::Mode::Unified, u"custom-phone-provider"_s);
    QCOMPARE(drafted->code, action);
    QCOMPARE(drafted->deployedCode, before); // logins still run the deployed version

    // Deploy it from the Deploy dialog.
    QSignalSpy reread(window->tenantPage(), &TenantPage::statusRead);
    QTest::mouseClick(page->findChild<QToolButton *>(u"deployToolButton"_s), Qt::LeftButton);
    DeployDialog *deploy = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((deploy = window->findChild<DeployDialog *>()) && deploy->isVisible(),
                             Timeout);
    auto *deployButton = deploy->findChild<QPushButton *>(u"deployPushButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(deployButton->isEnabled(), Timeout);
    QSignalSpy deployed(deploy, &DeployDialog::deployFinished);
    QTest::mouseClick(deployButton, Qt::LeftButton);
    QVERIFY(deployed.wait(Timeout));
    QVERIFY(deployed.first().at(0).toBool());
    GuiTestSupport::screenshot(deploy, u"end-to-end-deployed"_s);
    deploy->close();

    // The tenant runs the editor's code now, and it is the profile's code.
    const auto bound = tenant->boundAction(Auth0Sandbox::Mode::Unified, u"custom-phone-provider"_s);
    QVERIFY(bound);
    QCOMPARE(bound->deployedCode, action);
    QVERIFY(bound->deployedCode != before);
    QVERIFY(!page->isModified());
    QCOMPARE(HookCodeStore::load(SandboxProfile::name()), action);

    // The Tenant page reads the tenant again by itself: every line green.
    QVERIFY(reread.wait(Timeout));
    show(u"Tenant"_s);
    const TenantStatus &status = window->tenantPage()->status();
    QVERIFY2(status.wouldSend(), qPrintable(status.summary()));
    const TenantFinding *code = status.finding(TenantFinding::Ids::code());
    QVERIFY(code);
    QCOMPARE(TenantFinding::severityName(code->severity), u"ok"_s);
    auto *tree = window->tenantPage()->findChild<QTreeWidget *>(u"tenantFindingsTreeWidget"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString severity = tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
        QVERIFY2(
            severity == u"ok"_s || severity == u"info"_s,
            qPrintable(tree->topLevelItem(i)->text(0) + u": "_s + tree->topLevelItem(i)->text(1)));
    }
    GuiTestSupport::screenshot(window.get(), u"end-to-end-tenant-green"_s);

    // Test the MFA flow: a login of the simulated test user now runs the code just deployed, and
    // the simulated handset reads the code it sent.
    auto *tabs = window->tenantPage()->findChild<QTabWidget *>(u"tenantTabWidget"_s);
    tabs->setCurrentWidget(window->tenantPage()->mfaTestPanel()->parentWidget());
    auto *mfaRun = window->tenantPage()->findChild<QPushButton *>(u"mfaRunPushButton"_s);
    QVERIFY2(mfaRun->isEnabled(), qPrintable(mfaRun->toolTip()));
    QSignalSpy mfa(window->tenantPage()->mfaTestPanel(), &MfaTestPanel::testFinished);
    QTest::mouseClick(mfaRun, Qt::LeftButton);
    QVERIFY(mfa.wait(Timeout));
    const MfaTimeline &timeline = window->tenantPage()->mfaTestPanel()->timeline();
    QVERIFY2(mfa.first().at(0).toBool(), qPrintable(timeline.problem.summary));
    QCOMPARE(timeline.messageSid, twilio->messages().last().sid);
    QVERIFY(twilio->messages().last().body.contains(timeline.code));
    GuiTestSupport::screenshot(window.get(), u"tenant-mfa-test-default"_s);
    window->resize(1024, 700);
    QTRY_COMPARE(window->size(), QSize(1024, 700));
    GuiTestSupport::screenshot(window.get(), u"tenant-mfa-test-1024x700"_s);
    tabs->setCurrentIndex(0);
    GuiTestSupport::screenshot(window.get(), u"tenant-status-1024x700"_s);
    show(u"Hook code"_s);
    GuiTestSupport::screenshot(window.get(), u"hook-run-in-tenant-1024x700"_s);

    window.reset();
    QTRY_VERIFY_WITH_TIMEOUT(
        secrets.findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly).isEmpty(), Timeout);
}

QTEST_MAIN(TestConsoleEndToEndGui)
#include "TestConsoleEndToEndGui.moc"
