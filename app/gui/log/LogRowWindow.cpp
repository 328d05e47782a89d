#include "LogRowWindow.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

LogRowWindow::LogRowWindow(QObject *parent) : QAbstractProxyModel(parent) {}

void LogRowWindow::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        m_connections = {
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                    &LogRowWindow::beginResetModel),
            connect(source, &QAbstractItemModel::modelReset, this, &LogRowWindow::reset),
            // The source's rows in a new order: the window starts again at its top.
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &LogRowWindow::beginResetModel),
            connect(source, &QAbstractItemModel::layoutChanged, this, &LogRowWindow::reset),
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) { onAboutToInsert(first, last); }),
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) { onInserted(first, last); }),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { onAboutToRemove(first, last); }),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &, int first, int last) { onRemoved(first, last); }),
            connect(source, &QAbstractItemModel::dataChanged, this, &LogRowWindow::onDataChanged),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            Q_EMIT headerDataChanged(orientation, first, last);
                    }),
        };
    }
    reset();
}

void LogRowWindow::setWindowRows(int rows)
{
    beginResetModel();
    m_windowRows = std::max(1, rows);
    reset();
}

int LogRowWindow::sourceRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

// Ends a reset begun by the caller: the window at the source's first row.
void LogRowWindow::reset()
{
    m_offset = 0;
    m_count = std::min(sourceRowCount(), m_windowRows);
    m_shift = m_inserting = m_removing = 0;
    endResetModel();
    Q_EMIT placeChanged();
}

void LogRowWindow::moveTo(int offset)
{
    const int rows = sourceRowCount();
    const int to = std::clamp(offset, 0, std::max(0, rows - m_windowRows));
    const int count = std::min(m_windowRows, rows - to);
    if (to == m_offset && count == m_count)
        return;
    // Rows leave or join at the window's end apart from the move, so that the move itself keeps
    // the count, as a layout change must.
    if (count < m_count) {
        beginRemoveRows(QModelIndex(), count, m_count - 1);
        m_count = count;
        endRemoveRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const int delta = m_offset - to;
    const QModelIndexList from = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int row = index.row() + delta;
        moved.append(row >= 0 && row < m_count ? createIndex(row, index.column()) : QModelIndex());
    }
    m_offset = to;
    changePersistentIndexList(from, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (count > m_count) {
        beginInsertRows(QModelIndex(), m_count, count - 1);
        m_count = count;
        endInsertRows();
    }
    Q_EMIT placeChanged();
}

void LogRowWindow::onAboutToInsert(int first, int last)
{
    m_shift = m_inserting = 0;
    if (first < m_offset || (first == m_offset && m_offset > 0)) {
        m_shift = last - first + 1; // above the window: it moves down with its rows
        return;
    }
    const int at = first - m_offset;
    if (at > m_count || at >= m_windowRows)
        return; // below the window
    const int end = std::min(last - m_offset, m_windowRows - 1);
    beginInsertRows(QModelIndex(), at, end);
    m_inserting = end - at + 1;
}

void LogRowWindow::onInserted(int, int)
{
    if (m_shift != 0) {
        m_offset += m_shift;
    } else if (m_inserting != 0) {
        m_count += m_inserting;
        endInsertRows();
        if (m_count > m_windowRows) { // the rows pushed past the window's end leave it
            beginRemoveRows(QModelIndex(), m_windowRows, m_count - 1);
            m_count = m_windowRows;
            endRemoveRows();
        }
    }
    m_shift = m_inserting = 0;
    Q_EMIT placeChanged();
}

void LogRowWindow::onAboutToRemove(int first, int last)
{
    m_shift = m_removing = 0;
    if (first < m_offset)
        m_shift = -(std::min(last, m_offset - 1) - first + 1);
    const int from = std::max(first, m_offset);
    const int to = std::min(last, m_offset + m_count - 1);
    if (from <= to) {
        beginRemoveRows(QModelIndex(), from - m_offset, to - m_offset);
        m_removing = to - from + 1;
    }
}

void LogRowWindow::onRemoved(int, int)
{
    m_offset += m_shift;
    if (m_removing != 0) {
        m_count -= m_removing;
        endRemoveRows();
    }
    m_shift = m_removing = 0;
    fill();
    Q_EMIT placeChanged();
}

// After removals: the rows below come up into the window (or, when nothing of it is left past the
// source's end, it starts again where rows remain).
void LogRowWindow::fill()
{
    const int rows = sourceRowCount();
    if (m_count == 0)
        m_offset = std::clamp(m_offset, 0, std::max(0, rows - m_windowRows));
    const int count = std::min(m_windowRows, rows - m_offset);
    if (count > m_count) {
        beginInsertRows(QModelIndex(), m_count, count - 1);
        m_count = count;
        endInsertRows();
    }
}

void LogRowWindow::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                 const QList<int> &roles)
{
    const int first = std::max(topLeft.row(), m_offset) - m_offset;
    const int last = std::min(bottomRight.row(), m_offset + m_count - 1) - m_offset;
    if (first <= last)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()),
                           roles);
}

