#include "GuiTestSupport.h"
#include "Tones.h"
#include "log/DeliveryLog.h"
#include "log/DeliveryLogModel.h"
#include "log/InsightsView.h"
#include "log/LogPage.h"
#include "profile/ProfileStore.h"
#include "run/RunPage.h"
#include "secrets/SecretStore.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

// The Log page's insights over a small log of known attempts: the charts' series and the tables
// of the same numbers, a bar clicked (or a table row activated) narrowing the page's filters to
// it; the page's two fixes (details of a row the filters hide, "Clear filters" keeping the
// profile); and the Run page's "last 24 h" strip.
class TestLogInsightsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chartsAndTablesShowTheFilteredNumbers();
    void barsAndRowsNarrowTheFilters();
    void exportsPngAndSvgAndFollowsThePalette();
    void saysWhyAChartIsEmpty();
    void clearFiltersKeepsTheProfile();
    void detailsOfARowTheFiltersHide();
    void runPageLastDayStrip();

private:
    qint64 add(int minute, const QString &profile, const QString &to, Attempt::Outcome outcome,
               const QString &status, int errorCode, qint64 deliveredAfterMs = -1);
    void showInsights(LogPage &page);
    // The filter given to the page, once the insights show its answer.
    void waitInsights(LogPage &page);
    void waitRows(LogPage &page, int rows);
    static QBarSet *set(QChart *chart, const QString &label);
    static double sum(const QBarSet *set);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeliveryLog> m_log;
    std::unique_ptr<ProfileStore> m_profiles;
    QDateTime m_base; // the first hour of the attempts, UTC
};

namespace {
constexpr int Timeout = 10000;

// The strip's text, whatever the plural of "send" the catalogue gives.
void expectStrip(const QString &text, int sends, const QString &delivered, const QString &median)
{
    QVERIFY2(text.startsWith(QStringLiteral("Last 24 h: %1 send").arg(sends)), qPrintable(text));
    QVERIFY2(text.contains(delivered + QStringLiteral(" delivered")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("median ") + median), qPrintable(text));
}
const QString Prod = QStringLiteral("Prod");
const QString Staging = QStringLiteral("Staging");
} // namespace

qint64 TestLogInsightsGui::add(int minute, const QString &profile, const QString &to,
                               Attempt::Outcome outcome, const QString &status, int errorCode,
                               qint64 deliveredAfterMs)
{
    Attempt a;
    a.createdAt = m_base.addSecs(60 * minute);
    a.updatedAt = a.createdAt;
    a.profile = profile;
    a.to = to;
    a.from = QStringLiteral("+15005550006");
    a.body = QStringLiteral("Your code is 123456");
    a.outcome = outcome;
    a.status = status;
    a.errorCode = errorCode;
    qint64 id = 0;
    m_log->beginAttempt(a, this, [&id](qint64 newId, const QString &) { id = newId; });
    if (!QTest::qWaitFor([&id] { return id != 0; }, Timeout))
        return 0;
    a.id = id;
    a.sid = QStringLiteral("SM%1").arg(id, 32, 10, QLatin1Char('0'));
    a.timeline << StatusTransition {QStringLiteral("queued"), a.createdAt, 0, {}};
    if (deliveredAfterMs >= 0)
        a.timeline << StatusTransition {
            QStringLiteral("delivered"), a.createdAt.addMSecs(deliveredAfterMs), 0, {}};
    else if (!status.isEmpty() && status != QLatin1String("queued"))
        a.timeline << StatusTransition {status, a.createdAt.addSecs(2), errorCode, {}};
    bool done = false;
    m_log->updateAttempt(a, this, [&done](const QString &) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, Timeout))
        return 0;
    return id;
}

void TestLogInsightsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_log = std::make_unique<DeliveryLog>(m_dir->filePath(QStringLiteral("log.sqlite")));
    QSignalSpy opened(m_log.get(), &DeliveryLog::opened);
    m_log->open();
    QVERIFY(opened.wait(Timeout));
    QVERIFY(opened.constFirst().at(0).toBool());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    for (const QString &name : {Prod, Staging}) {
        Profile p;
        p.name = name;
        QVERIFY(m_profiles->save(p));
    }

    // Two hours, three hours ago: every attempt lies within the last day.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_base = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(-3 * 3600);
    using O = Attempt::Outcome;
    const QString delivered = QStringLiteral("delivered");
    const QString undelivered = QStringLiteral("undelivered");
    // Hour 0
    QVERIFY(add(5, Prod, QStringLiteral("+447700900001"), O::Delivered, delivered, 0, 2000));
    QVERIFY(add(10, Prod, QStringLiteral("+447700900002"), O::Delivered, delivered, 0, 4000));
    QVERIFY(add(20, Prod, QStringLiteral("+14155550100"), O::Failed, undelivered, 30003));
    QVERIFY(add(30, Staging, QStringLiteral("+447700900009"), O::Delivered, delivered, 0, 1000));
    // Hour 1
    QVERIFY(add(70, Prod, QStringLiteral("+14155550101"), O::Failed, undelivered, 30003));
    QVERIFY(add(75, Prod, QStringLiteral("+33612345678"), O::Rejected, QStringLiteral(""), 21211));
}

void TestLogInsightsGui::cleanupTestCase()
{
    m_log.reset();
}

void TestLogInsightsGui::showInsights(LogPage &page)
{
    // Shown, the view asks for the filters it was given while hidden, or draws the answer
    // under way; busy until the answer for the page's filters is drawn.
    page.setInsightsShown(true);
    InsightsView *view = page.insightsView();
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->filter().errorCode, page.currentFilter().errorCode);
    QCOMPARE(view->filter().to, page.currentFilter().to);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), Timeout);
}

void TestLogInsightsGui::waitInsights(LogPage &page)
{
    InsightsView *view = page.insightsView();
    QTRY_VERIFY_WITH_TIMEOUT(view->filter().text == page.currentFilter().text
                                 && view->filter().outcomes == page.currentFilter().outcomes
                                 && view->filter().errorCode == page.currentFilter().errorCode,
                             Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), Timeout);
}

void TestLogInsightsGui::waitRows(LogPage &page, int rows)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isBusy(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), rows, Timeout);
}

QBarSet *TestLogInsightsGui::set(QChart *chart, const QString &label)
{
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *s : bars->barSets())
                if (s->label() == label)
                    return s;
    return nullptr;
}

double TestLogInsightsGui::sum(const QBarSet *set)
{
    double total = 0;
    for (int i = 0; set && i < set->count(); ++i)
        total += set->at(i);
    return total;
}

