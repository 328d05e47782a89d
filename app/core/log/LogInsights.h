#pragma once

#include "LogFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the delivery insights draw, for the attempts a LogFilter selects: the delivery rate over
// time, the queued -> delivered latency, failures by Twilio error code, and sends and failures by
// destination country. Each is one SQL aggregate over the log's indexes, run on a connection of
// the calling thread (the log's worker: never the UI thread); nothing is loaded row by row.
// False with a translated *error when SQLite fails.
class LogInsights
{
    Q_DECLARE_TR_FUNCTIONS(LogInsights)
public:
    struct RateBucket
    {
        QDateTime start; // UTC, the bucket's first instant
        int delivered = 0; // delivered, read, Verify approved
        int undelivered = 0; // Twilio status undelivered: the carrier did not deliver it
        int failed = 0; // Twilio status failed: Twilio could not send it
        int notSent = 0; // rejected by Twilio, cancelled, not sent, or outcome unknown
        int pending = 0; // accepted or sent, no final status yet
        int total() const { return delivered + undelivered + failed + notSent + pending; }
    };
    // Attempts per bucket of bucketSeconds (3600: an hour, 86400: a day, in UTC), oldest first;
    // buckets without attempts are left out.
    static bool deliveryRate(const QSqlDatabase &db, const LogFilter &filter, qint64 bucketSeconds,
                             QList<RateBucket> *out, QString *error);

    struct Latency
    {
        int count = 0; // delivered attempts with both a queued and a delivered status
        qint64 p50Ms = -1; // -1 when count is 0
        qint64 p95Ms = -1;
        qint64 bucketMs = 0;
        QList<int> histogram; // attempts per bucket of bucketMs; the last one holds the rest
    };
    // From the first queued (or accepted) status to the first delivered one.
    static bool latency(const QSqlDatabase &db, const LogFilter &filter, qint64 bucketMs,
                        int buckets, Latency *out, QString *error);

    struct ErrorCount
    {
        int code = 0;
        int count = 0;
    };
    // Failed, undelivered and rejected attempts by error code, most frequent first.
    static bool failuresByError(const QSqlDatabase &db, const LogFilter &filter, int limit,
                                QList<ErrorCount> *out, QString *error);

    struct CountryCount
    {
        int callingCode = 0; // 44
        QString region; // "GB"; for a code shared by several countries (1), its main one
        int sends = 0;
        int failures = 0; // failed, undelivered, rejected
        double failureRate() const { return sends ? double(failures) / sends : 0.0; }
    };
    // Sends and failures by the country calling code of the recipient's E.164 number, most
    // sends first; numbers with no known calling code are counted under code 0.
    static bool byCountry(const QSqlDatabase &db, const LogFilter &filter, QList<CountryCount> *out,
                          QString *error);

    struct Summary
    {
        int sends = 0; // every attempt the filter selects
        int delivered = 0; // delivered, read, Verify approved
        int failures = 0; // failed, undelivered, rejected
        qint64 medianLatencyMs = -1; // queued -> delivered (as latency()'s p50); -1: none
        double deliveredRate() const { return sends ? double(delivered) / sends : 0.0; }
    };
    // The few figures of a compact strip (the Run page's "last 24 h"): one count over the
    // filter's index, and the median latency.
    static bool summary(const QSqlDatabase &db, const LogFilter &filter, Summary *out,
                        QString *error);

    // Everything the insights view draws, at once: the rate per hour (regroup() adds hours up
    // into days), the latency in ReportLatencyBuckets buckets of ReportLatencyBucketMs, the
    // ReportErrorCodes most frequent error codes, and the countries.
    static constexpr qint64 ReportLatencyBucketMs = 1000;
    static constexpr int ReportLatencyBuckets = 30;
    static constexpr int ReportErrorCodes = 12;
    struct Report
    {
        QList<RateBucket> hourly;
        Latency latency;
        QList<ErrorCount> errors;
        QList<CountryCount> countries;
    };
    static bool report(const QSqlDatabase &db, const LogFilter &filter, Report *out,
                       QString *error);

    // report() and summary() over a read-only connection of their own to the log file at path,
    // in one read transaction (a consistent snapshot while sends go on): for a worker thread.
    static bool reportFromFile(const QString &path, const LogFilter &filter, Report *out,
                               QString *error);
    static bool summaryFromFile(const QString &path, const LogFilter &filter, Summary *out,
                                QString *error);

    // Buckets added up into buckets of bucketSeconds (a multiple of theirs, e.g. hours into
    // UTC days), oldest first. Pure.
    static QList<RateBucket> regroup(const QList<RateBucket> &buckets, qint64 bucketSeconds);

    // The calling code an E.164 number starts with (1 to 3 digits after "+"; calling codes are
    // prefix-free), 0 when none is assigned. Pure.
    static int callingCode(const QString &e164);
};
