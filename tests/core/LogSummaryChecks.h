#pragma once

#include <QString>
#include <QStringList>

// SQL that lists every difference between each maintained summary of the delivery log and the
// same counts taken from its rows now: empty when the summaries are right.
inline QStringList summaryChecks()
{
    const QString delivered
        = QStringLiteral("(SELECT id FROM log_names WHERE kind = 5 AND text = 'delivered')");
    const QList<std::pair<QString, QString>> pairs {
        {QStringLiteral("SELECT hour, profile_id, api_id, source_id, status_id, outcome_id, "
                        "error_code, n FROM log_hours"),
         QStringLiteral("SELECT created_at / 3600000, profile_id, api_id, source_id, status_id, "
                        "outcome_id, error_code, count(*) FROM attempt_rows GROUP BY 1, 2, 3, 4, "
                        "5, 6, 7")},
        {QStringLiteral("SELECT day, profile_id, api_id, source_id, status_id, outcome_id, "
                        "error_code, calling_code, n FROM log_country_days"),
         QStringLiteral("SELECT created_at / 86400000, profile_id, api_id, source_id, status_id, "
                        "outcome_id, error_code, log_calling_code(to_number), count(*) FROM "
                        "attempt_rows GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")},
        {QStringLiteral("SELECT hour, profile_id, api_id, source_id, status_id, error_code, "
                        "latency_ms, n FROM log_latency_hours"),
         QStringLiteral("SELECT created_at / 3600000, profile_id, api_id, source_id, status_id, "
                        "error_code, log_latency_key(delivered_at - queued_at), count(*) FROM "
                        "attempt_rows WHERE delivered_at >= queued_at AND outcome_id = %1 GROUP "
                        "BY 1, 2, 3, 4, 5, 6, 7")
             .arg(delivered)},
        {QStringLiteral("SELECT to_number, n FROM log_numbers"),
         QStringLiteral("SELECT to_number, count(*) FROM attempt_rows GROUP BY 1")},
    };
    QStringList checks;
    for (const auto &[kept, counted] : pairs)
        checks << QStringLiteral("SELECT * FROM (%1 EXCEPT %2) UNION ALL SELECT * FROM (%2 EXCEPT "
                                 "%1)")
                      .arg(kept, counted);
    return checks;
}
