#include "Auth0ContractFront.h"

#include "sandbox/FormCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Prefix = "/api/v2";
constexpr qsizetype MaxHead = 64 * 1024;
} // namespace

struct Auth0ContractFront::Connection
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray buffer; // bytes from the client not handled yet
    QByteArray pendingUpstream; // bytes for Prism written once it is connected
};

Auth0ContractFront::Auth0ContractFront(quint16 upstreamPort, const TokenRules &rules,
                                       QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort), m_rules(rules)
{
    connect(&m_server, &QTcpServer::newConnection, this, &Auth0ContractFront::onNewConnection);
}

Auth0ContractFront::~Auth0ContractFront()
{
    while (!m_connections.isEmpty())
        drop(m_connections.constFirst());
}

void Auth0ContractFront::drop(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    // No signal of either socket may reach a lambda holding c once it is gone.
    for (QTcpSocket *socket : {c->upstream.data(), c->client.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    delete c;
}

bool Auth0ContractFront::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl Auth0ContractFront::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void Auth0ContractFront::clearRecords()
{
    m_tokenRequests.clear();
    m_forwarded.clear();
    m_unrouted = 0;
}

QByteArray Auth0ContractFront::accessToken()
{
    return "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjb250cmFjdEBjbGllbnRzIn0.Y29udHJhY3Q";
}

void Auth0ContractFront::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new Connection;
        c->client = socket;
        m_connections << c;
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onClientData(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
    }
}

void Auth0ContractFront::onClientData(Connection *c)
{
    c->buffer += c->client->readAll();
    while (c->client && takeRequest(c)) { }
}

bool Auth0ContractFront::takeRequest(Connection *c)
{
    const qsizetype headEnd = c->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (c->buffer.size() > MaxHead) {
            answer(c->client, 431, "Request Header Fields Too Large", "text/plain", "head");
            c->client->disconnectFromHost();
        }
        return false;
    }
    const QByteArray head = c->buffer.left(headEnd + 4);
    qsizetype contentLength = 0;
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &raw : lines.mid(1)) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        if (name == "transfer-encoding") {
            // Not needed by what the console sends; refused rather than guessed at.
            answer(c->client, 501, "Not Implemented", "text/plain", "chunked bodies");
            c->client->disconnectFromHost();
            return false;
        }
    }
    if (c->buffer.size() < headEnd + 4 + contentLength)
        return false;
    const QByteArray body = c->buffer.mid(headEnd + 4, contentLength);
    c->buffer.remove(0, headEnd + 4 + contentLength);

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const QByteArray path
        = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    if (path == Prefix || path.startsWith(QByteArray(Prefix + '/'))) {
        forward(c, head, body);
    } else if (path == "/oauth/token" && method == "POST") {
        answerToken(c, head, body);
    } else {
        ++m_unrouted;
        answer(c->client, 404, "Not Found", "application/json",
               R"({"statusCode":404,"error":"Not Found","message":"not served by the front"})",
               {{"x-contract-front", "unrouted"}});
    }
    return true;
}

void Auth0ContractFront::forward(Connection *c, const QByteArray &head, const QByteArray &body)
{
    // Only the request line changes: "GET /api/v2/logs?q=... HTTP/1.1" -> "GET /logs?q=...".
    const qsizetype lineEnd = head.indexOf("\r\n");
    QByteArray line = head.left(lineEnd);
    const qsizetype start = line.indexOf(' ') + 1;
    const qsizetype end = line.lastIndexOf(' ');
    QByteArray target = line.mid(start, end - start);
    m_forwarded << target;
    target.remove(0, Prefix.size());
    if (target.isEmpty() || target.startsWith('?'))
        target.prepend('/');
    line = line.left(start) + target + line.mid(end);
    const QByteArray bytes = line + head.mid(lineEnd) + body;

    if (!c->upstream) {
        c->upstream = new QTcpSocket(this);
        QTcpSocket *up = c->upstream;
        connect(up, &QTcpSocket::readyRead, this, [c, up] {
            if (c->client)
                c->client->write(up->readAll());
        });
        connect(up, &QTcpSocket::connected, this, [c, up] {
            up->write(c->pendingUpstream);
            c->pendingUpstream.clear();
        });
        // Prism closes idle keep-alive connections: the client's connection follows, and Qt
        // opens a new one for its next request.
        connect(up, &QTcpSocket::disconnected, this, [c] {
            if (c->client)
                c->client->disconnectFromHost();
        });
        connect(up, &QTcpSocket::errorOccurred, this, [c, up](QAbstractSocket::SocketError) {
            if (up->state() != QAbstractSocket::UnconnectedState || !c->client)
                return;
            answer(c->client, 502, "Bad Gateway", "text/plain",
                   "Prism is not answering: " + up->errorString().toUtf8());
            c->client->disconnectFromHost();
        });
        c->pendingUpstream = bytes;
        up->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        return;
    }
    if (c->upstream->state() == QAbstractSocket::ConnectedState)
        c->upstream->write(bytes);
    else
        c->pendingUpstream += bytes;
}

void Auth0ContractFront::answerToken(Connection *c, const QByteArray &head, const QByteArray &body)
{
    TokenRequest r;
    r.body = body;
    for (const QByteArray &raw : head.split('\n').mid(1)) {
        const QByteArray line = raw.trimmed();
        if (line.toLower().startsWith("content-type:"))
            r.contentType = line.mid(13).trimmed();
    }
    const FormCodec::Fields form = FormCodec::parse(body);
    const auto field
        = [&form](const char *key) { return FormCodec::value(form, QLatin1StringView(key)); };
    if (!r.contentType.toLower().startsWith("application/x-www-form-urlencoded"))
        r.refusal = u"content type %1, not application/x-www-form-urlencoded"_s.arg(
            QString::fromLatin1(r.contentType));
    else if (field("grant_type") != u"client_credentials"_s)
        r.refusal = u"grant_type is \"%1\", not client_credentials"_s.arg(field("grant_type"));
    else if (field("audience") != m_rules.audience)
        r.refusal = u"audience is \"%1\", not %2"_s.arg(field("audience"), m_rules.audience);
    else if (field("client_id") != m_rules.clientId
             || field("client_secret") != m_rules.clientSecret)
        r.refusal = u"unknown client_id or wrong client_secret"_s;

    if (r.refusal.isEmpty()) {
        r.status = 200;
        const QJsonObject token {{u"access_token"_s, QString::fromLatin1(accessToken())},
                                 {u"expires_in"_s, 86400},
                                 {u"scope"_s, m_rules.scopes.join(u' ')},
                                 {u"token_type"_s, u"Bearer"_s}};
        answer(c->client, 200, "OK", "application/json",
               QJsonDocument(token).toJson(QJsonDocument::Compact));
    } else {
        // OAuth's error shape, as Auth0's /oauth/token writes it.
        r.status = r.refusal.startsWith(u"unknown"_s) ? 401 : 400;
        const QJsonObject error {
            {u"error"_s, r.status == 401 ? u"access_denied"_s : u"invalid_request"_s},
            {u"error_description"_s, r.refusal}};
        answer(c->client, r.status, r.status == 401 ? "Unauthorized" : "Bad Request",
               "application/json", QJsonDocument(error).toJson(QJsonDocument::Compact));
    }
    m_tokenRequests << r;
}

void Auth0ContractFront::answer(QTcpSocket *socket, int status, const QByteArray &reason,
                                const QByteArray &contentType, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + body;
    socket->write(out);
}
