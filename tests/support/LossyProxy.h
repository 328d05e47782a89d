#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// An HTTP proxy on 127.0.0.1 in front of a real server (the sandbox) that loses what a network
// can lose for the POSTs that create messages: the answer (the request reached the server, the
// client never hears back), the request itself (it never reaches the server), or the answer
// replaced by a gateway's 502. Everything else passes through untouched. Lives on the test's
// thread: use it with the client in the same process, or with a child process not waited on.
class LossyProxy : public QObject
{
public:
    enum class Loss {
        None,
        AnswerLost, // forwarded; the server's answer is dropped with the connection
        RequestLost, // the connection drops once the whole request is in: never forwarded
        BadGateway, // forwarded; the client gets 502 instead of the server's answer
    };

    LossyProxy(const QUrl &upstream, Loss loss) : m_upstream(upstream), m_loss(loss)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int lossyRequests() const { return m_lossy; } // message POSTs that arrived here

private:
    struct Connection
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray fromClient;
        QByteArray fromUpstream;
        bool lossy = false; // the request being answered is one to lose
    };

    // Length of the first complete HTTP message in buffer (head and Content-Length body), or -1.
    static qsizetype messageLength(const QByteArray &buffer, QByteArray *firstLine = nullptr)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return -1;
        const QByteArray head = buffer.left(end);
        if (firstLine)
            *firstLine = head.left(head.indexOf("\r\n"));
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        return buffer.size() >= end + 4 + length ? end + 4 + length : -1;
    }

    void accept(QTcpSocket *client)
    {
        auto *c = new Connection;
        c->client = client;
        client->setParent(this);
        c->upstream = new QTcpSocket(this);
        c->upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        connect(client, &QTcpSocket::readyRead, this, [this, c] { onClient(c); });
        connect(c->upstream, &QTcpSocket::readyRead, this, [this, c] { onUpstream(c); });
        connect(client, &QTcpSocket::disconnected, this, [c] {
            if (c->upstream)
                c->upstream->disconnectFromHost();
        });
        // Not with the proxy as context: the proxy's own end deletes its sockets after it has
        // dropped its connections, and the Connection would never be freed.
        connect(client, &QObject::destroyed, client, [c] { delete c; });
    }

    void onClient(Connection *c)
    {
        c->fromClient += c->client->readAll();
        QByteArray line;
        for (qsizetype n; (n = messageLength(c->fromClient, &line)) > 0;) {
            const QByteArray request = c->fromClient.left(n);
            c->fromClient.remove(0, n);
            c->lossy = m_loss != Loss::None && line.startsWith("POST ")
                && line.contains("/Messages.json");
            if (c->lossy)
                ++m_lossy;
            if (c->lossy && m_loss == Loss::RequestLost) {
                c->client->abort();
                return;
            }
            c->upstream->write(request);
        }
    }

    void onUpstream(Connection *c)
    {
        c->fromUpstream += c->upstream->readAll();
        for (qsizetype n; (n = messageLength(c->fromUpstream)) > 0;) {
            const QByteArray answer = c->fromUpstream.left(n);
            c->fromUpstream.remove(0, n);
            if (!c->lossy) {
                if (c->client)
                    c->client->write(answer);
                continue;
            }
            c->lossy = false;
            if (!c->client)
                return;
            if (m_loss == Loss::BadGateway) {
                const QByteArray body = "<html><h1>502 Bad Gateway</h1></html>";
                c->client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n"
                                 "Connection: close\r\nContent-Length: "
                                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                c->client->disconnectFromHost();
            } else {
                c->client->abort(); // the answer is lost on the way back
            }
            return;
        }
    }

    QUrl m_upstream;
    Loss m_loss;
    QTcpServer m_server;
    int m_lossy = 0;
};
