#include "LogBlockScanner.h"

#include "LogBlockStore.h"
#include "LogSchema.h"
#include "SqliteStatement.h"

namespace LogBlockScanDetail {

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

const char *hoursColumn(int blockColumn)
{
    switch (blockColumn) {
    case LogBlock::Profile:
        return "profile_id";
    case LogBlock::Api:
        return "api_id";
    case LogBlock::Source:
        return "source_id";
    case LogBlock::Status:
        return "status_id";
    case LogBlock::Outcome:
        return "outcome_id";
    case LogBlock::Error:
        return "error_code";
    }
    return nullptr;
}

const char *hourValuesColumn(int blockColumn)
{
    return blockColumn == LogBlock::Segments ? "segments" : hoursColumn(blockColumn);
}

bool IdSet::read(sqlite3 *db, const LogFilter::Sql &sql, QString *error)
{
    Statement s;
    if (!prepare(db, sql.where, &s, error))
        return false;
    if (!SqliteStatement::bindAll(s.get(), sql.bindings)) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    std::vector<qint64> ids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
        ids.push_back(sqlite3_column_int64(s.get(), 0));
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    m_bits.clear();
    m_sorted.clear();
    m_span = 0;
    if (ids.empty())
        return true;
    const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
    const quint64 span = quint64(*hi) - quint64(*lo) + 1;
    if (span != 0 && span <= MaxBitmapSpan) {
        m_first = *lo;
        m_span = span;
        m_bits.assign(size_t((span + 63) / 64), 0);
        for (const qint64 id : ids) {
            const quint64 at = quint64(id) - quint64(m_first);
            m_bits[size_t(at >> 6)] |= quint64(1) << (at & 63);
        }
        return true;
    }
    std::sort(ids.begin(), ids.end());
    m_sorted = std::move(ids);
    return true;
}

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
    if (m_none || !f.asksText())
        return true;
    const std::optional<LogFilter::TextSets> sets = f.textSets();
    if (!sets) {
        *error = QStringLiteral("a recipient or text too short for the trigram indexes");
        return false;
    }
    m_asksRecipient = sets->recipients.has_value();
    if (m_asksRecipient && !m_recipients.read(m_db, *sets->recipients, error))
        return false;
    m_asksText = sets->rows.has_value();
    return !m_asksText
        || (m_bodies.read(m_db, *sets->bodies, error) && m_senders.read(m_db, *sets->senders, error)
            && m_rows.read(m_db, *sets->rows, error));
}

void Scanner::visit(const LogBlock &block, qint64 hour)
{
    const int n = block.size();
    if (n == 0)
        return;
    // A column at a time: each test clears the rows it fails in m_match, then the ids of the
    // rows left are appended in the scan's order.
    const size_t rows = size_t(n);
    m_match.assign(rows, 1);
    m_values.resize(rows);
    m_rowIds.resize(rows);
    uchar *match = m_match.data();
    qint64 *values = m_values.data();
    for (const Test &t : m_tests) {
        block.decode(t.column, values);
        if (t.values.size() == 1) {
            const qint64 want = t.values.front();
            for (int i = 0; i < n; ++i)
                match[i] &= uchar(values[i] == want);
        } else {
            for (int i = 0; i < n; ++i)
                match[i] &= uchar(std::find(t.values.begin(), t.values.end(), values[i])
                                  != t.values.end());
        }
    }
    if (m_first > LogBlock::firstMsOf(hour) || m_last < LogBlock::lastMsOf(hour)) {
        block.decode(LogBlock::Created, values);
        for (int i = 0; i < n; ++i)
            match[i] &= uchar(values[i] >= m_first && values[i] <= m_last);
    }
    const bool grouped = m_sortColumn != LogBlock::Created && !m_flat;
    if (grouped)
        block.decode(m_sortColumn, values);
    const qint64 *ids = m_rowIds.data();
    block.decode(LogBlock::Id, m_rowIds.data());
    for (int k = 0; k < n; ++k) {
        const int i = m_descending ? n - 1 - k : k;
        if (!match[i])
            continue;
        const qint64 id = ids[i];
        if (m_asksRecipient && !m_recipients.contains(id))
            continue;
        if (m_asksText && !m_bodies.contains(block.value(LogBlock::Body, i))
            && !m_senders.contains(block.value(LogBlock::From, i)) && !m_rows.contains(id))
            continue;
        if (grouped)
            m_groups.of(values[i]).append(id);
        else
            m_ids->append(id);
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

qint64 Scanner::firstHour() const
{
    return m_first == std::numeric_limits<qint64>::min()
        ? std::numeric_limits<qint64>::min() / LogBlock::MaxRows + 1
        : LogBlock::hourOf(m_first);
}

qint64 Scanner::lastHour() const
{
    return m_last == std::numeric_limits<qint64>::max()
        ? std::numeric_limits<qint64>::max() / LogBlock::MaxRows - 1
        : LogBlock::hourOf(m_last);
}

bool Scanner::readStale(QString *error)
{
    if (!LogBlockStore::staleHours(m_db, &m_stale, error))
        return false;
    const qint64 first = firstHour();
    const qint64 last = lastHour();
    m_stale.removeIf([&](qint64 h) { return h < first || h > last; });
    if (m_descending)
        std::reverse(m_stale.begin(), m_stale.end());
    return true;
}

bool Scanner::visitHour(qint64 hour, QString *error)
{
    const bool stale = m_descending
        ? std::binary_search(m_stale.begin(), m_stale.end(), hour, std::greater<qint64>())
        : std::binary_search(m_stale.begin(), m_stale.end(), hour);
    if (stale)
        return visitStale(hour, error);
    if (!m_hourBlocks
        && !prepare(m_db,
                    QStringLiteral("SELECT data FROM log_blocks WHERE key BETWEEN ? AND ? ORDER "
                                   "BY key %1")
                        .arg(m_descending ? QLatin1String("DESC") : QLatin1String("ASC")),
                    &m_hourBlocks, error))
        return false;
    sqlite3_stmt *s = m_hourBlocks.get();
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, LogBlock::key(hour, 0));
    sqlite3_bind_int64(s, 2, LogBlock::key(hour, LogBlock::MaxRows - 1));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        LogBlock block;
        if (!block.parse(QByteArrayView(static_cast<const char *>(sqlite3_column_blob(s, 0)),
                                        sqlite3_column_bytes(s, 0)))) {
            *error = QStringLiteral("a block of hour %1 of the delivery log is not one this "
                                    "version reads")
                         .arg(hour);
            return false;
        }
        visit(block, hour);
    }
    if (rc == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool inSnapshot(sqlite3 *db, const std::function<bool()> &work, QString *error)
{
    const bool own = sqlite3_get_autocommit(db) != 0;
    if (own && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const bool ok = work();
    if (own)
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return ok;
}

} // namespace LogBlockScanDetail
