#include "DeliveryLog.h"

#include "LogBlockScan.h"
#include "LogCodec.h"
#include "LogSchema.h"
#include "LogWriter.h"
#include "SqliteStatement.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <memory>

// Lives on the log's thread and owns its connection; DeliveryLog posts work to it as functors,
// which Qt runs in the order they were posted.
class DeliveryLogWorker : public QObject
{
public:
    explicit DeliveryLogWorker(const QString &path)
        : m_path(path),
          m_connectionName(QStringLiteral("delivery-log-%1").arg(quintptr(this), 0, 16))
    { }

    bool open(QString *error)
    {
        m_db = LogSchema::openConnection(m_connectionName, m_path, false, error);
        if (!m_db.isOpen())
            return false;
        if (!LogSchema::migrate(m_db, error)) {
            close();
            return false;
        }
        m_writer = std::make_unique<LogWriter>(m_db);
        // Rows another writer queued for the trigram index and left there (the views' INSTEAD
        // OF triggers write without LogWriter): indexed now, so that the queue stays short. So
        // are the hours whose blocks it left stale (and every hour after the migration to
        // schema step 11).
        QSqlQuery pending(m_db);
        if (pending.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM log_fts_pending) OR "
                                        "EXISTS (SELECT 1 FROM log_blocks_stale)"))
            && pending.next() && pending.value(0).toBool()) {
            pending.finish();
            QString ignored; // readers check queued rows and stale hours: slower, not wrong
            write([this](QString *e) { return m_writer->indexPending(e); }, &ignored);
        }
        return true;
    }

    void close()
    {
        m_writer.reset();
        optimize();
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    bool isOpen() const { return m_db.isOpen(); }

    // Lets SQLite refresh its statistics where writes made them stale (after a large import,
    // and on closing, as SQLite advises), so that the planner keeps choosing the right index.
    void optimize()
    {
        if (!m_db.isOpen())
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA optimize"));
    }
    QSqlDatabase &db() { return m_db; }
    LogWriter &writer() { return *m_writer; }

    // Runs work between BEGIN IMMEDIATE (the write lock at once, so two processes never both
    // wait to upgrade a read lock) and COMMIT; rolls back when work fails.
    bool write(const std::function<bool(QString *)> &work, QString *error)
    {
        if (!m_db.isOpen()) {
            *error = DeliveryLog::tr("the delivery log is not open");
            return false;
        }
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = q.lastError().text();
            return false;
        }
        if (work(error) && (!m_writer || m_writer->indexPending(error))
            && q.exec(QStringLiteral("COMMIT")))
            return true;
        if (error->isEmpty())
            *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        if (m_writer)
            m_writer->rolledBack();
        return false;
    }

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<LogWriter> m_writer;
};

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool failWith(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

QList<Attempt> readAttempts(QSqlDatabase &db, const QString &where, const QVariantList &bindings,
                            int limit, QString *error)
{
    QList<Attempt> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM attempts a %2 ORDER BY a.created_at DESC, "
                                 "a.id DESC")
                      .arg(LogSchema::attemptColumns(), where);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(LogSchema::attemptFromQuery(q));
    QSqlQuery timeline(db);
    timeline.setForwardOnly(true);
    timeline.prepare(LogSchema::timelineSql());
    for (Attempt &a : list)
        a.timeline = LogSchema::timeline(timeline, a.id);
    return list;
}


