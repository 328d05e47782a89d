#include "LogQueryWorker.h"

#include "log/LogSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace {

// How often the id scan looks whether a newer question superseded it.
constexpr int SupersedeCheckRows = 8192;

// The windows of newest rows that the first page of a full-text match looks in (see
// newestFirstPage): from a few pages' worth up to a quarter of a million rows.
constexpr qint64 FirstWindowRows = 4096;
constexpr qint64 LastWindowRows = 262144;

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
    // The indexes are (column, created_at) for the short columns: ordering by the pair (and
    // the id, which every index ends with) reads the index in order instead of sorting. The SID's
    // index is partial (no NULLs), so it cannot order every row: not sortable (2 s at 1M rows).
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
        keys = QStringLiteral("a.to_number");
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
    return QStringLiteral("a.id, a.created_at, a.profile, a.api, a.source, a.to_number, "
                          "a.from_number, a.status, a.outcome, a.error_code, a.error_message, "
                          "a.segments, a.sid, substr(a.body, 1, %1)")
        .arg(BodyExcerptChars);
}

LogRow LogQueryWorker::rowFrom(const QSqlQuery &query)
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
            list.append(rowFrom(page));
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
    QString order = orderBy(query.sortColumn, query.order);
    if (order.isEmpty())
        order = orderBy(LogQuery::Time, Qt::DescendingOrder);

    auto bindAll = [&where](QSqlQuery &q) {
        for (const QVariant &value : where.bindings)
            q.addBindValue(value);
    };
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
            QSqlQuery first(db);
            first.setForwardOnly(true);
            first.prepare(QStringLiteral("SELECT %1 FROM attempts a %2%3 LIMIT %4")
                              .arg(rowColumns(), where.where, order)
                              .arg(FirstPageRows));
            bindAll(first);
            if (!first.exec()) {
                fail(first);
                return;
            }
            rows.reserve(FirstPageRows);
            while (first.next())
                rows.append(rowFrom(first));
        }
        if (superseded(generation))
            return;
        Q_EMIT firstRows(generation, rows);
    }

    // Step 2: every matching id in order, and how many attempts the log holds.
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral("SELECT a.id FROM attempts a %1%2").arg(where.where, order));
    bindAll(ids);
    if (!ids.exec()) {
        fail(ids);
        return;
    }
    QList<qint64> list;
    int sinceCheck = 0;
    while (ids.next()) {
        list.append(ids.value(0).toLongLong());
        if (++sinceCheck == SupersedeCheckRows) {
            sinceCheck = 0;
            if (superseded(generation))
                return;
        }
    }
    ids.finish();
    qint64 total = list.size();
    if (!query.filter.isEmpty()) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM attempts")) && count.next())
            total = count.value(0).toLongLong();
    }
    if (superseded(generation))
        return;
    Q_EMIT idsReady(generation, list, total);
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
        rows.append(rowFrom(query));
    Q_EMIT rowsReady(requestId, rows);
}
