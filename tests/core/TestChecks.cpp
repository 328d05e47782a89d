#include "TestSupport.h"
#include "checks/CheckJudge.h"
#include "checks/Checklist.h"
#include "checks/ChecklistReport.h"
#include "hook/HookCodeStore.h"
#include "hook/HookTemplates.h"
#include "log/DeliveryLog.h"
#include "log/TenantLogStore.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/ErrorDictionary.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "auth0/Auth0Client.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"

using State = CheckItem::State;
using Ids = CheckItem::Ids;

// The troubleshooting checklist. Pure judges first (no I/O), then the runner end to end: real
// HTTP against an in-process sandbox, secrets in a real (throwaway) keychain, the delivery log in
// a temporary SQLite file. Each failure of the guide's list is produced and must be detected with
// the right item, state and finding.
class TestChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    // Pure judges.
    void judgeCredentials();
    void judgeE164_data();
    void judgeE164();
    void judgeSender();
    void judgeTrial();
    void judgeSecrets();
    void judgeLastSend();
    void judgeLastLogin();
    void judgeHookActive();
    void reportHasNoSecrets();

    // Against the sandbox.
    void allGoodProfilePasses();
    void unsavedCodeIsJudgedAsTheTemplate();
    void wrongToken();
    void suspendedAccount();
    void numberNotOwned();
    void numberWithoutSms();
    void trialUnverifiedRecipient();
    void verifyCustomCodesOff();
    void messagingService();
    void senderNotE164AndFix();
    void runOneItem();
    void lastSendFromLog();
    void lastLoginFromTenantLog();
    void cancelFinishesOnce();
    void manualConfirmationRemembered();
    void hookCodeNamesMissingSecret();
    void connectedTenantIsItemOne();
    void deployedActionSecretsInItemTwo();

private:
    Profile connectedProfile(Auth0Sandbox::Mode mode);
    bool tenantCall(Auth0Sandbox::Mode mode, const Auth0Request &request,
                    QJsonObject *answer = nullptr);
    Profile makeProfile(const QMap<QString, QString> &secrets, const QString &region = {});
    bool apply(const QString &profile, const QMap<QString, QString> &values);
    QMap<QString, QString> read(const QString &profile, const QStringList &names);
    std::unique_ptr<Checklist> checklist(const Profile &profile, const QString &recipient = {});
    QList<CheckItem> runAll(const Profile &profile, const QString &recipient = {});
    static CheckItem find(const QList<CheckItem> &items, const QString &id);
    static QString dump(const CheckItem &item);
    void insertAttempt(const Attempt &attempt);

    QTemporaryDir m_dir;
    TwilioSandbox m_sandbox;
    Auth0Sandbox m_auth0;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DeliveryLog> m_log;
    const SandboxFixtures::Credentials &m_f = TwilioSandbox::credentials();
    const QString m_recipient = QStringLiteral("+14155552671");
};

void TestChecks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.listen());
    QVERIFY(m_auth0.listen());
    m_auth0.setTimeScale(0.05);
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<SecretStore>(m_profiles.get());
    m_secrets->setService(QStringLiteral("sms-hook-checks-test"));
    m_log = std::make_unique<DeliveryLog>(m_dir.filePath(QStringLiteral("log.sqlite")));
    QSignalSpy opened(m_log.get(), &DeliveryLog::opened);
    m_log->open();
    QVERIFY(opened.wait(10000));
    QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
}

// ---- helpers ------------------------------------------------------------------------------

bool TestChecks::apply(const QString &profile, const QMap<QString, QString> &values)
{
    SecretsJob *job = m_secrets->apply(profile, values);
    QSignalSpy done(job, &SecretsJob::finished);
    const bool ok = done.wait(15000) && !job->failed();
    return ok;
}

QMap<QString, QString> TestChecks::read(const QString &profile, const QStringList &names)
{
    SecretsJob *job = m_secrets->read(profile, names);
    QSignalSpy done(job, &SecretsJob::finished);
    if (!done.wait(15000) || job->failed())
        return {};
    return job->values();
}

Profile TestChecks::makeProfile(const QMap<QString, QString> &secrets, const QString &region)
{
    Profile p;
    p.name = QString::fromLatin1(QTest::currentTestFunction());
    if (const char *tag = QTest::currentDataTag())
        p.name += QLatin1Char('-') + QString::fromLatin1(tag);
    p.defaultRegion = region.isEmpty() ? QStringLiteral("US") : region;
    p.apiBaseUrl = m_sandbox.baseUrl();
    p.verifyBaseUrl = m_sandbox.baseUrl();
    m_profiles->save(p);
    if (!secrets.isEmpty() && !apply(p.name, secrets))
        qWarning("could not store the test secrets");
    return m_profiles->load(p.name).value_or(p);
}

std::unique_ptr<Checklist> TestChecks::checklist(const Profile &profile, const QString &recipient)
{
    auto c = std::make_unique<Checklist>(m_profiles.get(), m_secrets.get(), &m_nam, m_log.get());
    c->setTimeoutMs(5000);
    c->setProfile(profile);
    c->setRecipient(recipient);
    return c;
}

QList<CheckItem> TestChecks::runAll(const Profile &profile, const QString &recipient)
{
    auto c = checklist(profile, recipient);
    QSignalSpy finished(c.get(), &Checklist::finished);
    QSignalSpy progress(c.get(), &Checklist::progress);
    if (!c->runAll())
        return {};
    if (finished.size() != 0) // never inside runAll()
        return {};
    if (!finished.wait(20000))
        return {};
    QTest::qWait(50); // a second emission would show up here
    if (finished.size() != 1 || progress.last().at(0).toInt() != 7)
        return {};
    return c->items();
}

CheckItem TestChecks::find(const QList<CheckItem> &items, const QString &id)
{
    for (const CheckItem &item : items) {
        if (item.id == id)
            return item;
    }
    return {};
}

QString TestChecks::dump(const CheckItem &item)
{
    return QStringLiteral("%1 [%2] %3")
        .arg(item.id, CheckItem::stateName(item.state), item.finding);
}

