#pragma once

#include "TenantLogStore.h"
#include "auth0/Auth0Error.h"
#include "profile/Profile.h"
#include "sync/SyncProgress.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>

class Auth0Client;
class Auth0Reply;
class DeliveryLog;
class QNetworkAccessManager;
class SecretStore;

// Reads a profile's Auth0 tenant log into the delivery log (TenantLogStore) and matches each MFA
// send event to the Twilio message it caused. Only GETs of /api/v2/logs:
//  - the first run for a day asks Auth0's log search for the oldest synced event since then
//    (q=(type:gd_send_sms OR ...) AND date:[DAY TO *], sort=date:1, per_page=1);
//  - from there it pages by checkpoint (from=<log_id>&take=N, ordered by log_id, no 1,000
//    cap). Auth0 ignores q in checkpoint mode, so the types are kept here.
// Each page is stored with the checkpoint in one transaction, so a cancelled or crashed sync
// continues from the last stored page, and a sync run again reads only what is new; events are
// keyed by log_id, so nothing is stored twice. Auth0Client waits out 429s until
// x-ratelimit-reset (rateLimited() says so). At the end, events still without a message are
// matched again (Twilio's log may have been imported since). Emits finished() exactly once.
class TenantLogSync : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Completed, Cancelled, Failed };
    Q_ENUM(Outcome)
    static constexpr int DefaultDays = 7; // without --since: the last week, today included

    struct Progress
    {
        int pages = 0; // pages read for this profile, earlier runs included
        int fetched = 0; // events Auth0 answered with (every type)
        int stored = 0; // new events kept (this run)
        int matched = 0; // events linked to a Twilio message (this run)
        bool resumed = false; // continued from an interrupted run

        // In the words both syncs share (SyncProgressText).
        SyncProgress common() const
        {
            return {SyncProgress::Kind::TenantEvents, pages, stored, matched, resumed};
        }
    };

    // The client secret is read from secrets when the sync starts, kept in memory only.
    TenantLogSync(DeliveryLog *log, const Profile &profile, SecretStore *secrets,
                  QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    // With the secret already read.
    TenantLogSync(DeliveryLog *log, const Profile &profile, const QString &clientSecret,
                  QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~TenantLogSync() override;

    void setTake(int take); // events per checkpoint page, 1..100; default 100
    void setTimeoutMs(int ms);

    // since: the first day (UTC) to read. Invalid: continue the stored sync, or start
    // DefaultDays back. A day other than the stored one starts over from that day (events
    // already stored are kept, not duplicated).
    void start(const QDate &since = {});
    // Stops after the page in flight (not stored) or being stored (kept).
    void cancel();

    const Progress &progress() const { return m_progress; }
    QDate since() const { return m_state.since; }
    QString errorString() const { return m_error; } // translated, after Failed
    const Auth0Error &auth0Error() const { return m_auth0Error; }

Q_SIGNALS:
    void progressChanged(const TenantLogSync::Progress &progress);
    // Auth0 answered 429; the client tries again at resetUtc.
    void rateLimited(const QDateTime &resetUtc);
    void finished(TenantLogSync::Outcome outcome);

private:
    void begin(const QString &clientSecret, const QDate &since);
    void locateStart();
    void fetchPage();
    void onReply(Auth0Reply *reply, bool search);
    void store(const QList<TenantLogRecord> &records);
    void finish(Outcome outcome, const QString &error = {});

    QPointer<DeliveryLog> m_log;
    Profile m_profile;
    SecretStore *m_secrets = nullptr;
    QString m_givenSecret;
    QNetworkAccessManager *m_network;
    Auth0Client *m_client = nullptr;
    int m_take = 100;
    int m_timeoutMs = 0;
    TenantLogStore::SyncState m_state;
    Progress m_progress;
    QPointer<Auth0Reply> m_reply;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_error;
    Auth0Error m_auth0Error;
};

Q_DECLARE_METATYPE(TenantLogSync::Progress)
