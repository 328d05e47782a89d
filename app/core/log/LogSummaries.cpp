#include "LogSummaries.h"

#include "LogSchema.h"

namespace {

constexpr qint64 HourMs = 3600000;
constexpr qint64 DayMs = 86400000;

} // namespace

const char *LogSummaries::tableName(Table table)
{
    switch (table) {
    case Table::Hours:
        return "log_hours";
    case Table::CountryDays:
        return "log_country_days";
    case Table::LatencyHours:
        return "log_latency_hours";
    }
    return "log_hours";
}

std::optional<LogFilter::Sql> LogSummaries::where(const LogFilter &filter, Table table)
{
    if (filter.asksText()) // a recipient without digits asks nothing, as in toSql()
        return std::nullopt;
    const qint64 grainMs = table == Table::CountryDays ? DayMs : HourMs;
    const char *timeColumn = table == Table::CountryDays ? "s.day" : "s.hour";
    for (const QDateTime &bound : {filter.since, filter.until})
        if (bound.isValid() && bound.toMSecsSinceEpoch() % grainMs != 0)
            return std::nullopt;

    LogFilter::Sql sql;
    QStringList terms;
    const auto named = [&](int kind, const QStringList &values) {
        if (values.isEmpty())
            return;
        terms << QStringLiteral("s.%1 IN (SELECT id FROM log_names WHERE kind = %2 AND text IN "
                                "(%3))")
                     .arg(QLatin1String(LogSchema::codedColumn(kind)))
                     .arg(kind)
                     .arg(LogSchema::placeholders(values.size()));
        sql.bindings += QVariantList(values.cbegin(), values.cend());
    };
    if (table == Table::LatencyHours) {
        // Only delivered attempts are there: any other outcome asked alone selects none.
        if (!filter.outcomes.isEmpty() && !filter.outcomes.contains(Attempt::Outcome::Delivered))
            terms << QStringLiteral("0");
    } else {
        QStringList outcomes;
        for (Attempt::Outcome o : filter.outcomes)
            outcomes << Attempt::outcomeName(o);
        named(LogSchema::OutcomeName, outcomes);
    }
    named(LogSchema::StatusName, filter.statuses);
    if (filter.api)
        named(LogSchema::ApiName, {Attempt::apiName(*filter.api)});
    if (filter.source)
        named(LogSchema::SourceName, {Attempt::sourceName(*filter.source)});
    if (!filter.profile.isEmpty())
        named(LogSchema::ProfileName, {filter.profile});
    if (filter.since.isValid()) {
        terms << QStringLiteral("%1 >= ?").arg(QLatin1String(timeColumn));
        sql.bindings << filter.since.toMSecsSinceEpoch() / grainMs;
    }
    if (filter.until.isValid()) {
        terms << QStringLiteral("%1 < ?").arg(QLatin1String(timeColumn));
        sql.bindings << filter.until.toMSecsSinceEpoch() / grainMs;
    }
    if (filter.errorCode != 0) {
        terms << QStringLiteral("s.error_code = ?");
        sql.bindings << filter.errorCode;
    }
    if (!terms.isEmpty())
        sql.where = QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
    return sql;
}
