#include "LogWriter.h"

#include "LogBlockStore.h"
#include "LogCodec.h"
#include "LogSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

#include <optional>

namespace {

// Bodies are mostly a few templates; a log of one-off bodies must not grow the cache forever.
constexpr int BodyCacheSize = 4096;

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool failWith(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

bool failWith(const SqliteStatement &q, QString *error)
{
    *error = q.lastError();
    return false;
}

qint64 ms(const QDateTime &t)
{
    return LogSchema::toMs(t.isValid() ? t : QDateTime::currentDateTimeUtc());
}

// The first time of a status among the timeline's, or null.
QVariant firstAt(const QList<StatusTransition> &timeline, std::initializer_list<const char *> names)
{
    std::optional<qint64> first;
    for (const StatusTransition &t : timeline)
        for (const char *name : names)
            if (t.status == QLatin1String(name) && (!first || ms(t.at) < *first))
                first = ms(t.at);
    return first ? QVariant(*first) : QVariant();
}

const char RowColumns[] = "updated_at, profile_id, api_id, source_id, to_number, from_id, body_id, "
                          "body_code, encoding_id, segments, sid_key, status_id, outcome_id, "
                          "error_code, error_id, price, price_unit_id";

} // namespace

LogWriter::LogWriter(const QSqlDatabase &db)
    : m_db(db),
      m_append(db),
      m_appendError(db),
      m_stored(db),
      m_queuedAt(db),
      m_deliveredAt(db),
      m_findName(db),
      m_addName(db),
      m_findBody(db),
      m_addBody(db),
      m_indexPending(db),
      m_clearPending(db),
      m_indexRun(db),
      m_staleRun(db),
      m_counter(SqliteStatement::handle(db))
{
    // Each write fires triggers (the views', the summaries', the trigram index's), so SQLite
    // keeps a statement journal for it; on disk, that was dozens of small writes an attempt
    // (38 at a bulk insert). In memory it is a few pages, freed with the statement.
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    m_insert.prepare(m_db,
                     QStringLiteral("INSERT INTO attempt_rows(created_at, %1, queued_at, "
                                    "delivered_at, timeline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(QLatin1String(RowColumns)));
    QStringList sets;
    for (const QString &column : QString::fromLatin1(RowColumns).split(QStringLiteral(", ")))
        sets << column + QStringLiteral(" = ?");
    m_update.prepare(m_db,
                     QStringLiteral("UPDATE attempt_rows SET %1 WHERE id = ?")
                         .arg(sets.join(QStringLiteral(", "))));
    // One transition more: its time kept as an offset from the attempt's creation.
    m_append.prepare(QStringLiteral(
        "UPDATE attempt_rows SET timeline = json_insert(coalesce(timeline, '[]'), '$[#]', "
        "json_array(?, ? - created_at)) WHERE id = ?"));
    m_appendError.prepare(QStringLiteral(
        "UPDATE attempt_rows SET timeline = json_insert(coalesce(timeline, '[]'), '$[#]', "
        "json_array(?, ? - created_at, ?, ?)) WHERE id = ?"));
    m_stored.prepare(QStringLiteral(
        "SELECT coalesce(json_array_length(timeline), 0), (SELECT text FROM log_names WHERE id = "
        "timeline ->> '$[#-1][0]') FROM attempt_rows WHERE id = ?"));
    m_queuedAt.prepare(QStringLiteral("UPDATE attempt_rows SET queued_at = ? WHERE id = ? AND "
                                      "(queued_at IS NULL OR queued_at > ?)"));
    m_deliveredAt.prepare(QStringLiteral("UPDATE attempt_rows SET delivered_at = ? WHERE id = ? "
                                         "AND (delivered_at IS NULL OR delivered_at > ?)"));
    m_findName.prepare(QStringLiteral("SELECT id FROM log_names WHERE kind = ? AND text = ?"));
    m_addName.prepare(QStringLiteral("INSERT INTO log_names(kind, text) VALUES (?, ?)"));
    m_findBody.prepare(QStringLiteral("SELECT id FROM log_bodies WHERE text = ?"));
    m_addBody.prepare(QStringLiteral("INSERT INTO log_bodies(text) VALUES (?)"));
    // The indexed texts as the view `attempts` reads them (the SID decoded, the error message
    // from its dictionary); SQLite computes only the view's columns asked for.
    const QString indexed = QStringLiteral(
        "INSERT INTO attempts_fts(rowid, to_number, sid, body_code, error_message) SELECT a.id, "
        "a.to_number, a.sid, a.body_code, a.error_message FROM %1");
    m_indexPending.prepare(
        indexed.arg(QLatin1String("log_fts_pending p CROSS JOIN attempts a WHERE a.id = p.id")));
    m_clearPending.prepare(QStringLiteral("DELETE FROM log_fts_pending"));
    m_indexRun.prepare(indexed.arg(QLatin1String("attempts a WHERE a.id BETWEEN ? AND ?")));
    // The hours of the writer's own inserts, whose blocks rebuildStale() redoes (schema step 11).
    m_staleRun.prepare(QStringLiteral("INSERT OR IGNORE INTO log_blocks_stale(hour) SELECT "
                                      "DISTINCT created_at / 3600000 FROM attempt_rows WHERE id "
                                      "BETWEEN ? AND ?"));
    LogCodec::leaveToWriter(m_db, &m_inserted);
}

LogWriter::~LogWriter()
{
    LogCodec::leaveToWriter(m_db, nullptr);
}

bool LogWriter::finishInserted(QString *error)
{
    for (const auto &[first, last] : m_inserted.runs()) {
        if (!m_counter.count(first, last, error))
            return false;
        m_indexRun.bindValue(0, first);
        m_indexRun.bindValue(1, last);
        if (!m_indexRun.exec())
            return failWith(m_indexRun, error);
        m_staleRun.bindValue(0, first);
        m_staleRun.bindValue(1, last);
        if (!m_staleRun.exec())
            return failWith(m_staleRun, error);
    }
    m_inserted.clear();
    return true;
}

bool LogWriter::indexPending(QString *error)
{
    if (!finishInserted(error))
        return false;
    if (!m_indexPending.exec())
        return failWith(m_indexPending, error);
    if (!m_clearPending.exec())
        return failWith(m_clearPending, error);
    sqlite3 *handle = SqliteStatement::handle(m_db);
    return !handle || LogBlockStore::rebuildStale(handle, error);
}

void LogWriter::rolledBack()
{
    m_names.clear();
    m_bodies.clear();
}

qint64 LogWriter::nameId(int kind, const QString &text, QString *error)
{
    const auto key = std::make_pair(kind, nn(text));
    const auto found = m_names.constFind(key);
    if (found != m_names.constEnd())
        return *found;
    m_findName.bindValue(0, kind);
    m_findName.bindValue(1, key.second);
    if (!m_findName.exec())
        return failWith(m_findName, error);
    qint64 id = 0;
    if (m_findName.next()) {
        id = m_findName.value(0).toLongLong();
    } else {
        m_addName.bindValue(0, kind);
        m_addName.bindValue(1, key.second);
        if (!m_addName.exec())
            return failWith(m_addName, error);
        id = m_addName.lastInsertId().toLongLong();
    }
    m_findName.finish();
    m_names.insert(key, id);
    return id;
}

qint64 LogWriter::bodyId(const QString &templ, QString *error)
{
    const QString text = nn(templ);
    const auto found = m_bodies.constFind(text);
    if (found != m_bodies.constEnd())
        return *found;
    m_findBody.bindValue(0, text);
    if (!m_findBody.exec())
        return failWith(m_findBody, error);
    qint64 id = 0;
    if (m_findBody.next()) {
        id = m_findBody.value(0).toLongLong();
    } else {
        m_addBody.bindValue(0, text);
        if (!m_addBody.exec())
            return failWith(m_addBody, error);
        id = m_addBody.lastInsertId().toLongLong();
    }
    m_findBody.finish();
    if (m_bodies.size() >= BodyCacheSize)
        m_bodies.clear();
    m_bodies.insert(text, id);
    return id;
}

// Binds RowColumns (17 values, from position 1 of m_insert or 0 of m_update).
bool LogWriter::bindRow(SqliteStatement &q, const Attempt &a, QString *error)
{
    const LogCodec::SplitBody body = LogCodec::splitBody(nn(a.body));
    const qint64 ids[] = {nameId(LogSchema::ProfileName, a.profile, error),
                          nameId(LogSchema::ApiName, Attempt::apiName(a.api), error),
                          nameId(LogSchema::SourceName, Attempt::sourceName(a.source), error),
                          nameId(LogSchema::FromName, a.from, error),
                          bodyId(body.templ, error),
                          nameId(LogSchema::EncodingName, a.encoding, error),
                          nameId(LogSchema::StatusName, a.status, error),
                          nameId(LogSchema::OutcomeName, Attempt::outcomeName(a.outcome), error),
                          nameId(LogSchema::ErrorMessageName, a.errorMessage, error),
                          nameId(LogSchema::PriceUnitName, a.priceUnit, error)};
    for (qint64 id : ids)
        if (id == 0)
            return false;
    q.addBindValue(ms(a.updatedAt));
    q.addBindValue(ids[0]);
    q.addBindValue(ids[1]);
    q.addBindValue(ids[2]);
    q.addBindValue(nn(a.to));
    q.addBindValue(ids[3]);
    q.addBindValue(ids[4]);
    q.addBindValue(body.code.isNull() ? QVariant(QMetaType::fromType<QString>()) : body.code);
    q.addBindValue(ids[5]);
    q.addBindValue(a.segments);
    q.addBindValue(LogCodec::sidKey(a.sid));
    q.addBindValue(ids[6]);
    q.addBindValue(ids[7]);
    q.addBindValue(a.errorCode);
    q.addBindValue(ids[8]);
    q.addBindValue(nn(a.price));
    q.addBindValue(ids[9]);
    return true;
}

QVariant LogWriter::timelineJson(const QList<StatusTransition> &timeline, qint64 createdMs,
                                 QString *error)
{
    if (timeline.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    const qint64 none = nameId(LogSchema::ErrorMessageName, QString(), error);
    QString json = QStringLiteral("[");
    for (const StatusTransition &t : timeline) {
        const qint64 status = nameId(LogSchema::StatusName, t.status, error);
        const qint64 message = nameId(LogSchema::ErrorMessageName, t.errorMessage, error);
        if (status == 0 || message == 0 || none == 0)
            return QVariant();
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('[') + QString::number(status) + QLatin1Char(',')
            + QString::number(ms(t.at) - createdMs);
        if (t.errorCode != 0 || message != none)
            json += QLatin1Char(',') + QString::number(t.errorCode) + QLatin1Char(',')
                + QString::number(message);
        json += QLatin1Char(']');
    }
    return QVariant(json + QLatin1Char(']'));
}

bool LogWriter::appendTransitions(qint64 id, const QList<StatusTransition> &timeline, int from,
                                  QString *error)
{
    const qint64 none = nameId(LogSchema::ErrorMessageName, QString(), error);
    if (none == 0)
        return false;
    for (qsizetype i = from; i < timeline.size(); ++i) {
        const StatusTransition &t = timeline.at(i);
        const qint64 status = nameId(LogSchema::StatusName, t.status, error);
        const qint64 message = nameId(LogSchema::ErrorMessageName, t.errorMessage, error);
        if (status == 0 || message == 0)
            return false;
        const bool plain = t.errorCode == 0 && message == none;
        QSqlQuery &append = plain ? m_append : m_appendError;
        append.addBindValue(status);
        append.addBindValue(ms(t.at));
        if (!plain) {
            append.addBindValue(t.errorCode);
            append.addBindValue(message);
        }
        append.addBindValue(id);
        if (!append.exec())
            return failWith(append, error);
        // The row's first queued and first delivered times.
        QSqlQuery *times = nullptr;
        if (t.status == QLatin1String("queued") || t.status == QLatin1String("accepted"))
            times = &m_queuedAt;
        else if (t.status == QLatin1String("delivered"))
            times = &m_deliveredAt;
        if (times) {
            times->addBindValue(ms(t.at));
            times->addBindValue(id);
            times->addBindValue(ms(t.at));
            if (!times->exec())
                return failWith(*times, error);
        }
    }
    return true;
}

bool LogWriter::insertAttempt(const Attempt &a, qint64 *id, QString *error)
{
    const qint64 created = ms(a.createdAt);
    m_insert.clearBindings();
    m_insert.addBindValue(created);
    if (!bindRow(m_insert, a, error))
        return false;
    m_insert.addBindValue(firstAt(a.timeline, {"queued", "accepted"}));
    m_insert.addBindValue(firstAt(a.timeline, {"delivered"}));
    const QVariant timeline = timelineJson(a.timeline, created, error);
    if (!timeline.isValid())
        return false;
    m_insert.addBindValue(timeline);
    if (!m_insert.exec())
        return failWith(m_insert, error);
    *id = m_insert.lastInsertId();
    return true;
}

int LogWriter::storedTransitions(qint64 id, QString *lastStatus)
{
    m_stored.bindValue(0, id);
    if (!m_stored.exec() || !m_stored.next())
        return 0;
    if (lastStatus)
        *lastStatus = m_stored.value(1).toString();
    const int n = m_stored.value(0).toInt();
    m_stored.finish();
    return n;
}

bool LogWriter::updateAttempt(const Attempt &a, QString *error)
{
    m_update.clearBindings();
    if (!finishInserted(error) || !bindRow(m_update, a, error))
        return false;
    m_update.addBindValue(a.id);
    if (!m_update.exec())
        return failWith(m_update, error);
    if (m_update.numRowsAffected() != 1) {
        *error
            = QCoreApplication::translate("DeliveryLog", "attempt %1 is not in the log").arg(a.id);
        return false;
    }
    const int stored = storedTransitions(a.id, nullptr);
    return appendTransitions(a.id, a.timeline, stored, error);
}

bool LogWriter::importMessage(const QString &profile, const Message &m, bool *merged, qint64 *id,
                              QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime seen = m.dateUpdated.isValid() ? m.dateUpdated : now;
    StatusTransition t;
    t.status = m.status;
    t.at = seen;
    t.errorCode = m.errorCode;
    t.errorMessage = m.errorMessage;

    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM attempt_rows WHERE sid_key = ?"));
    find.addBindValue(LogCodec::sidKey(m.sid));
    if (!find.exec())
        return failWith(find, error);
    if (find.next()) {
        *merged = true;
        *id = find.value(0).toLongLong();
        find.finish();
        if (!finishInserted(error))
            return false;
        // Twilio's view of the outcome wins; what only the console knew (source, encoding, the
        // body as typed) stays.
        QSqlQuery row(m_db);
        row.prepare(QStringLiteral("SELECT %1 FROM attempts a WHERE a.id = ?")
                        .arg(LogSchema::attemptColumns()));
        row.addBindValue(*id);
        if (!row.exec() || !row.next())
            return failWith(row, error);
        Attempt a = LogSchema::attemptFromQuery(row);
        row.finish();
        a.updatedAt = now;
        a.status = m.status;
        a.outcome = Attempt::outcomeForStatus(m.status);
        a.errorCode = m.errorCode;
        a.errorMessage = m.errorMessage;
        a.price = m.price;
        a.priceUnit = m.priceUnit;
        if (a.segments == 0)
            a.segments = m.numSegments;
        if (a.from.isEmpty())
            a.from = m.from.isEmpty() ? m.messagingServiceSid : m.from;
        if (a.body.isEmpty() && a.api == Attempt::Api::Messages)
            a.body = m.body;
        QString lastStatus;
        storedTransitions(*id, &lastStatus);
        a.timeline.clear();
        m_update.clearBindings();
        if (!bindRow(m_update, a, error))
            return false;
        m_update.addBindValue(*id);
        if (!m_update.exec())
            return failWith(m_update, error);
        return lastStatus == m.status || appendTransitions(*id, {t}, 0, error);
    }
    *merged = false;
    Attempt a;
    a.createdAt = m.dateCreated.isValid() ? m.dateCreated : seen;
    a.updatedAt = now;
    a.profile = profile;
    a.api = Attempt::Api::Messages;
    a.source = Attempt::Source::Twilio;
    a.to = m.to;
    a.from = m.from.isEmpty() ? m.messagingServiceSid : m.from;
    a.body = m.body;
    a.segments = m.numSegments;
    a.sid = m.sid;
    a.status = m.status;
    a.outcome = Attempt::outcomeForStatus(m.status);
    a.errorCode = m.errorCode;
    a.errorMessage = m.errorMessage;
    a.price = m.price;
    a.priceUnit = m.priceUnit;
    a.timeline = {t};
    return insertAttempt(a, id, error);
}
