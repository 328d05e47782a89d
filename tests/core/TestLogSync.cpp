#include "log/CodeMask.h"
#include "log/DeliveryLog.h"
#include "log/LogSync.h"
#include "run/SendJob.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "twilio/TwilioClient.h"

#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// LogSync against an in-process sandbox over real HTTP: Twilio's message list is imported page
// by page with no duplicates, a local send is merged by its SID (keeping its source), and a
// cancelled sync continues from the stored page when the same range is synced again.
class TestLogSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importsEveryPageOnce();
    void mergesLocalSendBySid();
    void resumesAfterCancel();
    void codeMask_data();
    void codeMask();
    void codesMaskedUnlessKept();

private:
    void createMessages(int count);
    QList<Attempt> allRows();
    LogSync *makeSync();

    TwilioSandbox m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
    TwilioCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeliveryLog> m_log;
};

namespace {
QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}
} // namespace

void TestLogSync::initTestCase()
{
    qRegisterMetaType<LogSync::Outcome>();
    qRegisterMetaType<LogSync::Progress>();
    QVERIFY(m_sandbox.listen());
    m_profile = SandboxProfile::makeProfile(m_sandbox.baseUrl());
    m_credentials
        = {TwilioSandbox::credentials().accountSid, TwilioSandbox::credentials().authToken};
}

void TestLogSync::init()
{
    m_sandbox.reset();
    m_sandbox.setTimeScale(0.01); // sent after 10 ms: DateSent filters match it
    m_dir = std::make_unique<QTemporaryDir>();
    m_log = std::make_unique<DeliveryLog>(m_dir->filePath(QStringLiteral("log.sqlite")));
    QSignalSpy opened(m_log.get(), &DeliveryLog::opened);
    m_log->open();
    QVERIFY(opened.wait(10000));
    QVERIFY(m_log->isOpen());
}

void TestLogSync::cleanup()
{
    m_log.reset();
    m_dir.reset();
}

void TestLogSync::createMessages(int count)
{
    TwilioClient client(m_profile, m_credentials, &m_nam);
    for (int i = 0; i < count; ++i) {
        MessageRequest request;
        request.to = QStringLiteral("+1415555%1").arg(1000 + i);
        request.from = TwilioSandbox::credentials().smsNumber;
        request.body = QStringLiteral("Seeded message %1").arg(i);
        TwilioReply *reply = client.createMessage(request);
        QSignalSpy done(reply, &TwilioReply::finished);
        QVERIFY(done.wait(5000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userText()));
        reply->deleteLater();
    }
    QTest::qWait(0);
}

QList<Attempt> TestLogSync::allRows()
{
    QList<Attempt> rows;
    bool done = false;
    m_log->query({}, 0, this, [&](const QList<Attempt> &list, const QString &) {
        rows = list;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return rows;
}

LogSync *TestLogSync::makeSync()
{
    auto *sync = new LogSync(m_log.get(), m_profile, m_credentials, &m_nam, this);
    sync->setPageSize(4);
    sync->setTimeoutMs(5000);
    return sync;
}

void TestLogSync::importsEveryPageOnce()
{
    createMessages(10);
    // Wait until they are sent (only sent messages match a DateSent filter).
    QTest::qWait(50);
    std::unique_ptr<LogSync> sync(makeSync());
    QSignalSpy progress(sync.get(), &LogSync::progressChanged);
    QSignalSpy finished(sync.get(), &LogSync::finished);
    sync->start(today().addDays(-1), today());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).value<LogSync::Outcome>() == LogSync::Outcome::Completed,
             qPrintable(sync->errorString()));
    QCOMPARE(sync->progress().pages, 3); // 4 + 4 + 2
    QCOMPARE(sync->progress().imported, 10);
    QCOMPARE(sync->progress().merged, 0);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("GET"), QStringLiteral("*/Messages.json")), 3);

    QList<Attempt> rows = allRows();
    QCOMPARE(rows.size(), 10);
    QSet<QString> sids;
    for (const Attempt &a : rows) {
        sids.insert(a.sid);
        QCOMPARE(a.source, Attempt::Source::Twilio);
        QCOMPARE(a.profile, m_profile.name);
        QVERIFY(a.body.startsWith(QLatin1String("Seeded message")));
        QVERIFY(!a.timeline.isEmpty());
    }
    QCOMPARE(sids.size(), 10);

    // Synced again: nothing new, every row merged, still no duplicate.
    std::unique_ptr<LogSync> again(makeSync());
    QSignalSpy finishedAgain(again.get(), &LogSync::finished);
    again->start(today().addDays(-1), today());
    QVERIFY(finishedAgain.wait(15000));
    QCOMPARE(again->progress().imported, 0);
    QCOMPARE(again->progress().merged, 10);
    QVERIFY(!again->progress().resumed);
    QCOMPARE(allRows().size(), 10);
}