// The newest limit attempts a filter matches, their ids from the hourly blocks and summary
// (LogBlockScan::firstPage: a rare value costs its hours, without an index of its own), then
// their rows, in one snapshot. false with error empty when the blocks do not answer (a text, a
// recipient, a limit past a page of ids worth listing by id).
bool newestFromBlocks(QSqlDatabase &db, const LogFilter &filter, int limit, QList<Attempt> *list,
                      QString *error)
{
    constexpr int MaxIds = 10000;
    LogQuery query;
    query.filter = filter;
    query.sortColumn = LogQuery::Time;
    query.order = Qt::DescendingOrder;
    sqlite3 *handle = SqliteStatement::handle(db);
    if (limit <= 0 || limit > MaxIds || !handle || !LogBlockScan::answersFirstPage(query))
        return false;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QList<qint64> ids;
    QString scanError;
    bool ok = LogBlockScan::firstPage(handle, query, limit, &ids, &scanError);
    if (ok && !ids.isEmpty()) {
        QStringList literals; // integers from the database: safe as literals
        for (const qint64 id : std::as_const(ids))
            literals << QString::number(id);
        *list = readAttempts(db, QStringLiteral("WHERE a.id IN (%1)").arg(literals.join(u',')),
                             {}, 0, error);
        ok = error->isEmpty();
    }
    db.commit();
    if (!ok && error->isEmpty())
        qWarning("The delivery log's blocks could not be read (%s); reading its indexes",
                 qPrintable(scanError));
    return ok;
}

std::optional<DeliveryLog::SyncState> readSyncState(QSqlDatabase &db, const QString &profile,
                                                    QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT since, until, next_page_uri, pages, imported, merged, "
                             "complete FROM sync_state WHERE profile = ?"));
    q.addBindValue(profile);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    DeliveryLog::SyncState s;
    s.profile = profile;
    s.since = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    s.until = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    s.nextPageUri = q.value(2).toString();
    s.pages = q.value(3).toInt();
    s.imported = q.value(4).toInt();
    s.merged = q.value(5).toInt();
    s.complete = q.value(6).toBool();
    return s;
}

} // namespace

