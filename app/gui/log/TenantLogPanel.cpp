#include "TenantLogPanel.h"

#include "TenantChainModel.h"
#include "auth0/TenantSecret.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"

#include "sync/SyncProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString key(const TenantChain &c)
{
    if (c.event)
        return c.event->logId;
    return c.attempt ? QStringLiteral("attempt:%1").arg(c.attempt->id) : QString();
}

QString localTime(const QDateTime &utc, const QString &format)
{
    return utc.isValid() ? utc.toLocalTime().toString(format) : QString();
}

} // namespace

TenantLogPanel::TenantLogPanel(DeliveryLog *log, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent),
      m_log(log),
      m_profiles(profiles),
      m_model(new TenantChainModel(this)),
      m_typeCombo(new QComboBox(this)),
      m_orphansCheck(new QCheckBox(tr("Twilio messages with no Auth0 event"), this)),
      m_countLabel(new QLabel(this)),
      m_table(new QTableView(this)),
      m_details(new QTextBrowser(this)),
      m_syncStatus(new QLabel(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tenantLogPanel"));
    m_typeCombo->setObjectName(QStringLiteral("tenantEventTypeComboBox"));
    m_orphansCheck->setObjectName(QStringLiteral("tenantOrphansCheckBox"));
    m_countLabel->setObjectName(QStringLiteral("tenantChainCountLabel"));
    m_table->setObjectName(QStringLiteral("tenantChainTableView"));
    m_details->setObjectName(QStringLiteral("tenantChainDetailsTextBrowser"));
    m_syncStatus->setObjectName(QStringLiteral("tenantSyncStatusLabel"));
    m_cancelButton->setObjectName(QStringLiteral("tenantSyncCancelPushButton"));

    m_typeCombo->setToolTip(tr("Which Auth0 tenant log events to show"));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeCombo->addItem(tr("All MFA sends"), QString());
    for (const QString &type : TenantLogRecord::syncedTypes())
        m_typeCombo->addItem(TenantLogRecord::typeText(type), type);
    m_orphansCheck->setChecked(true);
    m_orphansCheck->setToolTip(tr("Also list this profile's Twilio messages that no Auth0 event "
                                  "explains: sends from elsewhere"));
    m_syncStatus->setTextFormat(Qt::PlainText);
    m_syncStatus->setWordWrap(true);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    auto *typeLabel = new QLabel(tr("Auth0 event:"), this);
    typeLabel->setBuddy(m_typeCombo);
    filters->addWidget(typeLabel);
    filters->addWidget(m_typeCombo);
    filters->addWidget(m_orphansCheck);
    filters->addStretch(1);
    filters->addWidget(m_countLabel);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Auth0 events and their Twilio messages"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrow keys move between rows
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const auto width
        = [this](const QString &sample) { return fontMetrics().horizontalAdvance(sample) + 28; };
    columns->resizeSection(TenantChainModel::Time, width(QStringLiteral("2025-12-31 23:59:59")));
    columns->resizeSection(TenantChainModel::Chain,
                           width(tr("Auth0 sent, no Twilio message found")) + 16);
    columns->resizeSection(TenantChainModel::Event, width(tr("MFA SMS failed")));
    columns->resizeSection(TenantChainModel::Recipient, width(QStringLiteral("+441234567890")));
    columns->resizeSection(TenantChainModel::Sid, width(QStringLiteral("SM0123456789abcdef")));
    columns->resizeSection(TenantChainModel::Delivery, width(tr("never reached Twilio")));
    m_details->setOpenExternalLinks(false);
    m_details->setAccessibleName(tr("The selected event's hops"));
    m_details->document()->setDocumentMargin(6);
    m_details->setPlaceholderText(tr("Select a row to see each hop with its latency."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("tenantChainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *sync = new QHBoxLayout;
    sync->setContentsMargins(0, 0, 0, 0);
    sync->addWidget(m_syncStatus, 1);
    sync->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(sync);

    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &TenantLogPanel::reload);
    connect(m_orphansCheck, &QCheckBox::toggled, this, &TenantLogPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantLogPanel::onCurrentRowChanged);
    connect(m_cancelButton, &QPushButton::clicked, this, &TenantLogPanel::cancelSync);
    // Rows written meanwhile (a Twilio sync, a send, a tenant sync) show after a short pause.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &TenantLogPanel::reload);
    if (m_log) {
        connect(m_log, &DeliveryLog::attemptsImported, m_refreshTimer, qOverload<>(&QTimer::start));
        connect(m_log, &DeliveryLog::attemptChanged, this, [this] {
            if (isVisible())
                m_refreshTimer->start();
        });
    }
    updateSyncButtons();
}

TenantLogPanel::~TenantLogPanel()
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
}

QString TenantLogPanel::eventType() const
{
    return m_typeCombo->currentData().toString();
}

void TenantLogPanel::setFilter(const QString &profile, const QDateTime &since,
                               const QDateTime &until)
{
    if (profile == m_filter.profile && since == m_filter.since && until == m_filter.until
        && m_generation > 0)
        return;
    m_filter.profile = profile;
    m_filter.since = since;
    m_filter.until = until;
    reload();
}

void TenantLogPanel::reload()
{
    m_refreshTimer->stop();
    m_filter.type = eventType();
    m_filter.withMessagesWithoutEvent = m_orphansCheck->isChecked();
    const quint64 generation = ++m_generation;
    m_countLabel->setText(tr("Reading…"));
    if (!m_log) {
        m_countLabel->setText(tr("The delivery log is not available."));
        return;
    }
    TenantLogStore::chains(
        m_log, m_filter, RowLimit, this,
        [this, generation](const QList<TenantChain> &chains, const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                m_countLabel->setText(tr("The log could not be read: %1").arg(error));
                return;
            }
            m_model->setChains(chains);
            m_countLabel->setText(chains.size() >= RowLimit
                                      ? tr("the newest %Ln", nullptr, int(chains.size()))
                                      : tr("%Ln chain(s)", nullptr, int(chains.size())));
            int row = -1;
            for (int i = 0; i < chains.size() && !m_selectedKey.isEmpty(); ++i) {
                if (key(chains.at(i)) == m_selectedKey)
                    row = i;
            }
            if (row >= 0)
                m_table->selectRow(row);
            else
                showDetails(nullptr);
            Q_EMIT chainsLoaded(int(chains.size()));
        });
}

void TenantLogPanel::onCurrentRowChanged()
{
    const TenantChain *c = m_model->chainAt(m_table->currentIndex().row());
    m_selectedKey = c ? key(*c) : QString();
    showDetails(c);
}

void TenantLogPanel::showDetails(const TenantChain *c)
{
    if (!c) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(TenantChain::kindText(c->kind).toHtmlEscaped(),
                            localTime(c->at(), QStringLiteral("yyyy-MM-dd")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const TenantChain::Hop &h : c->hops()) {
        QString mark = h.failed ? QStringLiteral("✖")
            : h.reached         ? QStringLiteral("✔")
                                : QStringLiteral("…");
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>"
                               "<tr><td></td><td colspan=\"3\">%5</td></tr>")
                    .arg(mark, h.title.toHtmlEscaped(),
                         localTime(h.at, QStringLiteral("HH:mm:ss.zzz")).toHtmlEscaped(),
                         h.latencyMs ? TenantChain::latencyText(*h.latencyMs).toHtmlEscaped()
                                     : QString(),
                         h.detail.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>").arg(c->summary().toHtmlEscaped());
    if (c->event) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Auth0 says:").toHtmlEscaped(), c->event->description.toHtmlEscaped());
        html += QStringLiteral("<pre>%1</pre>")
                    .arg(QString::fromUtf8(
                             QJsonDocument(c->event->raw).toJson(QJsonDocument::Indented))
                             .toHtmlEscaped());
    }
    m_details->setHtml(html);
}

QString TenantLogPanel::detailsText() const
{
    return m_details->toPlainText();
}

void TenantLogPanel::startSync(const QString &requested)
{
    if (isSyncing())
        return;
    QString name = requested;
    if (name.isEmpty())
        name = m_filter.profile.isEmpty() ? m_defaultProfile : m_filter.profile;
    if (name.isEmpty()) {
        m_syncStatus->setText(tr("Profile: choose the profile whose tenant to read in the "
                                 "profile filter."));
        return;
    }
    const std::optional<Profile> profile = m_profiles ? m_profiles->load(name) : std::nullopt;
    if (!profile) {
        m_syncStatus->setText(tr("Profile: “%1” no longer exists; choose another one.").arg(name));
        return;
    }
    if (!profile->auth0.isConnected()) {
        m_syncStatus->setText(TenantSecret::notConnected(*profile));
        return;
    }
    if (!m_secrets) {
        m_syncStatus->setText(tr("The keychain is not available, so the tenant's client secret "
                                 "of “%1” cannot be read.")
                                  .arg(name));
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *sync = new TenantLogSync(m_log, *profile, m_secrets, m_network, this);
    m_sync = sync;
    m_syncStatus->setText(tr("Reading the tenant log of “%1”…").arg(name));
    connect(sync, &TenantLogSync::progressChanged, this, [this](const TenantLogSync::Progress &p) {
        const QString text = SyncProgressText::page(p.common());
        m_syncStatus->setText(text);
        m_refreshTimer->start();
    });
    connect(sync, &TenantLogSync::rateLimited, this, [this](const QDateTime &reset) {
        m_syncStatus->setText(tr("Auth0's rate limit: waiting until %1…")
                                  .arg(QLocale().toString(reset.toLocalTime().time())));
    });
    connect(sync, &TenantLogSync::finished, this, [this, sync](TenantLogSync::Outcome outcome) {
        const TenantLogSync::Progress &p = sync->progress();
        if (outcome == TenantLogSync::Outcome::Completed)
            //: %1 the start date, %2 what was stored and matched (SyncProgressText::summary)
            m_syncStatus->setText(tr("Synced since %1: %2.")
                                      .arg(QLocale().toString(sync->since(), QLocale::ShortFormat),
                                           SyncProgressText::summary(p.common())));
        else if (outcome == TenantLogSync::Outcome::Cancelled)
            m_syncStatus->setText(tr("Sync cancelled; the next sync continues where it stopped."));
        else
            m_syncStatus->setText(sync->errorString());
        sync->deleteLater();
        m_sync = nullptr;
        updateSyncButtons();
        reload();
        Q_EMIT syncFinished(outcome);
    });
    updateSyncButtons();
    sync->start();
}

void TenantLogPanel::cancelSync()
{
    if (m_sync)
        m_sync->cancel();
}

void TenantLogPanel::updateSyncButtons()
{
    m_cancelButton->setVisible(isSyncing());
    Q_EMIT syncRunningChanged(isSyncing());
}
