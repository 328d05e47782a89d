#include "LogPage.h"
#include "ui_LogPage.h"

#include "DeliveryLogModel.h"
#include "Icons.h"
#include "TenantLogPanel.h"
#include "log/CodeMask.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/ExplanationMarkdown.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QTimer>
#include <QtConcurrent>

namespace {

constexpr int TypingDelayMs = 200; // search, recipient and error code apply after a pause
constexpr int SyncDefaultDays = 7; // the import bar offers the last week, today included

const QDate AnyDate(2000, 1, 1); // the date edits' minimum, shown as "any"

QColor statusColor(const QString &status)
{
    return DeliveryLogModel::outcomeColor(Attempt::outcomeForStatus(status));
}

QString localTime(const QDateTime &utc, bool millis)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(millis ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                             : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

LogPage::LogPage(DeliveryLog *log, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent),
      m_ui(new Ui::LogPage),
      m_log(log),
      m_profiles(profiles),
      m_model(new DeliveryLogModel(log, this)),
      m_typingTimer(new QTimer(this)),
      m_exportProgressTimer(new QTimer(this))
{
    m_model->setHeld(true); // until the page is first shown
    m_ui->setupUi(this);
    setUpFilters();
    setUpTable();
    setUpTenantChains();

    m_ui->logDetailsStackedWidget->setCurrentWidget(m_ui->logDetailsPlaceholderPage);
    m_ui->logDetailsPlaceholderLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont outcomeFont = m_ui->detailOutcomeLabel->font();
    outcomeFont.setPointSizeF(outcomeFont.pointSizeF() * 1.3);
    outcomeFont.setBold(true);
    m_ui->detailOutcomeLabel->setFont(outcomeFont);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->detailSidLabel->setFont(fixed);
    for (QLabel *caption : {m_ui->detailBodyCaptionLabel, m_ui->detailTimelineCaptionLabel}) {
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
    }
    m_ui->detailExplanationTextBrowser->document()->setDocumentMargin(6);
    m_ui->logSplitter->setStretchFactor(0, 3);
    m_ui->logSplitter->setStretchFactor(1, 2);
    m_ui->logSplitter->setSizes({700, 380});

    connect(m_ui->detailCopySidPushButton, &QPushButton::clicked, this, &LogPage::copySid);
    connect(m_ui->logRefreshPushButton, &QPushButton::clicked, m_model, &DeliveryLogModel::refresh);

    auto *exportMenu = new QMenu(this);
    QAction *csv = exportMenu->addAction(tr("As &CSV…"));
    csv->setObjectName(QStringLiteral("logExportCsvAction"));
    QAction *json = exportMenu->addAction(tr("As &JSON…"));
    json->setObjectName(QStringLiteral("logExportJsonAction"));
    connect(csv, &QAction::triggered, this, [this] { chooseExportFile(LogExport::Format::Csv); });
    connect(json, &QAction::triggered, this, [this] { chooseExportFile(LogExport::Format::Json); });
    m_ui->logExportPushButton->setMenu(exportMenu);
    connect(&m_exportWatcher, &QFutureWatcher<LogExport::Result>::finished, this,
            &LogPage::onExportFinished);
    m_exportProgressTimer->setInterval(250);
    connect(m_exportProgressTimer, &QTimer::timeout, this, [this] {
        if (m_exportRows)
            m_ui->logStatusLabel->setText(
                tr("Exporting… %1 attempts written").arg(QLocale().toString(m_exportRows->load())));
    });

    // Sync from Twilio: an inline bar, so the table stays in view and fills in while it runs.
    m_ui->logSyncFrame->hide();
    m_ui->logSyncStatusLabel->setTextFormat(Qt::PlainText);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (QDateEdit *edit : {m_ui->logSyncFromDateEdit, m_ui->logSyncToDateEdit})
        edit->setMinimumDate(AnyDate);
    m_ui->logSyncFromDateEdit->setDate(today.addDays(1 - SyncDefaultDays));
    m_ui->logSyncToDateEdit->setDate(today);
    connect(m_ui->logSyncPushButton, &QPushButton::clicked, this, &LogPage::showSyncBar);
    connect(m_ui->logSyncStartPushButton, &QPushButton::clicked, this, &LogPage::startSync);
    connect(m_ui->logSyncCancelPushButton, &QPushButton::clicked, this, &LogPage::cancelSync);
    connect(m_ui->logSyncCloseToolButton, &QToolButton::clicked, m_ui->logSyncFrame,
            &QWidget::hide); // a sync under way goes on; the button shows it again
    updateSyncButtons();

    // Keyboard: Ctrl+F finds, Esc in the search clears it.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->logSearchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->logSearchLineEdit->selectAll();
    });
    m_ui->logSearchLineEdit->installEventFilter(this);

