#include "LogInsights.h"
#include "LogCodec.h"
#include "LogSchema.h"
#include "LogSummaries.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <functional>

namespace {
// Attempts a filter selects, with the filter's own WHERE clause (over `attempts a`) and one more
// condition of the caller's.
QString where(const LogFilter::Sql &sql, const QString &extra)
{
    if (extra.isEmpty())
        return sql.where;
    if (sql.where.isEmpty())
        return QStringLiteral("WHERE ") + extra;
    return sql.where + QStringLiteral(" AND ") + extra;
}

bool run(QSqlQuery &q, const QString &text, const QVariantList &bindings, QString *error)
{
    if (!q.prepare(text)) {
        if (error)
            *error = LogInsights::tr("The delivery log could not be summarised: %1")
                         .arg(q.lastError().text());
        return false;
    }
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = LogInsights::tr("The delivery log could not be summarised: %1")
                         .arg(q.lastError().text());
        return false;
    }
    return true;
}

// The outcomes counted as failures, as dictionary ids (a constant subquery, evaluated once).
const QString FailedIds
    = QStringLiteral("(SELECT id FROM log_names WHERE kind = %1 AND text IN ('failed', "
                     "'rejected'))")
          .arg(LogSchema::OutcomeName);
const QString DeliveredId
    = QStringLiteral("(SELECT id FROM log_names WHERE kind = %1 AND text = 'delivered')")
          .arg(LogSchema::OutcomeName);

// The dictionary's texts of one kind by id: outcomes and statuses are few.
QHash<qint64, QString> names(const QSqlDatabase &db, int kind)
{
    QHash<qint64, QString> byId;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, text FROM log_names WHERE kind = ?"));
    q.addBindValue(kind);
    if (q.exec())
        while (q.next())
            byId.insert(q.value(0).toLongLong(), q.value(1).toString());
    return byId;
}

// The summary's FROM and WHERE for the filter ("FROM log_hours s WHERE ..."), or nothing when
// the rows must answer.
std::optional<LogFilter::Sql> fromSummary(const LogFilter &filter, LogSummaries::Table table)
{
    auto sql = LogSummaries::where(filter, table);
    if (sql)
        sql->where = QStringLiteral("FROM %1 s %2")
                         .arg(QLatin1String(LogSummaries::tableName(table)), sql->where);
    return sql;
}

void addTo(LogInsights::RateBucket &b, const QString &outcome, const QString &status, int n)
{
    if (outcome == QLatin1String("delivered"))
        b.delivered += n;
    else if (outcome == QLatin1String("failed"))
        (status == QLatin1String("undelivered") ? b.undelivered : b.failed) += n;
    else if (outcome == QLatin1String("pending") || outcome == QLatin1String("sent"))
        b.pending += n;
    else // rejected, cancelled, not sent, unknown
        b.notSent += n;
}
} // namespace

bool LogInsights::deliveryRate(const QSqlDatabase &db, const LogFilter &filter,
                               qint64 bucketSeconds, QList<RateBucket> *out, QString *error)
{
    out->clear();
    const qint64 bucketMs = std::max<qint64>(1, bucketSeconds) * 1000;
    const QHash<qint64, QString> outcomes = names(db, LogSchema::OutcomeName);
    const QHash<qint64, QString> statuses = names(db, LogSchema::StatusName);
    QMap<qint64, RateBucket> buckets;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Whole hours from the hourly summary; otherwise the rows, through the filter's indexes.
    const auto summary
        = bucketMs % 3600000 == 0 ? fromSummary(filter, LogSummaries::Table::Hours) : std::nullopt;
    if (summary) {
        if (!run(q,
                 QStringLiteral("SELECT s.hour * 3600000, s.outcome_id, s.status_id, SUM(s.n) %1"
                                " GROUP BY s.hour, s.outcome_id, s.status_id")
                     .arg(summary->where),
                 summary->bindings, error))
            return false;
    } else {
        const LogFilter::Sql sql = filter.toSql();
        QVariantList bindings {bucketMs, bucketMs};
        bindings += sql.bindings;
        if (!run(q,
                 QStringLiteral("SELECT (a.created_at / ?) * ? AS bucket, a.outcome_id, "
                                "a.status_id, COUNT(*) FROM attempts a %1 GROUP BY bucket, "
                                "a.outcome_id, a.status_id")
                     .arg(sql.where),
                 bindings, error))
            return false;
    }
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong();
        const qint64 start = at / bucketMs * bucketMs;
        RateBucket &b = buckets[start];
        if (!b.start.isValid())
            b.start = LogSchema::fromMs(start);
        addTo(b, outcomes.value(q.value(1).toLongLong()), statuses.value(q.value(2).toLongLong()),
              q.value(3).toInt());
    }
    *out = buckets.values();
    return true;
}

