#include "LogInsights.h"
#include "LogSchema.h"

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

const QString FailedOutcomes = QStringLiteral("('failed', 'rejected')");
} // namespace

bool LogInsights::deliveryRate(const QSqlDatabase &db, const LogFilter &filter,
                               qint64 bucketSeconds, QList<RateBucket> *out, QString *error)
{
    out->clear();
    const qint64 bucketMs = std::max<qint64>(1, bucketSeconds) * 1000;
    const LogFilter::Sql sql = filter.toSql();
    QVariantList bindings {bucketMs, bucketMs};
    bindings += sql.bindings;
    // Counted by outcome, which with the time is one index (outcome, created_at) that answers
    // without reading the rows when no other filter applies; then the undelivered among the
    // failed ones, a few rows found through (status, created_at).
    QMap<qint64, RateBucket> buckets;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT (a.created_at / ?) * ? AS bucket, a.outcome, COUNT(*)"
                            " FROM attempts a %1 GROUP BY bucket, a.outcome")
                 .arg(sql.where),
             bindings, error))
        return false;
    while (q.next()) {
        const qint64 start = q.value(0).toLongLong();
        RateBucket &b = buckets[start];
        b.start = LogSchema::fromMs(start);
        const QString outcome = q.value(1).toString();
        const int n = q.value(2).toInt();
        if (outcome == QLatin1String("delivered"))
            b.delivered += n;
        else if (outcome == QLatin1String("failed"))
            b.failed += n;
        else if (outcome == QLatin1String("pending") || outcome == QLatin1String("sent"))
            b.pending += n;
        else // rejected, cancelled, not sent, unknown
            b.notSent += n;
    }
    QSqlQuery undelivered(db);
    undelivered.setForwardOnly(true);
    if (!run(undelivered,
             QStringLiteral("SELECT (a.created_at / ?) * ? AS bucket, COUNT(*) FROM attempts a %1"
                            " GROUP BY bucket")
                 .arg(where(sql,
                            QStringLiteral("a.status = 'undelivered' AND a.outcome = 'failed'"))),
             bindings, error))
        return false;
    while (undelivered.next()) {
        RateBucket &b = buckets[undelivered.value(0).toLongLong()];
        const int n = undelivered.value(1).toInt();
        b.undelivered += n;
        b.failed -= n;
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
    const LogFilter::Sql sql = filter.toSql();
    // Each delivered attempt's timeline read once, through transitions(attempt_id): its first
    // queued (or accepted) and first delivered times in one subquery, materialised so that
    // SQLite does not evaluate it again for each use of the difference. Then one row per
    // distinct latency, from which the histogram and the percentiles are both counted.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("WITH lat AS MATERIALIZED (SELECT (SELECT"
                            " MIN(CASE WHEN t.status = 'delivered' THEN t.at END)"
                            " - MIN(CASE WHEN t.status IN ('queued', 'accepted') THEN t.at END)"
                            " FROM transitions t WHERE t.attempt_id = a.id"
                            " AND t.status IN ('queued', 'accepted', 'delivered')) AS ms"
                            " FROM attempts a %1)"
                            " SELECT ms, COUNT(*) FROM lat WHERE ms >= 0 GROUP BY ms ORDER BY ms")
                 .arg(where(sql, QStringLiteral("a.outcome = 'delivered'"))),
             sql.bindings, error))
        return false;
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
    const LogFilter::Sql sql = filter.toSql();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVariantList bindings = sql.bindings;
    bindings << std::max(1, limit);
    if (!run(q,
             QStringLiteral("SELECT a.error_code, COUNT(*) AS n FROM attempts a %1"
                            " GROUP BY a.error_code ORDER BY n DESC, a.error_code LIMIT ?")
                 .arg(where(sql, QStringLiteral("a.outcome IN ") + FailedOutcomes)),
             bindings, error))
        return false;
    while (q.next())
        out->append({q.value(0).toInt(), q.value(1).toInt()});
    return true;
}

bool LogInsights::summary(const QSqlDatabase &db, const LogFilter &filter, Summary *out,
                          QString *error)
{
    *out = Summary();
    const LogFilter::Sql sql = filter.toSql();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT COUNT(*), SUM(a.outcome = 'delivered'), SUM(a.outcome IN %1)"
                            " FROM attempts a %2")
                 .arg(FailedOutcomes, sql.where),
             sql.bindings, error))
        return false;
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
    if (!e164.startsWith(QLatin1Char('+')))
        return 0;
    const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    for (int digits = 1; digits <= 3 && digits < e164.size(); ++digits) {
        bool ok = false;
        const int code = e164.mid(1, digits).toInt(&ok);
        if (!ok)
            return 0;
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (region != "ZZ")
            return code;
    }
    return 0;
}

bool LogInsights::byCountry(const QSqlDatabase &db, const LogFilter &filter,
                            QList<CountryCount> *out, QString *error)
{
    out->clear();
    const LogFilter::Sql sql = filter.toSql();
    // Calling codes have 1 to 3 digits: the first 3 after "+" decide, in SQL; few groups remain.
    // The sends read only the recipient's index (to_number) when no other filter applies; the
    // failures, a few rows, through the outcome's.
    const QString text = QStringLiteral("SELECT substr(a.to_number, 1, 4) AS prefix, COUNT(*)"
                                        " FROM attempts a %1 GROUP BY prefix");
    QHash<int, CountryCount> byCode;
    const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    const auto count = [&](const QString &whereClause, bool failures) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!run(q, text.arg(whereClause), sql.bindings, error))
            return false;
        while (q.next()) {
            const int code = callingCode(q.value(0).toString());
            CountryCount &c = byCode[code];
            if (c.callingCode == 0 && code != 0) {
                std::string region;
                util->GetRegionCodeForCountryCode(code, &region);
                c.callingCode = code;
                c.region = QString::fromStdString(region);
            }
            (failures ? c.failures : c.sends) += q.value(1).toInt();
        }
        return true;
    };
    if (!count(sql.where, false)
        || !count(where(sql, QStringLiteral("a.outcome IN ") + FailedOutcomes), true))
        return false;
    *out = byCode.values();
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