void TestChecks::insertAttempt(const Attempt &attempt)
{
    bool done = false;
    m_log->beginAttempt(attempt, this, [&done](qint64, const QString &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
}

#define EXPECT_STATE(items, id, expected)                                                          \
    do {                                                                                           \
        const CheckItem found_ = find(items, id);                                                  \
        QVERIFY2(found_.state == (expected), qPrintable(dump(found_)));                            \
    } while (false)

// ---- pure judges --------------------------------------------------------------------------

void TestChecks::judgeCredentials()
{
    // Missing and malformed secrets are refused before any request.
    auto refused = CheckJudge::credentialsInput({{SecretNames::AccountSid, m_f.accountSid}});
    QVERIFY(refused);
    QCOMPARE(refused->state, State::Fail);
    QVERIFY(refused->finding.contains(SecretNames::AuthToken));
    QVERIFY(refused->hasFix(CheckFix::Kind::OpenSecret));
    QCOMPARE(refused->fix(CheckFix::Kind::OpenSecret)->argument, SecretNames::AuthToken);
    refused = CheckJudge::credentialsInput(
        {{SecretNames::AccountSid, m_f.accountSid}, {SecretNames::AuthToken, QStringLiteral("x")}});
    QVERIFY(refused && refused->state == State::Fail);
    QVERIFY(!CheckJudge::credentialsInput(
        {{SecretNames::AccountSid, m_f.accountSid}, {SecretNames::AuthToken, m_f.authToken}}));

    // 401 / 20003: fail, with the fix.
    const TwilioError denied = TwilioError::http(401, 20003, QStringLiteral("Authenticate"), {});
    CheckItem item = CheckJudge::credentials({}, denied);
    QCOMPARE(item.state, State::Fail);
    QVERIFY2(item.finding.contains(QStringLiteral("20003")), qPrintable(item.finding));
    QVERIFY(item.details.contains(QStringLiteral("Account Info")));
    QVERIFY(item.hasFix(CheckFix::Kind::OpenSecret));
    QVERIFY(!CheckJudge::credentialsWork(item));

    // No network: one sentence in the finding, the explanation once in the details, as
    // paragraphs, never the same run-on paragraph twice.
    const TwilioError offline = TwilioError::network(
        QStringLiteral("api.twilio.com"), QStringLiteral("Host api.twilio.com not found"), true);
    item = CheckJudge::credentials({}, offline);
    QCOMPARE(item.state, State::Fail);
    QVERIFY2(item.finding.contains(QLatin1String("Could not reach api.twilio.com.")),
             qPrintable(item.finding));
    QVERIFY2(!item.finding.contains(QLatin1String("Possible causes")), qPrintable(item.finding));
    QVERIFY2(!item.finding.contains(QLatin1String("What to do")), qPrintable(item.finding));
    QCOMPARE(item.details.count(QLatin1String("Check the network connection")), 1);
    QVERIFY2(item.details.contains(QLatin1String("**What to do**\n\n")), qPrintable(item.details));
    QVERIFY2(item.details.contains(QLatin1String("Host api.twilio.com not found")),
             qPrintable(item.details));

    Account a;
    a.sid = m_f.accountSid;
    a.friendlyName = QStringLiteral("Acme");
    a.type = QStringLiteral("Full");
    a.status = QStringLiteral("suspended");
    item = CheckJudge::credentials(a, {});
    QCOMPARE(item.state, State::Fail);
    QVERIFY(item.finding.contains(QStringLiteral("suspended")));
    QVERIFY(!CheckJudge::credentialsWork(item));
    a.status = QStringLiteral("closed");
    QCOMPARE(CheckJudge::credentials(a, {}).state, State::Fail);
    a.status = QStringLiteral("active");
    item = CheckJudge::credentials(a, {});
    QCOMPARE(item.state, State::Pass);
    QVERIFY(item.finding.contains(m_f.accountSid)); // an SID is not a credential
    QVERIFY(CheckJudge::credentialsWork(item));
}

void TestChecks::judgeE164_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("rewrite"); // the E.164 fix offered, empty: none

    const int pass = int(State::Pass), warn = int(State::Warning), fail = int(State::Fail);
    QTest::newRow("good") << "+15005550006"
                          << "+14155552671"
                          << "US" << pass << "";
    QTest::newRow("no recipient") << "+15005550006"
                                  << ""
                                  << "US" << pass << "";
    QTest::newRow("messaging service") << "MG5a2db0c000000000000000000000f011"
                                       << "+14155552671"
                                       << "US" << pass << "";
    QTest::newRow("national format") << "(415) 555-0100"
                                     << "+14155552671"
                                     << "US" << fail << "+14155550100";
    QTest::newRow("00 prefix") << "0044 7911 123456"
                               << ""
                               << "GB" << fail << "+447911123456";
    QTest::newRow("spaces") << "+1 500 555 0006"
                            << ""
                            << "US" << fail << "+15005550006";
    QTest::newRow("not a number") << "hello"
                                  << ""
                                  << "US" << fail << "";
    QTest::newRow("recipient invalid") << "+15005550006"
                                       << "+1415"
                                       << "US" << fail << "";
    QTest::newRow("recipient fixed line") << "+15005550006"
                                          << "+442071838750"
                                          << "US" << warn << "";
    QTest::newRow("recipient national") << "+15005550006"
                                        << "07911 123456"
                                        << "GB" << pass << "";
}

void TestChecks::judgeE164()
{
    QFETCH(QString, sender);
    QFETCH(QString, recipient);
    QFETCH(QString, region);
    QFETCH(int, state);
    QFETCH(QString, rewrite);
    const CheckItem item = CheckJudge::e164(sender, recipient, region);
    QVERIFY2(int(item.state) == state, qPrintable(dump(item)));
    QCOMPARE(item.id, Ids::e164());
    if (recipient.isEmpty()) {
        // A recipient nobody gave was not checked: never listed as a pass.
        QVERIFY2(!item.details.contains(QLatin1String("**Pass**: no test recipient")),
                 qPrintable(item.details));
        QVERIFY2(item.details.contains(
                     QLatin1String("**Not checked**: the test recipient was not checked")),
                 qPrintable(item.details));
    }
    const auto fix = item.fix(CheckFix::Kind::RewriteE164);
    QCOMPARE(fix.has_value(), !rewrite.isEmpty());
    if (fix) {
        QCOMPARE(fix->argument, rewrite);
        QVERIFY(item.finding.contains(rewrite));
    }
}

void TestChecks::judgeSender()
{
    SenderFindings f;
    f.phoneNumber = QStringLiteral("+15005550006");
    f.region = QStringLiteral("US");
    f.numberLooked = true;
    CheckItem item = CheckJudge::sender(f);
    QCOMPARE(item.state, State::Fail); // not among the account's numbers
    QVERIFY2(item.finding.contains(QStringLiteral("not a phone number of this account")),
             qPrintable(item.finding));
    QVERIFY(item.hasFix(CheckFix::Kind::OpenUrl));

    f.numbers = {{QStringLiteral("PN1"), QStringLiteral("+15005550006"), false, true, false}};
    item = CheckJudge::sender(f);
    QCOMPARE(item.state, State::Fail);
    QVERIFY(item.finding.contains(QStringLiteral("cannot send SMS")));
    QVERIFY(item.fix(CheckFix::Kind::OpenUrl)->argument.contains(QStringLiteral("PN1")));

    f.numbers.first().sms = true;
    QCOMPARE(CheckJudge::sender(f).state, State::Pass);

    // Verify service: custom codes off fails, on passes; both parts count.
    f.verifyServiceSid = m_f.verifyServiceSid;
    f.serviceLooked = true;
    f.service = {m_f.verifyServiceSid, QStringLiteral("Svc"), false};
    item = CheckJudge::sender(f);
    QCOMPARE(item.state, State::Fail);
    QVERIFY(item.finding.contains(QStringLiteral("custom codes")));
    QVERIFY(item.details.contains(QStringLiteral("60204")));
    f.service.customCodeEnabled = true;
    QCOMPARE(CheckJudge::sender(f).state, State::Pass);

    SenderFindings none;
    item = CheckJudge::sender(none);
    QCOMPARE(item.state, State::Fail);
    QCOMPARE(item.fix(CheckFix::Kind::OpenSecret)->argument, SecretNames::PhoneNumber);
}

void TestChecks::judgeTrial()
{
    Account full;
    full.type = QStringLiteral("Full");
    full.status = QStringLiteral("active");
    CheckItem item = CheckJudge::trial(full, m_recipient, QStringLiteral("US"), {}, {});
    QCOMPARE(item.state, State::Pass);
    QVERIFY(item.finding.contains(QStringLiteral("Not a trial account")));

    Account trial = full;
    trial.type = QStringLiteral("Trial");
    item = CheckJudge::trial(trial, m_recipient, QStringLiteral("US"), {}, {});
    QCOMPARE(item.state, State::Fail);
    QVERIFY(item.finding.contains(QStringLiteral("21608")));
    QVERIFY(item.details.contains(ErrorDictionary::docsUrl(21608).toString()));
    item = CheckJudge::trial(trial, m_recipient, QStringLiteral("US"),
                             {{QStringLiteral("PN"), m_recipient}}, {});
    QCOMPARE(item.state, State::Pass);
    QCOMPARE(CheckJudge::trial(trial, {}, QStringLiteral("US"), {}, {}).state, State::Warning);
}

void TestChecks::judgeSecrets()
{
    const QMap<QString, QString> good = SandboxProfile::secrets();
    // No hook code: the usual secrets, and a warning that sends to the Hook code page.
    CheckItem item = CheckJudge::secrets(good, std::nullopt, QStringLiteral("US"));
    QCOMPARE(item.state, State::Warning);
    QVERIFY(item.hasFix(CheckFix::Kind::OpenHookCode));
    QVERIFY(!item.details.contains(m_f.authToken));

    const QStringList used {SecretNames::AccountSid, SecretNames::AuthToken,
                            SecretNames::PhoneNumber};
    item = CheckJudge::secrets(good, used, QStringLiteral("US"));
    QVERIFY2(item.state == State::Pass, qPrintable(dump(item)));

    QMap<QString, QString> missing = good;
    missing.remove(SecretNames::AuthToken);
    item = CheckJudge::secrets(missing, used, QStringLiteral("US"));
    QCOMPARE(item.state, State::Fail);
    QVERIFY(item.finding.contains(SecretNames::AuthToken));
    QCOMPARE(item.fix(CheckFix::Kind::OpenSecret)->argument, SecretNames::AuthToken);

    QMap<QString, QString> malformed = good;
    malformed.insert(SecretNames::AccountSid, QStringLiteral("SK123"));
    item = CheckJudge::secrets(malformed, used, QStringLiteral("US"));
    QCOMPARE(item.state, State::Fail);

    // A name the code reads that is not in the keychain (a typo in the code or the secret).
    item = CheckJudge::secrets(good, used + QStringList {QStringLiteral("TWILIO_FROM")},
                               QStringLiteral("US"));
    QCOMPARE(item.state, State::Fail);
    QVERIFY(item.finding.contains(QStringLiteral("TWILIO_FROM")));
}

void TestChecks::judgeLastSend()
{
    CheckItem item = CheckJudge::lastSend(std::nullopt, m_recipient);
    QCOMPARE(item.state, State::NotChecked);
    QCOMPARE(item.fix(CheckFix::Kind::SendTest)->argument, m_recipient);

    Attempt a;
    a.to = m_recipient;
    a.sid = QStringLiteral("SM0123");
    a.status = QStringLiteral("delivered");
    a.outcome = Attempt::Outcome::Delivered;
    QCOMPARE(CheckJudge::lastSend(a, {}).state, State::Pass);
    a.status = QStringLiteral("sent");
    a.outcome = Attempt::Outcome::Sent;
    QCOMPARE(CheckJudge::lastSend(a, {}).state, State::Warning);
    a.outcome = Attempt::Outcome::Pending;
    QCOMPARE(CheckJudge::lastSend(a, {}).state, State::Warning);

    a.sid.clear();
    a.status.clear();
    a.outcome = Attempt::Outcome::Rejected;
    a.errorCode = 21408;
    item = CheckJudge::lastSend(a, {});
    QCOMPARE(item.state, State::Fail);
    QVERIFY(item.finding.contains(QStringLiteral("21408")));
    QCOMPARE(item.fix(CheckFix::Kind::OpenUrl)->argument,
             QStringLiteral("https://console.twilio.com/us1/develop/sms/settings/geo-permissions"));
    QVERIFY(item.hasFix(CheckFix::Kind::SendTest));

    // Twilio never answered: a warning that delivery was not tested, never "Refused by Twilio".
    a.outcome = Attempt::Outcome::NotSent;
    a.errorCode = 0;
    a.errorMessage = QStringLiteral("Could not reach api.twilio.com.");
    item = CheckJudge::lastSend(a, {});
    QCOMPARE(item.state, State::Warning);
    QVERIFY2(item.finding.contains(QLatin1String("never reached Twilio")),
             qPrintable(item.finding));
    QVERIFY2(!item.finding.contains(QLatin1String("Refused")), qPrintable(item.finding));
    QCOMPARE(item.finding.count(QLatin1String("Could not reach")), 1);
    QVERIFY(item.hasFix(CheckFix::Kind::SendTest));
    a.errorMessage.clear();

    a.outcome = Attempt::Outcome::Failed;
    a.status = QStringLiteral("undelivered");
    a.errorCode = 30003;
    item = CheckJudge::lastSend(a, {});
    QCOMPARE(item.state, State::Fail);
    // Twilio's causes and solutions, from the dictionary.
    const ErrorExplanation e = ErrorDictionary::lookup(30003);
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(item.details.contains(QStringLiteral("Possible causes")));
    QVERIFY(!item.hasFix(CheckFix::Kind::OpenUrl));
}

void TestChecks::judgeHookActive()
{
    CheckItem item = CheckJudge::tenantManual(false, {});
    QCOMPARE(item.state, State::Manual);
    QVERIFY(item.details.contains(QStringLiteral("Multi-factor Auth")));
    QVERIFY(item.details.contains(QStringLiteral("Custom")));
    QCOMPARE(item.fix(CheckFix::Kind::ConfirmManual)->argument, QStringLiteral("1"));
    item = CheckJudge::tenantManual(true, QDateTime::currentDateTimeUtc());
    QCOMPARE(item.state, State::Pass);
    QCOMPARE(item.fix(CheckFix::Kind::ConfirmManual)->argument, QStringLiteral("0"));
}

void TestChecks::reportHasNoSecrets()
{
    QList<CheckItem> items;
    for (const QString &id : CheckItem::allIds())
        items << CheckItem::initial(id);
    items[2] = CheckJudge::credentials({}, TwilioError::http(401, 20003, {}, {}));
    items[3] = CheckJudge::secrets(SandboxProfile::secrets(), std::nullopt, QStringLiteral("US"));
    const QString md
        = ChecklistReport::markdown(QStringLiteral("Prod"), items, QDateTime::currentDateTimeUtc());
    QVERIFY(md.startsWith(QStringLiteral("# ")));
    QVERIFY(md.contains(QStringLiteral("Prod")));
    for (const CheckItem &item : items)
        QVERIFY(md.contains(item.title));
    QVERIFY(md.contains(QStringLiteral("**Fail**")));
    QVERIFY(!md.contains(m_f.authToken));
    QVERIFY(ChecklistReport::anyFailed(items));
    const QJsonArray json = ChecklistReport::itemsJson(items);
    QCOMPARE(json.size(), 7);
    QCOMPARE(json.at(2).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("fail"));
}

// ---- against the sandbox ------------------------------------------------------------------

void TestChecks::allGoodProfilePasses()
{
    const Profile p = makeProfile(SandboxProfile::secrets());
    QString error;
    QVERIFY2(HookCodeStore::save(
                 p.name,
                 QStringLiteral("module.exports = function(recipient, text, context, cb) {\n"
                                "  const s = context.webtask.secrets;\n"
                                "  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, "
                                "s.TWILIO_AUTH_TOKEN);\n"
                                "  client.messages.create({ body: text, from: "
                                "context.webtask.secrets.TWILIO_PHONE_NUMBER, to: recipient "
                                "}).then(() => cb(null, {})).catch(cb);\n"
                                "};\n"),
                 &error),
             qPrintable(error));
    const QList<CheckItem> items = runAll(p, m_recipient);
    QCOMPARE(items.size(), 7);
    EXPECT_STATE(items, Ids::tenant(), State::Manual);
    for (const QString &id :
         {Ids::secrets(), Ids::credentials(), Ids::sender(), Ids::e164(), Ids::trial()})
        EXPECT_STATE(items, id, State::Pass);
    EXPECT_STATE(items, Ids::lastSend(), State::NotChecked);
    QVERIFY(find(items, Ids::sender()).finding.contains(QStringLiteral("custom codes")));
    // The account, the number, the service and the caller ID: asked once each.
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("GET"),
                                    QStringLiteral("*/IncomingPhoneNumbers.json")),
             1);
}

