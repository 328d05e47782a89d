#include "DeliveryLog.h"

#include "LogSchema.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

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
        return true;
    }

    void close()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }

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
        if (work(error) && q.exec(QStringLiteral("COMMIT")))
            return true;
        if (error->isEmpty())
            *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
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

void bindAttempt(QSqlQuery &q, const Attempt &a)
{
    q.bindValue(
        QStringLiteral(":updated_at"),
        LogSchema::toMs(a.updatedAt.isValid() ? a.updatedAt : QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":profile"), nn(a.profile));
    q.bindValue(QStringLiteral(":api"), Attempt::apiName(a.api));
    q.bindValue(QStringLiteral(":source"), Attempt::sourceName(a.source));
    q.bindValue(QStringLiteral(":to_number"), nn(a.to));
    q.bindValue(QStringLiteral(":from_number"), nn(a.from));
    q.bindValue(QStringLiteral(":body"), nn(a.body));
    q.bindValue(QStringLiteral(":encoding"), nn(a.encoding));
    q.bindValue(QStringLiteral(":segments"), a.segments);
    q.bindValue(QStringLiteral(":sid"), a.sid.isEmpty() ? QVariant() : QVariant(a.sid));
    q.bindValue(QStringLiteral(":status"), nn(a.status));
    q.bindValue(QStringLiteral(":outcome"), Attempt::outcomeName(a.outcome));
    q.bindValue(QStringLiteral(":error_code"), a.errorCode);
    q.bindValue(QStringLiteral(":error_message"), nn(a.errorMessage));
    q.bindValue(QStringLiteral(":price"), nn(a.price));
    q.bindValue(QStringLiteral(":price_unit"), nn(a.priceUnit));
}

bool insertTransition(QSqlDatabase &db, qint64 id, const StatusTransition &t, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO transitions(attempt_id, at, status, error_code, "
                             "error_message) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(LogSchema::toMs(t.at.isValid() ? t.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(nn(t.status));
    q.addBindValue(t.errorCode);
    q.addBindValue(nn(t.errorMessage));
    return q.exec() || failWith(q, error);
}

bool insertAttempt(QSqlDatabase &db, const Attempt &a, qint64 *id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO attempts(created_at, updated_at, profile, api, source, to_number, "
        "from_number, body, encoding, segments, sid, status, outcome, error_code, error_message, "
        "price, price_unit) VALUES (:created_at, :updated_at, :profile, :api, :source, "
        ":to_number, :from_number, :body, :encoding, :segments, :sid, :status, :outcome, "
        ":error_code, :error_message, :price, :price_unit)"));
    q.bindValue(
        QStringLiteral(":created_at"),
        LogSchema::toMs(a.createdAt.isValid() ? a.createdAt : QDateTime::currentDateTimeUtc()));
    bindAttempt(q, a);
    if (!q.exec())
        return failWith(q, error);
    *id = q.lastInsertId().toLongLong();
    for (const StatusTransition &t : a.timeline)
        if (!insertTransition(db, *id, t, error))
            return false;
    return true;
}

// The transitions stored for id so far (they are only ever appended).
int storedTransitions(QSqlDatabase &db, qint64 id, QString *lastStatus)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*), (SELECT status FROM transitions WHERE "
                             "attempt_id = ? ORDER BY rowid DESC LIMIT 1) FROM transitions "
                             "WHERE attempt_id = ?"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return 0;
    if (lastStatus)
        *lastStatus = q.value(1).toString();
    return q.value(0).toInt();
}

