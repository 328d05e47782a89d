#pragma once

#include <QList>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QtGlobal>

#include <array>

// The ids of the attempts a question matches, in the viewer's order, packed: ten million of them
// in about 10 MB in time order (about 30 MB in the order of another column) instead of 40 or 80.
// Ids go in blocks of 128, each held as its smallest id and the others' distances from it in as
// many bits as the largest distance needs (frame of reference): ids in time order are nearly
// consecutive (7 or 8 bits each), ids in another column's order span the log (about 24 bits at
// ten million). The last, unfilled block is held plainly. Appended to only: the model shows a
// change to the list without editing it (DeliveryLogModel's runs).
// Implicitly shared like QList, so it crosses threads in a queued signal without a copy.
class LogIdList
{
public:
    static constexpr int BlockIds = 128;

    LogIdList();
    LogIdList(const LogIdList &other);
    LogIdList &operator=(const LogIdList &other);
    ~LogIdList();

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    qint64 at(qsizetype i) const;
    qsizetype indexOf(qint64 id) const; // -1 when absent
    bool contains(qint64 id) const { return indexOf(id) >= 0; }
    // Up to count ids from position first, as plain ids (for a page's query).
    QList<qint64> mid(qsizetype first, qsizetype count) const;

    // Room for the block headers of n ids (the packed ids themselves grow chunk by chunk, so that
    // a list never holds twice its size while it grows).
    void reserve(qsizetype n);
    void clear(); // and frees the storage
    void append(qint64 id);
    // The bytes the list holds, headers, chunks and spare room included.
    qsizetype bytesHeld() const;

    friend bool operator==(const LogIdList &a, const LogIdList &b);
    friend bool operator!=(const LogIdList &a, const LogIdList &b) { return !(a == b); }

    // Reads ids near each other (in order, or a page at a time) decoding each block once.
    class Reader
    {
    public:
        explicit Reader(const LogIdList &list) : m_list(list) {}
        qint64 at(qsizetype i);

    private:
        const LogIdList &m_list;
        qsizetype m_block = -1;
        std::array<qint64, BlockIds> m_ids {};
    };

private:
    struct Data;
    QSharedDataPointer<Data> d;
};
Q_DECLARE_METATYPE(LogIdList)