void TestChecks::unsavedCodeIsJudgedAsTheTemplate()
{
    // A fresh profile whose code was never saved (the tour never saves it): the checklist
    // judges the template the Hook code page opens, and warns of nothing.
    const Profile p = makeProfile(SandboxProfile::secrets());
    QVERIFY(!HookCodeStore::hasCode(p.name));
    const QList<CheckItem> items = runAll(p, m_recipient);
    const CheckItem secrets = find(items, Ids::secrets());
    QVERIFY2(secrets.state == State::Pass, qPrintable(dump(secrets)));
    QVERIFY2(secrets.details.contains(HookTemplates::forProfile(p.secretNames).title),
             qPrintable(secrets.details));
    // The Verify template does not read TWILIO_PHONE_NUMBER: no hint to look for a typo.
    QVERIFY2(!secrets.details.contains(QLatin1String("typos")), qPrintable(secrets.details));
}

void TestChecks::wrongToken()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::AuthToken, QStringLiteral("0123456789abcdef0123456789abcdef"));
    const Profile p = makeProfile(secrets);
    const QList<CheckItem> items = runAll(p, m_recipient);
    QCOMPARE(items.size(), 7);
    const CheckItem credentials = find(items, Ids::credentials());
    QCOMPARE(credentials.state, State::Fail);
    QVERIFY2(credentials.finding.contains(QStringLiteral("20003")),
             qPrintable(credentials.finding));
    QVERIFY(credentials.hasFix(CheckFix::Kind::OpenSecret));
    for (const QString &id : {Ids::sender(), Ids::trial()}) {
        const CheckItem item = find(items, id);
        QCOMPARE(item.state, State::NotChecked);
        QVERIFY2(item.finding.contains(QStringLiteral("needs working credentials (item 3)"),
                                       Qt::CaseInsensitive),
                 qPrintable(item.finding));
    }
    EXPECT_STATE(items, Ids::e164(), State::Pass);
    // Nothing in the report gives the token away.
    const QString md = ChecklistReport::markdown(p.name, items, QDateTime::currentDateTimeUtc());
    QVERIFY(!md.contains(secrets.value(SecretNames::AuthToken)));
}

