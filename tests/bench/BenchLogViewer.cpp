// bench-log-viewer: fills a delivery log with N realistic attempts through the real schema, then
// opens the real log page on it and prints how long the viewer takes to show rows, to answer
// each filter and a free-text search, to scroll, and how much memory it holds.

#include "log/DeliveryLog.h"
#include "log/DeliveryLogModel.h"
#include "log/InsightsView.h"
#include "log/LogInsights.h"
#include "log/LogPage.h"
#include "log/LogRowWindow.h"
#include "log/LogSchema.h"
#include "log/LogWriter.h"
#include "profile/ProfileStore.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const char *const HelpText = R"(
Fills a delivery log with N attempts (default 1,000,000: a realistic mix of outcomes, profiles,
APIs, sources, countries, error codes and bodies in several languages, spread over 90 days)
through the real schema (DeliveryLog creates it; rows go in through the console's own writer,
LogWriter, 100,000 a transaction, so the dictionaries, the trigram indexes and every index are
built as in use; ANALYZE and PRAGMA optimize after), then measures the real log page in a
fresh process (so that the memory figure is the viewer's, not the generator's):

  open     page created and shown until the first rows are painted, until the count shows,
           and until every matching id is known (the whole list scrolls)
  filters  each filter and a free-text search, from the change to the first rows painted, to
           the count shown, and to every matching id known
  sort     a click on an indexed column, to the first rows painted
  scroll   jump to the middle and to the end, then Page Down steps and random scroll bar
           positions: from the move until the visible rows are loaded and painted
  insights the page's Insights view: each LogInsights aggregate in SQL (rate per hour, latency
           with p50/p95, failures by error code, by country) for the whole log, one profile,
           the last 7 days and one error code; and the view end to end, from a refresh to the
           four charts drawn (the aggregates on the worker thread, the charts built and painted)
  memory   peak resident memory (VmHWM in /proc/self/status) of the measuring process, in all and
           during each part (open, filters, sorts, scrolling, insights)

Each figure is repeated (--repeat) and printed as the median with the min-max range.

Run it from a build directory (offscreen needs no display):
  QT_QPA_PLATFORM=offscreen ./tests/bench/bench-log-viewer
  QT_QPA_PLATFORM=offscreen ./tests/bench/bench-log-viewer --rows 100000 --repeat 7
  ./tests/bench/bench-log-viewer --db /tmp/log-1m.sqlite   # keeps the database for next runs
  ./tests/bench/bench-log-viewer --db /tmp/log-1m.sqlite --insights-only --repeat 3
Generating 1,000,000 rows takes a few minutes (a dozen indexes and the trigram index); with
--db the file is reused when it already holds the asked number of rows.
)";

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 statusKb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The peak resident memory of each part of the run: VmHWM since the last part ended, which then
// starts again from the memory in use (Linux's clear_refs 5 resets the peak).
QList<QPair<QString, double>> &phasePeaks()
{
    static QList<QPair<QString, double>> peaks;
    return peaks;
}

