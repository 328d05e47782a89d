#include "SandboxGate.h"

#include "TwilioSandboxPrivate.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

// Bytes read from a client at once, and written to the server before reading more: what the
// gate holds per connection.
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 InFlightBytes = 256 * 1024;
// After a refusal the client is read (and what it sends dropped) this long, so that it sees the
// answer before the connection closes, instead of a reset.
constexpr int LingerMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

// One client connection and the gate's own connection to the server, owned together.
struct SandboxGate::Pipe : QObject
{
    explicit Pipe(QObject *parent) : QObject(parent) { }
    QTcpSocket *client = nullptr;
    QTcpSocket *backend = nullptr;
    QByteArray head; // the head being read, or bytes after a body: the next request's start
    qint64 bodyLeft = 0; // body bytes of the current request still to pass on
    bool refused = false; // answered by the gate: the rest of what the client sends is dropped
    // Answers owed by the server for requests passed on: a refusal waits for them, so that a
    // client that sent several requests on this connection gets every answer, in order.
    int unanswered = 0;
    QByteArray answerHead; // the server's answer being read
    qint64 answerBodyLeft = 0;
    QByteArray refusal; // the gate's answer, written once the server's are all out
    Refusal refusalEntry; // what it answers, logged when it is written
};

void SandboxGate::Backend::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Anyone on the machine can reach a loopback port; only the gate's own sockets get in.
    if (!expected.remove(socket->peerPort())) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    addPendingConnection(socket);
}

SandboxGate::SandboxGate(QObject *parent) : QObject(parent), m_backend(new Backend(this))
{
    connect(&m_front, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_front.nextPendingConnection())
            accept(client);
    });
}

SandboxGate::~SandboxGate() = default;

bool SandboxGate::listen(quint16 port)
{
    if (!m_front.listen(QHostAddress::LocalHost, port))
        return false;
    if (!m_backend->listen(QHostAddress::LocalHost, 0)) {
        m_front.close();
        return false;
    }
    return true;
}

quint16 SandboxGate::port() const
{
    return m_front.serverPort();
}

QTcpServer *SandboxGate::backend()
{
    return m_backend;
}

void SandboxGate::accept(QTcpSocket *client)
{
    if (!m_backend) {
        client->abort();
        client->deleteLater();
        return;
    }
    auto *pipe = new Pipe(this);
    pipe->client = client;
    client->setParent(pipe);
    client->setReadBufferSize(ChunkBytes); // Qt reads no further ahead from the network
    pipe->backend = new QTcpSocket(pipe);
    // Bound first, so that the backend knows its port before the connection arrives.
    pipe->backend->bind(QHostAddress::LocalHost, 0);
    m_backend->expected.insert(pipe->backend->localPort());
    pipe->backend->connectToHost(QHostAddress::LocalHost, m_backend->serverPort());

    connect(client, &QTcpSocket::readyRead, pipe, [this, pipe] { fromClient(pipe); });
    connect(pipe->backend, &QTcpSocket::readyRead, pipe, [this, pipe] { fromBackend(pipe); });
    // Reading from the client waits while the server has not taken what it was given.
    connect(pipe->backend, &QTcpSocket::bytesWritten, pipe, [this, pipe] { fromClient(pipe); });
    connect(pipe->backend, &QTcpSocket::disconnected, pipe, [this, pipe] {
        if (!pipe->refused) {
            pipe->client->disconnectFromHost();
            return;
        }
        pipe->unanswered = 0; // the server is gone: nothing more to wait for
        sendRefusal(pipe);
    });
    connect(client, &QTcpSocket::disconnected, pipe, [pipe] {
        pipe->backend->disconnectFromHost();
        pipe->deleteLater();
    });
}

qint64 SandboxGate::contentLength(const QByteArray &head, bool *chunked)
{
    qint64 length = 0;
    *chunked = false;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            if (!ok || length < 0)
                return -1;
        } else if (name == "transfer-encoding") {
            *chunked = true;
        }
    }
    return length;
}

bool SandboxGate::readHead(const QByteArray &head, Refusal *request, qint64 *length, bool *chunked)
{
    const QList<QByteArray> first = head.left(head.indexOf("\r\n")).trimmed().split(' ');
    if (first.size() != 3 || !first.at(2).startsWith("HTTP/1."))
        return false;
    request->method = first.at(0);
    request->target = first.at(1);
    *length = contentLength(head, chunked);
    return *length >= 0;
}

