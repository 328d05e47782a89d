#include "DeliveryLogModel.h"

#include "Icons.h"
#include "Tones.h"
#include "log/DeliveryLog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QThread>
#include <QTimer>

#include <algorithm>

// The worker sorts by the core's column numbers: the model's columns are the same.
static_assert(int(DeliveryLogModel::Time) == int(LogQuery::Time));
static_assert(int(DeliveryLogModel::Profile) == int(LogQuery::Profile));
static_assert(int(DeliveryLogModel::Api) == int(LogQuery::Api));
static_assert(int(DeliveryLogModel::Source) == int(LogQuery::Source));
static_assert(int(DeliveryLogModel::To) == int(LogQuery::To));
static_assert(int(DeliveryLogModel::From) == int(LogQuery::From));
static_assert(int(DeliveryLogModel::Status) == int(LogQuery::Status));
static_assert(int(DeliveryLogModel::Outcome) == int(LogQuery::Outcome));
static_assert(int(DeliveryLogModel::Error) == int(LogQuery::Error));
static_assert(int(DeliveryLogModel::Segments) == int(LogQuery::Segments));
static_assert(int(DeliveryLogModel::Sid) == int(LogQuery::Sid));
static_assert(int(DeliveryLogModel::Body) == int(LogQuery::Body));

namespace {

// Writes come in bursts (a send writes its row several times): gather them.
constexpr int ChangeDelayMs = 150;
Attempt::Outcome outcomeOf(const QString &name)
{
    return Attempt::outcomeFromName(name).value_or(Attempt::Outcome::Unknown);
}

} // namespace

DeliveryLogModel::DeliveryLogModel(DeliveryLog *log, QObject *parent)
    : QAbstractTableModel(parent),
      m_log(log),
      m_thread(new QThread(this)),
      m_worker(new LogQueryWorker(log->path())),
      m_changeTimer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("DeliveryLogModel"));
    m_worker->setAwaitsFirstRowsTaken(true); // see onFirstRows
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LogQueryWorker::firstRows, this, &DeliveryLogModel::onFirstRows);
    connect(m_worker, &LogQueryWorker::countsReady, this, &DeliveryLogModel::onCountsReady);
    connect(m_worker, &LogQueryWorker::idsReady, this, &DeliveryLogModel::onIdsReady);
    connect(m_worker, &LogQueryWorker::rowsReady, this, &DeliveryLogModel::onRowsReady);
    connect(m_worker, &LogQueryWorker::failed, this, &DeliveryLogModel::onFailed);
    m_thread->start();

    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(ChangeDelayMs);
    connect(m_changeTimer, &QTimer::timeout, this, &DeliveryLogModel::applyChanges);
    connect(log, &DeliveryLog::attemptChanged, this, &DeliveryLogModel::onAttemptChanged);
    connect(log, &DeliveryLog::attemptsImported, this, [this] {
        if (m_started)
            refresh();
    });

    if (log->isOpen()) {
        // Once the caller has had its say in this turn of the event loop: a model held at once
        // (setHeld) asks nothing until released, one given a filter at once asks only that.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_started)
                    start(false);
            },
            Qt::QueuedConnection);
    } else {
        connect(log, &DeliveryLog::opened, this, [this](bool ok, const QString &error) {
            if (ok) {
                start(false);
            } else {
                m_error = error;
                Q_EMIT errorOccurred(error);
            }
        });
    }
}

