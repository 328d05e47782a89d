#include "LogSchema.h"
#include "LogSchemaDerivedSteps.h"

// The migration steps made from a description of the tables they keep up to date: the summaries
// (steps 6, 9, 10), the hourly blocks (11) and the hours of each value (12, 13). Their triggers and
// the writer's own counting (LogSchema::deferredCounts) come from the same description.

namespace LogSchemaDerived {

// The summaries of schema step 6: attempt counts by what the insights, the Run page's strip and
// the viewer's counts ask, kept up to date by triggers on attempt_rows whoever writes (the
// writer, the views' triggers, the migration). Readers use them when the filter asks only what
// they hold (no text, whole hours or days); see LogSummaries.
struct Summary
{
    const char *table;
    // (column, expression over the row "%1"): the key, in order.
    QList<std::pair<const char *, const char *>> key;
    const char *when; // the rows counted ("%1" the row), or nullptr for every row
    const char *keyType = "INTEGER";
};

const QList<Summary> &summaries()
{
    static const QList<Summary> list {
        {"log_hours",
         {{"hour", "%1.created_at / 3600000"},
          {"profile_id", "%1.profile_id"},
          {"api_id", "%1.api_id"},
          {"source_id", "%1.source_id"},
          {"status_id", "%1.status_id"},
          {"outcome_id", "%1.outcome_id"},
          {"error_code", "%1.error_code"}},
         nullptr},
        {"log_country_days",
         {{"day", "%1.created_at / 86400000"},
          {"profile_id", "%1.profile_id"},
          {"api_id", "%1.api_id"},
          {"source_id", "%1.source_id"},
          {"status_id", "%1.status_id"},
          {"outcome_id", "%1.outcome_id"},
          {"error_code", "%1.error_code"},
          {"calling_code", "log_calling_code(%1.to_number)"}},
         nullptr},
        {"log_latency_hours",
         {{"hour", "%1.created_at / 3600000"},
          {"profile_id", "%1.profile_id"},
          {"api_id", "%1.api_id"},
          {"source_id", "%1.source_id"},
          {"status_id", "%1.status_id"},
          {"error_code", "%1.error_code"},
          {"latency_ms", "log_latency_key(%1.delivered_at - %1.queued_at)"}},
         "%1.delivered_at >= %1.queued_at AND %1.outcome_id = (SELECT id FROM log_names WHERE "
         "kind = 5 AND text = 'delivered')"},
    };
    return list;
}

QString columnsOf(const Summary &s)
{
    QStringList names;
    for (const auto &[column, expression] : s.key)
        names << QLatin1String(column);
    return names.join(QStringLiteral(", "));
}

QString valuesOf(const Summary &s, const char *row)
{
    QStringList values;
    for (const auto &[column, expression] : s.key)
        values << QString::fromLatin1(expression).arg(QLatin1String(row));
    return values.join(QStringLiteral(", "));
}

QString whenOf(const Summary &s, const char *row)
{
    return s.when ? QString::fromLatin1(s.when).arg(QLatin1String(row)) : QStringLiteral("1");
}

// The statements that count the row in (new) or out (old) of a summary.
QString countIn(const Summary &s)
{
    return QStringLiteral("INSERT INTO %1(%2, n) SELECT %3, 1 WHERE %4 ON CONFLICT DO UPDATE SET "
                          "n = n + 1;")
        .arg(QLatin1String(s.table), columnsOf(s), valuesOf(s, "new"), whenOf(s, "new"));
}

QString countOut(const Summary &s)
{
    QStringList match;
    for (const auto &[column, expression] : s.key)
        match << QStringLiteral("%1 = %2").arg(
            QLatin1String(column), QString::fromLatin1(expression).arg(QLatin1String("old")));
    const QString where = match.join(QStringLiteral(" AND "));
    return QStringLiteral("UPDATE %1 SET n = n - 1 WHERE %2 AND %3; DELETE FROM %1 WHERE %2 AND "
                          "n <= 0;")
        .arg(QLatin1String(s.table), where, whenOf(s, "old"));
}

// The statement that counts the rows of attempt_rows r matching condition (every row when
// empty) into the summary s, with "upsert" after it (nothing: into an empty table).
QString countRows(const Summary &s, const QString &condition, const QString &upsert)
{
    QStringList groups;
    for (int i = 1; i <= s.key.size(); ++i)
        groups << QString::number(i);
    return QStringLiteral("INSERT INTO %1(%2, n) SELECT %3, count(*) FROM attempt_rows r WHERE "
                          "%4%5 GROUP BY %6%7")
        .arg(QLatin1String(s.table), columnsOf(s), valuesOf(s, "r"),
             condition.isEmpty() ? QString() : condition + QStringLiteral(" AND "), whenOf(s, "r"),
             groups.join(QStringLiteral(", ")),
             upsert.isEmpty() ? QString() : QLatin1Char(' ') + upsert);
}

// The trigger name_insert that counts a new row into the summaries of list, when the condition
// "when" (over the row "new") holds, or always.
QString insertTrigger(const QList<Summary> &list, const QString &name, const QString &when)
{
    QStringList inserted;
    for (const Summary &s : list)
        inserted << countIn(s);
    return QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON attempt_rows %2BEGIN %3 END")
        .arg(name, when.isEmpty() ? QString() : QStringLiteral("WHEN %1 ").arg(when),
             inserted.join(QLatin1Char(' ')));
}

// The summaries' tables, filled from the rows there are, and the triggers (name_insert,
// name_delete, name_update) that keep them; an update counts the row again when one of the
// watched columns changes.
QStringList summaryStatements(const QList<Summary> &list, const QString &name,
                              const QStringList &watched)
{
    QStringList statements;
    QStringList inserted, deleted;
    for (const Summary &s : list) {
        QStringList columns;
        for (const auto &[column, expression] : s.key)
            columns << QStringLiteral("%1 %2 NOT NULL")
                           .arg(QLatin1String(column), QLatin1String(s.keyType));
        statements << QStringLiteral("CREATE TABLE %1(%2, n INTEGER NOT NULL, PRIMARY KEY(%3)) "
                                     "WITHOUT ROWID")
                          .arg(QLatin1String(s.table), columns.join(QStringLiteral(", ")),
                               columnsOf(s));
        statements << countRows(s, QString(), QString());
        inserted << countIn(s);
        deleted << countOut(s);
    }
    statements << insertTrigger(list, name, QString());
    statements << QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON attempt_rows BEGIN "
                                 "%2 END")
                      .arg(name, deleted.join(QLatin1Char(' ')));
    QStringList changed;
    for (const QString &column : watched)
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(column);
    statements << QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON attempt_rows "
                                 "WHEN %3 BEGIN %4 %5 END")
                      .arg(name, watched.join(QStringLiteral(", ")),
                           changed.join(QStringLiteral(" OR ")), deleted.join(QLatin1Char(' ')),
                           inserted.join(QLatin1Char(' ')));
    return statements;
}