void TestLogSync::mergesLocalSendBySid()
{
    createMessages(3);
    // A send from the Run panel, recorded by SendJob; not followed, so its row stays "queued".
    SendJob job(m_profile, nullptr, &m_nam);
    job.setSecrets(SandboxProfile::secrets());
    job.setDeliveryLog(m_log.get());
    QSignalSpy sent(&job, &SendJob::finished);
    SendRequest request;
    request.to = QStringLiteral("+15005553003"); // undelivered, 30003
    request.body = QStringLiteral("Your code is 777777");
    request.followDelivery = false;
    job.start(request);
    QVERIFY(sent.wait(10000));
    const QString sid = job.result().message.sid;
    QVERIFY(!sid.isEmpty());
    bool flushed = false;
    m_log->flush(this, [&](const QString &) { flushed = true; });
    QTRY_VERIFY(flushed);
    QList<Attempt> rows = allRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().sid, sid);
    QCOMPARE(rows.constFirst().outcome, Attempt::Outcome::Pending);
    QCOMPARE(rows.constFirst().encoding, QStringLiteral("GSM-7"));

    // Once the sandbox has it final (undelivered), the sync fills it in.
    QTest::qWait(60);
    std::unique_ptr<LogSync> sync(makeSync());
    QSignalSpy finished(sync.get(), &LogSync::finished);
    sync->start(today(), today());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).value<LogSync::Outcome>(), LogSync::Outcome::Completed);
    QCOMPARE(sync->progress().imported, 3);
    QCOMPARE(sync->progress().merged, 1);

    rows = allRows();
    QCOMPARE(rows.size(), 4);
    int matches = 0;
    for (const Attempt &a : rows) {
        if (a.sid != sid)
            continue;
        ++matches;
        QCOMPARE(a.source, Attempt::Source::Form); // kept
        QCOMPARE(a.status, QStringLiteral("undelivered"));
        QCOMPARE(a.outcome, Attempt::Outcome::Failed);
        QCOMPARE(a.errorCode, 30003);
        QVERIFY(!a.price.isEmpty());
        QCOMPARE(a.encoding, QStringLiteral("GSM-7")); // what only the console knew stays
        QCOMPARE(a.timeline.constLast().status, QStringLiteral("undelivered"));
    }
    QCOMPARE(matches, 1);
}

void TestLogSync::resumesAfterCancel()
{
    createMessages(13);
    QTest::qWait(50);
    std::unique_ptr<LogSync> first(makeSync());
    QSignalSpy finished(first.get(), &LogSync::finished);
    // Cancel as soon as the second page is stored.
    connect(first.get(), &LogSync::progressChanged, first.get(), [&](const LogSync::Progress &p) {
        if (p.pages == 2)
            first->cancel();
    });
    first->start(today().addDays(-2), today());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).value<LogSync::Outcome>(), LogSync::Outcome::Cancelled);
    QCOMPARE(first->progress().pages, 2);
    QCOMPARE(allRows().size(), 8);
    const int getsBefore
        = m_sandbox.requestCount(QStringLiteral("GET"), QStringLiteral("*/Messages.json"));
    QCOMPARE(getsBefore, 2);

    // The same range again: continues with page 3 (one request carrying its PageToken).
    std::unique_ptr<LogSync> second(makeSync());
    QSignalSpy finished2(second.get(), &LogSync::finished);
    second->start(today().addDays(-2), today());
    QVERIFY(finished2.wait(15000));
    QCOMPARE(finished2.at(0).at(0).value<LogSync::Outcome>(), LogSync::Outcome::Completed);
    QVERIFY(second->progress().resumed);
    QCOMPARE(second->progress().pages, 4); // 4 + 4 + 4 + 1
    QCOMPARE(second->progress().imported, 13);
    QCOMPARE(second->progress().merged, 0);
    const QList<TwilioSandbox::LoggedRequest> log = m_sandbox.requestLog();
    QCOMPARE(log.size(), 13 + 4); // the POSTs that made them, then 4 pages fetched once each
    QVERIFY(FormCodec::value(log.at(13 + 2).query, QStringLiteral("PageToken"))
                .startsWith(QLatin1String("PA")));
    QList<Attempt> rows = allRows();
    QCOMPARE(rows.size(), 13);
    QSet<QString> sids;
    for (const Attempt &a : rows)
        sids.insert(a.sid);
    QCOMPARE(sids.size(), 13);

    // A different range starts over.
    std::unique_ptr<LogSync> third(makeSync());
    QSignalSpy finished3(third.get(), &LogSync::finished);
    third->start(today().addDays(-1), today());
    QVERIFY(finished3.wait(15000));
    QVERIFY(!third->progress().resumed);
    QCOMPARE(third->progress().merged, 13);
    QCOMPARE(third->progress().pages, 4);
}

