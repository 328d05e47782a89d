#include "GuiTestSupport.h"
#include "auth0/Auth0Client.h"
#include "auth0/Auth0Requests.h"
#include "profile/ProfileStore.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "tenant/TenantPage.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {
constexpr int Timeout = 20000;
const QString ProfileName = QStringLiteral("Tenant GUI");
} // namespace

// The Tenant page driven as a user would: type the connection, press Connect, read the board,
// open a finding; a wrong secret keeps what was typed; Disconnect asks first. Real HTTP to an
// in-process simulated tenant and a real (throwaway) keychain.
class TestTenantPageGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void connectAndReadTheBoard();
    void wrongSecretKeepsWhatWasTyped();
    void badDomainNamesTheField();
    void missingSecretSaysWhereToFindIt();
    void problemFindingShowsItsFix();
    void disconnectAsksFirst();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    void typeConnection(const QString &secret);
    bool connectAndWait();
    QString severityOf(const QString &id) const;

    QTemporaryDir m_dir;
    Auth0Sandbox m_sandbox;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<TenantPage> m_page;
};

void TestTenantPageGui::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.listen());
    m_sandbox.setTimeScale(0.05);
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<SecretStore>(m_profiles.get());
    m_secrets->setService(QStringLiteral("sms-hook-tenant-gui-test"));
}

void TestTenantPageGui::init()
{
    m_sandbox.reset(Auth0Sandbox::Mode::Unified);
    m_page.reset();
    if (m_profiles->contains(ProfileName)) {
        SecretsJob *job = m_secrets->removeProfile(ProfileName);
        QSignalSpy done(job, &SecretsJob::finished);
        QVERIFY(done.wait(Timeout));
    }
    Profile p;
    p.name = ProfileName;
    m_profiles->save(p);
    m_page = std::make_unique<TenantPage>(m_profiles.get(), m_secrets.get());
    m_page->resize(1000, 640);
    m_page->show();
    m_page->setProfile(ProfileName);
}

void TestTenantPageGui::typeConnection(const QString &secret)
{
    auto *domain = child<QLineEdit>(QStringLiteral("tenantDomainLineEdit"));
    domain->clear();
    QTest::keyClicks(domain, Auth0Sandbox::tenant(Auth0Sandbox::Mode::Unified).domain);
    auto *client = child<QLineEdit>(QStringLiteral("tenantClientIdLineEdit"));
    client->clear();
    QTest::keyClicks(client, Auth0SandboxFixtures::fullClient().clientId);
    auto *secretEdit = child<QLineEdit>(QStringLiteral("tenantClientSecretLineEdit"));
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    secretEdit->clear();
    QTest::keyClicks(secretEdit, secret);
    auto *base = child<QLineEdit>(QStringLiteral("tenantBaseUrlLineEdit"));
    base->clear();
    QTest::keyClicks(base, m_sandbox.baseUrl(Auth0Sandbox::Mode::Unified).toString());
}

bool TestTenantPageGui::connectAndWait()
{
    QSignalSpy read(m_page.get(), &TenantPage::statusRead);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tenantConnectPushButton")),
                      Qt::LeftButton);
    return read.wait(Timeout);
}