QStringList summaryStep()
{
    // Every column a summary reads: a change to any of them moves the row between cells.
    return summaryStatements(summaries(), QStringLiteral("log_summaries"),
                             {QStringLiteral("created_at"), QStringLiteral("profile_id"),
                              QStringLiteral("api_id"), QStringLiteral("source_id"),
                              QStringLiteral("status_id"), QStringLiteral("outcome_id"),
                              QStringLiteral("error_code"), QStringLiteral("to_number"),
                              QStringLiteral("queued_at"), QStringLiteral("delivered_at")});
}

// Step 9: attempts by recipient (log_numbers), so that a recipient asked alone is counted over
// the distinct numbers (a few per user) instead of every attempt that holds one.
const QList<Summary> &numbers()
{
    static const QList<Summary> list {
        {"log_numbers", {{"to_number", "%1.to_number"}}, nullptr, "TEXT"}};
    return list;
}

QStringList numbersStep()
{
    return summaryStatements(numbers(), QStringLiteral("log_numbers"),
                             {QStringLiteral("to_number")});
}

// Step 10: the insert triggers leave a row to the connection's writer when log_left_to_writer
// says so (LogCodec::leaveToWriter). LogWriter counts all the rows of a transaction into the
// summaries at once, and adds them to the trigram index, before it commits
// (LogSchema::deferredCounts(), LogDeferredCounter, LogWriter::finishInserted): a pass over
// the rows a transaction instead of four upserts and a queued id an attempt (the upserts were a
// quarter of a bulk import). Other writers (the views' triggers, the sqlite3 shell with the
// project's functions) are counted and queued row by row as before.
QStringList deferredCountStep()
{
    const QString when = QStringLiteral("NOT log_left_to_writer(new.id)");
    return {QStringLiteral("DROP TRIGGER log_summaries_insert"),
            insertTrigger(summaries(), QStringLiteral("log_summaries"), when),
            QStringLiteral("DROP TRIGGER log_numbers_insert"),
            insertTrigger(numbers(), QStringLiteral("log_numbers"), when),
            QStringLiteral("DROP TRIGGER attempt_rows_fts_insert"),
            QStringLiteral("CREATE TRIGGER attempt_rows_fts_insert AFTER INSERT ON attempt_rows "
                           "WHEN %1 BEGIN INSERT OR IGNORE INTO log_fts_pending(id) VALUES "
                           "(new.id); END")
                .arg(when)};
}
// Step 11: the coded columns of every hour packed in blocks (LogBlock, LogBlockStore), which the
// viewer scans for a question's ids instead of stepping through an index. An hour is marked stale
// when another writer inserts a row in it (LogWriter marks its own), when a row's coded column
// changes, and when a row goes; the writer rebuilds stale hours before it commits. Every hour
// starts stale: the first writer to open the file builds them (DeliveryLog), and readers read
// a stale hour's rows until then.
QStringList blockStep()
{
    const char *const columns[] = {"created_at", "profile_id", "api_id",   "source_id",
                                   "status_id",  "outcome_id", "from_id",  "error_code",
                                   "segments",   "body_id"};
    QStringList watched, changed;
    for (const char *column : columns) {
        watched << QLatin1String(column);
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(QLatin1String(column));
    }
    return {
        QStringLiteral("CREATE TABLE log_blocks(key INTEGER PRIMARY KEY, data BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE log_blocks_stale(hour INTEGER PRIMARY KEY)"),
        QStringLiteral("INSERT INTO log_blocks_stale(hour) SELECT DISTINCT created_at / 3600000 "
                       "FROM attempt_rows"),
        QStringLiteral("CREATE TRIGGER log_blocks_insert AFTER INSERT ON attempt_rows WHEN NOT "
                       "log_left_to_writer(new.id) BEGIN INSERT OR IGNORE INTO "
                       "log_blocks_stale(hour) VALUES (new.created_at / 3600000); END"),
        QStringLiteral("CREATE TRIGGER log_blocks_delete AFTER DELETE ON attempt_rows BEGIN "
                       "INSERT OR IGNORE INTO log_blocks_stale(hour) VALUES (old.created_at / "
                       "3600000); END"),
        QStringLiteral("CREATE TRIGGER log_blocks_update AFTER UPDATE OF %1 ON attempt_rows WHEN "
                       "%2 BEGIN INSERT OR IGNORE INTO log_blocks_stale(hour) VALUES "
                       "(old.created_at / 3600000), (new.created_at / 3600000); END")
            .arg(watched.join(QStringLiteral(", ")), changed.join(QStringLiteral(" OR "))),
    };
}
// Step 12: the (column, created_at) indexes of the columns the hourly summary holds, a fifth of
// the file at ten million attempts, go: the blocks list a question's ids, and the summary names
// the hours that hold its first page (LogBlockScan::firstPage). By a column, a value's hours come
// in order from log_hour_values (which hours hold each value of each column: 90,000 rows at ten
// million attempts, written when the summary first counts a combination in an hour), not from
// indexes on the summary, which the planner would take for the insights' sums (slower: each
// row looked up again). The sender's index stays (a text's senders are found through it), as do
// the recipient's, the SID's, the body's and the time's; the segments' goes in step 13.
QStringList hourValuesStep()
{
    const char *const columns[]
        = {"profile_id", "api_id", "source_id", "status_id", "outcome_id", "error_code"};
    QStringList statements;
    for (const char *index : {"outcome", "profile", "api", "source", "error", "status"})
        statements << QStringLiteral("DROP INDEX IF EXISTS attempts_%1_created")
                          .arg(QLatin1String(index));
    statements << QStringLiteral("CREATE TABLE log_hour_values(col TEXT NOT NULL, value INTEGER "
                                 "NOT NULL, hour INTEGER NOT NULL, PRIMARY KEY(col, value, "
                                 "hour)) WITHOUT ROWID");
    QStringList values, selects;
    for (const char *column : columns) {
        values << QStringLiteral("('%1', new.%1, new.hour)").arg(QLatin1String(column));
        selects << QStringLiteral("SELECT '%1', %1, hour FROM log_hours")
                       .arg(QLatin1String(column));
    }
    statements << QStringLiteral("INSERT OR IGNORE INTO log_hour_values(col, value, hour) %1")
                      .arg(selects.join(QStringLiteral(" UNION ALL ")));
    statements << QStringLiteral("CREATE TRIGGER log_hour_values_insert AFTER INSERT ON "
                                 "log_hours BEGIN INSERT OR IGNORE INTO log_hour_values(col, "
                                 "value, hour) VALUES %1; END")
                      .arg(values.join(QStringLiteral(", ")));
    return statements;
}