void TestChecks::suspendedAccount()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::AccountSid, m_f.suspendedAccountSid);
    secrets.insert(SecretNames::AuthToken, m_f.suspendedAuthToken);
    const QList<CheckItem> items = runAll(makeProfile(secrets), m_recipient);
    const CheckItem credentials = find(items, Ids::credentials());
    QCOMPARE(credentials.state, State::Fail);
    QVERIFY2(credentials.finding.contains(QStringLiteral("suspended")),
             qPrintable(credentials.finding));
    EXPECT_STATE(items, Ids::sender(), State::NotChecked);
    EXPECT_STATE(items, Ids::trial(), State::NotChecked);
}

void TestChecks::numberNotOwned()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::PhoneNumber, QStringLiteral("+14155550199"));
    const QList<CheckItem> items = runAll(makeProfile(secrets), m_recipient);
    const CheckItem sender = find(items, Ids::sender());
    QCOMPARE(sender.state, State::Fail);
    QVERIFY2(sender.finding.contains(QStringLiteral("+14155550199 is not a phone number of this "
                                                    "account")),
             qPrintable(sender.finding));
    QVERIFY(sender.hasFix(CheckFix::Kind::OpenUrl));
    QVERIFY(sender.details.contains(QStringLiteral("21606")));
}

void TestChecks::numberWithoutSms()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::PhoneNumber, m_f.voiceOnlyNumber);
    const QList<CheckItem> items = runAll(makeProfile(secrets), m_recipient);
    const CheckItem sender = find(items, Ids::sender());
    QCOMPARE(sender.state, State::Fail);
    QVERIFY2(sender.finding.contains(QStringLiteral("cannot send SMS")),
             qPrintable(sender.finding));
    // The fix opens that very number in the Twilio Console.
    QVERIFY(sender.fix(CheckFix::Kind::OpenUrl)->argument.contains(QStringLiteral("/incoming/PN")));
}

