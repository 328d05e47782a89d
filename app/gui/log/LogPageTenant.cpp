// LogPage: the "Auth0 login" source, which shows the tenant log's chains (TenantLogPanel) in
// place of the attempts table, and the "Sync tenant logs" button.

#include "LogPage.h"
#include "ui_LogPage.h"

#include "InsightsView.h"
#include "TenantLogPanel.h"
#include "log/TenantLogStore.h"

#include <QTextBrowser>

namespace {
const QString Auth0LoginSource = QStringLiteral("auth0-login");
} // namespace

void LogPage::setUpTenantChains()
{
    m_tenantPanel = new TenantLogPanel(m_log, m_profiles, this);
    m_tenantPanel->hide();
    const int at = m_ui->logPageVerticalLayout->indexOf(m_ui->logSplitter);
    m_ui->logPageVerticalLayout->insertWidget(at + 1, m_tenantPanel, 1);
    m_ui->logSourceComboBox->addItem(tr("Auth0 login"), Auth0LoginSource);

    m_tenantSyncButton = new QPushButton(tr("Sync tenant logs"), this);
    m_tenantSyncButton->setObjectName(QStringLiteral("logTenantSyncPushButton"));
    m_tenantSyncButton->setToolTip(tr("Read the profile's Auth0 tenant log and match each MFA "
                                      "text to its Twilio message"));
    const int syncAt = m_ui->exportHorizontalLayout->indexOf(m_ui->logSyncPushButton);
    m_ui->exportHorizontalLayout->insertWidget(syncAt + 1, m_tenantSyncButton);
    connect(m_tenantSyncButton, &QPushButton::clicked, this, [this] {
        // The chains view shows the sync's progress and its rows.
        const int index = m_ui->logSourceComboBox->findData(Auth0LoginSource);
        m_ui->logSourceComboBox->setCurrentIndex(index); // applies the filters
        m_tenantPanel->startSync(QString());
    });
    connect(m_tenantPanel, &TenantLogPanel::syncRunningChanged, m_tenantSyncButton,
            &QWidget::setDisabled);
}

bool LogPage::isTenantView() const
{
    return m_ui->logSourceComboBox->currentData().toString() == Auth0LoginSource;
}

bool LogPage::applyTenantView()
{
    const bool tenant = isTenantView();
    // Insights (of the attempts) over the chains or the rows. Hide the others before showing
    // one: two shown at once would make the page taller.
    const bool insights = m_insights && isInsightsShown();
    QWidget *shown = insights ? static_cast<QWidget *>(m_insights)
        : tenant              ? static_cast<QWidget *>(m_tenantPanel)
                              : m_ui->logSplitter;
    for (QWidget *view :
         {static_cast<QWidget *>(m_ui->logSplitter), static_cast<QWidget *>(m_tenantPanel),
          static_cast<QWidget *>(m_insights)})
        if (view && view != shown)
            view->hide();
    shown->show();
    m_ui->logCountLabel->setVisible(!tenant); // the chains view counts its own rows
    // Outcome, API, recipient, error and text belong to attempts; the chains filter by profile,
    // dates and the Auth0 event type.
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->logOutcomeComboBox, m_ui->logApiComboBox, m_ui->logRecipientLineEdit,
             m_ui->logErrorCodeLineEdit, m_ui->logSearchLineEdit})
        w->setEnabled(!tenant || insights);
    if (!tenant)
        return false;
    const LogFilter filter = currentFilter();
    m_tenantPanel->setFilter(filter.profile, filter.since, filter.until);
    return true;
}

void LogPage::showTenantChain(qint64 attemptId)
{
    if (!m_tenantChainLabel) {
        // Under the summary: where this message stands in an MFA login, when it is part of one.
        // A scrolling box of a few lines, so that the details still fit a small screen.
        m_tenantChainLabel = new QTextBrowser(this);
        m_tenantChainLabel->setObjectName(QStringLiteral("detailTenantChainTextBrowser"));
        m_tenantChainLabel->setFrameShape(QFrame::NoFrame);
        m_tenantChainLabel->setLineWrapMode(QTextEdit::WidgetWidth);
        m_tenantChainLabel->viewport()->setAutoFillBackground(false);
        m_tenantChainLabel->document()->setDocumentMargin(0);
        const int line = fontMetrics().lineSpacing();
        m_tenantChainLabel->setMinimumHeight(2 * line);
        m_tenantChainLabel->setMaximumHeight(6 * line);
        const int at = m_ui->detailsVerticalLayout->indexOf(m_ui->detailSummaryLabel);
        m_ui->detailsVerticalLayout->insertWidget(at + 1, m_tenantChainLabel);
    }
    m_tenantChainLabel->hide();
    const quint64 generation = m_detailsGeneration;
    TenantLogStore::chainForAttempt(
        m_log, attemptId, this,
        [this, generation](const std::optional<TenantChain> &chain, const QString &) {
            if (generation != m_detailsGeneration || !chain)
                return;
            QStringList lines {chain->kind == TenantChain::Kind::NoAuth0Event
                                   ? TenantChain::kindText(chain->kind)
                                   : tr("MFA login:")};
            for (const TenantChain::Hop &h : chain->hops()) {
                if (chain->kind == TenantChain::Kind::NoAuth0Event)
                    break;
                QString line = QStringLiteral("  %1 %2").arg(
                    h.title,
                    h.at.isValid() ? h.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))
                                   : tr("(not reached)"));
                if (h.latencyMs)
                    line += QStringLiteral(" (%1)").arg(TenantChain::latencyText(*h.latencyMs));
                if (!h.detail.isEmpty())
                    line += QStringLiteral(": ") + h.detail;
                lines << line;
            }
            m_tenantChainLabel->setPlainText(lines.join(QLatin1Char('\n')));
            m_tenantChainLabel->show();
        });
}