void SandboxGate::fromClient(Pipe *pipe)
{
    QTcpSocket *client = pipe->client;
    if (pipe->refused) {
        client->readAll(); // dropped, a chunk at a time
        return;
    }
    for (;;) {
        if (pipe->backend->bytesToWrite() >= InFlightBytes)
            return; // on again once the server has taken it (bytesWritten)
        if (pipe->bodyLeft > 0) {
            if (client->bytesAvailable() == 0)
                return;
            const QByteArray body = client->read(std::min(pipe->bodyLeft, ChunkBytes));
            pipe->backend->write(body);
            pipe->bodyLeft -= body.size();
            continue;
        }
        qsizetype end = pipe->head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (pipe->head.size() >= MaxHeadBytes) {
                refuse(pipe, 431, 20413,
                       tr("The request's header is larger than %1 KiB.").arg(MaxHeadBytes / 1024));
                return;
            }
            if (client->bytesAvailable() == 0)
                return; // the rest of the head is still on its way
            pipe->head += client->read(MaxHeadBytes + 4 - pipe->head.size());
            continue;
        }
        Refusal request;
        qint64 length = 0;
        bool chunked = false;
        const QByteArray head = pipe->head.left(end + 4);
        if (!readHead(head, &request, &length, &chunked)) {
            refuse(pipe, 400, 20001, tr("The request could not be read as HTTP/1.1."));
            return;
        }
        if (chunked) {
            refuse(pipe, 411, 20001,
                   tr("Send the request with a Content-Length; chunked bodies are not taken."));
            return;
        }
        if (length > MaxBodyBytes) {
            refuse(pipe, 413, 20413,
                   tr("Request entity is larger than limits defined: %1 bytes, the limit is %2.")
                       .arg(length)
                       .arg(MaxBodyBytes));
            return;
        }
        const QByteArray rest = pipe->head.mid(end + 4);
        const qsizetype now = qsizetype(std::min<qint64>(rest.size(), length));
        pipe->backend->write(head);
        pipe->backend->write(rest.left(now));
        ++pipe->unanswered;
        pipe->bodyLeft = length - now;
        pipe->head = rest.mid(now); // the start of the next request, if any
    }
}

void SandboxGate::fromBackend(Pipe *pipe)
{
    const QByteArray answer = pipe->backend->readAll();
    pipe->client->write(answer);
    // Count the answers as they pass (the server gives each a Content-Length).
    qsizetype at = 0;
    while (at < answer.size()) {
        if (pipe->answerBodyLeft > 0) {
            const qint64 n = std::min<qint64>(pipe->answerBodyLeft, answer.size() - at);
            pipe->answerBodyLeft -= n;
            at += qsizetype(n);
            if (pipe->answerBodyLeft == 0)
                --pipe->unanswered;
            continue;
        }
        const qsizetype before = pipe->answerHead.size();
        pipe->answerHead += answer.mid(at, MaxHeadBytes);
        const qsizetype end = pipe->answerHead.indexOf("\r\n\r\n");
        if (end < 0) {
            at = answer.size();
            break;
        }
        at += end + 4 - before;
        bool chunked = false;
        const qint64 length = contentLength(pipe->answerHead.left(end + 4), &chunked);
        pipe->answerHead.clear();
        pipe->answerBodyLeft = length;
        if (length == 0)
            --pipe->unanswered;
    }
    if (pipe->refused)
        sendRefusal(pipe);
}

void SandboxGate::sendRefusal(Pipe *pipe)
{
    if (pipe->refusal.isEmpty() || pipe->unanswered > 0)
        return;
    pipe->client->write(std::exchange(pipe->refusal, QByteArray()));
    pipe->client->flush();
    if (onRefused)
        onRefused(pipe->refusalEntry);
    pipe->backend->abort();
    QTimer::singleShot(LingerMs, pipe, [pipe] { pipe->client->abort(); });
}

void SandboxGate::refuse(Pipe *pipe, int httpStatus, int errorCode, const QString &message)
{
    Refusal request;
    qint64 ignored = 0;
    bool chunked = false;
    const qsizetype end = pipe->head.indexOf("\r\n\r\n");
    if (end < 0 || !readHead(pipe->head.left(end + 4), &request, &ignored, &chunked)) {
        const QList<QByteArray> first = pipe->head.left(pipe->head.indexOf("\r\n")).split(' ');
        request.method = first.value(0).left(16);
        request.target = first.value(1).left(2048);
    }
    request.httpStatus = httpStatus;
    request.errorCode = errorCode;
    pipe->refused = true;
    pipe->head = QByteArray(); // freed
    pipe->client->readAll();

    const QByteArray body = SandboxWire::errorBody(errorCode, httpStatus, message);
    pipe->refusal = "HTTP/1.1 " + QByteArray::number(httpStatus) + ' ' + reasonPhrase(httpStatus)
        + "\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    pipe->refusalEntry = request;
    sendRefusal(pipe); // at once, or after the answers the server still owes
}