void TestChecks::trialUnverifiedRecipient()
{
    QMap<QString, QString> secrets;
    secrets.insert(SecretNames::AccountSid, m_f.trialAccountSid);
    secrets.insert(SecretNames::AuthToken, m_f.trialAuthToken);
    secrets.insert(SecretNames::PhoneNumber, m_f.smsNumber);
    const Profile p = makeProfile(secrets);
    QList<CheckItem> items = runAll(p, m_recipient);
    const CheckItem trial = find(items, Ids::trial());
    QCOMPARE(trial.state, State::Fail);
    QVERIFY2(trial.finding.contains(QStringLiteral("21608")), qPrintable(trial.finding));
    QVERIFY(trial.finding.contains(m_recipient));
    QVERIFY(find(items, Ids::credentials()).finding.contains(QStringLiteral("trial")));

    // A verified caller ID passes.
    items = runAll(p, m_f.trialVerifiedCallerIds.first());
    EXPECT_STATE(items, Ids::trial(), State::Pass);
}

void TestChecks::verifyCustomCodesOff()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::VerifyServiceSid, m_f.verifyServiceSid);
    const QList<CheckItem> items = runAll(makeProfile(secrets), m_recipient);
    const CheckItem sender = find(items, Ids::sender());
    QCOMPARE(sender.state, State::Fail);
    QVERIFY2(sender.finding.contains(QStringLiteral("does not accept custom codes")),
             qPrintable(sender.finding));
    QVERIFY(sender.details.contains(QStringLiteral("60204")));
}

void TestChecks::messagingService()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::PhoneNumber, m_f.messagingServiceSid);
    const Profile p = makeProfile(secrets);
    QList<CheckItem> items = runAll(p, m_recipient);
    EXPECT_STATE(items, Ids::sender(), State::Pass);
    EXPECT_STATE(items, Ids::e164(), State::Pass);

    QVERIFY(
        apply(p.name,
              {{SecretNames::PhoneNumber, QStringLiteral("MG0000000000000000000000000000dead")}}));
    items = runAll(p, m_recipient);
    const CheckItem sender = find(items, Ids::sender());
    QCOMPARE(sender.state, State::Fail);
    QVERIFY2(sender.finding.contains(QStringLiteral("does not exist")), qPrintable(sender.finding));
}

