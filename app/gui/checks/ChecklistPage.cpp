#include "ChecklistPage.h"
#include "ui_ChecklistPage.h"

#include "Icons.h"
#include "PrivateFiles.h"
#include "Tones.h"
#include "WrappedRows.h"

#include "checks/Checklist.h"
#include "checks/ChecklistReport.h"
#include "profile/ProfileStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidgetItem>

namespace {

using State = CheckItem::State;

constexpr int IdRole = Qt::UserRole;
constexpr int StateRole = Qt::UserRole + 1; // CheckItem::stateName, for tests and tools

QColor stateColor(State state)
{
    return Icons::stateColor(state);
}

QIcon stateIcon(State state)
{
    return Icons::state(state);
}

// "rewriteE164FixPushButton" for CheckFix::Kind::RewriteE164: tests find fix buttons by kind.
QString fixObjectName(CheckFix::Kind kind)
{
    const QStringList words = CheckFix::kindName(kind).split(QLatin1Char('-'));
    QString name = words.first();
    for (int i = 1; i < words.size(); ++i)
        name += words.at(i).left(1).toUpper() + words.at(i).mid(1);
    return name.replace(QStringLiteral("e164"), QStringLiteral("E164"))
        + QStringLiteral("FixPushButton");
}

} // namespace

ChecklistPage::ChecklistPage(ProfileStore *profiles, SecretStore *secrets, DeliveryLog *log,
                             QWidget *parent)
    : QWidget(parent),
      m_ui(new Ui::ChecklistPage),
      m_profiles(profiles),
      m_secrets(secrets),
      m_network(new QNetworkAccessManager(this)),
      m_checklist(new Checklist(profiles, secrets, m_network, log, this))
{
    m_ui->setupUi(this);
    // The buttons get a row of their own under the profile and the recipient, so that the
    // page fits a small window (SmallestPageWidth) in every language.
    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(QStringLiteral("buttonsHorizontalLayout"));
    QHBoxLayout *header = m_ui->headerHorizontalLayout;
    const int first = header->indexOf(m_ui->buttonsHorizontalSpacer);
    while (header->count() > first)
        buttons->addItem(header->takeAt(first));
    m_ui->checklistPageVerticalLayout->insertLayout(
        m_ui->checklistPageVerticalLayout->indexOf(header) + 1, buttons);
    header->addStretch(1);
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->checklistSplitter->setStretchFactor(0, 2);
    m_ui->checklistSplitter->setStretchFactor(1, 3);

    QTreeWidget *tree = m_ui->itemsTreeWidget;
    tree->setIconSize(QSize(16, 16));
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    wrapRows(tree); // long titles wrap onto a second line rather than ending in "..."
    // Links in the details open through openLink(), which says when no browser could.
    m_ui->detailsTextBrowser->setOpenExternalLinks(false);
    m_ui->detailsTextBrowser->setOpenLinks(false);
    connect(m_ui->detailsTextBrowser, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { openLink(url); });
    for (const CheckItem &item : m_checklist->items()) {
        auto *row = new QTreeWidgetItem(tree);
        row->setData(0, IdRole, item.id);
        updateRow(item);
    }
    tree->setCurrentItem(tree->topLevelItem(0));

    connect(tree, &QTreeWidget::currentItemChanged, this, [this] {
        showCurrent();
        updateButtons();
    });
    connect(m_ui->runAllPushButton, &QPushButton::clicked, this, &ChecklistPage::runAll);
    connect(m_ui->runItemPushButton, &QPushButton::clicked, this, &ChecklistPage::runCurrent);
    connect(tree, &QTreeWidget::itemDoubleClicked, this, &ChecklistPage::runCurrent);
    connect(m_ui->checklistCancelPushButton, &QPushButton::clicked, m_checklist,
            &Checklist::cancel);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &ChecklistPage::exportWithDialog);
    connect(m_ui->checklistRecipientLineEdit, &QLineEdit::editingFinished, this, [this] {
        m_checklist->setRecipient(m_ui->checklistRecipientLineEdit->text());
        m_checklist->rememberRecipient(m_ui->checklistRecipientLineEdit->text());
    });

    connect(m_checklist, &Checklist::itemChanged, this, [this](const CheckItem &item) {
        updateRow(item);
        if (item.id == currentId())
            showItem(item);
        // An item that changes after the run (confirmed by hand, a fix applied): the tally
        // under the list follows it, never left saying what no longer holds.
        if (m_summaryShown && !m_checklist->isRunning())
            setStatus(ChecklistReport::summaryText(m_checklist->items()));
    });
    connect(m_checklist, &Checklist::started, this, &ChecklistPage::updateButtons);
    connect(m_checklist, &Checklist::progress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, qMax(1, total));
        m_ui->progressBar->setValue(done);
    });
    connect(m_checklist, &Checklist::finished, this, [this] {
        setStatus(ChecklistReport::summaryText(m_checklist->items()));
        m_summaryShown = true;
        updateButtons();
        showCurrent();
    });
    connect(m_checklist, &Checklist::fixApplied, this,
            [this](const CheckFix &, bool ok, const QString &message) {
                // The fix's word, then the tally as it now stands (a confirmation changes it).
                if (!message.isEmpty())
                    setStatus(message + QLatin1Char('\n')
                                  + ChecklistReport::summaryText(m_checklist->items()),
                              Tones::style(ok ? Tone::Good : Tone::Bad));
                updateButtons();
                showCurrent();
            });
    setProfile(QString());
}

