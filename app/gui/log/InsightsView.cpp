#include "InsightsView.h"

#include "PrivateFiles.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

const char *const ChartNames[] = {"insightsRateChartView", "insightsLatencyChartView",
                                  "insightsErrorsChartView", "insightsCountriesChartView"};
const char *const TableNames[] = {"insightsRateTableView", "insightsLatencyTableView",
                                  "insightsErrorsTableView", "insightsCountriesTableView"};
const char *const EmptyNames[] = {"insightsRateEmptyLabel", "insightsLatencyEmptyLabel",
                                  "insightsErrorsEmptyLabel", "insightsCountriesEmptyLabel"};

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

InsightsView::InsightsView(const QString &logPath, QWidget *parent)
    : QWidget(parent),
      m_path(logPath),
      m_bucketCombo(new QComboBox(this)),
      m_modeGroup(new QButtonGroup(this)),
      m_exportButton(new QPushButton(tr("Ex&port chart…"), this)),
      m_statusLabel(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_chartsPage(new QWidget(this)),
      m_emptyPage(new QWidget(this)),
      m_emptyLabel(messageLabel(m_emptyPage)),
      m_clearButton(new QPushButton(tr("C&lear filters"), m_emptyPage))
{
    setObjectName(QStringLiteral("insightsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    auto *bucketLabel = new QLabel(tr("&Bars per:"), this);
    bucketLabel->setBuddy(m_bucketCombo);
    m_bucketCombo->setObjectName(QStringLiteral("insightsBucketComboBox"));
    m_bucketCombo->addItem(tr("span shown (automatic)"), 0);
    m_bucketCombo->addItem(tr("hour"), 3600);
    m_bucketCombo->addItem(tr("day"), 86400);
    m_bucketCombo->addItem(tr("week"), 7 * 86400);
    m_bucketCombo->setToolTip(tr("How much time one bar of the delivery chart covers; "
                                 "automatic: hours up to 2 days shown, days up to 92"));
    connect(m_bucketCombo, &QComboBox::currentIndexChanged, this,
            [this] { setBucketSeconds(m_bucketCombo->currentData().toLongLong()); });
    bar->addWidget(bucketLabel);
    bar->addWidget(m_bucketCombo);

    auto *charts = new QPushButton(tr("C&harts"), this);
    charts->setObjectName(QStringLiteral("insightsChartsPushButton"));
    auto *tables = new QPushButton(tr("T&ables"), this);
    tables->setObjectName(QStringLiteral("insightsTablesPushButton"));
    tables->setToolTip(tr("The same numbers as tables: Enter on a row filters the log to it"));
    // Not an exclusive group: Tab reaches both buttons (a group's Tab stops at the checked one).
    for (QPushButton *b : {charts, tables}) {
        b->setCheckable(true);
        m_modeGroup->addButton(b);
        bar->addWidget(b);
    }
    m_modeGroup->setExclusive(false);
    charts->setChecked(true);
    connect(charts, &QPushButton::clicked, this, [this] { setTablesShown(false); });
    connect(tables, &QPushButton::clicked, this, [this] { setTablesShown(true); });

    m_statusLabel->setObjectName(QStringLiteral("insightsStatusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_statusLabel, 1);

    m_exportButton->setObjectName(QStringLiteral("insightsExportPushButton"));
    auto *menu = new QMenu(this);
    QAction *png = menu->addAction(tr("As &PNG…"));
    QAction *svg = menu->addAction(tr("As &SVG…"));
    connect(png, &QAction::triggered, this, [this] { chooseExportFile(QStringLiteral("png")); });
    connect(svg, &QAction::triggered, this, [this] { chooseExportFile(QStringLiteral("svg")); });
    m_exportButton->setMenu(menu);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    // The charts, two by two; the tables in the same places.
    auto *chartGrid = new QGridLayout(m_chartsPage);
    chartGrid->setContentsMargins(0, 0, 0, 0);
    chartGrid->setSpacing(6);
    auto *tablesPage = new QWidget(this);
    auto *tableGrid = new QGridLayout(tablesPage);
    tableGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < InsightsCharts::ChartCount; ++i) {
        const auto which = InsightsCharts::Chart(i);
        auto *view = new QChartView(new QChart, m_chartsPage);
        view->setObjectName(QLatin1String(ChartNames[i]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 160); // four fit a 1024x700 window with the import bar
        view->setFrameShape(QFrame::NoFrame);
        m_views[i] = view;
        // In the chart's place when it has nothing to draw: its title, why, and what to do.
        auto *cell = new QStackedWidget(m_chartsPage);
        auto *empty = new QWidget(cell);
        auto *emptyOuter = new QVBoxLayout(empty);
        emptyOuter->setContentsMargins(9, 9, 9, 9); // where a chart draws its background
        auto *emptyBox = new QWidget(empty);
        emptyBox->setBackgroundRole(QPalette::Base); // as the charts' background
        emptyBox->setAutoFillBackground(true);
        emptyOuter->addWidget(emptyBox);
        auto *emptyLayout = new QVBoxLayout(emptyBox);
        m_emptyTitles[i] = messageLabel(emptyBox);
        QFont bold = m_emptyTitles[i]->font();
        bold.setBold(true);
        m_emptyTitles[i]->setFont(bold);
        m_emptyLabels[i] = messageLabel(emptyBox);
        m_emptyLabels[i]->setObjectName(QLatin1String(EmptyNames[i]));
        emptyLayout->addStretch(1);
        emptyLayout->addWidget(m_emptyTitles[i]);
        emptyLayout->addWidget(m_emptyLabels[i]);
        emptyLayout->addStretch(1);
        cell->addWidget(view);
        cell->addWidget(empty);
        m_cells[i] = cell;
        chartGrid->addWidget(cell, i / 2, i % 2);

        auto *box = new QGroupBox(tablesPage);
        auto *boxLayout = new QVBoxLayout(box);
        auto *table = new QTableView(box);
        table->setObjectName(QLatin1String(TableNames[i]));
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setTabKeyNavigation(false); // Tab moves on to the next table
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        connect(table, &QTableView::activated, this,
                [this, which](const QModelIndex &index) { activate(which, index.row()); });
        boxLayout->addWidget(table);
        m_tableEmptyLabels[i] = messageLabel(box);
        m_tableEmptyLabels[i]->setObjectName(QLatin1String(EmptyNames[i]) + QLatin1String("Table"));
        m_tableEmptyLabels[i]->hide();
        boxLayout->addWidget(m_tableEmptyLabels[i], 1);
        m_tables[i] = table;
        tableGrid->addWidget(box, i / 2, i % 2);
    }
    for (int row = 0; row < 2; ++row) { // the four alike, whichever is empty
        chartGrid->setRowStretch(row, 1);
        chartGrid->setColumnStretch(row, 1);
        tableGrid->setRowStretch(row, 1);
        tableGrid->setColumnStretch(row, 1);
    }

    // No attempt at all: one message for the four charts (and tables), with the way out.
    m_emptyLabel->setObjectName(QStringLiteral("insightsEmptyLabel"));
    m_clearButton->setObjectName(QStringLiteral("insightsClearFiltersPushButton"));
    m_clearButton->setToolTip(tr("Show every attempt again (the profile stays)"));
    connect(m_clearButton, &QPushButton::clicked, this, &InsightsView::clearFiltersRequested);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    // Lines easy to read, and as many as the text needs at that width.
    m_emptyLabel->setMaximumWidth(70 * fontMetrics().averageCharWidth());
    auto *emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_emptyLabel, 100);
    emptyRow->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addWidget(m_clearButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    m_stack->addWidget(m_chartsPage);
    m_stack->addWidget(tablesPage);
    m_stack->addWidget(m_emptyPage);
    layout->addWidget(m_stack, 1);

    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &InsightsView::onFinished);
    rebuild();
}

// An answer under way is not waited for: the worker holds only copies (the path, the filter)
// and its own connection, and its answer is dropped with the watcher.
InsightsView::~InsightsView() = default;

QChart *InsightsView::chart(InsightsCharts::Chart chart) const
{
    return m_views[chart]->chart();
}

QTableView *InsightsView::table(InsightsCharts::Chart chart) const
{
    return m_tables[chart];
}

void InsightsView::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    m_stale = true;
    if (isVisible())
        start();
}

void InsightsView::setLogEmpty(bool empty)
{
    if (m_logEmpty == empty)
        return;
    m_logEmpty = empty;
    updateEmptyStates();
}

void InsightsView::refresh()
{
    m_stale = true;
    if (isVisible())
        start();
}

void InsightsView::setTablesShown(bool tables)
{
    m_tablesShown = tables;
    const auto buttons = m_modeGroup->buttons();
    buttons.at(0)->setChecked(!tables);
    buttons.at(1)->setChecked(tables);
    updatePage();
}

bool InsightsView::tablesShown() const
{
    return m_tablesShown;
}

void InsightsView::updatePage()
{
    const bool none = m_answered && InsightsCharts::attempts(m_data) == 0;
    m_stack->setCurrentWidget(none ? m_emptyPage : m_stack->widget(m_tablesShown ? 1 : 0));
}

void InsightsView::updateEmptyStates()
{
    for (int i = 0; i < InsightsCharts::ChartCount; ++i) {
        const auto which = InsightsCharts::Chart(i);
        const QString text = m_answered
            ? InsightsCharts::emptyText(which, m_data, m_filter, m_logEmpty)
            : QString();
        m_emptyTitles[i]->setText(InsightsCharts::title(which, m_data));
        m_emptyLabels[i]->setText(text);
        m_cells[i]->setCurrentIndex(text.isEmpty() ? 0 : 1);
        m_tableEmptyLabels[i]->setText(text);
        m_tableEmptyLabels[i]->setVisible(!text.isEmpty());
        m_tables[i]->setVisible(text.isEmpty());
        if (!text.isEmpty()) {
            m_views[i]->setAccessibleDescription(text);
            m_tables[i]->setAccessibleDescription(text);
        }
    }
    const QString all = m_answered && InsightsCharts::attempts(m_data) == 0
        ? InsightsCharts::emptyText(InsightsCharts::Rate, m_data, m_filter, m_logEmpty)
        : QString();
    m_emptyLabel->setText(all);
    m_clearButton->setVisible(InsightsCharts::narrowed(m_filter));
    updatePage();
}

void InsightsView::setBucketSeconds(qint64 seconds)
{
    if (m_bucketSeconds == seconds)
        return;
    m_bucketSeconds = seconds;
    const int index = m_bucketCombo->findData(seconds);
    if (index >= 0 && index != m_bucketCombo->currentIndex())
        m_bucketCombo->setCurrentIndex(index);
    // Regrouping needs no new answer: the report holds the hours.
    m_data = InsightsCharts::prepare(m_report, m_filter.since, m_filter.until, m_bucketSeconds);
    rebuild();
}

void InsightsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        start();
}

void InsightsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    QToolTip::hideText(); // a bar's, when a click on it showed the rows
}

void InsightsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // the charts' colours follow the palette
}

