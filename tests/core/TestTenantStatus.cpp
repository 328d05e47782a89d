#include "Auth0SandboxTestBase.h"

#include "auth0/TenantStatusJob.h"
#include "hook/HookCodeStore.h"

#include <QStandardPaths>

// The tenant status board against the simulated tenants over real HTTP: each mode wired up, then
// each thing that stops a login's MFA text from reaching the Action, produced with the Management
// API and detected by TenantStatusJob.
using namespace Auth0SandboxTest;

namespace {
using Severity = TenantFinding::Severity;
using Ids = TenantFinding::Ids;

const QString ProfileName = QStringLiteral("Tenant status test");

const QString ValidSendPhoneMessage
    = QStringLiteral("exports.onExecuteSendPhoneMessage = async (event) => {\n"
                     "  console.log(event.message_options.recipient);\n"
                     "};\n");
} // namespace

class TestTenantStatus : public Base
{
    Q_OBJECT

private:
    Profile profileFor(Mode mode,
                       const Auth0SandboxFixtures::Client &client
                       = Auth0SandboxFixtures::fullClient())
    {
        Profile p;
        p.name = ProfileName;
        p.auth0.domain = Auth0Sandbox::tenant(mode).domain;
        p.auth0.clientId = client.clientId;
        p.auth0.baseUrl = m_sandbox.baseUrl(mode);
        return p;
    }

    TenantStatus
    read(Mode mode, const Auth0SandboxFixtures::Client &client = Auth0SandboxFixtures::fullClient(),
         const QString &secret = QString())
    {
        TenantStatusJob *job = TenantStatusJob::startWithSecret(
            profileFor(mode, client), secret.isEmpty() ? client.clientSecret : secret, &m_network);
        QSignalSpy done(job, &TenantStatusJob::finished);
        if (!done.wait(10000))
            qWarning("the status job did not finish");
        TenantStatus status = job->status();
        return status;
    }

    static Severity severity(const TenantStatus &s, const QString &id)
    {
        const TenantFinding *f = s.finding(id);
        return f ? f->severity : Severity::NotChecked;
    }

    static QString describe(const TenantStatus &s)
    {
        QStringList out;
        for (const TenantFinding &f : s.findings)
            out << f.id + QLatin1Char('=') + TenantFinding::severityName(f.severity)
                    + QLatin1String(" (") + f.finding + QLatin1Char(')');
        return out.join(QStringLiteral("\n"));
    }