void endPhase(const QString &name)
{
    phasePeaks().append({name, statusKb("VmHWM:") / 1024.0});
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// ---------------------------------------------------------------------------------------------
// The generator.

struct Weighted
{
    const char *value;
    int weight;
};

template<size_t N> const char *pick(QRandomGenerator &rng, const Weighted (&items)[N])
{
    int total = 0;
    for (const Weighted &w : items)
        total += w.weight;
    int r = int(rng.bounded(total));
    for (const Weighted &w : items) {
        if (r < w.weight)
            return w.value;
        r -= w.weight;
    }
    return items[0].value;
}

const Weighted Profiles[] = {{"Production", 50}, {"Staging", 25}, {"EU", 15}, {"Sandbox", 10}};
const Weighted Sources[] = {{"hook", 60}, {"cli", 15}, {"form", 10}, {"twilio", 15}};
const Weighted Outcomes[]
    = {{"delivered", 780}, {"sent", 60},    {"failed", 80},   {"rejected", 30},
       {"pending", 20},    {"unknown", 10}, {"cancelled", 20}};
const int FailedCodes[] = {30003, 30005, 30006, 30007, 30008, 30034};
const int RejectedCodes[] = {21211, 21408, 21610, 21614, 21608, 21612};
const char *const Prefixes[]
    = {"+1415555", "+1212555", "+447700900", "+336123", "+4915112", "+9198100", "+5511987"};
struct Template
{
    const char *text;
    const char *encoding;
};
const Template Bodies[] = {
    {"Your %1 verification code is %2", "GSM-7"},
    {"%2 is your %1 code. Don't share it with anyone.", "GSM-7"},
    {"Votre code de vérification %1 est %2", "GSM-7"},
    {"Ihr %1 Bestätigungscode lautet %2", "GSM-7"},
    {"Ваш код подтверждения %1: %2", "UCS-2"},
    {"您的 %1 验证码是 %2", "UCS-2"},
    {"Seu código de verificação %1 é %2", "UCS-2"},
    {"Your %1 code is %2. If you did not ask for it, someone may be trying to sign in to your "
     "account: change your password and contact support. Never share this code, not even with "
     "our staff.",
     "GSM-7"},
};
const char *const Apps[] = {"Acme", "My App", "Northwind", "Contoso"};

bool generate(const QString &path, int rows, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    {
        // The real schema, as the console creates it.
        DeliveryLog log(path);
        bool done = false;
        bool ok = false;
        QObject::connect(&log, &DeliveryLog::opened, [&](bool success, const QString &message) {
            done = true;
            ok = success;
            *error = message;
        });
        log.open();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!ok)
            return false;
    }
    const QString name = QStringLiteral("bench-generator");
    {
        QSqlDatabase db = LogSchema::openConnection(name, path, false, error);
        if (!db.isOpen())
            return false;
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        // The console's own writer: the coded tables and their dictionaries, as in use.
        LogWriter writer(db);
        QRandomGenerator rng(20250301);
        const qint64 end = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 start = end - 90 * DayMs;
        const qint64 step = (end - start) / std::max(rows, 1);
        // Large transactions, as a sync writes a page: one commit per 100,000 rows.
        constexpr int Batch = 100000;
        db.transaction();
        for (int i = 1; i <= rows; ++i) {
            const qint64 created
                = start + step * i + qint64(rng.bounded(int(std::max<qint64>(step, 1))));
            const QString outcome = QLatin1String(pick(rng, Outcomes));
            const bool verify = rng.bounded(100) < 15;
            const QString source = QLatin1String(pick(rng, Sources));
            const QString to = QLatin1String(Prefixes[rng.bounded(int(std::size(Prefixes)))])
                + QString::number(rng.bounded(1000, 10000));
            const QString code
                = QStringLiteral("%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'));
            const Template &t = Bodies[rng.bounded(int(std::size(Bodies)))];
            const QString body = verify
                ? QString()
                : QString::fromUtf8(t.text).arg(
                    QLatin1String(Apps[rng.bounded(int(std::size(Apps)))]), code);
            const QString encoding = verify ? QString() : QLatin1String(t.encoding);
            const int perSegment = encoding == QLatin1String("UCS-2") ? 67 : 153;
            const int segments = verify ? 0
                : body.size() <= (perSegment == 67 ? 70 : 160)
                ? 1
                : int((body.size() + perSegment - 1) / perSegment);
            int errorCode = 0;
            QString status;
            QString errorMessage;
            if (outcome == QLatin1String("delivered")) {
                status = verify ? QStringLiteral("approved") : QStringLiteral("delivered");
            } else if (outcome == QLatin1String("sent")) {
                status = QStringLiteral("sent");
            } else if (outcome == QLatin1String("failed")) {
                errorCode = FailedCodes[rng.bounded(int(std::size(FailedCodes)))];
                status = rng.bounded(2) ? QStringLiteral("undelivered") : QStringLiteral("failed");
                errorMessage = QStringLiteral("Delivery failed (%1)").arg(errorCode);
            } else if (outcome == QLatin1String("rejected")) {
                errorCode = RejectedCodes[rng.bounded(int(std::size(RejectedCodes)))];
                errorMessage = QStringLiteral("Request refused (%1)").arg(errorCode);
            } else if (outcome == QLatin1String("pending")) {
                status = QStringLiteral("queued");
            } else if (outcome == QLatin1String("cancelled")) {
                status = QStringLiteral("canceled");
            }
            const bool hasSid = !status.isEmpty();
            const QString sid = hasSid
                ? QStringLiteral("%1%2")
                      .arg(verify ? QStringLiteral("VE") : QStringLiteral("SM"))
                      .arg(quint64(i) * 2654435761ULL, 32, 16, QLatin1Char('0'))
                : QString();
            const bool priced = hasSid && !verify
                && (outcome == QLatin1String("delivered") || outcome == QLatin1String("sent")
                    || status == QLatin1String("undelivered"));
            Attempt a;
            a.createdAt = LogSchema::fromMs(created);
            a.updatedAt = LogSchema::fromMs(created + 3000);
            a.profile = QLatin1String(pick(rng, Profiles));
            a.api = verify ? Attempt::Api::Verify : Attempt::Api::Messages;
            a.source = Attempt::sourceFromName(source).value_or(Attempt::Source::Form);
            a.to = to;
            a.from = verify ? QStringLiteral("VA5a2db0c00000000000000000000c0de1")
                            : QStringLiteral("+15005550006");
            a.body = body;
            a.encoding = encoding;
            a.segments = segments;
            a.sid = sid;
            a.status = status;
            a.outcome = Attempt::outcomeFromName(outcome).value_or(Attempt::Outcome::Unknown);
            a.errorCode = errorCode;
            a.errorMessage = errorMessage;
            if (priced) {
                a.price = QStringLiteral("-%1").arg(0.0079 * segments, 0, 'f', 5);
                a.priceUnit = QStringLiteral("USD");
            }
            QStringList timeline;
            if (hasSid) {
                timeline << (verify ? QStringLiteral("pending") : QStringLiteral("queued"));
                if (status != QLatin1String("queued") && status != QLatin1String("failed")
                    && status != QLatin1String("canceled") && !verify)
                    timeline << QStringLiteral("sent");
                if (status != timeline.constLast())
                    timeline << status;
            }
            for (int k = 0; k < timeline.size(); ++k) {
                const bool last = k == timeline.size() - 1;
                StatusTransition change;
                change.at = LogSchema::fromMs(created + 1000 * k);
                change.status = timeline.at(k);
                change.errorCode = last ? errorCode : 0;
                change.errorMessage = last ? errorMessage : QString();
                a.timeline << change;
            }
            qint64 id = 0;
            if (!writer.insertAttempt(a, &id, error))
                return false;
            if (i % Batch == 0) {
                if (!writer.indexPending(error))
                    return false;
                db.commit();
                db.transaction();
                if (i % (Batch * 2) == 0) {
                    out() << QStringLiteral("  %1 rows, %2 s\n")
                                 .arg(i)
                                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
                    out().flush();
                }
            }
        }
        if (!writer.indexPending(error))
            return false;
        db.commit();
        pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        pragma.exec(QStringLiteral("ANALYZE"));
        pragma.exec(QStringLiteral("PRAGMA optimize"));
    }
    QSqlDatabase::removeDatabase(name);
    out() << QStringLiteral("Generated %1 rows in %2 s (%3 MB on disk)\n")
                 .arg(rows)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0);
    return true;
}

