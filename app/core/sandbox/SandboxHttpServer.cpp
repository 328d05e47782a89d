#include "SandboxHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

struct SandboxHttpServer::Connection : std::enable_shared_from_this<SandboxHttpServer::Connection>
{
    // Waiting: a deferred answer is being made; what arrives meanwhile waits in `in`.
    enum class State {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailer,
        Discard,
        Closing,
        Waiting
    };
    State state = State::Head;
    QByteArray in; // read but not yet consumed
    SandboxHttpRequest request;
    qint64 remaining = 0; // Body / ChunkData: bytes still to read; Discard: bytes to drop
    bool keepAlive = true;
};

QByteArray SandboxHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxHttpServer::SandboxHttpServer(QObject *parent) : QObject(parent) { }

SandboxHttpServer::~SandboxHttpServer() = default;

quint16 SandboxHttpServer::listen(quint16 port)
{
    if (m_port)
        return m_port;
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    m_server = server;
    m_port = server->serverPort();
    connect(server, &QTcpServer::newConnection, this, &SandboxHttpServer::accept);
    return m_port;
}

QByteArray SandboxHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Request Entity Too Large";
    case 414:
        return "Request-URI Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

void SandboxHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        auto connection = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, connection] { readFrom(socket, *connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            readFrom(socket, *connection);
    }
}

void SandboxHttpServer::readFrom(QTcpSocket *socket, Connection &c)
{
    using State = Connection::State;
    if (c.state == State::Closing) {
        socket->readAll(); // dropped: the answer is out and the connection is closing
        return;
    }
    if (c.state == State::Discard) {
        drain(c, socket);
        return;
    }
    c.in += socket->readAll();
    for (;;) {
        switch (c.state) {
        case State::Waiting:
            return; // the next request is read once the deferred answer is out
        case State::Head: {
            while (c.in.startsWith("\r\n")) // blank lines between requests are allowed
                c.in.remove(0, 2);
            const qsizetype end = c.in.indexOf("\r\n\r\n");
            if (end < 0 || end > MaxHeadBytes) {
                if (end > MaxHeadBytes || c.in.size() > MaxHeadBytes)
                    fail(c, socket, 431);
                return;
            }
            const bool parsed = parseHead(c, c.in.left(end));
            c.in.remove(0, end + 4);
            if (!parsed) {
                fail(c, socket, 400);
                return;
            }
            startBody(c, socket);
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(c.remaining, c.in.size());
            c.request.body += c.in.left(take);
            c.in.remove(0, take);
            c.remaining -= take;
            if (c.remaining > 0)
                return;
            dispatch(c, socket);
            break;
        }
        case State::ChunkSize:
        case State::Trailer:
        case State::ChunkData:
        case State::ChunkEnd:
            if (!readChunked(c, socket))
                return;
            break;
        case State::Discard:
        case State::Closing:
            return;
        }
        if (c.state == State::Closing) {
            // Connection: close; a refused body still arriving is drained first (Discard).
            socket->disconnectFromHost();
            return;
        }
        if (c.state == State::Discard)
            return;
    }
}