// Step 13: the index on (segments, created_at), 6% of the file at ten million attempts, goes
// too: log_hour_values holds the hours of each segment count, which no summary counts, so they
// come from the rows themselves: when another writer inserts a row or a row's count or hour
// changes (triggers), and when the writer counts its own rows (LogSchema::deferredCounts). An
// hour a count has left stays listed; the first page scans its blocks and finds no row there.
// And the trigram index keeps up to 8 MB of new entries in memory before it writes them (1 MB
// by default): a bulk import's 100,000 rows become one segment, not several to merge (an eighth
// less time indexing them).
QStringList segmentHoursStep()
{
    return {
        QStringLiteral("DROP INDEX IF EXISTS attempts_segments_created"),
        QStringLiteral("INSERT INTO attempts_fts(attempts_fts, rank) VALUES ('hashsize', 8388608)"),
        QStringLiteral("INSERT OR IGNORE INTO log_hour_values(col, value, hour) SELECT DISTINCT "
                       "'segments', segments, created_at / 3600000 FROM attempt_rows"),
        QStringLiteral("CREATE TRIGGER log_hour_values_segments_insert AFTER INSERT ON "
                       "attempt_rows WHEN NOT log_left_to_writer(new.id) BEGIN INSERT OR IGNORE "
                       "INTO log_hour_values(col, value, hour) VALUES ('segments', new.segments, "
                       "new.created_at / 3600000); END"),
        QStringLiteral("CREATE TRIGGER log_hour_values_segments_update AFTER UPDATE OF segments, "
                       "created_at ON attempt_rows WHEN old.segments IS NOT new.segments OR "
                       "old.created_at / 3600000 IS NOT new.created_at / 3600000 BEGIN INSERT OR "
                       "IGNORE INTO log_hour_values(col, value, hour) VALUES ('segments', "
                       "new.segments, new.created_at / 3600000); END"),
    };
}

} // namespace LogSchemaDerived

