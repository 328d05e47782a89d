#include "auth0/Auth0Parser.h"
#include "auth0/MfaTimeline.h"
#include "log/DeliveryLog.h"
#include "log/LogSchema.h"
#include "log/TenantLogStore.h"
#include "log/TenantLogSync.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Mode = Auth0Sandbox::Mode;

// TenantLogSync against the simulated tenant over real HTTP, into a real delivery log: the
// first page found by search, then checkpoint pages with from/take; every synced event stored
// once, a sync run again reads only what is new, a cancelled one continues from the stored
// page, 429s are waited out; send events matched to Twilio messages exactly (a SID the Action
// run recorded), by number and time, or not at all; the migration of a real version 2 file.
class TestTenantLogSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recordFromEvent();
    void fuzzyPick();
    void pagesByCheckpointAndStoresOnce();
    void resumesAfterCancel();
    void waitsOutRateLimits();
    void matchesExactFuzzyAndNone();
    void rematchesAfterTwilioImport();
    void mfaTestPairLinksExactly();
    void migratesRealVersion2File();

private:
    QJsonObject sendEvent(const QString &type, const QDateTime &at, const QString &to,
                          const QString &executionId = {}) const;
    TenantLogSync *makeSync(int take);
    TenantLogSync::Outcome run(TenantLogSync *sync, const QDate &since = {});
    qint64 addAttempt(const QString &to, const QDateTime &at, const QString &sid,
                      Attempt::Outcome outcome, const QString &status);
    QList<TenantChain> chains(const TenantLogStore::Filter &filter = {});
    int eventRows();
    int requests(const QString &queryPart);

    Auth0Sandbox m_auth0;
    QNetworkAccessManager m_nam;
    Profile m_profile;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeliveryLog> m_log;
};

void TestTenantLogSync::initTestCase()
{
    qRegisterMetaType<TenantLogSync::Outcome>();
    qRegisterMetaType<TenantLogSync::Progress>();
    QVERIFY(m_auth0.listen());
    m_profile = SandboxProfile::makeProfile(QUrl(u"http://127.0.0.1:9"_s),
                                            m_auth0.baseUrl(Mode::Unified));
    m_profile.name = u"Tenant"_s;
    m_profile.auth0.domain = Auth0Sandbox::tenant(Mode::Unified).domain;
    m_profile.auth0.clientId = Auth0SandboxFixtures::fullClient().clientId;
}

