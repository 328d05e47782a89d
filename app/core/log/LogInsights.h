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
        int notSent = 0; // rejected by Twilio, cancelled, or never answered
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

    // The calling code an E.164 number starts with (1 to 3 digits after "+"; calling codes are
    // prefix-free), 0 when none is assigned. Pure.
    static int callingCode(const QString &e164);
};
