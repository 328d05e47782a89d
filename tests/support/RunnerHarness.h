#pragma once

#include "hook/HookRunner.h"
#include "log/DeliveryLog.h"
#include "log/LogFilter.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>

// What the runner tests share: an in-process Twilio sandbox on loopback, its profile and
// secrets, a temporary delivery log, and one call that runs code in a real Node process and
// waits for its single finished().
class RunnerHarness
{
public:
    bool setUp()
    {
        if (!m_dir.isValid() || !m_sandbox.listen())
            return false;
        m_profile = SandboxProfile::makeProfile(m_sandbox.baseUrl());
        m_log = std::make_unique<DeliveryLog>(m_dir.filePath(QStringLiteral("log.sqlite")));
        QSignalSpy opened(m_log.get(), &DeliveryLog::opened);
        m_log->open();
        return opened.wait(5000) && opened.first().at(0).toBool();
    }

    HookRunRequest request(const QString &source,
                           const QString &to = QStringLiteral("+14155552671")) const
    {
        HookRunRequest r;
        r.source = source;
        r.fileName = QStringLiteral("code.js");
        r.recipient = to;
        r.text = QStringLiteral("Your verification code is: 123456");
        r.context = HookRunner::sampleContext();
        r.secrets = SandboxProfile::secrets();
        r.profile = m_profile;
        r.timeLimitMs = 10000;
        return r;
    }

    // Runs and waits; the result, or a default one (outcome Cancelled) after a warning.
    HookRunResult run(const HookRunRequest &request, HookRunner *runner = nullptr)
    {
        std::unique_ptr<HookRunner> own;
        if (!runner) {
            own = std::make_unique<HookRunner>(m_log.get());
            runner = own.get();
        }
        QSignalSpy finished(runner, &HookRunner::finished);
        runner->run(request);
        if (!finished.wait(request.timeLimitMs + 15000) || finished.size() != 1) {
            qWarning("no single finished()");
            return {};
        }
        if (runner->isRunning())
            qWarning("still running after finished()");
        return finished.first().first().value<HookRunResult>();
    }

    HookRunResult run(const QString &source, HookRunner *runner = nullptr)
    {
        return run(request(source), runner);
    }

    // The attempts the delivery log holds, once its writes are through.
    QList<Attempt> attempts(const LogFilter &filter = {})
    {
        QList<Attempt> rows;
        bool answered = false;
        QObject context; // answers on this thread
        m_log->query(filter, 0, &context, [&](const QList<Attempt> &found, const QString &) {
            rows = found;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 5000))
            qWarning("the delivery log did not answer");
        return rows;
    }

    // No process with this id any more (it was killed and reaped), nor any in its group.
    static bool processGone(qint64 pid)
    {
        if (pid <= 0)
            return false;
        errno = 0;
        const bool noProcess = ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
        errno = 0;
        const bool noGroup = ::kill(-pid_t(pid), 0) == -1 && errno == ESRCH;
        return noProcess && noGroup;
    }

    static QStringList texts(const HookRunResult &r)
    {
        QStringList out;
        for (const HookConsoleLine &line : r.console)
            out << line.text;
        return out;
    }

    TwilioSandbox &sandbox() { return m_sandbox; }
    const Profile &profile() const { return m_profile; }
    DeliveryLog *log() const { return m_log.get(); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    TwilioSandbox m_sandbox;
    Profile m_profile;
    std::unique_ptr<DeliveryLog> m_log;
};
