// TenantLogStore: reading chains for the viewer, the checklist and the CLI, and the calls posted
// to a DeliveryLog's thread.

#include "TenantLogStore.h"

#include "DeliveryLog.h"
#include "LogSchema.h"
#include "auth0/MfaTimeline.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

QString tenantEventColumns();
TenantLogRecord tenantEventFromQuery(const QSqlQuery &q, int first);
QString tenantSendTypesSql();

namespace {

constexpr qint64 AskedWithinMs = 120000; // a challenge this long before its send is its ask

struct Reader
{
    explicit Reader(QSqlDatabase &db) : timeline(db), asked(db), attempt(db)
    {
        timeline.setForwardOnly(true);
        timeline.prepare(LogSchema::timelineSql());
        asked.prepare(QStringLiteral(
            "SELECT at, type FROM auth0_events WHERE profile = ? AND at BETWEEN ? AND ? AND "
            "user_id = ? AND type IN ('gd_start_auth', 'gd_start_enroll') ORDER BY at DESC "
            "LIMIT 1"));
        attempt.prepare(QStringLiteral("SELECT %1 FROM attempts a WHERE a.id = ?")
                            .arg(LogSchema::attemptColumns()));
    }

    std::optional<Attempt> readAttempt(qint64 id)
    {
        attempt.addBindValue(id);
        std::optional<Attempt> a;
        if (attempt.exec() && attempt.next())
            a = LogSchema::attemptFromQuery(attempt);
        attempt.finish();
        if (a)
            a->timeline = LogSchema::timeline(timeline, id);
        return a;
    }

    TenantChain chainOf(const TenantLogRecord &r)
    {
        TenantChain c;
        c.event = r;
        if (!r.isSend()) {
            c.kind = TenantChain::Kind::EventOnly;
            return c;
        }
        if (r.attemptId != 0)
            c.attempt = readAttempt(r.attemptId);
        c.kind = c.attempt ? TenantChain::Kind::Linked : TenantChain::Kind::NoTwilioMessage;
        if (!r.userId.isEmpty()) {
            const qint64 t = LogSchema::toMs(r.at);
            asked.addBindValue(r.profile);
            asked.addBindValue(t - AskedWithinMs);
            asked.addBindValue(t);
            asked.addBindValue(r.userId);
            if (asked.exec() && asked.next()) {
                c.askedAt = LogSchema::fromMs(asked.value(0).toLongLong());
                c.askedType = asked.value(1).toString();
            }
            asked.finish();
        }
        return c;
    }

    QSqlQuery timeline;
    QSqlQuery asked;
    QSqlQuery attempt;
};

// A Twilio message that no event explains is worth showing only for a profile whose tenant log
// was synced, from the first day synced on.
QString orphanWhere()
{
    return QStringLiteral(
        "a.source_id = (SELECT id FROM log_names WHERE kind = 3 AND text = 'twilio') AND NOT "
        "EXISTS (SELECT 1 FROM auth0_events x WHERE x.attempt_id = "
        "a.id) AND EXISTS (SELECT 1 FROM auth0_sync_state s WHERE s.profile = a.profile AND "
        "a.created_at >= CAST(strftime('%s', s.since) AS INTEGER) * 1000)");
}

} // namespace

