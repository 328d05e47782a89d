#include "MessageLookup.h"

#include "TwilioClient.h"
#include "TwilioReply.h"

MessageLookup::MessageLookup(TwilioClient *client, const MessageLookupHint &hint,
                             const QString &body, QObject *parent)
    : QObject(parent), m_client(client), m_hint(hint), m_body(body)
{ }

bool MessageLookup::matches(const Message &message, const MessageLookupHint &hint,
                            const QString &body)
{
    if (message.to != hint.to)
        return false;
    const bool viaService = hint.from.startsWith(QLatin1String("MG"));
    if (viaService ? message.messagingServiceSid != hint.from : message.from != hint.from)
        return false;
    if (!body.isEmpty() && message.body != body)
        return false;
    if (!message.dateCreated.isValid())
        return true; // Twilio always sets it; without it, the other fields decide
    const QDateTime earliest = hint.notBefore.addSecs(-SlackSeconds);
    const QDateTime latest
        = (hint.notAfter.isValid() ? hint.notAfter : hint.notBefore).addSecs(SlackSeconds);
    return message.dateCreated >= earliest && message.dateCreated <= latest;
}

void MessageLookup::start()
{
    if (!m_hint.isValid()) {
        finish(TwilioError::invalidRequest(
            tr("There is nothing to look up: the recipient or the time of the send is unknown.")));
        return;
    }
    // A message not sent yet has no date_sent, so filter by the parties only and stop paging
    // once the list (newest first) is older than the window.
    MessageFilter filter;
    filter.to = m_hint.to;
    if (!m_hint.from.startsWith(QLatin1String("MG")))
        filter.from = m_hint.from;
    filter.pageSize = 50;
    m_reply = m_client->listMessages(filter);
    connect(m_reply, &TwilioReply::finished, this, &MessageLookup::onPage);
}

void MessageLookup::onPage()
{
    TwilioReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->error().isError()) {
        finish(reply->error());
        return;
    }
    ++m_pages;
    const MessagePage page = reply->messagePage();
    bool older = false;
    for (const Message &message : page.messages) {
        if (matches(message, m_hint, m_body))
            m_found << message;
        if (message.dateCreated.isValid()
            && message.dateCreated < m_hint.notBefore.addSecs(-SlackSeconds))
            older = true;
    }
    if (older || page.nextPageUri.isEmpty() || m_pages >= MaxPages) {
        finish();
        return;
    }
    m_reply = m_client->fetchNextPage(page.nextPageUri);
    connect(m_reply, &TwilioReply::finished, this, &MessageLookup::onPage);
}

void MessageLookup::cancel()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
        m_reply->deleteLater();
    }
    finish(TwilioError::cancelled(false));
}

void MessageLookup::finish(const TwilioError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}
