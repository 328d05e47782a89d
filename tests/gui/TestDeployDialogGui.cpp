#include "GuiTestSupport.h"
#include "hook/DeployDialog.h"
#include "profile/ProfileStore.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxProfile.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The Deploy dialog driven as a user would: it shows how the code differs from what the tenant
// runs, Deploy runs every step with its state in the list, the result says what was done. Real
// HTTP to an in-process simulated tenant and a real (throwaway) keychain.
class TestDeployDialogGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen());
        m_sandbox.setTimeScale(0.05);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("p.ini")));
        m_secrets = std::make_unique<SecretStore>(m_profiles.get());
        m_secrets->setService(QStringLiteral("sms-hook-deploy-gui-test"));
        Profile p;
        p.name = QStringLiteral("Deploy GUI");
        p.auth0.domain = Auth0Sandbox::tenant(Auth0Sandbox::Mode::Unified).domain;
        p.auth0.clientId = Auth0SandboxFixtures::fullClient().clientId;
        p.auth0.baseUrl = m_sandbox.baseUrl(Auth0Sandbox::Mode::Unified);
        m_profiles->save(p);
        QMap<QString, QString> values = SandboxProfile::secrets();
        values.insert(SecretRules::auth0ClientSecretName(),
                      Auth0SandboxFixtures::fullClient().clientSecret);
        SecretsJob *job = m_secrets->apply(p.name, values);
        QSignalSpy done(job, &SecretsJob::finished);
        QVERIFY(done.wait(15000) && !job->failed());
        m_profile = *m_profiles->load(p.name);
    }

    void diffThenDeploy()
    {
        QString code
            = m_sandbox
                  .boundAction(Auth0Sandbox::Mode::Unified, QStringLiteral("custom-phone-provider"))
                  ->deployedCode;
        code.replace(QStringLiteral("body: notification.as_text }"),
                     QStringLiteral("body: String(notification.as_text) }"));
        DeployDialog dialog(m_profile, code, m_secrets.get());
        dialog.resize(860, 600);
        dialog.show();
        auto *diff = dialog.findChild<QPlainTextEdit *>(QStringLiteral("deployDiffPlainTextEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(
            diff->toPlainText().contains(QLatin1String("body: String(notification.as_text) };")),
            10000);
        QVERIFY(diff->toPlainText().contains(QLatin1String("body: notification.as_text };")));
        QVERIFY(diff->toPlainText().contains(QLatin1String("\n-")));
        QVERIFY(diff->toPlainText().contains(QLatin1String("\n+")));
        auto *steps = dialog.findChild<QListWidget *>(QStringLiteral("deployStepsListWidget"));
        QCOMPARE(steps->count(), 8);
        GuiTestSupport::screenshot(&dialog, QStringLiteral("deploy-diff"));

        QSignalSpy finished(&dialog, &DeployDialog::deployFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("deployPushButton")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        for (int i = 0; i < steps->count(); ++i)
            QCOMPARE(steps->item(i)->data(Qt::UserRole + 1).toString(), QStringLiteral("done"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("deployResultLabel"))
                    ->text()
                    .startsWith(QLatin1String("Deployed version 2 of \"Twilio SMS\"")));
        QCOMPARE(
            m_sandbox
                .boundAction(Auth0Sandbox::Mode::Unified, QStringLiteral("custom-phone-provider"))
                ->deployedCode,
            code);
        GuiTestSupport::screenshot(&dialog, QStringLiteral("deploy-done"));
    }

    void refusalIsShownAndNothingChanges()
    {
        const QString before
            = m_sandbox
                  .boundAction(Auth0Sandbox::Mode::Unified, QStringLiteral("custom-phone-provider"))
                  ->deployedCode;
        DeployDialog dialog(
            m_profile,
            QStringLiteral("module.exports = function (recipient, text, context, cb) "
                           "{ cb(); };\n"),
            m_secrets.get());
        dialog.show();
        QSignalSpy finished(&dialog, &DeployDialog::deployFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("deployPushButton")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("deployResultLabel"))
                    ->text()
                    .contains(QLatin1String("Convert it to an Action")));
        auto *steps = dialog.findChild<QListWidget *>(QStringLiteral("deployStepsListWidget"));
        QCOMPARE(steps->item(0)->data(Qt::UserRole + 1).toString(), QStringLiteral("failed"));
        QCOMPARE(steps->item(1)->data(Qt::UserRole + 1).toString(), QStringLiteral("pending"));
        QCOMPARE(
            m_sandbox
                .boundAction(Auth0Sandbox::Mode::Unified, QStringLiteral("custom-phone-provider"))
                ->deployedCode,
            before);
    }

private:
    QTemporaryDir m_dir;
    Auth0Sandbox m_sandbox;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    Profile m_profile;
};

QTEST_MAIN(TestDeployDialogGui)
#include "TestDeployDialogGui.moc"
