#include "LogBlockScan.h"

#include "LogBlockStore.h"
#include "LogSchema.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace {

struct Finalize
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

bool prepare(sqlite3 *db, const QString &sql, Statement *statement, QString *error)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &s, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
        return false;
    }
    statement->reset(s);
    return true;
}

// The block column behind a viewer's column, or -1 when the blocks do not hold it.
int blockColumn(int column)
{
    switch (column) {
    case LogQuery::Time:
        return LogBlock::Created;
    case LogQuery::Profile:
        return LogBlock::Profile;
    case LogQuery::Api:
        return LogBlock::Api;
    case LogQuery::Source:
        return LogBlock::Source;
    case LogQuery::Status:
        return LogBlock::Status;
    case LogQuery::Outcome:
        return LogBlock::Outcome;
    case LogQuery::From:
        return LogBlock::From;
    case LogQuery::Error:
        return LogBlock::Error;
    case LogQuery::Segments:
        return LogBlock::Segments;
    }
    return -1;
}

// The dictionary kind of a coded block column (LogSchema::NameKind), or 0 for a plain number.
int kindOf(int blockColumn)
{
    switch (blockColumn) {
    case LogBlock::Profile:
        return LogSchema::ProfileName;
    case LogBlock::Api:
        return LogSchema::ApiName;
    case LogBlock::Source:
        return LogSchema::SourceName;
    case LogBlock::Status:
        return LogSchema::StatusName;
    case LogBlock::Outcome:
        return LogSchema::OutcomeName;
    case LogBlock::From:
        return LogSchema::FromName;
    }
    return 0;
}

// A column's value must be one of values (none: no row matches).
struct Test
{
    int column;
    std::vector<qint64> values;
};

// The dictionary ids of texts of one kind (those absent from the dictionary match no row).
bool namesOf(sqlite3 *db, int kind, const QStringList &texts, std::vector<qint64> *ids,
             QString *error)
{
    Statement s;
    if (!prepare(db, QStringLiteral("SELECT id FROM log_names WHERE kind = ? AND text = ?"), &s,
                 error))
        return false;
    for (const QString &text : texts) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_int(s.get(), 1, kind);
        sqlite3_bind_text(s.get(), 2, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(s.get());
        if (rc == SQLITE_ROW)
            ids->push_back(sqlite3_column_int64(s.get(), 0));
        else if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        sqlite3_reset(s.get());
    }
    return true;
}