void TestLogSync::codeMask_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("stored");
    QTest::newRow("six digits") << QStringLiteral("Your code is 482913")
                                << QStringLiteral("Your code is ******");
    QTest::newRow("four") << QStringLiteral("PIN 4829.") << QStringLiteral("PIN ****.");
    QTest::newRow("ten") << QStringLiteral("code:4829134829") << QStringLiteral("code:**********");
    QTest::newRow("split by a space")
        << QStringLiteral("Code 482 913 expires") << QStringLiteral("Code *** *** expires");
    QTest::newRow("split by a hyphen")
        << QStringLiteral("G-482-913 is your code") << QStringLiteral("G-***-*** is your code");
    QTest::newRow("two codes") << QStringLiteral("1234 or 5678") << QStringLiteral("**** or ****");
    QTest::newRow("three digits kept") << QStringLiteral("Valid 10 min, 3 tries, ref 123")
                                       << QStringLiteral("Valid 10 min, 3 tries, ref 123");
    QTest::newRow("a full phone number kept")
        << QStringLiteral("Call +14155552671 now") << QStringLiteral("Call +14155552671 now");
    QTest::newRow("eleven digits kept")
        << QStringLiteral("12345678901") << QStringLiteral("12345678901");
    QTest::newRow("next to letters")
        << QStringLiteral("abc123456def") << QStringLiteral("abc******def");
    QTest::newRow("empty") << QString() << QString();
}

void TestLogSync::codeMask()
{
    QFETCH(QString, body);
    QFETCH(QString, stored);
    QCOMPARE(CodeMask::mask(body), stored);
}

void TestLogSync::codesMaskedUnlessKept()
{
    TwilioClient client(m_profile, m_credentials, &m_nam);
    MessageRequest request;
    request.to = QStringLiteral("+14155552671");
    request.from = TwilioSandbox::credentials().smsNumber;
    request.body = QStringLiteral("Your verification code is 482913. Help: +14155550100");
    TwilioReply *reply = client.createMessage(request);
    QSignalSpy done(reply, &TwilioReply::finished);
    QVERIFY(done.wait(5000));
    QVERIFY(reply->isOk());
    reply->deleteLater();
    QTest::qWait(50); // sent, so that the DateSent filter matches it

    // By default the code never reaches the disk.
    std::unique_ptr<LogSync> sync(makeSync());
    QSignalSpy finished(sync.get(), &LogSync::finished);
    sync->start(today(), today());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).value<LogSync::Outcome>(), LogSync::Outcome::Completed);
    QList<Attempt> rows = allRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().body,
             QStringLiteral("Your verification code is ******. Help: +14155550100"));
    m_log.reset();
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), QStringLiteral("482913")), QStringList {});

    // Kept when asked for (a profile's setting, or `logs sync --keep-codes`).
    m_log = std::make_unique<DeliveryLog>(m_dir->filePath(QStringLiteral("kept.sqlite")));
    m_log->open();
    std::unique_ptr<LogSync> keep(makeSync());
    keep->setKeepCodes(true);
    QSignalSpy kept(keep.get(), &LogSync::finished);
    keep->start(today(), today());
    QVERIFY(kept.wait(15000));
    rows = allRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().body, request.body);
}

QTEST_GUILESS_MAIN(TestLogSync)
#include "TestLogSync.moc"
