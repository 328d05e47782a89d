#include "LogQueryWorker.h"

#include "log/LogBlockScan.h"
#include "log/LogBlockScanner.h"
#include "log/LogSchema.h"
#include "log/SqliteStatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

// The worker's first pages: the order of a question in SQL, a page from the hourly blocks, the
// newest rows' window for a full-text match, and rows read by id.
namespace {

// The windows of newest rows that the first page of a full-text match looks in (see
// newestFirstPage): from a few pages' worth up to a quarter of a million rows.
constexpr qint64 FirstWindowRows = 4096;
constexpr qint64 LastWindowRows = 262144;

// Up to this many values a coded column sorts by walking its index once per value.
constexpr int MaxSortArms = 200;

} // namespace

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
    // The dictionary kind behind a column whose values are coded, as the blocks read it (0: none).
    const int kind = LogBlockScanDetail::kindOf(LogBlockScanDetail::blockColumn(query.sortColumn));
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
            = QStringLiteral("a.%1 = %2").arg(QLatin1String(LogSchema::codedColumn(kind))).arg(id);
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

bool LogQueryWorker::readRows(const QSqlDatabase &db, const QList<qint64> &ids, QList<LogRow> *rows,
                              QString *error)
{
    // Ids are integers from the database: a literal list is safe and needs no bindings.
    QStringList literals;
    literals.reserve(ids.size());
    for (const qint64 id : ids)
        literals.append(QString::number(id));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM attempts a WHERE a.id IN (%2)")
                        .arg(rowColumns(), literals.join(QLatin1Char(','))))) {
        *error = query.lastError().text();
        return false;
    }
    rows->clear();
    rows->reserve(ids.size());
    while (query.next())
        rows->append(LogSchema::rowFromQuery(query));
    return true;
}

bool LogQueryWorker::blocksFirstPage(const QSqlDatabase &db, const LogQuery &query,
                                     QList<LogRow> *rows, QString *error)
{
    // The page's ids and their rows in one snapshot, so that every id found has its row.
    sqlite3 *handle = SqliteStatement::handle(db);
    if (sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    QList<qint64> ids;
    QList<LogRow> found;
    const bool ok = LogBlockScan::firstPage(handle, query, FirstPageRows, &ids, error)
        && (ids.isEmpty() || readRows(db, ids, &found, error));
    sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    if (!ok)
        return false;
    // In the page's order (IN gives them in the table's).
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < ids.size(); ++i)
        at.insert(ids.at(i), i);
    std::sort(found.begin(), found.end(),
              [&](const LogRow &a, const LogRow &b) { return at.value(a.id) < at.value(b.id); });
    *rows = found;
    return true;
}