    connect(m_model, &DeliveryLogModel::countsChanged, this, &LogPage::updateCount);
    connect(m_model, &DeliveryLogModel::busyChanged, this, &LogPage::updateCount);
    connect(m_model, &DeliveryLogModel::errorOccurred, this,
            [this](const QString &message) { m_ui->logStatusLabel->setText(message); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LogPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogPage::restoreSelection);
    // The first page of a row filled in: the details of the selected row can show at once.
    connect(m_model, &DeliveryLogModel::rowsLoaded, this, [this] {
        if (m_detailsId == 0)
            onCurrentRowChanged();
    });
    connect(log, &DeliveryLog::attemptChanged, this, [this](qint64 id) {
        if (id == m_detailsId)
            readDetails(id);
    });
    updateCount();
}

LogPage::~LogPage()
{
    if (m_exportCancel)
        m_exportCancel->store(true);
    m_exportWatcher.waitForFinished();
}

void LogPage::setUpFilters()
{
    QComboBox *outcome = m_ui->logOutcomeComboBox;
    outcome->addItem(tr("All outcomes"), QString());
    for (Attempt::Outcome o :
         {Attempt::Outcome::Delivered, Attempt::Outcome::Sent, Attempt::Outcome::Pending,
          Attempt::Outcome::Failed, Attempt::Outcome::Rejected, Attempt::Outcome::Unknown,
          Attempt::Outcome::Cancelled})
        outcome->addItem(Icons::dot(DeliveryLogModel::outcomeColor(o)), Attempt::outcomeText(o),
                         Attempt::outcomeName(o));

    m_ui->logApiComboBox->addItem(tr("All APIs"), QString());
    for (Attempt::Api api : {Attempt::Api::Messages, Attempt::Api::Verify})
        m_ui->logApiComboBox->addItem(DeliveryLogModel::apiText(Attempt::apiName(api)),
                                      Attempt::apiName(api));
    m_ui->logSourceComboBox->addItem(tr("All sources"), QString());
    for (Attempt::Source source :
         {Attempt::Source::Form, Attempt::Source::Cli, Attempt::Source::Hook,
          Attempt::Source::Action, Attempt::Source::Twilio})
        m_ui->logSourceComboBox->addItem(DeliveryLogModel::sourceText(Attempt::sourceName(source)),
                                         Attempt::sourceName(source));
    reloadProfiles();

    for (QDateEdit *edit : {m_ui->logSinceDateEdit, m_ui->logUntilDateEdit}) {
        edit->setMinimumDate(AnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(AnyDate);
        connect(edit, &QDateEdit::dateChanged, this, &LogPage::applyFilters);
    }
    m_ui->logRecipientLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\+?[0-9]{0,15}")), this));
    m_ui->logErrorCodeLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), this));

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(TypingDelayMs);
    connect(m_typingTimer, &QTimer::timeout, this, &LogPage::applyFilters);
    for (QLineEdit *edit :
         {m_ui->logSearchLineEdit, m_ui->logRecipientLineEdit, m_ui->logErrorCodeLineEdit}) {
        connect(edit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &LogPage::applyFilters);
    }
    for (QComboBox *combo : {m_ui->logOutcomeComboBox, m_ui->logApiComboBox,
                             m_ui->logSourceComboBox, m_ui->logProfileComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogPage::applyFilters);
    connect(m_ui->logClearFiltersPushButton, &QPushButton::clicked, this, &LogPage::clearFilters);
}

