#include "LogSchema.h"

#include "LogCodec.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

namespace {

// How long a connection waits for another process's lock before it gives up.
constexpr int BusyTimeoutMs = 10000;

int userVersion(QSqlDatabase &db, bool *ok, QString *detail = nullptr)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    if (!*ok && detail)
        *detail = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                         : q.lastError().databaseText();
    return *ok ? q.value(0).toInt() : 0;
}

// Switching a file to WAL needs it to itself for a moment. When several processes open a
// rollback-journal file at once (a log from before WAL, or a new one), SQLite may answer busy at
// once rather than wait, to avoid a deadlock; the switch is asked again until the busy timeout.
bool enterWal(QSqlDatabase &db, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (int pause = 5;; pause = std::min(pause * 2, 200)) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return true;
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff; // the primary code
        const bool busy = code == SQLITE_BUSY || code == SQLITE_LOCKED;
        if (!busy || waited.elapsed() > BusyTimeoutMs) {
            *error = q.lastError().text();
            return false;
        }
        q.finish();
        QThread::msleep(pause);
    }
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

QSqlDatabase LogSchema::openConnection(const QString &connectionName, const QString &path,
                                       bool readOnly, QString *error)
{
    // SQLite counts every allocation under a process-wide mutex unless told otherwise before its
    // first use; nothing here reads those counts (a bulk insert spent a tenth of its time there).
    static const bool quiet = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(quiet);
    const QString file = QDir::toNativeSeparators(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // SQLite's own words for these ("unable to open database file") do not say what to fix.
    if (QFileInfo(path).isDir()) {
        *error = tr("The delivery log %1 is a folder, not a file. Move the folder away, or set "
                    "SMSHOOK_LOG_PATH to the path of a file.")
                     .arg(file);
        return db;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!readOnly && !PrivateFiles::makeFolder(folder)) {
        *error = tr("Cannot create the folder %1 for the delivery log %2. Check that the path "
                    "leads through folders you can write to, or set SMSHOOK_LOG_PATH to a file "
                    "in one.")
                     .arg(QDir::toNativeSeparators(folder), file);
        return db;
    }
    if (!readOnly) {
        // Message bodies hold one-time codes: the file and its companions are the owner's only.
        // SQLite gives the -wal and -shm files the database's own mode.
        QString detail;
        if (!PrivateFiles::prepareFile(path, &detail)) {
            *error = tr("%1 Check that the folder can be written, or set SMSHOOK_LOG_PATH to "
                        "another file.")
                         .arg(detail);
            return db;
        }
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            PrivateFiles::tighten(path + QLatin1String(suffix));
    }
    // Several processes share the file: wait for another writer's lock instead of failing.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = tr("Cannot open the delivery log %1: %2. Check that the file and its folder can "
                    "be written, or set SMSHOOK_LOG_PATH to another file.")
                     .arg(file, db.lastError().text().trimmed());
        return db;
    }
    QString ignored;
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
    LogCodec::registerFunctions(db);
    return db;
}

bool LogSchema::migrate(QSqlDatabase &db, QString *error)
{
    const QString file = QDir::toNativeSeparators(db.databaseName());
    bool ok = false;
    // Read before anything writes: a newer file must stay exactly as it is.
    QString unreadable;
    int current = userVersion(db, &ok, &unreadable);
    if (!ok) {
        *error = tr("The delivery log %1 cannot be read (%2); it may not be a delivery log at "
                    "all. Move the file away to start a new log, or set SMSHOOK_LOG_PATH to "
                    "another file.")
                     .arg(file, unreadable.trimmed());
        return false;
    }
    if (current > version()) {
        *error = tr("The delivery log %1 was written by a newer version of SMS Hook Console "
                    "(schema version %2; this version knows up to %3). It was left untouched and "
                    "nothing is recorded. Update SMS Hook Console, or set SMSHOOK_LOG_PATH to use "
                    "another file.")
                     .arg(file)
                     .arg(current)
                     .arg(version());
        return false;
    }
    QString detail;
    // WAL: readers (the viewer) never block the writer. FULL: a committed attempt is on disk
    // before the request goes out, even if the machine (not only the process) dies; a few
    // writes per send make the extra fsync cheap.
    if (!enterWal(db, &detail) || !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &detail)) {
        *error = tr("Cannot prepare the delivery log %1: %2. Check that the file and its "
                    "folder can be written, or set SMSHOOK_LOG_PATH to another file.")
                     .arg(file, detail.trimmed());
        return false;
    }
    if (current == version())
        return true;
    // Another process may be migrating too: take the write lock, then look again.
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &detail)) {
        *error = tr("Cannot update the delivery log %1: %2. Check that the file can be "
                    "written, or set SMSHOOK_LOG_PATH to another file.")
                     .arg(file, detail.trimmed());
        return false;
    }
    current = userVersion(db, &ok);
    for (int v = current + 1; ok && v <= version(); ++v) {
        const QStringList statements = migrationStep(v);
        for (const QString &sql : statements) {
            if (!exec(db, sql, &detail)) {
                ok = false;
                break;
            }
        }
    }
    if (ok && current < version())
        ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version()), &detail);
    if (!ok || !exec(db, QStringLiteral("COMMIT"), &detail)) {
        exec(db, QStringLiteral("ROLLBACK"), &detail);
        *error = tr("Cannot update the delivery log %1 from schema version %2 to %3: %4. The "
                    "file was left as it was; free some disk space and try again, or set "
                    "SMSHOOK_LOG_PATH to another file.")
                     .arg(file)
                     .arg(current)
                     .arg(version())
                     .arg(detail);
        return false;
    }
    return true;
}