bool SandboxHttpServer::parseHead(Connection &c, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return false;
    SandboxHttpRequest &r = c.request;
    r = SandboxHttpRequest();
    r.method = requestLine.at(0);
    QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    if (q >= 0) {
        r.rawQuery = target.mid(q + 1);
        target.truncate(q);
    }
    r.path = QUrl::fromPercentEncoding(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = r.header("Connection").toLower();
    c.keepAlive = requestLine.at(2) == "HTTP/1.1" ? !connection.contains("close")
                                                  : connection.contains("keep-alive");
    return true;
}

void SandboxHttpServer::startBody(Connection &c, QTcpSocket *socket)
{
    using State = Connection::State;
    SandboxHttpRequest &r = c.request;
    const bool expectContinue = r.header("Expect").toLower() == "100-continue";
    if (r.header("Transfer-Encoding").toLower().contains("chunked")) {
        if (expectContinue)
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        c.state = State::ChunkSize;
        return;
    }
    bool ok = true;
    const QByteArray lengthHeader = r.header("Content-Length");
    const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
    if (!ok || length < 0) {
        fail(c, socket, 400);
        return;
    }
    r.declaredLength = length;
    if (length > m_maxBody) {
        // Refused from the head alone: what already arrived and the rest are dropped.
        r.bodyTooLarge = true;
        c.keepAlive = false;
        const qint64 arrived = c.in.size();
        c.in.clear();
        dispatch(c, socket);
        if (expectContinue || length - arrived <= 0) {
            // A client that asked for a 100 first never sends the body.
            socket->disconnectFromHost();
            return;
        }
        c.state = State::Discard;
        c.remaining = length - arrived;
        drain(c, socket);
        return;
    }
    if (length == 0) {
        dispatch(c, socket);
        return;
    }
    if (expectContinue)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    c.state = State::Body;
    c.remaining = length;
}

void SandboxHttpServer::drain(Connection &c, QTcpSocket *socket)
{
    // The rest of a refused body: read and dropped in slices, never kept.
    while (c.remaining > 0 && socket->bytesAvailable() > 0) {
        const QByteArray dropped = socket->read(qMin<qint64>(c.remaining, 64 * 1024));
        if (dropped.isEmpty())
            break;
        c.remaining -= dropped.size();
    }
    if (c.remaining <= 0) {
        c.state = Connection::State::Closing;
        socket->disconnectFromHost();
    }
}

void SandboxHttpServer::fail(Connection &c, QTcpSocket *socket, int status)
{
    c.state = Connection::State::Closing;
    c.in.clear();
    write(socket, {status, {}, {}}, true);
    socket->disconnectFromHost();
}

bool SandboxHttpServer::readChunked(Connection &c, QTcpSocket *socket)
{
    using State = Connection::State;
    SandboxHttpRequest &r = c.request;
    switch (c.state) {
    case State::ChunkSize: {
        const qsizetype eol = c.in.indexOf("\r\n");
        if (eol < 0) {
            if (c.in.size() > 1024)
                fail(c, socket, 400);
            return false;
        }
        QByteArray sizeText = c.in.left(eol);
        const qsizetype ext = sizeText.indexOf(';');
        if (ext >= 0)
            sizeText.truncate(ext);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        c.in.remove(0, eol + 2);
        if (!ok || size < 0) {
            fail(c, socket, 400);
            return false;
        }
        if (size == 0) {
            c.state = State::Trailer;
            return true;
        }
        if (r.body.size() + size > m_maxBody) {
            // The end of a chunked body is not known in advance: refuse, then close.
            r.declaredLength = r.body.size() + size;
            r.body.clear();
            r.bodyTooLarge = true;
            c.keepAlive = false;
            c.in.clear();
            dispatch(c, socket);
            socket->disconnectFromHost();
            return false;
        }
        c.remaining = size;
        c.state = State::ChunkData;
        return true;
    }
    case State::ChunkData: {
        const qint64 take = qMin<qint64>(c.remaining, c.in.size());
        r.body += c.in.left(take);
        c.in.remove(0, take);
        c.remaining -= take;
        if (c.remaining > 0)
            return false;
        c.state = State::ChunkEnd;
        return true;
    }
    case State::ChunkEnd:
        if (c.in.size() < 2)
            return false;
        c.in.remove(0, 2);
        c.state = State::ChunkSize;
        return true;
    case State::Trailer: {
        const qsizetype eol = c.in.indexOf("\r\n");
        if (eol < 0)
            return false;
        c.in.remove(0, eol + 2);
        if (eol == 0) {
            r.declaredLength = r.body.size();
            dispatch(c, socket);
        }
        return true;
    }
    default:
        return false;
    }
}

void SandboxHttpServer::dispatch(Connection &c, QTcpSocket *socket)
{
    const SandboxHttpResponse response
        = m_handler ? m_handler(c.request) : SandboxHttpResponse {404, {}, {}};
    const bool close = !c.keepAlive;
    c.request = SandboxHttpRequest();
    c.remaining = 0;
    if (response.deferred) {
        // Answered later; requests pipelined behind this one wait for it, in order.
        c.state = Connection::State::Waiting;
        std::weak_ptr<Connection> weak = c.shared_from_this();
        QPointer<SandboxHttpServer> self(this);
        QPointer<QTcpSocket> peer(socket);
        response.deferred([self, weak, peer, close](const SandboxHttpResponse &answer) {
            if (!self)
                return;
            // Never inside the handler's own call: the connection's loop is not re-entered.
            QMetaObject::invokeMethod(
                self.data(),
                [self, weak, peer, close, answer] {
                    const std::shared_ptr<Connection> conn = weak.lock();
                    if (!self || !peer || !conn || conn->state != Connection::State::Waiting)
                        return;
                    self->write(peer, answer, close);
                    if (close) {
                        conn->state = Connection::State::Closing;
                        peer->disconnectFromHost();
                        return;
                    }
                    conn->state = Connection::State::Head;
                    if (!conn->in.isEmpty() || peer->bytesAvailable() > 0)
                        self->readFrom(peer, *conn);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    c.state = close ? Connection::State::Closing : Connection::State::Head;
    write(socket, response, close);
}

void SandboxHttpServer::write(QTcpSocket *socket, const SandboxHttpResponse &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    const bool hasBody = response.status >= 200 && response.status != 204 && response.status != 304;
    if (hasBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    if (hasBody)
        out += response.body;
    socket->write(out);
}
