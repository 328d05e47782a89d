#pragma once

#include "LogBlock.h"

#include <QList>
#include <QString>

struct sqlite3;

// The blocks of schema step 11 on disk: table log_blocks (key: LogBlock::key(hour, part), data:
// LogBlock's blob) and log_blocks_stale, the hours whose blocks no longer match their rows. The
// triggers mark an hour stale whenever a row in it is inserted by another writer, changed in a
// coded column, or deleted; LogWriter marks its own inserts and rebuilds every stale hour before
// it commits, so that a reader's snapshot finds them stale only after a writer without LogWriter
// (the sqlite3 shell, an older build's views); readers then read those hours' rows instead.
namespace LogBlockStore {

// The rows of one hour in (created_at, id) order, as the blocks hold them.
bool readHour(sqlite3 *db, qint64 hour, LogBlock::Rows *rows, QString *error);
// The stale hours, ascending.
bool staleHours(sqlite3 *db, QList<qint64> *hours, QString *error);
// Rebuilds the blocks of every stale hour from its rows and empties log_blocks_stale; inside the
// caller's transaction.
bool rebuildStale(sqlite3 *db, QString *error);

} // namespace LogBlockStore
