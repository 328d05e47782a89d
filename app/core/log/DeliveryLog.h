#pragma once

#include "Attempt.h"
#include "LogFilter.h"

#include "twilio/TwilioTypes.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QSqlDatabase;
class QThread;
class DeliveryLogWorker;

// The delivery log: one SQLite database (WAL) in the app's data folder, every attempt kept.
// All database work runs on the log's own thread, in the order it was asked for; answers come
// back as queued calls in the caller's thread, so the UI thread never waits on the disk.
// Schema versioned with migrations run by open(); a database from a newer version is refused with
// a message that says what to do. Several processes (console, CLI) may share the file.
class DeliveryLog : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryLog(const QString &path = defaultPath(), QObject *parent = nullptr);
    // Finishes queued writes, then closes. Destroy it while the application object still exists
    // (not as one of its children): it waits on its worker thread.
    ~DeliveryLog() override;

    // <AppDataLocation>/delivery-log.sqlite
    static QString defaultPath();
    static int schemaVersion(); // the version this build writes
    QString path() const { return m_path; }

    // Creates or migrates the database; emits opened() once. Writes asked for before are queued.
    void open();
    bool isOpen() const;
    // open() ran and failed: writes are refused, and SendJob then sends nothing.
    bool openFailed() const;
    QString errorString() const; // translated, after a failed open

    using IdCallback = std::function<void(qint64 id, const QString &error)>;
    using AttemptsCallback = std::function<void(const QList<Attempt> &, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    // Inserts the attempt and calls done once the row is committed: the caller sends only then,
    // so a crash after this point leaves a row whose outcome is Unknown, never nothing.
    void beginAttempt(const Attempt &attempt, QObject *context, IdCallback done);
    // Rewrites the row attempt.id (all columns) and appends the transitions not stored yet.
    void updateAttempt(const Attempt &attempt, QObject *context = nullptr, DoneCallback done = {});

    // Reads, newest first; limit 0: all.
    void query(const LogFilter &filter, int limit, QObject *context, AttemptsCallback done);
    void attempt(qint64 id, QObject *context, AttemptsCallback done); // with its timeline
    // Which of sids another row than exceptId already holds: a message found by a lookup that
    // is already another send's is not this one's.
    using SidsCallback = std::function<void(const QStringList &known, const QString &error)>;
    void sidsRecorded(const QStringList &sids, qint64 exceptId, QObject *context,
                      SidsCallback done);
    // Calls done once every write asked for before has been committed (or has failed).
    void flush(QObject *context, DoneCallback done);

    // Where a sync of Twilio's message list for a profile stands (table sync_state).
    struct SyncState
    {
        QString profile;
        QDate since; // DateSent range, inclusive, UTC
        QDate until;
        QString nextPageUri; // empty: start from the first page
        int pages = 0;
        int imported = 0; // new rows
        int merged = 0; // local rows completed from Twilio's data
        bool complete = false;
    };
    using SyncStateCallback
        = std::function<void(const std::optional<SyncState> &, const QString &error)>;
    void syncState(const QString &profile, QObject *context, SyncStateCallback done);
    // Imports one page of Twilio's message list in one transaction, merged by SID (a known SID
    // gets Twilio's status, price and error and keeps its source; a new one becomes a row with
    // source Twilio; inbound messages are skipped), and stores state with it: state holds the
    // counters before this page and the page's next_page_uri; the page's counts are added.
    // Done gets the state as stored.
    void importMessages(const QList<Message> &messages, const SyncState &state, QObject *context,
                        SyncStateCallback done);

    // Runs work with the log's connection on its thread, after everything asked for before, in
    // one write transaction when write is true (rolled back when work returns false); for
    // stores that keep their own tables in this file (TenantLogStore). work fills changed with
    // the attempts whose rows it touched; done gets work's error, empty on success.
    using DatabaseWork
        = std::function<bool(QSqlDatabase &db, QList<qint64> *changed, QString *error)>;
    void runDatabaseWork(bool write, DatabaseWork work, QObject *context, DoneCallback done);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    // A row was written by this process (inserted, updated, imported): the viewer refreshes it.
    void attemptChanged(qint64 id);
    void attemptsImported(int count);

private:
    friend class DeliveryLogWorker;
    enum State { NotOpen, Open, Failed };
    // Runs task on the worker thread, after everything asked for before.
    void post(std::function<void()> task);
    // From the worker: emits the change signals in this object's thread, then runs fn there or
    // in context's thread; dropped when a given context was deleted meanwhile.
    void answer(const QPointer<QObject> &context, bool hasContext, std::function<void()> fn,
                const QList<qint64> &changed = {}, int imported = 0);
    // Tasks asked for before open(): run after it.
    QList<std::function<void()>> m_deferred;
    bool m_openRequested = false;

    QString m_path;
    // The implementation owns the worker thread and its connection.
    QThread *m_thread = nullptr;
    DeliveryLogWorker *m_worker = nullptr;
    std::atomic<int> m_state {NotOpen};
    QString m_error; // written by the worker before m_state becomes Failed
};
