#include "auth0/Auth0Scopes.h"
#include "auth0/TenantJudge.h"
#include "text/LineDiff.h"

#include <QTest>

// The status board's judgements, without a network: a tenant wired up for this profile, then
// each thing that breaks it.
namespace {

using Severity = TenantFinding::Severity;
using Ids = TenantFinding::Ids;

const QString Domain = QStringLiteral("acme.eu.auth0.com");
const QString ActionCode = QStringLiteral(
    "const twilio = require('twilio');\n"
    "exports.onExecuteCustomPhoneProvider = async (event, api) => {\n"
    "  const client = twilio(event.secrets.TWILIO_ACCOUNT_SID, event.secrets.TWILIO_AUTH_TOKEN);\n"
    "  await client.messages.create({ to: event.notification.recipient,\n"
    "    from: event.secrets.TWILIO_PHONE_NUMBER, body: event.notification.as_text });\n"
    "};\n");
const QStringList CodeSecrets {QStringLiteral("TWILIO_ACCOUNT_SID"),
                               QStringLiteral("TWILIO_AUTH_TOKEN"),
                               QStringLiteral("TWILIO_PHONE_NUMBER")};

template<typename T> TenantRead<T> ok(const T &value)
{
    TenantRead<T> r;
    r.made = true;
    r.value = value;
    return r;
}

TriggerBindingList bound(const QString &trigger, const QString &name, const QString &id)
{
    TriggerBindingList list;
    TriggerBinding b;
    b.id = QStringLiteral("b-") + id;
    b.triggerId = trigger;
    b.displayName = name;
    b.actionId = id;
    b.actionName = name;
    list.bindings << b;
    list.total = 1;
    return list;
}

Action deployedAction(const QString &trigger)
{
    Action a;
    a.id = QStringLiteral("act-1");
    a.name = QStringLiteral("Twilio SMS");
    a.supportedTriggers = {{trigger, QStringLiteral("v1")}};
    a.code = ActionCode;
    a.runtime = QStringLiteral("node22");
    a.status = ActionBuildStatus::Built;
    a.allChangesDeployed = true;
    ActionVersion v;
    v.id = QStringLiteral("ver-3");
    v.number = 3;
    v.code = ActionCode;
    v.runtime = QStringLiteral("node22");
    v.deployed = true;
    v.status = ActionBuildStatus::Built;
    v.dependencies = {{QStringLiteral("twilio"), QStringLiteral("5.3.4"), {}}};
    for (const QString &s : CodeSecrets)
        v.secrets << ActionSecret {s, {}};
    a.dependencies = v.dependencies;
    a.secrets = v.secrets;
    a.deployedVersion = v;
    return a;
}

// A Unified Phone Experience tenant sending through this profile's Action.
TenantSnapshot wiredUnified()
{
    TenantSnapshot s;
    s.grantedScopes = Auth0Scopes::all();
    TenantSettings settings;
    settings.friendlyName = QStringLiteral("Acme");
    settings.phoneConsolidatedExperience = true;
    settings.phoneConsolidatedExperienceSet = true;
    s.settings = ok(settings);
    s.factors = ok(QList<GuardianFactor> {{QStringLiteral("sms"), true, false},
                                          {QStringLiteral("otp"), false, false}});
    s.messageTypes = ok(QStringList {QStringLiteral("sms")});
    s.selectedProvider.made = true;
    s.selectedProvider.error = Auth0Error::fromHttp(
        403,
        R"({"statusCode":403,"error":"Forbidden","message":"Insufficient privileges to use this deprecated feature."})",
        false, {}, Domain);
    PhoneProvider custom;
    custom.id = QStringLiteral("pro_abc");
    custom.name = QStringLiteral("custom");
    custom.deliveryMethods = {QStringLiteral("text")};
    s.phoneProviders = ok(QList<PhoneProvider> {custom});
    s.customPhoneProviderBindings = ok(bound(
        Auth0Triggers::CustomPhoneProvider, QStringLiteral("Twilio SMS"), QStringLiteral("act-1")));
    s.sendPhoneMessageBindings = ok(TriggerBindingList());
    s.boundAction = ok(deployedAction(Auth0Triggers::CustomPhoneProvider));
    s.hooks = ok(QList<Hook>());
    s.profileCodeSaved = true;
    s.profileCode = ActionCode;
    s.deployedCodeSecrets = CodeSecrets;
    s.deployedCodeRequiresTwilio = true;
    return s;
}

TenantSnapshot wiredLegacy()
{
    TenantSnapshot s = wiredUnified();
    s.settings.value.phoneConsolidatedExperience = false;
    s.selectedProvider = ok(GuardianPhoneProvider::Custom);
    s.phoneProviders = ok(QList<PhoneProvider>());
    s.customPhoneProviderBindings = ok(TriggerBindingList());
    s.sendPhoneMessageBindings = ok(bound(Auth0Triggers::SendPhoneMessage,
                                          QStringLiteral("Twilio SMS"), QStringLiteral("act-1")));
    s.boundAction = ok(deployedAction(Auth0Triggers::SendPhoneMessage));
    return s;
}

Severity severityOf(const TenantStatus &status, const QString &id)
{
    const TenantFinding *f = status.finding(id);
    return f ? f->severity : Severity::NotChecked;
}

} // namespace

class TestTenantJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wiredTenantsWouldSend_data()
    {
        QTest::addColumn<bool>("unified");
        QTest::newRow("unified") << true;
        QTest::newRow("legacy") << false;
    }
    void wiredTenantsWouldSend()
    {
        QFETCH(bool, unified);
        const TenantStatus status
            = TenantJudge::judge(unified ? wiredUnified() : wiredLegacy(), Domain);
        for (const TenantFinding &f : status.findings)
            QVERIFY2(f.severity == Severity::Ok,
                     qPrintable(f.id + QLatin1String(": ") + f.finding));
        QVERIFY(status.wouldSend());
        QVERIFY(status.summary().contains(QLatin1String("Twilio SMS")));
        QCOMPARE(status.findings.size(), 13);
    }

    void tokenRefusedStopsTheBoard()
    {
        TenantSnapshot s;
        s.tokenError = Auth0Error::fromHttp(
            401, R"({"error":"access_denied","error_description":"Unauthorized"})", true, {},
            Domain);
        const TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(status.findings.size(), 1);
        QCOMPARE(status.findings.first().severity, Severity::Problem);
        QVERIFY(status.findings.first().fix.contains(QLatin1String("client secret")));
        QVERIFY(!status.wouldSend());
    }

    void missingScopesAreNamedWithTheirFeature()
    {
        TenantSnapshot s = wiredUnified();
        s.grantedScopes.removeAll(QStringLiteral("update:actions"));
        TenantStatus status = TenantJudge::judge(s, Domain);
        const TenantFinding *f = status.finding(Ids::connection());
        QCOMPARE(f->severity, Severity::Warning);
        QVERIFY2(f->details.contains(QLatin1String("update:actions")), qPrintable(f->details));
        QVERIFY(
            f->details.contains(Auth0Scopes::requirement(Auth0Scopes::Feature::DeployAction).name));
        QVERIFY(f->fix.contains(QLatin1String("Machine to Machine Applications")));
        QVERIFY(status.wouldSend()); // reading still works

        s.grantedScopes.removeAll(QStringLiteral("read:actions"));
        status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::connection()), Severity::Problem);
        QVERIFY(!status.wouldSend());
    }

    void smsFactorOff()
    {
        TenantSnapshot s = wiredUnified();
        s.factors.value[0].enabled = false;
        const TenantStatus status = TenantJudge::judge(s, Domain);
        const TenantFinding *f = status.finding(Ids::smsFactor());
        QCOMPARE(f->severity, Severity::Problem);
        QVERIFY(f->fix.contains(QLatin1String("Multi-factor Auth")));
        QCOMPARE(f->dashboardUrl,
                 QUrl(QStringLiteral("https://manage.auth0.com/dashboard/eu/acme/security/mfa")));
        QVERIFY(!status.wouldSend());
    }

    void voiceOnlyAndVoiceToo()
    {
        TenantSnapshot s = wiredUnified();
        s.messageTypes.value = {QStringLiteral("voice")};
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::messageTypes()), Severity::Problem);
        s.messageTypes.value = {QStringLiteral("sms"), QStringLiteral("voice")};
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::messageTypes()), Severity::Info);
    }

    void legacyProviderNotCustom()
    {
        TenantSnapshot s = wiredLegacy();
        s.selectedProvider.value = GuardianPhoneProvider::Twilio;
        const TenantStatus status = TenantJudge::judge(s, Domain);
        const TenantFinding *f = status.finding(Ids::provider());
        QCOMPARE(f->severity, Severity::Problem);
        QVERIFY(f->finding.contains(QLatin1String("never called")));
        QVERIFY(f->fix.contains(QLatin1String("Custom")));
    }

    void unifiedProviderMissingDisabledOrVoiceOnly()
    {
        TenantSnapshot s = wiredUnified();
        PhoneProvider twilio;
        twilio.name = QStringLiteral("twilio");
        s.phoneProviders.value = {twilio};
        TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::provider()), Severity::Problem);
        QVERIFY(status.finding(Ids::provider())->finding.contains(QLatin1String("twilio")));

        s = wiredUnified();
        s.phoneProviders.value[0].disabled = true;
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::provider()), Severity::Problem);

        s = wiredUnified();
        s.phoneProviders.value[0].deliveryMethods = {QStringLiteral("voice")};
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::provider()), Severity::Problem);
    }

    void noActionBoundNamesTheOtherTrigger()
    {
        TenantSnapshot s = wiredUnified();
        s.customPhoneProviderBindings.value = TriggerBindingList();
        s.sendPhoneMessageBindings.value = bound(
            Auth0Triggers::SendPhoneMessage, QStringLiteral("Old SMS"), QStringLiteral("act-0"));
        s.boundAction = TenantRead<Action>();
        const TenantStatus status = TenantJudge::judge(s, Domain);
        const TenantFinding *f = status.finding(Ids::binding());
        QCOMPARE(f->severity, Severity::Problem);
        QVERIFY2(f->details.contains(QLatin1String("Old SMS")), qPrintable(f->details));
        QVERIFY(f->details.contains(QLatin1String("onExecuteCustomPhoneProvider")));
        // What needs an Action is not checked rather than guessed.
        QCOMPARE(severityOf(status, Ids::deployed()), Severity::NotChecked);
        QCOMPARE(severityOf(status, Ids::secrets()), Severity::NotChecked);
        QVERIFY(!status.wouldSend());
    }

    void severalBoundActions()
    {
        TenantSnapshot s = wiredUnified();
        TriggerBinding second = s.customPhoneProviderBindings.value.bindings.first();
        second.actionName = QStringLiteral("Another");
        s.customPhoneProviderBindings.value.bindings << second;
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::binding()), Severity::Warning);
    }

    void boundButNotDeployed()
    {
        TenantSnapshot s = wiredUnified();
        s.boundAction.value.deployedVersion.reset();
        s.boundAction.value.allChangesDeployed = false;
        const TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::deployed()), Severity::Problem);
        QCOMPARE(status.finding(Ids::deployed())->dashboardUrl,
                 QUrl(QStringLiteral(
                     "https://manage.auth0.com/dashboard/eu/acme/actions/library/details/act-1")));
        QVERIFY(!status.wouldSend());

        s = wiredUnified();
        s.boundAction.value.allChangesDeployed = false;
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::deployed()), Severity::Warning);
    }

    void buildFailed()
    {
        TenantSnapshot s = wiredUnified();
        s.boundAction.value.deployedVersion->status = ActionBuildStatus::Failed;
        s.boundAction.value.deployedVersion->errors
            = {{QStringLiteral("build_error"), QStringLiteral("Unexpected token (3:4)"), {}}};
        TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::build()), Severity::Problem);
        QVERIFY(status.finding(Ids::build())->finding.contains(QLatin1String("Unexpected token")));

        s = wiredUnified();
        s.boundAction.value.status = ActionBuildStatus::Failed; // the draft; the version runs
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::build()), Severity::Warning);
    }

    void runtimeAndTwilioVersion()
    {
        TenantSnapshot s = wiredUnified();
        s.boundAction.value.deployedVersion->runtime = QStringLiteral("node16");
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::runtime()), Severity::Warning);

        s = wiredUnified();
        s.boundAction.value.deployedVersion->runtime = QStringLiteral("node18");
        s.boundAction.value.deployedVersion->dependencies
            = {{QStringLiteral("twilio"), QStringLiteral("latest"), {}}};
        const TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::dependency()), Severity::Problem);
        QVERIFY(status.finding(Ids::dependency())->finding.contains(QLatin1String("Node 20")));

        s = wiredUnified();
        s.boundAction.value.deployedVersion->dependencies.clear();
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::dependency()), Severity::Problem);
    }

    void secretMissingOrUnused()
    {
        TenantSnapshot s = wiredUnified();
        s.boundAction.value.deployedVersion->secrets.removeLast();
        TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::secrets()), Severity::Problem);
        QVERIFY(
            status.finding(Ids::secrets())->finding.contains(QLatin1String("TWILIO_PHONE_NUMBER")));

        s = wiredUnified();
        s.boundAction.value.deployedVersion->secrets << ActionSecret {QStringLiteral("EXTRA"), {}};
        status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::secrets()), Severity::Info);
        QVERIFY(status.wouldSend());
    }

    void deployedCodeDiffersFromTheProfile()
    {
        TenantSnapshot s = wiredUnified();
        s.profileCode
            = QString(ActionCode).replace(QStringLiteral("as_text"), QStringLiteral("as_voice"));
        TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::code()), Severity::Warning);
        QVERIFY(
            status.codeDiff.contains(QLatin1String("-    from: event.secrets.TWILIO_PHONE_NUMBER, "
                                                   "body: event.notification.as_voice });")));
        QVERIFY(status.codeDiff.contains(QLatin1String(
            "+    from: event.secrets.TWILIO_PHONE_NUMBER, body: event.notification.as_text });")));
        QVERIFY(status.finding(Ids::code())->details.contains(status.codeDiff));

        // Line endings and trailing blanks are not differences.
        s.profileCode = QString(ActionCode).replace(QStringLiteral("\n"), QStringLiteral("  \r\n"));
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::code()), Severity::Ok);

        s.profileCode = QStringLiteral(
            "module.exports = function (recipient, text, context, cb) { cb(); };\n");
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::code()), Severity::Warning);
        QVERIFY(TenantJudge::judge(s, Domain)
                    .finding(Ids::code())
                    ->finding.contains(QLatin1String("hook")));

        s.profileCodeSaved = false;
        QCOMPARE(severityOf(TenantJudge::judge(s, Domain), Ids::code()), Severity::Info);
    }

    void legacyHooksStillListed()
    {
        TenantSnapshot s = wiredLegacy();
        Hook h;
        h.id = QStringLiteral("01GX");
        h.name = QStringLiteral("twilio-sms");
        h.triggerId = Auth0Triggers::SendPhoneMessage;
        h.enabled = false;
        s.hooks.value = {h};
        const TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::hooks()), Severity::Warning);
        QVERIFY(status.finding(Ids::hooks())->finding.contains(QLatin1String("2026-11-18")));
        QVERIFY(status.wouldSend()); // a warning: the Action still sends
    }

    void unreadPartsAreNotChecked()
    {
        TenantSnapshot s = wiredUnified();
        s.factors.error = Auth0Error::timeout(Domain, 15000);
        const TenantStatus status = TenantJudge::judge(s, Domain);
        QCOMPARE(severityOf(status, Ids::smsFactor()), Severity::NotChecked);
        QVERIFY(!status.wouldSend());
    }

    void dashboardLinks()
    {
        QCOMPARE(
            TenantJudge::judge(wiredUnified(), QStringLiteral("acme.auth0.com")).findings.size(),
            13);
        TenantSnapshot s = wiredUnified();
        s.factors.value[0].enabled = false;
        QCOMPARE(TenantJudge::judge(s, QStringLiteral("acme.auth0.com"))
                     .finding(Ids::smsFactor())
                     ->dashboardUrl,
                 QUrl(QStringLiteral("https://manage.auth0.com/dashboard/us/acme/security/mfa")));
        QCOMPARE(TenantJudge::judge(s, QStringLiteral("login.example.com"))
                     .finding(Ids::smsFactor())
                     ->dashboardUrl,
                 QUrl(QStringLiteral("https://manage.auth0.com/")));
    }

    void lineDiff()
    {
        const QString diff
            = LineDiff::unified(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nB\nc\nd\ne\n"),
                                QStringLiteral("old"), QStringLiteral("new"), 1);
        QCOMPARE(diff,
                 QStringLiteral("--- old\n+++ new\n@@ -1,4 +1,5 @@\n a\n-b\n+B\n c\n d\n+e\n"));
        QVERIFY(LineDiff::unified(QStringLiteral("x\n"), QStringLiteral("x"), {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenantJudge)
#include "TestTenantJudge.moc"
