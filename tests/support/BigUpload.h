#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QString>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>
#include <cstring>

// Large request bodies sent to a local server the way a careless or hostile client would: a
// POST with a Content-Length of many megabytes, streamed in 64 KiB pieces generated on the fly
// (the sender never holds the whole body), from its own thread so that a server in the same
// process keeps answering. For the sandbox's body limit: its test and its benchmark.
namespace BigUpload {

struct Result
{
    qint64 bytesSent = 0; // of the body, before the server closed or everything was sent
    int httpStatus = 0; // of the answer, 0 when none came
    QByteArray answer; // head and body of the answer, as far as it came
};

// Reads this process's resident memory (VmRSS) in KiB; 0 when it cannot be read.
inline qint64 residentKiB()
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    qint64 kib = 0;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "VmRSS:", 6) == 0) {
            kib = std::strtoll(line + 6, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return kib;
}

// How many whole HTTP answers (head and Content-Length body) bytes holds, in a row.
inline int completeAnswers(const QByteArray &bytes)
{
    int n = 0;
    qsizetype at = 0;
    for (;;) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", at);
        if (end < 0)
            return n;
        const QByteArray head = bytes.mid(at, end - at).toLower();
        const qsizetype cl = head.indexOf("content-length:");
        const qint64 length
            = cl < 0 ? 0 : head.mid(cl + 15).split('\r').first().trimmed().toLongLong();
        if (bytes.size() < end + 4 + length)
            return n;
        ++n;
        at = end + 4 + length;
    }
}

// POSTs a form body of `size` bytes ("Body=xxxx...") to path on 127.0.0.1:port, with Basic
// credentials when authorization is not empty, and waits for the answer (at most timeoutMs).
// Runs the calling thread's event loop until done (the server may live there); the socket lives
// on a thread of its own.
inline Result post(quint16 port, const QByteArray &path, qint64 size,
                   const QByteArray &authorization, int timeoutMs = 30000)
{
    Result result;
    QThread *thread = QThread::create([&] {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(5000))
            return;
        QByteArray head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(size) + "\r\n";
        if (!authorization.isEmpty())
            head += "Authorization: " + authorization + "\r\n";
        head += "\r\n";
        socket.write(head);
        const QByteArray prefix = "Body=";
        QByteArray chunk(64 * 1024, 'x');
        qint64 left = size;
        bool first = true;
        while (left > 0 && socket.state() == QAbstractSocket::ConnectedState) {
            QByteArray piece = chunk.left(int(std::min<qint64>(left, chunk.size())));
            if (first) {
                piece.replace(0, prefix.size(), prefix);
                first = false;
            }
            if (socket.write(piece) < 0)
                break;
            left -= piece.size();
            result.bytesSent += piece.size();
            // Keep the send buffer small, and notice an answer (or a close) early.
            while (socket.bytesToWrite() > 256 * 1024) {
                if (!socket.waitForBytesWritten(timeoutMs))
                    break;
            }
            if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(0))
                break;
        }
        // What already came first (it may be the whole answer), then what follows.
        result.answer += socket.readAll();
        while (completeAnswers(result.answer) < 1
               && socket.state() == QAbstractSocket::ConnectedState
               && socket.waitForReadyRead(timeoutMs))
            result.answer += socket.readAll();
        result.answer += socket.readAll();
        if (result.answer.startsWith("HTTP/1.1 "))
            result.httpStatus = result.answer.mid(9, 3).toInt();
    });
    // The server answers from this thread's event loop while the upload runs on the other.
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return result;
}

// Writes raw bytes to 127.0.0.1:port on a connection of its own and returns everything the
// server sent back until it closed the connection (or timeoutMs of silence). Runs the calling
// thread's event loop meanwhile, like post().
// Stops once `answers` complete answers have come (0: only when the server closes).
inline QByteArray exchange(quint16 port, const QByteArray &bytes, int answers = 1,
                           int timeoutMs = 5000)
{
    QByteArray answer;
    QThread *thread = QThread::create([&] {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(5000))
            return;
        socket.write(bytes);
        socket.waitForBytesWritten(timeoutMs);
        while ((answers == 0 || completeAnswers(answer) < answers)
               && socket.state() == QAbstractSocket::ConnectedState
               && socket.waitForReadyRead(timeoutMs))
            answer += socket.readAll();
        answer += socket.readAll();
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return answer;
}

} // namespace BigUpload