void LogPage::setUpTable()
{
    QTableView *table = m_ui->logTableView;
    table->setModel(m_model);
    // Fixed row heights: a million rows are laid out without measuring any of them.
    QHeaderView *rows = table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSortIndicator(DeliveryLogModel::Time, Qt::DescendingOrder);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    columns->resizeSection(DeliveryLogModel::Time, width(QStringLiteral("2025-12-31 23:59:59")));
    columns->resizeSection(DeliveryLogModel::Profile, width(QStringLiteral("Production")));
    columns->resizeSection(DeliveryLogModel::Api, width(QStringLiteral("Verify")));
    columns->resizeSection(DeliveryLogModel::Source, width(QStringLiteral("Run panel")));
    columns->resizeSection(DeliveryLogModel::To, width(QStringLiteral("+441234567890")));
    columns->resizeSection(DeliveryLogModel::From, width(QStringLiteral("+4412345678")));
    columns->resizeSection(DeliveryLogModel::Status, width(QStringLiteral("undelivered")));
    columns->resizeSection(DeliveryLogModel::Outcome,
                           width(QStringLiteral("Sent, no receipt")) + 16);
    columns->resizeSection(DeliveryLogModel::Error, width(QStringLiteral("300000")));
    columns->resizeSection(DeliveryLogModel::Segments, width(QStringLiteral("Segments")));
    columns->resizeSection(DeliveryLogModel::Sid, width(QStringLiteral("SM0123456789abcdef")));
    // The outcome next to the time: what the eye looks for first.
    columns->moveSection(columns->visualIndex(DeliveryLogModel::Outcome), 1);
    // Columns without an index are not sortable: put the indicator back.
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            [this, columns](int column, Qt::SortOrder) {
                if (!DeliveryLogModel::isSortable(column)) {
                    const QSignalBlocker block(columns);
                    columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
                    m_ui->logStatusLabel->setText(
                        tr("The “%1” column cannot be sorted: sort by time, profile, API, "
                           "source, recipient, status, outcome or error.")
                            .arg(m_model->headerData(column, Qt::Horizontal).toString()));
                }
            });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogPage::onCurrentRowChanged);
}

void LogPage::reloadProfiles()
{
    QComboBox *combo = m_ui->logProfileComboBox;
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("All profiles"), QString());
    const QStringList names = m_profiles ? m_profiles->names() : QStringList();
    for (const QString &name : names)
        combo->addItem(name, name);
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        combo->addItem(current, current); // removed since, but rows may still name it
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

void LogPage::setProfile(const QString &name)
{
    QComboBox *combo = m_ui->logProfileComboBox;
    int index = combo->findData(name);
    if (index < 0 && !name.isEmpty()) {
        combo->addItem(name, name);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0)); // applies the filter when it changes
    m_tenantPanel->setDefaultProfile(name);
}

void LogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadProfiles();
    m_model->setHeld(false); // the first showing asks the database; filters set before join in
}

