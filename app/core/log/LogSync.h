#pragma once

#include "DeliveryLog.h"
#include "profile/Profile.h"
#include "sync/SyncProgress.h"
#include "twilio/TwilioError.h"
#include "twilio/TwilioTypes.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class TwilioClient;
class TwilioReply;

// Imports Twilio's own message log for a profile and a range of DateSent days into the delivery
// log, page by page (each page in one transaction), merged with local rows by SID. Only GETs
// (retried on transient failures by TwilioClient). The place reached is kept in sync_state, so
// that syncing the same range again after a cancel or a failure continues from the next page.
// Bodies are kept with their one-time codes masked unless setKeepCodes(true).
// Emits finished() exactly once.
class LogSync : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Completed, Cancelled, Failed };
    Q_ENUM(Outcome)

    struct Progress
    {
        int pages = 0; // pages imported for this range, earlier runs included
        int imported = 0; // new rows
        int merged = 0; // local rows completed with Twilio's data
        bool resumed = false; // continued from an interrupted run

        // In the words both syncs share (SyncProgressText).
        SyncProgress common() const
        {
            return {SyncProgress::Kind::TwilioMessages, pages, imported, merged, resumed};
        }
    };

    // credentials come from the keychain, read by the caller; they are kept in memory only.
    LogSync(DeliveryLog *log, const Profile &profile, const TwilioCredentials &credentials,
            QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~LogSync() override;

    void setPageSize(int size); // messages per page (Twilio: up to 1000); default 100
    // Bodies are stored with their one-time codes masked (CodeMask) unless keep is true: the
    // profile's CodeMask::keepSetting(), or `logs sync --keep-codes`.
    void setKeepCodes(bool keep);
    void setTimeoutMs(int ms);

    // since and until inclusive, UTC days. A valid range is needed (since <= until).
    void start(const QDate &since, const QDate &until);
    void cancel();
    const Progress &progress() const { return m_progress; }
    QString errorString() const { return m_error; } // translated, after Failed
    // Twilio's error when the failure came from Twilio (code 20003: the credentials were refused).
    const TwilioError &twilioError() const { return m_twilioError; }

Q_SIGNALS:
    void progressChanged(const LogSync::Progress &progress);
    void finished(LogSync::Outcome outcome);

private:
    void fetch(const QString &nextPageUri);
    void onPage(TwilioReply *reply);
    void finish(Outcome outcome, const QString &error = {});

    QPointer<DeliveryLog> m_log;
    Profile m_profile;
    TwilioClient *m_client;
    int m_pageSize = 100;
    bool m_keepCodes = false;
    DeliveryLog::SyncState m_state;
    Progress m_progress;
    QPointer<TwilioReply> m_reply;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_error;
    TwilioError m_twilioError;
};

Q_DECLARE_METATYPE(LogSync::Progress)
