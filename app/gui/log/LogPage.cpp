#include "LogPage.h"
#include "ui_LogPage.h"

#include "DeliveryLogModel.h"
#include "Icons.h"
#include "InsightsView.h"
#include "LogRowWindow.h"
#include "TenantLogPanel.h"
#include "log/CodeMask.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "run/Outcomes.h"
#include "run/TwilioAccess.h"
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
    // Rows | Insights come first on the page, so first in the Tab order: made before the rest.
    m_rowsButton = new QPushButton(tr("Ro&ws"), this);
    m_insightsButton = new QPushButton(tr("&Insights"), this);
    m_ui->setupUi(this);
    setUpFilters();
    setUpTable();
    setUpTenantChains();
    setUpInsights();

    m_ui->logDetailsStackedWidget->setCurrentWidget(m_ui->logDetailsPlaceholderPage);
    m_ui->logDetailsPlaceholderLabel->setForegroundRole(QPalette::PlaceholderText);
    m_placeholderText = m_ui->logDetailsPlaceholderLabel->text();
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
    // The message as sent: up to four lines, two at the least when the pane is short.
    QPlainTextEdit *body = m_ui->detailBodyPlainTextEdit;
    const int bodyChrome = 2 * body->frameWidth() + 2 * int(body->document()->documentMargin());
    body->setMinimumHeight(2 * fontMetrics().lineSpacing() + bodyChrome);
    body->setMaximumHeight(4 * fontMetrics().lineSpacing() + bodyChrome);
    m_ui->detailTimelineListWidget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->detailTimelineListWidget->setTextElideMode(Qt::ElideRight);
    // The explanation takes the pane's free height, and shows a few lines at the least: in a
    // short window the pane scrolls (its own scroll area) instead of squeezing the rows above.
    m_ui->detailExplanationTextBrowser->setMinimumHeight(6 * fontMetrics().lineSpacing());
    m_ui->detailsVerticalLayout->setStretchFactor(m_ui->detailExplanationTextBrowser, 1);
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
                tr("Exporting… %Ln attempt(s) written", nullptr, int(m_exportRows->load())));
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
    m_ui->logDetailsScrollArea->installEventFilter(this);
    m_ui->logDetailsContentsWidget->installEventFilter(this);

    connect(m_model, &DeliveryLogModel::countsChanged, this, &LogPage::updateCount);
    connect(m_model, &DeliveryLogModel::busyChanged, this, &LogPage::updateCount);
    // Once every matching id is known: is the attempt in the details pane still among them?
    connect(m_model, &DeliveryLogModel::busyChanged, this, [this](bool busy) {
        if (!busy)
            checkSelectionShown();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogPage::checkSelectionShown);
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
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_applying)
                setTimeRange({}, {}); // dates chosen by hand replace a chart's time range
            applyFilters();
        });
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
    m_ui->logClearFiltersPushButton->setToolTip(
        tr("Show every attempt of the profile chosen again (the profile stays)"));
}

void LogPage::setUpTable()
{
    QTableView *table = m_ui->logTableView;
    // The view holds a window of the rows, not all of them (QHeaderView's 8 bytes a row would be
    // 80 MB at ten million), under a scroll bar of its own over every row.
    m_rowWindow = new LogRowWindow(this);
    m_rowWindow->setSourceModel(m_model);
    table->setModel(m_rowWindow);
    m_rowScroller = new LogRowScroller(table, m_rowWindow, m_ui->logRowsScrollBar, this);
    // The bar hides only once the rows are known to fit: shown from the start, it does not lay
    // the page out again when the first rows of a long log arrive.
    connect(m_model, &DeliveryLogModel::busyChanged, m_rowScroller,
            [this](bool busy) { m_rowScroller->setCountKnown(!busy); });
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
                        tr("The “%1” column cannot be sorted: sort by any other column, or "
                           "search the messages.")
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
    if ((watched == m_ui->logDetailsScrollArea && event->type() == QEvent::Resize)
        || (watched == m_ui->logDetailsContentsWidget && event->type() == QEvent::LayoutRequest))
        fitDetails();
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
    if (m_rangeSince.isValid() || m_rangeUntil.isValid()) {
        filter.since = m_rangeSince;
        filter.until = m_rangeUntil;
    }
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
    if (m_insights)
        m_insights->setFilter(currentFilter()); // the attempts' filters, whichever view shows
    if (applyTenantView())
        return;
    const LogFilter filter = currentFilter();
    if (filter.since.isValid() && filter.until.isValid() && filter.until <= filter.since)
        m_ui->logStatusLabel->setText(
            tr("The “to” date is before the “from” date: no attempt can match. Set “to” on or "
               "after “from”."));
    m_model->setFilter(filter);
}

