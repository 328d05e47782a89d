#include "LogBlockStore.h"

#include <sqlite3.h>

#include <memory>

namespace {

struct Finalize
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

bool prepare(sqlite3 *db, const char *sql, Statement *statement, QString *error)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
        return false;
    }
    statement->reset(s);
    return true;
}

bool failed(sqlite3 *db, QString *error)
{
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

// Runs a statement without results to its end.
bool run(sqlite3 *db, sqlite3_stmt *s, QString *error)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE || failed(db, error);
}

} // namespace

bool LogBlockStore::readHour(sqlite3 *db, qint64 hour, LogBlock::Rows *rows, QString *error)
{
    // The columns in LogBlock::Column's order.
    Statement s;
    if (!prepare(db,
                 "SELECT id, created_at, profile_id, api_id, source_id, status_id, outcome_id, "
                 "from_id, error_code, segments, body_id FROM attempt_rows WHERE created_at "
                 "BETWEEN ? AND ? ORDER BY created_at, id",
                 &s, error))
        return false;
    sqlite3_bind_int64(s.get(), 1, LogBlock::firstMsOf(hour));
    sqlite3_bind_int64(s.get(), 2, LogBlock::lastMsOf(hour));
    for (auto &column : *rows)
        column.clear();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        for (int c = 0; c < LogBlock::ColumnCount; ++c)
            (*rows)[c].push_back(sqlite3_column_int64(s.get(), c));
    }
    return rc == SQLITE_DONE || failed(db, error);
}

bool LogBlockStore::staleHours(sqlite3 *db, QList<qint64> *hours, QString *error)
{
    Statement s;
    if (!prepare(db, "SELECT hour FROM log_blocks_stale ORDER BY hour", &s, error))
        return false;
    hours->clear();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
        hours->append(sqlite3_column_int64(s.get(), 0));
    return rc == SQLITE_DONE || failed(db, error);
}

bool LogBlockStore::rebuildStale(sqlite3 *db, QString *error)
{
    QList<qint64> hours;
    if (!staleHours(db, &hours, error))
        return false;
    if (hours.isEmpty())
        return true;
    Statement drop, insert, clear;
    if (!prepare(db, "DELETE FROM log_blocks WHERE key BETWEEN ? AND ?", &drop, error)
        || !prepare(db, "INSERT INTO log_blocks(key, data) VALUES (?, ?)", &insert, error)
        || !prepare(db, "DELETE FROM log_blocks_stale", &clear, error))
        return false;
    LogBlock::Rows rows;
    for (const qint64 hour : std::as_const(hours)) {
        sqlite3_bind_int64(drop.get(), 1, LogBlock::key(hour, 0));
        sqlite3_bind_int64(drop.get(), 2, LogBlock::key(hour, LogBlock::MaxRows - 1));
        if (!run(db, drop.get(), error) || !readHour(db, hour, &rows, error))
            return false;
        const qsizetype n = qsizetype(rows[LogBlock::Id].size());
        for (qsizetype first = 0, part = 0; first < n; first += LogBlock::MaxRows, ++part) {
            const QByteArray blob
                = LogBlock::encode(rows, first, std::min<qsizetype>(LogBlock::MaxRows, n - first));
            sqlite3_bind_int64(insert.get(), 1, LogBlock::key(hour, int(part)));
            sqlite3_bind_blob(insert.get(), 2, blob.constData(), int(blob.size()),
                              SQLITE_TRANSIENT);
            if (!run(db, insert.get(), error))
                return false;
        }
    }
    return run(db, clear.get(), error);
}
