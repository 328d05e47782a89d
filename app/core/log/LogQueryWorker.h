#pragma once

#include "log/LogFilter.h"
#include "log/LogIdList.h"
#include "log/LogRow.h"

#include <QAtomicInteger>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QWaitCondition>

// One question the viewer asks: which attempts, in which order.
struct LogQuery
{
    // The viewer's columns, in its order (DeliveryLogModel::Column matches them).
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
        Body
    };

    LogFilter filter;
    int sortColumn = Time; // a Column
    Qt::SortOrder order = Qt::DescendingOrder;
};

// Answers the viewer's questions on a thread of its own, over its own read-only connection to the
// log's file (WAL lets it read while the console and the CLI write), so that the UI thread never
// runs SQL. A query answers in three steps: the first page of rows at once, then how many rows
// match, then every matching id in order (compactly, read through SQLite's own interface: ten
// million of them in well under a second). Work for a generation that a newer one superseded
// stops early and sends nothing.
class LogQueryWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int BodyExcerptChars = 120;
    static constexpr int FirstPageRows = 256;

    explicit LogQueryWorker(const QString &path, QObject *parent = nullptr);
    ~LogQueryWorker() override;

    // Thread-safe: work for older generations stops at its next check.
    void supersede(quint64 generation);
    // The viewer's model drops the previous question's ids when it takes a question's first
    // page, in its own thread. With this set, the worker reads a question's ids (a list of 40 MB
    // at ten million) only once the model has said so (firstRowsTaken, thread-safe), or a newer
    // question came, or MaxAwaitMs passed: two such lists are not held at once.
    static constexpr int MaxAwaitMs = 2000;
    void setAwaitsFirstRowsTaken(bool awaits) { m_awaitsTaken = awaits; }
    void firstRowsTaken(quint64 generation);

    // ORDER BY for a column and order, on indexed columns with the id last so that the order is
    // total; empty for a column that has no index (the viewer does not sort by it).
    static QString orderBy(int column, Qt::SortOrder order);

    // Slots, called queued in the worker's thread.
    // refresh: the same question again after a write; skips the first-page step.
    void runQuery(quint64 generation, const LogQuery &query, bool refresh);
    void fetchRows(quint64 requestId, const QList<qint64> &ids);
    void close(); // closes the connection in its own thread, before the thread ends

Q_SIGNALS:
    void firstRows(quint64 generation, const QList<LogRow> &rows);
    // matches: rows the question matches; total: rows in the log.
    void countsReady(quint64 generation, qint64 matches, qint64 total);
    void idsReady(quint64 generation, const LogIdList &ids, qint64 total);
    void rowsReady(quint64 requestId, const QList<LogRow> &rows);
    void failed(quint64 generation, const QString &error);

private:
    bool ensureOpen(QString *error);
    bool superseded(quint64 generation) const { return m_latest.loadAcquire() > generation; }
    // The first page of a full-text match in time order, looked for among the newest rows;
    // false when the plain query should answer (or on failure: then error is set).
    bool newestFirstPage(const QSqlDatabase &db, const LogFilter &filter, Qt::SortOrder timeOrder,
                         QList<LogRow> *rows, class QSqlError *error);
    // The SELECT of columns for the question in its order, limit rows (0: all): one index walk
    // in order, also for a column whose values are dictionary ids (see LogSchema). What the
    // blocks do not answer (LogBlockScan), and what answers should they fail: the columns whose
    // indexes schema step 12 dropped are then read through the time's index.
    bool selectInOrder(const QSqlDatabase &db, const QString &columns, const LogFilter::Sql &where,
                       const LogQuery &query, int limit, QString *sql, QVariantList *bindings,
                       class QSqlError *error);
    // How many attempts a filter matches: from the hourly summary when it can answer (no text,
    // whole hours), otherwise count(*) over the filter's index. The same question asked again
    // (another order, a refresh) with nothing written since (PRAGMA data_version) is answered
    // from the last count.
    bool countRows(const QSqlDatabase &db, const LogFilter &filter, qint64 *count,
                   class QSqlError *error);
    // Every id the question matches, in order; false when superseded or on failure (error set).
    bool scanIds(const QSqlDatabase &db, quint64 generation, const QString &sql,
                 const QVariantList &bindings, qint64 expected, LogIdList *ids, QString *error);
    static QString rowColumns();
    // The rows of ids, in the table's order.
    static bool readRows(const QSqlDatabase &db, const QList<qint64> &ids, QList<LogRow> *rows,
                         QString *error);
    // The first page from the hourly blocks (LogBlockScan::firstPage), then its rows.
    static bool blocksFirstPage(const QSqlDatabase &db, const LogQuery &query,
                                QList<LogRow> *rows, QString *error);

    QString m_path;
    QString m_connectionName;
    QAtomicInteger<quint64> m_latest = 0;
    void awaitFirstRowsTaken(quint64 generation);
    bool m_awaitsTaken = false;
    quint64 m_taken = 0; // the last generation whose first rows the model took; under m_takenMutex
    QMutex m_takenMutex;
    QWaitCondition m_takenChanged;
    bool m_open = false;
    struct CachedCount
    {
        qint64 dataVersion = -1;
        QString where;
        QVariantList bindings;
        qint64 count = 0;
    };
    CachedCount m_lastCount; // of the last question
    CachedCount m_allCount; // of the whole log
};
