#pragma once

#include "auth0/TenantStatus.h"
#include "profile/Profile.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class TenantPage;
}

class MfaTestPanel;
class ProfileStore;
class QNetworkAccessManager;
class QTreeWidgetItem;
class SecretStore;
class TenantConnectJob;
class TenantStatusJob;
class TwilioSandbox;

// The Tenant page: connects the current profile to its Auth0 tenant (domain, M2M client ID,
// client secret into the keychain) and shows the tenant's status board: each finding with what
// is wrong, the fix and its Auth0 Dashboard link; its second tab tests the MFA flow end to end
// (MfaTestPanel). Every read and write runs as a job; the UI thread never waits.
class TenantPage : public QWidget
{
    Q_OBJECT
public:
    TenantPage(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~TenantPage() override;

    void setProfile(const QString &name);
    // Reads the profile again from the settings (the Sandbox profile may have been re-pointed).
    void reload();
    // Reads the tenant's status now (the Refresh button).
    void refresh();
    bool isBusy() const;
    const TenantStatus &status() const { return m_status; }
    // The console's built-in Twilio sandbox, whose simulated handsets read the MFA test's code
    // for the built-in Sandbox profile.
    void setTwilioSandbox(TwilioSandbox *sandbox);
    MfaTestPanel *mfaTestPanel() const { return m_mfaTest; }

Q_SIGNALS:
    // The profile was connected to or disconnected from a tenant.
    void connectionChanged(const QString &profile);
    // A status read finished.
    void statusRead();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillConnection();
    void connectTenant();
    void startConnect(const Auth0Connection &connection, const QString &secret);
    void askDisconnect();
    void showStatus(const TenantStatus &status);
    void showFinding(QTreeWidgetItem *row);
    void openDashboard();
    void setConnectionMessage(const QString &text, bool error);
    void updateButtons();

    const QScopedPointer<Ui::TenantPage> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    MfaTestPanel *m_mfaTest;
    Profile m_profile;
    bool m_hasProfile = false;
    bool m_needsRefresh = false;
    TenantStatus m_status;
    QPointer<TenantStatusJob> m_statusJob;
    QPointer<TenantConnectJob> m_connectJob;
    bool m_readingSecret = false;
};