int countRows(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    QString error;
    int rows = -1;
    {
        QSqlDatabase db
            = LogSchema::openConnection(QStringLiteral("bench-count"), path, true, &error);
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(QStringLiteral("SELECT count(*) FROM attempts")) && q.next())
            rows = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-count"));
    return rows;
}

// ---------------------------------------------------------------------------------------------
// The measurements.

struct Series
{
    QString name;
    QList<double> ms;
};

QList<Series> results;

void record(const QString &name, double ms)
{
    for (Series &s : results) {
        if (s.name == name) {
            s.ms.append(ms);
            return;
        }
    }
    results.append({name, {ms}});
}

void printResults()
{
    out() << QStringLiteral("\n%1 %2 %3 %4\n")
                 .arg(QStringLiteral("figure"), -44)
                 .arg(QStringLiteral("median"), 10)
                 .arg(QStringLiteral("min-max"), 20)
                 .arg(QStringLiteral("n"), 4);
    for (Series s : std::as_const(results)) {
        std::sort(s.ms.begin(), s.ms.end());
        const qsizetype n = s.ms.size();
        const double median = n % 2 ? s.ms.at(n / 2) : (s.ms.at(n / 2 - 1) + s.ms.at(n / 2)) / 2;
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(s.name, -44)
                     .arg(QStringLiteral("%1 ms").arg(median, 0, 'f', 1), 10)
                     .arg(QStringLiteral("%1-%2 ms")
                              .arg(s.ms.constFirst(), 0, 'f', 1)
                              .arg(s.ms.constLast(), 0, 'f', 1),
                          20)
                     .arg(n, 4);
    }
}

