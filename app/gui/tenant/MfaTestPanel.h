#pragma once

#include "auth0/MfaSetup.h"
#include "auth0/MfaTimeline.h"
#include "auth0/TenantStatus.h"
#include "phone/PhoneNumber.h"
#include "profile/Profile.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class MfaTestPanel;
}

class MfaSetupJob;
class MfaTestJob;
class PhoneProviderTryJob;
class ProfileStore;
class QNetworkAccessManager;
class QTreeWidgetItem;
class SandboxHandset;
class SecretStore;
class TwilioSandbox;

// "Test the MFA flow" on the Tenant page: the test phone (checked as typed), the test application
// and user (named, with their secret and password going to the keychain, or set up and removed by
// the console after a confirmation that lists every write), Run (MfaTestJob) with its timeline as
// it happens, the code typed when Auth0 has texted it (or read from the simulated handset for the
// built-in sandbox), then the Twilio message with its statuses, the tenant's log events and how
// the login ended with Twilio's and Auth0's explanations. For a Unified tenant, "Send a test
// message" asks the phone provider for its test message (/try). Every step is a job; the UI
// thread never waits.
class MfaTestPanel : public QWidget
{
    Q_OBJECT
public:
    MfaTestPanel(ProfileStore *profiles, SecretStore *secrets, QNetworkAccessManager *network,
                 QWidget *parent = nullptr);
    ~MfaTestPanel() override;

    // The profile the Tenant page shows (an empty name: none). A test under way for another
    // profile is cancelled.
    void setProfile(const Profile &profile);
    // What the Tenant page last read: the mode decides whether the provider's test message is
    // offered.
    void setTenantStatus(const TenantStatus &status);
    // The console's built-in Twilio sandbox: its simulated handsets read the code for the
    // built-in Sandbox profile.
    void setTwilioSandbox(TwilioSandbox *sandbox);

    bool isBusy() const;
    // The last test's timeline, once it has finished.
    const MfaTimeline &timeline() const { return m_timeline; }

Q_SIGNALS:
    void testFinished(bool ok);
    void providerTestFinished(bool ok);
    // A set-up or a removal ended.
    void setupFinished(bool ok);

private:
    void fillSettings();
    void fillPlaceholders();
    void updateRecipient();
    void updateButtons();
    QString blockingReason() const;
    bool handsetReadsCode() const;
    MfaTestSettings typedSettings() const;
    void setStatus(const QString &text, bool error);

    // Run
    void run();
    void startJob(const QString &recipient);
    void onCodeNeeded(const QString &to);
    void submitCode();
    void cancel();
    void onJobFinished(MfaTestJob *job);

    // Set-up and removal
    void askSetUp();
    void applySetUp(const MfaSetupPlan &plan);
    void askRemove();
    void startRemove();

    // "Send a test message"
    void providerTest();

    // Timeline and outcome (MfaTestPanelView.cpp)
    void clearTimeline();
    void showStep(const MfaTimelineStep &step);
    void showOutcome(const MfaTimeline &timeline);
    QTreeWidgetItem *rowFor(const QString &id, bool create);

    const QScopedPointer<Ui::MfaTestPanel> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Profile m_profile;
    TenantSnapshot::Mode m_mode = TenantSnapshot::Mode::Unknown;
    bool m_hasProvider = false;
    QPointer<TwilioSandbox> m_twilioSandbox;
    PhoneNumberInfo m_recipient;

    QPointer<MfaTestJob> m_job;
    QPointer<SandboxHandset> m_handset;
    QPointer<MfaSetupJob> m_setupJob;
    QPointer<PhoneProviderTryJob> m_tryJob;
    bool m_savingSecrets = false;
    int m_generation = 0; // answers for an earlier profile are dropped
    MfaTimeline m_timeline;
};