void InsightsView::start()
{
    if (m_watcher.isRunning()) {
        m_again = true; // asked once the answer under way is in
        return;
    }
    m_stale = false;
    m_again = false;
    m_busy = true;
    m_statusLabel->setText(tr("Computing…"));
    const QString path = m_path;
    const LogFilter filter = m_filter;
    m_watcher.setFuture(QtConcurrent::run([path, filter] {
        Answer answer;
        QElapsedTimer timer;
        timer.start();
        answer.ok = LogInsights::reportFromFile(path, filter, &answer.report, &answer.error);
        answer.elapsedMs = timer.elapsed();
        return answer;
    }));
}

void InsightsView::onFinished()
{
    if (m_again) {
        start(); // the filter changed meanwhile: this answer is not for it
        return;
    }
    const Answer answer = m_watcher.result();
    m_busy = false;
    if (!answer.ok) {
        m_statusLabel->setText(answer.error);
        Q_EMIT failed(answer.error);
        return;
    }
    m_report = answer.report;
    m_answered = true;
    m_data = InsightsCharts::prepare(m_report, m_filter.since, m_filter.until, m_bucketSeconds);
    //: %1 how long the figures took to compute
    m_statusLabel->setText(tr("Computed in %1 ms").arg(answer.elapsedMs));
    rebuild();
    Q_EMIT reportShown();
}

