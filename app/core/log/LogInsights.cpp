#include "LogInsights.h"
#include "LogSchema.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>

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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVariantList bindings {bucketMs, bucketMs};
    bindings += sql.bindings;
    const QString text = QStringLiteral("SELECT (a.created_at / ?) * ? AS bucket,"
                                        " SUM(a.outcome = 'delivered'),"
                                        " SUM(a.outcome = 'failed' AND a.status = 'undelivered'),"
                                        " SUM(a.outcome = 'failed' AND a.status <> 'undelivered'),"
                                        " SUM(a.outcome IN ('rejected', 'cancelled', 'unknown')),"
                                        " SUM(a.outcome IN ('pending', 'sent'))"
                                        " FROM attempts a %1 GROUP BY bucket ORDER BY bucket")
                             .arg(sql.where);
    if (!run(q, text, bindings, error))
        return false;
    while (q.next()) {
        RateBucket b;
        b.start = LogSchema::fromMs(q.value(0).toLongLong());
        b.delivered = q.value(1).toInt();
        b.undelivered = q.value(2).toInt();
        b.failed = q.value(3).toInt();
        b.notSent = q.value(4).toInt();
        b.pending = q.value(5).toInt();
        out->append(b);
    }
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
    // Each delivered attempt's first queued and first delivered times, kept on its row.
    const QString latencies
        = QStringLiteral("SELECT a.delivered_at - a.queued_at AS ms FROM attempts a %1")
              .arg(where(sql,
                         QStringLiteral("a.delivered_at IS NOT NULL AND a.queued_at IS NOT "
                                        "NULL AND a.delivered_at >= a.queued_at AND "
                                        "a.outcome_id = (SELECT id FROM log_names WHERE "
                                        "kind = 5 AND text = 'delivered')")));

    QSqlQuery histogram(db);
    histogram.setForwardOnly(true);
    QVariantList bindings {out->bucketMs, buckets - 1};
    bindings += sql.bindings;
    if (!run(histogram,
             QStringLiteral("SELECT MIN(ms / ?, ?) AS b, COUNT(*) FROM (%1) GROUP BY b")
                 .arg(latencies),
             bindings, error))
        return false;
    while (histogram.next()) {
        const int b = histogram.value(0).toInt();
        const int n = histogram.value(1).toInt();
        out->histogram[b] += n;
        out->count += n;
    }
    if (out->count == 0)
        return true;

    // The nearest-rank percentiles: the smallest latency with at least p% of them at or below.
    QSqlQuery percentiles(db);
    percentiles.setForwardOnly(true);
    if (!run(percentiles,
             QStringLiteral("SELECT MIN(CASE WHEN rn * 100 >= n * 50 THEN ms END),"
                            " MIN(CASE WHEN rn * 100 >= n * 95 THEN ms END) FROM"
                            " (SELECT ms, ROW_NUMBER() OVER (ORDER BY ms) AS rn,"
                            " COUNT(*) OVER () AS n FROM (%1))")
                 .arg(latencies),
             sql.bindings, error))
        return false;
    if (percentiles.next()) {
        out->p50Ms = percentiles.value(0).toLongLong();
        out->p95Ms = percentiles.value(1).toLongLong();
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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Calling codes have 1 to 3 digits: the first 3 after "+" decide, in SQL; few groups remain.
    if (!run(q,
             QStringLiteral("SELECT substr(a.to_number, 1, 4) AS prefix, COUNT(*),"
                            " SUM(a.outcome IN %1) FROM attempts a %2 GROUP BY prefix")
                 .arg(FailedOutcomes, sql.where),
             sql.bindings, error))
        return false;
    QHash<int, CountryCount> byCode;
    const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    while (q.next()) {
        const int code = callingCode(q.value(0).toString());
        CountryCount &c = byCode[code];
        if (c.sends == 0 && code != 0) {
            std::string region;
            util->GetRegionCodeForCountryCode(code, &region);
            c.callingCode = code;
            c.region = QString::fromStdString(region);
        }
        c.sends += q.value(1).toInt();
        c.failures += q.value(2).toInt();
    }
    *out = byCode.values();
    std::sort(out->begin(), out->end(), [](const CountryCount &a, const CountryCount &b) {
        return a.sends != b.sends ? a.sends > b.sends : a.callingCode < b.callingCode;
    });
    return true;
}
