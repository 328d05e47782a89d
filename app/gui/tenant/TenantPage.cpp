#include "TenantPage.h"
#include "ui_TenantPage.h"

#include "Icons.h"
#include "MfaTestPanel.h"
#include "auth0/Auth0Requests.h"
#include "auth0/Auth0Scopes.h"
#include "auth0/TenantConnectJob.h"
#include "auth0/TenantStatusJob.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QKeySequence>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QShortcut>
#include <QTextDocument>
#include <QTreeWidgetItem>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SeverityRole = Qt::UserRole + 1; // TenantFinding::severityName, for tests

CheckItem::State stateFor(TenantFinding::Severity s)
{
    switch (s) {
    case TenantFinding::Severity::Ok:
        return CheckItem::State::Pass;
    case TenantFinding::Severity::Info:
        return CheckItem::State::Manual;
    case TenantFinding::Severity::Warning:
        return CheckItem::State::Warning;
    case TenantFinding::Severity::Problem:
        return CheckItem::State::Fail;
    case TenantFinding::Severity::NotChecked:
        break;
    }
    return CheckItem::State::NotChecked;
}

} // namespace

TenantPage::TenantPage(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QWidget(parent),
      m_ui(new Ui::TenantPage),
      m_profiles(profiles),
      m_secrets(secrets),
      m_network(new QNetworkAccessManager(this))
{
    m_ui->setupUi(this);
    m_mfaTest = new MfaTestPanel(profiles, secrets, m_network, this);
    m_ui->tenantMfaTestVerticalLayout->addWidget(m_mfaTest);
    m_ui->tenantSplitter->setStretchFactor(0, 3);
    m_ui->tenantSplitter->setStretchFactor(1, 2);
    QTreeWidget *tree = m_ui->tenantFindingsTreeWidget;
    tree->setIconSize(QSize(16, 16));
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    tree->setWordWrap(false);
    m_ui->tenantDashboardPushButton->setEnabled(false);

    connect(m_ui->tenantConnectPushButton, &QPushButton::clicked, this, &TenantPage::connectTenant);
    connect(m_ui->tenantDisconnectPushButton, &QPushButton::clicked, this,
            &TenantPage::askDisconnect);
    connect(m_ui->tenantRefreshPushButton, &QPushButton::clicked, this, &TenantPage::refresh);
    connect(tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *row) { showFinding(row); });
    connect(m_ui->tenantDashboardPushButton, &QPushButton::clicked, this,
            &TenantPage::openDashboard);
    for (QLineEdit *edit : {m_ui->tenantDomainLineEdit, m_ui->tenantClientIdLineEdit,
                            m_ui->tenantClientSecretLineEdit, m_ui->tenantBaseUrlLineEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, &TenantPage::connectTenant);
        connect(edit, &QLineEdit::textEdited, this, &TenantPage::updateButtons);
    }
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &TenantPage::refresh);
    updateButtons();
}

TenantPage::~TenantPage() = default;

bool TenantPage::isBusy() const
{
    return m_statusJob || m_connectJob || m_readingSecret;
}

void TenantPage::setProfile(const QString &name)
{
    if (m_statusJob)
        m_statusJob->cancel();
    m_status = TenantStatus();
    m_ui->tenantFindingsTreeWidget->clear();
    m_ui->tenantDetailsTextBrowser->clear();
    m_ui->tenantSummaryLabel->clear();
    setConnectionMessage(QString(), false);
    const auto p = name.isEmpty() ? std::nullopt : m_profiles->load(name);
    m_hasProfile = p.has_value();
    m_profile = p.value_or(Profile());
    m_ui->tenantProfileNameLabel->setText(m_hasProfile ? name : tr("(none)"));
    m_mfaTest->setProfile(m_profile);
    fillConnection();
    m_needsRefresh = m_profile.auth0.isConnected();
    if (m_needsRefresh && isVisible())
        refresh();
    updateButtons();
}

