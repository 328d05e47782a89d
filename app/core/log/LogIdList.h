#pragma once

#include <QList>
#include <QMetaType>
#include <QtGlobal>

// The ids of the attempts a question matches, in the viewer's order: ten million of them in
// 40 MB. Ids are SQLite rowids, given out from 1 upwards, so they are held in 32 bits each; the
// first id that does not fit turns the list into 64-bit storage (correct, twice the size).
// Implicitly shared like QList, so it crosses threads in a queued signal without a copy.
class LogIdList
{
public:
    LogIdList() = default;

    qsizetype size() const { return m_wide ? m_wideIds.size() : m_ids.size(); }
    bool isEmpty() const { return size() == 0; }
    qint64 at(qsizetype i) const { return m_wide ? m_wideIds.at(i) : qint64(m_ids.at(i)); }
    qsizetype indexOf(qint64 id) const; // -1 when absent
    bool contains(qint64 id) const { return indexOf(id) >= 0; }
    // Up to count ids from position first, as plain ids (for a page's query).
    QList<qint64> mid(qsizetype first, qsizetype count) const;

    void reserve(qsizetype n);
    qsizetype capacity() const { return m_wide ? m_wideIds.capacity() : m_ids.capacity(); }
    void clear(); // and frees the storage
    void append(qint64 id);
    // Inserts count ids of other, from its position from, at position at.
    void insert(qsizetype at, const LogIdList &other, qsizetype from, qsizetype count);
    void remove(qsizetype at, qsizetype count);

    bool isWide() const { return m_wide; }
    friend bool operator==(const LogIdList &a, const LogIdList &b);
    friend bool operator!=(const LogIdList &a, const LogIdList &b) { return !(a == b); }

private:
    static bool fits(qint64 id) { return id >= 0 && id <= qint64(0xffffffffu); }
    void widen();

    bool m_wide = false;
    QList<quint32> m_ids;
    QList<qint64> m_wideIds;
};
Q_DECLARE_METATYPE(LogIdList)