bool LogPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->logSearchLineEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_ui->logSearchLineEdit->text().isEmpty()) {
        m_ui->logSearchLineEdit->clear();
        applyFilters();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

LogFilter LogPage::currentFilter() const
{
    LogFilter filter;
    const QString outcome = m_ui->logOutcomeComboBox->currentData().toString();
    if (const auto o = Attempt::outcomeFromName(outcome))
        filter.outcomes = {*o};
    filter.api = Attempt::apiFromName(m_ui->logApiComboBox->currentData().toString());
    filter.source = Attempt::sourceFromName(m_ui->logSourceComboBox->currentData().toString());
    filter.profile = m_ui->logProfileComboBox->currentData().toString();
    const QDate since = m_ui->logSinceDateEdit->date();
    if (since > AnyDate)
        filter.since = QDateTime(since, QTime(0, 0)).toUTC();
    const QDate until = m_ui->logUntilDateEdit->date();
    if (until > AnyDate)
        filter.until = QDateTime(until.addDays(1), QTime(0, 0)).toUTC(); // the day included
    filter.to = m_ui->logRecipientLineEdit->text().trimmed();
    filter.errorCode = m_ui->logErrorCodeLineEdit->text().toInt();
    filter.text = m_ui->logSearchLineEdit->text().trimmed();
    return filter;
}

void LogPage::applyFilters()
{
    if (m_applying)
        return;
    m_typingTimer->stop();
    if (applyTenantView())
        return;
    const LogFilter filter = currentFilter();
    if (filter.since.isValid() && filter.until.isValid() && filter.until <= filter.since)
        m_ui->logStatusLabel->setText(
            tr("The “to” date is before the “from” date: no attempt can match. Set “to” on or "
               "after “from”."));
    m_model->setFilter(filter);
}

void LogPage::clearFilters()
{
    m_applying = true;
    for (QComboBox *combo : {m_ui->logOutcomeComboBox, m_ui->logApiComboBox,
                             m_ui->logSourceComboBox, m_ui->logProfileComboBox})
        combo->setCurrentIndex(0);
    m_ui->logSinceDateEdit->setDate(AnyDate);
    m_ui->logUntilDateEdit->setDate(AnyDate);
    for (QLineEdit *edit :
         {m_ui->logSearchLineEdit, m_ui->logRecipientLineEdit, m_ui->logErrorCodeLineEdit})
        edit->clear();
    m_applying = false;
    m_ui->logStatusLabel->clear();
    applyFilters();
}

void LogPage::updateCount()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    if (m_model->isBusy()) {
        m_ui->logCountLabel->setText(tr("Searching…"));
    } else if (total < 0) {
        m_ui->logCountLabel->clear();
    } else if (m_model->filter().isEmpty()) {
        m_ui->logCountLabel->setText(
            tr("%Ln attempt(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    } else {
        //: %1 attempts that match the filters, %2 all attempts in the log
        m_ui->logCountLabel->setText(
            tr("%1 of %2 attempts")
                .arg(locale.toString(m_model->matchCount()), locale.toString(total)));
    }
}

void LogPage::rememberSelection()
{
    m_keptSelection = m_detailsId;
}

void LogPage::restoreSelection()
{
    if (m_keptSelection == 0)
        return;
    const int row = m_model->rowOfId(m_keptSelection);
    if (row < 0)
        return; // no longer matches: the details stay until another row is chosen
    QTableView *table = m_ui->logTableView;
    table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(m_model->index(row, 0));
}

void LogPage::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->logTableView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id != 0 && id != m_detailsId)
        showDetails(id);
}

void LogPage::showDetails(qint64 id)
{
    m_detailsId = id;
    // What the table already knows shows at once; the timeline and the body follow.
    const int row = m_model->rowOfId(id);
    if (const LogRow *r = m_model->rowAt(row)) {
        Attempt partial;
        partial.id = r->id;
        partial.createdAt = QDateTime::fromMSecsSinceEpoch(r->createdAtMs, Qt::UTC);
        partial.profile = r->profile;
        partial.api = Attempt::apiFromName(r->api).value_or(Attempt::Api::Messages);
        partial.source = Attempt::sourceFromName(r->source).value_or(Attempt::Source::Form);
        partial.to = r->to;
        partial.from = r->from;
        partial.status = r->status;
        partial.outcome = Attempt::outcomeFromName(r->outcome).value_or(Attempt::Outcome::Unknown);
        partial.errorCode = r->errorCode;
        partial.errorMessage = r->errorMessage;
        partial.segments = r->segments;
        partial.sid = r->sid;
        partial.body = r->body;
        fillDetails(partial);
    }
    readDetails(id);
}