QModelIndex LogRowWindow::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_count || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex LogRowWindow::parent(const QModelIndex &) const
{
    return {};
}

bool LogRowWindow::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_count > 0;
}

int LogRowWindow::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LogRowWindow::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex LogRowWindow::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(proxyIndex.row() + m_offset, proxyIndex.column());
}

QModelIndex LogRowWindow::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = sourceIndex.row() - m_offset;
    return row >= 0 && row < m_count ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

QVariant LogRowWindow::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    return sourceModel()->headerData(orientation == Qt::Vertical ? section + m_offset : section,
                                     orientation, role);
}

LogRowScroller::LogRowScroller(QTableView *view, LogRowWindow *window, QScrollBar *bar,
                               QObject *parent)
    : QObject(parent), m_view(view), m_window(window), m_bar(bar)
{
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    bar->setOrientation(Qt::Vertical);
    QScrollBar *inner = view->verticalScrollBar();
    connect(inner, &QScrollBar::valueChanged, this, &LogRowScroller::onViewScrolled);
    connect(inner, &QScrollBar::rangeChanged, this, &LogRowScroller::updateBar);
    connect(bar, &QScrollBar::valueChanged, this, &LogRowScroller::onBarMoved);
    connect(window, &LogRowWindow::placeChanged, this, &LogRowScroller::updateBar);
    // A new list keeps the place in view, as far as it has rows.
    connect(window, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_resetTop = m_window->offset() + m_view->verticalScrollBar()->value(); });
    connect(window, &QAbstractItemModel::modelReset, this,
            [this] { scrollToSourceRow(m_resetTop); });
    view->installEventFilter(this);
    updateBar();
}

// The rows that fit in the view, as QTableView counts them for rows of one height (its own bar's
// page step may not have caught up yet when its range changes).
int LogRowScroller::pageRows() const
{
    const int height = std::max(1, m_view->verticalHeader()->defaultSectionSize());
    return std::max(1, m_view->viewport()->height() / height);
}

// How close to the window's edge the rows in view may come before it moves: two pages (so that
// Page Down never meets the edge), and never so much that a move would not take them out of it.
int LogRowScroller::margin() const
{
    const int room = std::max(1, (m_window->windowRows() - pageRows()) / 4);
    return std::clamp(2 * pageRows(), 1, room);
}

// True when the rows in view, from the window's row at, are within the margin of an edge of the
// window with more rows beyond it.
bool LogRowScroller::nearEdge(int at) const
{
    const int count = m_window->rowCount();
    const int offset = m_window->offset();
    return (at < margin() && offset > 0)
        || (at + pageRows() > count - margin() && offset + count < m_window->sourceRowCount());
}

