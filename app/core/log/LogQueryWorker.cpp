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

// The windows of newest rows that the first page of a full-text match looks in (see
// newestFirstPage): from a few pages' worth up to a quarter of a million rows.
constexpr qint64 FirstWindowRows = 4096;
constexpr qint64 LastWindowRows = 262144;

// The dictionary kind behind a column whose values are coded (LogSchema::NameKind), or 0.
int codedKind(int column)
{
    switch (column) {
    case LogQuery::Profile:
        return LogSchema::ProfileName;
    case LogQuery::Api:
        return LogSchema::ApiName;
    case LogQuery::Source:
        return LogSchema::SourceName;
    case LogQuery::Status:
        return LogSchema::StatusName;
    case LogQuery::Outcome:
        return LogSchema::OutcomeName;
    case LogQuery::From:
        return LogSchema::FromName;
    }
    return 0;
}

const char *codedColumn(int kind)
{
    switch (kind) {
    case LogSchema::ProfileName:
        return "profile_id";
    case LogSchema::ApiName:
        return "api_id";
    case LogSchema::SourceName:
        return "source_id";
    case LogSchema::StatusName:
        return "status_id";
    case LogSchema::OutcomeName:
        return "outcome_id";
    }
    return "from_id";
}

// Up to this many values a coded column sorts by walking its index once per value.
constexpr int MaxSortArms = 200;

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

QString LogQueryWorker::orderBy(int column, Qt::SortOrder order)
{
    // The indexes are (column, created_at): ordering by the pair (and the id, which every index
    // ends with) reads the index in order instead of sorting. The SID's index holds the column
    // alone (it is unique). The columns kept as dictionary ids are ordered by their text here;
    // selectInOrder() walks their index value by value instead. The message has no index (the
    // viewer says why in its header).
    QString keys;
    switch (column) {
    case LogQuery::Time:
        keys = QStringLiteral("a.created_at");
        break;
    case LogQuery::Profile:
        keys = QStringLiteral("a.profile %1, a.created_at");
        break;
    case LogQuery::Api:
        keys = QStringLiteral("a.api %1, a.created_at");
        break;
    case LogQuery::Source:
        keys = QStringLiteral("a.source %1, a.created_at");
        break;
    case LogQuery::Status:
        keys = QStringLiteral("a.status %1, a.created_at");
        break;
    case LogQuery::Outcome:
        keys = QStringLiteral("a.outcome %1, a.created_at");
        break;
    case LogQuery::Error:
        keys = QStringLiteral("a.error_code %1, a.created_at");
        break;
    case LogQuery::To:
        keys = QStringLiteral("a.to_number %1, a.created_at");
        break;
    case LogQuery::From:
        keys = QStringLiteral("a.from_number %1, a.created_at");
        break;
    case LogQuery::Segments:
        keys = QStringLiteral("a.segments %1, a.created_at");
        break;
    case LogQuery::Sid:
        keys = QStringLiteral("a.sid_key");
        break;
    default:
        return {};
    }
    const QString dir
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (keys.contains(QLatin1String("%1")))
        keys = keys.arg(dir);
    return QStringLiteral(" ORDER BY %1 %2, a.id %2").arg(keys, dir);
}

QString LogQueryWorker::rowColumns()
{
    return LogSchema::rowColumns(BodyExcerptChars);
}

