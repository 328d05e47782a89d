#include "TenantLogStore.h"

#include "DeliveryLog.h"
#include "LogSchema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <memory>

namespace {

QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool fail(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

QString sendTypesSql()
{
    QStringList quoted;
    for (const QString &t : TenantLogRecord::sendTypes())
        quoted << QStringLiteral("'%1'").arg(t);
    return quoted.join(QLatin1Char(','));
}

QString eventColumns()
{
    return QStringLiteral("e.log_id, e.profile, e.at, e.type, e.description, e.user_id, "
                          "e.user_name, e.client_name, e.recipient, e.execution_id, "
                          "e.failure_code, e.failure_message, e.code, e.raw, e.attempt_id, "
                          "e.match_kind");
}

TenantLogRecord eventFromQuery(const QSqlQuery &q, int first)
{
    TenantLogRecord r;
    r.logId = q.value(first + 0).toString();
    r.profile = q.value(first + 1).toString();
    r.at = LogSchema::fromMs(q.value(first + 2).toLongLong());
    r.type = q.value(first + 3).toString();
    r.description = q.value(first + 4).toString();
    r.userId = q.value(first + 5).toString();
    r.userName = q.value(first + 6).toString();
    r.clientName = q.value(first + 7).toString();
    r.recipient = q.value(first + 8).toString();
    r.executionId = q.value(first + 9).toString();
    r.failureCode = q.value(first + 10).toString();
    r.failureMessage = q.value(first + 11).toString();
    r.code = q.value(first + 12).toString();
    r.raw = QJsonDocument::fromJson(q.value(first + 13).toByteArray()).object();
    r.attemptId = q.value(first + 14).toLongLong();
    r.match = TenantLogRecord::matchFromName(q.value(first + 15).toString());
    return r;
}

} // namespace

// Shared with TenantLogChains.cpp.
QString tenantEventColumns()
{
    return eventColumns();
}
TenantLogRecord tenantEventFromQuery(const QSqlQuery &q, int first)
{
    return eventFromQuery(q, first);
}
QString tenantSendTypesSql()
{
    return sendTypesSql();
}

namespace {

// The prepared statements of one matching run: a page, or a rematch of many events.
class Matcher
{
public:
    explicit Matcher(QSqlDatabase &db) : m_exact(db), m_byNumber(db), m_byTail(db), m_link(db)
    {
        const QString free = QStringLiteral(
            " AND NOT EXISTS (SELECT 1 FROM auth0_events x WHERE x.attempt_id = a.id)");
        m_exact.prepare(QStringLiteral("SELECT a.id FROM action_run_sids s JOIN attempts a ON "
                                       "a.sid_key = log_sid_key(s.sid) WHERE s.execution_id = ?")
                        + free + QStringLiteral(" ORDER BY a.created_at LIMIT 1"));
        const QString columns = QStringLiteral("SELECT a.id, a.created_at, a.to_number, a.body "
                                               "FROM attempts a ");
        m_byNumber.prepare(columns
                           + QStringLiteral("WHERE "
                                            "a.to_number = ? AND a.created_at BETWEEN ? AND ? "
                                            "AND a.profile_id = (SELECT id FROM log_names "
                                            "WHERE kind = 1 AND text = ?)")
                           + free + QStringLiteral(" LIMIT 64"));
        m_byTail.prepare(columns
                         + QStringLiteral("WHERE a.profile_id = (SELECT id FROM log_names WHERE "
                                          "kind = 1 AND text = ?) AND a.created_at BETWEEN ? "
                                          "AND ? AND a.to_number LIKE ?")
                         + free + QStringLiteral(" LIMIT 256"));
        m_link.prepare(QStringLiteral(
            "UPDATE auth0_events SET attempt_id = ?, match_kind = ? WHERE log_id = ?"));
    }