// The ids of one kind, in their texts' order, as positions: rank[id].
bool ranksOf(sqlite3 *db, int kind, QHash<qint64, int> *rank, QString *error)
{
    Statement s;
    if (!prepare(db, QStringLiteral("SELECT id FROM log_names WHERE kind = ? ORDER BY text"), &s,
                 error))
        return false;
    sqlite3_bind_int(s.get(), 1, kind);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
        rank->insert(sqlite3_column_int64(s.get(), 0), int(rank->size()));
    if (rc == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

// The matches gathered by the sort column's value, each group in the scan's (time) order.
class Groups
{
public:
    LogIdList &of(qint64 value)
    {
        if (value == m_lastValue)
            return m_groups[m_last].ids;
        int index = -1;
        if (value >= 0 && value < qint64(m_small.size())) {
            index = m_small[size_t(value)];
        } else {
            const auto found = m_large.constFind(value);
            if (found != m_large.constEnd())
                index = *found;
        }
        if (index < 0) {
            index = int(m_groups.size());
            m_groups.push_back({value, {}});
            if (value >= 0 && value < qint64(m_small.size()))
                m_small[size_t(value)] = index;
            else
                m_large.insert(value, index);
        }
        m_lastValue = value;
        m_last = index;
        return m_groups[size_t(index)].ids;
    }
    // The groups joined in the order of their keys (key(value): the value's place).
    void joinInto(LogIdList *ids, const std::function<qint64(qint64)> &key, bool descending)
    {
        std::vector<std::pair<qint64, size_t>> order;
        for (size_t i = 0; i < m_groups.size(); ++i)
            order.push_back({key(m_groups[i].value), i});
        std::sort(order.begin(), order.end());
        if (descending)
            std::reverse(order.begin(), order.end());
        for (const auto &[place, index] : order) {
            LogIdList &group = m_groups[index].ids;
            LogIdList::Reader reader(group);
            for (qsizetype i = 0; i < group.size(); ++i)
                ids->append(reader.at(i));
            group.clear(); // each group's storage goes as soon as it is joined
        }
    }

private:
    struct Group
    {
        qint64 value;
        LogIdList ids;
    };
    std::vector<Group> m_groups;
    std::vector<int> m_small = std::vector<int>(4096, -1);
    QHash<qint64, int> m_large;
    qint64 m_lastValue = std::numeric_limits<qint64>::min();
    int m_last = -1;
};

} // namespace

bool LogBlockScan::answers(const LogQuery &query)
{
    return !query.filter.asksText() && blockColumn(query.sortColumn) >= 0;
}

namespace {

class Scanner
{
public:
    Scanner(sqlite3 *db, const LogQuery &query, LogIdList *ids)
        : m_db(db), m_query(query), m_ids(ids)
    { }

    bool run(const std::function<bool()> &stop, QString *error);

private:
    bool prepareTests(QString *error);
    void visit(const LogBlock &block, qint64 hour);
    bool visitStale(qint64 hour, QString *error);

    sqlite3 *m_db;
    const LogQuery &m_query;
    LogIdList *m_ids;
    bool m_descending = true;
    int m_sortColumn = LogBlock::Created;
    std::vector<Test> m_tests;
    bool m_none = false; // a value asked that no row holds
    qint64 m_first = std::numeric_limits<qint64>::min(); // the times asked, inclusive
    qint64 m_last = std::numeric_limits<qint64>::max();
    Groups m_groups;
};

bool Scanner::prepareTests(QString *error)
{
    const LogFilter &f = m_query.filter;
    const auto names = [&](int column, int kind, const QStringList &texts) {
        if (texts.isEmpty())
            return true;
        Test test {column, {}};
        if (!namesOf(m_db, kind, texts, &test.values, error))
            return false;
        m_none = m_none || test.values.empty();
        m_tests.push_back(test);
        return true;
    };
    QStringList outcomes;
    for (Attempt::Outcome o : f.outcomes)
        outcomes << Attempt::outcomeName(o);
    if (!names(LogBlock::Outcome, LogSchema::OutcomeName, outcomes)
        || !names(LogBlock::Status, LogSchema::StatusName, f.statuses)
        || (f.api && !names(LogBlock::Api, LogSchema::ApiName, {Attempt::apiName(*f.api)}))
        || (f.source
            && !names(LogBlock::Source, LogSchema::SourceName, {Attempt::sourceName(*f.source)}))
        || (!f.profile.isEmpty() && !names(LogBlock::Profile, LogSchema::ProfileName, {f.profile})))
        return false;
    if (f.errorCode != 0)
        m_tests.push_back({LogBlock::Error, {qint64(f.errorCode)}});
    if (f.since.isValid())
        m_first = LogSchema::toMs(f.since);
    if (f.until.isValid())
        m_last = LogSchema::toMs(f.until) - 1;
    m_none = m_none || m_first > m_last;
    return true;
}

void Scanner::visit(const LogBlock &block, qint64 hour)
{
    const int n = block.size();
    const bool timed = m_first > LogBlock::firstMsOf(hour) || m_last < LogBlock::lastMsOf(hour);
    const bool byTime = m_sortColumn == LogBlock::Created;
    for (int k = 0; k < n; ++k) {
        const int i = m_descending ? n - 1 - k : k;
        bool match = true;
        for (const Test &t : m_tests) {
            const qint64 v = block.value(t.column, i);
            if (std::find(t.values.begin(), t.values.end(), v) == t.values.end()) {
                match = false;
                break;
            }
        }
        if (match && timed) {
            const qint64 at = block.value(LogBlock::Created, i);
            match = at >= m_first && at <= m_last;
        }
        if (!match)
            continue;
        const qint64 id = block.value(LogBlock::Id, i);
        if (byTime)
            m_ids->append(id);
        else
            m_groups.of(block.value(m_sortColumn, i)).append(id);
    }
}

bool Scanner::visitStale(qint64 hour, QString *error)
{
    LogBlock::Rows rows;
    if (!LogBlockStore::readHour(m_db, hour, &rows, error))
        return false;
    const qsizetype n = qsizetype(rows[LogBlock::Id].size());
    QList<QByteArray> parts;
    for (qsizetype first = 0; first < n; first += LogBlock::MaxRows)
        parts << LogBlock::encode(rows, first, std::min<qsizetype>(LogBlock::MaxRows, n - first));
    if (m_descending)
        std::reverse(parts.begin(), parts.end());
    for (const QByteArray &blob : std::as_const(parts)) {
        LogBlock block;
        if (!block.parse(blob)) {
            *error = QStringLiteral("a block of hour %1 could not be read back").arg(hour);
            return false;
        }
        visit(block, hour);
    }
    return true;
}

bool Scanner::run(const std::function<bool()> &stop, QString *error)
{
    m_descending = m_query.order != Qt::AscendingOrder;
    m_sortColumn = blockColumn(m_query.sortColumn);
    if (!prepareTests(error))
        return false;
    if (m_none)
        return true;
    const qint64 firstHour = m_first == std::numeric_limits<qint64>::min()
        ? std::numeric_limits<qint64>::min() / LogBlock::MaxRows + 1
        : LogBlock::hourOf(m_first);
    const qint64 lastHour = m_last == std::numeric_limits<qint64>::max()
        ? std::numeric_limits<qint64>::max() / LogBlock::MaxRows - 1
        : LogBlock::hourOf(m_last);

    QList<qint64> stale;
    if (!LogBlockStore::staleHours(m_db, &stale, error))
        return false;
    stale.removeIf([&](qint64 h) { return h < firstHour || h > lastHour; });
    if (m_descending)
        std::reverse(stale.begin(), stale.end());
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

} // namespace

bool LogBlockScan::scan(sqlite3 *db, const LogQuery &query, const std::function<bool()> &stop,
                        LogIdList *ids, QString *error)
{
    // One snapshot for the stale marks, the blocks and the rows of stale hours.
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    Scanner scanner(db, query, ids);
    const bool ok = scanner.run(stop, error);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return ok;
}
