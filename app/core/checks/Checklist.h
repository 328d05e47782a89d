#pragma once

#include "CheckItem.h"
#include "auth0/TenantStatus.h"
#include "profile/Profile.h"
#include "twilio/TwilioError.h"
#include "twilio/TwilioTypes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class DeliveryLog;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;
class TwilioClient;
class TwilioReply;
class TenantStatusJob;
struct Attempt;

// Runs the troubleshooting checklist for one profile: reads the secrets it needs once from the
// keychain, then asks Twilio what it needs (the account, the sender, the recipient among verified
// caller IDs) with the requests made side by side, and reads the last attempt from the delivery
// log. Each item is judged by CheckJudge as soon as what it needs is in, and reported through
// itemChanged(). Never blocks; cancel() at any time; finished() once per run, always after
// runAll()/runItems() has returned.
//
// Items 4 and 6 need working credentials: when item 3 fails they are "not checked", saying so.
// The console fixes two things itself (applyFix): it stores the sending number in E.164 form,
// and it remembers the manual confirmation of item 1 per profile (in the profile's settings) for a
// profile with no tenant connected; a connected profile's item 1 is the tenant's status board
// (TenantStatusJob), which also gives item 2 the deployed Action's secrets.
class Checklist : public QObject
{
    Q_OBJECT
public:
    // profiles may be null (nothing is remembered); log may be null (item 7 is not checked).
    Checklist(ProfileStore *profiles, SecretStore *secrets, QNetworkAccessManager *network,
              DeliveryLog *log = nullptr, QObject *parent = nullptr);
    ~Checklist() override;

    // The profile to check; resets every item to "not checked" (cancels a run under way).
    void setProfile(const Profile &profile);
    const Profile &profile() const { return m_profile; }
    // The test recipient, as typed (parsed with the profile's default region). May be empty.
    void setRecipient(const QString &recipient);
    QString recipient() const { return m_recipient; }
    // The recipient last used with this profile (kept in the profile's settings).
    QString rememberedRecipient() const;
    void rememberRecipient(const QString &recipient);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    const QList<CheckItem> &items() const { return m_items; }
    CheckItem item(const QString &id) const;
    bool isRunning() const { return m_running; }

    // Starts the checks; false (and nothing happens) while a run is under way or without a
    // profile. Unknown ids are ignored.
    bool runAll();
    bool runItems(const QStringList &ids);
    bool runItem(const QString &id) { return runItems({id}); }
    // Stops the run: items still running become "not checked"; finished() follows.
    void cancel();

    // Performs the fixes the console can make itself: RewriteE164 (stores the number, then checks
    // items 2, 4 and 5 again) and ConfirmManual. false for the other kinds (the front end opens
    // pages and URLs) and while a run is under way. fixApplied() reports the outcome.
    bool applyFix(const CheckFix &fix);

    // Item 1's confirmation, per profile.
    bool isManualConfirmed() const;
    QDateTime manualConfirmedAt() const;

Q_SIGNALS:
    // A run begins (runAll, runItems, or the re-check after a fix); finished() follows once.
    void started();
    void itemChanged(const CheckItem &item);
    void progress(int done, int total);
    void finished();
    void fixApplied(const CheckFix &fix, bool ok, const QString &message);

private:
    void start();
    void readSecrets();
    void readTenant();
    void analyseHookCode();
    void judgeSecrets();
    void onSecrets(const QMap<QString, QString> &values);
    void onKeychainFailed(const QString &summary, const QString &fix);
    void askTwilio(const QMap<QString, QString> &values);
    void onAccount(TwilioReply *reply);
    void judgeSender();
    void judgeTrial();
    void readLastAttempt();
    void readLastLogin(const std::optional<Attempt> &lastTest);
    void complete(const CheckItem &item);
    void setItem(const CheckItem &item);
    bool wants(const QString &id) const { return m_wanted.contains(id); }
    bool isDone(const QString &id) const { return m_done.contains(id); }
    void finishRun(bool abortRequests);
    TwilioReply *track(TwilioReply *reply);

    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager *m_network;
    QPointer<DeliveryLog> m_log;
    Profile m_profile;
    QString m_recipient;
    int m_timeoutMs = 15000;
    QList<CheckItem> m_items;

    // The run under way. m_generation tells answers of an old run (or a cancelled one) apart.
    bool m_running = false;
    int m_generation = 0;
    QSet<QString> m_wanted;
    QSet<QString> m_done;
    int m_total = 0;
    TwilioClient *m_client = nullptr;
    QList<QPointer<TwilioReply>> m_replies;

    // What the Twilio requests brought back, for the items that need several answers.
    std::optional<CheckItem> m_credentials; // item 3, once judged
    Account m_account;
    QMap<QString, QString> m_values; // the secrets read; dropped when the run ends
    bool m_secretsRead = false;
    std::optional<QStringList> m_usedByCode;
    QString m_codeTemplate; // the template judged when no code is saved, else empty
    bool m_codeAnalysed = false;
    struct Pending
    {
        int number = 0; // lookups not answered yet
        int service = 0;
        int messaging = 0;
        int callerId = 0;
    } m_pending;
    QList<IncomingPhoneNumber> m_numbers;
    TwilioError m_numberError;
    bool m_numberLooked = false;
    VerifyService m_service;
    TwilioError m_serviceError;
    bool m_serviceLooked = false;
    MessagingService m_messagingService;
    TwilioError m_messagingError;
    bool m_messagingLooked = false;
    // Item 1 (and item 2's Action secrets) from the tenant, when the profile is connected.
    QPointer<TenantStatusJob> m_tenantJob;
    bool m_tenantPending = false;
    std::optional<TenantStatus> m_tenantStatus;
    QList<OutgoingCallerId> m_callerIds;
    TwilioError m_callerIdError;
};
