#pragma once

#include "TenantChain.h"
#include "TenantLogRecord.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class DeliveryLog;
class QSqlDatabase;
struct MfaTimeline;

// The Auth0 tenant log events in the delivery log (tables auth0_events, action_run_sids,
// auth0_sync_state) and their matching to attempts. The static functions run on a connection
// the caller owns (the log's thread, a read-only viewer connection, a benchmark); the others
// post them to a DeliveryLog's thread and answer in the caller's thread.
//
// Matching, for each new send event: exact when the Action run the event names recorded the
// SID of a message in the log (recordActionRunSids); otherwise the recipient's messages of the
// same profile created around the event (TenantLogMatch), through the index on
// attempts(to_number, created_at). An attempt belongs to at most one event.
class TenantLogStore
{
public:
    struct SyncState
    {
        QString profile;
        QDate since; // the first day asked for, UTC
        QString checkpoint; // the last log_id read; empty: not started
        int pages = 0;
        int fetched = 0; // events Auth0 answered with, every type
        int stored = 0; // events kept (new ones)
        bool complete = false; // the last page reached the newest event
    };

    struct Filter
    {
        QString profile; // empty: all
        QString type; // an Auth0 event type; empty: the send types
        // The profile's Twilio messages no event explains (with an empty type only).
        bool withMessagesWithoutEvent = true;
        QDateTime since; // inclusive, UTC; invalid: any
        QDateTime until; // exclusive
    };

    // --- on a connection ---
    static std::optional<SyncState> readState(QSqlDatabase &db, const QString &profile,
                                              QString *error);
    // Stores a page of events (those of a synced type not stored yet; others are skipped) and
    // matches the new send events, then writes state (its counters already include the page).
    // Run inside a transaction. stored/matched: this page's counts.
    static bool storePage(QSqlDatabase &db, const QList<TenantLogRecord> &records,
                          const SyncState &state, int *stored, int *matched, QList<qint64> *changed,
                          QString *error);
    // Matches again the profile's send events that have no message yet (after Twilio's log
    // was imported, or SIDs were recorded).
    static bool rematch(QSqlDatabase &db, const QString &profile, int *matched,
                        QList<qint64> *changed, QString *error);
    // The Twilio messages an Action run made (the console's MFA test knows them).
    static bool recordActionRunSids(QSqlDatabase &db, const QString &executionId,
                                    const QStringList &sids, QString *error);
    // Newest first, at most limit.
    static QList<TenantChain> chains(QSqlDatabase &db, const Filter &filter, int limit,
                                     QString *error);
    // The chain an attempt is part of (Linked), or its NoAuth0Event chain; nullopt when the
    // attempt is not a message Auth0 could have caused (no tenant events for its profile).
    static std::optional<TenantChain> chainForAttempt(QSqlDatabase &db, qint64 attemptId,
                                                      QString *error);

    // --- posted to a DeliveryLog ---
    using StateCallback
        = std::function<void(const std::optional<SyncState> &state, const QString &error)>;
    using PageCallback = std::function<void(int stored, int matched, const QString &error)>;
    using ChainsCallback = std::function<void(const QList<TenantChain> &, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;
    static void readState(DeliveryLog *log, const QString &profile, QObject *context,
                          StateCallback done);
    static void storePage(DeliveryLog *log, const QList<TenantLogRecord> &records,
                          const SyncState &state, QObject *context, PageCallback done);
    static void rematch(DeliveryLog *log, const QString &profile, QObject *context,
                        PageCallback done);
    static void recordActionRunSids(DeliveryLog *log, const QString &executionId,
                                    const QStringList &sids, QObject *context, DoneCallback done);
    static void chains(DeliveryLog *log, const Filter &filter, int limit, QObject *context,
                       ChainsCallback done);
    // The MFA test saw both ends of its text: the execution Auth0 logged the send with and the
    // SID of the message that arrived. Kept so that a tenant log sync links them exactly. The
    // execution id, or empty when the timeline holds no such pair (nothing is written then).
    static QString recordMfaTest(DeliveryLog *log, const MfaTimeline &timeline);
};
