#pragma once

#include <QAbstractProxyModel>
#include <QPointer>

class QScrollBar;
class QTableView;

// A window of at most windowRows() consecutive rows of a long table model, for a view that must
// not hold anything per row: QHeaderView keeps 8 bytes for every section, so a QTableView over
// ten million rows holds 80 MB before it shows one. The window starts at offset() in the source
// and moves (a layout change, so selection and current index follow their rows) when the view
// scrolls near its edges; LogRowScroller gives the view a scroll bar over every source row.
// Source rows inserted or removed above the window move it, so the rows in view stay in view;
// inside it they are inserted or removed, and the window is filled up again from below.
class LogRowWindow : public QAbstractProxyModel
{
    Q_OBJECT
public:
    static constexpr int DefaultWindowRows = 4096;

    explicit LogRowWindow(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    // Tests use small windows; a change starts the window again at the source's first row.
    void setWindowRows(int rows);
    int windowRows() const { return m_windowRows; }
    int offset() const { return m_offset; }
    int sourceRowCount() const;

    // Moves the window so that it starts at offset (clamped to the source's rows).
    void moveTo(int offset);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The window moved, or the source gained or lost rows: the scroll bar's range and place.
    void placeChanged();

private:
    void reset();
    void onAboutToInsert(int first, int last);
    void onInserted(int first, int last);
    void onAboutToRemove(int first, int last);
    void onRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void fill();

    int m_windowRows = DefaultWindowRows;
    int m_offset = 0; // the source row of the window's first row
    int m_count = 0; // rows in the window
    // What the source's change in progress does to the window.
    int m_shift = 0; // rows inserted (+) or removed (-) above it
    int m_inserting = 0; // rows inserted into it
    int m_removing = 0; // rows removed from it
    QList<QMetaObject::Connection> m_connections;
};

// Ties a QTableView showing a LogRowWindow (rows of fixed height, scrolled per item) to a scroll
// bar over every source row, which replaces the view's own (hidden but still driven by the wheel,
// the keys and scrollTo). Moving either moves the window when the rows in view come within a
// margin of its edges, so the window always holds the rows in view and a few pages on each side.
class LogRowScroller : public QObject
{
    Q_OBJECT
public:
    LogRowScroller(QTableView *view, LogRowWindow *window, QScrollBar *bar, QObject *parent);

    // The view's index of a source row, moving the window to it first when it is outside.
    QModelIndex viewIndex(int sourceRow, int column = 0);
    int sourceRow(const QModelIndex &viewIndex) const;
    void scrollToSourceRow(int sourceRow); // at the top, as far as the rows allow
    void scrollToTop();
    void scrollToBottom();
    // Whether the source's row count is final. Until it is (as at the start), the bar is not
    // hidden for want of rows, only shown when they outgrow the view: a long list's first page
    // then needs no new layout, and a short list's questions do not make the bar flicker.
    void setCountKnown(bool known);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int margin() const;
    int pageRows() const;
    bool nearEdge(int at) const;
    void centreOn(int top);
    void onViewScrolled(int value);
    void onBarMoved(int value);
    void updateBar();

    QPointer<QTableView> m_view;
    LogRowWindow *m_window;
    QScrollBar *m_bar;
    bool m_syncing = false;
    bool m_countKnown = false;
    int m_resetTop = 0;
};