ChecklistPage::~ChecklistPage() = default;

void ChecklistPage::setProfile(const QString &name)
{
    if (m_profiles && !name.isEmpty())
        m_profile = m_profiles->load(name).value_or(Profile());
    else
        m_profile = Profile();
    m_checklist->setProfile(m_profile);
    m_ui->checklistProfileNameLabel->setText(
        m_profile.name.isEmpty() ? tr("(none)")
                                 : QStringLiteral("<b>%1</b>").arg(m_profile.name.toHtmlEscaped()));
    const QString recipient = m_checklist->rememberedRecipient();
    m_ui->checklistRecipientLineEdit->setText(recipient);
    m_checklist->setRecipient(recipient);
    for (const CheckItem &item : m_checklist->items())
        updateRow(item);
    m_ui->progressBar->setValue(0);
    setStatus(m_profile.name.isEmpty()
                  ? tr("Choose a profile on the Secrets page to check it.")
                  : tr("Press Run all checks: each item is checked against the keychain, Twilio "
                       "and the delivery log."));
    showCurrent();
    updateButtons();
}

void ChecklistPage::reload()
{
    setProfile(m_profile.name);
}

QTreeWidgetItem *ChecklistPage::row(const QString &id) const
{
    QTreeWidget *tree = m_ui->itemsTreeWidget;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, IdRole).toString() == id)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QString ChecklistPage::currentId() const
{
    const QTreeWidgetItem *current = m_ui->itemsTreeWidget->currentItem();
    return current ? current->data(0, IdRole).toString() : QString();
}

void ChecklistPage::updateRow(const CheckItem &item)
{
    QTreeWidgetItem *r = row(item.id);
    if (!r)
        return;
    r->setText(0, QStringLiteral("%1. %2").arg(CheckItem::number(item.id)).arg(item.title));
    r->setIcon(0, stateIcon(item.state));
    r->setText(1, CheckItem::stateText(item.state));
    r->setForeground(1, stateColor(item.state));
    r->setData(0, StateRole, CheckItem::stateName(item.state));
    r->setToolTip(0, item.finding);
}

void ChecklistPage::showCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        showItem(m_checklist->item(id));
}

