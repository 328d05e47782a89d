#include "LogSync.h"

#include "CodeMask.h"

#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"

LogSync::LogSync(DeliveryLog *log, const Profile &profile, const TwilioCredentials &credentials,
                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_log(log),
      m_profile(profile),
      m_client(new TwilioClient(profile, credentials, network, this))
{ }

LogSync::~LogSync()
{
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
}

void LogSync::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 1000);
}

void LogSync::setKeepCodes(bool keep)
{
    m_keepCodes = keep;
}

void LogSync::setTimeoutMs(int ms)
{
    m_client->setTimeoutMs(ms);
}

void LogSync::start(const QDate &since, const QDate &until)
{
    if (m_running || m_finished)
        return;
    m_running = true;
    if (!m_log || !since.isValid() || !until.isValid() || since > until) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(Outcome::Failed,
                       m_log ? tr("The date range is not valid: the first day must not be after "
                                  "the last.")
                             : tr("No delivery log to import into."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_state = {};
    m_state.profile = m_profile.name;
    m_state.since = since;
    m_state.until = until;
    m_log->syncState(
        m_profile.name, this,
        [this](const std::optional<DeliveryLog::SyncState> &stored, const QString &error) {
            if (m_cancelled) {
                finish(Outcome::Cancelled);
                return;
            }
            if (!error.isEmpty()) {
                finish(Outcome::Failed, error);
                return;
            }
            // The same range, left unfinished: go on where it stopped.
            if (stored && !stored->complete && stored->since == m_state.since
                && stored->until == m_state.until && !stored->nextPageUri.isEmpty()) {
                m_state = *stored;
                m_progress.pages = m_state.pages;
                m_progress.imported = m_state.imported;
                m_progress.merged = m_state.merged;
                m_progress.resumed = true;
                Q_EMIT progressChanged(m_progress);
            }
            fetch(m_state.nextPageUri);
        });
}

void LogSync::fetch(const QString &nextPageUri)
{
    TwilioReply *reply = nullptr;
    if (nextPageUri.isEmpty()) {
        MessageFilter filter;
        filter.dateSentAfter = m_state.since;
        filter.dateSentBefore = m_state.until;
        filter.pageSize = m_pageSize;
        reply = m_client->listMessages(filter);
    } else {
        reply = m_client->fetchNextPage(nextPageUri);
    }
    m_reply = reply;
    connect(reply, &TwilioReply::finished, this, [this, reply] { onPage(reply); });
}

void LogSync::onPage(TwilioReply *reply)
{
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;
    if (m_cancelled) {
        finish(Outcome::Cancelled);
        return;
    }
    if (!reply->isOk()) {
        m_twilioError = reply->error();
        finish(Outcome::Failed, reply->error().userText());
        return;
    }
    MessagePage page = reply->messagePage();
    if (!m_keepCodes) {
        for (Message &m : page.messages)
            m.body = CodeMask::mask(m.body);
    }
    DeliveryLog::SyncState next = m_state;
    next.nextPageUri = page.nextPageUri;
    m_log->importMessages(
        page.messages, next, this,
        [this](const std::optional<DeliveryLog::SyncState> &stored, const QString &error) {
            if (m_finished)
                return;
            if (!stored) {
                finish(Outcome::Failed,
                       tr("The page could not be stored in the delivery log: %1").arg(error));
                return;
            }
            m_state = *stored;
            m_progress.pages = m_state.pages;
            m_progress.imported = m_state.imported;
            m_progress.merged = m_state.merged;
            Q_EMIT progressChanged(m_progress);
            // The page is committed: a cancel now stops before the next one.
            if (m_cancelled)
                finish(Outcome::Cancelled);
            else if (m_state.complete)
                finish(Outcome::Completed);
            else
                fetch(m_state.nextPageUri);
        });
}

void LogSync::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_running) {
        finish(Outcome::Cancelled);
        return;
    }
    // A GET in flight can simply be dropped; a page being stored completes first.
    if (TwilioReply *reply = m_reply) {
        disconnect(reply, nullptr, this, nullptr);
        m_reply = nullptr;
        reply->cancel();
        reply->deleteLater();
        QMetaObject::invokeMethod(
            this, [this] { finish(Outcome::Cancelled); }, Qt::QueuedConnection);
    }
}

void LogSync::finish(Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_error = error;
    Q_EMIT finished(outcome);
}
