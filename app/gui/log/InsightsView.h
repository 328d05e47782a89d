#pragma once

#include "InsightsCharts.h"
#include "log/LogFilter.h"
#include "log/LogInsights.h"

#include <QFutureWatcher>
#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

// The Log page's "Insights": for the attempts the page's filters select, the delivery rate over
// time (per hour, day or week, by the span shown), the queued -> delivered latency with p50/p95,
// the failures by Twilio error code with Twilio's short explanation, and sends and failures by
// destination country. Computed in SQL (LogInsights) on a worker thread over a read-only
// connection of its own, never on the UI thread; a newer filter supersedes an answer under way.
// Each chart has a table of the same numbers (for screen readers and the keyboard); a click on a
// bar, or Enter on a table row, asks the page to narrow the log to it (drillDown()). Exports
// the four charts as one PNG or SVG.
class InsightsView : public QWidget
{
    Q_OBJECT
public:
    explicit InsightsView(const QString &logPath, QWidget *parent = nullptr);
    ~InsightsView() override;

    // The attempts to summarise; computed now when shown, else when next shown.
    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    void refresh(); // again, e.g. after writes
    // Whether the whole log, every profile's attempts, is empty: said so when nothing matches.
    void setLogEmpty(bool empty);
    // From a question until its answer is drawn.
    bool isBusy() const { return m_busy; }

    const InsightsCharts::Data &data() const { return m_data; }
    QChart *chart(InsightsCharts::Chart chart) const;
    QTableView *table(InsightsCharts::Chart chart) const;
    void setTablesShown(bool tables);
    bool tablesShown() const;
    // 0: automatic, else 3600, 86400 or 604800.
    void setBucketSeconds(qint64 seconds);

    // What a click on bar row of chart does: drillDown() with what it shows.
    void activate(InsightsCharts::Chart chart, int row);
    // The four charts as one image: PNG, or SVG when path ends in .svg. False with *error.
    bool exportImage(const QString &path, QString *error);

Q_SIGNALS:
    void drillDown(const InsightsDrill &drill);
    // The empty view's "Clear filters": no attempt matches the filters.
    void clearFiltersRequested();
    void reportShown(); // the charts and tables show a new answer
    void failed(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Answer
    {
        bool ok = false;
        QString error;
        LogInsights::Report report;
        qint64 elapsedMs = 0;
    };
    void start();
    void onFinished();
    void rebuild(); // charts and tables from m_data, in the palette's colours
    // The charts, the tables, or in their place what to do when there is nothing to chart.
    void updatePage();
    void updateEmptyStates();
    void chooseExportFile(const QString &format);
    QString rowText(int chart, int row) const; // a bar's tooltip: its table row

    QString m_path;
    LogFilter m_filter;
    bool m_stale = true; // the filter changed since the last answer was asked for
    bool m_again = false; // asked again while an answer was under way
    bool m_busy = false;
    bool m_answered = false; // an answer was drawn: until then nothing is said to be empty
    bool m_tablesShown = false;
    bool m_logEmpty = false;
    QFutureWatcher<Answer> m_watcher;
    LogInsights::Report m_report;
    InsightsCharts::Data m_data;
    qint64 m_bucketSeconds = 0;

    QComboBox *m_bucketCombo;
    QButtonGroup *m_modeGroup;
    QPushButton *m_exportButton;
    QLabel *m_statusLabel;
    QStackedWidget *m_stack;
    QWidget *m_chartsPage;
    QWidget *m_emptyPage; // no attempt at all: one message for the four charts
    QLabel *m_emptyLabel;
    QPushButton *m_clearButton;
    QStackedWidget *m_cells[InsightsCharts::ChartCount] = {}; // a chart, or why it has none
    QLabel *m_emptyLabels[InsightsCharts::ChartCount] = {};
    QLabel *m_emptyTitles[InsightsCharts::ChartCount] = {};
    QLabel *m_tableEmptyLabels[InsightsCharts::ChartCount] = {};
    QChartView *m_views[InsightsCharts::ChartCount] = {};
    QTableView *m_tables[InsightsCharts::ChartCount] = {};
    QStandardItemModel *m_models[InsightsCharts::ChartCount] = {};
};