QString TestTenantPageGui::severityOf(const QString &id) const
{
    auto *tree = m_page->findChild<QTreeWidget *>(QStringLiteral("tenantFindingsTreeWidget"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
    }
    return {};
}

void TestTenantPageGui::connectAndReadTheBoard()
{
    typeConnection(Auth0SandboxFixtures::fullClient().clientSecret);
    QVERIFY(connectAndWait());
    auto *tree = child<QTreeWidget>(QStringLiteral("tenantFindingsTreeWidget"));
    QCOMPARE(tree->topLevelItemCount(), 13);
    QCOMPARE(severityOf(QStringLiteral("binding")), QStringLiteral("ok"));
    QVERIFY2(child<QLabel>(QStringLiteral("tenantSummaryLabel"))
                 ->text()
                 .contains(QLatin1String("Twilio SMS")),
             qPrintable(child<QLabel>(QStringLiteral("tenantSummaryLabel"))->text()));
    // The secret field is emptied; the secret is in the keychain, under the console's entry.
    QVERIFY(child<QLineEdit>(QStringLiteral("tenantClientSecretLineEdit"))->text().isEmpty());
    const auto stored = m_profiles->load(ProfileName);
    QVERIFY(stored->auth0.isConnected());
    QCOMPARE(stored->consoleSecretNames, QStringList {SecretRules::auth0ClientSecretName()});
    QVERIFY(stored->secretNames.isEmpty()); // never among the hook's secrets
    QCOMPARE(child<QPushButton>(QStringLiteral("tenantConnectPushButton"))
                 ->text()
                 .remove(QLatin1Char('&')),
             QStringLiteral("Reconnect"));
    GuiTestSupport::screenshot(m_page.get(), QStringLiteral("tenant-connected"));

    // Refresh reads again without asking for the secret.
    QSignalSpy read(m_page.get(), &TenantPage::statusRead);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tenantRefreshPushButton")),
                      Qt::LeftButton);
    QVERIFY(read.wait(Timeout));
    QCOMPARE(tree->topLevelItemCount(), 13);

    // A page opened later for the same profile reads the board by itself.
    TenantPage again(m_profiles.get(), m_secrets.get());
    QSignalSpy readAgain(&again, &TenantPage::statusRead);
    again.setProfile(ProfileName);
    again.show();
    QVERIFY(readAgain.wait(Timeout));
    QCOMPARE(again.status().wouldSend(), true);

    // Neither the client secret nor any token the tenant issued is in a file the console wrote.
    const QStringList needles = QStringList {Auth0SandboxFixtures::fullClient().clientSecret}
        + m_sandbox.issuedTokens(Auth0Sandbox::Mode::Unified);
    QVERIFY(needles.size() >= 3);
    const QStringList roots {m_dir.path(),
                             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                             QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            for (const QString &needle : needles)
                QVERIFY2(!content.contains(needle.toUtf8()), qPrintable(f.fileName()));
        }
    }
}