void TestChecks::senderNotE164AndFix()
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretNames::PhoneNumber, QStringLiteral("(500) 555-0006"));
    const Profile p = makeProfile(secrets);
    auto c = checklist(p, m_recipient);
    QSignalSpy finished(c.get(), &Checklist::finished);
    QVERIFY(c->runAll());
    QVERIFY(finished.wait(20000));
    CheckItem e164 = c->item(Ids::e164());
    QCOMPARE(e164.state, State::Fail);
    QVERIFY(e164.finding.contains(QStringLiteral("(500) 555-0006")));
    const auto fix = e164.fix(CheckFix::Kind::RewriteE164);
    QVERIFY(fix);
    QCOMPARE(fix->argument, QStringLiteral("+15005550006"));
    // The number was looked up in its E.164 form all the same.
    QCOMPARE(c->item(Ids::sender()).state, State::Pass);

    QSignalSpy applied(c.get(), &Checklist::fixApplied);
    QVERIFY(c->applyFix(*fix));
    QVERIFY(applied.wait(15000));
    QVERIFY2(applied.first().at(1).toBool(), qPrintable(applied.first().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(c->item(Ids::e164()).state, State::Pass);
    QCOMPARE(c->item(Ids::sender()).state, State::Pass);
    QCOMPARE(read(p.name, {SecretNames::PhoneNumber}).value(SecretNames::PhoneNumber),
             QStringLiteral("+15005550006"));

    // The fix never stores anything but an E.164 number.
    QSignalSpy refused(c.get(), &Checklist::fixApplied);
    QVERIFY(c->applyFix({CheckFix::Kind::RewriteE164, {}, QStringLiteral("415 555")}));
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().at(1).toBool());
}

void TestChecks::runOneItem()
{
    const Profile p = makeProfile(SandboxProfile::secrets());
    auto c = checklist(p, m_recipient);
    QList<QString> changed;
    connect(c.get(), &Checklist::itemChanged, this,
            [&changed](const CheckItem &item) { changed << item.id; });
    QSignalSpy finished(c.get(), &Checklist::finished);
    QSignalSpy progress(c.get(), &Checklist::progress);
    m_sandbox.reset();
    QVERIFY(c->runItem(Ids::trial()));
    QVERIFY(!c->runAll()); // one run at a time
    QVERIFY(finished.wait(20000));
    QCOMPARE(c->item(Ids::trial()).state, State::Pass);
    QCOMPARE(c->item(Ids::credentials()).state, State::NotChecked); // needed, not reported
    for (const QString &id : std::as_const(changed))
        QCOMPARE(id, Ids::trial());
    QCOMPARE(progress.last().at(0).toInt(), 1);
    QCOMPARE(progress.last().at(1).toInt(), 1);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("GET"),
                                    QStringLiteral("*/IncomingPhoneNumbers.json")),
             0);
}

void TestChecks::lastSendFromLog()
{
    const Profile p = makeProfile(SandboxProfile::secrets());
    Attempt a;
    a.profile = p.name;
    a.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    a.updatedAt = a.createdAt;
    a.to = QStringLiteral("+15005550003");
    a.from = m_f.smsNumber;
    a.outcome = Attempt::Outcome::Rejected;
    a.errorCode = 21408;
    a.errorMessage = QStringLiteral("Permission to send an SMS has not been enabled");
    insertAttempt(a);
    // An import from Twilio's own log is newer but is not a test send.
    Attempt imported = a;
    imported.source = Attempt::Source::Twilio;
    imported.createdAt = a.createdAt.addSecs(30);
    imported.sid = QStringLiteral("SM00000000000000000000000000000001");
    imported.outcome = Attempt::Outcome::Delivered;
    imported.errorCode = 0;
    insertAttempt(imported);

    QList<CheckItem> items = runAll(p, m_recipient);
    CheckItem last = find(items, Ids::lastSend());
    QCOMPARE(last.state, State::Fail);
    QVERIFY2(last.finding.contains(QStringLiteral("21408")), qPrintable(last.finding));
    QCOMPARE(last.fix(CheckFix::Kind::OpenUrl)->argument,
             CheckJudge::geoPermissionsUrl().toString());

    Attempt delivered = a;
    delivered.createdAt = QDateTime::currentDateTimeUtc();
    delivered.sid = QStringLiteral("SM00000000000000000000000000000002");
    delivered.status = QStringLiteral("delivered");
    delivered.outcome = Attempt::Outcome::Delivered;
    delivered.errorCode = 0;
    insertAttempt(delivered);
    items = runAll(p, m_recipient);
    EXPECT_STATE(items, Ids::lastSend(), State::Pass);
}

void TestChecks::judgeLastLogin()
{
    TenantLogRecord event;
    event.type = QStringLiteral("gd_send_sms");
    event.at = QDateTime::currentDateTimeUtc();
    event.recipient = m_recipient;
    event.executionId = QStringLiteral("exec-1");
    TenantChain chain;
    chain.kind = TenantChain::Kind::NoTwilioMessage;
    chain.event = event;
    // Auth0 sent, Twilio never saw it.
    CheckItem item = CheckJudge::lastLogin(chain, {});
    QCOMPARE(item.state, State::Fail);
    QVERIFY2(item.finding.contains(QStringLiteral("never reached Twilio")),
             qPrintable(item.finding));
    QVERIFY2(item.details.contains(QStringLiteral("execution exec-1")), qPrintable(item.details));
    QCOMPARE(item.fix(CheckFix::Kind::SendTest)->argument, m_recipient);
    // The Action failed the send.
    chain.event->type = QStringLiteral("gd_send_sms_failure");
    chain.event->failureCode = QStringLiteral("21211");
    chain.event->failureMessage = QStringLiteral("invalid To");
    item = CheckJudge::lastLogin(chain, {});
    QCOMPARE(item.state, State::Fail);
    QVERIFY2(item.finding.contains(QStringLiteral("never reached Twilio"))
                 && item.finding.contains(QStringLiteral("21211 invalid To")),
             qPrintable(item.finding));
    // Twilio took it and could not deliver it: told apart.
    chain.event->type = QStringLiteral("gd_send_sms");
    chain.kind = TenantChain::Kind::Linked;
    Attempt a;
    a.createdAt = event.at.addSecs(-1);
    a.to = m_recipient;
    a.sid = QStringLiteral("SM00000000000000000000000000000009");
    a.status = QStringLiteral("undelivered");
    a.outcome = Attempt::Outcome::Failed;
    a.errorCode = 30003;
    a.timeline = {{QStringLiteral("undelivered"), event.at.addSecs(4), 30003, {}}};
    chain.attempt = a;
    item = CheckJudge::lastLogin(chain, {});
    QCOMPARE(item.state, State::Fail);
    QVERIFY2(item.finding.startsWith(QStringLiteral("Twilio could not deliver")),
             qPrintable(item.finding));
    QVERIFY(item.finding.contains(QStringLiteral("30003")));
    QVERIFY(item.details.contains(QStringLiteral("Possible causes")));
    // Delivered.
    chain.attempt->outcome = Attempt::Outcome::Delivered;
    chain.attempt->status = QStringLiteral("delivered");
    chain.attempt->timeline = {{QStringLiteral("delivered"), event.at.addSecs(4), 0, {}}};
    item = CheckJudge::lastLogin(chain, {});
    QCOMPARE(item.state, State::Pass);
    QVERIFY2(item.details.contains(QStringLiteral("(+5.0 s)")), qPrintable(item.details));
}