void LogPage::readDetails(qint64 id)
{
    const quint64 generation = ++m_detailsGeneration;
    m_log->attempt(id, this,
                   [this, id, generation](const QList<Attempt> &attempts, const QString &error) {
                       if (generation != m_detailsGeneration)
                           return; // another row was chosen meanwhile
                       if (!error.isEmpty()) {
                           m_ui->logStatusLabel->setText(error);
                           return;
                       }
                       if (attempts.isEmpty())
                           return;
                       fillDetails(attempts.constFirst());
                       Q_EMIT detailsShown(id);
                   });
}

void LogPage::fillDetails(const Attempt &a)
{
    m_ui->logDetailsStackedWidget->setCurrentWidget(m_ui->logDetailsPage);
    const QColor color = DeliveryLogModel::outcomeColor(a.outcome);
    QString outcome = Attempt::outcomeText(a.outcome);
    if (a.errorCode != 0)
        outcome = tr("%1 (%2)").arg(outcome).arg(a.errorCode);
    m_ui->detailOutcomeLabel->setText(outcome);
    m_ui->detailOutcomeLabel->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));

    QString summary;
    switch (a.outcome) {
    case Attempt::Outcome::Delivered:
        summary = tr("The carrier confirmed delivery to the handset.");
        break;
    case Attempt::Outcome::Sent:
        summary = tr("Twilio handed the message to the carrier; no delivery receipt came back.");
        break;
    case Attempt::Outcome::Pending:
        summary = tr("Accepted by Twilio; waiting for a final status.");
        break;
    case Attempt::Outcome::Failed:
        summary = a.status == QLatin1String("failed")
            ? tr("Twilio accepted the message but could not send it.")
            : tr("Twilio sent the message, but the carrier did not deliver it.");
        break;
    case Attempt::Outcome::Rejected:
        summary = tr("Twilio refused the request: nothing was sent.");
        break;
    case Attempt::Outcome::Unknown:
        summary = tr("The request may have reached Twilio: check its message log before sending "
                     "again.");
        break;
    case Attempt::Outcome::Cancelled:
        summary = tr("Cancelled before a final answer.");
        break;
    }
    m_ui->detailSummaryLabel->setText(summary);

    m_ui->detailTimeLabel->setText(localTime(a.createdAt, false));
    m_ui->detailProfileLabel->setText(a.profile);
    m_ui->detailToLabel->setText(a.to);
    m_ui->detailFromLabel->setText(a.from);
    //: %1 the API (SMS, Verify), %2 where the attempt came from (Run panel, CLI, ...)
    m_ui->detailApiLabel->setText(
        tr("%1 · %2").arg(DeliveryLogModel::apiText(Attempt::apiName(a.api)),
                          DeliveryLogModel::sourceText(Attempt::sourceName(a.source))));
    m_ui->detailStatusLabel->setText(a.status.isEmpty() ? tr("— (no answer from Twilio)")
                                                        : a.status);
    if (a.api == Attempt::Api::Verify)
        m_ui->detailSegmentsLabel->setText(tr("set by Verify"));
    else if (a.segments > 0)
        m_ui->detailSegmentsLabel->setText(a.encoding.isEmpty()
                                               ? QString::number(a.segments)
                                               : tr("%1 (%2)").arg(a.segments).arg(a.encoding));
    else
        m_ui->detailSegmentsLabel->setText(tr("not known"));
    if (!a.price.isEmpty()) {
        QString price = a.price;
        if (price.startsWith(QLatin1Char('-')))
            price.remove(0, 1); // Twilio writes charges as negative amounts
        m_ui->detailPriceLabel->setText(QStringLiteral("%1 %2").arg(price, a.priceUnit));
    } else {
        m_ui->detailPriceLabel->setText(tr("none reported"));
    }
    m_detailsSid = a.sid;
    m_ui->detailSidLabel->setText(a.sid.isEmpty() ? tr("— (none yet)") : a.sid);
    m_ui->detailCopySidPushButton->setEnabled(!a.sid.isEmpty());

    const bool verify = a.api == Attempt::Api::Verify;
    m_ui->detailBodyPlainTextEdit->setPlainText(
        verify ? tr("(Verify sends its own text; the code is not kept.)") : a.body);

    QListWidget *timeline = m_ui->detailTimelineListWidget;
    timeline->clear();
    for (const StatusTransition &t : a.timeline) {
        QString text = QStringLiteral("%1   %2").arg(localTime(t.at, true), t.status);
        if (t.errorCode != 0)
            text += QStringLiteral("   ") + tr("error %1").arg(t.errorCode);
        auto *item = new QListWidgetItem(Icons::dot(statusColor(t.status)), text, timeline);
        item->setData(Qt::UserRole, t.status);
        if (!t.errorMessage.isEmpty())
            item->setToolTip(t.errorMessage);
    }
    if (timeline->count() > 0) // as tall as its rows, so the explanation gets the room
        timeline->setFixedHeight(timeline->count() * timeline->sizeHintForRow(0)
                                 + 2 * timeline->frameWidth() + 4);
    const bool hasTimeline = !a.timeline.isEmpty();
    m_ui->detailTimelineCaptionLabel->setVisible(hasTimeline);
    timeline->setVisible(hasTimeline);

    QString markdown;
    if (a.errorCode != 0)
        markdown = ExplanationMarkdown::forCode(a.errorCode, a.errorMessage);
    else if (a.outcome == Attempt::Outcome::Unknown)
        markdown = tr("**Outcome unknown**\n\nThe console recorded the attempt before sending, "
                      "and no answer from Twilio was stored. Look for the message in Twilio's "
                      "message log (the recipient and time are above) before sending again.");
    m_ui->detailExplanationTextBrowser->setMarkdown(markdown);
    m_ui->detailExplanationTextBrowser->setVisible(!markdown.isEmpty());
}

