#pragma once

#include "Attempt.h"
#include "LogCodec.h"
#include "LogDeferredCounter.h"
#include "SqliteStatement.h"
#include "twilio/TwilioTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <utility>

// Writes attempts into the coded tables (attempt_rows and its dictionaries log_names and
// log_bodies) on one connection, with its statements prepared once: DeliveryLog's thread uses
// one, and so does the benchmark's generator, so that a generated log is written as the console
// writes it. The caller owns the transaction, calls indexPending() before it commits, and
// rolledBack() after a ROLLBACK (the dictionary ids remembered since may be gone).
//
// The rows inserted on its connection are counted into the summaries and added to the trigram
// index by the writer, not by the insert triggers (schema step 10): all those of a transaction at
// once, in indexPending() or finishInserted(), and before the writer changes a row (the update
// triggers count a row out of its cell and out of the index, so it must be in both). A COMMIT
// with rows not finished fails and rolls back.
class LogWriter
{
public:
    explicit LogWriter(const QSqlDatabase &db);
    ~LogWriter();
    LogWriter(const LogWriter &) = delete;
    LogWriter &operator=(const LogWriter &) = delete;

    // Inserts the attempt and its timeline; id gets the new row's id.
    bool insertAttempt(const Attempt &attempt, qint64 *id, QString *error);
    // Rewrites the row attempt.id (every column) and appends the transitions not stored yet.
    bool updateAttempt(const Attempt &attempt, QString *error);
    // One message of Twilio's list: merged into the row with its SID (merged true), or a new row.
    bool importMessage(const QString &profile, const Message &message, bool *merged, qint64 *id,
                       QString *error);
    // finishInserted(), then adds the rows other writers queued (schema step 8: log_fts_pending)
    // to the trigram index in one statement, and empties the queue; then rebuilds the blocks of
    // the hours written (schema step 11, LogBlockStore).
    bool indexPending(QString *error);
    // Counts the rows inserted since the last call into the summaries and adds them to the
    // trigram index.
    bool finishInserted(QString *error);
    void rolledBack();

private:
    qint64 nameId(int kind, const QString &text, QString *error);
    qint64 bodyId(const QString &templ, QString *error);
    bool bindRow(SqliteStatement &q, const Attempt &a, QString *error);
    // The row's timeline as stored (schema step 7): a JSON array of [status id, ms after the
    // attempt was created] or, with an error, [status id, ms, error code, error message id];
    // null for none.
    QVariant timelineJson(const QList<StatusTransition> &timeline, qint64 createdMs,
                          QString *error);
    // Appends timeline[from..] to the row's timeline and moves the row's first queued and
    // delivered times back to theirs when earlier.
    bool appendTransitions(qint64 id, const QList<StatusTransition> &timeline, int from,
                           QString *error);
    // The transitions stored for id so far (they are only ever appended), and the last status.
    int storedTransitions(qint64 id, QString *lastStatus);

    QSqlDatabase m_db;
    SqliteStatement m_insert; // the row statements: SQLite's own interface, for speed
    SqliteStatement m_update;
    QSqlQuery m_append;
    QSqlQuery m_appendError;
    QSqlQuery m_stored;
    QSqlQuery m_queuedAt;
    QSqlQuery m_deliveredAt;
    QSqlQuery m_findName;
    QSqlQuery m_addName;
    QSqlQuery m_findBody;
    QSqlQuery m_addBody;
    QSqlQuery m_indexPending;
    QSqlQuery m_clearPending;
    QSqlQuery m_indexRun;
    QSqlQuery m_staleRun;
    LogDeferredCounter m_counter;
    LogCodec::IdRuns m_inserted; // kept by log_left_to_writer (LogCodec::leaveToWriter)
    QHash<std::pair<int, QString>, qint64> m_names;
    QHash<QString, qint64> m_bodies;
};
