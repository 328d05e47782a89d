#pragma once

#include "Attempt.h"
#include "LogRow.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;

// The delivery log's SQLite schema and the helpers every connection to it shares (DeliveryLog's
// writer, LogExport's reader). The version lives in PRAGMA user_version; migrate() runs the steps
// from the file's version up to version() in one transaction, and refuses a newer file untouched.
class LogSchema
{
    Q_DECLARE_TR_FUNCTIONS(LogSchema)
public:
    static int version(); // the version this build writes
    // The statements of one step: step 1 builds the first schema from nothing, step N (N > 1)
    // turns version N-1 into N. Kept for every version, so tests can build an old database.
    static QStringList migrationStep(int toVersion);
    // What a writer that had the insert triggers leave its rows to it counts itself (schema
    // steps 10 and 13, LogDeferredCounter): select reads, for the rows with ids from the first
    // to the last (two ?), every summary's key and whether the row counts there; each target
    // names its key's columns in select, and its statement adds a key (bound first, in order)
    // and, when counted, its number of rows (bound last).
    struct DeferredCounts
    {
        struct Target
        {
            QList<int> key; // columns of select
            int when = -1; // the column that is 1 when the row counts, or -1: every row counts
            bool counted = true; // false: the key is listed (log_hour_values), not counted
            QString add;
        };
        QString select;
        QList<Target> targets;
    };
    static DeferredCounts deferredCounts();

    // Opens a connection with the project's settings (busy timeout so that the console and the
    // CLI can share the file; foreign keys on; LogCodec's SQL functions, which the views' write
    // triggers use). readOnly connections skip the file's creation.
    static QSqlDatabase openConnection(const QString &connectionName, const QString &path,
                                       bool readOnly, QString *error);
    // Reads user_version first and refuses (without writing) a newer file, then switches to WAL
    // and migrates. error is translated and names the file, the versions and what to do.
    static bool migrate(QSqlDatabase &db, QString *error);

    // The dictionary kinds of table log_names (schema version 5).
    enum NameKind {
        ProfileName = 1,
        ApiName,
        SourceName,
        StatusName,
        OutcomeName,
        FromName,
        EncodingName,
        ErrorMessageName,
        PriceUnitName
    };
    // The column of attempt_rows that holds a kind's ids (profile_id ... from_id), or nullptr
    // for a kind no column holds alone (encodings, error messages, price units).
    static const char *codedColumn(int kind);

    // The SELECT list that attemptFromQuery() reads, over the view `attempts` as `a`.
    static QString attemptColumns();
    static Attempt attemptFromQuery(const QSqlQuery &query); // without its timeline
    // The timeline of one attempt, oldest first, through a query prepared with timelineSql()
    // (prepared once and reused: an export reads a million of them).
    static QString timelineSql();
    static QList<StatusTransition> timeline(QSqlQuery &prepared, qint64 attemptId);

    // The SELECT list that rowFromQuery() reads, over the view `attempts` as `a`: what the
    // viewer's table shows of an attempt, the body cut to bodyChars characters.
    static QString rowColumns(int bodyChars);
    static LogRow rowFromQuery(const QSqlQuery &query);

    // "?, ?, ?": n placeholders for an IN list.
    static QString placeholders(qsizetype n);
    static qint64 toMs(const QDateTime &utc);
    static QDateTime fromMs(qint64 ms);
};
