#pragma once

#include <QMainWindow>
#include <QScopedPointer>

namespace Ui {
class MainWindow;
}

class BuiltInSandbox;
class ChecklistPage;
class DeliveryLog;
class HookPage;
class LogPage;
class ProfileStore;
class QLabel;
class RunPage;
class SecretStore;
class SecretsPage;
class TenantPage;
class TwilioSandbox;

// The console's window: a navigation list on the left and one page per task on the right.
// Only pages that work are listed. Remembers its geometry in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // log: where every send is recorded; it must outlive the window (main creates it first).
    MainWindow(ProfileStore *profiles, SecretStore *secrets, DeliveryLog *log,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SecretsPage *secretsPage() const { return m_secretsPage; }
    TenantPage *tenantPage() const { return m_tenantPage; }
    RunPage *runPage() const { return m_runPage; }
    HookPage *hookPage() const { return m_hookPage; }
    LogPage *logPage() const { return m_logPage; }
    ChecklistPage *checklistPage() const { return m_checklistPage; }
    // Brings a page to the front, as the navigation list does.
    void showPage(QWidget *page);
    // The pages in the navigation list's order (each shown in a scroll area of its own), and
    // the one shown.
    QList<QWidget *> pages() const;
    QWidget *currentPage() const;
    DeliveryLog *deliveryLog() const { return m_deliveryLog; }

    // Starts the built-in Twilio sandbox and its "Sandbox" profile once the window has been
    // shown (never delaying the first frame); selected when it is the only profile.
    void startBuiltInSandbox();
    // The running sandbox, or null before startBuiltInSandbox() got going.
    TwilioSandbox *builtInSandbox() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void restoreWindowSettings();
    void saveWindowSettings() const;
    void showAbout();
    void setupWelcome();
    void openDocument(const QString &name);
    // Where a guide of the checkout (README.md, docs/...) is, installed or in the source tree;
    // empty when it is in neither.
    static QString documentPath(const QString &name);
    void launchSandbox();
    void showDeliveryLogState();
    void setProfileOnPages(const QString &name);
    void reloadPages(const QString &profile);

    const QScopedPointer<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    DeliveryLog *m_deliveryLog;
    SecretsPage *m_secretsPage;
    TenantPage *m_tenantPage;
    HookPage *m_hookPage;
    RunPage *m_runPage;
    LogPage *m_logPage;
    ChecklistPage *m_checklistPage;
    BuiltInSandbox *m_sandbox = nullptr;
    QLabel *m_sandboxStatusLabel = nullptr;
};