void TestTenantLogSync::init()
{
    m_auth0.reset(Mode::Unified, Auth0Sandbox::Preset::Empty);
    m_auth0.setRateLimit(0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_log = std::make_unique<DeliveryLog>(m_dir->filePath(u"log.sqlite"_s));
    QSignalSpy opened(m_log.get(), &DeliveryLog::opened);
    m_log->open();
    QVERIFY(opened.wait(10000));
    QVERIFY(m_log->isOpen());
}

void TestTenantLogSync::cleanup()
{
    m_log.reset();
    m_dir.reset();
}

QJsonObject TestTenantLogSync::sendEvent(const QString &type, const QDateTime &at,
                                         const QString &to, const QString &executionId) const
{
    QJsonObject details {{u"to"_s, to}};
    if (!executionId.isEmpty())
        details.insert(u"actions"_s, QJsonObject {{u"executions"_s, QJsonArray {executionId}}});
    if (type.endsWith(u"_failure"_s))
        details.insert(u"failure_details"_s,
                       QJsonObject {{u"errorCode"_s, 21211}, {u"message"_s, u"invalid To"_s}});
    return {{u"type"_s, type},
            {u"date"_s, at.toString(Qt::ISODateWithMs)},
            {u"description"_s, u"Guardian - SMS"_s},
            {u"user_id"_s, u"auth0|u1"_s},
            {u"user_name"_s, u"user@example.com"_s},
            {u"details"_s, details}};
}

TenantLogSync *TestTenantLogSync::makeSync(int take)
{
    auto *sync = new TenantLogSync(m_log.get(), m_profile,
                                   Auth0SandboxFixtures::fullClient().clientSecret, &m_nam, this);
    sync->setTake(take);
    return sync;
}

TenantLogSync::Outcome TestTenantLogSync::run(TenantLogSync *sync, const QDate &since)
{
    QSignalSpy finished(sync, &TenantLogSync::finished);
    sync->start(since);
    if (!finished.wait(30000))
        return TenantLogSync::Outcome::Failed;
    return finished.first().first().value<TenantLogSync::Outcome>();
}

qint64 TestTenantLogSync::addAttempt(const QString &to, const QDateTime &at, const QString &sid,
                                     Attempt::Outcome outcome, const QString &status)
{
    Attempt a;
    a.createdAt = at;
    a.profile = m_profile.name;
    a.source = Attempt::Source::Twilio;
    a.to = to;
    a.body = u"Your code is 123456"_s;
    a.sid = sid;
    a.status = status;
    a.outcome = outcome;
    a.timeline = {{status, at.addSecs(3), 0, {}}};
    qint64 id = 0;
    bool done = false;
    m_log->beginAttempt(a, this, [&](qint64 newId, const QString &) {
        id = newId;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return 0;
    return id;
}

QList<TenantChain> TestTenantLogSync::chains(const TenantLogStore::Filter &filter)
{
    QList<TenantChain> out;
    bool done = false;
    TenantLogStore::chains(m_log.get(), filter, 0, this,
                           [&](const QList<TenantChain> &list, const QString &error) {
                               if (!error.isEmpty())
                                   qWarning("%s", qPrintable(error));
                               out = list;
                               done = true;
                           });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("no answer from the log");
    return out;
}

int TestTenantLogSync::eventRows()
{
    int n = -1;
    bool done = false;
    m_log->runDatabaseWork(
        false,
        [&n](QSqlDatabase &db, QList<qint64> *, QString *) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT COUNT(*), COUNT(DISTINCT log_id) FROM auth0_events"_s) && q.next())
                n = q.value(0).toInt() == q.value(1).toInt() ? q.value(0).toInt() : -2;
            return true;
        },
        this, [&](const QString &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return -1;
    return n;
}

int TestTenantLogSync::requests(const QString &queryPart)
{
    int n = 0;
    for (const Auth0Sandbox::LoggedRequest &r : m_auth0.requestLog()) {
        if (r.path == u"/api/v2/logs"_s && r.query.contains(queryPart))
            ++n;
    }
    return n;
}

void TestTenantLogSync::recordFromEvent()
{
    TenantLogEvent e;
    e.logId = u"90020261201"_s;
    e.type = u"gd_send_sms_failure"_s;
    e.date = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    e.details = QJsonObject {
        {u"authenticator"_s, QJsonObject {{u"phone_number"_s, u"XXXXXXXX0100"_s}}},
        {u"actions"_s, QJsonObject {{u"executions"_s, QJsonArray {u"exec-1"_s}}}},
        {u"failure_details"_s, QJsonObject {{u"errorCode"_s, 21211}, {u"message"_s, u"bad"_s}}}};
    const TenantLogRecord r = TenantLogRecord::fromEvent(e, u"P"_s);
    QCOMPARE(r.recipient, u"XXXXXXXX0100"_s);
    QCOMPARE(r.executionId, u"exec-1"_s);
    QCOMPARE(r.failureCode, u"21211"_s);
    QCOMPARE(r.failureMessage, u"bad"_s);
    QVERIFY(r.isSend());
    QVERIFY(r.isFailure());
    QCOMPARE(TenantLogMatch::visibleTail(r.recipient), u"0100"_s);
    QVERIFY(TenantLogMatch::recipientMatches(r.recipient, u"+14155550100"_s));
    QVERIFY(!TenantLogMatch::recipientMatches(r.recipient, u"+14155550199"_s));
    QVERIFY(TenantLogMatch::recipientMatches(u"+1 415 555 0100"_s, u"+14155550100"_s));
    const QString q = TenantLogRecord::searchQuery(QDate(2026, 11, 1));
    QVERIFY2(q.startsWith(u"(type:gd_send_sms OR type:gd_send_sms_failure OR "_s), qPrintable(q));
    QVERIFY2(q.endsWith(u") AND date:[2026-11-01 TO *]"_s), qPrintable(q));
}

void TestTenantLogSync::fuzzyPick()
{
    TenantLogRecord r;
    r.type = u"gd_send_sms"_s;
    r.at = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    r.recipient = u"+14155550100"_s;
    const auto at = [&r](int secs) { return r.at.addSecs(secs); };
    // The nearest message of that number inside the window wins.
    QCOMPARE(TenantLogMatch::pick(r,
                                  {{1, at(-100), u"+14155550100"_s, {}},
                                   {2, at(-2), u"+14155550100"_s, {}},
                                   {3, at(-1), u"+14155550199"_s, {}}}),
             std::optional<qint64>(2));
    // A message carrying the event's code beats a nearer one.
    r.code = u"424242"_s;
    QCOMPARE(TenantLogMatch::pick(r,
                                  {{1, at(-60), u"+14155550100"_s, u"code 424242"_s},
                                   {2, at(-1), u"+14155550100"_s, u"code 111111"_s}}),
             std::optional<qint64>(1));
    // Outside the window (too early, too late): none.
    QCOMPARE(TenantLogMatch::pick(
                 r, {{1, at(-121), u"+14155550100"_s, {}}, {2, at(31), u"+14155550100"_s, {}}}),
             std::nullopt);
    // Not a send event: never matched.
    r.type = u"gd_start_auth"_s;
    QCOMPARE(TenantLogMatch::pick(r, {{2, at(-1), u"+14155550100"_s, {}}}), std::nullopt);
}

void TestTenantLogSync::pagesByCheckpointAndStoresOnce()
{
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3000);
    int synced = 0;
    for (int i = 0; i < 130; ++i) {
        // Every third event is of a type the sync does not keep (a login, a token exchange).
        const bool kept = i % 3 != 0;
        QJsonObject e = sendEvent(kept ? u"gd_send_sms"_s : u"s"_s, base.addSecs(i),
                                  u"+1415555%1"_s.arg(1000 + i));
        m_auth0.addLogEvent(Mode::Unified, e);
        synced += kept ? 1 : 0;
    }
    TenantLogSync *sync = makeSync(40);
    QSignalSpy progress(sync, &TenantLogSync::progressChanged);
    QCOMPARE(run(sync, base.date()), TenantLogSync::Outcome::Completed);
    QCOMPARE(sync->progress().stored, synced);
    QCOMPARE(eventRows(), synced);
    // One search finds the first event; the other 129 come by checkpoint, 40 at a time
    // (40, 40, 40, 9: the short page ends the sync).
    QCOMPARE(requests(u"per_page=1"_s), 1);
    QCOMPARE(requests(u"take=40"_s), 4);
    QCOMPARE(progress.size(), 5);
    const QString searched = m_auth0.requestLog().at(1).query;
    QVERIFY2(searched.contains(u"sort=date"_s) && searched.contains(u"gd_send_sms"_s),
             qPrintable(searched));

    // Again: only what is new since the checkpoint, nothing stored twice.
    m_auth0.addLogEvent(Mode::Unified,
                        sendEvent(u"gd_send_sms_failure"_s, base.addSecs(500), u"+14155559999"_s));
    TenantLogSync *again = makeSync(40);
    QCOMPARE(run(again), TenantLogSync::Outcome::Completed);
    QCOMPARE(again->progress().stored, 1);
    QCOMPARE(eventRows(), synced + 1);
    QCOMPARE(requests(u"per_page=1"_s), 1);
}

void TestTenantLogSync::resumesAfterCancel()
{
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3000);
    for (int i = 0; i < 60; ++i)
        m_auth0.addLogEvent(Mode::Unified,
                            sendEvent(u"gd_send_sms"_s, base.addSecs(i), u"+14155550100"_s));
    TenantLogSync *first = makeSync(10);
    connect(first, &TenantLogSync::progressChanged, first,
            [first](const TenantLogSync::Progress &p) {
                if (p.pages == 2)
                    first->cancel();
            });
    QCOMPARE(run(first, base.date()), TenantLogSync::Outcome::Cancelled);
    const int kept = eventRows();
    QCOMPARE(kept, 11); // the searched first event, then one checkpoint page of 10
    QVERIFY(!first->progress().resumed);

    TenantLogSync *second = makeSync(10);
    QCOMPARE(run(second), TenantLogSync::Outcome::Completed);
    QVERIFY(second->progress().resumed);
    QCOMPARE(second->progress().stored, 60 - kept);
    QCOMPARE(eventRows(), 60);
    QCOMPARE(requests(u"per_page=1"_s), 1); // continued by checkpoint, not searched again
}

void TestTenantLogSync::waitsOutRateLimits()
{
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3000);
    for (int i = 0; i < 12; ++i)
        m_auth0.addLogEvent(Mode::Unified,
                            sendEvent(u"gd_send_sms"_s, base.addSecs(i), u"+14155550100"_s));
    m_auth0.setRateLimit(2); // token + search use the first second; the pages meet 429s
    TenantLogSync *sync = makeSync(3);
    QSignalSpy limited(sync, &TenantLogSync::rateLimited);
    QCOMPARE(run(sync, base.date()), TenantLogSync::Outcome::Completed);
    QVERIFY(limited.size() >= 1);
    QCOMPARE(eventRows(), 12);
    int refused = 0;
    for (const Auth0Sandbox::LoggedRequest &r : m_auth0.requestLog())
        refused += r.httpStatus == 429 ? 1 : 0;
    QVERIFY(refused >= 1);
}

void TestTenantLogSync::matchesExactFuzzyAndNone()
{
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-600);
    // Exact: the Action run recorded SM...exact; a decoy to the same number is nearer in time.
    const qint64 exact
        = addAttempt(u"+14155550100"_s, t.addSecs(-20), u"SM00000000000000000000000000exact"_s,
                     Attempt::Outcome::Delivered, u"delivered"_s);
    const qint64 decoy
        = addAttempt(u"+14155550100"_s, t.addMSecs(-300), u"SM00000000000000000000000000decoy"_s,
                     Attempt::Outcome::Failed, u"undelivered"_s);
    bool recorded = false;
    TenantLogStore::recordActionRunSids(m_log.get(), u"exec-exact"_s,
                                        {u"SM00000000000000000000000000exact"_s}, this,
                                        [&](const QString &e) { recorded = e.isEmpty(); });
    QTRY_VERIFY(recorded);
    m_auth0.addLogEvent(Mode::Unified,
                        sendEvent(u"gd_send_sms"_s, t, u"+14155550100"_s, u"exec-exact"_s));
    // Fuzzy: another number, a message 2 s before the event.
    const qint64 fuzzy
        = addAttempt(u"+14155550200"_s, t.addSecs(58), u"SM00000000000000000000000000fuzzy"_s,
                     Attempt::Outcome::Failed, u"undelivered"_s);
    m_auth0.addLogEvent(Mode::Unified,
                        sendEvent(u"gd_send_sms"_s, t.addSecs(60), u"+14155550200"_s));
    // None: a send with no message of that number near it.
    addAttempt(u"+14155550300"_s, t.addSecs(-900), u"SM0000000000000000000000000000late"_s,
               Attempt::Outcome::Delivered, u"delivered"_s);
    m_auth0.addLogEvent(Mode::Unified,
                        sendEvent(u"gd_send_sms"_s, t.addSecs(120), u"+14155550300"_s));
    m_auth0.addLogEvent(Mode::Unified,
                        QJsonObject {{u"type"_s, u"gd_start_auth"_s},
                                     {u"date"_s, t.addSecs(119).toString(Qt::ISODateWithMs)},
                                     {u"user_id"_s, u"auth0|u1"_s}});

    TenantLogSync *sync = makeSync(100);
    QCOMPARE(run(sync, t.date().addDays(-1)), TenantLogSync::Outcome::Completed);
    QCOMPARE(sync->progress().matched, 2);

    TenantLogStore::Filter sends;
    sends.withMessagesWithoutEvent = false;
    const QList<TenantChain> list = chains(sends);
    QCOMPARE(list.size(), 3);
    // Newest first: none, fuzzy, exact.
    QCOMPARE(list.at(0).kind, TenantChain::Kind::NoTwilioMessage);
    QCOMPARE(list.at(0).verdict(), TenantChain::Verdict::NeverReachedTwilio);
    QVERIFY2(list.at(0).summary().startsWith(u"Auth0 sent, no Twilio message found"_s),
             qPrintable(list.at(0).summary()));
    QCOMPARE(list.at(0).askedType, u"gd_start_auth"_s); // the challenge that asked
    QCOMPARE(list.at(1).kind, TenantChain::Kind::Linked);
    QCOMPARE(list.at(1).attempt->id, fuzzy);
    QCOMPARE(list.at(1).event->match, TenantLogRecord::Match::Fuzzy);
    QCOMPARE(list.at(1).verdict(), TenantChain::Verdict::TwilioFailed);
    QCOMPARE(list.at(2).attempt->id, exact);
    QCOMPARE(list.at(2).event->match, TenantLogRecord::Match::Sid);
    QCOMPARE(list.at(2).verdict(), TenantChain::Verdict::Delivered);
    const QList<TenantChain::Hop> hops = list.at(2).hops();
    QCOMPARE(hops.size(), 4);
    QVERIFY(hops.at(2).detail.startsWith(u"SM00000000000000000000000000exact (the SID"_s));
    QCOMPARE(*hops.at(3).latencyMs, 3000); // delivered 3 s after Twilio accepted it

    // With the messages no event explains: the decoy and the old one show up as such.
    const QList<TenantChain> all = chains();
    QCOMPARE(all.size(), 5);
    int orphans = 0;
    for (const TenantChain &c : all) {
        if (c.kind == TenantChain::Kind::NoAuth0Event) {
            ++orphans;
            QVERIFY(c.attempt->id != exact && c.attempt->id != fuzzy);
        }
    }
    QCOMPARE(orphans, 2);
    Q_UNUSED(decoy);

    // The event type filter.
    TenantLogStore::Filter starts;
    starts.type = u"gd_start_auth"_s;
    const QList<TenantChain> started = chains(starts);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().kind, TenantChain::Kind::EventOnly);
}

