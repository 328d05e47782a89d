#include "RunnerProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SMSHOOK_RUNNER_SOURCE_DIR
#define SMSHOOK_RUNNER_SOURCE_DIR ""
#endif

namespace {

constexpr int MaxLineBytes = 16 * 1024; // a longer line is cut into pieces of this size
constexpr int StderrTailBytes = 4096;
// The runner's reports: one message (a request with its body) may be large, but not endless.
constexpr qint64 MaxMessageBytes = 8 * 1024 * 1024;
constexpr qint64 MaxChannelBytes = 64 * 1024 * 1024;

} // namespace

RunnerProcess::RunnerProcess(QObject *parent) : QObject(parent) { }

RunnerProcess::~RunnerProcess()
{
    if (m_childEnd >= 0)
        ::close(m_childEnd);
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        if (m_process->state() != QProcess::NotRunning) {
            kill();
            // SIGKILL cannot be ignored: the wait is for the kernel to reap it, a few ms.
            m_process->waitForFinished(2000);
        }
    }
}

QString RunnerProcess::nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString RunnerProcess::runnerDirectory()
{
    const QString fromEnv = qEnvironmentVariable("SMSHOOK_RUNNER_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    const QString installed
        = QDir::cleanPath(QCoreApplication::applicationDirPath()
                          + QStringLiteral("/../share/sms-hook-console/runner"));
    if (QFileInfo::exists(installed + QStringLiteral("/runner.js")))
        return installed;
    return QDir::cleanPath(QString::fromUtf8(SMSHOOK_RUNNER_SOURCE_DIR));
}

QString RunnerProcess::checkRunnerDirectory(const QString &dir)
{
    if (!QFileInfo::exists(dir + QStringLiteral("/runner.js")))
        return tr("The runner (runner.js) is not in %1. Reinstall SMS Hook Console, or point "
                  "SMSHOOK_RUNNER_DIR at its resources/runner folder.")
            .arg(QDir::toNativeSeparators(dir));
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/twilio/package.json")))
        return tr("The runner's npm packages (Twilio's SDK) are not installed in %1. Run "
                  "\"npm ci\" in that folder (scripts/dev.sh build does it).")
            .arg(QDir::toNativeSeparators(dir));
    return {};
}

bool RunnerProcess::start(const QString &node, const QString &runnerDir, const RunnerLimits &limits,
                          QString *error)
{
    m_limits = limits;
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        *error = tr("The runner's channel could not be opened: %1")
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_childEnd = fds[1];
    m_channel = new QLocalSocket(this);
    if (!m_channel->setSocketDescriptor(fds[0], QLocalSocket::ConnectedState,
                                        QIODevice::ReadOnly)) {
        ::close(fds[0]);
        *error = tr("The runner's channel could not be opened.");
        return false;
    }
    connect(m_channel, &QLocalSocket::readyRead, this, &RunnerProcess::readChannel);

    m_process = new QProcess(this);
    QProcessEnvironment env;
    // Only what Node needs: the console's own environment (a TWILIO_AUTH_TOKEN in it, say)
    // is not the code's business, as it is not in Auth0.
    for (const char *name : {"PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            env.insert(QString::fromLatin1(name), value);
    }
    env.insert(QStringLiteral("SMSHOOK_RUNNER_FD"), QString::number(m_childEnd));
    env.insert(QStringLiteral("NODE_DISABLE_COLORS"), QStringLiteral("1"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(QDir::tempPath());
    const int childEnd = m_childEnd;
    const rlim_t dataBytes = rlim_t(limits.dataMb) * 1024 * 1024;
    m_process->setChildProcessModifier([childEnd, dataBytes] {
        // In the forked child, before exec: async-signal-safe calls only.
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        const struct rlimit core = {0, 0};
        ::setrlimit(RLIMIT_CORE, &core);
        const struct rlimit data = {dataBytes, dataBytes};
        ::setrlimit(RLIMIT_DATA, &data);
        const int flags = ::fcntl(childEnd, F_GETFD);
        ::fcntl(childEnd, F_SETFD, flags & ~FD_CLOEXEC);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readStream(Stream::Stdout); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readStream(Stream::Stderr); });
    connect(m_process, &QProcess::finished, this, &RunnerProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || m_exited)
            return;
        m_startError = m_process->errorString();
        m_exited = true;
        QMetaObject::invokeMethod(this, &RunnerProcess::exited, Qt::QueuedConnection);
    });
    m_process->start(node,
                     {QStringLiteral("--max-old-space-size=%1").arg(limits.heapMb),
                      QDir(runnerDir).filePath(QStringLiteral("runner.js"))});
    // The child has its own copy now.
    ::close(m_childEnd);
    m_childEnd = -1;
    m_pid = m_process->processId();
    return true;
}

void RunnerProcess::send(const QJsonObject &message)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void RunnerProcess::kill()
{
    m_killed = true;
    if (!m_process || m_process->state() == QProcess::NotRunning || m_pid <= 0)
        return;
    // The whole group: anything the code started dies with it. The process itself too, in
    // case it has not reached setpgid yet.
    ::kill(-pid_t(m_pid), SIGKILL);
    ::kill(pid_t(m_pid), SIGKILL);
}

bool RunnerProcess::isRunning() const
{
    return m_process && !m_exited;
}

void RunnerProcess::readStream(Stream stream)
{
    const QByteArray data = stream == Stream::Stdout ? m_process->readAllStandardOutput()
                                                     : m_process->readAllStandardError();
    if (stream == Stream::Stderr) {
        m_stderrTail += data;
        if (m_stderrTail.size() > StderrTailBytes)
            m_stderrTail = m_stderrTail.right(StderrTailBytes);
    }
    take(stream, stream == Stream::Stdout ? m_stdout : m_stderr, data);
}

void RunnerProcess::take(Stream stream, Capture &capture, const QByteArray &data)
{
    if (data.isEmpty())
        return;
    const qint64 room = qMax<qint64>(0, m_limits.outputBytes - capture.total);
    capture.total += data.size();
    if (capture.capped) {
        m_dropped += data.size();
        return;
    }
    capture.partial += data.left(room);
    qsizetype at;
    while ((at = capture.partial.indexOf('\n')) >= 0 || capture.partial.size() >= MaxLineBytes) {
        const qsizetype cut = at >= 0 ? at : MaxLineBytes;
        QByteArray line = capture.partial.left(cut);
        capture.partial.remove(0, at >= 0 ? cut + 1 : cut);
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT outputLine(stream, QString::fromUtf8(line));
    }
    if (data.size() > room) {
        capture.capped = true;
        m_dropped += data.size() - room;
        if (!capture.partial.isEmpty())
            Q_EMIT outputLine(stream, QString::fromUtf8(std::exchange(capture.partial, {})));
        Q_EMIT outputLimitReached(stream);
    }
}

void RunnerProcess::readChannel()
{
    while (m_channel->canReadLine()) {
        const QByteArray line = m_channel->readLine();
        m_channelBytes += line.size();
        if (m_channelBytes > MaxChannelBytes) {
            m_channel->readAll();
            Q_EMIT outputLimitReached(Stream::Channel);
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (doc.isObject())
            Q_EMIT message(doc.object());
    }
    if (m_channel->bytesAvailable() > MaxMessageBytes) {
        m_channel->readAll();
        Q_EMIT outputLimitReached(Stream::Channel);
    }
}

void RunnerProcess::onFinished()
{
    if (m_exited)
        return;
    // What the pipes still hold was written before the end.
    readStream(Stream::Stdout);
    readStream(Stream::Stderr);
    for (Capture *c : {&m_stdout, &m_stderr}) {
        if (!c->capped && !c->partial.isEmpty())
            Q_EMIT outputLine(c == &m_stdout ? Stream::Stdout : Stream::Stderr,
                              QString::fromUtf8(std::exchange(c->partial, {})));
    }
    if (m_channel) {
        m_channel->waitForReadyRead(0);
        readChannel();
    }
    m_exitCode = m_process->exitCode();
    m_exitStatus = m_process->exitStatus();
    m_exited = true;
    Q_EMIT exited();
}
