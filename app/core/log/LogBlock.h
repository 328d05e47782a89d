#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <array>
#include <vector>

// The coded columns of a stretch of attempts in (created_at, id) order, packed into one blob
// (schema step 11: table log_blocks, a block per hour, split past MaxRows): what the viewer scans
// in C++ to list every id a question matches, in time order or by a coded column, instead of
// stepping SQLite through an index entry by entry (about 70 ns each, 0.7 s at ten million).
// Each column is held as its smallest value and every value's distance from it, in as few whole
// bytes as the largest distance needs (frame of reference): ids and times of an hour take 2 and 3
// bytes, the dictionary ids 1 or none. Pure: encode and decode, no database.
class LogBlock
{
public:
    // The columns, in their order in the blob; Created is ms since the epoch (UTC).
    enum Column {
        Id,
        Created,
        Profile,
        Api,
        Source,
        Status,
        Outcome,
        From,
        Error,
        Segments,
        Body,
        ColumnCount
    };
    static constexpr int MaxRows = 65536;
    static constexpr qint64 HourMs = 3600000;

    // The hour a time falls in as the summaries count it (created_at / 3600000 in SQL, truncated
    // toward zero), and the first and last ms of an hour.
    static qint64 hourOf(qint64 ms) { return ms / HourMs; }
    static qint64 firstMsOf(qint64 hour);
    static qint64 lastMsOf(qint64 hour);
    // log_blocks' key: the hour and the part of it (its MaxRows-row pieces), in order.
    static qint64 key(qint64 hour, int part) { return hour * MaxRows + part; }
    static qint64 hourOfKey(qint64 key);

    // Rows to encode, column by column: rows[c][i] is column c of row i, the rows in
    // (created_at, id) order.
    using Rows = std::array<std::vector<qint64>, ColumnCount>;
    static QByteArray encode(const Rows &rows, qsizetype first, qsizetype count);

    // A view of an encoded blob (which must outlive it); false for a blob this build does not
    // read (the scan then reads the hour's rows instead).
    bool parse(QByteArrayView blob);
    int size() const { return m_rows; }
    qint64 value(int column, int row) const
    {
        const Packed &c = m_columns[column];
        if (c.width == 0)
            return c.base;
        quint64 v = 0;
        const uchar *p = c.data + qsizetype(row) * c.width;
        for (int b = c.width - 1; b >= 0; --b)
            v = (v << 8) | p[b];
        // In unsigned arithmetic: a column spanning the whole int64 range wraps back into it.
        return qint64(quint64(c.base) + v);
    }

    // Column column of every row, into out (size() values): what value() gives, a column at a
    // time in a loop the compiler unrolls for each width.
    void decode(int column, qint64 *out) const;

private:
    struct Packed
    {
        qint64 base = 0;
        int width = 0;
        const uchar *data = nullptr;
    };
    int m_rows = 0;
    std::array<Packed, ColumnCount> m_columns {};
};
