#pragma once

#include "log/LogQueryWorker.h"
#include "log/Attempt.h"
#include "log/LogFilter.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>

#include <deque>

class DeliveryLog;
class QThread;
class QTimer;

// The delivery log as one table model over SQL, made for ten million rows. A LogQueryWorker on its
// own thread runs each filter and sort; the model holds only the matching ids in order (packed,
// about a byte a row in time order: LogIdList) and loads the rows' columns lazily, a page at a
// time, into a bounded cache. Until a page arrives its cells show a placeholder. A new question
// first shows its first page, then its count, then grows to every match. Writes by this process
// (DeliveryLog::attemptChanged) refresh the rows they touch and, when rows may come, go or move,
// run the question again and apply the difference as row insertions or removals, so that
// selection and scroll position survive.
class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Profile,
        Api,
        Source,
        To,
        From,
        Status,
        Outcome,
        Error,
        Segments,
        Sid,
        Body,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64, 0 while the row is not loaded
        OutcomeRole, // Attempt::outcomeName(), "" while not loaded
        SidRole,
        ErrorCodeRole,
        LoadedRole, // bool
    };
    static constexpr int PageRows = 256;
    static constexpr int MaxCachedRows = 8192;

    explicit DeliveryLogModel(DeliveryLog *log, QObject *parent = nullptr);
    ~DeliveryLogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Runs the question again in the new order (indexed columns only; others are ignored).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    int sortColumn() const { return m_query.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_query.filter; }
    // Runs the current question again (after writes by another process, e.g. the CLI).
    void refresh();
    // While held, questions are not sent to the database; the last one is asked on release. The
    // log page holds its model until it is first shown, so a console that never opens the page
    // never scans the log, and start-up asks nothing twice.
    void setHeld(bool held);

    // True from a new question until every matching id is known.
    bool isBusy() const { return m_busy; }
    // Matching attempts (rowCount() once not busy) and all attempts in the log; -1 while unknown.
    // Both are known before the ids are (countsChanged).
    qint64 matchCount() const { return m_matches; }
    qint64 totalCount() const { return m_total; }
    QString errorString() const { return m_error; }

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not shown
    bool isLoaded(int row) const;
    // The loaded row, or nullptr.
    const LogRow *rowAt(int row) const;

    static QColor outcomeColor(Attempt::Outcome outcome);
    static QString apiText(const QString &api);
    static QString sourceText(const QString &source);
    static QString outcomeText(const QString &outcome);

Q_SIGNALS:
    void busyChanged(bool busy);
    void firstRowsShown(); // the first page of a new question is in the model
    void countsChanged(); // matchCount() or totalCount() changed
    void rowsLoaded(); // a page of rows arrived
    void errorOccurred(const QString &message);

private:
    struct Request
    {
        int firstRow = -1; // -1: not a page (live update of single rows)
        quint64 listVersion = 0;
        QList<qint64> ids;
    };

    void start(bool refresh);
    void requestPage(int page) const;
    void requestIds(const QList<qint64> &ids) const;
    void onFirstRows(quint64 generation, const QList<LogRow> &rows);
    void onCountsReady(quint64 generation, qint64 matches, qint64 total);
    void onIdsReady(quint64 generation, const LogIdList &ids, qint64 total);
    void onRowsReady(quint64 requestId, const QList<LogRow> &rows);
    void onFailed(quint64 generation, const QString &error);
    void onAttemptChanged(qint64 id);
    void applyChanges();
    void applyIds(const LogIdList &ids);
    bool applyInsertions(const LogIdList &ids);
    bool applyRemovals(const LogIdList &ids);
    int shownRows() const;
    qsizetype listIndex(int row) const;
    QList<qint64> idsAt(int first, int count) const;
    void cacheRow(const LogRow &row) const;
    void setBusy(bool busy);
    bool questionDependsOnChanges() const;

    DeliveryLog *m_log;
    QThread *m_thread;
    LogQueryWorker *m_worker;
    LogQuery m_query;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_held = false;
    bool m_pendingStart = false; // a question was asked while held
    bool m_busy = false;
    bool m_refreshing = false; // a refresh is under way
    bool m_refreshAgain = false; // more writes came during it
    QString m_error;

    LogIdList m_ids; // the rows, in order
    // While a new list is shown run by run (applyInsertions, applyRemovals), the runs of m_ids
    // not shown: those not inserted yet, or those removed already. Ascending, in m_ids' places.
    struct Skip
    {
        qsizetype at, count;
    };
    QList<Skip> m_skips;
    quint64 m_listVersion = 0; // changes whenever rows move
    qint64 m_matches = -1;
    qint64 m_total = -1;

    // Lazily loaded rows, bounded: the oldest loaded leave first.
    mutable QHash<qint64, LogRow> m_rows;
    mutable std::deque<qint64> m_cacheOrder;
    mutable QSet<int> m_pendingPages; // of m_listVersion
    mutable QHash<quint64, Request> m_requests;
    mutable quint64 m_requestSeq = 0;

    QSet<qint64> m_changed;
    QTimer *m_changeTimer;
};