void TestTenantLogSync::rematchesAfterTwilioImport()
{
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-600);
    m_auth0.addLogEvent(Mode::Unified, sendEvent(u"gd_send_sms"_s, t, u"+14155550100"_s));
    QCOMPARE(run(makeSync(100), t.date()), TenantLogSync::Outcome::Completed);
    TenantLogStore::Filter sends;
    sends.withMessagesWithoutEvent = false;
    QCOMPARE(chains(sends).first().kind, TenantChain::Kind::NoTwilioMessage);
    // Twilio's log imported later: the next sync links the event without fetching it again.
    const qint64 id
        = addAttempt(u"+14155550100"_s, t.addSecs(-1), u"SM000000000000000000000000000late"_s,
                     Attempt::Outcome::Delivered, u"delivered"_s);
    TenantLogSync *again = makeSync(100);
    QCOMPARE(run(again), TenantLogSync::Outcome::Completed);
    QCOMPARE(again->progress().stored, 0);
    QCOMPARE(again->progress().matched, 1);
    QCOMPARE(chains(sends).first().attempt->id, id);
}

void TestTenantLogSync::mfaTestPairLinksExactly()
{
    // The MFA test saw the send event (with its execution) and the message that arrived; the
    // message is far from the event in time (a clock apart), so only the recorded pair links it.
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-600);
    const QJsonObject event = sendEvent(u"gd_send_sms"_s, t, u"+14155550100"_s, u"exec-mfa"_s);
    const QString sid = u"SM0000000000000000000000000000mfa1"_s;
    MfaTimeline timeline;
    timeline.profile = m_profile.name;
    timeline.logEvents = {Auth0Parser::logEvent(event)};
    timeline.messageSid = sid;
    QCOMPARE(TenantLogStore::recordMfaTest(m_log.get(), timeline), u"exec-mfa"_s);
    MfaTimeline nothing = timeline;
    nothing.messageSid.clear();
    QCOMPARE(TenantLogStore::recordMfaTest(m_log.get(), nothing), QString());
    const qint64 id = addAttempt(u"+14155550100"_s, t.addSecs(-400), sid,
                                 Attempt::Outcome::Delivered, u"delivered"_s);
    m_auth0.addLogEvent(Mode::Unified, event);
    TenantLogSync *sync = makeSync(100);
    QCOMPARE(run(sync, t.date()), TenantLogSync::Outcome::Completed);
    QCOMPARE(sync->progress().matched, 1);
    TenantLogStore::Filter sends;
    sends.withMessagesWithoutEvent = false;
    const QList<TenantChain> list = chains(sends);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().attempt->id, id);
    QCOMPARE(list.first().event->match, TenantLogRecord::Match::Sid);
}

void TestTenantLogSync::migratesRealVersion2File()
{
    // A log written by the previous release (schema 2: three attempts, a Twilio sync state).
    const QString source
        = QStringLiteral(SMSHOOK_SOURCE_DIR) + u"/tests/data/log/delivery-log-v2.sqlite"_s;
    const QString path = m_dir->filePath(u"old.sqlite"_s);
    QVERIFY(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"before"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(u"before"_s);

    auto log = std::make_unique<DeliveryLog>(path);
    QSignalSpy opened(log.get(), &DeliveryLog::opened);
    log->open();
    QVERIFY(opened.wait(10000));
    QVERIFY2(log->isOpen(), qPrintable(log->errorString()));
    QList<Attempt> rows;
    bool done = false;
    log->query({}, 0, this, [&](const QList<Attempt> &list, const QString &) {
        rows = list;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.last().timeline.size(), 3);
    log.reset();

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"after"_s);
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), DeliveryLog::schemaVersion());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name IN ('auth0_events', "
                   "'action_run_sids', 'auth0_sync_state')"_s)
            && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM sync_state"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"after"_s);
}

QTEST_GUILESS_MAIN(TestTenantLogSync)
#include "TestTenantLogSync.moc"