bool LogQueryWorker::selectInOrder(const QSqlDatabase &db, const QString &columns,
                                   const LogFilter::Sql &where, const LogQuery &query, int limit,
                                   QString *sql, QVariantList *bindings, QSqlError *error)
{
    QString order = orderBy(query.sortColumn, query.order);
    const int kind = codedKind(query.sortColumn);
    const QString limitClause = limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    if (order.isEmpty() || kind == 0) {
        const bool ownOrder = !order.isEmpty();
        if (order.isEmpty())
            order = orderBy(LogQuery::Time, Qt::DescendingOrder);
        // Every matching id in another column's order: walking that column's index would look
        // up each row the filter checks, the whole log in random order (a recipient's index:
        // 1.4 s at a million rows for a quarter of them). Finding the matches through the
        // filter's own index and sorting them costs what they are (0.27 s). "+" keeps SQLite
        // from using an index for the order. The first page still walks the index: it stops
        // after a page.
        if (limit <= 0 && ownOrder && !where.where.isEmpty() && query.sortColumn != LogQuery::Time)
            order.replace(QLatin1String(" a."), QLatin1String(" +a."));
        *sql = QStringLiteral("SELECT %1 FROM attempts a %2%3%4")
                   .arg(columns, where.where, order, limitClause);
        *bindings = where.bindings;
        return true;
    }
    // A coded column holds dictionary ids, whose order is not the texts': walk the column's
    // (id, created_at) index once per value, the values in the texts' order, one after the
    // other (UNION ALL keeps its parts' order and stops at the limit).
    QSqlQuery names(db);
    names.setForwardOnly(true);
    names.prepare(
        QStringLiteral("SELECT id FROM log_names WHERE kind = ? ORDER BY text %1")
            .arg(query.order == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC")));
    names.addBindValue(kind);
    if (!names.exec()) {
        *error = names.lastError();
        return false;
    }
    QList<qint64> ids;
    while (names.next())
        ids << names.value(0).toLongLong();
    if (ids.size() > MaxSortArms) {
        *sql = QStringLiteral("SELECT %1 FROM attempts a %2%3%4")
                   .arg(columns, where.where, order, limitClause);
        *bindings = where.bindings;
        return true;
    }
    const QString dir
        = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // A text's matches are gathered once (they cost what the text costs), then each value's walk
    // keeps the gathered ones; other filters are asked of each walk, through the indexes.
    const bool gather = query.filter.usesFullText();
    QStringList arms;
    bindings->clear();
    if (gather)
        *bindings = where.bindings;
    for (const qint64 id : std::as_const(ids)) {
        const QString test
            = QStringLiteral("a.%1 = %2").arg(QLatin1String(codedColumn(kind))).arg(id);
        QString armWhere;
        if (gather)
            armWhere = QStringLiteral("WHERE a.id IN gathered AND ") + test;
        else if (where.where.isEmpty())
            armWhere = QStringLiteral("WHERE ") + test;
        else
            armWhere = where.where + QStringLiteral(" AND ") + test;
        arms << QStringLiteral("SELECT * FROM (SELECT %1 FROM attempts a %2 ORDER BY a.created_at "
                               "%3, a.id %3)")
                    .arg(columns, armWhere, dir);
        if (!gather)
            *bindings += where.bindings;
    }
    if (arms.isEmpty())
        arms << QStringLiteral("SELECT %1 FROM attempts a WHERE 0").arg(columns);
    if (gather)
        arms.first().prepend(QStringLiteral("WITH gathered(id) AS MATERIALIZED (SELECT a.id FROM "
                                            "attempts a %1) ")
                                 .arg(where.where));
    *sql = arms.join(QStringLiteral(" UNION ALL ")) + limitClause;
    return true;
}

bool LogQueryWorker::newestFirstPage(const QSqlDatabase &db, const LogFilter &filter,
                                     Qt::SortOrder timeOrder, QList<LogRow> *rows, QSqlError *error)
{
    // A full-text match costs as much as its trigrams are common (a word in a fifth of the rows:
    // about 1 s at a million rows, most of it ordering the matches by time). The first page in
    // time order needs only the newest matches: look for them among the newest rows, a window
    // whose ids bound the full-text subquery so that FTS5 reads a short stretch of its index.
    // The window holds every row up to a (created_at, id) key, so whatever it finds is exactly
    // the top of the full answer. Rows mostly arrive in time order, so a window's ids are a
    // short stretch; when they are not, the stretch is longer and the query slower, never
    // wrong. A page not filled by a window that reaches far enough tells the term is rare:
    // then the plain query, cheap for a rare term, answers.
    const bool descending = timeOrder != Qt::AscendingOrder;
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString inWindow = descending ? QStringLiteral(">=") : QStringLiteral("<=");
    const QString order = orderBy(LogQuery::Time, timeOrder);
    const auto run = [&](QSqlQuery &q) {
        if (q.exec())
            return true;
        *error = q.lastError();
        return false;
    };
    qint64 window = FirstWindowRows;
    while (window <= LastWindowRows) {
        // The window's last key, then the stretch of ids it holds: both walk attempts_created.
        QSqlQuery edge(db);
        edge.setForwardOnly(true);
        edge.prepare(QStringLiteral("SELECT a.created_at, a.id FROM attempts a ORDER BY "
                                    "a.created_at %1, a.id %1 LIMIT 1 OFFSET %2")
                         .arg(dir)
                         .arg(window - 1));
        if (!run(edge))
            return false;
        if (!edge.next())
            return false; // the window would hold every row: the plain query is as fast
        const qint64 edgeTime = edge.value(0).toLongLong();
        const qint64 edgeId = edge.value(1).toLongLong();
        edge.finish();
        QSqlQuery stretch(db);
        stretch.prepare(QStringLiteral("SELECT min(a.id), max(a.id) FROM attempts a WHERE "
                                       "(a.created_at, a.id) %1 (?, ?)")
                            .arg(inWindow));
        stretch.addBindValue(edgeTime);
        stretch.addBindValue(edgeId);
        if (!run(stretch) || !stretch.next())
            return false;
        const qint64 firstId = stretch.value(0).toLongLong();
        const qint64 lastId = stretch.value(1).toLongLong();
        stretch.finish();

        const LogFilter::Sql where = filter.toSql(firstId, lastId);
        QSqlQuery page(db);
        page.setForwardOnly(true);
        page.prepare(QStringLiteral("SELECT %1 FROM attempts a %2 AND (a.created_at, a.id) %3 "
                                    "(?, ?)%4 LIMIT %5")
                         .arg(rowColumns(), where.where, inWindow, order)
                         .arg(FirstPageRows));
        for (const QVariant &value : where.bindings)
            page.addBindValue(value);
        page.addBindValue(edgeTime);
        page.addBindValue(edgeId);
        if (!run(page))
            return false;
        QList<LogRow> list;
        while (page.next())
            list.append(LogSchema::rowFromQuery(page));
        if (list.size() == FirstPageRows) {
            *rows = list;
            return true;
        }
        // Grow the window to where the page should fill at the rate seen so far; with no
        // match at all the term is rare and the plain query is cheap.
        const qint64 found = list.size();
        if (found == 0)
            return false;
        window = std::max(window * 2, window * FirstPageRows * 2 / found);
    }
    return false;
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
        const bool windowed = byTime && query.filter.usesFullText()
            && newestFirstPage(db, query.filter, timeOrder, &rows, &windowError);
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
    // Ids are integers from the database: a literal list is safe and needs no bindings.
    QStringList literals;
    literals.reserve(ids.size());
    for (const qint64 id : ids)
        literals.append(QString::number(id));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM attempts a WHERE a.id IN (%2)")
                        .arg(rowColumns(), literals.join(QLatin1Char(','))))) {
        Q_EMIT failed(0,
                      tr("The delivery log could not be read (%1): %2")
                          .arg(m_path, query.lastError().text()));
        return;
    }
    QList<LogRow> rows;
    rows.reserve(ids.size());
    while (query.next())
        rows.append(LogSchema::rowFromQuery(query));
    Q_EMIT rowsReady(requestId, rows);
}
