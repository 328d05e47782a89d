#include "TenantLogSync.h"

#include "DeliveryLog.h"

#include "auth0/Auth0Client.h"
#include "auth0/Auth0Parser.h"
#include "auth0/Auth0Requests.h"
#include "auth0/TenantSecret.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <algorithm>

TenantLogSync::TenantLogSync(DeliveryLog *log, const Profile &profile, SecretStore *secrets,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_log(log), m_profile(profile), m_secrets(secrets), m_network(network)
{ }

TenantLogSync::TenantLogSync(DeliveryLog *log, const Profile &profile, const QString &clientSecret,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_log(log),
      m_profile(profile),
      m_givenSecret(clientSecret),
      m_network(network)
{ }

TenantLogSync::~TenantLogSync()
{
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
}

void TenantLogSync::setTake(int take)
{
    m_take = qBound(1, take, 100);
}

void TenantLogSync::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

void TenantLogSync::start(const QDate &since)
{
    if (m_running || m_finished)
        return;
    m_running = true;
    const auto failLater = [this](const QString &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { finish(Outcome::Failed, error); }, Qt::QueuedConnection);
    };
    if (!m_log)
        return failLater(tr("No delivery log to store the tenant's events in."));
    if (!m_profile.auth0.isConnected())
        return failLater(TenantSecret::notConnected(m_profile));
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this, [this, since] { begin(m_givenSecret, since); }, Qt::QueuedConnection);
        return;
    }
    SecretsJob *read = m_secrets->read(m_profile.name, {SecretRules::auth0ClientSecretName()});
    connect(read, &SecretsJob::finished, this, [this, read, since] {
        if (m_finished)
            return;
        if (m_cancelled)
            return finish(Outcome::Cancelled);
        if (read->failed())
            return finish(
                Outcome::Failed,
                TenantSecret::keychainFailed(read->error().summary(), read->error().fix()));
        begin(read->values().value(SecretRules::auth0ClientSecretName()), since);
    });
}

void TenantLogSync::begin(const QString &clientSecret, const QDate &since)
{
    if (m_finished)
        return;
    if (m_cancelled)
        return finish(Outcome::Cancelled);
    if (clientSecret.isEmpty())
        return finish(Outcome::Failed, TenantSecret::notStored());
    m_client = new Auth0Client(m_profile.auth0, clientSecret, m_network, this);
    if (m_timeoutMs > 0)
        m_client->setTimeoutMs(m_timeoutMs);
    TenantLogStore::readState(
        m_log, m_profile.name, this,
        [this, since](const std::optional<TenantLogStore::SyncState> &stored,
                      const QString &error) {
            if (m_finished)
                return;
            if (!error.isEmpty())
                return finish(Outcome::Failed,
                              tr("The delivery log could not be read: %1").arg(error));
            if (m_cancelled)
                return finish(Outcome::Cancelled);
            if (stored && !stored->checkpoint.isEmpty()
                && (!since.isValid() || since == stored->since)) {
                m_state = *stored;
                m_progress.pages = m_state.pages;
                m_progress.fetched = m_state.fetched;
                m_progress.resumed = !m_state.complete;
                return fetchPage();
            }
            m_state = {};
            m_state.profile = m_profile.name;
            m_state.since = since.isValid()
                ? since
                : QDateTime::currentDateTimeUtc().date().addDays(1 - DefaultDays);
            locateStart();
        });
}

void TenantLogSync::locateStart()
{
    TenantLogQuery query;
    query.q = TenantLogRecord::searchQuery(m_state.since);
    query.sort = QStringLiteral("date:1");
    query.page = 0;
    query.perPage = 1;
    Auth0Reply *reply = m_client->send(Auth0Requests::listLogs(m_profile.auth0, query));
    m_reply = reply;
    connect(reply, &Auth0Reply::rateLimited, this, &TenantLogSync::rateLimited);
    connect(reply, &Auth0Reply::finished, this, [this, reply] { onReply(reply, true); });
}

void TenantLogSync::fetchPage()
{
    TenantLogQuery query;
    query.from = m_state.checkpoint;
    query.take = m_take;
    Auth0Reply *reply = m_client->send(Auth0Requests::listLogs(m_profile.auth0, query));
    m_reply = reply;
    connect(reply, &Auth0Reply::rateLimited, this, &TenantLogSync::rateLimited);
    connect(reply, &Auth0Reply::finished, this, [this, reply] { onReply(reply, false); });
}

void TenantLogSync::onReply(Auth0Reply *reply, bool search)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (m_finished)
        return;
    if (m_cancelled)
        return finish(Outcome::Cancelled);
    if (!reply->isOk()) {
        m_auth0Error = reply->error();
        return finish(Outcome::Failed, reply->error().userText());
    }
    const QList<TenantLogEvent> events = Auth0Parser::logEvents(reply->array());
    QList<TenantLogRecord> records;
    QString last = m_state.checkpoint;
    for (const TenantLogEvent &e : events) {
        records.append(TenantLogRecord::fromEvent(e, m_profile.name));
        if (e.logId > last)
            last = e.logId;
    }
    ++m_state.pages;
    m_state.fetched += int(events.size());
    if (search) {
        // Nothing since that day: the next run looks again.
        m_state.complete = events.isEmpty();
        if (events.isEmpty())
            m_state.checkpoint.clear();
    } else {
        m_state.complete = events.size() < m_take;
    }
    m_state.checkpoint = last;
    store(records);
}

void TenantLogSync::store(const QList<TenantLogRecord> &records)
{
    TenantLogStore::storePage(
        m_log, records, m_state, this, [this](int stored, int matched, const QString &error) {
            if (m_finished)
                return;
            if (!error.isEmpty())
                return finish(Outcome::Failed,
                              tr("The tenant's events could not be stored in the delivery log: "
                                 "%1")
                                  .arg(error));
            m_state.stored += stored;
            m_progress.pages = m_state.pages;
            m_progress.fetched = m_state.fetched;
            m_progress.stored += stored;
            m_progress.matched += matched;
            Q_EMIT progressChanged(m_progress);
            if (m_cancelled)
                return finish(Outcome::Cancelled);
            if (!m_state.complete)
                return fetchPage();
            TenantLogStore::rematch(m_log, m_profile.name, this,
                                    [this](int, int rematched, const QString &e) {
                                        if (m_finished)
                                            return;
                                        if (!e.isEmpty())
                                            return finish(Outcome::Failed, e);
                                        m_progress.matched += rematched;
                                        finish(Outcome::Completed);
                                    });
        });
}

void TenantLogSync::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->cancel(); // a GET: nothing to undo; finished() comes through onReply
    else if (!m_running)
        finish(Outcome::Cancelled);
}

void TenantLogSync::finish(Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_error = error;
    if (m_client) {
        m_client->forgetToken();
        m_client->deleteLater(); // the secret and the token go with it
        m_client = nullptr;
    }
    Q_EMIT finished(outcome);
}
