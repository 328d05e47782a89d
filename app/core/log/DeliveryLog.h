#pragma once

#include "Attempt.h"
#include "LogFilter.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

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
    ~DeliveryLog() override; // finishes queued writes, then closes

    // <AppDataLocation>/delivery-log.sqlite
    static QString defaultPath();
    static int schemaVersion(); // the version this build writes
    QString path() const { return m_path; }

    // Creates or migrates the database; emits opened() once. Writes asked for before are queued.
    void open();
    bool isOpen() const;
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

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    // A row was written by this process (inserted, updated, imported): the viewer refreshes it.
    void attemptChanged(qint64 id);
    void attemptsImported(int count);

private:
    QString m_path;
    // The implementation owns the worker thread and its connection.
};