QString LogSchema::attemptColumns()
{
    return QStringLiteral("a.id, a.created_at, a.updated_at, a.profile, a.api, a.source, "
                          "a.to_number, a.from_number, a.body, a.encoding, a.segments, a.sid, "
                          "a.status, a.outcome, a.error_code, a.error_message, a.price, "
                          "a.price_unit");
}

Attempt LogSchema::attemptFromQuery(const QSqlQuery &q)
{
    Attempt a;
    a.id = q.value(0).toLongLong();
    a.createdAt = fromMs(q.value(1).toLongLong());
    a.updatedAt = fromMs(q.value(2).toLongLong());
    a.profile = q.value(3).toString();
    a.api = Attempt::apiFromName(q.value(4).toString()).value_or(Attempt::Api::Messages);
    a.source = Attempt::sourceFromName(q.value(5).toString()).value_or(Attempt::Source::Form);
    a.to = q.value(6).toString();
    a.from = q.value(7).toString();
    a.body = q.value(8).toString();
    a.encoding = q.value(9).toString();
    a.segments = q.value(10).toInt();
    a.sid = q.value(11).toString();
    a.status = q.value(12).toString();
    a.outcome
        = Attempt::outcomeFromName(q.value(13).toString()).value_or(Attempt::Outcome::Unknown);
    a.errorCode = q.value(14).toInt();
    a.errorMessage = q.value(15).toString();
    a.price = q.value(16).toString();
    a.priceUnit = q.value(17).toString();
    return a;
}

const char *LogSchema::codedColumn(int kind)
{
    switch (kind) {
    case ProfileName:
        return "profile_id";
    case ApiName:
        return "api_id";
    case SourceName:
        return "source_id";
    case StatusName:
        return "status_id";
    case OutcomeName:
        return "outcome_id";
    case FromName:
        return "from_id";
    }
    return nullptr;
}

QString LogSchema::placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString LogSchema::timelineSql()
{
    return QStringLiteral("SELECT at, status, error_code, error_message FROM transitions "
                          "WHERE attempt_id = ? ORDER BY seq");
}

QList<StatusTransition> LogSchema::timeline(QSqlQuery &prepared, qint64 attemptId)
{
    QList<StatusTransition> list;
    prepared.bindValue(0, attemptId);
    if (!prepared.exec())
        return list;
    while (prepared.next()) {
        StatusTransition t;
        t.at = fromMs(prepared.value(0).toLongLong());
        t.status = prepared.value(1).toString();
        t.errorCode = prepared.value(2).toInt();
        t.errorMessage = prepared.value(3).toString();
        list.append(t);
    }
    prepared.finish();
    return list;
}

QString LogSchema::rowColumns(int bodyChars)
{
    return QStringLiteral("a.id, a.created_at, a.profile, a.api, a.source, a.to_number, "
                          "a.from_number, a.status, a.outcome, a.error_code, a.error_message, "
                          "a.segments, a.sid, substr(a.body, 1, %1)")
        .arg(bodyChars);
}

LogRow LogSchema::rowFromQuery(const QSqlQuery &query)
{
    LogRow row;
    row.id = query.value(0).toLongLong();
    row.createdAtMs = query.value(1).toLongLong();
    row.profile = query.value(2).toString();
    row.api = query.value(3).toString();
    row.source = query.value(4).toString();
    row.to = query.value(5).toString();
    row.from = query.value(6).toString();
    row.status = query.value(7).toString();
    row.outcome = query.value(8).toString();
    row.errorCode = query.value(9).toInt();
    row.errorMessage = query.value(10).toString();
    row.segments = query.value(11).toInt();
    row.sid = query.value(12).toString();
    row.body = query.value(13).toString();
    return row;
}

qint64 LogSchema::toMs(const QDateTime &utc)
{
    return utc.isValid() ? utc.toMSecsSinceEpoch() : 0;
}

QDateTime LogSchema::fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