// Every filter but the profile: the profile is the scope the page is in (the console's profile,
// or the one chosen here), not a narrowing of it; "All profiles" stays one choice away.
void LogPage::clearFilters()
{
    m_applying = true;
    for (QComboBox *combo :
         {m_ui->logOutcomeComboBox, m_ui->logApiComboBox, m_ui->logSourceComboBox})
        combo->setCurrentIndex(0);
    setTimeRange({}, {});
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
    if (m_insights && total >= 0)
        m_insights->setLogEmpty(total == 0);
    // The count shows as soon as it is known, while the ids are still being read.
    if (m_model->matchCount() < 0 || total < 0) {
        if (m_model->isBusy())
            m_ui->logCountLabel->setText(tr("Searching…"));
        else
            m_ui->logCountLabel->clear();
    } else if (m_model->filter().isEmpty()) {
        m_ui->logCountLabel->setText(
            tr("%Ln attempt(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    } else {
        //: %1 attempts that match the filters, %n all attempts in the log
        m_ui->logCountLabel->setText(
            tr("%1 of %Ln attempt(s)", nullptr, int(std::min<qint64>(total, INT_MAX)))
                .arg(locale.toString(m_model->matchCount())));
    }
    // Laid out now, not at the next layout pass: a longer count is never painted in the room
    // of the shorter text before it, cut off.
    layout()->activate();
}

void LogPage::rememberSelection()
{
    if (m_detailsId != 0)
        m_keptSelection = m_detailsId; // else the one hidden by the filters, if any
}

void LogPage::restoreSelection()
{
    if (m_keptSelection == 0)
        return;
    const int row = m_model->rowOfId(m_keptSelection);
    if (row < 0)
        return; // not among the first rows: checkSelectionShown() decides once all are known
    QTableView *table = m_ui->logTableView;
    const QModelIndex index = m_rowScroller->viewIndex(row);
    table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

void LogPage::checkSelectionShown()
{
    if (m_model->isBusy())
        return;
    const qint64 id = m_detailsId != 0 ? m_detailsId : m_keptSelection;
    if (id == 0)
        return;
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        showSelectionHidden();
        return;
    }
    // Shown again (the filters widened, or its row arrived with the last ids): select it.
    QItemSelectionModel *selection = m_ui->logTableView->selectionModel();
    if (m_rowScroller->sourceRow(selection->currentIndex()) != row) {
        const QModelIndex index = m_rowScroller->viewIndex(row);
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->logTableView->scrollTo(index);
    }
}

void LogPage::showSelectionHidden()
{
    if (m_detailsId != 0)
        m_keptSelection = m_detailsId; // selected again when the filters show it again
    m_detailsId = 0;
    ++m_detailsGeneration; // an answer on the way is for a hidden row
    m_detailsSid.clear();
    m_selectionHidden = true;
    m_ui->logTableView->selectionModel()->clearSelection();
    m_ui->logDetailsPlaceholderLabel->setText(
        tr("The selected attempt is hidden by the filters. Clear or widen them to see it "
           "again, or choose another row."));
    m_ui->logDetailsStackedWidget->setCurrentWidget(m_ui->logDetailsPlaceholderPage);
}

void LogPage::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->logTableView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(m_rowScroller->sourceRow(current));
    if (id != 0 && id != m_detailsId)
        showDetails(id);
}