void TestLogInsightsGui::chartsAndTablesShowTheFilteredNumbers()
{
    LogPage page(m_log.get(), m_profiles.get());
    page.setProfile(Prod);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.insightsView()); // no charts until Insights is first shown
    showInsights(page);
    InsightsView *view = page.insightsView();
    QCOMPARE(view->filter().profile, Prod); // the filters set before it was made
    GuiTestSupport::screenshot(&page, QStringLiteral("log-insights"));

    // Delivery per hour (two hours shown: hours, automatically), Staging's attempt left out.
    QChart *rate = view->chart(InsightsCharts::Rate);
    QVERIFY(rate->title().contains(QStringLiteral("hour")));
    QBarSet *delivered = set(rate, QStringLiteral("Delivered"));
    QVERIFY(delivered);
    QCOMPARE(delivered->count(), 2);
    QCOMPARE(delivered->at(0), 2.0);
    QCOMPARE(delivered->at(1), 0.0);
    QCOMPARE(sum(set(rate, QStringLiteral("Undelivered"))), 2.0);
    QCOMPARE(sum(set(rate, QStringLiteral("Rejected or not sent"))), 1.0); // the rejected one
    QCOMPARE(delivered->color(), Tones::color(Tone::Good, view->palette()));
    QTableView *rateTable = view->table(InsightsCharts::Rate);
    QCOMPARE(rateTable->model()->rowCount(), 2);
    QCOMPARE(rateTable->model()->index(0, 1).data(Qt::UserRole).toInt(), 2); // delivered
    QCOMPARE(rateTable->model()->index(1, 2).data(Qt::UserRole).toInt(), 1); // undelivered

    // Latency: 2 s and 4 s.
    const LogInsights::Latency &latency = view->data().report.latency;
    QCOMPARE(latency.count, 2);
    QCOMPARE(latency.p50Ms, 2000);
    QCOMPARE(latency.p95Ms, 4000);
    QBarSet *histogram
        = set(view->chart(InsightsCharts::Latency), QStringLiteral("Delivered attempts"));
    QVERIFY(histogram);
    QCOMPARE(histogram->at(2), 1.0);
    QCOMPARE(histogram->at(4), 1.0);
    QVERIFY(view->chart(InsightsCharts::Latency)->title().contains(QStringLiteral("p95")));

    // Failures by error code, most frequent first in the table, with Twilio's explanation.
    QAbstractItemModel *errors = view->table(InsightsCharts::Errors)->model();
    QCOMPARE(errors->rowCount(), 2);
    QCOMPARE(errors->index(0, 0).data(Qt::UserRole).toInt(), 30003);
    QCOMPARE(errors->index(0, 1).data(Qt::UserRole).toInt(), 2);
    QVERIFY(!errors->index(0, 2).data().toString().isEmpty());
    QCOMPARE(errors->index(1, 0).data(Qt::UserRole).toInt(), 21211);

    // Countries: +1 has 2 sends, both failed; +44 2 delivered; +33 1 rejected.
    QAbstractItemModel *countries = view->table(InsightsCharts::Countries)->model();
    QCOMPARE(countries->rowCount(), 3);
    QCOMPARE(countries->index(0, 0).data().toString(), QStringLiteral("US +1"));
    QCOMPARE(countries->index(0, 1).data(Qt::UserRole).toInt(), 2);
    QCOMPARE(countries->index(0, 2).data(Qt::UserRole).toInt(), 2);
    QCOMPARE(countries->index(1, 0).data().toString(), QStringLiteral("GB +44"));
    QCOMPARE(countries->index(1, 2).data(Qt::UserRole).toInt(), 0);
    QCOMPARE(sum(set(view->chart(InsightsCharts::Countries), QStringLiteral("Sends"))), 5.0);

    // Every chart and table is named, and tells its numbers, for a screen reader.
    for (auto *w : view->findChildren<QChartView *>())
        QVERIFY2(!w->accessibleName().isEmpty() && !w->accessibleDescription().isEmpty(),
                 qPrintable(w->objectName()));
    for (int c = 0; c < InsightsCharts::ChartCount; ++c)
        QVERIFY(!view->table(InsightsCharts::Chart(c))->accessibleName().isEmpty());

    auto *search = page.findChild<QLineEdit *>(QStringLiteral("logSearchLineEdit"));

    // The tables instead of the charts, and back; the rows view hides the insights.
    view->setTablesShown(true);
    QVERIFY(rateTable->isVisible());
    GuiTestSupport::screenshot(&page, QStringLiteral("log-insights-tables"));
    view->setTablesShown(false);

    // Alt+W shows the rows, Alt+I the insights again.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(search, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(!page.isInsightsShown());
    QVERIFY(!view->isVisible());
    QTest::keyClick(search, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(page.isInsightsShown());
    QVERIFY(view->isVisible());
}

