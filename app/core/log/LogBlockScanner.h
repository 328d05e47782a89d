#pragma once

#include "LogBlock.h"
#include "LogFilter.h"
#include "LogIdList.h"
#include "LogQueryWorker.h"

#include <QHash>
#include <QList>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

// What LogBlockScan's whole scan and its first page share: the statements, the columns, the
// sets a row is tested against, and the scanner that reads the blocks of the hours asked.
// Internal to LogBlockScan*.cpp.
namespace LogBlockScanDetail {

struct Finalize
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

bool prepare(sqlite3 *db, const QString &sql, Statement *statement, QString *error);

// The block column behind a viewer's column, or -1 when the blocks do not hold it.
int blockColumn(int column);
// The dictionary kind of a coded block column (LogSchema::NameKind), or 0 for a plain number.
int kindOf(int blockColumn);
// The hourly summary's column for a coded block column (log_hours), or nullptr when it has none.
const char *hoursColumn(int blockColumn);
// The name log_hour_values gives a block column's values (hoursColumn's, and "segments", which
// no summary holds), or nullptr when it lists none.
const char *hourValuesColumn(int blockColumn);

// A column's value must be one of values (none: no row matches).
struct Test
{
    int column;
    std::vector<qint64> values;
};

// A set of ids (rows' or a dictionary's) read from a statement (LogFilter::textSets), asked once
// a row: a bitmap over its span, or sorted ids searched when the span is too wide for one.
class IdSet
{
public:
    bool read(sqlite3 *db, const LogFilter::Sql &sql, QString *error);
    bool contains(qint64 v) const
    {
        if (!m_bits.empty()) {
            const quint64 at = quint64(v) - quint64(m_first);
            return at < m_span && (m_bits[size_t(at >> 6)] >> (at & 63)) & 1;
        }
        return std::binary_search(m_sorted.begin(), m_sorted.end(), v);
    }

private:
    static constexpr quint64 MaxBitmapSpan = quint64(1) << 27; // 16 MB
    qint64 m_first = 0;
    quint64 m_span = 0;
    std::vector<quint64> m_bits;
    std::vector<qint64> m_sorted;
};

// The dictionary ids of texts of one kind (those absent from the dictionary match no row).
bool namesOf(sqlite3 *db, int kind, const QStringList &texts, std::vector<qint64> *ids,
             QString *error);
// The ids of one kind, in their texts' order, as positions: rank[id].
bool ranksOf(sqlite3 *db, int kind, QHash<qint64, int> *rank, QString *error);

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

class Scanner
{
public:
    Scanner(sqlite3 *db, const LogQuery &query, LogIdList *ids)
        : m_db(db), m_query(query), m_ids(ids)
    { }

    bool run(const std::function<bool()> &stop, QString *error);
    bool page(int limit, QString *error);

private:
    bool prepareTests(QString *error);
    // The hours asked, inclusive (the whole range when no time is).
    qint64 firstHour() const;
    qint64 lastHour() const;
    void visit(const LogBlock &block, qint64 hour);
    bool visitStale(qint64 hour, QString *error);
    bool visitHour(qint64 hour, QString *error);
    bool readStale(QString *error);

    sqlite3 *m_db;
    const LogQuery &m_query;
    LogIdList *m_ids;
    bool m_descending = true;
    int m_sortColumn = LogBlock::Created;
    std::vector<Test> m_tests;
    // The recipient (a row's id in m_recipients) and the free text (its body, sender or id in
    // the sets), when asked.
    bool m_asksRecipient = false;
    bool m_asksText = false;
    IdSet m_recipients;
    IdSet m_bodies;
    IdSet m_senders;
    IdSet m_rows;
    QList<qint64> m_stale; // in the scan's order
    Statement m_hourBlocks; // the blocks of one hour, in the scan's order (page())
    bool m_flat = false; // every match appended in the order found (page())
    bool m_none = false; // a value asked that no row holds
    qint64 m_first = std::numeric_limits<qint64>::min(); // the times asked, inclusive
    qint64 m_last = std::numeric_limits<qint64>::max();
    Groups m_groups;
    // One block's rows as visit() reads them: which still match, a column's values, the ids.
    std::vector<uchar> m_match;
    std::vector<qint64> m_values;
    std::vector<qint64> m_rowIds;
};

// Runs work in one read transaction (one snapshot for the stale marks, the blocks, the rows of
// stale hours and the summary), or in the caller's when one is open.
bool inSnapshot(sqlite3 *db, const std::function<bool()> &work, QString *error);

} // namespace LogBlockScanDetail