// Runs the event loop until done() holds, without the fixed sleeps of QTest::qWaitFor.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(5); // so that a deadline passes even with no event
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

struct Viewer
{
    LogPage *page;
    DeliveryLogModel *model;
    QTableView *table;

    // Rows in view are loaded, then one synchronous paint: what the user sees.
    bool visibleLoaded() const
    {
        // The view's rows are a window of the model's (LogRowWindow).
        const int first = table->rowAt(0);
        if (first < 0)
            return model->rowCount() == 0 || !model->isBusy();
        int last = table->rowAt(table->viewport()->height() - 1);
        if (last < 0)
            last = table->model()->rowCount() - 1;
        const LogRowScroller *rows = page->rowScroller();
        for (int row = first; row <= last; ++row)
            if (!model->isLoaded(rows->sourceRow(table->model()->index(row, 0))))
                return false;
        return true;
    }
    double untilPainted(QElapsedTimer &timer) const
    {
        table->viewport()->repaint(); // asks for the visible pages
        waitFor([this] { return visibleLoaded(); });
        table->viewport()->repaint();
        return timer.nsecsElapsed() / 1e6;
    }
};

// The Insights view: each aggregate in SQL over a read-only connection of the bench's own, then
// the view end to end (refresh -> the worker's answer -> four charts built and painted).
void measureInsights(const QString &path, LogPage *page, int repeat)
{
    QString error;
    const QString connection = QStringLiteral("bench-insights");
    {
        QSqlDatabase db = LogSchema::openConnection(connection, path, true, &error);
        QSqlQuery newest(db);
        newest.exec(QStringLiteral("SELECT MAX(created_at) FROM attempts"));
        newest.next();
        LogFilter profile;
        profile.profile = QStringLiteral("Staging");
        LogFilter week;
        week.since = LogSchema::fromMs(newest.value(0).toLongLong()).addDays(-7);
        LogFilter code;
        code.errorCode = 30007;
        const QList<std::pair<QString, LogFilter>> filters
            = {{QStringLiteral("all"), LogFilter()},
               {QStringLiteral("Staging"), profile},
               {QStringLiteral("last 7 days"), week},
               {QStringLiteral("error 30007"), code}};
        for (int i = 0; i < repeat; ++i) {
            for (const auto &[name, filter] : filters) {
                QList<LogInsights::RateBucket> rate;
                LogInsights::Latency latency;
                QList<LogInsights::ErrorCount> errors;
                QList<LogInsights::CountryCount> countries;
                const auto time = [&](const QString &what, const std::function<bool()> &run) {
                    QElapsedTimer t;
                    t.start();
                    if (!run())
                        out() << QStringLiteral("%1 failed: %2\n").arg(what, error);
                    record(QStringLiteral("insights SQL: %1: %2").arg(name, what),
                           t.nsecsElapsed() / 1e6);
                };
                time(QStringLiteral("rate per hour"),
                     [&] { return LogInsights::deliveryRate(db, filter, 3600, &rate, &error); });
                time(QStringLiteral("latency p50/p95"), [&] {
                    return LogInsights::latency(db, filter, LogInsights::ReportLatencyBucketMs,
                                                LogInsights::ReportLatencyBuckets, &latency,
                                                &error);
                });
                time(QStringLiteral("by error code"), [&] {
                    return LogInsights::failuresByError(db, filter, LogInsights::ReportErrorCodes,
                                                        &errors, &error);
                });
                time(QStringLiteral("by country"),
                     [&] { return LogInsights::byCountry(db, filter, &countries, &error); });
                if (i == 0)
                    out() << QStringLiteral("  %1: %2 hours, %3 latencies (p50 %4 ms, p95 %5 ms), "
                                            "%6 error codes, %7 countries\n")
                                 .arg(name)
                                 .arg(rate.size())
                                 .arg(latency.count)
                                 .arg(latency.p50Ms)
                                 .arg(latency.p95Ms)
                                 .arg(errors.size())
                                 .arg(countries.size());
            }
        }
        out().flush();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto *profile = page->findChild<QComboBox *>(QStringLiteral("logProfileComboBox"));
    auto *errorCode = page->findChild<QLineEdit *>(QStringLiteral("logErrorCodeLineEdit"));
    auto *clear = page->findChild<QPushButton *>(QStringLiteral("logClearFiltersPushButton"));
    profile->setCurrentIndex(0); // all profiles
    clear->click();
    page->setInsightsShown(true);
    InsightsView *view = page->insightsView(); // made when first shown
    waitFor([&] { return !view->isBusy(); });
    const QList<std::pair<QString, std::function<void()>>> scenarios
        = {{QStringLiteral("all"), [] {}},
           {QStringLiteral("Staging"),
            [=] { profile->setCurrentIndex(profile->findData(QStringLiteral("Staging"))); }},
           {QStringLiteral("error 30007"), [=] {
                errorCode->setText(QStringLiteral("30007"));
                QTest::keyClick(errorCode, Qt::Key_Return);
            }}};
    const auto drawn = [&] {
        waitFor([&] { return !view->isBusy(); });
        for (QChartView *chart : view->findChildren<QChartView *>())
            chart->viewport()->repaint();
    };
    for (const auto &[name, apply] : scenarios) {
        profile->setCurrentIndex(0);
        errorCode->clear();
        apply();
        drawn();
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            view->refresh();
            drawn();
            record(QStringLiteral("insights view: %1: refresh to charts drawn").arg(name),
                   timer.nsecsElapsed() / 1e6);
        }
    }
    page->setInsightsShown(false);
    profile->setCurrentIndex(0);
    errorCode->clear();
    clear->click();
}