void InsightsView::rebuild()
{
    for (int i = 0; i < InsightsCharts::ChartCount; ++i) {
        const auto which = InsightsCharts::Chart(i);
        QChart *old = m_views[i]->chart();
        QChart *chart = InsightsCharts::chart(which, m_data, palette(),
                                              [this, which](int row) { activate(which, row); });
        m_views[i]->setChart(chart);
        delete old;
        const QString title = InsightsCharts::title(which, m_data);
        const QString summary = InsightsCharts::summary(which, m_data);
        //: the accessible name of a chart, %1 its title
        m_views[i]->setAccessibleName(tr("%1 (chart)").arg(title));
        m_views[i]->setAccessibleDescription(summary);
        m_views[i]->setToolTip(tr("Click a bar to filter the log to it"));

        QStandardItemModel *oldModel = m_models[i];
        m_models[i] = InsightsCharts::table(which, m_data, this);
        // A bar's tooltip: its row of the table, column by column.
        const int rows = which == InsightsCharts::Errors
            ? std::min(InsightsCharts::rows(which, m_data), InsightsCharts::MaxErrorBars)
            : InsightsCharts::rows(which, m_data);
        const bool reversed = which == InsightsCharts::Errors; // drawn bottom-up
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    connect(set, &QBarSet::hovered, chart,
                            [this, i, rows, reversed](bool on, int index) {
                                if (!on) {
                                    QToolTip::hideText();
                                    return;
                                }
                                QToolTip::showText(QCursor::pos(),
                                                   rowText(i, reversed ? rows - 1 - index : index),
                                                   m_views[i]);
                            });
        m_tables[i]->setModel(m_models[i]);
        delete oldModel;
        m_tables[i]->setAccessibleName(tr("%1 (table)").arg(title));
        m_tables[i]->setAccessibleDescription(summary);
        m_tables[i]->resizeColumnsToContents();
        if (auto *box = qobject_cast<QGroupBox *>(m_tables[i]->parentWidget()))
            box->setTitle(title);
    }
    updateEmptyStates();
}

