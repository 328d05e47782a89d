#include "LogBlockScan.h"

#include "LogBlockScanner.h"
#include "LogSummaries.h"
#include "SqliteStatement.h"

using namespace LogBlockScanDetail;

namespace LogBlockScanDetail {

bool Scanner::run(const std::function<bool()> &stop, QString *error)
{
    m_descending = m_query.order != Qt::AscendingOrder;
    m_sortColumn = blockColumn(m_query.sortColumn);
    if (!prepareTests(error))
        return false;
    if (m_none)
        return true;
    const qint64 firstHour = this->firstHour();
    const qint64 lastHour = this->lastHour();
    if (!readStale(error))
        return false;
    const QList<qint64> &stale = m_stale;
    const auto before = [&](qint64 a, qint64 b) { return m_descending ? a > b : a < b; };

    Statement blocks;
    if (!prepare(m_db,
                 QStringLiteral("SELECT key, data FROM log_blocks WHERE key BETWEEN ? AND ? "
                                "ORDER BY key %1")
                     .arg(m_descending ? QLatin1String("DESC") : QLatin1String("ASC")),
                 &blocks, error))
        return false;
    sqlite3_bind_int64(blocks.get(), 1, LogBlock::key(firstHour, 0));
    sqlite3_bind_int64(blocks.get(), 2, LogBlock::key(lastHour, LogBlock::MaxRows - 1));
    qsizetype nextStale = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(blocks.get())) == SQLITE_ROW) {
        if (stop())
            return false;
        const qint64 hour = LogBlock::hourOfKey(sqlite3_column_int64(blocks.get(), 0));
        while (nextStale < stale.size() && before(stale.at(nextStale), hour)) {
            if (!visitStale(stale.at(nextStale++), error))
                return false;
        }
        if (nextStale < stale.size() && stale.at(nextStale) == hour)
            continue; // read from its rows, once its last block is passed
        const void *data = sqlite3_column_blob(blocks.get(), 1);
        const int bytes = sqlite3_column_bytes(blocks.get(), 1);
        LogBlock block;
        if (!block.parse(QByteArrayView(static_cast<const char *>(data), bytes))) {
            *error = QStringLiteral("the block %1 of the delivery log is not one this version "
                                    "reads")
                         .arg(sqlite3_column_int64(blocks.get(), 0));
            return false;
        }
        visit(block, hour);
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    for (; nextStale < stale.size(); ++nextStale)
        if (!visitStale(stale.at(nextStale), error))
            return false;
    if (m_sortColumn == LogBlock::Created)
        return true;

    // Each group in time order; the groups in the column's order.
    const int kind = kindOf(m_sortColumn);
    QHash<qint64, int> rank;
    if (kind != 0 && !ranksOf(m_db, kind, &rank, error))
        return false;
    m_groups.joinInto(
        m_ids,
        [&](qint64 value) { return kind == 0 ? value : qint64(rank.value(value, -1)); },
        m_descending);
    return true;
}

