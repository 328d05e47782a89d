#include "LogSchema.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Version 1: the first schema, attempts and their timelines.
const char *const V1[] = {
    "CREATE TABLE attempts("
    " id INTEGER PRIMARY KEY,"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL,"
    " profile TEXT NOT NULL,"
    " api TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " to_number TEXT NOT NULL,"
    " from_number TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL DEFAULT '',"
    " encoding TEXT NOT NULL DEFAULT '',"
    " segments INTEGER NOT NULL DEFAULT 0,"
    " sid TEXT,"
    " status TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL,"
    " error_code INTEGER NOT NULL DEFAULT 0,"
    " error_message TEXT NOT NULL DEFAULT '',"
    " price TEXT NOT NULL DEFAULT '',"
    " price_unit TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE transitions("
    " attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,"
    " at INTEGER NOT NULL,"
    " status TEXT NOT NULL,"
    " error_code INTEGER NOT NULL DEFAULT 0,"
    " error_message TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX attempts_sid ON attempts(sid) WHERE sid IS NOT NULL",
    "CREATE INDEX attempts_created ON attempts(created_at)",
    "CREATE INDEX transitions_attempt ON transitions(attempt_id)",
};

// Version 2: the viewer's indexes, full-text search (trigram, so any 3+ character substring of a
// number or SID matches) kept in step by triggers, and the state of resumable syncs.
const char *const V2[] = {
    "CREATE INDEX attempts_outcome_created ON attempts(outcome, created_at)",
    "CREATE INDEX attempts_profile_created ON attempts(profile, created_at)",
    "CREATE INDEX attempts_api_created ON attempts(api, created_at)",
    "CREATE INDEX attempts_source_created ON attempts(source, created_at)",
    "CREATE INDEX attempts_error_created ON attempts(error_code, created_at)",
    "CREATE INDEX attempts_to ON attempts(to_number)",
    "CREATE INDEX attempts_status_created ON attempts(status, created_at)",
    "CREATE VIRTUAL TABLE attempts_fts USING fts5("
    " body, to_number, from_number, sid, error_message,"
    " content='attempts', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER attempts_fts_insert AFTER INSERT ON attempts BEGIN"
    " INSERT INTO attempts_fts(rowid, body, to_number, from_number, sid, error_message)"
    " VALUES (new.id, new.body, new.to_number, new.from_number, new.sid, new.error_message);"
    " END",
    "CREATE TRIGGER attempts_fts_delete AFTER DELETE ON attempts BEGIN"
    " INSERT INTO attempts_fts(attempts_fts, rowid, body, to_number, from_number, sid,"
    " error_message)"
    " VALUES ('delete', old.id, old.body, old.to_number, old.from_number, old.sid,"
    " old.error_message);"
    " END",
    "CREATE TRIGGER attempts_fts_update"
    " AFTER UPDATE OF body, to_number, from_number, sid, error_message ON attempts BEGIN"
    " INSERT INTO attempts_fts(attempts_fts, rowid, body, to_number, from_number, sid,"
    " error_message)"
    " VALUES ('delete', old.id, old.body, old.to_number, old.from_number, old.sid,"
    " old.error_message);"
    " INSERT INTO attempts_fts(rowid, body, to_number, from_number, sid, error_message)"
    " VALUES (new.id, new.body, new.to_number, new.from_number, new.sid, new.error_message);"
    " END",
    // Rows written by version 1 become searchable.
    "INSERT INTO attempts_fts(attempts_fts) VALUES ('rebuild')",
    "CREATE TABLE sync_state("
    " profile TEXT PRIMARY KEY,"
    " since TEXT NOT NULL," // YYYY-MM-DD
    " until TEXT NOT NULL,"
    " next_page_uri TEXT NOT NULL DEFAULT '',"
    " pages INTEGER NOT NULL DEFAULT 0,"
    " imported INTEGER NOT NULL DEFAULT 0,"
    " merged INTEGER NOT NULL DEFAULT 0,"
    " complete INTEGER NOT NULL DEFAULT 0,"
    " updated_at INTEGER NOT NULL)",
};

