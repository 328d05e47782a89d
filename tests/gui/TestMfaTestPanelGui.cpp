#include "GuiTestSupport.h"
#include "auth0/MfaSetup.h"
#include "profile/ProfileStore.h"
#include "run/BuiltInSandbox.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretStore.h"
#include "tenant/MfaTestPanel.h"
#include "tenant/TenantPage.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

// "Test the MFA flow" on the Tenant page, driven as a user would, on the console's own built-in
// sandbox (BuiltInSandbox: the Twilio simulator, the simulated tenant running its deployed Action
// in the Node runner, the Sandbox profile with its keychain entries): run the flow and read the
// timeline; type a wrong code; set up and remove the console's own test application and user
// after confirmations that list what is written. Real HTTP on loopback, a real keychain.
class TestMfaTestPanelGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sandboxRunsOutOfTheBox();
    void wrongCodeTyped();
    void providerTestMessage();
    void setUpAndRemoveAfterConfirming();
    void typedCredentialsGoToTheKeychainOnly();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    QString profile() const { return SandboxProfile::name(); }
    // The timeline's rows: "id state".
    QStringList rows() const;
    QString outcome() const
    {
        return child<QTextBrowser>(u"mfaOutcomeTextBrowser"_s)->toPlainText();
    }
    bool runAndWait(bool expectOk);
    QMessageBox *waitForBox(const QString &name) const;
    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role);
    // The files under root that hold value (the console's settings, logs and database).
    static QStringList filesHolding(const QString &root, const QString &value);
    QStringList consoleFilesHolding(const QString &value) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<BuiltInSandbox> m_sandbox;
    std::unique_ptr<TenantPage> m_page;
};

namespace {
constexpr int Timeout = 60000;
}

void TestMfaTestPanelGui::initTestCase()
{
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<SecretStore>(m_profiles.get());
    m_secrets->setService(u"sms-hook-mfa-panel-gui-test"_s);
    m_sandbox = std::make_unique<BuiltInSandbox>(m_profiles.get(), m_secrets.get());
    QSignalSpy ready(m_sandbox.get(), &BuiltInSandbox::ready);
    m_sandbox->start();
    QVERIFY2(ready.wait(20000), qPrintable(m_sandbox->errorText()));
    m_sandbox->sandbox()->setTimeScale(0.05);
    m_sandbox->auth0Sandbox()->setTimeScale(0.05);
}

void TestMfaTestPanelGui::init()
{
    // The Sandbox profile as a fresh console makes it: settings and keychain entries included.
    SandboxProfileJob *ensure
        = SandboxProfile::ensure(m_profiles.get(), m_secrets.get(), m_sandbox->sandbox()->baseUrl(),
                                 m_sandbox->auth0Sandbox()->baseUrl(Auth0Sandbox::Mode::Unified));
    QSignalSpy ensured(ensure, &SandboxProfileJob::finished);
    QVERIFY(ensured.wait(20000));
    m_page = std::make_unique<TenantPage>(m_profiles.get(), m_secrets.get());
    m_page->setTwilioSandbox(m_sandbox->sandbox());
    m_page->resize(1000, 700);
    QSignalSpy read(m_page.get(), &TenantPage::statusRead);
    m_page->show();
    m_page->setProfile(profile());
    QVERIFY(read.wait(Timeout));
    child<QTabWidget>(u"tenantTabWidget"_s)
        ->setCurrentWidget(m_page->mfaTestPanel()->parentWidget());
}

void TestMfaTestPanelGui::cleanup()
{
    m_page.reset();
}

