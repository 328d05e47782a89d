// LogPage: the "Auth0 login" source, which shows the tenant log's chains (TenantLogPanel) in
// place of the attempts table, and the "Sync tenant logs" button.

#include "LogPage.h"
#include "ui_LogPage.h"

#include "TenantLogPanel.h"

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
    m_ui->logSplitter->setVisible(!tenant);
    m_tenantPanel->setVisible(tenant);
    m_ui->logCountLabel->setVisible(!tenant); // the chains view counts its own rows
    // Outcome, API, recipient, error and text belong to attempts; the chains filter by profile,
    // dates and the Auth0 event type.
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->logOutcomeComboBox, m_ui->logApiComboBox, m_ui->logRecipientLineEdit,
             m_ui->logErrorCodeLineEdit, m_ui->logSearchLineEdit})
        w->setEnabled(!tenant);
    if (!tenant)
        return false;
    const LogFilter filter = currentFilter();
    m_tenantPanel->setFilter(filter.profile, filter.since, filter.until);
    return true;
}
