#pragma once

#include "LogFilter.h"

#include <optional>

// The log's maintained summaries (schema step 6, kept by triggers on every write): attempt
// counts per hour (log_hours), per day and country calling code (log_country_days), and the
// delivered attempts' queued -> delivered latency per hour, to two significant digits
// (log_latency_hours). A question that only asks what a summary holds is answered from a few
// thousand summary rows instead of every attempt. Pure: builds SQL, tested without a database.
namespace LogSummaries {

enum class Table {
    Hours, // hour, profile_id, api_id, source_id, status_id, outcome_id, error_code, n
    CountryDays, // day, the same, calling_code, n
    LatencyHours // hour, profile_id, api_id, source_id, status_id, error_code, latency_ms, n
};

const char *tableName(Table table);

// The WHERE clause over the summary (as `s`) that selects what the filter selects, or nothing
// when the summary cannot answer: a free text or a recipient, or a time bound inside an hour
// (inside a day for CountryDays). The latency summary holds only delivered attempts: a filter
// on outcomes without Delivered selects nothing there ("WHERE 0").
std::optional<LogFilter::Sql> where(const LogFilter &filter, Table table);

} // namespace LogSummaries