QList<TenantChain> TenantLogStore::chains(QSqlDatabase &db, const Filter &filter, int limit,
                                          QString *error)
{
    QList<TenantChain> list;
    QStringList where;
    QVariantList bindings;
    if (!filter.profile.isEmpty()) {
        where << QStringLiteral("e.profile = ?");
        bindings << filter.profile;
    }
    if (filter.type.isEmpty()) {
        where << QStringLiteral("e.type IN (%1)").arg(tenantSendTypesSql());
    } else {
        where << QStringLiteral("e.type = ?");
        bindings << filter.type;
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("e.at >= ?");
        bindings << LogSchema::toMs(filter.since);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("e.at < ?");
        bindings << LogSchema::toMs(filter.until);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM auth0_events e WHERE %2 ORDER BY e.at DESC, "
                             "e.log_id DESC%3")
                  .arg(tenantEventColumns(), where.join(QStringLiteral(" AND ")),
                       limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant &v : std::as_const(bindings))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return list;
    }
    QList<TenantLogRecord> events;
    while (q.next())
        events.append(tenantEventFromQuery(q, 0));
    q.finish();
    Reader reader(db);
    for (const TenantLogRecord &r : std::as_const(events))
        list.append(reader.chainOf(r));

    // A message with no event has no event type: it is listed beside all sends only.
    if (filter.withMessagesWithoutEvent && filter.type.isEmpty()) {
        QStringList w {orphanWhere()};
        QVariantList b;
        if (!filter.profile.isEmpty()) {
            w << QStringLiteral("a.profile_id = (SELECT id FROM log_names WHERE kind = 1 AND "
                                "text = ?)");
            b << filter.profile;
        }
        if (filter.since.isValid()) {
            w << QStringLiteral("a.created_at >= ?");
            b << LogSchema::toMs(filter.since);
        }
        if (filter.until.isValid()) {
            w << QStringLiteral("a.created_at < ?");
            b << LogSchema::toMs(filter.until);
        }
        QSqlQuery o(db);
        o.setForwardOnly(true);
        o.prepare(QStringLiteral("SELECT a.id FROM attempts a WHERE %1 ORDER BY a.created_at "
                                 "DESC%2")
                      .arg(w.join(QStringLiteral(" AND ")),
                           limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
        for (const QVariant &v : std::as_const(b))
            o.addBindValue(v);
        if (!o.exec()) {
            *error = o.lastError().text();
            return list;
        }
        QList<qint64> ids;
        while (o.next())
            ids << o.value(0).toLongLong();
        o.finish();
        for (qint64 id : std::as_const(ids)) {
            TenantChain c;
            c.kind = TenantChain::Kind::NoAuth0Event;
            c.attempt = reader.readAttempt(id);
            if (c.attempt)
                list.append(c);
        }
        std::stable_sort(list.begin(), list.end(), [](const TenantChain &x, const TenantChain &y) {
            return x.at() > y.at();
        });
        if (limit > 0 && list.size() > limit)
            list.resize(limit);
    }
    return list;
}

std::optional<TenantChain> TenantLogStore::chainForAttempt(QSqlDatabase &db, qint64 attemptId,
                                                           QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM auth0_events e WHERE e.attempt_id = ?")
                  .arg(tenantEventColumns()));
    q.addBindValue(attemptId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    Reader reader(db);
    if (q.next()) {
        const TenantLogRecord r = tenantEventFromQuery(q, 0);
        q.finish();
        return reader.chainOf(r);
    }
    q.finish();
    QSqlQuery o(db);
    o.prepare(QStringLiteral("SELECT 1 FROM attempts a WHERE a.id = ? AND %1").arg(orphanWhere()));
    o.addBindValue(attemptId);
    if (!o.exec() || !o.next())
        return std::nullopt;
    TenantChain c;
    c.kind = TenantChain::Kind::NoAuth0Event;
    c.attempt = reader.readAttempt(attemptId);
    if (!c.attempt)
        return std::nullopt;
    return c;
}

void TenantLogStore::readState(DeliveryLog *log, const QString &profile, QObject *context,
                               StateCallback done)
{
    auto result = std::make_shared<std::optional<SyncState>>();
    log->runDatabaseWork(
        false,
        [profile, result](QSqlDatabase &db, QList<qint64> *, QString *error) {
            *result = readState(db, profile, error);
            return error->isEmpty();
        },
        context, [result, done](const QString &error) { done(*result, error); });
}

void TenantLogStore::storePage(DeliveryLog *log, const QList<TenantLogRecord> &records,
                               const SyncState &state, QObject *context, PageCallback done)
{
    auto counts = std::make_shared<std::pair<int, int>>(0, 0);
    log->runDatabaseWork(
        true,
        [records, state, counts](QSqlDatabase &db, QList<qint64> *changed, QString *error) {
            return storePage(db, records, state, &counts->first, &counts->second, changed, error);
        },
        context,
        [counts, done](const QString &error) {
            done(error.isEmpty() ? counts->first : 0, error.isEmpty() ? counts->second : 0, error);
        });
}

void TenantLogStore::rematch(DeliveryLog *log, const QString &profile, QObject *context,
                             PageCallback done)
{
    auto matched = std::make_shared<int>(0);
    log->runDatabaseWork(
        true,
        [profile, matched](QSqlDatabase &db, QList<qint64> *changed, QString *error) {
            return rematch(db, profile, matched.get(), changed, error);
        },
        context,
        [matched, done](const QString &error) { done(0, error.isEmpty() ? *matched : 0, error); });
}

void TenantLogStore::recordActionRunSids(DeliveryLog *log, const QString &executionId,
                                         const QStringList &sids, QObject *context,
                                         DoneCallback done)
{
    log->runDatabaseWork(
        true,
        [executionId, sids](QSqlDatabase &db, QList<qint64> *, QString *error) {
            return recordActionRunSids(db, executionId, sids, error);
        },
        context, std::move(done));
}

void TenantLogStore::chains(DeliveryLog *log, const Filter &filter, int limit, QObject *context,
                            ChainsCallback done)
{
    auto result = std::make_shared<QList<TenantChain>>();
    log->runDatabaseWork(
        false,
        [filter, limit, result](QSqlDatabase &db, QList<qint64> *, QString *error) {
            *result = chains(db, filter, limit, error);
            return error->isEmpty();
        },
        context, [result, done](const QString &error) { done(*result, error); });
}

void TenantLogStore::chainForAttempt(DeliveryLog *log, qint64 attemptId, QObject *context,
                                     ChainCallback done)
{
    auto result = std::make_shared<std::optional<TenantChain>>();
    log->runDatabaseWork(
        false,
        [attemptId, result](QSqlDatabase &db, QList<qint64> *, QString *error) {
            *result = chainForAttempt(db, attemptId, error);
            return error->isEmpty();
        },
        context, [result, done](const QString &error) { done(*result, error); });
}

QString TenantLogStore::recordMfaTest(DeliveryLog *log, const MfaTimeline &timeline)
{
    QString execution = timeline.execution.value(QLatin1String("id")).toString();
    for (const TenantLogEvent &e : timeline.logEvents) {
        const TenantLogRecord r = TenantLogRecord::fromEvent(e, timeline.profile);
        if (execution.isEmpty() && r.isSend())
            execution = r.executionId;
    }
    if (!log || execution.isEmpty() || timeline.messageSid.isEmpty())
        return {};
    recordActionRunSids(log, execution, {timeline.messageSid}, nullptr, {});
    return execution;
}