void TestTenantPageGui::wrongSecretKeepsWhatWasTyped()
{
    typeConnection(QStringLiteral("not-the-secret"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tenantConnectPushButton")),
                      Qt::LeftButton);
    auto *message = child<QLabel>(QStringLiteral("tenantConnectionStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("client ID and secret")),
                             Timeout);
    QCOMPARE(child<QLineEdit>(QStringLiteral("tenantClientSecretLineEdit"))->text(),
             QStringLiteral("not-the-secret"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("tenantDomainLineEdit"))->text(),
             Auth0Sandbox::tenant(Auth0Sandbox::Mode::Unified).domain);
    QVERIFY(!m_profiles->load(ProfileName)->auth0.isConnected());
    QVERIFY(child<QPushButton>(QStringLiteral("tenantConnectPushButton"))->isEnabled());
    GuiTestSupport::screenshot(m_page.get(), QStringLiteral("tenant-wrong-secret"));
}

void TestTenantPageGui::badDomainNamesTheField()
{
    auto *domain = child<QLineEdit>(QStringLiteral("tenantDomainLineEdit"));
    QTest::keyClicks(domain, QStringLiteral("https://acme.auth0.com/"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tenantConnectPushButton")),
                      Qt::LeftButton);
    const QString text = child<QLabel>(QStringLiteral("tenantConnectionStatusLabel"))->text();
    QVERIFY2(text.startsWith(QLatin1String("Auth0 domain")), qPrintable(text));
    QCOMPARE(m_page->focusWidget(), domain);
    QCOMPARE(m_sandbox.requestLog().size(), 0);
}

// The words for a missing client secret are the core's, the same a token request refuses with.
void TestTenantPageGui::missingSecretSaysWhereToFindIt()
{
    typeConnection(QString());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tenantConnectPushButton")),
                      Qt::LeftButton);
    const QString text = child<QLabel>(QStringLiteral("tenantConnectionStatusLabel"))->text();
    QCOMPARE(text, Auth0Requests::checkClientSecret(QString()));
    QVERIFY2(text.startsWith(QLatin1String("Client secret")), qPrintable(text));
    Auth0Connection typed;
    typed.domain = Auth0Sandbox::tenant(Auth0Sandbox::Mode::Unified).domain;
    typed.clientId = Auth0SandboxFixtures::fullClient().clientId;
    QCOMPARE(Auth0Requests::token(typed, QString()).error, text);
    QCOMPARE(m_page->focusWidget(), child<QLineEdit>(QStringLiteral("tenantClientSecretLineEdit")));
    QCOMPARE(m_sandbox.requestLog().size(), 0);
}

void TestTenantPageGui::problemFindingShowsItsFix()
{
    typeConnection(Auth0SandboxFixtures::fullClient().clientSecret);
    QVERIFY(connectAndWait());
    // The administrator turns SMS off in the tenant; Refresh shows it and selects it.
    const Profile p = *m_profiles->load(ProfileName);
    Auth0Client admin(p.auth0, Auth0SandboxFixtures::fullClient().clientSecret);
    Auth0Reply *off
        = admin.send(Auth0Requests::setGuardianFactor(p.auth0, QStringLiteral("sms"), false));
    QSignalSpy offDone(off, &Auth0Reply::finished);
    QVERIFY(offDone.wait(Timeout));
    QVERIFY(off->isOk());
    QSignalSpy read(m_page.get(), &TenantPage::statusRead);
    QTest::keyClick(child<QTreeWidget>(QStringLiteral("tenantFindingsTreeWidget")), Qt::Key_F5);
    QVERIFY(read.wait(Timeout));
    QCOMPARE(severityOf(QStringLiteral("sms-factor")), QStringLiteral("problem"));
    auto *tree = child<QTreeWidget>(QStringLiteral("tenantFindingsTreeWidget"));
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("sms-factor"));
    const QString details
        = child<QTextBrowser>(QStringLiteral("tenantDetailsTextBrowser"))->toPlainText();
    QVERIFY2(details.contains(QLatin1String("Turn on Phone Message")), qPrintable(details));
    QVERIFY(child<QPushButton>(QStringLiteral("tenantDashboardPushButton"))->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("tenantSummaryLabel"))
                ->text()
                .contains(QLatin1String("SMS factor")));
    GuiTestSupport::screenshot(m_page.get(), QStringLiteral("tenant-problem"));
}

void TestTenantPageGui::disconnectAsksFirst()
{
    typeConnection(Auth0SandboxFixtures::fullClient().clientSecret);
    QVERIFY(connectAndWait());
    // Cancel changes nothing.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tenantDisconnectPushButton")),
                      Qt::LeftButton);
    QMessageBox *cancelBox = nullptr;
    QTRY_VERIFY((cancelBox
                 = m_page->findChild<QMessageBox *>(QStringLiteral("tenantDisconnectMessageBox"))));
    cancelBox->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("tenantDisconnectMessageBox")));
    QVERIFY(m_profiles->load(ProfileName)->auth0.isConnected());

    QSignalSpy changed(m_page.get(), &TenantPage::connectionChanged);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tenantDisconnectPushButton")),
                      Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = m_page->findChild<QMessageBox *>(QStringLiteral("tenantDisconnectMessageBox"))));
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            yes = b;
    }
    QVERIFY(yes);
    yes->click();
    QVERIFY(changed.wait(Timeout));
    const auto p = m_profiles->load(ProfileName);
    QVERIFY(!p->auth0.isConnected());
    QVERIFY(p->consoleSecretNames.isEmpty());
    QVERIFY(child<QLineEdit>(QStringLiteral("tenantDomainLineEdit"))->text().isEmpty());
    QCOMPARE(child<QTreeWidget>(QStringLiteral("tenantFindingsTreeWidget"))->topLevelItemCount(),
             0);
}

QTEST_MAIN(TestTenantPageGui)
#include "TestTenantPageGui.moc"