QStringList TestMfaTestPanelGui::rows() const
{
    QStringList out;
    auto *tree = child<QTreeWidget>(u"mfaTimelineTreeWidget"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->data(0, Qt::UserRole).toString() + u' '
                + tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
    return out;
}

bool TestMfaTestPanelGui::runAndWait(bool expectOk)
{
    QSignalSpy finished(m_page->mfaTestPanel(), &MfaTestPanel::testFinished);
    auto *run = child<QPushButton>(u"mfaRunPushButton"_s);
    if (!run->isEnabled()) {
        qWarning("Run is disabled: %s", qPrintable(run->toolTip()));
        return false;
    }
    QTest::mouseClick(run, Qt::LeftButton);
    if (!finished.wait(Timeout)) {
        qWarning("no end; rows: %s", qPrintable(rows().join(u", "_s)));
        return false;
    }
    if (finished.first().at(0).toBool() != expectOk)
        qWarning("%s", qPrintable(outcome()));
    return finished.first().at(0).toBool() == expectOk;
}

QMessageBox *TestMfaTestPanelGui::waitForBox(const QString &name) const
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = m_page->findChild<QMessageBox *>(name);
            return box && box->isVisible();
        },
        Timeout);
    return shown ? box : nullptr;
}

QAbstractButton *TestMfaTestPanelGui::buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role)
            return b;
    }
    return nullptr;
}

QStringList TestMfaTestPanelGui::filesHolding(const QString &root, const QString &value)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly) || f.readAll().contains(value.toUtf8()))
            out << f.fileName();
    }
    return out;
}

QStringList TestMfaTestPanelGui::consoleFilesHolding(const QString &value) const
{
    QStringList out;
    for (const QString &root :
         {m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
          QStandardPaths::writableLocation(QStandardPaths::CacheLocation)})
        out += filesHolding(root, value);
    return out;
}

void TestMfaTestPanelGui::sandboxRunsOutOfTheBox()
{
    // Nothing to type: the simulated tenant's test application, user and phone are filled in,
    // their secret and password are in the keychain.
    QCOMPARE(child<QLineEdit>(u"mfaClientIdLineEdit"_s)->text(),
             Auth0SandboxFixtures::testApplication().clientId);
    QCOMPARE(child<QLineEdit>(u"mfaUserLineEdit"_s)->text(),
             Auth0SandboxFixtures::enrolledTestUser().email);
    QCOMPARE(child<QLineEdit>(u"mfaRecipientLineEdit"_s)->text(), u"+14155550100"_s);
    QVERIFY(child<QLineEdit>(u"mfaClientSecretLineEdit"_s)->text().isEmpty());
    QVERIFY(child<QCheckBox>(u"mfaHandsetCheckBox"_s)->isVisible());
    QVERIFY(child<QCheckBox>(u"mfaHandsetCheckBox"_s)->isChecked());

    // The timeline fills in as the steps happen.
    QSignalSpy finished(m_page->mfaTestPanel(), &MfaTestPanel::testFinished);
    QTest::mouseClick(child<QPushButton>(u"mfaRunPushButton"_s), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(u"mfaRunPushButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"mfaCancelPushButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(rows().contains(u"code running"_s), Timeout);
    QVERIFY2(rows().startsWith(u"checks done"_s), qPrintable(rows().join(u", "_s)));
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(outcome()));
    GuiTestSupport::screenshot(m_page.get(), u"mfa-test-done"_s);

    QCOMPARE(rows(),
             (QStringList {u"checks done"_s, u"sign-in done"_s, u"authenticators done"_s,
                           u"challenge done"_s, u"code done"_s, u"login done"_s, u"message done"_s,
                           u"logs done"_s}));
    auto *tree = child<QTreeWidget>(u"mfaTimelineTreeWidget"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QVERIFY(!tree->topLevelItem(i)->text(0).isEmpty()); // the time
        QVERIFY(tree->topLevelItem(i)->text(2).endsWith(u"ms"_s)); // how long it took
    }
    const MfaTimeline &t = m_page->mfaTestPanel()->timeline();
    QVERIFY(t.ok());
    QCOMPARE(t.code.size(), 6);
    // The code the handset read is the one the Twilio sandbox delivered.
    const auto messages = m_sandbox->sandbox()->messages();
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().sid, t.messageSid);
    QVERIFY(messages.last().body.contains(t.code));
    QCOMPARE(child<QLineEdit>(u"mfaCodeLineEdit"_s)->text(), t.code);

    const QString text = outcome();
    QVERIFY2(text.contains(u"The login completed with the code that arrived."_s), qPrintable(text));
    QVERIFY(text.contains(u"Code sent: "_s + t.code));
    QVERIFY(text.contains(t.messageSid));
    QVERIFY(text.contains(u"delivered"_s));
    QVERIFY(text.contains(u"gd_send_sms"_s));
    QVERIFY(text.contains(u"gd_auth_succeed"_s));
    QVERIFY(!text.contains(Auth0SandboxFixtures::enrolledTestUser().password));

    // Neither the password nor the test application's secret is in a file the console wrote.
    QCOMPARE(consoleFilesHolding(Auth0SandboxFixtures::enrolledTestUser().password), QStringList());
    QCOMPARE(consoleFilesHolding(Auth0SandboxFixtures::testApplication().clientSecret),
             QStringList());
}