bool LogInsights::latency(const QSqlDatabase &db, const LogFilter &filter, qint64 bucketMs,
                          int buckets, Latency *out, QString *error)
{
    *out = Latency();
    out->bucketMs = std::max<qint64>(1, bucketMs);
    buckets = std::max(1, buckets);
    out->histogram = QList<int>(buckets, 0);
    // Latencies to two significant digits (LogCodec::latencyKey), as the hourly summary keeps
    // them: one row per distinct value, from which the histogram and the percentiles are both
    // counted. From the summary when it can answer; otherwise from each delivered attempt's
    // first queued (or accepted) and first delivered times, kept on its row.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const auto summary = fromSummary(filter, LogSummaries::Table::LatencyHours)) {
        if (!run(q,
                 QStringLiteral("SELECT s.latency_ms, SUM(s.n) %1 GROUP BY s.latency_ms ORDER BY "
                                "s.latency_ms")
                     .arg(summary->where),
                 summary->bindings, error))
            return false;
    } else {
        const LogFilter::Sql sql = filter.toSql();
        if (!run(q,
                 QStringLiteral("SELECT log_latency_key(a.delivered_at - a.queued_at) AS ms, "
                                "COUNT(*) FROM attempts a %1 GROUP BY ms ORDER BY ms")
                     .arg(where(sql,
                                QStringLiteral("a.delivered_at >= a.queued_at AND a.outcome_id = ")
                                    + DeliveredId)),
                 sql.bindings, error))
            return false;
    }
    QList<std::pair<qint64, int>> values; // distinct latencies, ascending, with their counts
    while (q.next()) {
        const qint64 ms = q.value(0).toLongLong();
        const int n = q.value(1).toInt();
        values.append({ms, n});
        out->histogram[int(std::min<qint64>(ms / out->bucketMs, buckets - 1))] += n;
        out->count += n;
    }
    if (out->count == 0)
        return true;
    // The nearest-rank percentiles: the smallest latency with at least p% of them at or below.
    qint64 seen = 0;
    for (const auto &[ms, n] : values) {
        seen += n;
        if (out->p50Ms < 0 && seen * 100 >= qint64(out->count) * 50)
            out->p50Ms = ms;
        if (out->p95Ms < 0 && seen * 100 >= qint64(out->count) * 95) {
            out->p95Ms = ms;
            break;
        }
    }
    return true;
}

bool LogInsights::failuresByError(const QSqlDatabase &db, const LogFilter &filter, int limit,
                                  QList<ErrorCount> *out, QString *error)
{
    out->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const auto summary = LogSummaries::where(filter, LogSummaries::Table::Hours)) {
        QVariantList bindings = summary->bindings;
        bindings << std::max(1, limit);
        if (!run(q,
                 QStringLiteral("SELECT s.error_code, SUM(s.n) AS c FROM log_hours s %1 GROUP BY "
                                "s.error_code ORDER BY c DESC, s.error_code LIMIT ?")
                     .arg(where(*summary, QStringLiteral("s.outcome_id IN ") + FailedIds)),
                 bindings, error))
            return false;
    } else {
        const LogFilter::Sql sql = filter.toSql();
        QVariantList bindings = sql.bindings;
        bindings << std::max(1, limit);
        if (!run(q,
                 QStringLiteral("SELECT a.error_code, COUNT(*) AS c FROM attempts a %1"
                                " GROUP BY a.error_code ORDER BY c DESC, a.error_code LIMIT ?")
                     .arg(where(sql, QStringLiteral("a.outcome_id IN ") + FailedIds)),
                 bindings, error))
            return false;
    }
    while (q.next())
        out->append({q.value(0).toInt(), q.value(1).toInt()});
    return true;
}

bool LogInsights::summary(const QSqlDatabase &db, const LogFilter &filter, Summary *out,
                          QString *error)
{
    *out = Summary();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const auto summary = fromSummary(filter, LogSummaries::Table::Hours)) {
        if (!run(q,
                 QStringLiteral("SELECT SUM(s.n), SUM(CASE WHEN s.outcome_id = %1 THEN s.n END), "
                                "SUM(CASE WHEN s.outcome_id IN %2 THEN s.n END) %3")
                     .arg(DeliveredId, FailedIds, summary->where),
                 summary->bindings, error))
            return false;
    } else {
        const LogFilter::Sql sql = filter.toSql();
        if (!run(q,
                 QStringLiteral("SELECT COUNT(*), SUM(a.outcome_id = %1), SUM(a.outcome_id IN %2)"
                                " FROM attempts a %3")
                     .arg(DeliveredId, FailedIds, sql.where),
                 sql.bindings, error))
            return false;
    }
    if (q.next()) {
        out->sends = q.value(0).toInt();
        out->delivered = q.value(1).toInt();
        out->failures = q.value(2).toInt();
    }
    if (out->delivered == 0)
        return true;
    Latency latency;
    if (!LogInsights::latency(db, filter, 1000, 1, &latency, error))
        return false;
    out->medianLatencyMs = latency.p50Ms;
    return true;
}

