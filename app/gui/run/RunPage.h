#pragma once

#include "phone/PhoneNumber.h"
#include "profile/Profile.h"
#include "run/SendJob.h"
#include "secrets/KeychainError.h"
#include "sms/SegmentCalculator.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class RunPage;
}

class DeliveryLog;
class ProfileStore;
class QLabel;
class SecretStore;
class QNetworkAccessManager;

// Sends one test message for the current profile, exactly as the hook would: Programmable SMS or
// Verify, the text composed from Auth0's hook context, the recipient and the body checked as
// typed. The send runs as a SendJob (never blocking, cancellable); the result card shows the SID,
// each delivery status with its time, segments, price, and for a failure Twilio's explanation
// with what to do.
class RunPage : public QWidget
{
    Q_OBJECT
public:
    RunPage(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~RunPage() override;

    QString profileName() const { return m_profile.name; }
    bool isSending() const { return !m_job.isNull(); }

    // The profile to send with (shared with the Secrets page). Empty: none.
    void setProfile(const QString &name);
    // Reads the profile again (settings and which secrets are set), e.g. after they changed.
    void reload();
    // Puts a recipient in To, e.g. the checklist's "send a test again".
    void setRecipient(const QString &to);
    // Every send is recorded there (null: not recorded).
    void setDeliveryLog(DeliveryLog *log);

    // The "last 24 h" strip: the profile's sends, delivered share and median latency over the
    // last day, from the delivery log (computed on a worker thread: RunPageStrip.cpp). Refreshed
    // when the page is shown, the profile changes and each send ends; lastDayShown() then.
    QLabel *lastDayLabel() const { return m_lastDayLabel; }
    void refreshLastDay();

Q_SIGNALS:
    void sendFinished(SendResult::Outcome outcome);
    void lastDayShown();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class SecretsState { Unknown, Loading, Loaded, Failed };

    SendRequest::Api api() const;
    void readSecrets();
    void composeFromTemplate();
    void generateCode();

    void fitLabelHeights();
    void updateRecipient();
    void updateSegments();
    void updateApi();
    QStringList missingSecrets() const;
    void updateNotice();
    void updateSendState();
    QString blockingReason() const;

    void send();
    void cancel();
    void onStageChanged(SendResult::Stage stage);
    void onStatusChanged(const StatusTransition &transition);
    void onFinished();
    void clearResult(); // back to the placeholder, as before any send
    void showResult(const SendResult &result, bool finished);
    void addTimelineRow(const StatusTransition &transition);
    QString explanationMarkdown(const SendResult &result) const;

    const QScopedPointer<Ui::RunPage> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network = nullptr; // made on the first send
    QPointer<DeliveryLog> m_deliveryLog;
    Profile m_profile;

    SecretsState m_secretsState = SecretsState::Unknown;
    int m_secretsGeneration = 0; // ignores the answer of a read that was overtaken
    QString m_phoneNumber; // TWILIO_PHONE_NUMBER (a number or MG SID): not a credential
    QString m_verifyServiceSid;
    bool m_hasAccountSid = false;
    bool m_hasAuthToken = false;
    KeychainError m_keychainError;

    PhoneNumberInfo m_toInfo;
    SegmentInfo m_segments;
    QString m_composedBody; // the last text made from the template: replaced while untouched

    void setUpLastDay();
    QLabel *m_lastDayLabel = nullptr;
    quint64 m_lastDayGeneration = 0; // ignores an answer overtaken by a newer question

    QPointer<SendJob> m_job;
    QPointer<SendJob> m_lookupJob; // a finished send whose outcome is unknown, kept to look it up
    void lookUp();
    QDateTime m_sendStartedUtc;
};
