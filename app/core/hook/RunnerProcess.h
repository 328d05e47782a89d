#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>

class QLocalSocket;

// The bounds of one run that the process itself is given; the time limit is the caller's timer.
struct RunnerLimits
{
    int heapMb = 256; // node --max-old-space-size
    // Everything the process may allocate (RLIMIT_DATA): the heap, Buffers and Node itself.
    // Node 20 with twilio loaded needs under 96 MB of it to start.
    int dataMb = 512;
    qint64 outputBytes = 256 * 1024; // kept per stream; more ends the run
};

// One Node process running resources/runner/runner.js, apart from the console: its own process
// group (so that the whole group can be killed), no core dumps (they would hold the secrets),
// killed with the console (PR_SET_PDEATHSIG), the memory limits above, a minimal environment,
// and no argument or file that holds a secret. The job and the answers go in on standard input;
// the runner's reports come back as JSON lines on a socket of their own (SMSHOOK_RUNNER_FD), so
// the code's standard output and error are only output. Of each output stream the first
// outputBytes are kept, split into lines; the rest is counted, not stored, and
// outputLimitReached() says so once. Emits exited() exactly once, after the process is reaped
// (or failed to start). Never blocks, but in the destructor.
class RunnerProcess : public QObject
{
    Q_OBJECT
public:
    enum class Stream { Stdout, Stderr, Channel };

    explicit RunnerProcess(QObject *parent = nullptr);
    ~RunnerProcess() override;

    // `node` on PATH, or empty.
    static QString nodeProgram();
    // Where runner.js and its node_modules are: $SMSHOOK_RUNNER_DIR, else
    // <app>/../share/sms-hook-console/runner when installed, else the source tree's
    // resources/runner.
    static QString runnerDirectory();
    // Empty when runner.js and the twilio package are there; else what is missing and the fix.
    static QString checkRunnerDirectory(const QString &dir);

    // False (with *error) when nothing could be started; exited() still follows only for a start
    // that returned true.
    bool start(const QString &node, const QString &runnerDir, const RunnerLimits &limits,
               QString *error);
    void send(const QJsonObject &message);
    // SIGKILL to the process group; exited() follows once the process is reaped.
    void kill();
    bool isRunning() const;
    qint64 processId() const { return m_pid; }
    bool wasKilled() const { return m_killed; }
    qint64 droppedBytes() const { return m_dropped; }
    // The last few kB of standard error, kept beyond the limit: Node's own last words (an out
    // of memory report) come at the end.
    QString stderrTail() const { return QString::fromUtf8(m_stderrTail); }
    int exitCode() const { return m_exitCode; }
    QProcess::ExitStatus exitStatus() const { return m_exitStatus; }
    QString startError() const { return m_startError; }

Q_SIGNALS:
    void message(const QJsonObject &message);
    void outputLine(RunnerProcess::Stream stream, const QString &line);
    void outputLimitReached(RunnerProcess::Stream stream);
    void exited();

private:
    struct Capture
    {
        QByteArray partial;
        qint64 total = 0;
        bool capped = false;
    };
    void readStream(Stream stream);
    void take(Stream stream, Capture &capture, const QByteArray &data);
    void readChannel();
    void onFinished();

    QProcess *m_process = nullptr;
    QLocalSocket *m_channel = nullptr;
    int m_childEnd = -1;
    qint64 m_pid = 0;
    RunnerLimits m_limits;
    Capture m_stdout;
    Capture m_stderr;
    QByteArray m_stderrTail;
    qint64 m_channelBytes = 0;
    qint64 m_dropped = 0;
    bool m_killed = false;
    bool m_exited = false;
    int m_exitCode = 0;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
    QString m_startError;
};