    void waitForBuild(Mode mode, const QString &id, const QString &status)
    {
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(mode, id), status, 5000);
    }

    // Makes id the trigger's only bound Action; the HTTP status of the PATCH.
    int bindOnly(Mode mode, const QString &trigger, const QString &id)
    {
        const QJsonObject ref {{u"type"_s, u"action_id"_s}, {u"value"_s, id}};
        return api(mode, "PATCH", u"/actions/triggers/"_s + trigger + u"/bindings"_s,
                   {{u"bindings"_s, QJsonArray {QJsonObject {{u"ref"_s, ref}}}}})
            .status;
    }

    QString providerId(Mode mode)
    {
        const QJsonArray providers
            = get(mode, u"/branding/phone/providers"_s).obj().value(u"providers"_s).toArray();
        return providers.isEmpty() ? QString()
                                   : providers.first().toObject().value(u"id"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sandbox.listen());
    }
    void init()
    {
        resetAll();
        QFile::remove(HookCodeStore::path(ProfileName));
    }

    void wiredTenantsSendThroughTheirAction_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("unified") << int(Mode::Unified);
        QTest::newRow("legacy") << int(Mode::Legacy);
    }
    void wiredTenantsSendThroughTheirAction()
    {
        QFETCH(int, mode);
        const TenantStatus s = read(Mode(mode));
        QVERIFY2(s.wouldSend(), qPrintable(describe(s)));
        QCOMPARE(s.snapshot.mode(),
                 Mode(mode) == Mode::Unified ? TenantSnapshot::Mode::Unified
                                             : TenantSnapshot::Mode::Legacy);
        QCOMPARE(severity(s, Ids::binding()), Severity::Ok);
        QCOMPARE(severity(s, Ids::secrets()), Severity::Ok);
        QCOMPARE(severity(s, Ids::dependency()), Severity::Ok);
        QCOMPARE(s.snapshot.boundAction.value.id, wiredActionId(Mode(mode)));
        // The legacy tenant still lists a disabled hook: flagged, but the Action sends.
        QCOMPARE(severity(s, Ids::hooks()),
                 Mode(mode) == Mode::Legacy ? Severity::Warning : Severity::Ok);
    }

    void readsRunSideBySide()
    {
        const int before = int(m_sandbox.requestLog().size());
        const TenantStatus s = read(Mode::Unified);
        QVERIFY(s.wouldSend());
        // A token, eight reads at once, then the bound Action: ten requests, nothing read twice.
        QCOMPARE(int(m_sandbox.requestLog().size()) - before, 10);
    }

    void smsFactorOff()
    {
        QCOMPARE(
            api(Mode::Unified, "PUT", u"/guardian/factors/sms"_s, {{u"enabled"_s, false}}).status,
            200);
        const TenantStatus s = read(Mode::Unified);
        QCOMPARE(severity(s, Ids::smsFactor()), Severity::Problem);
        QVERIFY(!s.wouldSend());
    }

    void legacyProviderNotCustom()
    {
        QCOMPARE(api(Mode::Legacy, "PUT", u"/guardian/factors/phone/selected-provider"_s,
                     {{u"provider"_s, u"auth0"_s}})
                     .status,
                 200);
        const TenantStatus s = read(Mode::Legacy);
        QCOMPARE(severity(s, Ids::provider()), Severity::Problem);
        QVERIFY(s.finding(Ids::provider())->fix.contains(QLatin1String("Custom")));
        QVERIFY(!s.wouldSend());
    }

    void unifiedWithoutCustomProvider()
    {
        const QString id = providerId(Mode::Unified);
        QVERIFY(!id.isEmpty());
        QVERIFY(api(Mode::Unified, "DELETE", u"/branding/phone/providers/"_s + id).status < 300);
        const TenantStatus s = read(Mode::Unified);
        QCOMPARE(severity(s, Ids::provider()), Severity::Problem);
        QVERIFY(!s.wouldSend());
    }

    void noActionBound()
    {
        QCOMPARE(api(Mode::Unified, "PATCH", u"/actions/triggers/custom-phone-provider/bindings"_s,
                     {{u"bindings"_s, QJsonArray()}})
                     .status,
                 200);
        const TenantStatus s = read(Mode::Unified);
        QCOMPARE(severity(s, Ids::binding()), Severity::Problem);
        QCOMPARE(severity(s, Ids::deployed()), Severity::NotChecked);
        QVERIFY(!s.wouldSend());
    }

    void boundButNeverDeployed()
    {
        const QString id = createAction(Mode::Legacy, u"Draft only"_s, u"send-phone-message"_s,
                                        u"v2"_s, ValidSendPhoneMessage);
        waitForBuild(Mode::Legacy, id, u"built"_s);
        QCOMPARE(bindOnly(Mode::Legacy, u"send-phone-message"_s, id), 200);
        const TenantStatus s = read(Mode::Legacy);
        QCOMPARE(severity(s, Ids::deployed()), Severity::Problem);
        QVERIFY(s.finding(Ids::deployed())->finding.contains(QLatin1String("Draft only")));
        QVERIFY(!s.wouldSend());
    }

    void buildFailed()
    {
        const QString id = createAction(Mode::Legacy, u"Broken"_s, u"send-phone-message"_s, u"v2"_s,
                                        u"exports.onExecuteSendPhoneMessage = async (event => {"_s);
        waitForBuild(Mode::Legacy, id, u"failed"_s);
        QCOMPARE(bindOnly(Mode::Legacy, u"send-phone-message"_s, id), 200);
        const TenantStatus s = read(Mode::Legacy);
        QCOMPARE(severity(s, Ids::build()), Severity::Problem);
        QCOMPARE(severity(s, Ids::deployed()), Severity::Problem);
    }

    void deployedCodeDiffersFromTheProfile()
    {
        const TenantStatus wired = read(Mode::Unified);
        const QString deployed = wired.snapshot.boundAction.value.deployedVersion->code;
        QString mine = deployed;
        mine.replace(QStringLiteral("as_text"), QStringLiteral("as_voice"));
        QVERIFY(mine != deployed);
        QVERIFY(HookCodeStore::save(ProfileName, mine));
        const TenantStatus s = read(Mode::Unified);
        QCOMPARE(severity(s, Ids::code()), Severity::Warning);
        QVERIFY2(s.codeDiff.contains(QLatin1String("as_voice")), qPrintable(s.codeDiff));

        QVERIFY(HookCodeStore::save(ProfileName, deployed));
        QCOMPARE(severity(read(Mode::Unified), Ids::code()), Severity::Ok);
    }

    void deployedSecretMissing()
    {
        const QString id = wiredActionId(Mode::Unified);
        const QJsonArray secrets {
            QJsonObject {{u"name"_s, u"TWILIO_ACCOUNT_SID"_s},
                         {u"value"_s, SandboxFixtures::credentials().accountSid}},
            QJsonObject {{u"name"_s, u"TWILIO_AUTH_TOKEN"_s},
                         {u"value"_s, SandboxFixtures::credentials().authToken}}};
        QCOMPARE(api(Mode::Unified, "PATCH", u"/actions/actions/"_s + id, {{u"secrets"_s, secrets}})
                     .status,
                 200);
        waitForBuild(Mode::Unified, id, u"built"_s);
        QCOMPARE(api(Mode::Unified, "POST", u"/actions/actions/"_s + id + u"/deploy"_s).status,
                 202);
        QTRY_VERIFY_WITH_TIMEOUT(get(Mode::Unified, u"/actions/actions/"_s + id)
                                         .obj()
                                         .value(u"deployed_version"_s)
                                         .toObject()
                                         .value(u"number"_s)
                                         .toInt()
                                     == 2,
                                 5000);
        const TenantStatus s = read(Mode::Unified);
        QCOMPARE(severity(s, Ids::secrets()), Severity::Problem);
        QVERIFY(s.finding(Ids::secrets())->finding.contains(QLatin1String("TWILIO_PHONE_NUMBER")));
        QVERIFY(!s.wouldSend());
    }

    void missingScopeIsNamed()
    {
        const TenantStatus s = read(Mode::Unified, Auth0SandboxFixtures::limitedClient());
        const TenantFinding *f = s.finding(Ids::connection());
        QCOMPARE(f->severity, Severity::Warning);
        QVERIFY(f->details.contains(QLatin1String("update:actions")));
        QVERIFY(s.wouldSend()); // reading needs no update:actions
    }

    void wrongClientSecret()
    {
        const TenantStatus s = read(Mode::Unified, Auth0SandboxFixtures::fullClient(),
                                    QStringLiteral("not-the-secret"));
        QCOMPARE(s.findings.size(), 1);
        QCOMPARE(severity(s, Ids::connection()), Severity::Problem);
        QCOMPARE(s.snapshot.tokenError.kind, Auth0Error::Kind::Unauthorized);
        QVERIFY(!s.wouldSend());
    }

    void rateLimitedReadsWaitAndSucceed()
    {
        m_sandbox.setRateLimit(5);
        const TenantStatus s = read(Mode::Unified);
        QVERIFY2(s.wouldSend(), qPrintable(describe(s)));
        int limited = 0;
        for (const Auth0Sandbox::LoggedRequest &r : m_sandbox.requestLog())
            limited += r.httpStatus == 429;
        QVERIFY(limited > 0);
    }
};

QTEST_GUILESS_MAIN(TestTenantStatus)
#include "TestTenantStatus.moc"
