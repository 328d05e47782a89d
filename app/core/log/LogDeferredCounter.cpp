#include "LogDeferredCounter.h"

#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

namespace {

// The rows read at a time: the keys held in memory stay a few megabytes however many rows a
// transaction wrote.
constexpr qint64 PartRows = 65536;

constexpr quint64 SignBit = quint64(1) << 63;

// A column's value appended to a key: its type (one byte), then an integer's 8 bytes big-endian
// with the sign bit flipped (keys sort as their values, so the upserts go through the summary's
// key in order), a real's 8 bytes, a text's or a blob's length (4 bytes) and bytes; NULL is the
// type alone.
void appendValue(std::string *key, sqlite3_stmt *statement, int column)
{
    const int type = sqlite3_column_type(statement, column);
    key->push_back(char(type));
    char bytes[8];
    switch (type) {
    case SQLITE_INTEGER:
        qToBigEndian(quint64(sqlite3_column_int64(statement, column)) ^ SignBit, bytes);
        key->append(bytes, 8);
        break;
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(statement, column);
        std::memcpy(bytes, &value, 8);
        key->append(bytes, 8);
        break;
    }
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        const void *data = type == SQLITE_TEXT
            ? static_cast<const void *>(sqlite3_column_text(statement, column))
            : sqlite3_column_blob(statement, column);
        const int size = sqlite3_column_bytes(statement, column);
        qToBigEndian(quint32(size), bytes);
        key->append(bytes, 4);
        key->append(static_cast<const char *>(data), size);
        break;
    }
    }
}

// Binds a key's values from position 1 on; the position after the last, or 0 on failure.
int bindKey(sqlite3_stmt *statement, const QByteArray &key)
{
    const char *data = key.constData();
    qsizetype at = 0;
    int position = 1;
    while (at < key.size()) {
        const int type = data[at++];
        int rc = SQLITE_OK;
        switch (type) {
        case SQLITE_INTEGER:
            rc = sqlite3_bind_int64(statement, position,
                                    qint64(qFromBigEndian<quint64>(data + at) ^ SignBit));
            at += 8;
            break;
        case SQLITE_FLOAT: {
            double value = 0;
            std::memcpy(&value, data + at, 8);
            rc = sqlite3_bind_double(statement, position, value);
            at += 8;
            break;
        }
        case SQLITE_TEXT:
        case SQLITE_BLOB: {
            const int size = int(qFromBigEndian<quint32>(data + at));
            at += 4;
            rc = type == SQLITE_TEXT
                ? sqlite3_bind_text(statement, position, data + at, size, SQLITE_TRANSIENT)
                : sqlite3_bind_blob(statement, position, data + at, size, SQLITE_TRANSIENT);
            at += size;
            break;
        }
        default:
            rc = sqlite3_bind_null(statement, position);
        }
        if (rc != SQLITE_OK)
            return 0;
        ++position;
    }
    return position;
}

bool prepareStatement(sqlite3 *db, const QString &sql, sqlite3_stmt **statement)
{
    const QByteArray text = sql.toUtf8();
    return sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                              statement, nullptr)
        == SQLITE_OK;
}

} // namespace

LogDeferredCounter::~LogDeferredCounter()
{
    sqlite3_finalize(m_select);
    for (Target &target : m_targets)
        sqlite3_finalize(target.add);
}

bool LogDeferredCounter::fail(QString *error)
{
    *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool LogDeferredCounter::prepare(QString *error)
{
    const LogSchema::DeferredCounts counts = LogSchema::deferredCounts();
    if (!prepareStatement(m_db, counts.select, &m_select))
        return fail(error);
    for (const LogSchema::DeferredCounts::Target &spec : counts.targets) {
        m_targets.push_back({spec, nullptr, {}});
        if (!prepareStatement(m_db, spec.add, &m_targets.back().add))
            return fail(error);
    }
    return true;
}

bool LogDeferredCounter::count(qint64 first, qint64 last, QString *error)
{
    if (!m_select && !prepare(error))
        return false;
    for (qint64 from = first; from <= last; from += PartRows) {
        if (!countPart(from, std::min(last, from + PartRows - 1), error))
            return false;
    }
    return true;
}

bool LogDeferredCounter::countPart(qint64 first, qint64 last, QString *error)
{
    sqlite3_reset(m_select);
    if (sqlite3_bind_int64(m_select, 1, first) != SQLITE_OK
        || sqlite3_bind_int64(m_select, 2, last) != SQLITE_OK)
        return fail(error);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(m_select)) == SQLITE_ROW) {
        for (Target &target : m_targets) {
            if (target.spec.when >= 0 && sqlite3_column_int(m_select, target.spec.when) == 0)
                continue;
            m_key.clear();
            for (const int column : std::as_const(target.spec.key))
                appendValue(&m_key, m_select, column);
            // Looked up without a copy; copied when new.
            const auto found
                = target.keys.find(QByteArray::fromRawData(m_key.data(), qsizetype(m_key.size())));
            if (found != target.keys.end())
                ++*found;
            else
                target.keys.insert(QByteArray(m_key.data(), qsizetype(m_key.size())), 1);
        }
    }
    bool ok = rc == SQLITE_DONE || fail(error);
    sqlite3_reset(m_select);
    for (Target &target : m_targets) {
        ok = ok && add(target, error);
        target.keys.clear(); // what a failure left is not counted later
    }
    return ok;
}

bool LogDeferredCounter::add(Target &target, QString *error)
{
    std::vector<std::pair<QByteArray, qint64>> keys;
    keys.reserve(size_t(target.keys.size()));
    for (auto it = target.keys.cbegin(); it != target.keys.cend(); ++it)
        keys.emplace_back(it.key(), it.value());
    target.keys.clear();
    std::sort(keys.begin(), keys.end());
    for (const auto &[key, n] : keys) {
        const int next = bindKey(target.add, key);
        if (next == 0 || (target.spec.counted && sqlite3_bind_int64(target.add, next, n)))
            return fail(error);
        const bool done = sqlite3_step(target.add) == SQLITE_DONE || fail(error);
        sqlite3_reset(target.add);
        if (!done)
            return false;
    }
    return true;
}
