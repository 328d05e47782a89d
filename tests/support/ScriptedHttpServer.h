#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// An HTTP/1.1 server on 127.0.0.1 whose answers a test scripts per request: an answer, no
// answer at all (the request hangs), or a dropped connection. It records every request that
// arrived. Lives on the test's thread: use it with a child process the test does not block on.
class ScriptedHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Answer
    {
        enum class Mode { Reply, Hang, Drop };
        Mode mode = Mode::Reply;
        int status = 200;
        QByteArray body;

        static Answer json(int status, const QByteArray &body)
        {
            return {Mode::Reply, status, body};
        }
        static Answer hang() { return {Mode::Hang, 0, {}}; }
        static Answer drop() { return {Mode::Drop, 0, {}}; }
    };
    using Script = std::function<Answer(const Request &)>;

    explicit ScriptedHttpServer(Script script) : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server.isListening(); }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    QList<Request> received;

    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const Request &r : received)
            n += r.method == method ? 1 : 0;
        return n;
    }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            Request r;
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = r.headers.value("content-length").toInt();
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            received.append(r);
            const Answer a = m_script(r);
            if (a.mode == Answer::Mode::Hang)
                return;
            if (a.mode == Answer::Mode::Drop) {
                socket->abort();
                return;
            }
            socket->write("HTTP/1.1 " + QByteArray::number(a.status)
                          + " Scripted\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body);
        }
    }

    Script m_script;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
