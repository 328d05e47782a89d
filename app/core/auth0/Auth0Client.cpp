#include "Auth0Client.h"

#include "Auth0Parser.h"

#include <QNetworkAccessManager>

Auth0Client::Auth0Client(const Auth0Connection &connection, const QString &clientSecret,
                         QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent),
      m_connection(connection),
      m_clientSecret(clientSecret),
      m_nam(nam ? nam : new QNetworkAccessManager(this))
{ }

Auth0Client::~Auth0Client()
{
    // Replies first: their network replies belong to the access manager, which may be a child too.
    qDeleteAll(findChildren<Auth0Reply *>(QString(), Qt::FindDirectChildrenOnly));
    forgetToken();
    m_clientSecret.fill(QLatin1Char(' '));
    m_clientSecret.clear();
}

bool Auth0Client::hasFreshToken() const
{
    const qint64 lifetime = m_token.obtainedAtUtc.secsTo(m_token.expiresAtUtc);
    const int margin = int(std::min<qint64>(m_renewalMarginSecs, lifetime / 2));
    return m_token.isFreshAt(m_clock(), margin);
}

void Auth0Client::forgetToken()
{
    m_token.accessToken.fill(' ');
    m_token = Auth0Token();
}

QString Auth0Client::redact(const QString &line) const
{
    return Auth0Requests::redact(line, m_clientSecret, m_token.accessToken);
}

Auth0Reply *Auth0Client::makeReply(const Auth0Request &request)
{
    auto *reply = new Auth0Reply(request, this);
    connect(reply, &Auth0Reply::logLine, this, &Auth0Client::logLine);
    return reply;
}

Auth0Reply *Auth0Client::fetchToken()
{
    forgetToken();
    // A token request already in flight answers for this one too, but the caller wants a reply
    // of its own: start another and let both feed the waiting requests.
    auto *reply = makeReply(Auth0Requests::token(m_connection, m_clientSecret));
    m_tokenReply = reply;
    connect(reply, &Auth0Reply::finished, this, &Auth0Client::onTokenReply);
    reply->start();
    return reply;
}

Auth0Reply *Auth0Client::send(const Auth0Request &request)
{
    Auth0Reply *reply = makeReply(request);
    reply->start();
    return reply;
}

void Auth0Client::withToken(Auth0Reply *reply, bool forceNew)
{
    if (forceNew && !m_tokenReply) {
        // The reply was refused with the token it carried. If the token has been renewed since,
        // the new one is worth a try; otherwise drop it and ask for another.
        if (reply->m_accessToken.isEmpty() || reply->m_accessToken == m_token.accessToken)
            forgetToken();
    }
    if (!m_tokenReply && hasFreshToken()) {
        reply->tokenReady(m_token.accessToken);
        return;
    }
    m_waiting.append(reply);
    if (m_tokenReply)
        return; // answers for every waiting request
    Auth0Reply *tokenReply = makeReply(Auth0Requests::token(m_connection, m_clientSecret));
    m_tokenReply = tokenReply;
    connect(tokenReply, &Auth0Reply::finished, this, &Auth0Client::onTokenReply);
    tokenReply->start();
}

void Auth0Client::onTokenReply()
{
    auto *reply = qobject_cast<Auth0Reply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    if (reply != m_tokenReply)
        return; // superseded by a newer token request
    m_tokenReply = nullptr;

    Auth0Error error = reply->error();
    if (!error.isError()) {
        const auto token = Auth0Parser::token(reply->object(), m_clock());
        if (token) {
            m_token = *token;
            Q_EMIT tokenObtained();
        } else {
            error = Auth0Error::invalidResponse(reply->request().url.host(), reply->httpStatus(),
                                                tr("the token answer has no access_token"));
        }
    }
    const QList<QPointer<Auth0Reply>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<Auth0Reply> &w : waiting) {
        if (!w)
            continue;
        if (error.isError())
            w->tokenFailed(error);
        else
            w->tokenReady(m_token.accessToken);
    }
}
