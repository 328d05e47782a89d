#pragma once

#include "LogSchema.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// Counts a writer's own rows into the summaries (LogSchema::deferredCounts, schema steps 10 and
// 13): one pass over the rows, each summary's keys gathered in memory, then one upsert a key.
// Four GROUP BY statements, each reading and sorting the rows again, were a sixth of a bulk
// import. Prepared on first use; finalized on destruction, which must come before the
// connection closes.
class LogDeferredCounter
{
public:
    explicit LogDeferredCounter(sqlite3 *db) : m_db(db) { }
    ~LogDeferredCounter();
    LogDeferredCounter(const LogDeferredCounter &) = delete;
    LogDeferredCounter &operator=(const LogDeferredCounter &) = delete;

    // Counts the rows with ids from first to last. error is SQLite's message.
    bool count(qint64 first, qint64 last, QString *error);

private:
    struct Target
    {
        LogSchema::DeferredCounts::Target spec;
        sqlite3_stmt *add = nullptr;
        QHash<QByteArray, qint64> keys; // a key's columns, encoded (see LogDeferredCounter.cpp)
    };
    bool prepare(QString *error);
    bool countPart(qint64 first, qint64 last, QString *error);
    bool add(Target &target, QString *error);
    bool fail(QString *error);

    sqlite3 *m_db;
    sqlite3_stmt *m_select = nullptr;
    std::vector<Target> m_targets;
    std::string m_key; // reused for every row
};
