// DeliveryLogModel's rows: its id list, and a new list shown as the rows inserted or removed
// since the last, run by run, so that views keep their selection and place.

#include "DeliveryLogModel.h"

#include <algorithm>

namespace {

// Past this many separate runs of inserted or removed rows, a reset is cheaper.
constexpr int MaxDiffRuns = 16;

} // namespace

int DeliveryLogModel::shownRows() const
{
    qsizetype skipped = 0;
    for (const Skip &skip : m_skips)
        skipped += skip.count;
    return int(m_ids.size() - skipped);
}

// The place in m_ids of a shown row: past the runs not shown before it.
qsizetype DeliveryLogModel::listIndex(int row) const
{
    qsizetype at = row;
    for (const Skip &skip : m_skips) {
        if (skip.at > at)
            break;
        at += skip.count;
    }
    return at;
}

qint64 DeliveryLogModel::idAt(int row) const
{
    return row >= 0 && row < shownRows() ? m_ids.at(listIndex(row)) : 0;
}

QList<qint64> DeliveryLogModel::idsAt(int first, int count) const
{
    if (m_skips.isEmpty())
        return m_ids.mid(first, count);
    QList<qint64> ids;
    for (int row = first; row < std::min(shownRows(), first + count); ++row)
        ids.append(idAt(row));
    return ids;
}

int DeliveryLogModel::rowOfId(qint64 id) const
{
    qsizetype at = m_ids.indexOf(id);
    if (at < 0)
        return -1;
    qsizetype row = at;
    for (const Skip &skip : m_skips) {
        if (skip.at > at)
            break;
        if (at < skip.at + skip.count)
            return -1; // in a run not shown
        row -= skip.count;
    }
    return int(row);
}

void DeliveryLogModel::applyIds(const LogIdList &ids)
{
    if (ids == m_ids)
        return;
    if (applyInsertions(ids) || applyRemovals(ids))
        return;
    beginResetModel();
    m_ids = ids;
    ++m_listVersion;
    m_pendingPages.clear();
    endResetModel();
}

// ids is m_ids with rows inserted: ids becomes the list at once, its new runs hidden, and each
// run is shown in turn.
bool DeliveryLogModel::applyInsertions(const LogIdList &ids)
{
    if (ids.size() <= m_ids.size())
        return false;
    QList<Skip> runs; // in ids
    LogIdList::Reader shown(m_ids);
    LogIdList::Reader next(ids);
    const qsizetype count = m_ids.size();
    qsizetype i = 0;
    for (qsizetype j = 0; j < ids.size();) {
        if (i < count && shown.at(i) == next.at(j)) {
            ++i;
            ++j;
            continue;
        }
        const qsizetype start = j;
        while (j < ids.size() && !(i < count && shown.at(i) == next.at(j)))
            ++j;
        runs.append({start, j - start});
        if (runs.size() > MaxDiffRuns)
            return false;
    }
    if (i != count)
        return false;
    m_ids = ids; // the last list goes now: at ten million rows, two lists would be held at once
    m_skips = runs;
    for (const Skip &run : std::as_const(runs)) {
        // The runs before this one are shown: its place in the rows is its place in ids.
        beginInsertRows(QModelIndex(), int(run.at), int(run.at + run.count - 1));
        m_skips.removeFirst();
        ++m_listVersion;
        m_pendingPages.clear();
        endInsertRows();
    }
    return true;
}

// ids is m_ids with rows removed: each run is hidden in turn, then ids becomes the list.
bool DeliveryLogModel::applyRemovals(const LogIdList &ids)
{
    if (ids.size() >= m_ids.size())
        return false;
    struct Run
    {
        qsizetype row; // its place among the rows as they are when it goes
        qsizetype at, count; // in m_ids
    };
    QList<Run> runs;
    LogIdList::Reader shown(m_ids);
    LogIdList::Reader next(ids);
    qsizetype j = 0;
    for (qsizetype i = 0; i < m_ids.size();) {
        if (j < ids.size() && shown.at(i) == next.at(j)) {
            ++i;
            ++j;
            continue;
        }
        const qsizetype start = i;
        while (i < m_ids.size() && !(j < ids.size() && shown.at(i) == next.at(j)))
            ++i;
        runs.append({j, start, i - start});
        if (runs.size() > MaxDiffRuns)
            return false;
    }
    if (j != ids.size())
        return false;
    for (const Run &run : std::as_const(runs)) {
        beginRemoveRows(QModelIndex(), int(run.row), int(run.row + run.count - 1));
        m_skips.append({run.at, run.count});
        ++m_listVersion;
        m_pendingPages.clear();
        endRemoveRows();
    }
    m_ids = ids; // shows the same rows
    m_skips.clear();
    return true;
}