// Version 3: the Auth0 tenant's MFA log events beside the attempts, each linked to the attempt
// (Twilio message) it caused when one is found; the SIDs that Action runs are known to have
// made; and where each profile's tenant log sync stands. Only new tables and indexes: the
// attempts table itself is unchanged, so this step can run before or after other steps.
const char *const V3[] = {
    "CREATE TABLE auth0_events("
    " log_id TEXT PRIMARY KEY,"
    " profile TEXT NOT NULL,"
    " at INTEGER NOT NULL," // ms since the epoch, UTC
    " type TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " user_id TEXT NOT NULL DEFAULT '',"
    " user_name TEXT NOT NULL DEFAULT '',"
    " client_name TEXT NOT NULL DEFAULT '',"
    " recipient TEXT NOT NULL DEFAULT ''," // E.164, or Auth0's masked form
    " execution_id TEXT NOT NULL DEFAULT '',"
    " failure_code TEXT NOT NULL DEFAULT '',"
    " failure_message TEXT NOT NULL DEFAULT '',"
    " code TEXT NOT NULL DEFAULT ''," // the one-time code, when the event names it
    " raw TEXT NOT NULL DEFAULT '{}',"
    " attempt_id INTEGER REFERENCES attempts(id) ON DELETE SET NULL,"
    " match_kind TEXT NOT NULL DEFAULT '')", // '', 'sid', 'fuzzy'
    "CREATE INDEX auth0_events_profile_at ON auth0_events(profile, at)",
    "CREATE INDEX auth0_events_type_at ON auth0_events(type, at)",
    "CREATE INDEX auth0_events_execution ON auth0_events(execution_id) WHERE execution_id != ''",
    // One Auth0 event per Twilio message.
    "CREATE UNIQUE INDEX auth0_events_attempt ON auth0_events(attempt_id)"
    " WHERE attempt_id IS NOT NULL",
    "CREATE TABLE action_run_sids("
    " execution_id TEXT NOT NULL,"
    " sid TEXT NOT NULL,"
    " PRIMARY KEY(execution_id, sid)) WITHOUT ROWID",
    "CREATE TABLE auth0_sync_state("
    " profile TEXT PRIMARY KEY,"
    " since TEXT NOT NULL," // YYYY-MM-DD
    " checkpoint TEXT NOT NULL DEFAULT ''," // the last log_id read
    " pages INTEGER NOT NULL DEFAULT 0,"
    " fetched INTEGER NOT NULL DEFAULT 0,"
    " stored INTEGER NOT NULL DEFAULT 0,"
    " complete INTEGER NOT NULL DEFAULT 0,"
    " updated_at INTEGER NOT NULL)",
    // Fuzzy matching looks for a recipient's messages around a time.
    "CREATE INDEX IF NOT EXISTS attempts_to_created_match ON attempts(to_number, created_at)",
};

template<size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements)
        list << QString::fromLatin1(statement);
    return list;
}

// detail: SQLite's reason when the version cannot be read ("file is not a database").
int userVersion(QSqlDatabase &db, bool *ok, QString *detail = nullptr)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    if (!*ok && detail)
        *detail = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                         : q.lastError().databaseText();
    return *ok ? q.value(0).toInt() : 0;
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

int LogSchema::version()
{
    return 3;
}

QStringList LogSchema::migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1:
        return toList(V1);
    case 2:
        return toList(V2);
    case 3:
        return toList(V3);
    }
    return {};
}

QSqlDatabase LogSchema::openConnection(const QString &connectionName, const QString &path,
                                       bool readOnly, QString *error)
{
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
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
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
    if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &detail)
        || !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &detail)) {
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

QString LogSchema::timelineSql()
{
    return QStringLiteral("SELECT at, status, error_code, error_message FROM transitions "
                          "WHERE attempt_id = ? ORDER BY rowid");
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

qint64 LogSchema::toMs(const QDateTime &utc)
{
    return utc.isValid() ? utc.toMSecsSinceEpoch() : 0;
}

QDateTime LogSchema::fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
