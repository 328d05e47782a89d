#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "ToolbarFit.h"
#include "checks/ChecklistPage.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

namespace {
constexpr int Timeout = 20000;
const QString Recipient = QStringLiteral("+14155552671");
} // namespace

// The checklist page driven as a user would: type a recipient, run all checks, read the states
// in the list, apply the E.164 fix and watch item 5 turn to pass, export the report. Real HTTP to
// an in-process sandbox, a real (throwaway) keychain, a temporary delivery log.
class TestChecklistPageGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runAllThenFixE164();
    void wrongTokenAndNavigationFixes();
    void exportReportHasNoToken();
    void titlesAreShownWhole();
    void linkWithoutBrowserSaysSo();

private:
    bool storeSecrets(const QMap<QString, QString> &values);
    QString state(int number) const; // the state shown in the list for item number
    void select(int number) const;
    void runAll();
    void screenshot(const QString &name) const;
    template<typename T> T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }

    QTemporaryDir m_dir;
    TwilioSandbox m_sandbox;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DeliveryLog> m_log;
    std::unique_ptr<ChecklistPage> m_page;
    Profile m_profile;
};

void TestChecklistPageGui::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.listen());
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<SecretStore>(m_profiles.get());
    m_secrets->setService(QStringLiteral("sms-hook-checklist-gui-test"));
    m_log = std::make_unique<DeliveryLog>(m_dir.filePath(QStringLiteral("log.sqlite")));
    m_log->open();
    m_profile.name = QStringLiteral("Checks");
    m_profile.defaultRegion = QStringLiteral("US");
    m_profile.apiBaseUrl = m_sandbox.baseUrl();
    m_profile.verifyBaseUrl = m_sandbox.baseUrl();
    m_profiles->save(m_profile);
}

void TestChecklistPageGui::init()
{
    m_page = std::make_unique<ChecklistPage>(m_profiles.get(), m_secrets.get(), m_log.get());
    m_page->resize(1100, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestChecklistPageGui::cleanup()
{
    m_page.reset();
}

void TestChecklistPageGui::titlesAreShownWhole()
{
    // In a page as narrow as the smallest window leaves it, each item's title is shown whole:
    // wrapped onto more lines, never cut off with "...".
    m_page->resize(SmallestPageWidth, 480);
    auto *tree = child<QTreeWidget>(QStringLiteral("itemsTreeWidget"));
    QTRY_VERIFY(tree->viewport()->width() < 400);
    QCOMPARE(tree->textElideMode(), Qt::ElideNone);
    QVERIFY(tree->wordWrap());
    bool wrapped = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        const int textWidth = tree->columnWidth(0) - tree->iconSize().width() - 12;
        const QRect needed = tree->fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000),
                                                              Qt::TextWordWrap, item->text(0));
        QTRY_VERIFY2(tree->visualItemRect(item).height() >= needed.height(),
                     qPrintable(item->text(0)
                                + QStringLiteral(": %1 of %2 px")
                                      .arg(tree->visualItemRect(item).height())
                                      .arg(needed.height())));
        wrapped = wrapped || needed.height() > tree->fontMetrics().height();
    }
    QVERIFY(wrapped); // item 1's title is longer than the column
}

void TestChecklistPageGui::linkWithoutBrowserSaysSo()
{
    // The offscreen platform has no browser: a link in the details says so and gives the
    // address, instead of doing nothing.
    auto *details = child<QTextBrowser>(QStringLiteral("detailsTextBrowser"));
    QVERIFY(!details->openExternalLinks());
    const QUrl url(QStringLiteral("https://manage.auth0.com/"));
    Q_EMIT details->anchorClicked(url);
    const QString status = child<QLabel>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("No web browser")), qPrintable(status));
    QVERIFY2(status.contains(url.toString()), qPrintable(status));
}

bool TestChecklistPageGui::storeSecrets(const QMap<QString, QString> &values)
{
    SecretsJob *job = m_secrets->apply(m_profile.name, values);
    QSignalSpy done(job, &SecretsJob::finished);
    return done.wait(Timeout) && !job->failed();
}

QString TestChecklistPageGui::state(int number) const
{
    const QTreeWidgetItem *row
        = child<QTreeWidget>(QStringLiteral("itemsTreeWidget"))->topLevelItem(number - 1);
    return row ? row->data(0, Qt::UserRole + 1).toString() : QString();
}

void TestChecklistPageGui::select(int number) const
{
    QTreeWidget *tree = child<QTreeWidget>(QStringLiteral("itemsTreeWidget"));
    const QRect rect = tree->visualItemRect(tree->topLevelItem(number - 1));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(tree->currentItem(), tree->topLevelItem(number - 1));
}