void TenantPage::reload()
{
    const auto p = m_hasProfile ? m_profiles->load(m_profile.name) : std::nullopt;
    if (p)
        m_mfaTest->setProfile(*p); // its keychain entries may have changed
    if (!p || p->auth0 == m_profile.auth0)
        return;
    setProfile(p->name);
}

void TenantPage::fillConnection()
{
    const Auth0Connection &c = m_profile.auth0;
    m_ui->tenantDomainLineEdit->setText(c.domain);
    m_ui->tenantClientIdLineEdit->setText(c.clientId);
    m_ui->tenantBaseUrlLineEdit->setText(c.baseUrl.toString());
    m_ui->tenantClientSecretLineEdit->clear();
    m_ui->tenantClientSecretLineEdit->setPlaceholderText(
        c.isConnected() ? tr("in the keychain; type a new one to replace it")
                        : tr("kept only in the system keychain"));
    if (!m_hasProfile)
        m_ui->tenantSummaryLabel->setText(tr("Create or pick a profile on the Secrets page."));
    else if (!c.isConnected())
        m_ui->tenantSummaryLabel->setText(
            tr("Not connected. In the Auth0 Dashboard, create a Machine to Machine application "
               "authorized for the Auth0 Management API with the scopes %1, then enter its "
               "domain, client ID and client secret above.")
                .arg(Auth0Scopes::all().join(QStringLiteral(", "))));
}

void TenantPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_needsRefresh && !m_statusJob)
        refresh();
}

void TenantPage::updateButtons()
{
    const bool busy = isBusy();
    const bool connected = m_profile.auth0.isConnected();
    m_ui->tenantConnectPushButton->setEnabled(m_hasProfile && !busy);
    m_ui->tenantConnectPushButton->setText(connected ? tr("Rec&onnect") : tr("C&onnect"));
    m_ui->tenantDisconnectPushButton->setEnabled(m_hasProfile && connected && !busy);
    m_ui->tenantRefreshPushButton->setEnabled(m_hasProfile && connected && !busy);
    for (QLineEdit *edit : {m_ui->tenantDomainLineEdit, m_ui->tenantClientIdLineEdit,
                            m_ui->tenantClientSecretLineEdit, m_ui->tenantBaseUrlLineEdit})
        edit->setEnabled(m_hasProfile && !m_connectJob);
}

void TenantPage::setConnectionMessage(const QString &text, bool error)
{
    m_ui->tenantConnectionStatusLabel->setText(text);
    QPalette pal = m_ui->tenantConnectionStatusLabel->palette();
    pal.setColor(QPalette::WindowText,
                 error ? Icons::stateColor(CheckItem::State::Fail)
                       : palette().color(QPalette::WindowText));
    m_ui->tenantConnectionStatusLabel->setPalette(pal);
}

void TenantPage::connectTenant()
{
    if (!m_hasProfile || isBusy())
        return;
    Auth0Connection c;
    c.domain = m_ui->tenantDomainLineEdit->text().trimmed().toLower();
    c.clientId = m_ui->tenantClientIdLineEdit->text().trimmed();
    const QString base = m_ui->tenantBaseUrlLineEdit->text().trimmed();
    if (!base.isEmpty())
        c.baseUrl = QUrl(base, QUrl::StrictMode);
    if (const QString e = Auth0Requests::checkConnection(c); !e.isEmpty()) {
        setConnectionMessage(e, true);
        QLineEdit *field = e.startsWith(tr("Client ID")) ? m_ui->tenantClientIdLineEdit
            : e.startsWith(tr("Auth0 base URL"))         ? m_ui->tenantBaseUrlLineEdit
                                                         : m_ui->tenantDomainLineEdit;
        field->setFocus();
        return;
    }
    const QString secret = m_ui->tenantClientSecretLineEdit->text();
    if (!secret.isEmpty()) {
        startConnect(c, secret);
        return;
    }
    if (!m_profile.auth0.isConnected()) {
        setConnectionMessage(Auth0Requests::checkClientSecret(secret), true);
        m_ui->tenantClientSecretLineEdit->setFocus();
        return;
    }
    // Reconnecting with the secret already in the keychain (a changed base URL, say).
    m_readingSecret = true;
    updateButtons();
    setConnectionMessage(tr("Reading the client secret from the keychain…"), false);
    SecretsJob *read = m_secrets->read(m_profile.name, {SecretRules::auth0ClientSecretName()});
    connect(read, &SecretsJob::finished, this, [this, read, c] {
        m_readingSecret = false;
        const QString stored = read->values().value(SecretRules::auth0ClientSecretName());
        if (read->failed() || stored.isEmpty()) {
            setConnectionMessage(read->failed()
                                     ? tr("The keychain could not be read: %1 %2")
                                           .arg(read->error().summary(), read->error().fix())
                                     : tr("Client secret: none is stored; enter it."),
                                 true);
            updateButtons();
            return;
        }
        startConnect(c, stored);
    });
}