int LogInsights::callingCode(const QString &e164)
{
    return LogCodec::callingCode(e164);
}

bool LogInsights::byCountry(const QSqlDatabase &db, const LogFilter &filter,
                            QList<CountryCount> *out, QString *error)
{
    out->clear();
    // Sends and failures by calling code in one pass: from the daily summary by country when it
    // can answer; otherwise from the rows (each number's code worked out in SQL).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const auto summary = fromSummary(filter, LogSummaries::Table::CountryDays)) {
        if (!run(q,
                 QStringLiteral("SELECT s.calling_code, SUM(s.n), SUM(CASE WHEN s.outcome_id IN "
                                "%1 THEN s.n ELSE 0 END) %2 GROUP BY s.calling_code")
                     .arg(FailedIds, summary->where),
                 summary->bindings, error))
            return false;
    } else {
        const LogFilter::Sql sql = filter.toSql();
        if (!run(q,
                 QStringLiteral("SELECT log_calling_code(a.to_number) AS code, COUNT(*), "
                                "SUM(a.outcome_id IN %1) FROM attempts a %2 GROUP BY code")
                     .arg(FailedIds, sql.where),
                 sql.bindings, error))
            return false;
    }
    const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    while (q.next()) {
        CountryCount c;
        c.callingCode = q.value(0).toInt();
        if (c.callingCode != 0) {
            std::string region;
            util->GetRegionCodeForCountryCode(c.callingCode, &region);
            c.region = QString::fromStdString(region);
        }
        c.sends = q.value(1).toInt();
        c.failures = q.value(2).toInt();
        if (c.sends > 0)
            out->append(c);
    }
    std::sort(out->begin(), out->end(), [](const CountryCount &a, const CountryCount &b) {
        return a.sends != b.sends ? a.sends > b.sends : a.callingCode < b.callingCode;
    });
    return true;
}

bool LogInsights::report(const QSqlDatabase &db, const LogFilter &filter, Report *out,
                         QString *error)
{
    *out = Report();
    return deliveryRate(db, filter, 3600, &out->hourly, error)
        && latency(db, filter, ReportLatencyBucketMs, ReportLatencyBuckets, &out->latency, error)
        && failuresByError(db, filter, ReportErrorCodes, &out->errors, error)
        && byCountry(db, filter, &out->countries, error);
}

namespace {
// Runs work over a read-only connection of its own to path, in one read transaction.
bool withReader(const QString &path, const std::function<bool(const QSqlDatabase &)> &work,
                QString *error)
{
    const QString connection
        = QStringLiteral("log-insights-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = LogSchema::openConnection(connection, path, true, error);
        if (db.isOpen()) {
            QSqlQuery begin(db);
            begin.exec(QStringLiteral("BEGIN"));
            ok = work(db);
            begin.exec(QStringLiteral("COMMIT"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
} // namespace

bool LogInsights::reportFromFile(const QString &path, const LogFilter &filter, Report *out,
                                 QString *error)
{
    *out = Report();
    return withReader(
        path, [&](const QSqlDatabase &db) { return report(db, filter, out, error); }, error);
}

bool LogInsights::summaryFromFile(const QString &path, const LogFilter &filter, Summary *out,
                                  QString *error)
{
    *out = Summary();
    return withReader(
        path, [&](const QSqlDatabase &db) { return summary(db, filter, out, error); }, error);
}

QList<LogInsights::RateBucket> LogInsights::regroup(const QList<RateBucket> &buckets,
                                                    qint64 bucketSeconds)
{
    const qint64 bucketMs = std::max<qint64>(1, bucketSeconds) * 1000;
    QMap<qint64, RateBucket> grouped;
    for (const RateBucket &b : buckets) {
        const qint64 ms = b.start.toMSecsSinceEpoch();
        // Floor division, so that a bucket before 1970 still lands in the bucket holding it.
        const qint64 start = (ms >= 0 ? ms / bucketMs : (ms - bucketMs + 1) / bucketMs) * bucketMs;
        RateBucket &g = grouped[start];
        if (!g.start.isValid())
            g.start = LogSchema::fromMs(start);
        g.delivered += b.delivered;
        g.undelivered += b.undelivered;
        g.failed += b.failed;
        g.notSent += b.notSent;
        g.pending += b.pending;
    }
    return grouped.values();
}
