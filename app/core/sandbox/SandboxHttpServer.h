#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

class QTcpServer;
class QTcpSocket;

// One HTTP/1.1 request as SandboxHttpServer read it.
struct SandboxHttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // percent-decoded URL path, without the query
    QByteArray rawQuery; // as sent, without the '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // empty when the body was refused (bodyTooLarge)
    bool bodyTooLarge = false;
    qint64 declaredLength = 0; // Content-Length, or what a chunked body had reached when refused

    // The first header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
};

struct SandboxHttpResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length and Connection are added
    // Set for an answer made later (work on another process, say): the server calls it with a
    // function that sends the answer, once, from any later turn of the event loop; status, body
    // and headers above are then unused. Requests pipelined behind it wait for it.
    std::function<void(std::function<void(const SandboxHttpResponse &)>)> deferred;
};

// A small HTTP/1.1 server on 127.0.0.1 for the simulators. It reads the request head first and
// refuses a body above maxBodyBytes() before reading it: the handler gets the request with
// bodyTooLarge set (and no body) to answer, typically with 413, and the rest of the body is read
// and dropped as it arrives, never kept. Keep-alive, pipelining, chunked bodies and
// "Expect: 100-continue" are handled. QHttpServer reads every body whole into memory before any
// handler sees it, which is why the Auth0 simulator does not use it. Event-driven on the thread
// it lives in; never blocks.
class SandboxHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<SandboxHttpResponse(const SandboxHttpRequest &)>;

    static constexpr int MaxHeadBytes = 64 * 1024;

    explicit SandboxHttpServer(QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    qint64 maxBodyBytes() const { return m_maxBody; }

    // 127.0.0.1 only; port 0 picks a free port. Returns the port, 0 when it is taken.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }

    // The reason phrase of an HTTP status ("Not Found").
    static QByteArray reasonPhrase(int status);

private:
    struct Connection;
    void accept();
    void readFrom(QTcpSocket *socket, Connection &c);
    bool parseHead(Connection &c, const QByteArray &head);
    void startBody(Connection &c, QTcpSocket *socket);
    void drain(Connection &c, QTcpSocket *socket);
    void fail(Connection &c, QTcpSocket *socket, int status);
    bool readChunked(Connection &c, QTcpSocket *socket);
    void dispatch(Connection &c, QTcpSocket *socket);
    void write(QTcpSocket *socket, const SandboxHttpResponse &response, bool close);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    qint64 m_maxBody = 1024 * 1024;
    quint16 m_port = 0;
};