void TenantPage::startConnect(const Auth0Connection &connection, const QString &secret)
{
    setConnectionMessage(tr("Asking %1 for a Management API token…").arg(connection.domain), false);
    m_connectJob = TenantConnectJob::connectProfile(m_profile.name, connection, secret, m_profiles,
                                                    m_secrets, m_network, this);
    const QString profile = m_profile.name;
    connect(m_connectJob, &TenantConnectJob::finished, this,
            [this, job = m_connectJob.data(), profile] {
                m_connectJob = nullptr;
                if (job->failed()) {
                    // The typed values stay; nothing was stored.
                    setConnectionMessage(job->errorText(), true);
                    updateButtons();
                    return;
                }
                m_ui->tenantClientSecretLineEdit->clear();
                m_profile = job->profile();
                m_mfaTest->setProfile(m_profile);
                fillConnection();
                const QStringList missing = job->missingScopes();
                setConnectionMessage(
                    missing.isEmpty() ? tr("Connected; the token has every scope the console uses.")
                                      : tr("Connected; the token lacks %1. %2")
                                            .arg(missing.join(QStringLiteral(", ")),
                                                 Auth0Scopes::whereToGrant(missing)),
                    false);
                updateButtons();
                Q_EMIT connectionChanged(profile);
                refresh();
            });
    updateButtons();
}

void TenantPage::askDisconnect()
{
    if (!m_hasProfile || !m_profile.auth0.isConnected() || isBusy())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disconnect from the tenant"),
                                tr("Disconnect profile \"%1\" from %2? Its client secret is "
                                   "removed from the keychain; nothing changes in the tenant.")
                                    .arg(m_profile.name, m_profile.auth0.domain),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("tenantDisconnectMessageBox"));
    QPushButton *yes = box->addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString profile = m_profile.name;
    connect(box, &QMessageBox::finished, this, [this, box, yes, profile] {
        if (box->clickedButton() != yes || profile != m_profile.name)
            return;
        m_connectJob = TenantConnectJob::disconnectProfile(profile, m_profiles, m_secrets, this);
        connect(m_connectJob, &TenantConnectJob::finished, this,
                [this, job = m_connectJob.data(), profile] {
                    m_connectJob = nullptr;
                    if (job->failed()) {
                        setConnectionMessage(job->errorText(), true);
                        updateButtons();
                        return;
                    }
                    setProfile(profile);
                    setConnectionMessage(tr("Disconnected; the client secret is gone from the "
                                            "keychain."),
                                         false);
                    Q_EMIT connectionChanged(profile);
                });
        updateButtons();
    });
    box->open();
}

void TenantPage::refresh()
{
    if (!m_hasProfile || !m_profile.auth0.isConnected() || m_statusJob)
        return;
    m_needsRefresh = false;
    m_ui->tenantSummaryLabel->setText(tr("Reading %1…").arg(m_profile.auth0.domain));
    m_statusJob = TenantStatusJob::start(m_profile, m_secrets, m_network, this);
    const QString profile = m_profile.name;
    connect(m_statusJob, &TenantStatusJob::progress, this, [this](int done, int total) {
        m_ui->tenantSummaryLabel->setText(
            tr("Reading %1… (%2 of %3)").arg(m_profile.auth0.domain).arg(done).arg(total));
    });
    connect(m_statusJob, &TenantStatusJob::finished, this,
            [this, job = m_statusJob.data(), profile] {
                m_statusJob = nullptr;
                if (profile == m_profile.name)
                    showStatus(job->status());
                updateButtons();
                Q_EMIT statusRead();
            });
    updateButtons();
}

