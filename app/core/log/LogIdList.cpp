#include "LogIdList.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace {

// A block of 128 ids packed w bits each takes 16·w bytes. Widths past 56 are held as 64, so
// that one unaligned 8-byte read (at most 7 bits into its first byte) holds any packed id.
constexpr int MaxPackedBits = 56;
constexpr qsizetype BytesPerBit = LogIdList::BlockIds / 8;
// Chunks grow from 4 KiB (a short list stays small) to 256 KiB, each a separate allocation so
// that growing never copies, and freed at once to the system (large allocations are mapped).
constexpr qsizetype FirstChunkBytes = 4 * 1024;
constexpr qsizetype LastChunkBytes = 256 * 1024;
constexpr qsizetype ChunkPadding = 8; // the last id's 8-byte read stays inside the chunk

int bitsFor(quint64 span)
{
    if (span == 0)
        return 0;
    const int bits = 64 - int(qCountLeadingZeroBits(span));
    return bits > MaxPackedBits ? 64 : bits;
}

quint64 maskOf(int bits)
{
    return bits >= 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
}

struct Block
{
    qint64 base; // the smallest id of the block
    quint32 chunk;
    quint16 offset; // in the chunk, in 16-byte units
    quint8 bits;
};
static_assert(sizeof(Block) == 16);

} // namespace

struct LogIdList::Data : QSharedData
{
    struct Chunk
    {
        std::unique_ptr<quint8[]> bytes;
        qsizetype capacity = 0;
    };

    Data() = default;
    Data(const Data &other)
        : QSharedData(other), blocks(other.blocks), used(other.used), tail(other.tail),
          tailCount(other.tailCount)
    {
        chunks.reserve(other.chunks.size());
        for (const Chunk &chunk : other.chunks) {
            Chunk copy;
            copy.capacity = chunk.capacity;
            copy.bytes = std::make_unique<quint8[]>(chunk.capacity + ChunkPadding);
            std::memcpy(copy.bytes.get(), chunk.bytes.get(), chunk.capacity + ChunkPadding);
            chunks.push_back(std::move(copy));
        }
    }

    const quint8 *bytesOf(const Block &block) const
    {
        return chunks[block.chunk].bytes.get() + qsizetype(block.offset) * 16;
    }

    static qint64 unpack(const Block &block, const quint8 *bytes, int k)
    {
        if (block.bits == 0)
            return block.base;
        const qsizetype bit = qsizetype(k) * block.bits;
        const quint64 word = qFromLittleEndian<quint64>(bytes + bit / 8);
        return qint64(quint64(block.base) + ((word >> (bit % 8)) & maskOf(block.bits)));
    }

    qint64 at(qsizetype i) const
    {
        const qsizetype b = i / BlockIds;
        if (b == qsizetype(blocks.size()))
            return tail[i % BlockIds];
        const Block &block = blocks[b];
        return unpack(block, bytesOf(block), int(i % BlockIds));
    }

    void decode(qsizetype b, std::array<qint64, BlockIds> *ids) const
    {
        if (b == qsizetype(blocks.size())) {
            *ids = tail;
            return;
        }
        const Block &block = blocks[b];
        const quint8 *bytes = bytesOf(block);
        for (int k = 0; k < BlockIds; ++k)
            (*ids)[k] = unpack(block, bytes, k);
    }

    // Packs the full tail into a block at the end of the last chunk (or of a new one): the
    // distances as one little-endian stream of bits, written a 64-bit word at a time (128 ids
    // of any width fill whole words).
    void seal()
    {
        qint64 base = tail[0];
        qint64 top = tail[0];
        for (const qint64 id : tail) {
            base = std::min(base, id);
            top = std::max(top, id);
        }
        const int bits = bitsFor(quint64(top) - quint64(base));
        const qsizetype need = BytesPerBit * bits;
        if (chunks.empty() || used + need > chunks.back().capacity) {
            const qsizetype capacity = chunks.empty()
                ? FirstChunkBytes
                : std::min(LastChunkBytes, chunks.back().capacity * 2);
            Chunk chunk;
            chunk.capacity = capacity;
            chunk.bytes = std::make_unique<quint8[]>(capacity + ChunkPadding); // zeroed
            chunks.push_back(std::move(chunk));
            used = 0;
        }
        quint8 *out = chunks.back().bytes.get() + used;
        if (bits > 0) {
            quint64 word = 0;
            int filled = 0; // bits of word taken
            for (const qint64 id : tail) {
                const quint64 delta = quint64(id) - quint64(base);
                word |= delta << filled;
                filled += bits;
                if (filled >= 64) {
                    qToLittleEndian<quint64>(word, out);
                    out += 8;
                    filled -= 64;
                    word = filled > 0 ? delta >> (bits - filled) : 0;
                }
            }
        }
        blocks.push_back({base, quint32(chunks.size() - 1), quint16(used / 16), quint8(bits)});
        used += need;
        tailCount = 0;
    }

