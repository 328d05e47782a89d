#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

// One `prism mock` process serving one spec on 127.0.0.1. Killed when destroyed, so a failing
// or aborted test does not leave it running; on Linux it also dies with the test process.
class PrismServer
{
public:
    // dir: where Prism and the specs are (tests/contract); spec relative to it.
    PrismServer(const QString &dir, const QString &spec) : m_dir(dir), m_spec(spec) { }
    ~PrismServer() { stop(); }
    PrismServer(const PrismServer &) = delete;
    PrismServer &operator=(const PrismServer &) = delete;

    QString prismPath() const { return m_dir + QStringLiteral("/node_modules/.bin/prism"); }

    void start(const QStringList &extraArguments = {})
    {
        m_port = freePort();
        m_process.setWorkingDirectory(m_dir);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] {
            m_output += m_process.readAll();
            if (m_output.size() > 64 * 1024)
                m_output = m_output.right(32 * 1024);
        });
#ifdef Q_OS_LINUX
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        // -v warn: Prism lists every path of the spec at info level on startup.
        m_process.start(prismPath(),
                        QStringList {QStringLiteral("mock"), QStringLiteral("-h"),
                                     QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                     QString::number(m_port), QStringLiteral("-v"),
                                     QStringLiteral("warn")}
                            + extraArguments + QStringList {m_spec});
    }

    bool hasExited() const
    {
        return m_process.state() == QProcess::NotRunning;
    }

    bool isAnswering() const
    {
        if (hasExited() || m_port == 0)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return socket.waitForConnected(250);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    quint16 port() const
    {
        return m_port;
    }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

    QString describe() const
    {
        return QStringLiteral("prism mock %1 on port %2 (%3, exit code %4, %5). Output:\n%6")
            .arg(m_spec)
            .arg(m_port)
            .arg(hasExited() ? QStringLiteral("exited") : QStringLiteral("running"))
            .arg(m_process.exitCode())
            .arg(m_process.errorString())
            .arg(QString::fromUtf8(m_output.right(4000)));
    }

private:
    // A port that was free a moment ago. Prism binds it itself; the window for a clash is short,
    // and a clash shows as Prism exiting, which the test reports with Prism's output.
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    QString m_dir;
    QString m_spec;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
};