void TenantPage::setTwilioSandbox(TwilioSandbox *sandbox)
{
    m_mfaTest->setTwilioSandbox(sandbox);
}

void TenantPage::showStatus(const TenantStatus &status)
{
    m_status = status;
    m_mfaTest->setTenantStatus(status);
    QTreeWidget *tree = m_ui->tenantFindingsTreeWidget;
    const QString current
        = tree->currentItem() ? tree->currentItem()->data(0, IdRole).toString() : QString();
    tree->clear();
    QTreeWidgetItem *select = nullptr;
    QTreeWidgetItem *firstProblem = nullptr;
    for (const TenantFinding &f : status.findings) {
        auto *row = new QTreeWidgetItem(tree);
        const CheckItem::State state = stateFor(f.severity);
        row->setIcon(0, Icons::state(state));
        row->setText(0, f.title);
        row->setText(1, f.finding);
        row->setToolTip(1, f.finding);
        row->setData(0, IdRole, f.id);
        row->setData(0, SeverityRole, TenantFinding::severityName(f.severity));
        row->setData(
            0, Qt::AccessibleTextRole,
            QString(TenantFinding::severityText(f.severity) + QLatin1String(": ") + f.title));
        if (f.id == current)
            select = row;
        if (!firstProblem && f.severity != TenantFinding::Severity::Ok
            && f.severity != TenantFinding::Severity::Info)
            firstProblem = row;
    }
    // The first thing to fix is what the administrator wants to read; else keep their place.
    if (firstProblem)
        select = firstProblem;
    else if (!select)
        select = tree->topLevelItem(0);
    tree->setCurrentItem(select);
    const bool ok = status.wouldSend();
    m_ui->tenantSummaryLabel->setText(status.summary());
    QPalette pal = m_ui->tenantSummaryLabel->palette();
    pal.setColor(QPalette::WindowText,
                 Icons::stateColor(ok ? CheckItem::State::Pass : CheckItem::State::Fail));
    m_ui->tenantSummaryLabel->setPalette(pal);
}

void TenantPage::showFinding(QTreeWidgetItem *row)
{
    const TenantFinding *f = row ? m_status.finding(row->data(0, IdRole).toString()) : nullptr;
    m_ui->tenantDashboardPushButton->setEnabled(f && !f->dashboardUrl.isEmpty());
    if (!f) {
        m_ui->tenantDetailsTextBrowser->clear();
        return;
    }
    QString markdown = QStringLiteral("### %1\n\n**%2.** %3\n\n")
                           .arg(f->title, TenantFinding::severityText(f->severity), f->finding);
    if (!f->details.isEmpty())
        markdown += f->details + QStringLiteral("\n\n");
    if (!f->fix.isEmpty())
        markdown += tr("**What to do:** %1").arg(f->fix) + QStringLiteral("\n\n");
    if (!f->dashboardUrl.isEmpty())
        markdown += tr("Auth0 Dashboard: <%1>").arg(f->dashboardUrl.toString()) + QLatin1Char('\n');
    m_ui->tenantDetailsTextBrowser->setMarkdown(markdown);
}

void TenantPage::openDashboard()
{
    QTreeWidgetItem *row = m_ui->tenantFindingsTreeWidget->currentItem();
    const TenantFinding *f = row ? m_status.finding(row->data(0, IdRole).toString()) : nullptr;
    if (!f || f->dashboardUrl.isEmpty())
        return;
    if (!QDesktopServices::openUrl(f->dashboardUrl))
        setConnectionMessage(tr("No web browser could be started; open %1 yourself.")
                                 .arg(f->dashboardUrl.toString()),
                             true);
}
