// bench-log-insights: times the delivery insights' aggregates (LogInsights) over an existing
// delivery log, such as the million-row one bench-log-viewer --db leaves behind:
//   ./tests/bench/bench-log-viewer --rows 1000000 --db /tmp/log-1m.sqlite   # fills it once
//   ./tests/bench/bench-log-insights --db /tmp/log-1m.sqlite [--repeat 5]
// Each aggregate runs for the whole log, one profile, and the last 7 days of the log; printed as
// the median with the min-max range, in milliseconds.

#include "log/LogFilter.h"
#include "log/LogInsights.h"
#include "log/LogSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times LogInsights over a delivery log."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The log file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repeats (default 5)."),
                                          QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({dbOption, repeatOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "--db PATH is needed\n");
        return 2;
    }
    QString error;
    QSqlDatabase db
        = LogSchema::openConnection(QStringLiteral("bench"), parser.value(dbOption), true, &error);
    if (!db.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTextStream out(stdout);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*), MAX(created_at), (SELECT profile FROM attempts "
                          "GROUP BY profile ORDER BY COUNT(*) DESC LIMIT 1) FROM attempts"));
    q.next();
    const qint64 rows = q.value(0).toLongLong();
    const QDateTime newest = LogSchema::fromMs(q.value(1).toLongLong());
    out << "attempts: " << rows << "\n";

    LogFilter profile;
    profile.profile = q.value(2).toString();
    LogFilter week;
    week.since = newest.addDays(-7);
    const QList<std::pair<QString, LogFilter>> filters
        = {{QStringLiteral("all"), LogFilter()},
           {QStringLiteral("profile ") + profile.profile, profile},
           {QStringLiteral("last 7 days"), week}};
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const auto time = [&](const QString &name, const std::function<bool()> &run) {
        QList<double> ms;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer t;
            t.start();
            if (!run()) {
                out << name << ": failed: " << error << "\n";
                return;
            }
            ms << t.nsecsElapsed() / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        out << QStringLiteral("%1  %2 ms (%3-%4)\n")
                   .arg(name, -44)
                   .arg(ms[ms.size() / 2], 0, 'f', 1)
                   .arg(ms.first(), 0, 'f', 1)
                   .arg(ms.last(), 0, 'f', 1);
        out.flush();
    };
    for (const auto &[label, filter] : filters) {
        QList<LogInsights::RateBucket> rate;
        LogInsights::Latency latency;
        QList<LogInsights::ErrorCount> errors;
        QList<LogInsights::CountryCount> countries;
        time(label + QStringLiteral(": rate per hour"),
             [&] { return LogInsights::deliveryRate(db, filter, 3600, &rate, &error); });
        time(label + QStringLiteral(": rate per day"),
             [&] { return LogInsights::deliveryRate(db, filter, 86400, &rate, &error); });
        time(label + QStringLiteral(": latency"),
             [&] { return LogInsights::latency(db, filter, 1000, 60, &latency, &error); });
        time(label + QStringLiteral(": failures by error"),
             [&] { return LogInsights::failuresByError(db, filter, 20, &errors, &error); });
        time(label + QStringLiteral(": by country"),
             [&] { return LogInsights::byCountry(db, filter, &countries, &error); });
        out << "  " << rate.size() << " days, " << latency.count << " latencies (p50 "
            << latency.p50Ms << " ms, p95 " << latency.p95Ms << " ms), " << errors.size()
            << " error codes, " << countries.size() << " countries\n";
    }
    return 0;
}