void TestChecks::lastLoginFromTenantLog()
{
    const Profile p = makeProfile(SandboxProfile::secrets());
    Attempt test;
    test.profile = p.name;
    test.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    test.to = m_recipient;
    test.sid = QStringLiteral("SM00000000000000000000000000000010");
    test.status = QStringLiteral("delivered");
    test.outcome = Attempt::Outcome::Delivered;
    insertAttempt(test);
    // A login's text Twilio could not deliver, newer than the test send.
    Attempt login = test;
    login.source = Attempt::Source::Twilio;
    login.createdAt = QDateTime::currentDateTimeUtc().addSecs(-120);
    login.sid = QStringLiteral("SM00000000000000000000000000000011");
    login.status = QStringLiteral("undelivered");
    login.outcome = Attempt::Outcome::Failed;
    login.errorCode = 30003;
    insertAttempt(login);
    const auto storeEvent = [&](const QString &logId, const QDateTime &at) {
        TenantLogRecord r;
        r.logId = logId;
        r.profile = p.name;
        r.type = QStringLiteral("gd_send_sms");
        r.at = at;
        r.recipient = m_recipient;
        TenantLogStore::SyncState state;
        state.profile = p.name;
        state.since = at.date();
        bool done = false;
        TenantLogStore::storePage(m_log.get(), {r}, state, this,
                                  [&done](int, int, const QString &) { done = true; });
        QTRY_VERIFY(done);
    };
    storeEvent(QStringLiteral("90001"), login.createdAt.addSecs(1));
    QList<CheckItem> items = runAll(p, m_recipient);
    CheckItem last = find(items, Ids::lastSend());
    QCOMPARE(last.state, State::Fail);
    QVERIFY2(last.finding.startsWith(QStringLiteral("Twilio could not deliver")),
             qPrintable(last.finding));

    // A newer login whose text never reached Twilio.
    storeEvent(QStringLiteral("90002"), QDateTime::currentDateTimeUtc().addSecs(-10));
    items = runAll(p, m_recipient);
    last = find(items, Ids::lastSend());
    QCOMPARE(last.state, State::Fail);
    QVERIFY2(last.finding.contains(QStringLiteral("never reached Twilio")),
             qPrintable(last.finding));
}

void TestChecks::cancelFinishesOnce()
{
    const Profile p = makeProfile(SandboxProfile::secrets());
    auto c = checklist(p, m_recipient);
    QSignalSpy finished(c.get(), &Checklist::finished);
    QVERIFY(c->runAll());
    QCOMPARE(c->item(Ids::credentials()).state, State::Running);
    c->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!c->isRunning());
    QCOMPARE(c->item(Ids::credentials()).state, State::NotChecked);
    QTest::qWait(300); // late answers of the cancelled run change nothing
    QCOMPARE(finished.size(), 1);
    QCOMPARE(c->item(Ids::credentials()).state, State::NotChecked);
    // And the next run goes through.
    QVERIFY(c->runAll());
    QVERIFY(finished.wait(20000));
    QCOMPARE(c->item(Ids::credentials()).state, State::Pass);
}

void TestChecks::manualConfirmationRemembered()
{
    const Profile p = makeProfile({});
    auto c = checklist(p);
    QVERIFY(!c->isManualConfirmed());
    QSignalSpy applied(c.get(), &Checklist::fixApplied);
    QVERIFY(c->applyFix(*CheckJudge::tenantManual(false, {}).fix(CheckFix::Kind::ConfirmManual)));
    QCOMPARE(applied.size(), 1);
    QVERIFY(applied.first().at(1).toBool());
    QCOMPARE(c->item(Ids::tenant()).state, State::Pass);

    // Another checklist (a later session) on the same profile knows it; another profile not.
    auto again = checklist(p);
    QVERIFY(again->isManualConfirmed());
    QVERIFY(again->manualConfirmedAt().isValid());
    QSignalSpy finished(again.get(), &Checklist::finished);
    QVERIFY(again->runItem(Ids::tenant()));
    QVERIFY(finished.wait(5000));
    QCOMPARE(again->item(Ids::tenant()).state, State::Pass);
    Profile other = p;
    other.name = QStringLiteral("other-profile");
    m_profiles->save(other);
    QVERIFY(!checklist(other)->isManualConfirmed());

    // Removing the profile forgets it.
    m_profiles->remove(p.name);
    m_profiles->save(p);
    QVERIFY(!checklist(p)->isManualConfirmed());
}