using namespace LogSchemaDerived;

LogSchema::DeferredCounts LogSchema::deferredCounts()
{
    DeferredCounts counts;
    QStringList columns; // of the select, each expression once
    const auto column = [&columns](const QString &expression) {
        qsizetype at = columns.indexOf(expression);
        if (at < 0) {
            at = columns.size();
            columns << expression;
        }
        return int(at);
    };
    for (const QList<Summary> *list : {&summaries(), &numbers()}) {
        for (const Summary &s : *list) {
            DeferredCounts::Target target;
            for (const auto &[name, expression] : s.key)
                target.key << column(QString::fromLatin1(expression).arg(QLatin1String("r")));
            if (s.when)
                target.when
                    = column(QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(whenOf(s, "r")));
            target.add = QStringLiteral("INSERT INTO %1(%2, n) VALUES (%3) ON CONFLICT DO UPDATE "
                                        "SET n = n + excluded.n")
                             .arg(QLatin1String(s.table), columnsOf(s),
                                  placeholders(target.key.size() + 1));
            counts.targets << target;
        }
    }
    // The hours of the segment counts (step 13).
    DeferredCounts::Target hours;
    hours.key << column(QStringLiteral("r.segments"))
              << column(QStringLiteral("r.created_at / 3600000"));
    hours.counted = false;
    hours.add = QStringLiteral("INSERT OR IGNORE INTO log_hour_values(col, value, hour) VALUES "
                               "('segments', ?, ?)");
    counts.targets << hours;
    counts.select = QStringLiteral("SELECT %1 FROM attempt_rows r WHERE r.id BETWEEN ? AND ?")
                        .arg(columns.join(QStringLiteral(", ")));
    return counts;
}
