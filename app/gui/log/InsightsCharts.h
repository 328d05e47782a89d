#pragma once

#include "log/LogInsights.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QString>

#include <functional>

class QChart;
class QStandardItemModel;
class QObject;

// What a click on a chart's bar (or Enter on a row of its table) narrows the log to.
struct InsightsDrill
{
    enum class Kind { None, TimeRange, ErrorCode, Country, Latency };
    Kind kind = Kind::None;
    QDateTime since; // TimeRange: [since, until), UTC
    QDateTime until;
    int errorCode = 0; // ErrorCode; 0: failures Twilio gave no code for
    QString prefix; // Country: "+44"; empty: numbers with no known calling code
    qint64 latencyFromMs = 0; // Latency: [from, to); to -1: no upper bound
    qint64 latencyToMs = -1;
};

// The delivery insights as the view draws them: the numbers of one LogInsights::Report, turned
// into the four charts (colours from the palette's tones) and into the same numbers as tables,
// row i of a table being bar i of its chart (a screen reader's and a keyboard's way in).
class InsightsCharts
{
    Q_DECLARE_TR_FUNCTIONS(InsightsCharts)
public:
    enum Chart { Rate, Latency, Errors, Countries, ChartCount };
    static constexpr int MaxBuckets = 200; // of the rate chart: the newest ones
    static constexpr int MaxLabelledBuckets = 24; // more bars than that: no label under each
    static constexpr int MaxCountryBars = 10; // the countries with the most sends
    static constexpr int MaxErrorBars = 6; // the most frequent codes (the table lists them all)

    struct Data
    {
        LogInsights::Report report;
        QList<LogInsights::RateBucket> buckets; // of bucketSeconds, at most MaxBuckets
        qint64 bucketSeconds = 3600;
        int bucketsLeftOut = 0; // older buckets not drawn
        int latencyBuckets = 0; // the histogram's buckets drawn (trailing empty ones left out)
    };
    // bucketSeconds 0: chosen by the span shown (since..until when both are set, else the
    // report's first to last hour): hours up to 2 days, days up to 92 days, else weeks.
    static Data prepare(const LogInsights::Report &report, const QDateTime &since,
                        const QDateTime &until, qint64 bucketSeconds);
    static qint64 automaticBucket(const LogInsights::Report &report, const QDateTime &since,
                                  const QDateTime &until);

    static QString title(Chart chart, const Data &data);
    // The attempts the report counts (those the filters select).
    static int attempts(const Data &data);
    // What shows in a chart's place when it has nothing to draw, and what to do next: with no
    // attempts at all, why (an empty log, filters that match nothing, a profile without sends);
    // with attempts, a latency without delivered attempts or errors without failures. Empty
    // when the chart has bars. logEmpty: the whole log has no attempt, whatever the filters.
    static QString emptyText(Chart chart, const Data &data, const LogFilter &filter,
                             bool logEmpty = false);
    // Whether the filters narrow the log besides the profile ("Clear filters" widens them).
    static bool narrowed(const LogFilter &filter);
    // The accessible description: the chart's numbers in one sentence or a few.
    static QString summary(Chart chart, const Data &data);
    static int rows(Chart chart, const Data &data);
    // clicked gets the row (as in table()) of the bar clicked.
    static QChart *chart(Chart chart, const Data &data, const QPalette &palette,
                         const std::function<void(int row)> &clicked);
    static QStandardItemModel *table(Chart chart, const Data &data, QObject *parent);
    static InsightsDrill drill(Chart chart, const Data &data, int row);

    static QString bucketLabel(const QDateTime &startUtc, qint64 bucketSeconds);
    static QString latencyLabel(const Data &data, int bucket);
    static QString errorLabel(int code); // "30003 Unreachable destination handset"
    static QString countryLabel(const LogInsights::CountryCount &country); // "GB +44"
    static QString milliseconds(qint64 ms); // "2.4 s", "850 ms"
};