DeliveryLogModel::~DeliveryLogModel()
{
    // Stops a long scan at its next check; the worker closes its connection in its thread.
    m_worker->supersede(std::numeric_limits<quint64>::max());
    m_thread->quit();
    m_thread->wait();
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : shownRows();
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LogRow *DeliveryLogModel::rowAt(int row) const
{
    if (row < 0 || row >= shownRows())
        return nullptr;
    const auto it = m_rows.constFind(idAt(row));
    return it == m_rows.constEnd() ? nullptr : &*it;
}

bool DeliveryLogModel::isLoaded(int row) const
{
    return rowAt(row) != nullptr;
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRow *row = rowAt(index.row());
    if (!row) {
        if (role == Qt::DisplayRole || role == LoadedRole || role == IdRole)
            requestPage(index.row() / PageRows);
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == Time ? QStringLiteral("…") : QString();
        case Qt::ForegroundRole:
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        case LoadedRole:
            return false;
        case IdRole:
            return qint64(0);
        case OutcomeRole:
        case SidRole:
            return QString();
        default:
            return {};
        }
    }

    const Attempt::Outcome outcome = outcomeOf(row->outcome);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(row->createdAtMs, Qt::UTC)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Profile:
            return row->profile;
        case Api:
            return apiText(row->api);
        case Source:
            return sourceText(row->source);
        case To:
            return row->to;
        case From:
            return row->from;
        case Status:
            return row->status;
        case Outcome:
            return outcomeText(row->outcome);
        case Error:
            return row->errorCode != 0 ? QString::number(row->errorCode) : QString();
        case Segments:
            return row->segments > 0 ? QString::number(row->segments) : QString();
        case Sid:
            return row->sid;
        case Body: {
            QString body = row->body;
            body.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return body;
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Error && row->errorCode != 0)
            return tr("Twilio error %1: %2").arg(row->errorCode).arg(row->errorMessage);
        if (index.column() == Body)
            return row->body;
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(row->createdAtMs, Qt::UTC)
                .toString(Qt::ISODateWithMs);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Outcome)
            return Icons::dot(outcomeColor(outcome));
        return {};
    case Qt::BackgroundRole: {
        // A tint that blends with the base colour, so it reads in light and dark palettes; the
        // outcome column says the same in words.
        QColor tint = outcomeColor(outcome);
        switch (outcome) {
        case Attempt::Outcome::Failed:
        case Attempt::Outcome::Rejected:
        case Attempt::Outcome::NotSent:
        case Attempt::Outcome::Unknown:
            tint.setAlpha(40);
            break;
        case Attempt::Outcome::Delivered:
            tint.setAlpha(16);
            break;
        default:
            tint.setAlpha(24);
            break;
        }
        return tint;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Segments || index.column() == Error)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == Sid)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case IdRole:
        return row->id;
    case OutcomeRole:
        return row->outcome;
    case SidRole:
        return row->sid;
    case ErrorCodeRole:
        return row->errorCode;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("Not sortable: an index over every message would take as much room as the "
                  "messages themselves. Search the messages instead.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Api:
        return tr("API");
    case Source:
        return tr("Source");
    case To:
        return tr("To");
    case From:
        return tr("From / service");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    case Error:
        return tr("Error");
    case Segments:
        return tr("Segments");
    case Sid:
        return tr("SID");
    case Body:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

bool DeliveryLogModel::isSortable(int column)
{
    return !LogQueryWorker::orderBy(column, Qt::AscendingOrder).isEmpty();
}

void DeliveryLogModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_query.sortColumn && order == m_query.order))
        return;
    m_query.sortColumn = column;
    m_query.order = order;
    start(false);
}

void DeliveryLogModel::setFilter(const LogFilter &filter)
{
    m_query.filter = filter;
    start(false);
}

void DeliveryLogModel::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    start(true);
}

void DeliveryLogModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_pendingStart) {
        m_pendingStart = false;
        start(false);
    }
}

void DeliveryLogModel::start(bool refresh)
{
    if (m_held) {
        m_pendingStart = true; // the whole question is asked on release: it covers any refresh
        return;
    }
    m_started = true;
    m_refreshing = refresh;
    m_refreshAgain = false;
    ++m_generation;
    m_worker->supersede(m_generation);
    if (!refresh) {
        m_matches = -1;
        setBusy(true);
    }
    const quint64 generation = m_generation;
    const LogQuery query = m_query;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, query, refresh] {
            worker->runQuery(generation, query, refresh);
        },
        Qt::QueuedConnection);
}

void DeliveryLogModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
    Q_EMIT countsChanged();
}

void DeliveryLogModel::requestPage(int page) const
{
    if (m_pendingPages.contains(page))
        return;
    const int first = page * PageRows;
    if (first >= shownRows())
        return;
    m_pendingPages.insert(page);
    Request request;
    request.firstRow = first;
    request.listVersion = m_listVersion;
    request.ids = idsAt(first, PageRows);
    const quint64 id = ++m_requestSeq;
    const QList<qint64> ids = request.ids;
    m_requests.insert(id, request);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, ids] { worker->fetchRows(id, ids); },
        Qt::QueuedConnection);
}

void DeliveryLogModel::requestIds(const QList<qint64> &ids) const
{
    Request request;
    request.ids = ids;
    const quint64 id = ++m_requestSeq;
    m_requests.insert(id, request);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, ids] { worker->fetchRows(id, ids); },
        Qt::QueuedConnection);
}

void DeliveryLogModel::cacheRow(const LogRow &row) const
{
    if (!m_rows.contains(row.id))
        m_cacheOrder.push_back(row.id);
    m_rows.insert(row.id, row);
    while (m_rows.size() > MaxCachedRows && !m_cacheOrder.empty()) {
        m_rows.remove(m_cacheOrder.front());
        m_cacheOrder.pop_front();
    }
}

void DeliveryLogModel::onFirstRows(quint64 generation, const QList<LogRow> &rows)
{
    if (generation != m_generation)
        return; // a newer question superseded this one
    m_error.clear();
    beginResetModel();
    m_ids.clear(); // frees the previous question's ids before the next ones are read
    m_ids.reserve(rows.size());
    for (const LogRow &row : rows) {
        m_ids.append(row.id);
        cacheRow(row);
    }
    ++m_listVersion;
    m_pendingPages.clear();
    endResetModel();
    // The previous ids are gone: the worker may now read the new ones.
    m_worker->firstRowsTaken(generation);
    Q_EMIT firstRowsShown();
}

