// LogPage: "Rows | Insights". The insights view (InsightsView) charts the attempts the page's
// filters select; a click on a bar narrows the filters to it and shows the rows: a time bucket
// becomes a time range (finer than the date filters, shown as a button that clears it), an
// error code the error filter, a country its calling code in the recipient filter.

#include "LogPage.h"
#include "ui_LogPage.h"

#include "DeliveryLogModel.h"
#include "InsightsView.h"
#include "TenantLogPanel.h"
#include "log/DeliveryLog.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace {
constexpr int InsightsRefreshMs = 1000; // after writes, the charts follow at most once a second
} // namespace

void LogPage::setUpInsights()
{
    // Rows | Insights, a row of their own above the filters (the filter rows have no width to
    // spare on a 1024-pixel screen in every language): Alt+W and Alt+I, like the page's other
    // buttons. Not a button group: Tab reaches both (a group's Tab stops at the checked one).
    m_rowsButton->setObjectName(QStringLiteral("logRowsPushButton"));
    m_rowsButton->setToolTip(tr("The attempts, one row each (Alt+W)"));
    m_insightsButton->setObjectName(QStringLiteral("logInsightsPushButton"));
    m_insightsButton->setToolTip(tr("Charts of the attempts the filters select: delivery over "
                                    "time, latency, errors, countries (Alt+I)"));
    auto *views = new QHBoxLayout;
    for (QPushButton *b : {m_rowsButton, m_insightsButton}) {
        b->setCheckable(true);
        views->addWidget(b);
    }
    views->addStretch(1);
    m_ui->logPageVerticalLayout->insertLayout(0, views);
    m_rowsButton->setChecked(true);
    // Tab follows the bar: the switch first, then the page's controls in their order (they were
    // made before it, so the focus chain had it last).
    QList<QWidget *> after;
    for (QWidget *w = m_ui->logSearchLineEdit; w && w != m_rowsButton; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && isAncestorOf(w))
            after << w;
    }
    QWidget::setTabOrder(m_rowsButton, m_insightsButton);
    QWidget *previous = m_insightsButton;
    for (QWidget *w : std::as_const(after)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    connect(m_rowsButton, &QPushButton::clicked, this, [this] { setInsightsShown(false); });
    connect(m_insightsButton, &QPushButton::clicked, this, [this] {
        setInsightsShown(true);
        m_insights->setFocus(Qt::OtherFocusReason);
    });

    // The charts follow writes like the rows do, at most once a second.
    m_insightsTimer = new QTimer(this);
    m_insightsTimer->setSingleShot(true);
    m_insightsTimer->setInterval(InsightsRefreshMs);
    connect(m_log, &DeliveryLog::attemptChanged, this, [this] {
        if (m_insights && m_insights->isVisible() && !m_insightsTimer->isActive())
            m_insightsTimer->start();
    });

    // A chart's time range: a button beside the dates, clicked to clear it.
    m_rangeButton = new QToolButton(this);
    m_rangeButton->setObjectName(QStringLiteral("logTimeRangeToolButton"));
    m_rangeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rangeButton->setToolTip(tr("The time range chosen on a chart: click to clear it"));
    m_rangeButton->setAccessibleName(tr("Clear the chart's time range"));
    m_rangeButton->hide();
    const int untilAt = m_ui->filterSecondHorizontalLayout->indexOf(m_ui->logUntilDateEdit);
    m_ui->filterSecondHorizontalLayout->insertWidget(untilAt + 1, m_rangeButton);
    QWidget::setTabOrder(m_ui->logUntilDateEdit, m_rangeButton);
    connect(m_rangeButton, &QToolButton::clicked, this, [this] {
        setTimeRange({}, {});
        applyFilters();
    });
}

void LogPage::makeInsights()
{
    m_insights = new InsightsView(m_log->path(), this);
    m_insights->hide();
    const int at = m_ui->logPageVerticalLayout->indexOf(m_ui->logSplitter);
    m_ui->logPageVerticalLayout->insertWidget(at + 1, m_insights, 1);
    // Made last, it went to the end of the Tab order: back where it shows, above Refresh.
    QWidget::setTabOrder(m_ui->logRefreshPushButton->previousInFocusChain(), m_insights);
    m_insights->setFilter(currentFilter());
    if (m_model->totalCount() >= 0)
        m_insights->setLogEmpty(m_model->totalCount() == 0);
    connect(m_insights, &InsightsView::drillDown, this, &LogPage::applyDrill);
    connect(m_insights, &InsightsView::clearFiltersRequested, this, &LogPage::clearFilters);
    connect(m_insights, &InsightsView::failed, m_ui->logStatusLabel, &QLabel::setText);
    connect(m_insightsTimer, &QTimer::timeout, m_insights, &InsightsView::refresh);
    connect(m_ui->logRefreshPushButton, &QPushButton::clicked, m_insights, &InsightsView::refresh);
}