QString InsightsView::rowText(int chart, int row) const
{
    const QStandardItemModel *model = m_models[chart];
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    QStringList lines;
    for (int c = 0; c < model->columnCount(); ++c)
        //: a line of a bar's tooltip: %1 the column, %2 its value
        lines << tr("%1: %2").arg(model->headerData(c, Qt::Horizontal).toString(),
                                  model->index(row, c).data().toString());
    return lines.join(QLatin1Char('\n'));
}

void InsightsView::activate(InsightsCharts::Chart chart, int row)
{
    const InsightsDrill drill = InsightsCharts::drill(chart, m_data, row);
    if (drill.kind != InsightsDrill::Kind::None)
        Q_EMIT drillDown(drill);
}

bool InsightsView::exportImage(const QString &path, QString *error)
{
    // The charts as laid out on screen; when they were never shown (tables shown), at a
    // readable size of their own.
    QWidget *page = m_chartsPage;
    if (page->width() < 200 || page->height() < 150)
        page->resize(1200, 800);
    // Private like the log's other exports, and whole or not at all.
    QSaveFile file(path);
    const auto failed = [&] {
        *error = tr("Cannot write %1: %2. Choose a folder you can write to.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::FileMode))
        return failed();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(page->size());
        svg.setViewBox(QRect(QPoint(0, 0), page->size()));
        svg.setTitle(tr("Delivery insights"));
        svg.setDescription(InsightsCharts::summary(InsightsCharts::Rate, m_data));
        QPainter painter;
        if (!painter.begin(&svg))
            return failed();
        page->render(&painter);
        painter.end();
    } else if (!page->grab().save(&file, "PNG")) {
        return failed();
    }
    return file.commit() || failed();
}

void InsightsView::chooseExportFile(const QString &format)
{
    const bool svg = format == QLatin1String("svg");
    auto *dialog = new QFileDialog(
        this, svg ? tr("Export the charts as SVG") : tr("Export the charts as PNG"));
    dialog->setObjectName(QStringLiteral("insightsExportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    dialog->setDefaultSuffix(format);
    dialog->selectFile(QStringLiteral("delivery-insights.") + format);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportImage(path, &error))
            m_statusLabel->setText(
                tr("Saved the charts to %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_statusLabel->setText(error);
    });
    dialog->open();
}