void DeliveryLogModel::onCountsReady(quint64 generation, qint64 matches, qint64 total)
{
    if (generation != m_generation || m_refreshing)
        return; // a refresh shows its counts with its ids, so that they agree with the rows
    m_matches = matches;
    m_total = total;
    Q_EMIT countsChanged();
}

void DeliveryLogModel::onIdsReady(quint64 generation, const LogIdList &ids, qint64 total)
{
    if (generation != m_generation)
        return;
    m_error.clear();
    applyIds(ids);
    m_matches = m_ids.size();
    m_total = total;
    const bool again = m_refreshAgain;
    m_refreshing = false;
    m_refreshAgain = false;
    setBusy(false);
    Q_EMIT countsChanged();
    if (again)
        refresh();
}

void DeliveryLogModel::onRowsReady(quint64 requestId, const QList<LogRow> &rows)
{
    const Request request = m_requests.take(requestId);
    QSet<qint64> missing(request.ids.cbegin(), request.ids.cend());
    for (const LogRow &row : rows) {
        cacheRow(row);
        missing.remove(row.id);
    }
    // Rows deleted meanwhile: show them as such instead of asking again and again.
    for (const qint64 id : std::as_const(missing)) {
        LogRow gone;
        gone.id = id;
        gone.outcome = Attempt::outcomeName(Attempt::Outcome::Unknown);
        gone.body = tr("(no longer in the log)");
        cacheRow(gone);
    }
    if (shownRows() == 0)
        return;
    const int last = shownRows() - 1;
    if (request.firstRow >= 0 && request.listVersion == m_listVersion) {
        m_pendingPages.remove(request.firstRow / PageRows);
        if (request.firstRow <= last)
            Q_EMIT dataChanged(
                index(request.firstRow, 0),
                index(std::min(last, request.firstRow + PageRows - 1), ColumnCount - 1));
    } else {
        // The rows moved since the request (or it was for single rows): repaint what shows.
        Q_EMIT dataChanged(index(0, 0), index(last, ColumnCount - 1));
    }
    Q_EMIT rowsLoaded();
}

void DeliveryLogModel::onFailed(quint64 generation, const QString &error)
{
    if (generation != 0 && generation != m_generation)
        return;
    m_error = error;
    if (generation != 0) {
        m_refreshing = false;
        setBusy(false);
    }
    Q_EMIT errorOccurred(error);
}

void DeliveryLogModel::onAttemptChanged(qint64 id)
{
    m_changed.insert(id);
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

bool DeliveryLogModel::questionDependsOnChanges() const
{
    // What a write may change: the outcome, status, error, SID (and so the free text). The
    // time, profile, API, source and recipient of a row never change.
    const LogFilter &f = m_query.filter;
    if (!f.outcomes.isEmpty() || !f.statuses.isEmpty() || f.errorCode != 0 || !f.text.isEmpty())
        return true;
    switch (m_query.sortColumn) {
    case Status:
    case Outcome:
    case Error:
    case Sid:
    case From: // a sync fills in the sender and segments of a send it completes
    case Segments:
        return true;
    default:
        return false;
    }
}

void DeliveryLogModel::applyChanges()
{
    const QSet<qint64> changed = std::exchange(m_changed, {});
    if (!m_started || changed.isEmpty())
        return;
    QList<qint64> reload;
    bool unseen = changed.size() > 32; // too many to look up one by one
    for (const qint64 id : changed) {
        if (m_rows.contains(id))
            reload.append(id);
        if (!unseen && rowOfId(id) < 0)
            unseen = true;
    }
    if (!reload.isEmpty())
        requestIds(reload);
    if (unseen || questionDependsOnChanges())
        refresh();
}

QColor DeliveryLogModel::outcomeColor(Attempt::Outcome outcome)
{
    return Tones::color(Outcomes::tone(outcome));
}

QString DeliveryLogModel::apiText(const QString &api)
{
    if (api == Attempt::apiName(Attempt::Api::Verify))
        return tr("Verify");
    if (api == Attempt::apiName(Attempt::Api::Messages))
        return tr("SMS");
    return api;
}

QString DeliveryLogModel::sourceText(const QString &source)
{
    switch (Attempt::sourceFromName(source).value_or(Attempt::Source::Form)) {
    case Attempt::Source::Form:
        return source.isEmpty() ? QString() : tr("Run panel");
    case Attempt::Source::Cli:
        return tr("CLI");
    case Attempt::Source::Hook:
        return tr("Hook");
    case Attempt::Source::Action:
        return tr("Action");
    case Attempt::Source::Twilio:
        return tr("Twilio import");
    }
    return source;
}

QString DeliveryLogModel::outcomeText(const QString &outcome)
{
    if (outcome.isEmpty())
        return {};
    return Attempt::outcomeText(outcomeOf(outcome));
}
