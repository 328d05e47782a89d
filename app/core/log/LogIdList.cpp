#include "LogIdList.h"

#include <algorithm>

qsizetype LogIdList::indexOf(qint64 id) const
{
    if (m_wide)
        return m_wideIds.indexOf(id);
    if (!fits(id))
        return -1;
    return m_ids.indexOf(quint32(id));
}

QList<qint64> LogIdList::mid(qsizetype first, qsizetype count) const
{
    QList<qint64> list;
    const qsizetype end = std::min(size(), first + count);
    if (first < 0 || first >= end)
        return list;
    list.reserve(end - first);
    for (qsizetype i = first; i < end; ++i)
        list.append(at(i));
    return list;
}

void LogIdList::reserve(qsizetype n)
{
    if (m_wide)
        m_wideIds.reserve(n);
    else
        m_ids.reserve(n);
}

void LogIdList::clear()
{
    // Gives the storage back: QList::clear() keeps its capacity (40 MB for ten million ids),
    // which the viewer held beside the next question's list while that one was read.
    m_wide = false;
    m_ids = {};
    m_wideIds = {};
}

void LogIdList::widen()
{
    m_wideIds.reserve(std::max(m_ids.capacity(), m_ids.size() + 1));
    for (const quint32 id : std::as_const(m_ids))
        m_wideIds.append(id);
    m_ids = {};
    m_wide = true;
}

void LogIdList::append(qint64 id)
{
    if (!m_wide && !fits(id))
        widen();
    if (m_wide)
        m_wideIds.append(id);
    else
        m_ids.append(quint32(id));
}

void LogIdList::insert(qsizetype at, const LogIdList &other, qsizetype from, qsizetype count)
{
    if (count <= 0)
        return;
    if (!m_wide && other.m_wide) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (!fits(other.at(i))) {
                widen();
                break;
            }
        }
    }
    if (m_wide) {
        m_wideIds.insert(at, count, 0);
        for (qsizetype i = 0; i < count; ++i)
            m_wideIds[at + i] = other.at(from + i);
    } else {
        m_ids.insert(at, count, 0);
        for (qsizetype i = 0; i < count; ++i)
            m_ids[at + i] = quint32(other.at(from + i));
    }
}

void LogIdList::remove(qsizetype at, qsizetype count)
{
    if (m_wide)
        m_wideIds.remove(at, count);
    else
        m_ids.remove(at, count);
}

bool operator==(const LogIdList &a, const LogIdList &b)
{
    if (!a.m_wide && !b.m_wide)
        return a.m_ids == b.m_ids;
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i))
            return false;
    return true;
}