    // Links r to its message when one is found; true when linked.
    bool match(TenantLogRecord &r, QList<qint64> *changed, QString *error)
    {
        if (!r.isSend() || r.attemptId != 0)
            return false;
        std::optional<qint64> id;
        TenantLogRecord::Match kind = TenantLogRecord::Match::None;
        if (!r.executionId.isEmpty()) {
            m_exact.addBindValue(r.executionId);
            if (m_exact.exec() && m_exact.next()) {
                id = m_exact.value(0).toLongLong();
                kind = TenantLogRecord::Match::Sid;
            }
            m_exact.finish();
        }
        if (!id && !r.recipient.isEmpty()) {
            const qint64 t = LogSchema::toMs(r.at);
            const QString tail = TenantLogMatch::visibleTail(r.recipient);
            QSqlQuery &q = tail.isEmpty() ? m_byNumber : m_byTail;
            if (tail.isEmpty()) {
                QString digits;
                for (QChar c : r.recipient) {
                    if (c.isDigit())
                        digits += c;
                }
                q.addBindValue(QString(QStringLiteral("+") + digits));
                q.addBindValue(t - TenantLogMatch::BeforeMs);
                q.addBindValue(t + TenantLogMatch::AfterMs);
                q.addBindValue(r.profile);
            } else {
                q.addBindValue(r.profile);
                q.addBindValue(t - TenantLogMatch::BeforeMs);
                q.addBindValue(t + TenantLogMatch::AfterMs);
                q.addBindValue(QString(QStringLiteral("%") + tail));
            }
            if (!q.exec())
                return fail(q, error);
            QList<TenantLogMatch::Candidate> candidates;
            while (q.next())
                candidates.append({q.value(0).toLongLong(),
                                   LogSchema::fromMs(q.value(1).toLongLong()),
                                   q.value(2).toString(), q.value(3).toString()});
            q.finish();
            id = TenantLogMatch::pick(r, candidates);
            kind = TenantLogRecord::Match::Fuzzy;
        }
        if (!id)
            return false;
        m_link.addBindValue(*id);
        m_link.addBindValue(TenantLogRecord::matchName(kind));
        m_link.addBindValue(r.logId);
        if (!m_link.exec())
            return fail(m_link, error);
        r.attemptId = *id;
        r.match = kind;
        changed->append(*id);
        return true;
    }

private:
    QSqlQuery m_exact;
    QSqlQuery m_byNumber;
    QSqlQuery m_byTail;
    QSqlQuery m_link;
};

} // namespace

std::optional<TenantLogStore::SyncState>
TenantLogStore::readState(QSqlDatabase &db, const QString &profile, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT since, checkpoint, pages, fetched, stored, complete FROM "
                             "auth0_sync_state WHERE profile = ?"));
    q.addBindValue(profile);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    SyncState s;
    s.profile = profile;
    s.since = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    s.checkpoint = q.value(1).toString();
    s.pages = q.value(2).toInt();
    s.fetched = q.value(3).toInt();
    s.stored = q.value(4).toInt();
    s.complete = q.value(5).toBool();
    return s;
}

bool TenantLogStore::storePage(QSqlDatabase &db, const QList<TenantLogRecord> &records,
                               const SyncState &state, int *stored, int *matched,
                               QList<qint64> *changed, QString *error)
{
    *stored = 0;
    *matched = 0;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO auth0_events(log_id, profile, at, type, description, user_id, "
        "user_name, client_name, recipient, execution_id, failure_code, failure_message, code, "
        "raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<TenantLogRecord> added;
    for (const TenantLogRecord &r : records) {
        if (r.logId.isEmpty() || !TenantLogRecord::syncedTypes().contains(r.type))
            continue;
        for (const QString &v : {r.logId, r.profile})
            insert.addBindValue(nn(v));
        insert.addBindValue(LogSchema::toMs(r.at));
        for (const QString &v :
             {r.type, r.description, r.userId, r.userName, r.clientName, r.recipient, r.executionId,
              r.failureCode, r.failureMessage, r.code})
            insert.addBindValue(nn(v));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(r.raw).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return fail(insert, error);
        if (insert.numRowsAffected() == 1) {
            ++*stored;
            added.append(r);
        }
    }
    Matcher matcher(db);
    for (TenantLogRecord &r : added) {
        error->clear();
        if (matcher.match(r, changed, error))
            ++*matched;
        else if (!error->isEmpty())
            return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO auth0_sync_state(profile, since, checkpoint, pages, fetched, "
        "stored, complete, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(state.profile);
    q.addBindValue(state.since.toString(Qt::ISODate));
    q.addBindValue(nn(state.checkpoint));
    q.addBindValue(state.pages);
    q.addBindValue(state.fetched);
    q.addBindValue(state.stored + *stored);
    q.addBindValue(state.complete ? 1 : 0);
    q.addBindValue(LogSchema::toMs(QDateTime::currentDateTimeUtc()));
    return q.exec() || fail(q, error);
}

bool TenantLogStore::rematch(QSqlDatabase &db, const QString &profile, int *matched,
                             QList<qint64> *changed, QString *error)
{
    *matched = 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM auth0_events e WHERE e.profile = ? AND "
                             "e.attempt_id IS NULL AND e.type IN (%2) ORDER BY e.at")
                  .arg(eventColumns(), sendTypesSql()));
    q.addBindValue(profile);
    if (!q.exec())
        return fail(q, error);
    QList<TenantLogRecord> open;
    while (q.next())
        open.append(eventFromQuery(q, 0));
    q.finish();
    Matcher matcher(db);
    for (TenantLogRecord &r : open) {
        error->clear();
        if (matcher.match(r, changed, error))
            ++*matched;
        else if (!error->isEmpty())
            return false;
    }
    return true;
}

bool TenantLogStore::recordActionRunSids(QSqlDatabase &db, const QString &executionId,
                                         const QStringList &sids, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO action_run_sids(execution_id, sid) VALUES (?, ?)"));
    for (const QString &sid : sids) {
        if (executionId.isEmpty() || sid.isEmpty())
            continue;
        q.addBindValue(executionId);
        q.addBindValue(sid);
        if (!q.exec())
            return fail(q, error);
    }
    return true;
}