DeliveryLog::DeliveryLog(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_thread(new QThread), m_worker(new DeliveryLogWorker(path))
{
    qRegisterMetaType<Attempt>();
    m_thread->setObjectName(QStringLiteral("DeliveryLog"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

DeliveryLog::~DeliveryLog()
{
    // Queued after every write asked for: they are committed before the connection closes.
    DeliveryLogWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

QString DeliveryLog::defaultPath()
{
    const QString overridden = qEnvironmentVariable("SMSHOOK_LOG_PATH");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/delivery-log.sqlite");
}

int DeliveryLog::schemaVersion()
{
    return LogSchema::version();
}

bool DeliveryLog::isOpen() const
{
    return m_state.load() == Open;
}

bool DeliveryLog::openFailed() const
{
    return m_state.load() == Failed;
}

QString DeliveryLog::errorString() const
{
    return openFailed() ? m_error : QString();
}

void DeliveryLog::post(std::function<void()> task)
{
    if (!m_openRequested) {
        m_deferred.append(std::move(task));
        return;
    }
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

void DeliveryLog::answer(const QPointer<QObject> &context, bool hasContext,
                         std::function<void()> fn, const QList<qint64> &changed, int imported)
{
    QMetaObject::invokeMethod(
        this,
        [this, context, hasContext, fn = std::move(fn), changed, imported] {
            for (qint64 id : changed)
                Q_EMIT attemptChanged(id);
            if (imported > 0)
                Q_EMIT attemptsImported(imported);
            if (!fn || (hasContext && !context))
                return;
            if (!hasContext || context->thread() == QThread::currentThread())
                fn();
            else
                QMetaObject::invokeMethod(context, fn, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DeliveryLog::open()
{
    if (m_openRequested)
        return;
    m_openRequested = true;
    DeliveryLogWorker *w = m_worker;
    QMetaObject::invokeMethod(
        w,
        [this, w] {
            QString error;
            const bool ok = w->open(&error);
            if (!ok)
                m_error = error;
            m_state.store(ok ? Open : Failed);
            QMetaObject::invokeMethod(
                this, [this, ok, error] { Q_EMIT opened(ok, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    const QList<std::function<void()>> deferred = std::exchange(m_deferred, {});
    for (const auto &task : deferred)
        post(task);
}

void DeliveryLog::beginAttempt(const Attempt &attempt, QObject *context, IdCallback done)
{
    DeliveryLogWorker *w = m_worker;
    const QPointer<QObject> ctx(context);
    post([this, w, attempt, ctx, hasCtx = context != nullptr, done] {
        QString error = errorString();
        qint64 id = 0;
        const bool ok = (openFailed() && !error.isEmpty())
            ? false
            : w->write([&](QString *e) { return w->writer().insertAttempt(attempt, &id, e); },
                       &error);
        if (!ok)
            id = 0;
        answer(ctx, hasCtx,
               done ? std::function<void()>([done, id, error] { done(id, error); })
                    : std::function<void()>(),
               ok ? QList<qint64> {id} : QList<qint64> {});
    });
}

void DeliveryLog::updateAttempt(const Attempt &attempt, QObject *context, DoneCallback done)
{
    DeliveryLogWorker *w = m_worker;
    const QPointer<QObject> ctx(context);
    post([this, w, attempt, ctx, hasCtx = context != nullptr, done] {
        QString error;
        const bool ok = attempt.id != 0
            && w->write([&](QString *e) { return w->writer().updateAttempt(attempt, e); }, &error);
        if (attempt.id == 0)
            error = tr("the attempt was never recorded");
        if (!ok)
            qWarning("Delivery log: could not update attempt %lld: %s", attempt.id,
                     qPrintable(error));
        answer(ctx, hasCtx,
               done ? std::function<void()>([done, error] { done(error); })
                    : std::function<void()>(),
               ok ? QList<qint64> {attempt.id} : QList<qint64> {});
    });
}

void DeliveryLog::query(const LogFilter &filter, int limit, QObject *context, AttemptsCallback done)
{
    DeliveryLogWorker *w = m_worker;
    const QPointer<QObject> ctx(context);
    post([this, w, filter, limit, ctx, hasCtx = context != nullptr, done] {
        QString error;
        QList<Attempt> list;
        if (!w->isOpen()) {
            error = openFailed() ? errorString() : tr("the delivery log is not open");
        } else if (!newestFromBlocks(w->db(), filter, limit, &list, &error) && error.isEmpty()) {
            const LogFilter::Sql sql = filter.toSql();
            list = readAttempts(w->db(), sql.where, sql.bindings, limit, &error);
        }
        answer(ctx, hasCtx, [done, list, error] { done(list, error); });
    });
}

void DeliveryLog::attempt(qint64 id, QObject *context, AttemptsCallback done)
{
    DeliveryLogWorker *w = m_worker;
    const QPointer<QObject> ctx(context);
    post([this, w, id, ctx, hasCtx = context != nullptr, done] {
        QString error;
        QList<Attempt> list;
        if (!w->isOpen())
            error = openFailed() ? errorString() : tr("the delivery log is not open");
        else
            list = readAttempts(w->db(), QStringLiteral("WHERE a.id = ?"), {id}, 1, &error);
        answer(ctx, hasCtx, [done, list, error] { done(list, error); });
    });
}

void DeliveryLog::sidsRecorded(const QStringList &sids, qint64 exceptId, QObject *context,
                               SidsCallback done)
{
    DeliveryLogWorker *w = m_worker;
    const QPointer<QObject> ctx(context);
    post([this, w, sids, exceptId, ctx, hasCtx = context != nullptr, done] {
        QString error;
        QStringList known;
        if (!w->isOpen()) {
            error = openFailed() ? errorString() : tr("the delivery log is not open");
        } else {
            QSqlQuery q(w->db());
            q.prepare(QStringLiteral("SELECT 1 FROM attempt_rows WHERE sid_key = ? AND id != ?"));
            for (const QString &sid : sids) {
                q.addBindValue(LogCodec::sidKey(sid));
                q.addBindValue(exceptId);
                if (q.exec() && q.next())
                    known << sid;
                q.finish();
            }
        }
        answer(ctx, hasCtx, [done, known, error] { done(known, error); });
    });
}

void DeliveryLog::flush(QObject *context, DoneCallback done)
{
    const QPointer<QObject> ctx(context);
    if (!m_openRequested) {
        // Nothing can have been written; the deferred writes wait for open().
        QMetaObject::invokeMethod(
            this,
            [ctx, hasCtx = context != nullptr, done] {
                if (done && (!hasCtx || ctx))
                    done({});
            },
            Qt::QueuedConnection);
        return;
    }
    post([this, ctx, hasCtx = context != nullptr, done] {
        answer(ctx, hasCtx,
               done ? std::function<void()>([done] { done({}); }) : std::function<void()>());
    });
}

void DeliveryLog::syncState(const QString &profile, QObject *context, SyncStateCallback done)
{
    DeliveryLogWorker *w = m_worker;
    const QPointer<QObject> ctx(context);
    post([this, w, profile, ctx, hasCtx = context != nullptr, done] {
        QString error;
        std::optional<SyncState> state;
        if (!w->isOpen())
            error = openFailed() ? errorString() : tr("the delivery log is not open");
        else
            state = readSyncState(w->db(), profile, &error);
        answer(ctx, hasCtx, [done, state, error] { done(state, error); });
    });
}

void DeliveryLog::importMessages(const QList<Message> &messages, const SyncState &state,
                                 QObject *context, SyncStateCallback done)
{
    DeliveryLogWorker *w = m_worker;
    const QPointer<QObject> ctx(context);
    post([this, w, messages, state, ctx, hasCtx = context != nullptr, done] {
        QString error;
        SyncState stored = state;
        QList<qint64> changed;
        int imported = 0;
        const bool ok = w->write(
            [&](QString *e) {
                for (const Message &m : messages) {
                    if (m.sid.isEmpty() || m.direction.startsWith(QLatin1String("inbound")))
                        continue;
                    bool merged = false;
                    qint64 id = 0;
                    if (!w->writer().importMessage(state.profile, m, &merged, &id, e))
                        return false;
                    if (merged) {
                        ++stored.merged;
                        changed << id;
                    } else {
                        ++stored.imported;
                        ++imported;
                    }
                }
                ++stored.pages;
                stored.complete = state.nextPageUri.isEmpty();
                QSqlQuery q(w->db());
                q.prepare(QStringLiteral(
                    "INSERT OR REPLACE INTO sync_state(profile, since, until, next_page_uri, "
                    "pages, imported, merged, complete, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                q.addBindValue(stored.profile);
                q.addBindValue(stored.since.toString(Qt::ISODate));
                q.addBindValue(stored.until.toString(Qt::ISODate));
                q.addBindValue(nn(stored.nextPageUri));
                q.addBindValue(stored.pages);
                q.addBindValue(stored.imported);
                q.addBindValue(stored.merged);
                q.addBindValue(stored.complete ? 1 : 0);
                q.addBindValue(LogSchema::toMs(QDateTime::currentDateTimeUtc()));
                return q.exec() || failWith(q, e);
            },
            &error);
        std::optional<SyncState> result;
        if (ok)
            result = stored;
        if (ok && stored.complete)
            w->optimize();
        answer(
            ctx, hasCtx, [done, result, error] { done(result, error); },
            ok ? changed : QList<qint64> {}, ok ? imported : 0);
    });
}

void DeliveryLog::runDatabaseWork(bool write, DatabaseWork work, QObject *context,
                                  DoneCallback done)
{
    DeliveryLogWorker *w = m_worker;
    const QPointer<QObject> ctx(context);
    post([this, w, write, work, ctx, hasCtx = context != nullptr, done] {
        QString error;
        QList<qint64> changed;
        bool ok = false;
        if (!w->isOpen())
            error = openFailed() ? errorString() : tr("the delivery log is not open");
        else if (write)
            ok = w->write([&](QString *e) { return work(w->db(), &changed, e); }, &error);
        else
            ok = work(w->db(), &changed, &error);
        if (ok)
            error.clear();
        else if (error.isEmpty())
            error = tr("the delivery log could not be read or written");
        answer(ctx, hasCtx,
               done ? std::function<void()>([done, error] { done(error); })
                    : std::function<void()>(),
               ok ? changed : QList<qint64> {});
    });
}