void TestChecks::hookCodeNamesMissingSecret()
{
    const Profile p = makeProfile(SandboxProfile::secrets());
    QVERIFY(HookCodeStore::save(
        p.name,
        QStringLiteral("module.exports = function(recipient, text, context, cb) {\n"
                       "  const sid = context.webtask.secrets.TWILIO_ACCOUNT_SID;\n"
                       "  const token = context.webtask.secrets.TWILIO_AUTH_TOKEN;\n"
                       "  const from = context.webtask.secrets['TWILIO_FROM_NUMBER'];\n"
                       "  cb(null, {});\n"
                       "};\n")));
    auto c = checklist(p, m_recipient);
    QSignalSpy finished(c.get(), &Checklist::finished);
    QVERIFY(c->runItem(Ids::secrets()));
    QVERIFY(finished.wait(20000));
    const CheckItem item = c->item(Ids::secrets());
    QCOMPARE(item.state, State::Fail);
    QVERIFY2(item.finding.contains(QStringLiteral("TWILIO_FROM_NUMBER is not set")),
             qPrintable(item.finding));
    QCOMPARE(item.fix(CheckFix::Kind::OpenSecret)->argument, QStringLiteral("TWILIO_FROM_NUMBER"));
    // TWILIO_PHONE_NUMBER is set and the code never reads it, but the Run page sends from it:
    // no advice that would break that.
    QVERIFY2(!item.details.contains(QLatin1String("not read")), qPrintable(item.details));
}

Profile TestChecks::connectedProfile(Auth0Sandbox::Mode mode)
{
    QMap<QString, QString> secrets = SandboxProfile::secrets();
    secrets.insert(SecretRules::auth0ClientSecretName(),
                   Auth0SandboxFixtures::fullClient().clientSecret);
    Profile p = makeProfile(secrets);
    p.auth0.domain = Auth0Sandbox::tenant(mode).domain;
    p.auth0.clientId = Auth0SandboxFixtures::fullClient().clientId;
    p.auth0.baseUrl = m_auth0.baseUrl(mode);
    m_profiles->save(p);
    return *m_profiles->load(p.name);
}

bool TestChecks::tenantCall(Auth0Sandbox::Mode mode, const Auth0Request &request,
                            QJsonObject *answer)
{
    Auth0Connection c;
    c.domain = Auth0Sandbox::tenant(mode).domain;
    c.clientId = Auth0SandboxFixtures::fullClient().clientId;
    c.baseUrl = m_auth0.baseUrl(mode);
    Auth0Client client(c, Auth0SandboxFixtures::fullClient().clientSecret, &m_nam);
    Auth0Reply *reply = client.send(request);
    QSignalSpy done(reply, &Auth0Reply::finished);
    if (!done.wait(10000) || !reply->isOk()) {
        qWarning() << reply->error().userText();
        return false;
    }
    if (answer)
        *answer = reply->object();
    return true;
}

void TestChecks::connectedTenantIsItemOne()
{
    m_auth0.reset(Auth0Sandbox::Mode::Legacy);
    const Profile p = connectedProfile(Auth0Sandbox::Mode::Legacy);
    auto c = checklist(p, m_recipient);
    QSignalSpy finished(c.get(), &Checklist::finished);
    QVERIFY(c->runItem(Ids::tenant()));
    QVERIFY(finished.wait(20000));
    // The wired legacy tenant sends through its Action; the hook it still lists is a warning.
    QCOMPARE(c->item(Ids::tenant()).state, State::Warning);
    QVERIFY2(c->item(Ids::tenant()).finding.contains(QStringLiteral("Twilio SMS")),
             qPrintable(dump(c->item(Ids::tenant()))));
    QVERIFY(c->item(Ids::tenant()).hasFix(CheckFix::Kind::OpenTenant));
    QVERIFY(!c->item(Ids::tenant()).hasFix(CheckFix::Kind::ConfirmManual));

    QVERIFY(
        tenantCall(Auth0Sandbox::Mode::Legacy,
                   Auth0Requests::setPhoneSelectedProvider(p.auth0, GuardianPhoneProvider::Auth0)));
    QVERIFY(c->runItem(Ids::tenant()));
    QVERIFY(finished.wait(20000));
    const CheckItem item = c->item(Ids::tenant());
    QCOMPARE(item.state, State::Fail);
    QVERIFY2(item.details.contains(QStringLiteral("Custom")), qPrintable(item.details));
}

void TestChecks::deployedActionSecretsInItemTwo()
{
    m_auth0.reset(Auth0Sandbox::Mode::Unified);
    const Profile p = connectedProfile(Auth0Sandbox::Mode::Unified);
    const QString id = m_auth0.actions(Auth0Sandbox::Mode::Unified).value(0).id;
    ActionDraft draft;
    draft.secrets = QList<ActionSecretValue> {{SecretNames::AccountSid, m_f.accountSid},
                                              {SecretNames::AuthToken, m_f.authToken}};
    QVERIFY(
        tenantCall(Auth0Sandbox::Mode::Unified, Auth0Requests::updateAction(p.auth0, id, draft)));
    QTRY_COMPARE_WITH_TIMEOUT(m_auth0.actions(Auth0Sandbox::Mode::Unified).value(0).buildStatus,
                              ActionBuildStatus::Built, 5000);
    QVERIFY(tenantCall(Auth0Sandbox::Mode::Unified, Auth0Requests::deployAction(p.auth0, id)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_auth0.actions(Auth0Sandbox::Mode::Unified)
                                  .value(0)
                                  .deployedSecretValues.contains(SecretNames::PhoneNumber),
                             5000);

    auto c = checklist(p, m_recipient);
    QSignalSpy finished(c.get(), &Checklist::finished);
    QVERIFY(c->runItems({Ids::tenant(), Ids::secrets()}));
    QVERIFY(finished.wait(20000));
    const CheckItem secrets = c->item(Ids::secrets());
    QCOMPARE(secrets.state, State::Fail);
    QVERIFY2(secrets.details.contains(QStringLiteral("Deployed Action")),
             qPrintable(secrets.details));
    QVERIFY(secrets.details.contains(SecretNames::PhoneNumber));
    QCOMPARE(c->item(Ids::tenant()).state, State::Fail);
}

QTEST_GUILESS_MAIN(TestChecks)
#include "TestChecks.moc"