void TestLogInsightsGui::barsAndRowsNarrowTheFilters()
{
    LogPage page(m_log.get(), m_profiles.get());
    page.setProfile(Prod);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    showInsights(page);
    InsightsView *view = page.insightsView();

    // A click on error 30003's bar: the log filtered to that error, in rows. The bars run
    // bottom-up, so the most frequent code is the last bar.
    QBarSet *failures = set(view->chart(InsightsCharts::Errors), QStringLiteral("Failures"));
    QVERIFY(failures);
    QCOMPARE(failures->count(), 2);
    Q_EMIT failures->clicked(1);
    QCOMPARE(page.currentFilter().errorCode, 30003);
    QCOMPARE(page.currentFilter().profile, Prod);
    QVERIFY(!page.isInsightsShown());
    QVERIFY(page.findChild<QTableView *>(QStringLiteral("logTableView"))->isVisible());
    waitRows(page, 2);
    QCOMPARE(page.model()->filter().errorCode, 30003);

    // The charts follow the narrowed filters.
    showInsights(page);
    QCOMPARE(view->table(InsightsCharts::Errors)->model()->rowCount(), 1);

    // A time bucket: the log narrowed to that hour, shown on a button that clears it.
    page.findChild<QPushButton *>(QStringLiteral("logClearFiltersPushButton"))->click();
    QCOMPARE(page.currentFilter().errorCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(view->table(InsightsCharts::Errors)->model()->rowCount(), 2, Timeout);
    QBarSet *delivered = set(view->chart(InsightsCharts::Rate), QStringLiteral("Delivered"));
    QVERIFY(delivered);
    Q_EMIT delivered->clicked(0);
    QCOMPARE(page.currentFilter().since, m_base);
    QCOMPARE(page.currentFilter().until, m_base.addSecs(3600));
    waitRows(page, 3); // hour 0 of Prod
    auto *range = page.findChild<QToolButton *>(QStringLiteral("logTimeRangeToolButton"));
    QVERIFY(range && range->isVisible());
    range->click();
    QVERIFY(!page.currentFilter().since.isValid());
    QVERIFY(!range->isVisible());
    waitRows(page, 5);

    // A country, from its row of the table with the keyboard: the recipient filter gets +44.
    showInsights(page);
    view->setTablesShown(true);
    QTableView *countries = view->table(InsightsCharts::Countries);
    countries->setFocus();
    countries->setCurrentIndex(countries->model()->index(1, 0));
    QTest::keyClick(countries, Qt::Key_Return);
    QCOMPARE(page.currentFilter().to, QStringLiteral("+44"));
    waitRows(page, 2);

    // A latency bar: the filters have no latency; the delivered attempts, and why.
    page.findChild<QPushButton *>(QStringLiteral("logClearFiltersPushButton"))->click();
    showInsights(page);
    view->setTablesShown(false);
    QBarSet *histogram
        = set(view->chart(InsightsCharts::Latency), QStringLiteral("Delivered attempts"));
    QVERIFY(histogram);
    Q_EMIT histogram->clicked(2);
    QCOMPARE(page.currentFilter().outcomes, QList<Attempt::Outcome> {Attempt::Outcome::Delivered});
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("logStatusLabel"))
                ->text()
                .contains(QStringLiteral("latency")));
    waitRows(page, 2);
}