void ChecklistPage::showItem(const CheckItem &item)
{
    // Title and finding head the details: word-wrapped labels in a splitter pane do not get
    // their height for their width, a text browser does.
    QString finding = item.finding;
    if (finding.isEmpty())
        finding = item.state == State::Running ? tr("Checking…")
                                               : tr("Press Run all checks, or Run this item.");
    const QString head
        = QStringLiteral("<h3>%1. %2</h3><p><span style=\"color:%3\"><b>%4</b></span> — %5</p>")
              .arg(CheckItem::number(item.id))
              .arg(item.title.toHtmlEscaped(), stateColor(item.state).name(),
                   CheckItem::stateText(item.state).toHtmlEscaped(), finding.toHtmlEscaped());
    QTextDocument body;
    body.setMarkdown(item.details);
    m_ui->detailsTextBrowser->setHtml(head + QStringLiteral("<hr/>") + body.toHtml());
    m_ui->detailsTextBrowser->verticalScrollBar()->setValue(0);

    // The fix buttons of this item, made again each time (an item has at most a few).
    QLayout *layout = m_ui->fixesWidget->layout();
    while (QLayoutItem *child = layout->takeAt(0)) {
        if (QWidget *w = child->widget()) {
            // Later: this may run inside that very button's clicked(). Nameless and hidden
            // now, so that no one finds it meanwhile.
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete child;
    }
    QStringList names;
    for (const CheckFix &fix : item.fixes) {
        auto *button = new QPushButton(fix.label, m_ui->fixesWidget);
        QString name = fixObjectName(fix.kind);
        if (names.contains(name))
            name += QString::number(names.count(name) + 1);
        names << fixObjectName(fix.kind);
        button->setObjectName(name);
        if (fix.kind == CheckFix::Kind::OpenUrl) {
            button->setText(fix.label + QStringLiteral(" \u2197")); // opens in the browser
            button->setToolTip(fix.argument);
        }
        button->setEnabled(!m_checklist->isRunning());
        connect(button, &QPushButton::clicked, this, [this, fix] { applyFix(fix); });
        layout->addWidget(button);
    }
    if (auto *box = qobject_cast<QHBoxLayout *>(layout))
        box->addStretch(1);
    m_ui->fixesWidget->setVisible(!item.fixes.isEmpty());
}

void ChecklistPage::updateButtons()
{
    const bool hasProfile = !m_profile.name.isEmpty();
    const bool running = m_checklist->isRunning();
    m_ui->runAllPushButton->setEnabled(hasProfile && !running);
    m_ui->runItemPushButton->setEnabled(hasProfile && !running && !currentId().isEmpty());
    m_ui->checklistCancelPushButton->setEnabled(running);
    m_ui->exportPushButton->setEnabled(hasProfile && !running);
    m_ui->checklistRecipientLineEdit->setEnabled(hasProfile);
    const auto buttons = m_ui->fixesWidget->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        b->setEnabled(hasProfile && !running);
}

void ChecklistPage::runAll()
{
    m_checklist->setRecipient(m_ui->checklistRecipientLineEdit->text());
    m_checklist->rememberRecipient(m_ui->checklistRecipientLineEdit->text());
    if (m_checklist->runAll())
        setStatus(tr("Checking…"));
    updateButtons();
}

void ChecklistPage::runCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_checklist->setRecipient(m_ui->checklistRecipientLineEdit->text());
    m_checklist->rememberRecipient(m_ui->checklistRecipientLineEdit->text());
    if (m_checklist->runItem(id))
        setStatus(tr("Checking item %1…").arg(CheckItem::number(id)));
    updateButtons();
}

void ChecklistPage::openLink(const QUrl &url)
{
    // Without a browser the link would do nothing: the page says so, with the address.
    if (!QDesktopServices::openUrl(url))
        setStatus(tr("No web browser could be started; open %1 yourself.").arg(url.toString()),
                  Tones::style(Tone::Caution));
}

void ChecklistPage::applyFix(const CheckFix &fix)
{
    switch (fix.kind) {
    case CheckFix::Kind::OpenSecret:
        Q_EMIT openSecretRequested(fix.argument);
        return;
    case CheckFix::Kind::OpenUrl:
        openLink(QUrl(fix.argument));
        return;
    case CheckFix::Kind::SendTest:
        Q_EMIT sendTestRequested(fix.argument.isEmpty() ? m_ui->checklistRecipientLineEdit->text()
                                                        : fix.argument);
        return;
    case CheckFix::Kind::OpenHookCode:
        Q_EMIT openHookCodeRequested();
        return;
    case CheckFix::Kind::OpenTenant:
        Q_EMIT openTenantRequested();
        return;
    case CheckFix::Kind::RewriteE164:
        setStatus(tr("Storing %1 in the keychain…").arg(fix.argument));
        [[fallthrough]];
    case CheckFix::Kind::ConfirmManual:
        if (!m_checklist->applyFix(fix))
            setStatus(tr("Wait for the checks under way to finish."), Tones::style(Tone::Caution));
        updateButtons();
        return;
    }
}

bool ChecklistPage::exportReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    // The report names the profile's numbers and services: private like the log's exports.
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)
        && file.setPermissions(PrivateFiles::FileMode)) {
        file.write(ChecklistReport::markdown(m_profile.name, m_checklist->items(),
                                             QDateTime::currentDateTimeUtc())
                       .toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("The report could not be saved to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

void ChecklistPage::exportWithDialog()
{
    const QString suggested = QDir::home().filePath(
        tr("sms-checklist-%1.md")
            .arg(m_profile.name.isEmpty() ? QStringLiteral("report") : m_profile.name));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the checklist report"),
                                                      suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportReport(path, &error))
        setStatus(
            tr("Report saved to %1 (no secret values in it).").arg(QDir::toNativeSeparators(path)));
    else
        setStatus(error, Tones::style(Tone::Bad));
}

void ChecklistPage::setStatus(const QString &text, const QString &style)
{
    m_summaryShown = false;
    m_ui->statusLabel->setStyleSheet(style);
    m_ui->statusLabel->setText(text);
}