void TestMfaTestPanelGui::wrongCodeTyped()
{
    // The code is typed by hand this time, and it is not the one that arrived.
    QTest::mouseClick(child<QCheckBox>(u"mfaHandsetCheckBox"_s), Qt::LeftButton);
    QVERIFY(!child<QCheckBox>(u"mfaHandsetCheckBox"_s)->isChecked());
    auto *code = child<QLineEdit>(u"mfaCodeLineEdit"_s);
    QVERIFY(!code->isEnabled());
    const qsizetype before = m_sandbox->sandbox()->messages().size();
    QSignalSpy finished(m_page->mfaTestPanel(), &MfaTestPanel::testFinished);
    QTest::mouseClick(child<QPushButton>(u"mfaRunPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(code->isEnabled(), Timeout);
    QVERIFY(child<QLabel>(u"mfaCodeHintLabel"_s)->text().contains(u"+14155550100"_s));
    QVERIFY(!child<QPushButton>(u"mfaSubmitCodePushButton"_s)->isEnabled());
    // Wait for the real one so that the wrong one is surely wrong.
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->sandbox()->messages().size() > before, Timeout);
    QCOMPARE(m_sandbox->sandbox()->messages().last().to, u"+14155550100"_s);
    const QString sent = SandboxHandset::codeIn(m_sandbox->sandbox()->messages().last().body);
    const QString wrong = sent == u"000000"_s ? u"111111"_s : u"000000"_s;
    QTest::keyClicks(code, wrong);
    QVERIFY(child<QPushButton>(u"mfaSubmitCodePushButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(u"mfaSubmitCodePushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().at(0).toBool(), false);
    GuiTestSupport::screenshot(m_page.get(), u"mfa-test-wrong-code"_s);

    QVERIFY2(rows().contains(u"login failed"_s), qPrintable(rows().join(u", "_s)));
    const MfaTimeline &t = m_page->mfaTestPanel()->timeline();
    QCOMPARE(t.problem.code, u"wrong-code"_s);
    QCOMPARE(t.code, wrong);
    const QString text = outcome();
    // The console's words, and Auth0's own.
    QVERIFY2(text.contains(t.problem.summary), qPrintable(text));
    QVERIFY(text.contains(u"What to do:"_s));
    QVERIFY(text.contains(u"invalid_grant"_s));
    QVERIFY(text.contains(u"Invalid binding_code."_s));
    QVERIFY(text.contains(u"gd_auth_failed"_s));
    // The text did arrive: Twilio delivered it.
    QVERIFY(text.contains(u"delivered"_s));
    QVERIFY(child<QLabel>(u"mfaSettingsStatusLabel"_s)->text().contains(t.problem.summary));
    QVERIFY(child<QPushButton>(u"mfaRunPushButton"_s)->isEnabled());
}

void TestMfaTestPanelGui::providerTestMessage()
{
    auto *send = child<QPushButton>(u"mfaProviderTestPushButton"_s);
    QVERIFY(send->isVisible()); // a Unified tenant
    QTRY_VERIFY(send->isEnabled());
    QSignalSpy tries(m_sandbox->auth0Sandbox(), &Auth0Sandbox::providerTryRequested);
    QSignalSpy finished(m_page->mfaTestPanel(), &MfaTestPanel::providerTestFinished);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(rows(), QStringList {u"provider-try done"_s});
    auto *row = child<QTreeWidget>(u"mfaTimelineTreeWidget"_s)->topLevelItem(0);
    QVERIFY2(row->text(3).contains(u"202"_s), qPrintable(row->text(3)));
    QTRY_COMPARE(tries.size(), 1);
    QCOMPARE(tries.first().first().value<Auth0Sandbox::ProviderTry>().to, u"+14155550100"_s);
}

void TestMfaTestPanelGui::setUpAndRemoveAfterConfirming()
{
    Auth0Sandbox *tenant = m_sandbox->auth0Sandbox();
    const auto mode = Auth0Sandbox::Mode::Unified;
    const QStringList clientsBefore = tenant->clientIds(mode);
    const QStringList usersBefore = tenant->userIds(mode);

    // Cancel writes nothing.
    QTest::mouseClick(child<QPushButton>(u"mfaSetUpPushButton"_s), Qt::LeftButton);
    QMessageBox *box = waitForBox(u"mfaSetupMessageBox"_s);
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(u"mfaSetupMessageBox"_s));
    QCOMPARE(tenant->clientIds(mode), clientsBefore);
    QCOMPARE(tenant->requestCount(u"POST"_s, u"/api/v2/clients"_s), 0);

    // The confirmation lists every write, with its endpoint; then exactly those are made.
    QTest::mouseClick(child<QPushButton>(u"mfaSetUpPushButton"_s), Qt::LeftButton);
    box = waitForBox(u"mfaSetupMessageBox"_s);
    QVERIFY(box);
    const QString listed = box->text();
    const QString email = MfaSetupPlan::userEmailFor(profile());
    QVERIFY2(listed.contains(u"POST /api/v2/clients"_s), qPrintable(listed));
    QVERIFY(listed.contains(MfaSetupPlan::applicationNameFor(profile()).toHtmlEscaped()));
    QVERIFY(listed.contains(u"PATCH /api/v2/connections/"_s));
    QVERIFY(listed.contains(u"POST /api/v2/users"_s));
    QVERIFY(listed.contains(email));
    QVERIFY(listed.contains(MfaTestSettings::passwordName()));
    GuiTestSupport::screenshot(box, u"mfa-setup-confirm"_s);
    QSignalSpy setUp(m_page->mfaTestPanel(), &MfaTestPanel::setupFinished);
    buttonWithRole(box, QMessageBox::AcceptRole)->click();
    QVERIFY(setUp.wait(Timeout));
    QCOMPARE(setUp.first().at(0).toBool(), true);
    QCOMPARE(tenant->requestCount(u"POST"_s, u"/api/v2/clients"_s), 1);
    QCOMPARE(tenant->requestCount(u"POST"_s, u"/api/v2/users"_s), 1);
    QCOMPARE(tenant->requestCount(u"PATCH"_s, u"/api/v2/connections/*/clients"_s), 1);
    const MfaTestSettings s = MfaTestSettings::load(*m_profiles, profile());
    QVERIFY(!s.createdClientId.isEmpty());
    QCOMPARE(tenant->clientIds(mode).size(), clientsBefore.size() + 1);
    QVERIFY(tenant->clientIds(mode).contains(s.createdClientId));
    QCOMPARE(tenant->userIds(mode).size(), usersBefore.size() + 1);
    QVERIFY(tenant->userIds(mode).contains(s.createdUserId));
    // The fields show what was made.
    QCOMPARE(child<QLineEdit>(u"mfaClientIdLineEdit"_s)->text(), s.createdClientId);
    QCOMPARE(child<QLineEdit>(u"mfaUserLineEdit"_s)->text(), email);

    // The new user has no phone: the test enrols the one typed.
    auto *to = child<QLineEdit>(u"mfaRecipientLineEdit"_s);
    to->clear();
    QTest::keyClicks(to, u"(415) 555-2671"_s);
    QVERIFY(child<QLabel>(u"mfaRecipientInfoLabel"_s)->text().contains(u"+14155552671"_s));
    QVERIFY(runAndWait(true));
    QVERIFY(rows().contains(u"enrol done"_s));
    QCOMPARE(tenant->enrolledPhones(mode, s.createdUserId), QStringList {u"+14155552671"_s});

    // Removal names what it deletes, and deletes only that.
    QTest::mouseClick(child<QPushButton>(u"mfaRemovePushButton"_s), Qt::LeftButton);
    box = waitForBox(u"mfaRemoveMessageBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"DELETE /api/v2/users/"_s + s.createdUserId),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(u"DELETE /api/v2/clients/"_s + s.createdClientId));
    QSignalSpy removed(m_page->mfaTestPanel(), &MfaTestPanel::setupFinished);
    buttonWithRole(box, QMessageBox::DestructiveRole)->click();
    QVERIFY(removed.wait(Timeout));
    QCOMPARE(removed.first().at(0).toBool(), true);
    QCOMPARE(tenant->clientIds(mode), clientsBefore);
    QCOMPARE(tenant->userIds(mode), usersBefore);
    QVERIFY(child<QLineEdit>(u"mfaClientIdLineEdit"_s)->text().isEmpty());
    QVERIFY(
        !m_profiles->load(profile())->consoleSecretNames.contains(MfaTestSettings::passwordName()));
    // Nothing left to run with: Run says what is missing.
    QVERIFY(!child<QPushButton>(u"mfaRunPushButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"mfaRunPushButton"_s)->toolTip().startsWith(u"Test application"_s));
}

void TestMfaTestPanelGui::typedCredentialsGoToTheKeychainOnly()
{
    // A secret and a password typed in the fields: stored as the profile's console entries in the
    // keychain before the test runs, never in a file, and the fields are emptied.
    const QString secret
        = u"typed-client-secret-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString password
        = u"Typed-Pa55word-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    QTest::keyClicks(child<QLineEdit>(u"mfaClientSecretLineEdit"_s), secret);
    QTest::keyClicks(child<QLineEdit>(u"mfaPasswordLineEdit"_s), password);
    QVERIFY(child<QLineEdit>(u"mfaClientSecretLineEdit"_s)->echoMode() != QLineEdit::Normal);
    QVERIFY(child<QLineEdit>(u"mfaPasswordLineEdit"_s)->echoMode() != QLineEdit::Normal);
    // The simulated tenant refuses the sign-in: that secret is not the application's.
    QVERIFY(runAndWait(false));
    QVERIFY(child<QLineEdit>(u"mfaClientSecretLineEdit"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(u"mfaPasswordLineEdit"_s)->text().isEmpty());
    QVERIFY2(rows().contains(u"sign-in failed"_s), qPrintable(rows().join(u", "_s)));
    QVERIFY(!outcome().contains(secret));
    QVERIFY(!outcome().contains(password));

    SecretsJob *read = m_secrets->read(
        profile(), {MfaTestSettings::clientSecretName(), MfaTestSettings::passwordName()});
    QSignalSpy readDone(read, &SecretsJob::finished);
    QVERIFY(readDone.wait(Timeout));
    QCOMPARE(read->values().value(MfaTestSettings::clientSecretName()), secret);
    QCOMPARE(read->values().value(MfaTestSettings::passwordName()), password);
    QCOMPARE(consoleFilesHolding(secret), QStringList());
    QCOMPARE(consoleFilesHolding(password), QStringList());

    // The fixture entries back, for whatever runs next.
    SecretsJob *restore = m_secrets->apply(profile(), SandboxProfile::consoleSecrets());
    QSignalSpy restored(restore, &SecretsJob::finished);
    QVERIFY(restored.wait(Timeout));
    QVERIFY(!restore->failed());
}

QTEST_MAIN(TestMfaTestPanelGui)
#include "TestMfaTestPanelGui.moc"