void TestLogInsightsGui::exportsPngAndSvgAndFollowsThePalette()
{
    LogPage page(m_log.get(), m_profiles.get());
    page.setProfile(Prod);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    showInsights(page);
    InsightsView *view = page.insightsView();

    QString error;
    const QString png = m_dir->filePath(QStringLiteral("insights.png"));
    QVERIFY2(view->exportImage(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);
    QCOMPARE(QFile::permissions(png) & 0x0077, QFileDevice::Permissions()); // private
    const QString svg = m_dir->filePath(QStringLiteral("insights.svg"));
    QVERIFY2(view->exportImage(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Delivery insights"));
    QVERIFY(!view->exportImage(m_dir->filePath(QStringLiteral("no/such/folder/x.png")), &error));
    QVERIFY(error.contains(QStringLiteral("x.png")));

    // The page in a 1024x700 window (less the page list and the margins).
    page.resize(840, 620);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), Timeout);
    GuiTestSupport::screenshot(&page, QStringLiteral("log-insights-small"));

    // A dark palette: the charts are drawn again in its tones.
    QPalette dark;
    for (auto [role, color] : {std::pair {QPalette::Window, 0x202020},
                               {QPalette::Base, 0x181818},
                               {QPalette::AlternateBase, 0x262626},
                               {QPalette::Button, 0x303030},
                               {QPalette::WindowText, 0xeeeeee},
                               {QPalette::Text, 0xeeeeee},
                               {QPalette::ButtonText, 0xeeeeee},
                               {QPalette::PlaceholderText, 0x9a9a9a},
                               {QPalette::Mid, 0x505050},
                               {QPalette::Highlight, 0x3d7bd9}})
        dark.setColor(role, QColor(QRgb(color)));
    page.setPalette(dark);
    QBarSet *delivered = set(view->chart(InsightsCharts::Rate), QStringLiteral("Delivered"));
    QVERIFY(delivered);
    QCOMPARE(delivered->color(), Tones::color(Tone::Good, view->palette()));
    QCOMPARE(view->chart(InsightsCharts::Rate)->backgroundBrush().color(),
             view->palette().color(QPalette::Base));
    GuiTestSupport::screenshot(&page, QStringLiteral("log-insights-dark"));
    page.resize(1200, 800);
    GuiTestSupport::screenshot(&page, QStringLiteral("log-insights-dark-large"));
}

void TestLogInsightsGui::saysWhyAChartIsEmpty()
{
    LogPage page(m_log.get(), m_profiles.get());
    page.setProfile(Prod);
    page.resize(1024 - 180, 640); // the page's room in a 1024x700 window
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    showInsights(page);
    InsightsView *view = page.insightsView();
    const auto label = [view](const char *name) {
        auto *l = view->findChild<QLabel *>(QLatin1String(name));
        return l && l->isVisible() ? l->text() : QString();
    };
    const auto chartShown = [view](InsightsCharts::Chart chart) {
        static const char *const names[]
            = {"insightsRateChartView", "insightsLatencyChartView", "insightsErrorsChartView",
               "insightsCountriesChartView"};
        auto *v = view->findChild<QChartView *>(QLatin1String(names[chart]));
        return v && v->isVisible();
    };
    auto *outcome = page.findChild<QComboBox *>(QStringLiteral("logOutcomeComboBox"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("logSearchLineEdit"));
    auto *errorCode = page.findChild<QLineEdit *>(QStringLiteral("logErrorCodeLineEdit"));

    // Every chart has bars: no message in their place.
    for (int c = 0; c < InsightsCharts::ChartCount; ++c)
        QVERIFY(chartShown(InsightsCharts::Chart(c)));
    QVERIFY(label("insightsEmptyLabel").isEmpty());
    QVERIFY(label("insightsLatencyEmptyLabel").isEmpty());
    QVERIFY(label("insightsErrorsEmptyLabel").isEmpty());

    // Filters that match nothing: one message for the four charts, and the way back.
    search->setText(QStringLiteral("no attempt says this"));
    waitInsights(page);
    QVERIFY2(
        label("insightsEmptyLabel").startsWith(QStringLiteral("No attempts match the filters")),
        qPrintable(label("insightsEmptyLabel")));
    QVERIFY(label("insightsEmptyLabel").contains(QStringLiteral("Clear filters")));
    for (int c = 0; c < InsightsCharts::ChartCount; ++c)
        QVERIFY(!chartShown(InsightsCharts::Chart(c)));
    GuiTestSupport::screenshot(&page, QStringLiteral("log-insights-no-match"));
    view->setTablesShown(true); // the tables have nothing to show either
    QVERIFY(!view->table(InsightsCharts::Rate)->isVisible());
    QVERIFY(!label("insightsEmptyLabel").isEmpty());
    view->setTablesShown(false);
    auto *clear = view->findChild<QPushButton *>(QStringLiteral("insightsClearFiltersPushButton"));
    QVERIFY(clear && clear->isVisible());
    clear->click();
    QVERIFY(search->text().isEmpty());
    QCOMPARE(page.currentFilter().profile, Prod); // the scope stays
    waitInsights(page);
    QVERIFY(label("insightsEmptyLabel").isEmpty());
    for (int c = 0; c < InsightsCharts::ChartCount; ++c)
        QVERIFY(chartShown(InsightsCharts::Chart(c)));

    // Failures only: the latency chart says that the outcome filter leaves out deliveries;
    // the other charts draw.
    outcome->setCurrentIndex(outcome->findData(Attempt::outcomeName(Attempt::Outcome::Failed)));
    waitInsights(page);
    QVERIFY2(label("insightsLatencyEmptyLabel").contains(QStringLiteral("outcome filter")),
             qPrintable(label("insightsLatencyEmptyLabel")));
    QVERIFY(!chartShown(InsightsCharts::Latency));
    QVERIFY(chartShown(InsightsCharts::Rate));
    QVERIFY(chartShown(InsightsCharts::Errors));
    QVERIFY(label("insightsEmptyLabel").isEmpty());
    GuiTestSupport::screenshot(&page, QStringLiteral("log-insights-no-latency"));
    // In the tables too.
    view->setTablesShown(true);
    QVERIFY(!view->table(InsightsCharts::Latency)->isVisible());
    auto *latencyTableEmpty
        = view->findChild<QLabel *>(QStringLiteral("insightsLatencyEmptyLabelTable"));
    QVERIFY(latencyTableEmpty && latencyTableEmpty->isVisible());
    QVERIFY(view->table(InsightsCharts::Errors)->isVisible());
    view->setTablesShown(false);

    // Any outcome, but only error 30003's two attempts: none delivered, so no latency, and
    // the count of the attempts shown.
    outcome->setCurrentIndex(0);
    errorCode->setText(QStringLiteral("30003"));
    waitInsights(page);
    QVERIFY2(label("insightsLatencyEmptyLabel").contains(QStringLiteral("among the 2 shown")),
             qPrintable(label("insightsLatencyEmptyLabel")));
    QVERIFY(chartShown(InsightsCharts::Errors));

    // Deliveries only: no failures to chart; the latency draws again.
    errorCode->clear();
    outcome->setCurrentIndex(outcome->findData(Attempt::outcomeName(Attempt::Outcome::Delivered)));
    waitInsights(page);
    QVERIFY2(label("insightsErrorsEmptyLabel").startsWith(QStringLiteral("No failures")),
             qPrintable(label("insightsErrorsEmptyLabel")));
    QVERIFY(!chartShown(InsightsCharts::Errors));
    QVERIFY(chartShown(InsightsCharts::Latency));
    QVERIFY(label("insightsLatencyEmptyLabel").isEmpty());

    // An empty log: it says so, and how to fill it; no "Clear filters" to offer.
    QTemporaryDir emptyDir;
    DeliveryLog emptyLog(emptyDir.filePath(QStringLiteral("log.sqlite")));
    QSignalSpy opened(&emptyLog, &DeliveryLog::opened);
    emptyLog.open();
    QVERIFY(opened.wait(Timeout));
    LogPage empty(&emptyLog, m_profiles.get());
    empty.resize(1024 - 180, 640);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    showInsights(empty);
    InsightsView *emptyView = empty.insightsView();
    auto *emptyLabel = emptyView->findChild<QLabel *>(QStringLiteral("insightsEmptyLabel"));
    QVERIFY(emptyLabel);
    QTRY_VERIFY_WITH_TIMEOUT(emptyLabel->isVisible(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        emptyLabel->text().startsWith(QStringLiteral("The delivery log is empty")), Timeout);
    QVERIFY(emptyLabel->text().contains(QStringLiteral("Run page")));
    // The message is shown whole: as tall as its lines at its width.
    QVERIFY(emptyLabel->height() >= emptyLabel->heightForWidth(emptyLabel->width()));
    auto *emptyClear
        = emptyView->findChild<QPushButton *>(QStringLiteral("insightsClearFiltersPushButton"));
    QVERIFY(emptyClear && !emptyClear->isVisible());
    GuiTestSupport::screenshot(&empty, QStringLiteral("log-insights-empty-log"));
}

void TestLogInsightsGui::clearFiltersKeepsTheProfile()
{
    LogPage page(m_log.get(), m_profiles.get());
    page.setProfile(Prod);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *outcome = page.findChild<QComboBox *>(QStringLiteral("logOutcomeComboBox"));
    auto *profile = page.findChild<QComboBox *>(QStringLiteral("logProfileComboBox"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("logSearchLineEdit"));
    auto *clear = page.findChild<QPushButton *>(QStringLiteral("logClearFiltersPushButton"));
    outcome->setCurrentIndex(outcome->findData(Attempt::outcomeName(Attempt::Outcome::Delivered)));
    search->setText(QStringLiteral("code"));
    waitRows(page, 2);

    clear->click();
    QCOMPARE(outcome->currentIndex(), 0);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(profile->currentData().toString(), Prod); // the scope the page is in stays
    QCOMPARE(page.currentFilter().profile, Prod);
    waitRows(page, 5); // Prod's, not Staging's

    // A profile chosen on the page is the scope too; "All profiles" likewise.
    profile->setCurrentIndex(profile->findData(Staging));
    outcome->setCurrentIndex(outcome->findData(Attempt::outcomeName(Attempt::Outcome::Failed)));
    clear->click();
    QCOMPARE(page.currentFilter().profile, Staging);
    waitRows(page, 1);
    profile->setCurrentIndex(profile->findData(QString()));
    clear->click();
    QVERIFY(page.currentFilter().profile.isEmpty());
    waitRows(page, 6);
}

void TestLogInsightsGui::detailsOfARowTheFiltersHide()
{
    LogPage page(m_log.get(), m_profiles.get());
    page.setProfile(Prod);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    waitRows(page, 5);
    auto *table = page.findChild<QTableView *>(QStringLiteral("logTableView"));
    auto *details = page.findChild<QStackedWidget *>(QStringLiteral("logDetailsStackedWidget"));
    auto *placeholder = page.findChild<QLabel *>(QStringLiteral("logDetailsPlaceholderLabel"));
    const QString before = placeholder->text();

    // The newest Prod attempt (rejected) in the details.
    QSignalSpy shown(&page, &LogPage::detailsShown);
    table->setCurrentIndex(page.model()->index(0, 0));
    QVERIFY(shown.wait(Timeout));
    const qint64 id = page.selectedId();
    QVERIFY(id != 0);
    QCOMPARE(details->currentWidget()->objectName(), QStringLiteral("logDetailsPage"));

    // Filtered to delivered attempts: the rejected one is hidden, and the pane says so.
    auto *outcome = page.findChild<QComboBox *>(QStringLiteral("logOutcomeComboBox"));
    outcome->setCurrentIndex(outcome->findData(Attempt::outcomeName(Attempt::Outcome::Delivered)));
    waitRows(page, 2);
    QTRY_VERIFY_WITH_TIMEOUT(page.isSelectionHidden(), Timeout);
    QCOMPARE(page.selectedId(), 0);
    QCOMPARE(details->currentWidget()->objectName(), QStringLiteral("logDetailsPlaceholderPage"));
    QVERIFY(placeholder->text().contains(QStringLiteral("hidden by the filters")));
    QVERIFY(!table->selectionModel()->hasSelection());
    GuiTestSupport::screenshot(&page, QStringLiteral("log-details-hidden"));

    // Shown again once the filters let it through: selected and detailed again.
    page.findChild<QPushButton *>(QStringLiteral("logClearFiltersPushButton"))->click();
    waitRows(page, 5);
    QTRY_COMPARE_WITH_TIMEOUT(page.selectedId(), id, Timeout);
    QVERIFY(!page.isSelectionHidden());
    QCOMPARE(details->currentWidget()->objectName(), QStringLiteral("logDetailsPage"));
    QCOMPARE(placeholder->text(), before);

    // Another row chosen while one is hidden: its details, as usual.
    outcome->setCurrentIndex(outcome->findData(Attempt::outcomeName(Attempt::Outcome::Delivered)));
    QTRY_VERIFY_WITH_TIMEOUT(page.isSelectionHidden(), Timeout);
    table->setCurrentIndex(page.model()->index(1, 0));
    QTRY_VERIFY_WITH_TIMEOUT(page.selectedId() != 0 && page.selectedId() != id, Timeout);
    QVERIFY(!page.isSelectionHidden());
}

void TestLogInsightsGui::runPageLastDayStrip()
{
    SecretStore secrets(m_profiles.get());
    RunPage run(m_profiles.get(), &secrets);
    run.setDeliveryLog(m_log.get());
    QSignalSpy shown(&run, &RunPage::lastDayShown);
    run.setProfile(Prod);
    run.resize(1100, 700);
    run.show();
    QVERIFY(QTest::qWaitForWindowExposed(&run));
    QVERIFY(shown.wait(Timeout));
    QLabel *strip = run.lastDayLabel();
    QVERIFY(strip->isVisible());
    // 5 sends, 2 delivered, median of 2 s and 4 s: the nearest rank, 2 s.
    expectStrip(strip->text(), 5, QStringLiteral("40 %"), QStringLiteral("2.0 s"));
    GuiTestSupport::screenshot(&run, QStringLiteral("run-last-day"));
    run.resize(840, 620);
    GuiTestSupport::screenshot(&run, QStringLiteral("run-last-day-small"));

    // A send a day and a half ago does not count; one just now does, after the refresh a
    // finished send makes.
    QVERIFY(add(-36 * 60, Prod, QStringLiteral("+447700900003"), Attempt::Outcome::Delivered,
                QStringLiteral("delivered"), 0, 9000));
    QVERIFY(add(100, Prod, QStringLiteral("+447700900004"), Attempt::Outcome::Delivered,
                QStringLiteral("delivered"), 0, 3000));
    shown.clear();
    run.refreshLastDay();
    QVERIFY(shown.wait(Timeout));
    expectStrip(strip->text(), 6, QStringLiteral("50 %"), QStringLiteral("3.0 s"));

    // Another profile: its own figures.
    shown.clear();
    run.setProfile(Staging);
    QVERIFY(shown.wait(Timeout));
    expectStrip(strip->text(), 1, QStringLiteral("100 %"), QStringLiteral("1.0 s"));
}

QTEST_MAIN(TestLogInsightsGui)
#include "TestLogInsightsGui.moc"
