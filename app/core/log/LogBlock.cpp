#include "LogBlock.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace {

// The blob: a format byte, the row count (4 bytes), then each column as its width in bytes
// (0 to 8), its base (8 bytes) and the rows' distances from it, little-endian.
constexpr char Format = 1;
constexpr qsizetype HeaderBytes = 5;
constexpr qsizetype ColumnHeaderBytes = 9;

int bytesFor(quint64 span)
{
    int bytes = 0;
    while (span != 0) {
        ++bytes;
        span >>= 8;
    }
    return bytes;
}

} // namespace

qint64 LogBlock::firstMsOf(qint64 hour)
{
    // Truncation toward zero: hour 0 holds -3599999..3599999, a negative hour ends at its start.
    if (hour > 0)
        return hour * HourMs;
    return hour * HourMs - HourMs + 1;
}

qint64 LogBlock::lastMsOf(qint64 hour)
{
    if (hour < 0)
        return hour * HourMs;
    return hour * HourMs + HourMs - 1;
}

qint64 LogBlock::hourOfKey(qint64 key)
{
    // key = hour * MaxRows + part with 0 <= part < MaxRows: floor division.
    return key >= 0 ? key / MaxRows : -((-key + MaxRows - 1) / MaxRows);
}

QByteArray LogBlock::encode(const Rows &rows, qsizetype first, qsizetype count)
{
    QByteArray blob;
    blob.reserve(HeaderBytes + ColumnCount * (ColumnHeaderBytes + count * 2));
    blob.append(Format);
    char n[4];
    qToLittleEndian(quint32(count), n);
    blob.append(n, 4);
    for (int c = 0; c < ColumnCount; ++c) {
        const qint64 *values = rows[c].data() + first;
        const auto [lo, hi] = std::minmax_element(values, values + count);
        const qint64 base = count > 0 ? *lo : 0;
        const int width = count > 0 ? bytesFor(quint64(*hi) - quint64(base)) : 0;
        blob.append(char(width));
        char b[8];
        qToLittleEndian(base, b);
        blob.append(b, 8);
        if (width == 0)
            continue;
        const qsizetype at = blob.size();
        blob.resize(at + count * width);
        char *out = blob.data() + at;
        for (qsizetype i = 0; i < count; ++i) {
            quint64 v = quint64(values[i]) - quint64(base);
            for (int k = 0; k < width; ++k, v >>= 8)
                *out++ = char(v & 0xff);
        }
    }
    return blob;
}

bool LogBlock::parse(QByteArrayView blob)
{
    m_rows = 0;
    if (blob.size() < HeaderBytes || blob.at(0) != Format)
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(blob.data());
    const quint32 rows = qFromLittleEndian<quint32>(bytes + 1);
    if (rows > quint32(MaxRows))
        return false;
    qsizetype at = HeaderBytes;
    for (int c = 0; c < ColumnCount; ++c) {
        if (at + ColumnHeaderBytes > blob.size())
            return false;
        Packed &p = m_columns[c];
        p.width = bytes[at];
        if (p.width > 8)
            return false;
        p.base = qFromLittleEndian<qint64>(bytes + at + 1);
        at += ColumnHeaderBytes;
        p.data = bytes + at;
        at += qsizetype(rows) * p.width;
        if (at > blob.size())
            return false;
    }
    if (at != blob.size())
        return false;
    m_rows = int(rows);
    return true;
}

void LogBlock::decode(int column, qint64 *out) const
{
    const Packed &c = m_columns[column];
    const quint64 base = quint64(c.base);
    const uchar *p = c.data;
    const int n = m_rows;
    // In unsigned arithmetic, as value(): a column spanning the whole int64 range wraps back.
    switch (c.width) {
    case 0:
        std::fill(out, out + n, c.base);
        return;
    case 1:
        for (int i = 0; i < n; ++i)
            out[i] = qint64(base + p[i]);
        return;
    case 2:
        for (int i = 0; i < n; ++i, p += 2)
            out[i] = qint64(base + (quint64(p[0]) | quint64(p[1]) << 8));
        return;
    case 3:
        for (int i = 0; i < n; ++i, p += 3)
            out[i] = qint64(base + (quint64(p[0]) | quint64(p[1]) << 8 | quint64(p[2]) << 16));
        return;
    case 4:
        for (int i = 0; i < n; ++i, p += 4)
            out[i] = qint64(base
                            + (quint64(p[0]) | quint64(p[1]) << 8 | quint64(p[2]) << 16
                               | quint64(p[3]) << 24));
        return;
    default:
        for (int i = 0; i < n; ++i)
            out[i] = value(column, i);
    }
}