int measure(const QString &path, int repeat, const QString &screenshot, bool insightsOnly)
{
    QTemporaryDir settingsDir;
    ProfileStore profiles(settingsDir.filePath(QStringLiteral("bench.conf")));
    for (const char *name : {"Production", "Staging", "EU", "Sandbox"}) {
        Profile p;
        p.name = QLatin1String(name);
        profiles.save(p);
    }
    DeliveryLog log(path);
    QElapsedTimer timer;
    timer.start();
    bool opened = false;
    QObject::connect(&log, &DeliveryLog::opened, [&](bool, const QString &) { opened = true; });
    log.open();
    waitFor([&] { return opened; });
    record(QStringLiteral("log open (schema check)"), timer.nsecsElapsed() / 1e6);
    const int rows = countRows(path);
    out() << QStringLiteral("Measuring the log page on %1 attempts, %2 repeats\n")
                 .arg(rows)
                 .arg(repeat);
    out().flush();

    // Open: page made and shown until the first rows are painted, then until every id is known.
    for (int i = 0; i < (insightsOnly ? 0 : repeat); ++i) {
        timer.restart();
        auto *page = new LogPage(&log, &profiles);
        page->resize(1280, 800);
        record(QStringLiteral("open: page made"), timer.nsecsElapsed() / 1e6);
        page->show();
        record(QStringLiteral("open: page shown"), timer.nsecsElapsed() / 1e6);
        Viewer v {page, page->model(),
                  page->findChild<QTableView *>(QStringLiteral("logTableView"))};
        waitFor([&] { return v.model->rowCount() > 0; });
        record(QStringLiteral("open: first rows in the model"), timer.nsecsElapsed() / 1e6);
        record(QStringLiteral("open: first rows painted"), v.untilPainted(timer));
        waitFor([&] { return v.model->matchCount() >= 0; });
        record(QStringLiteral("open: count shown"), timer.nsecsElapsed() / 1e6);
        waitFor([&] { return !v.model->isBusy(); });
        record(QStringLiteral("open: all ids known"), timer.nsecsElapsed() / 1e6);
        delete page;
    }
    endPhase(QStringLiteral("open"));

    auto *page = new LogPage(&log, &profiles);
    page->resize(1280, 800);
    page->show();
    Viewer v {page, page->model(), page->findChild<QTableView *>(QStringLiteral("logTableView"))};
    waitFor([&] { return !v.model->isBusy() && v.model->rowCount() > 0; });
    auto *outcome = page->findChild<QComboBox *>(QStringLiteral("logOutcomeComboBox"));
    auto *api = page->findChild<QComboBox *>(QStringLiteral("logApiComboBox"));
    auto *source = page->findChild<QComboBox *>(QStringLiteral("logSourceComboBox"));
    auto *profile = page->findChild<QComboBox *>(QStringLiteral("logProfileComboBox"));
    auto *since = page->findChild<QDateEdit *>(QStringLiteral("logSinceDateEdit"));
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("logSearchLineEdit"));
    auto *recipient = page->findChild<QLineEdit *>(QStringLiteral("logRecipientLineEdit"));
    auto *errorCode = page->findChild<QLineEdit *>(QStringLiteral("logErrorCodeLineEdit"));
    auto *clearFilters
        = page->findChild<QPushButton *>(QStringLiteral("logClearFiltersPushButton"));
    // Every filter off: Clear filters keeps the profile, so the profile goes back to all of them.
    const auto clearAll = [=] {
        clearFilters->click();
        profile->setCurrentIndex(0);
    };

    struct Scenario
    {
        QString name;
        std::function<void()> apply;
    };
    const auto typeAndEnter = [](QLineEdit *edit, const QString &text) {
        return [edit, text] {
            edit->setText(text);
            QTest::keyClick(edit, Qt::Key_Return); // applies at once, without the typing pause
        };
    };
    const QList<Scenario> scenarios = {
        {QStringLiteral("outcome = failed (8%)"),
         [=] { outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed"))); }},
        {QStringLiteral("outcome = delivered (78%)"),
         [=] { outcome->setCurrentIndex(outcome->findData(QStringLiteral("delivered"))); }},
        {QStringLiteral("API = Verify (15%)"),
         [=] { api->setCurrentIndex(api->findData(QStringLiteral("verify"))); }},
        {QStringLiteral("source = CLI (15%)"),
         [=] { source->setCurrentIndex(source->findData(QStringLiteral("cli"))); }},
        {QStringLiteral("profile = Staging (25%)"),
         [=] { profile->setCurrentIndex(profile->findData(QStringLiteral("Staging"))); }},
        {QStringLiteral("date: last 7 days (8%)"), [=] { since->setDate(QDate(2025, 2, 22)); }},
        {QStringLiteral("error code = 30007 (1.3%)"),
         typeAndEnter(errorCode, QStringLiteral("30007"))},
        {QStringLiteral("recipient contains 7700900 (14%)"),
         typeAndEnter(recipient, QStringLiteral("7700900"))},
        {QStringLiteral("recipient contains 4155551234 (rare)"),
         typeAndEnter(recipient, QStringLiteral("4155551234"))},
        {QStringLiteral("search \"Northwind\" (22%)"),
         typeAndEnter(search, QStringLiteral("Northwind"))},
        {QStringLiteral("search \"подтверждения\" (11%)"),
         typeAndEnter(search, QStringLiteral("подтверждения"))},
        {QStringLiteral("search a SID fragment (rare)"),
         typeAndEnter(search, QStringLiteral("0000000009e3779b1"))},
        {QStringLiteral("failed + Staging + search \"code\""),
         [=] {
             outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
             profile->setCurrentIndex(profile->findData(QStringLiteral("Staging")));
             typeAndEnter(search, QStringLiteral("code"))();
         }},
    };
    for (int i = 0; i < (insightsOnly ? 0 : repeat); ++i) {
        for (const Scenario &s : scenarios) {
            clearAll();
            waitFor([&] { return !v.model->isBusy(); });
            bool shown = false;
            QMetaObject::Connection c = QObject::connect(v.model, &DeliveryLogModel::firstRowsShown,
                                                         [&] { shown = true; });
            timer.restart();
            s.apply();
            waitFor([&] { return shown || !v.model->isBusy(); });
            record(QStringLiteral("filter: %1: first rows").arg(s.name), v.untilPainted(timer));
            waitFor([&] { return v.model->matchCount() >= 0 || !v.model->isBusy(); });
            record(QStringLiteral("filter: %1: count").arg(s.name), timer.nsecsElapsed() / 1e6);
            waitFor([&] { return !v.model->isBusy(); });
            record(QStringLiteral("filter: %1: all ids").arg(s.name), timer.nsecsElapsed() / 1e6);
            QObject::disconnect(c);
        }
    }
    clearAll();
    waitFor([&] { return !v.model->isBusy(); });
    endPhase(QStringLiteral("filters"));

    // Sorting by a column, as a header click does.
    for (int i = 0; i < (insightsOnly ? 0 : repeat); ++i) {
        for (const int column : {int(DeliveryLogModel::Profile), int(DeliveryLogModel::Outcome),
                                 int(DeliveryLogModel::Error), int(DeliveryLogModel::To),
                                 int(DeliveryLogModel::Status), int(DeliveryLogModel::From),
                                 int(DeliveryLogModel::Segments), int(DeliveryLogModel::Sid),
                                 int(DeliveryLogModel::Time)}) {
            bool shown = false;
            QMetaObject::Connection c = QObject::connect(v.model, &DeliveryLogModel::firstRowsShown,
                                                         [&] { shown = true; });
            timer.restart();
            v.table->horizontalHeader()->setSortIndicator(
                column,
                column == DeliveryLogModel::Time ? Qt::DescendingOrder : Qt::AscendingOrder);
            waitFor([&] { return shown; });
            const QString name = v.model->headerData(column, Qt::Horizontal).toString();
            record(QStringLiteral("sort by %1: first rows").arg(name), v.untilPainted(timer));
            waitFor([&] { return v.model->matchCount() >= 0; });
            record(QStringLiteral("sort by %1: count").arg(name), timer.nsecsElapsed() / 1e6);
            waitFor([&] { return !v.model->isBusy(); });
            record(QStringLiteral("sort by %1: all ids").arg(name), timer.nsecsElapsed() / 1e6);
            QObject::disconnect(c);
        }
    }

    endPhase(QStringLiteral("sorts"));

    // Scrolling over every row.
    QRandomGenerator rng(7);
    for (int i = 0; i < (insightsOnly ? 0 : repeat); ++i) {
        LogRowScroller *scroller = page->rowScroller();
        scroller->scrollToTop();
        v.untilPainted(timer);
        timer.restart();
        scroller->scrollToSourceRow(v.model->rowCount() / 2);
        record(QStringLiteral("scroll: jump to the middle"), v.untilPainted(timer));
        timer.restart();
        scroller->scrollToBottom();
        record(QStringLiteral("scroll: jump to the end"), v.untilPainted(timer));
        v.table->setFocus();
        v.table->setCurrentIndex(scroller->viewIndex(v.model->rowCount() / 3));
        v.table->scrollTo(v.table->currentIndex());
        v.untilPainted(timer);
        for (int k = 0; k < 20; ++k) {
            timer.restart();
            QTest::keyClick(v.table, Qt::Key_PageDown);
            record(QStringLiteral("scroll: Page Down (frame)"), v.untilPainted(timer));
        }
        for (int k = 0; k < 20; ++k) {
            auto *bar = page->findChild<QScrollBar *>(QStringLiteral("logRowsScrollBar"));
            timer.restart();
            bar->setValue(int(rng.bounded(bar->maximum() + 1)));
            record(QStringLiteral("scroll: scroll bar to a random place"), v.untilPainted(timer));
        }
        for (int k = 0; k < 60; ++k) {
            timer.restart();
            QTest::keyClick(v.table, Qt::Key_Down);
            record(QStringLiteral("scroll: arrow Down (frame)"), v.untilPainted(timer));
        }
    }

    endPhase(QStringLiteral("scrolling"));
    measureInsights(path, page, repeat);
    endPhase(QStringLiteral("insights"));

    if (!screenshot.isEmpty()) {
        clearAll();
        waitFor([&] { return !v.model->isBusy(); });
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
        waitFor([&] { return !v.model->isBusy(); });
        v.table->setFocus();
        v.table->selectRow(2);
        qint64 selected = 0;
        QObject::connect(page, &LogPage::detailsShown, [&](qint64 id) { selected = id; });
        waitFor([&] { return selected != 0 && v.visibleLoaded(); });
        v.untilPainted(timer);
        page->grab().save(screenshot);
        out() << QStringLiteral("Screenshot: %1\n").arg(screenshot);
    }
    delete page;

    printResults();
    endPhase(QStringLiteral("the rest"));
    double peak = 0;
    out() << QStringLiteral("\n");
    for (const auto &[name, mb] : std::as_const(phasePeaks())) {
        out() << QStringLiteral("peak resident memory during %1: %2 MB\n")
                     .arg(name)
                     .arg(mb, 0, 'f', 1);
        peak = std::max(peak, mb);
    }
    out() << QStringLiteral("peak resident memory (VmHWM): %1 MB; now (VmRSS): %2 MB\n")
                 .arg(peak, 0, 'f', 1)
                 .arg(statusKb("VmRSS:") / 1024.0, 0, 'f', 1);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-log-viewer"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(HelpText));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Attempts to generate (default 1000000)."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file to fill or reuse (default: a temporary one, removed after)."),
        QStringLiteral("PATH"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repeats of each figure (default 5)."),
                                          QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the page (failed attempts, one selected) to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-only"),
        QStringLiteral("Measure an existing --db without generating (used internally)."));
    const QCommandLineOption insightsOption(
        QStringLiteral("insights-only"),
        QStringLiteral("Measure only the Insights view and its aggregates."));
    parser.addOptions(
        {rowsOption, dbOption, repeatOption, screenshotOption, measureOption, insightsOption});
    parser.process(app);

    const int rows = parser.value(rowsOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    QTemporaryDir tempDir;
    const QString path = parser.isSet(dbOption)
        ? QFileInfo(parser.value(dbOption)).absoluteFilePath()
        : tempDir.filePath(QStringLiteral("delivery-log.sqlite"));
    const QString screenshot = parser.value(screenshotOption);

    const bool insightsOnly = parser.isSet(insightsOption);
    if (parser.isSet(measureOption))
        return measure(path, repeat, screenshot, insightsOnly);

    if (countRows(path) != rows) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        out() << QStringLiteral("Generating %1 attempts in %2\n").arg(rows).arg(path);
        out().flush();
        QString error;
        if (!generate(path, rows, &error)) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(error));
            return 1;
        }
    } else {
        out() << QStringLiteral("Reusing %1 (%2 attempts)\n").arg(path).arg(rows);
    }
    out().flush();

    // Measure in a fresh process: its peak memory is the viewer's alone.
    QStringList args = {QStringLiteral("--measure-only"), QStringLiteral("--db"), path,
                        QStringLiteral("--repeat"), QString::number(repeat)};
    if (!screenshot.isEmpty())
        args << QStringLiteral("--screenshot") << QFileInfo(screenshot).absoluteFilePath();
    if (insightsOnly)
        args << QStringLiteral("--insights-only");
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForStarted() || !child.waitForFinished(-1))
        return 1;
    return child.exitCode();
}
