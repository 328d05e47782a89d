// bench-sandbox-memory: how much memory the Twilio sandbox holds after clients send it very large
// request bodies (form POSTs of 50 MB, authenticated and not), and after the ordinary requests
// of a day of testing. Prints this process's resident memory (VmRSS) before, after each upload
// and once idle. The sandbox answers from the main thread; the uploads stream from another.
//
//   ./tests/bench/bench-sandbox-memory [--mb 50] [--uploads 3]

#include "BigUpload.h"

#include "sandbox/TwilioSandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("mb"), QStringLiteral("Size of each body, MB."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("uploads"), QStringLiteral("Uploads of each kind."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const qint64 size = parser.value(QStringLiteral("mb")).toLongLong() * 1000 * 1000;
    const int uploads = parser.value(QStringLiteral("uploads")).toInt();

    TwilioSandbox sandbox;
    if (!sandbox.listen()) {
        std::fprintf(stderr, "the sandbox could not listen\n");
        return 1;
    }
    const SandboxFixtures::Credentials &c = TwilioSandbox::credentials();
    const QByteArray auth
        = "Basic " + (c.accountSid + QLatin1Char(':') + c.authToken).toUtf8().toBase64();
    const QByteArray path = "/2010-04-01/Accounts/" + c.accountSid.toUtf8() + "/Messages.json";
    const auto idle = [] {
        // Let deferred deletes and queued work run.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };
    idle();
    const qint64 start = BigUpload::residentKiB();
    std::printf("body %lld MB, %d uploads of each kind\n", size / 1000000, uploads);
    std::printf("%-36s %8s %10s %s\n", "", "RSS MB", "sent MB", "answer");
    std::printf("%-36s %8.1f\n", "start", start / 1024.0);
    for (const bool authenticated : {true, false}) {
        for (int i = 0; i < uploads; ++i) {
            QElapsedTimer t;
            t.start();
            const BigUpload::Result r
                = BigUpload::post(sandbox.port(), path, size, authenticated ? auth : QByteArray());
            idle();
            const QString label = QStringLiteral("%1 upload %2 (%3 ms)")
                                      .arg(authenticated ? QStringLiteral("authenticated")
                                                         : QStringLiteral("unauthenticated"))
                                      .arg(i + 1)
                                      .arg(t.elapsed());
            std::printf("%-36s %8.1f %10.1f %d\n", qPrintable(label),
                        BigUpload::residentKiB() / 1024.0, r.bytesSent / 1e6, r.httpStatus);
        }
    }
    idle();
    const qint64 end = BigUpload::residentKiB();
    std::printf("%-36s %8.1f\n", "idle", end / 1024.0);
    std::printf("held after the uploads: %.1f MB\n", (end - start) / 1024.0);
    return 0;
}
