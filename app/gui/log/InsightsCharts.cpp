#include "InsightsCharts.h"

#include "Tones.h"
#include "twilio/ErrorDictionary.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QValueAxis>

#include <algorithm>

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 Week = 7 * Day;

QString percent(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * part / whole, 'f', 1) + QStringLiteral(" %");
}

// The chart's look from the palette: its window, text and grid, so that it reads on a light and
// on a dark window alike.
void style(QChart *chart, const QPalette &palette)
{
    chart->setTheme(Tones::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.text());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.text());
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets()) {
                const QColor color = set->property("toneColor").value<QColor>();
                set->setColor(color);
                set->setBorderColor(color);
                set->setLabelColor(palette.color(QPalette::Text));
            }
}

// The set's colour is kept aside too: the chart's theme recolours its series, and style()
// paints them back in the palette's tones.
QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setProperty("toneColor", color);
    return set;
}

// Counts: whole numbers only, a tick every 1, 2, 5, 10, 20, 50, ... so that about five show.
QValueAxis *countAxis(int max)
{
    max = std::max(1, max);
    qint64 step = 1;
    for (qint64 magnitude = 1; step * 5 < max; magnitude *= 10)
        for (qint64 m : {1, 2, 5})
            if (step * 5 < max)
                step = m * magnitude;
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setRange(0, double((max + step - 1) / step * step));
    axis->setMinorTickCount(0);
    return axis;
}

} // namespace

qint64 InsightsCharts::automaticBucket(const LogInsights::Report &report, const QDateTime &since,
                                       const QDateTime &until)
{
    qint64 spanSeconds = 0;
    if (since.isValid() && until.isValid())
        spanSeconds = since.secsTo(until);
    else if (!report.hourly.isEmpty())
        spanSeconds = report.hourly.first().start.secsTo(report.hourly.last().start) + Hour;
    if (spanSeconds <= 2 * Day)
        return Hour;
    if (spanSeconds <= 92 * Day)
        return Day;
    return Week;
}

InsightsCharts::Data InsightsCharts::prepare(const LogInsights::Report &report,
                                             const QDateTime &since, const QDateTime &until,
                                             qint64 bucketSeconds)
{
    Data data;
    data.report = report;
    data.bucketSeconds = bucketSeconds > 0 ? bucketSeconds : automaticBucket(report, since, until);
    data.buckets = data.bucketSeconds == Hour
        ? report.hourly
        : LogInsights::regroup(report.hourly, data.bucketSeconds);
    if (data.buckets.size() > MaxBuckets) {
        data.bucketsLeftOut = int(data.buckets.size()) - MaxBuckets;
        data.buckets = data.buckets.mid(data.bucketsLeftOut);
    }
    const QList<int> &histogram = report.latency.histogram;
    int last = -1;
    for (int i = 0; i < histogram.size(); ++i)
        if (histogram[i] > 0)
            last = i;
    data.latencyBuckets
        = last < 0 ? 0 : std::min<int>(int(histogram.size()), std::max(last + 1, 5));
    return data;
}

QString InsightsCharts::bucketLabel(const QDateTime &startUtc, qint64 bucketSeconds)
{
    // Hours in shown time; days and weeks are UTC days (as the log groups them), named by
    // their UTC date so that a day is never shown under the date before it.
    const QDateTime shown = bucketSeconds < Day ? startUtc.toLocalTime() : startUtc.toUTC();
    if (bucketSeconds < Day)
        //: an hour's bar of the delivery rate: its day and hour, e.g. "1 Nov 14:00"
        return tr("%1 %2").arg(shown.toString(QStringLiteral("d MMM")),
                               shown.toString(QStringLiteral("HH:mm")));
    if (bucketSeconds < Week)
        return shown.toString(QStringLiteral("ddd d MMM"));
    //: a week's bar of the delivery rate, from its first day
    return tr("week of %1").arg(shown.toString(QStringLiteral("d MMM yyyy")));
}