bool Scanner::page(int limit, QString *error)
{
    m_descending = m_query.order != Qt::AscendingOrder;
    m_sortColumn = blockColumn(m_query.sortColumn);
    m_flat = true;
    if (!prepareTests(error))
        return false;
    if (m_none || limit <= 0)
        return true;
    if (!readStale(error))
        return false;
    // The hours that hold a match, from the hourly summary (exact: kept by every write), its
    // time bounds widened to whole hours (the rows' times are tested in the blocks).
    LogFilter widened = m_query.filter;
    widened.since = QDateTime();
    widened.until = QDateTime();
    std::optional<LogFilter::Sql> where
        = LogSummaries::where(widened, LogSummaries::Table::Hours);
    if (!where) {
        *error = QStringLiteral("a question the hourly summary does not answer");
        return false;
    }
    where->where += where->where.isEmpty() ? QStringLiteral("WHERE") : QStringLiteral(" AND");
    where->where += QStringLiteral(" s.hour BETWEEN ? AND ?");
    where->bindings << firstHour() << lastHour();
    const QString dir = m_descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const char *column = hourValuesColumn(m_sortColumn);
    // The hours of every match in the page's order, through the summary's key; by a column, the
    // hours of one value (bound first) from log_hour_values, each kept when the summary holds a
    // match (of the value, when the summary holds the column) there. Stepped only as far as the
    // page needs.
    const QString sameValue = hoursColumn(m_sortColumn)
        ? QStringLiteral(" AND s.%1 = v.value").arg(QLatin1String(column))
        : QString();
    Statement hours;
    if (!prepare(m_db,
                 column ? QStringLiteral("SELECT v.hour FROM log_hour_values v WHERE v.col = "
                                         "'%1' AND v.value = ? AND v.hour BETWEEN ? AND ? AND "
                                         "EXISTS (SELECT 1 FROM log_hours s %2 AND s.hour = "
                                         "v.hour%3) ORDER BY v.hour %4")
                              .arg(QLatin1String(column), where->where, sameValue, dir)
                        : QStringLiteral("SELECT DISTINCT s.hour FROM log_hours s %1 ORDER BY "
                                         "s.hour %2")
                              .arg(where->where, dir),
                 &hours, error))
        return false;
    const auto full = [&] { return m_ids->size() >= limit; };
    const auto visitHours = [&](std::optional<qint64> value) {
        sqlite3_stmt *h = hours.get();
        sqlite3_reset(h);
        QVariantList bindings;
        if (value)
            bindings << *value << firstHour() << lastHour();
        bindings += where->bindings;
        if (!SqliteStatement::bindAll(h, bindings)) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        int rc = SQLITE_ROW;
        while (!full() && (rc = sqlite3_step(h)) == SQLITE_ROW)
            if (!visitHour(sqlite3_column_int64(h, 0), error))
                return false;
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    };
    if (!column)
        return visitHours(std::nullopt);

    // By a column: its values in their order (the dictionary's text order, or the numbers
    // log_hour_values lists), each value's hours in time order.
    const int kind = kindOf(m_sortColumn);
    Statement values;
    if (!prepare(m_db,
                 kind != 0 ? QStringLiteral("SELECT id FROM log_names WHERE kind = %1 ORDER BY "
                                            "text %2")
                                 .arg(kind)
                                 .arg(dir)
                           : QStringLiteral("SELECT DISTINCT value FROM log_hour_values WHERE "
                                            "col = '%1' ORDER BY value %2")
                                 .arg(QLatin1String(column), dir),
                 &values, error))
        return false;
    int rc = SQLITE_ROW;
    while (!full() && (rc = sqlite3_step(values.get())) == SQLITE_ROW) {
        const qint64 value = sqlite3_column_int64(values.get(), 0);
        m_tests.push_back({m_sortColumn, {value}});
        const bool ok = visitHours(value);
        m_tests.pop_back();
        if (!ok)
            return false;
    }
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

} // namespace LogBlockScanDetail

bool LogBlockScan::answersFirstPage(const LogQuery &query)
{
    const int column = blockColumn(query.sortColumn);
    return !query.filter.asksText()
        && (column == LogBlock::Created || (column >= 0 && hourValuesColumn(column) != nullptr));
}

bool LogBlockScan::answers(const LogQuery &query)
{
    return blockColumn(query.sortColumn) >= 0
        && (!query.filter.asksText() || query.filter.textSets().has_value());
}

bool LogBlockScan::scan(sqlite3 *db, const LogQuery &query, const std::function<bool()> &stop,
                        LogIdList *ids, QString *error)
{
    Scanner scanner(db, query, ids);
    return inSnapshot(db, [&] { return scanner.run(stop, error); }, error);
}

bool LogBlockScan::firstPage(sqlite3 *db, const LogQuery &query, int limit, QList<qint64> *ids,
                             QString *error)
{
    LogIdList found;
    Scanner scanner(db, query, &found);
    if (!inSnapshot(db, [&] { return scanner.page(limit, error); }, error))
        return false;
    ids->clear();
    LogIdList::Reader reader(found);
    for (qsizetype i = 0; i < std::min<qsizetype>(found.size(), limit); ++i)
        ids->append(reader.at(i));
    return true;
}