    std::vector<Block> blocks;
    std::vector<Chunk> chunks;
    qsizetype used = 0; // bytes of the last chunk taken
    std::array<qint64, BlockIds> tail {};
    int tailCount = 0;
};

LogIdList::LogIdList() : d(new Data) {}
LogIdList::LogIdList(const LogIdList &other) = default;
LogIdList &LogIdList::operator=(const LogIdList &other) = default;
LogIdList::~LogIdList() = default;

qsizetype LogIdList::size() const
{
    return qsizetype(d->blocks.size()) * BlockIds + d->tailCount;
}

qint64 LogIdList::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < size());
    return d->at(i);
}

qint64 LogIdList::Reader::at(qsizetype i)
{
    const qsizetype b = i / BlockIds;
    if (b != m_block) {
        m_list.d->decode(b, &m_ids);
        m_block = b;
    }
    return m_ids[i % BlockIds];
}

qsizetype LogIdList::indexOf(qint64 id) const
{
    const Data &data = *d;
    std::array<qint64, BlockIds> ids;
    for (qsizetype b = 0; b < qsizetype(data.blocks.size()); ++b) {
        const Block &block = data.blocks[b];
        // A block whose span cannot hold the id is skipped undecoded: in time order, all but one.
        if (id < block.base || quint64(id) - quint64(block.base) > maskOf(block.bits))
            continue;
        data.decode(b, &ids);
        const auto it = std::find(ids.cbegin(), ids.cend(), id);
        if (it != ids.cend())
            return b * BlockIds + (it - ids.cbegin());
    }
    const auto end = data.tail.cbegin() + data.tailCount;
    const auto it = std::find(data.tail.cbegin(), end, id);
    return it == end ? -1 : qsizetype(data.blocks.size()) * BlockIds + (it - data.tail.cbegin());
}

QList<qint64> LogIdList::mid(qsizetype first, qsizetype count) const
{
    QList<qint64> list;
    const qsizetype end = std::min(size(), first + count);
    if (first < 0 || first >= end)
        return list;
    list.reserve(end - first);
    Reader reader(*this);
    for (qsizetype i = first; i < end; ++i)
        list.append(reader.at(i));
    return list;
}

void LogIdList::reserve(qsizetype n)
{
    d->blocks.reserve(std::size_t(n / BlockIds + 1));
}

void LogIdList::clear()
{
    d = new Data; // gives the storage back (when no other list shares it)
}

void LogIdList::append(qint64 id)
{
    Data &data = *d;
    data.tail[data.tailCount++] = id;
    if (data.tailCount == BlockIds)
        data.seal();
}

qsizetype LogIdList::bytesHeld() const
{
    qsizetype bytes = sizeof(Data) + qsizetype(d->blocks.capacity() * sizeof(Block))
        + qsizetype(d->chunks.capacity() * sizeof(Data::Chunk));
    for (const Data::Chunk &chunk : d->chunks)
        bytes += chunk.capacity + ChunkPadding;
    return bytes;
}

bool operator==(const LogIdList &a, const LogIdList &b)
{
    if (a.d == b.d)
        return true;
    const LogIdList::Data &x = *a.d;
    const LogIdList::Data &y = *b.d;
    if (x.blocks.size() != y.blocks.size() || x.tailCount != y.tailCount)
        return false;
    // The packing is a function of the ids: equal blocks hold equal ids, byte for byte.
    for (std::size_t i = 0; i < x.blocks.size(); ++i) {
        const Block &p = x.blocks[i];
        const Block &q = y.blocks[i];
        if (p.base != q.base || p.bits != q.bits
            || std::memcmp(x.bytesOf(p), y.bytesOf(q), std::size_t(BytesPerBit * p.bits)) != 0)
            return false;
    }
    return std::equal(x.tail.cbegin(), x.tail.cbegin() + x.tailCount, y.tail.cbegin());
}
