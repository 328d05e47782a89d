#include "LogQueryWorker.h"

#include "log/LogBlockScan.h"
#include "log/LogSchema.h"
#include "log/LogSummaries.h"
#include "log/SqliteStatement.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

namespace {

// How often the id scan looks whether a newer question superseded it.
constexpr int SupersedeCheckRows = 8192;

qint64 dataVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

LogQueryWorker::LogQueryWorker(const QString &path, QObject *parent)
    : QObject(parent),
      m_path(path),
      m_connectionName(
          QStringLiteral("smshook-log-viewer-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
{ }

LogQueryWorker::~LogQueryWorker()
{
    close();
}

void LogQueryWorker::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool LogQueryWorker::ensureOpen(QString *error)
{
    if (m_open)
        return true;
    QSqlDatabase db = LogSchema::openConnection(m_connectionName, m_path, true, error);
    if (!db.isOpen())
        return false;
    // A bounded page cache: the viewer must stay small with a million rows.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -16384")); // 16 MiB
    m_open = true;
    return true;
}

void LogQueryWorker::supersede(quint64 generation)
{
    {
        const QMutexLocker lock(&m_takenMutex);
        m_latest.storeRelease(generation);
    }
    m_takenChanged.wakeAll(); // a wait for an older question's first rows ends
}

void LogQueryWorker::firstRowsTaken(quint64 generation)
{
    {
        const QMutexLocker lock(&m_takenMutex);
        m_taken = std::max(m_taken, generation);
    }
    m_takenChanged.wakeAll();
}

void LogQueryWorker::awaitFirstRowsTaken(quint64 generation)
{
    if (!m_awaitsTaken)
        return;
    const QDeadlineTimer deadline(MaxAwaitMs);
    const QMutexLocker lock(&m_takenMutex);
    while (m_taken < generation && !superseded(generation)) {
        if (!m_takenChanged.wait(&m_takenMutex, deadline))
            return; // the model's thread is busy: read on
    }
}

void LogQueryWorker::runQuery(quint64 generation, const LogQuery &query, bool refresh)
{
    if (superseded(generation))
        return;
    QString error;
    if (!ensureOpen(&error)) {
        Q_EMIT failed(generation, error);
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const LogFilter::Sql where = query.filter.toSql();
    auto failWith = [&](const QSqlError &sqlError) {
        Q_EMIT failed(
            generation,
            tr("The delivery log could not be read (%1): %2").arg(m_path, sqlError.text()));
    };
    auto fail = [&](const QSqlQuery &q) { failWith(q.lastError()); };

    // Step 1: the first rows, at once (an index walk that stops after a page).
    if (!refresh) {
        QList<LogRow> rows;
        QSqlError windowError;
        // A column without an index sorts by time, newest first (as above).
        const bool byTime = query.sortColumn == LogQuery::Time
            || orderBy(query.sortColumn, query.order).isEmpty();
        const Qt::SortOrder timeOrder
            = query.sortColumn == LogQuery::Time ? query.order : Qt::DescendingOrder;
        // From the hourly blocks and summary when they hold what is asked; should they fail,
        // the indexes answer the same.
        sqlite3 *handle = SqliteStatement::handle(db);
        bool paged = false;
        if (handle && LogBlockScan::answersFirstPage(query)) {
            QString pageError;
            paged = blocksFirstPage(db, query, &rows, &pageError);
            if (!paged)
                qWarning("The delivery log's blocks could not be read (%s); reading its indexes",
                         qPrintable(pageError));
        }
        const bool windowed = paged
            || (byTime && query.filter.usesFullText()
                && newestFirstPage(db, query.filter, timeOrder, &rows, &windowError));
        if (!windowed) {
            if (windowError.isValid()) {
                failWith(windowError);
                return;
            }
            QString sql;
            QVariantList bindings;
            QSqlError orderError;
            if (!selectInOrder(db, rowColumns(), where, query, FirstPageRows, &sql, &bindings,
                               &orderError)) {
                failWith(orderError);
                return;
            }
            QSqlQuery first(db);
            first.setForwardOnly(true);
            first.prepare(sql);
            for (const QVariant &value : std::as_const(bindings))
                first.addBindValue(value);
            if (!first.exec()) {
                fail(first);
                return;
            }
            rows.reserve(FirstPageRows);
            while (first.next())
                rows.append(LogSchema::rowFromQuery(first));
        }
        if (superseded(generation))
            return;
        Q_EMIT firstRows(generation, rows);
        // A page not filled is the whole answer (a window only answers with a full page): its
        // count and ids are known without another query (a rare text or recipient, or a
        // small log).
        if (rows.size() < FirstPageRows) {
            qint64 total = rows.size();
            QSqlError countError;
            if (!query.filter.isEmpty() && !countRows(db, LogFilter(), &total, &countError)) {
                failWith(countError);
                return;
            }
            LogIdList list;
            list.reserve(rows.size());
            for (const LogRow &row : std::as_const(rows))
                list.append(row.id);
            Q_EMIT countsReady(generation, rows.size(), total);
            Q_EMIT idsReady(generation, list, std::max<qint64>(total, list.size()));
            return;
        }
    }

    // Step 2: how many rows match (a count over an index) and how many the log holds. A
    // full-text match costs about as much to count as to list, so its count comes with its
    // ids, unless it is a text alone, which is counted by parts (LogFilter::countSql).
    qint64 matches = 0;
    qint64 total = 0;
    QSqlError countError;
    const bool countFirst = !query.filter.usesFullText() || query.filter.countSql().has_value();
    if (countFirst && !countRows(db, query.filter, &matches, &countError)) {
        failWith(countError);
        return;
    }
    if (query.filter.isEmpty()) {
        total = matches;
    } else if (!countRows(db, LogFilter(), &total, &countError)) {
        failWith(countError);
        return;
    }
    if (superseded(generation))
        return;
    if (countFirst)
        Q_EMIT countsReady(generation, matches, total);

    // Step 3: every matching id in order, once the model has dropped the last question's.
    if (!refresh)
        awaitFirstRowsTaken(generation);
    if (superseded(generation))
        return;
    LogIdList list;
    QString scanError;
    // From the hourly blocks when they hold what is asked (LogBlockScan); should they fail, the
    // indexes answer the same.
    sqlite3 *handle = SqliteStatement::handle(db);
    if (handle && LogBlockScan::answers(query)) {
        list.reserve(matches);
        if (LogBlockScan::scan(
                handle, query, [&] { return superseded(generation); }, &list, &scanError)) {
            if (!superseded(generation))
                Q_EMIT idsReady(generation, list, std::max<qint64>(total, list.size()));
            return;
        }
        if (superseded(generation))
            return;
        qWarning("The delivery log's blocks could not be read (%s); reading its indexes",
                 qPrintable(scanError));
        list.clear();
        scanError.clear();
    }
    QString idSql;
    QVariantList idBindings;
    QSqlError orderError;
    if (!selectInOrder(db, QStringLiteral("a.id"), where, query, 0, &idSql, &idBindings,
                       &orderError)) {
        failWith(orderError);
        return;
    }
    if (!scanIds(db, generation, idSql, idBindings, matches, &list, &scanError)) {
        if (!scanError.isEmpty())
            Q_EMIT failed(generation,
                          tr("The delivery log could not be read (%1): %2").arg(m_path, scanError));
        return;
    }
    if (superseded(generation))
        return;
    Q_EMIT idsReady(generation, list, std::max<qint64>(total, list.size()));
}

bool LogQueryWorker::countRows(const QSqlDatabase &db, const LogFilter &filter, qint64 *count,
                               QSqlError *error)
{
    const auto summary = LogSummaries::where(filter, LogSummaries::Table::Hours);
    const auto byParts = summary ? std::nullopt : filter.countSql();
    const LogFilter::Sql where = summary ? *summary : byParts ? *byParts : filter.toSql();
    const QString sql = summary
        ? QStringLiteral("SELECT coalesce(sum(s.n), 0) FROM log_hours s %1").arg(where.where)
        : byParts ? where.where
                  : QStringLiteral("SELECT count(*) FROM attempts a %1").arg(where.where);
    const qint64 version = dataVersion(db);
    CachedCount &cache = filter.isEmpty() ? m_allCount : m_lastCount;
    if (version >= 0 && cache.dataVersion == version && cache.where == sql
        && cache.bindings == where.bindings) {
        *count = cache.count;
        return true;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : where.bindings)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return false;
    }
    *count = q.value(0).toLongLong();
    cache = {version, sql, where.bindings, *count};
    return true;
}

bool LogQueryWorker::scanIds(const QSqlDatabase &db, quint64 generation, const QString &sql,
                             const QVariantList &bindings, qint64 expected, LogIdList *ids,
                             QString *error)
{
    ids->reserve(expected);
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &value : bindings)
            q.addBindValue(value);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        int sinceCheck = 0;
        while (q.next()) {
            ids->append(q.value(0).toLongLong());
            if (++sinceCheck == SupersedeCheckRows) {
                sinceCheck = 0;
                if (superseded(generation))
                    return false;
            }
        }
        return true;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr)
            != SQLITE_OK
        || !SqliteStatement::bindAll(statement, bindings)) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return false;
    }
    int rc = SQLITE_ROW;
    int sinceCheck = 0;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ids->append(sqlite3_column_int64(statement, 0));
        if (++sinceCheck == SupersedeCheckRows) {
            sinceCheck = 0;
            if (superseded(generation)) {
                sqlite3_finalize(statement);
                return false;
            }
        }
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

void LogQueryWorker::fetchRows(quint64 requestId, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QString error;
    if (!ensureOpen(&error)) {
        Q_EMIT failed(0, error);
        return;
    }
    QList<LogRow> rows;
    if (!readRows(QSqlDatabase::database(m_connectionName, false), ids, &rows, &error)) {
        Q_EMIT failed(0, tr("The delivery log could not be read (%1): %2").arg(m_path, error));
        return;
    }
    Q_EMIT rowsReady(requestId, rows);
}