void TestChecklistPageGui::runAll()
{
    auto *button = child<QPushButton>(QStringLiteral("runAllPushButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // one run at a time
    QVERIFY(child<QPushButton>(QStringLiteral("checklistCancelPushButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), Timeout);
    auto *progress = child<QProgressBar>(QStringLiteral("progressBar"));
    QCOMPARE(progress->value(), progress->maximum());
}

void TestChecklistPageGui::screenshot(const QString &name) const
{
    GuiTestSupport::screenshot(m_page.get(), name);
}

void TestChecklistPageGui::runAllThenFixE164()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::PhoneNumber, QStringLiteral("(500) 555-0006"));
    QVERIFY(storeSecrets(secrets));
    m_page->setProfile(m_profile.name);
    QLineEdit *to = child<QLineEdit>(QStringLiteral("checklistRecipientLineEdit"));
    to->setFocus();
    QTest::keyClicks(to, Recipient);
    runAll();

    QCOMPARE(state(1), QStringLiteral("manual"));
    // No code saved: the template the Hook code page opens is judged, and it reads no
    // TWILIO_PHONE_NUMBER (item 5 judges the number's form).
    QCOMPARE(state(2), QStringLiteral("pass"));
    QCOMPARE(state(3), QStringLiteral("pass"));
    QCOMPARE(state(4), QStringLiteral("pass"));
    QCOMPARE(state(5), QStringLiteral("fail"));
    QCOMPARE(state(6), QStringLiteral("pass"));
    QCOMPARE(state(7), QStringLiteral("not-checked"));

    select(5);
    const QString details
        = child<QTextBrowser>(QStringLiteral("detailsTextBrowser"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("5. Numbers are in E.164 format")),
             qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("is not in E.164 form: +15005550006")));
    auto *fix = child<QPushButton>(QStringLiteral("rewriteE164FixPushButton"));
    QVERIFY(fix);
    QTRY_VERIFY(fix->isVisible());
    screenshot(QStringLiteral("checklist-e164"));
    QVERIFY(fix->text().contains(QStringLiteral("+15005550006")));
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(state(5), QStringLiteral("pass"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(QStringLiteral("runAllPushButton"))->isEnabled(),
                             Timeout);
    QCOMPARE(state(4), QStringLiteral("pass"));
    QVERIFY(
        child<QLabel>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("passed")));
    QVERIFY(!child<QPushButton>(QStringLiteral("rewriteE164FixPushButton")));

    // The recipient is remembered for the profile.
    ChecklistPage again(m_profiles.get(), m_secrets.get(), m_log.get());
    again.setProfile(m_profile.name);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("checklistRecipientLineEdit"))->text(),
             Recipient);

    // Item 1: confirmed by hand, then shown as passed, and the tally under the list follows.
    auto *status = child<QLabel>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("1 to check by hand")),
             qPrintable(status->text()));
    select(1);
    auto *confirm = child<QPushButton>(QStringLiteral("confirmManualFixPushButton"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(state(1), QStringLiteral("pass"));
    QTRY_VERIFY2(!status->text().contains(QStringLiteral("to check by hand")),
                 qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("passed")), qPrintable(status->text()));
}

void TestChecklistPageGui::wrongTokenAndNavigationFixes()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::AuthToken, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QVERIFY(storeSecrets(secrets));
    m_page->setProfile(m_profile.name);
    runAll();
    QCOMPARE(state(3), QStringLiteral("fail"));
    QCOMPARE(state(4), QStringLiteral("not-checked"));
    QCOMPARE(state(6), QStringLiteral("not-checked"));

    select(3);
    screenshot(QStringLiteral("checklist-wrong-token"));
    QSignalSpy openSecret(m_page.get(), &ChecklistPage::openSecretRequested);
    auto *edit = child<QPushButton>(QStringLiteral("openSecretFixPushButton"));
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(openSecret.size(), 1);
    QCOMPARE(openSecret.first().first().toString(), SecretNames::AuthToken);

    select(7);
    QSignalSpy sendTest(m_page.get(), &ChecklistPage::sendTestRequested);
    auto *send = child<QPushButton>(QStringLiteral("sendTestFixPushButton"));
    QVERIFY(send);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sendTest.size(), 1);

    select(2);
    QSignalSpy hookCode(m_page.get(), &ChecklistPage::openHookCodeRequested);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("openHookCodeFixPushButton")),
                      Qt::LeftButton);
    QCOMPARE(hookCode.size(), 1);

    // Run this item: item 3 alone, again.
    select(3);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("runItemPushButton")), Qt::LeftButton);
    QCOMPARE(state(3), QStringLiteral("running"));
    QCOMPARE(state(4), QStringLiteral("not-checked"));
    QTRY_COMPARE_WITH_TIMEOUT(state(3), QStringLiteral("fail"), Timeout);
}

void TestChecklistPageGui::exportReportHasNoToken()
{
    const QMap<QString, QString> secrets = SandboxProfile::secrets();
    QVERIFY(storeSecrets(secrets));
    m_page->setProfile(m_profile.name);
    runAll();

    const QString path = m_dir.filePath(QStringLiteral("report.md"));
    // The save dialog, answered as a user would.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()),
                                 Timeout);
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept"); // a slot, protected in QFileDialog
        answered = true;
    });
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportPushButton")), Qt::LeftButton);
    QTRY_VERIFY(answered);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QVERIFY(report.contains(m_profile.name));
    QVERIFY(report.contains(QStringLiteral("The credentials work in Twilio")));
    QVERIFY(report.contains(QStringLiteral("**Pass**")));
    QVERIFY(!report.contains(secrets.value(SecretNames::AuthToken)));
    QVERIFY(TestSupport::filesContaining(m_dir.path(), secrets.value(SecretNames::AuthToken))
                .isEmpty());

    select(4);
    screenshot(QStringLiteral("checklist-pass"));
}

QTEST_MAIN(TestChecklistPageGui)
#include "TestChecklistPageGui.moc"