// Moves the window so that the source row top is in the middle of it.
void LogRowScroller::centreOn(int top)
{
    m_window->moveTo(top - (m_window->windowRows() - pageRows()) / 2);
}

QModelIndex LogRowScroller::viewIndex(int sourceRow, int column)
{
    if (sourceRow < 0 || sourceRow >= m_window->sourceRowCount())
        return {};
    if (sourceRow < m_window->offset() || sourceRow >= m_window->offset() + m_window->rowCount()) {
        // The rows in view stay where they are when the window can hold them too.
        const int top = m_window->offset() + m_view->verticalScrollBar()->value();
        m_syncing = true;
        centreOn(sourceRow);
        m_view->verticalScrollBar()->setValue(top - m_window->offset());
        m_syncing = false;
        updateBar();
    }
    return m_window->index(sourceRow - m_window->offset(), column);
}

int LogRowScroller::sourceRow(const QModelIndex &viewIndex) const
{
    return viewIndex.isValid() ? viewIndex.row() + m_window->offset() : -1;
}

void LogRowScroller::scrollToSourceRow(int sourceRow)
{
    onBarMoved(std::clamp(sourceRow, 0, std::max(0, m_window->sourceRowCount() - pageRows())));
    updateBar();
}

void LogRowScroller::scrollToTop()
{
    scrollToSourceRow(0);
}

void LogRowScroller::scrollToBottom()
{
    scrollToSourceRow(m_window->sourceRowCount());
}

void LogRowScroller::onViewScrolled(int value)
{
    if (m_syncing)
        return;
    if (nearEdge(value)) {
        const int top = m_window->offset() + value;
        m_syncing = true;
        centreOn(top);
        m_view->verticalScrollBar()->setValue(top - m_window->offset());
        m_syncing = false;
    }
    updateBar();
}

void LogRowScroller::onBarMoved(int value)
{
    if (m_syncing)
        return;
    QScrollBar *inner = m_view->verticalScrollBar();
    const int at = value - m_window->offset();
    const bool inside = at >= 0 && at + pageRows() <= m_window->rowCount() && !nearEdge(at);
    m_syncing = true;
    if (!inside)
        centreOn(value);
    // The view's range may not have caught up with a window that just grew: it follows at once.
    if (inner->maximum() < value - m_window->offset())
        inner->setMaximum(std::max(0, m_window->rowCount() - pageRows()));
    inner->setValue(value - m_window->offset());
    m_syncing = false;
    updateBar();
}

void LogRowScroller::updateBar()
{
    if (!m_view)
        return;
    const int rows = pageRows();
    const QSignalBlocker block(m_bar);
    const int maximum = std::max(0, m_window->sourceRowCount() - rows);
    m_bar->setRange(0, maximum);
    if (maximum > 0) // as the view's own bar would: only when there is more to see
        m_bar->show();
    else if (m_countKnown)
        m_bar->hide();
    m_bar->setPageStep(rows);
    m_bar->setSingleStep(1);
    if (!m_syncing) // mid-move the view's value is not the new one yet
        m_bar->setValue(m_window->offset() + m_view->verticalScrollBar()->value());
}

void LogRowScroller::setCountKnown(bool known)
{
    m_countKnown = known;
    updateBar();
}

// Ctrl+Home and Ctrl+End go to the first and last of every row, not of the window's.
bool LogRowScroller::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool home = key->matches(QKeySequence::MoveToStartOfDocument);
        const bool end = key->matches(QKeySequence::MoveToEndOfDocument);
        if ((home || end) && m_window->rowCount() < m_window->sourceRowCount()) {
            const int row = home ? 0 : m_window->sourceRowCount() - 1;
            if (home)
                scrollToTop();
            else
                scrollToBottom();
            const int column = std::max(0, m_view->currentIndex().column());
            m_view->setCurrentIndex(viewIndex(row, column));
            m_view->scrollTo(m_view->currentIndex());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