QString InsightsCharts::milliseconds(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString InsightsCharts::latencyLabel(const Data &data, int bucket)
{
    const qint64 width = data.report.latency.bucketMs;
    const int seconds = int(bucket * width / 1000);
    if (bucket == data.report.latency.histogram.size() - 1)
        //: the latency histogram's last bar: this many seconds or more
        return tr("%1 s+").arg(seconds);
    //: a bar of the latency histogram: from %1 to %2 seconds
    return tr("%1–%2 s").arg(seconds).arg(int((bucket + 1) * width / 1000));
}

QString InsightsCharts::errorLabel(int code)
{
    if (code == 0)
        return tr("no error code");
    const ErrorExplanation e = ErrorDictionary::lookup(code);
    if (e.isEmpty())
        return QString::number(code);
    QString text = ErrorExplanation::brief(e.message, 30);
    if (text.size() > 30)
        text = text.left(29) + QStringLiteral("…");
    return QStringLiteral("%1 %2").arg(code).arg(text);
}

QString InsightsCharts::countryLabel(const LogInsights::CountryCount &country)
{
    if (country.callingCode == 0)
        return tr("unknown");
    return QStringLiteral("%1 +%2").arg(country.region).arg(country.callingCode);
}

QString InsightsCharts::title(Chart chart, const Data &data)
{
    switch (chart) {
    case Countries:
        if (data.report.countries.size() > MaxCountryBars)
            return tr("Sends and failures by country (the %n with the most sends)", nullptr,
                      MaxCountryBars);
        return tr("Sends and failures by country");
    case Rate: {
        QString t = data.bucketSeconds < Day ? tr("Delivery per hour")
            : data.bucketSeconds < Week      ? tr("Delivery per day (UTC)")
                                             : tr("Delivery per week (UTC)");
        if (data.bucketsLeftOut > 0)
            t += QLatin1Char(' ') + tr("(the newest %n)", nullptr, int(data.buckets.size()));
        return t;
    }
    case Latency: {
        const LogInsights::Latency &l = data.report.latency;
        if (l.count == 0)
            return tr("Queued → delivered latency");
        //: %1 the median latency, %2 the 95th percentile
        return tr("Queued → delivered latency: p50 %1, p95 %2")
            .arg(milliseconds(l.p50Ms), milliseconds(l.p95Ms));
    }
    case Errors:
        if (data.report.errors.size() > MaxErrorBars)
            return tr("Failures by error code (the %n most frequent)", nullptr, MaxErrorBars);
        return tr("Failures by error code");
    case ChartCount:
        break;
    }
    return {};
}

int InsightsCharts::attempts(const Data &data)
{
    int total = 0;
    for (const LogInsights::RateBucket &b : data.report.hourly)
        total += b.total();
    return total;
}

bool InsightsCharts::narrowed(const LogFilter &filter)
{
    LogFilter others = filter;
    others.profile.clear();
    return !others.isEmpty();
}

QString InsightsCharts::emptyText(Chart chart, const Data &data, const LogFilter &filter,
                                  bool logEmpty)
{
    const int total = attempts(data);
    if (total == 0) {
        if (logEmpty)
            return tr("The delivery log is empty: nothing has been sent yet. Send a test "
                      "message from the Run page, or import Twilio's message log with “Sync "
                      "from Twilio…”.");
        if (narrowed(filter)) {
            if (!filter.profile.isEmpty())
                //: %1 the profile, which "Clear filters" keeps
                return tr("No attempts match the filters. Clear filters to see every attempt "
                          "of the profile “%1”.")
                    .arg(filter.profile);
            return tr("No attempts match the filters. Clear filters to see the whole log.");
        }
        if (!filter.profile.isEmpty())
            return tr("The profile “%1” has no attempts yet. Send a test message from the Run "
                      "page, or choose “All profiles” to see the other profiles' attempts.")
                .arg(filter.profile);
        return tr("No attempts to chart. Send a test message from the Run page, or import "
                  "Twilio's message log with “Sync from Twilio…”.");
    }
    if (rows(chart, data) > 0)
        return {};
    switch (chart) {
    case Latency: {
        const bool deliveredShown
            = filter.outcomes.isEmpty() || filter.outcomes.contains(Attempt::Outcome::Delivered);
        if (!deliveredShown)
            return tr("The outcome filter leaves out delivered attempts, so there is no latency "
                      "to chart. Choose “All outcomes” or “Delivered” to see it.");
        //: %n the attempts the filters select
        return tr("No latency to chart: no delivered attempt among the %n shown has its queued "
                  "and delivered times recorded. It shows once a message's delivery receipt is "
                  "in; widen the filters to include delivered attempts.",
                  nullptr, total);
    }
    case Errors:
        return tr("No failures among the %n attempt(s) shown: nothing to fix here.", nullptr,
                  total);
    case Rate:
    case Countries:
    case ChartCount:
        break;
    }
    return tr("Nothing to chart for the %n attempt(s) shown.", nullptr, total);
}

int InsightsCharts::rows(Chart chart, const Data &data)
{
    switch (chart) {
    case Rate:
        return int(data.buckets.size());
    case Latency:
        return data.latencyBuckets;
    case Errors:
        return int(data.report.errors.size());
    case Countries:
        return int(data.report.countries.size());
    case ChartCount:
        break;
    }
    return 0;
}

QString InsightsCharts::summary(Chart chart, const Data &data)
{
    if (attempts(data) == 0)
        return tr("No attempts match the filters.");
    if (rows(chart, data) == 0) {
        if (chart == Latency)
            return tr("None of the %n attempt(s) shown has a delivery latency.", nullptr,
                      attempts(data));
        if (chart == Errors)
            return tr("No failures among the %n attempt(s) shown.", nullptr, attempts(data));
        return tr("Nothing to chart for the %n attempt(s) shown.", nullptr, attempts(data));
    }
    switch (chart) {
    case Rate: {
        LogInsights::RateBucket sum;
        for (const LogInsights::RateBucket &b : data.buckets) {
            sum.delivered += b.delivered;
            sum.undelivered += b.undelivered;
            sum.failed += b.failed;
            sum.notSent += b.notSent;
            sum.pending += b.pending;
        }
        //: %1 buckets (hours, days), %2..%6 counts
        return tr("%n attempt(s) in %1 bars: %2 delivered, %3 undelivered, %4 failed, %5 not "
                  "sent, %6 pending.",
                  nullptr, sum.total())
            .arg(data.buckets.size())
            .arg(sum.delivered)
            .arg(sum.undelivered)
            .arg(sum.failed)
            .arg(sum.notSent)
            .arg(sum.pending);
    }
    case Latency:
        return tr("%n delivered attempt(s) with a latency; median %1, 95th percentile %2.", nullptr,
                  data.report.latency.count)
            .arg(milliseconds(data.report.latency.p50Ms), milliseconds(data.report.latency.p95Ms));
    case Errors: {
        const LogInsights::ErrorCount &top = data.report.errors.constFirst();
        return tr("%n error code(s); the most frequent is %1 with %2 failures.", nullptr,
                  int(data.report.errors.size()))
            .arg(errorLabel(top.code))
            .arg(top.count);
    }
    case Countries: {
        const LogInsights::CountryCount &top = data.report.countries.constFirst();
        return tr("%n country calling code(s); the most sends go to %1: %2 sends, %3 failed.",
                  nullptr, int(data.report.countries.size()))
            .arg(countryLabel(top))
            .arg(top.sends)
            .arg(percent(top.failures, top.sends));
    }
    case ChartCount:
        break;
    }
    return {};
}

QChart *InsightsCharts::chart(Chart which, const Data &data, const QPalette &palette,
                              const std::function<void(int row)> &clicked)
{
    auto *chart = new QChart;
    chart->setTitle(title(which, data));
    const int n = rows(which, data);
    auto *categories = new QBarCategoryAxis;
    int max = 0;
    const auto connectClicks = [&](QBarSet *set) {
        QObject::connect(set, &QBarSet::clicked, chart, [clicked](int index) { clicked(index); });
    };
    switch (which) {
    case Rate: {
        auto *series = new QStackedBarSeries;
        QBarSet *sets[] = {
            barSet(tr("Delivered"), Tones::color(Tone::Good, palette)),
            barSet(tr("Undelivered"), Tones::color(Tone::Caution, palette)),
            barSet(tr("Failed"), Tones::color(Tone::Bad, palette)),
            barSet(tr("Rejected or not sent"), Tones::color(Tone::Idle, palette)),
            barSet(tr("Pending"), Tones::color(Tone::Busy, palette)),
        };
        QStringList labels;
        for (const LogInsights::RateBucket &b : data.buckets) {
            sets[0]->append(b.delivered);
            sets[1]->append(b.undelivered);
            sets[2]->append(b.failed);
            sets[3]->append(b.notSent);
            sets[4]->append(b.pending);
            max = std::max(max, b.total());
            labels << bucketLabel(b.start, data.bucketSeconds);
        }
        for (QBarSet *set : sets) {
            connectClicks(set);
            series->append(set);
        }
        series->setBarWidth(0.9);
        categories->append(labels);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(countAxis(max), Qt::AlignLeft);
        break;
    }
    case Latency: {
        auto *series = new QBarSeries;
        QBarSet *set = barSet(tr("Delivered attempts"), palette.color(QPalette::Highlight));
        for (int i = 0; i < n; ++i) {
            const int count = data.report.latency.histogram.at(i);
            set->append(count);
            max = std::max(max, count);
            categories->append(latencyLabel(data, i));
        }
        connectClicks(set);
        series->append(set);
        series->setBarWidth(0.9);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(countAxis(max), Qt::AlignLeft);
        chart->legend()->hide();
        break;
    }
    case Errors: {
        // Horizontal, the most frequent on top: bar i from the bottom is row n - 1 - i.
        auto *series = new QHorizontalBarSeries;
        QBarSet *set = barSet(tr("Failures"), Tones::color(Tone::Bad, palette));
        const int bars = std::min(n, MaxErrorBars);
        for (int i = bars - 1; i >= 0; --i) {
            const LogInsights::ErrorCount &e = data.report.errors.at(i);
            set->append(e.count);
            max = std::max(max, e.count);
            // The code alone fits beside the bar; Twilio's explanation is in its tooltip and
            // in the table.
            categories->append(e.code ? QString::number(e.code) : tr("no code"));
        }
        QObject::connect(set, &QBarSet::clicked, chart,
                         [clicked, bars](int index) { clicked(bars - 1 - index); });
        series->append(set);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(countAxis(max), Qt::AlignBottom);
        chart->legend()->hide();
        break;
    }
    case Countries: {
        auto *series = new QBarSeries;
        QBarSet *sends = barSet(tr("Sends"), palette.color(QPalette::Highlight));
        QBarSet *failures = barSet(tr("Failures"), Tones::color(Tone::Bad, palette));
        // The countries with the most sends (the table lists them all; bar i is its row i).
        for (int i = 0; i < std::min(n, MaxCountryBars); ++i) {
            const LogInsights::CountryCount &c = data.report.countries.at(i);
            sends->append(c.sends);
            failures->append(c.failures);
            max = std::max(max, c.sends);
            categories->append(countryLabel(c));
        }
        connectClicks(sends);
        connectClicks(failures);
        series->append(sends);
        series->append(failures);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(countAxis(max), Qt::AlignLeft);
        break;
    }
    case ChartCount:
        break;
    }
    for (QAbstractSeries *series : chart->series())
        for (QAbstractAxis *axis : chart->axes())
            series->attachAxis(axis);
    if (which == Rate && categories->count() > MaxLabelledBuckets) {
        // Too many bars to name each: the span in the title, each bar's time in its tooltip.
        categories->setLabelsVisible(false);
        //: the delivery chart's title, then its first and last bar: "...: 1 Dec – 28 Feb"
        chart->setTitle(tr("%1: %2 – %3")
                            .arg(chart->title(),
                                 bucketLabel(data.buckets.constFirst().start, data.bucketSeconds),
                                 bucketLabel(data.buckets.constLast().start, data.bucketSeconds)));
    } else if (categories->count() > 8 && which != Errors) {
        categories->setLabelsAngle(-90);
    }
    style(chart, palette);
    // Sets none of the bars has stay out of the legend, so that the others fit.
    for (QLegendMarker *marker : chart->legend()->markers())
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
            if (bar->barset()->sum() == 0)
                marker->setVisible(false);
    return chart;
}

QStandardItemModel *InsightsCharts::table(Chart which, const Data &data, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    const auto number = [](qint64 value) {
        auto *item = new QStandardItem(QLocale().toString(value));
        item->setData(value, Qt::UserRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    const auto text = [](const QString &value) { return new QStandardItem(value); };
    switch (which) {
    case Rate:
        model->setHorizontalHeaderLabels({data.bucketSeconds < Day        ? tr("Hour")
                                              : data.bucketSeconds < Week ? tr("Day (UTC)")
                                                                          : tr("Week (UTC)"),
                                          tr("Delivered"), tr("Undelivered"), tr("Failed"),
                                          tr("Rejected or not sent"), tr("Pending"),
                                          tr("Delivered rate")});
        for (const LogInsights::RateBucket &b : data.buckets)
            model->appendRow({text(bucketLabel(b.start, data.bucketSeconds)), number(b.delivered),
                              number(b.undelivered), number(b.failed), number(b.notSent),
                              number(b.pending), text(percent(b.delivered, b.total()))});
        break;
    case Latency:
        model->setHorizontalHeaderLabels({tr("Latency"), tr("Delivered attempts")});
        for (int i = 0; i < data.latencyBuckets; ++i)
            model->appendRow(
                {text(latencyLabel(data, i)), number(data.report.latency.histogram.at(i))});
        break;
    case Errors:
        model->setHorizontalHeaderLabels({tr("Error"), tr("Failures"), tr("What it means")});
        for (const LogInsights::ErrorCount &e : data.report.errors) {
            const ErrorExplanation explanation = ErrorDictionary::lookup(e.code);
            auto *code = text(e.code ? QString::number(e.code) : tr("none"));
            code->setData(e.code, Qt::UserRole);
            model->appendRow({code, number(e.count),
                              text(e.code ? ErrorExplanation::brief(explanation.message)
                                          : tr("Twilio gave no error code"))});
        }
        break;
    case Countries:
        model->setHorizontalHeaderLabels(
            {tr("Country"), tr("Sends"), tr("Failures"), tr("Failure rate")});
        for (const LogInsights::CountryCount &c : data.report.countries)
            model->appendRow({text(countryLabel(c)), number(c.sends), number(c.failures),
                              text(percent(c.failures, c.sends))});
        break;
    case ChartCount:
        break;
    }
    return model;
}

InsightsDrill InsightsCharts::drill(Chart which, const Data &data, int row)
{
    InsightsDrill drill;
    if (row < 0 || row >= rows(which, data))
        return drill;
    switch (which) {
    case Rate:
        drill.kind = InsightsDrill::Kind::TimeRange;
        drill.since = data.buckets.at(row).start;
        drill.until = drill.since.addSecs(data.bucketSeconds);
        break;
    case Latency: {
        drill.kind = InsightsDrill::Kind::Latency;
        const qint64 width = data.report.latency.bucketMs;
        drill.latencyFromMs = row * width;
        drill.latencyToMs
            = row == data.report.latency.histogram.size() - 1 ? -1 : (row + 1) * width;
        break;
    }
    case Errors:
        drill.kind = InsightsDrill::Kind::ErrorCode;
        drill.errorCode = data.report.errors.at(row).code;
        break;
    case Countries: {
        drill.kind = InsightsDrill::Kind::Country;
        const int code = data.report.countries.at(row).callingCode;
        if (code != 0)
            drill.prefix = QStringLiteral("+%1").arg(code);
        break;
    }
    case ChartCount:
        break;
    }
    return drill;
}