bool updateRow(QSqlDatabase &db, const Attempt &a, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE attempts SET updated_at = :updated_at, profile = :profile, api = :api, "
        "source = :source, to_number = :to_number, from_number = :from_number, body = :body, "
        "encoding = :encoding, segments = :segments, sid = :sid, status = :status, "
        "outcome = :outcome, error_code = :error_code, error_message = :error_message, "
        "price = :price, price_unit = :price_unit WHERE id = :id"));
    bindAttempt(q, a);
    q.bindValue(QStringLiteral(":id"), a.id);
    if (!q.exec())
        return failWith(q, error);
    if (q.numRowsAffected() != 1) {
        *error = DeliveryLog::tr("attempt %1 is not in the log").arg(a.id);
        return false;
    }
    const int stored = storedTransitions(db, a.id, nullptr);
    for (qsizetype i = stored; i < a.timeline.size(); ++i)
        if (!insertTransition(db, a.id, a.timeline.at(i), error))
            return false;
    return true;
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

// One message of Twilio's list into the log: merged into the row with its SID, or a new row.
bool importMessage(QSqlDatabase &db, const QString &profile, const Message &m, bool *merged,
                   qint64 *id, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime seen = m.dateUpdated.isValid() ? m.dateUpdated : now;
    StatusTransition t;
    t.status = m.status;
    t.at = seen;
    t.errorCode = m.errorCode;
    t.errorMessage = m.errorMessage;

    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM attempts WHERE sid = ?"));
    find.addBindValue(m.sid);
    if (!find.exec())
        return failWith(find, error);
    if (find.next()) {
        *merged = true;
        *id = find.value(0).toLongLong();
        // Twilio's view of the outcome wins; what only the console knew (source, encoding, the
        // body as typed) stays.
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE attempts SET updated_at = ?, status = ?, outcome = ?, error_code = ?, "
            "error_message = ?, price = ?, price_unit = ?, "
            "segments = CASE WHEN segments = 0 THEN ? ELSE segments END, "
            "from_number = CASE WHEN from_number = '' THEN ? ELSE from_number END, "
            "body = CASE WHEN body = '' AND api = 'messages' THEN ? ELSE body END WHERE id = ?"));
        q.addBindValue(LogSchema::toMs(now));
        q.addBindValue(nn(m.status));
        q.addBindValue(Attempt::outcomeName(Attempt::outcomeForStatus(m.status)));
        q.addBindValue(m.errorCode);
        q.addBindValue(nn(m.errorMessage));
        q.addBindValue(nn(m.price));
        q.addBindValue(nn(m.priceUnit));
        q.addBindValue(m.numSegments);
        q.addBindValue(nn(m.from.isEmpty() ? m.messagingServiceSid : m.from));
        q.addBindValue(nn(m.body));
        q.addBindValue(*id);
        if (!q.exec())
            return failWith(q, error);
        QString lastStatus;
        storedTransitions(db, *id, &lastStatus);
        return lastStatus == m.status || insertTransition(db, *id, t, error);
    }
    *merged = false;
    Attempt a;
    a.createdAt = m.dateCreated.isValid() ? m.dateCreated : seen;
    a.updatedAt = now;
    a.profile = profile;
    a.api = Attempt::Api::Messages;
    a.source = Attempt::Source::Twilio;
    a.to = m.to;
    a.from = m.from.isEmpty() ? m.messagingServiceSid : m.from;
    a.body = m.body;
    a.segments = m.numSegments;
    a.sid = m.sid;
    a.status = m.status;
    a.outcome = Attempt::outcomeForStatus(m.status);
    a.errorCode = m.errorCode;
    a.errorMessage = m.errorMessage;
    a.price = m.price;
    a.priceUnit = m.priceUnit;
    a.timeline = {t};
    return insertAttempt(db, a, id, error);
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
            : w->write([&](QString *e) { return insertAttempt(w->db(), attempt, &id, e); }, &error);
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
            && w->write([&](QString *e) { return updateRow(w->db(), attempt, e); }, &error);
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
        } else {
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
            q.prepare(QStringLiteral("SELECT 1 FROM attempts WHERE sid = ? AND id != ?"));
            for (const QString &sid : sids) {
                q.addBindValue(sid);
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
                    if (!importMessage(w->db(), state.profile, m, &merged, &id, e))
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
