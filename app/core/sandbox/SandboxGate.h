#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// The sandbox's front door on 127.0.0.1. QHttpServer (Qt 6.4) reads a request whole, body
// included, before any handler runs, so a 50 MB form would be in memory before the sandbox could
// refuse it. The gate reads each request's head itself and passes the request on to the server
// behind it (on a second loopback port that takes only the gate's connections) only when its
// declared body is within Twilio's limits; a larger one gets 413 with Twilio's error shape
// (code 20413) while it is still arriving, and nothing of its body is kept. Keep-alive
// connections are followed request by request; the bytes in flight per connection are bounded.
class SandboxGate : public QObject
{
    Q_OBJECT
public:
    // A Messages request carries at most a 1,600-character Body (under 20 KB percent-encoded
    // UTF-8) and ten MediaUrls: 64 KiB holds any request Twilio would take.
    static constexpr qint64 MaxBodyBytes = 64 * 1024;
    static constexpr qint64 MaxHeadBytes = 16 * 1024;

    // A request the gate answered itself.
    struct Refusal
    {
        QByteArray method;
        QByteArray target; // path and query, as sent (empty when the head was unreadable)
        int httpStatus = 0;
        int errorCode = 0;
    };

    explicit SandboxGate(QObject *parent = nullptr);
    ~SandboxGate() override;

    // Listens for clients on 127.0.0.1:port (0: a free port) and for the gate's own connections
    // on a free loopback port, the server's (backend()). False when the port is taken.
    bool listen(quint16 port);
    quint16 port() const;
    // What QHttpServer binds to; it never sees a connection the gate did not open.
    QTcpServer *backend();

    std::function<void(const Refusal &)> onRefused;

private:
    class Backend : public QTcpServer
    {
    public:
        using QTcpServer::QTcpServer;
        QSet<quint16> expected; // local ports of the gate's own sockets

    protected:
        void incomingConnection(qintptr descriptor) override;
    };
    struct Pipe;

    void accept(QTcpSocket *client);
    void fromClient(Pipe *pipe);
    void fromBackend(Pipe *pipe);
    void refuse(Pipe *pipe, int httpStatus, int errorCode, const QString &message);
    void sendRefusal(Pipe *pipe);
    // The request line and body length of a head; false when it is not HTTP/1.x.
    static bool readHead(const QByteArray &head, Refusal *request, qint64 *length, bool *chunked);
    // Content-Length of a request's or answer's head (0 without one), -1 when unreadable.
    static qint64 contentLength(const QByteArray &head, bool *chunked);

    QTcpServer m_front;
    // On the heap: QHttpServer::bind() takes it as its child.
    QPointer<Backend> m_backend;
};