void LogPage::copySid()
{
    if (m_detailsSid.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_detailsSid);
    m_ui->logStatusLabel->setText(tr("Copied %1 to the clipboard.").arg(m_detailsSid));
}

bool LogPage::isExporting() const
{
    return m_exportWatcher.isRunning();
}

void LogPage::chooseExportFile(LogExport::Format format)
{
    if (isExporting())
        return;
    const bool csv = format == LogExport::Format::Csv;
    auto *dialog = new QFileDialog(this,
                                   csv ? tr("Export the attempts shown as CSV")
                                       : tr("Export the attempts shown as JSON"));
    dialog->setObjectName(QStringLiteral("logExportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(csv ? QStringLiteral("delivery-log.csv")
                           : QStringLiteral("delivery-log.json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(path, format); });
    dialog->open();
}

void LogPage::exportTo(const QString &path, LogExport::Format format)
{
    if (isExporting())
        return;
    m_exportPath = path;
    m_exportCancel = std::make_shared<std::atomic<bool>>(false);
    m_exportRows = std::make_shared<std::atomic<qint64>>(0);
    m_ui->logExportPushButton->setEnabled(false);
    m_ui->logStatusLabel->setText(tr("Exporting…"));
    m_exportProgressTimer->start();
    const QString database = m_log->path();
    const LogFilter filter = m_model->filter();
    auto cancel = m_exportCancel;
    auto rows = m_exportRows;
    m_exportWatcher.setFuture(QtConcurrent::run([=]() {
        return LogExport::writeFile(database, filter, format, path, [&](qint64 written) {
            rows->store(written);
            return !cancel->load();
        });
    }));
}

void LogPage::onExportFinished()
{
    m_exportProgressTimer->stop();
    m_ui->logExportPushButton->setEnabled(true);
    const LogExport::Result result = m_exportWatcher.result();
    if (result.ok)
        m_ui->logStatusLabel->setText(tr("Exported %n attempt(s) to %1.", nullptr,
                                         int(std::min<qint64>(result.rows, INT_MAX)))
                                          .arg(QDir::toNativeSeparators(m_exportPath)));
    else if (result.cancelled)
        m_ui->logStatusLabel->setText(tr("Export cancelled."));
    else
        m_ui->logStatusLabel->setText(tr("Export failed: %1").arg(result.error));
    Q_EMIT exportFinished(result.ok, m_exportPath);
}

void LogPage::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    m_tenantPanel->setSecretStore(secrets);
}

bool LogPage::isSyncing() const
{
    return m_readingSecrets || m_sync;
}

void LogPage::showSyncBar()
{
    QComboBox *combo = m_ui->logSyncProfileComboBox;
    if (!isSyncing()) {
        // The profile the log is filtered on, else the one chosen last time.
        QString wanted = m_ui->logProfileComboBox->currentData().toString();
        if (wanted.isEmpty())
            wanted = combo->currentData().toString();
        combo->clear();
        const QStringList names = m_profiles ? m_profiles->names() : QStringList();
        for (const QString &name : names)
            combo->addItem(name, name);
        combo->setCurrentIndex(std::max(combo->findData(wanted), 0));
    }
    m_ui->logSyncFrame->show();
    if (m_ui->logSyncStartPushButton->isEnabled())
        m_ui->logSyncStartPushButton->setFocus(Qt::OtherFocusReason);
}

void LogPage::startSync()
{
    if (isSyncing())
        return;
    const QString name = m_ui->logSyncProfileComboBox->currentData().toString();
    const QDate since = m_ui->logSyncFromDateEdit->date();
    const QDate until = m_ui->logSyncToDateEdit->date();
    QLabel *status = m_ui->logSyncStatusLabel;
    if (name.isEmpty()) {
        status->setText(tr("Profile: choose the profile whose Twilio account to read (create one "
                           "on the Secrets page first)."));
        return;
    }
    if (since > until) {
        status->setText(tr("From: the first day is after the last one; choose a day on or "
                           "before %1.")
                            .arg(QLocale().toString(until, QLocale::ShortFormat)));
        return;
    }
    const std::optional<Profile> profile = m_profiles->load(name);
    if (!profile) {
        status->setText(tr("Profile: “%1” no longer exists; choose another one.").arg(name));
        return;
    }
    if (!m_secrets) {
        status->setText(tr("The keychain is not available, so the Twilio credentials of “%1” "
                           "cannot be read.")
                            .arg(name));
        return;
    }
    m_readingSecrets = true;
    const quint64 generation = ++m_syncGeneration;
    updateSyncButtons();
    status->setText(tr("Reading the Twilio credentials of “%1” from the keychain…").arg(name));
    SecretsJob *job = m_secrets->read(name, {SecretNames::AccountSid, SecretNames::AuthToken});
    connect(job, &SecretsJob::finished, this, [this, job, generation, p = *profile, since, until] {
        if (generation != m_syncGeneration)
            return; // cancelled while the keychain answered
        m_readingSecrets = false;
        if (job->failed()) {
            endSync(LogSync::Outcome::Failed,
                    tr("The keychain could not be read: %1 %2")
                        .arg(job->error().summary(), job->error().fix()));
            return;
        }
        for (const QString &secret : {SecretNames::AccountSid, SecretNames::AuthToken}) {
            if (!job->values().contains(secret)) {
                endSync(LogSync::Outcome::Failed,
                        tr("%1 is not set for the profile “%2”: set it on the Secrets page, then "
                           "start again.")
                            .arg(secret, p.name));
                return;
            }
            const SecretCheck check = SecretRules::checkValue(secret, job->values().value(secret));
            if (!check.isOk()) {
                endSync(
                    LogSync::Outcome::Failed,
                    tr("%1 Correct it on the Secrets page, then start again.").arg(check.message));
                return;
            }
        }
        runSync(p,
                {job->values().value(SecretNames::AccountSid),
                 job->values().value(SecretNames::AuthToken)},
                since, until);
    });
}

void LogPage::runSync(const Profile &profile, const TwilioCredentials &credentials,
                      const QDate &since, const QDate &until)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *sync = new LogSync(m_log, profile, credentials, m_network, this);
    sync->setKeepCodes(
        m_profiles
        && m_profiles->profileValue(profile.name, CodeMask::keepSetting(), false).toBool());
    m_sync = sync;
    connect(sync, &LogSync::progressChanged, this, [this](const LogSync::Progress &p) {
        //: %1 the page number, %2 rows of the log completed with Twilio's data
        QString text = tr("Page %1 · %n message(s) imported · %2 merged with local sends", nullptr,
                          p.imported)
                           .arg(p.pages)
                           .arg(p.merged);
        if (p.resumed)
            text += QLatin1Char(' ') + tr("(continued where the last run stopped)");
        m_ui->logSyncStatusLabel->setText(text);
    });
    connect(sync, &LogSync::finished, this, &LogPage::onSyncFinished);
    updateSyncButtons();
    m_ui->logSyncStatusLabel->setText(
        tr("Reading Twilio's message log for “%1”…").arg(profile.name));
    sync->start(since, until);
}

void LogPage::onSyncFinished(LogSync::Outcome outcome)
{
    LogSync *sync = m_sync;
    if (!sync)
        return;
    const LogSync::Progress progress = sync->progress();
    const QString error = sync->errorString();
    const bool credentialsRefused = sync->twilioError().code == 20003;
    m_sync = nullptr;
    sync->deleteLater();
    QString text;
    switch (outcome) {
    case LogSync::Outcome::Completed:
        //: %1 local rows completed with Twilio's data, %2 pages read
        text = tr("Imported %n message(s) from Twilio; %1 merged with local sends (%2 page(s)).",
                  nullptr, progress.imported)
                   .arg(progress.merged)
                   .arg(progress.pages);
        break;
    case LogSync::Outcome::Cancelled:
        text = tr("Stopped after %n page(s); run again to continue where it stopped.", nullptr,
                  progress.pages);
        break;
    case LogSync::Outcome::Failed:
        // 20003: Twilio refused the credentials; say where to fix them before the details.
        if (credentialsRefused)
            text = tr("The import failed: Twilio refused the credentials of the profile. Check its "
                      "%1 and %2 on the Secrets page.")
                       .arg(SecretNames::AccountSid, SecretNames::AuthToken)
                + QLatin1Char(' ') + error;
        else
            text = tr("The import failed. %1").arg(error);
        if (progress.pages > 0)
            text += QLatin1Char(' ')
                + tr("The %n page(s) read are kept; run again to continue where it stopped.",
                     nullptr, progress.pages);
        break;
    }
    endSync(outcome, text);
}

void LogPage::cancelSync()
{
    if (m_readingSecrets) {
        ++m_syncGeneration; // the keychain's answer is ignored
        m_readingSecrets = false;
        endSync(LogSync::Outcome::Cancelled, tr("Stopped before anything was read from Twilio."));
    } else if (m_sync) {
        m_ui->logSyncCancelPushButton->setEnabled(false);
        m_ui->logSyncStatusLabel->setText(tr("Stopping after the page under way…"));
        m_sync->cancel();
    }
}

void LogPage::endSync(LogSync::Outcome outcome, const QString &text)
{
    m_ui->logSyncStatusLabel->setText(text);
    updateSyncButtons();
    Q_EMIT syncFinished(outcome);
}

void LogPage::updateSyncButtons()
{
    const bool running = isSyncing();
    m_ui->logSyncStartPushButton->setEnabled(!running);
    m_ui->logSyncCancelPushButton->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->logSyncProfileComboBox, m_ui->logSyncFromDateEdit, m_ui->logSyncToDateEdit})
        w->setEnabled(!running);
}
