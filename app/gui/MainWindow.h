#pragma once

#include <QMainWindow>
#include <QScopedPointer>

namespace Ui {
class MainWindow;
}

class ProfileStore;
class SecretStore;
class SecretsPage;

// The console's window: a navigation list on the left and one page per task on the right.
// Only pages that work are listed. Remembers its geometry in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    SecretsPage *secretsPage() const { return m_secretsPage; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void restoreWindowSettings();
    void saveWindowSettings() const;
    void showAbout();

    const QScopedPointer<Ui::MainWindow> m_ui;
    SecretsPage *m_secretsPage;
};