bool LogPage::isInsightsShown() const
{
    return m_insightsButton->isChecked();
}

void LogPage::setInsightsShown(bool shown)
{
    if (shown && !m_insights)
        makeInsights();
    m_rowsButton->setChecked(!shown);
    m_insightsButton->setChecked(shown);
    applyTenantView(); // shows the view chosen
}

void LogPage::setTimeRange(const QDateTime &since, const QDateTime &until)
{
    if (since == m_rangeSince && until == m_rangeUntil)
        return;
    m_rangeSince = since;
    m_rangeUntil = until;
    if (since.isValid() || until.isValid()) {
        // The range replaces the dates, which would only repeat it less precisely.
        const bool applying = m_applying;
        m_applying = true;
        m_ui->logSinceDateEdit->setDate(m_ui->logSinceDateEdit->minimumDate());
        m_ui->logUntilDateEdit->setDate(m_ui->logUntilDateEdit->minimumDate());
        m_applying = applying;
    }
    updateTimeRangeButton();
}

void LogPage::updateTimeRangeButton()
{
    if (!m_rangeSince.isValid() && !m_rangeUntil.isValid()) {
        m_rangeButton->hide();
        return;
    }
    const QLocale locale;
    const QDateTime since = m_rangeSince.toLocalTime();
    const QDateTime until = m_rangeUntil.toLocalTime();
    const QString from = locale.toString(since, QLocale::ShortFormat);
    // The end on the same day shows as a time only.
    const QString to = until.date() == since.date()
        ? locale.toString(until.time(), QLocale::ShortFormat)
        : locale.toString(until, QLocale::ShortFormat);
    //: the time range chosen on a chart, %1 its start, %2 its end; the cross clears it
    m_rangeButton->setText(tr("%1 – %2 ✕").arg(from, to));
    m_rangeButton->setAccessibleName(tr("Time range %1 to %2: clear it").arg(from, to));
    m_rangeButton->show();
}

void LogPage::applyDrill(const InsightsDrill &drill)
{
    QString note;
    m_applying = true;
    switch (drill.kind) {
    case InsightsDrill::Kind::None:
        break;
    case InsightsDrill::Kind::TimeRange:
        setTimeRange(drill.since, drill.until);
        break;
    case InsightsDrill::Kind::ErrorCode:
        if (drill.errorCode != 0) {
            m_ui->logErrorCodeLineEdit->setText(QString::number(drill.errorCode));
        } else {
            // The error filter's empty value means any code: "no code" cannot be asked for.
            m_ui->logOutcomeComboBox->setCurrentIndex(
                m_ui->logOutcomeComboBox->findData(Attempt::outcomeName(Attempt::Outcome::Failed)));
            note = tr("The error filter cannot select failures without an error code: showing "
                      "the failed attempts; those without a code show none in the Error column.");
        }
        break;
    case InsightsDrill::Kind::Country:
        if (!drill.prefix.isEmpty())
            m_ui->logRecipientLineEdit->setText(drill.prefix);
        else
            note = tr("These numbers start with no known country calling code, so the recipient "
                      "filter cannot select them: the filters are unchanged.");
        break;
    case InsightsDrill::Kind::Latency:
        // The filters are columns of the attempt; the latency comes from its timeline.
        m_ui->logOutcomeComboBox->setCurrentIndex(
            m_ui->logOutcomeComboBox->findData(Attempt::outcomeName(Attempt::Outcome::Delivered)));
        note = tr("The log cannot be filtered by latency (it is worked out from each attempt's "
                  "timeline, which the filters do not read): showing the delivered attempts; "
                  "each one's timeline is in its details.");
        break;
    }
    m_applying = false;
    if (drill.kind == InsightsDrill::Kind::Country && drill.prefix.isEmpty()) {
        m_ui->logStatusLabel->setText(note);
        return; // nothing to narrow: the charts stay
    }
    applyFilters();
    m_ui->logStatusLabel->setText(note);
    setInsightsShown(false);
    m_ui->logTableView->setFocus(Qt::OtherFocusReason);
}
