#pragma once

#include "checks/CheckItem.h"
#include "profile/Profile.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class ChecklistPage;
}

class Checklist;
class DeliveryLog;
class ProfileStore;
class QNetworkAccessManager;
class QTreeWidgetItem;
class QUrl;
class SecretStore;

// The troubleshooting checklist for the current profile: Auth0's list of causes, each checked
// for real by the core's Checklist (keychain, Twilio, delivery log) and shown with a state icon,
// a one-line finding, Markdown details and the fixes that apply. Run all (with progress) or the
// selected item, cancel, export a Markdown report. Navigation fixes are signals the window
// connects to its pages; the E.164 rewrite and the manual confirmation are done here.
class ChecklistPage : public QWidget
{
    Q_OBJECT
public:
    ChecklistPage(ProfileStore *profiles, SecretStore *secrets, DeliveryLog *log,
                  QWidget *parent = nullptr);
    ~ChecklistPage() override;

    QString profileName() const { return m_profile.name; }
    Checklist *checklist() const { return m_checklist; }

    // The profile to check (shared with the other pages). Empty: none.
    void setProfile(const QString &name);
    // Reads the profile's settings again (base URLs, region), e.g. after they changed.
    void reload();
    // Writes the Markdown report; false with a translated reason.
    bool exportReport(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void openSecretRequested(const QString &secretName);
    void sendTestRequested(const QString &to);
    void openHookCodeRequested();
    void openTenantRequested();

private:
    bool m_summaryShown = false; // the status line shows the tally of the last run
    QTreeWidgetItem *row(const QString &id) const;
    QString currentId() const;
    void showItem(const CheckItem &item);
    void showCurrent();
    void updateRow(const CheckItem &item);
    void updateButtons();
    void runAll();
    void runCurrent();
    void applyFix(const CheckFix &fix);
    void openLink(const QUrl &url);
    void exportWithDialog();
    void setStatus(const QString &text, const QString &style = QString());

    const QScopedPointer<Ui::ChecklistPage> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Checklist *m_checklist;
    Profile m_profile;
};
