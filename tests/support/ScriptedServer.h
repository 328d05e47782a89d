#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

// A small HTTP/1.1 server on 127.0.0.1 for client tests: answers each request from a script
// (answer, hang, or drop the connection) and records what arrived. Real sockets, real HTTP: what
// the client sends is what a server would read.

struct ScriptedAnswer
{
    enum class Mode { Answer, Hang, Drop };
    Mode mode = Mode::Answer;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";

    static ScriptedAnswer json(int status, const QByteArray &body,
                               QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return {Mode::Answer, status, body, std::move(headers)};
    }
    static ScriptedAnswer text(int status, const QByteArray &body, const QByteArray &type)
    {
        return {Mode::Answer, status, body, {}, type};
    }
    static ScriptedAnswer hang() { return {Mode::Hang, 0, {}, {}}; }
    static ScriptedAnswer drop() { return {Mode::Drop, 0, {}, {}}; }
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 atMs = 0;
};

class LoopbackServer : public QObject
{
public:
    LoopbackServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
        m_clock.start();
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    QUrl baseUrl(const QString &prefix = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(prefix));
    }

    QList<ScriptedAnswer> script; // taken in order; when empty, `fallback` answers
    ScriptedAnswer fallback = ScriptedAnswer::json(500, "{}");
    QList<ReceivedRequest> received;

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        ReceivedRequest r;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        r.method = requestLine.value(0);
        r.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = r.headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        r.atMs = m_clock.elapsed();
        buffer.clear();
        received.append(r);

        const ScriptedAnswer a = script.isEmpty() ? fallback : script.takeFirst();
        if (a.mode == ScriptedAnswer::Mode::Hang)
            return;
        if (a.mode == ScriptedAnswer::Mode::Drop) {
            socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " Scripted\r\n"
            + "Content-Type: " + a.contentType + "\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(a.body.size()) + "\r\n";
        for (const auto &h : a.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "\r\n" + a.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};
