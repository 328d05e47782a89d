#include "auth0/ActionCode.h"
#include "auth0/ActionDeployJob.h"
#include "auth0/Auth0Client.h"
#include "profile/ProfileStore.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxProfile.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Deploying the profile's code as its Action against the simulated tenants over real HTTP, with
// the secrets in a real (throwaway) keychain: both modes from a wired and a bare tenant, each
// refusal before anything is written, bindings kept or dropped, a failure midway, --no-activate,
// cancel, and no secret where it must not be.
using Mode = Auth0Sandbox::Mode;
using Step = ActionDeployStep;

namespace {

QString resource(const QString &name)
{
    QFile f(QStringLiteral(SMSHOOK_SOURCE_DIR "/resources/actions/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QString LoggingAction
    = QStringLiteral("exports.onExecuteSendPhoneMessage = async (event) => {\n"
                     "  console.log('MFA text for', event.user.user_id);\n"
                     "};\n");

} // namespace

class TestActionDeploy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Auth0Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;

    Profile profile(Mode mode,
                    const Auth0SandboxFixtures::Client &client = Auth0SandboxFixtures::fullClient())
    {
        Profile p;
        p.name = QString::fromLatin1(QTest::currentTestFunction());
        p.auth0.domain = Auth0Sandbox::tenant(mode).domain;
        p.auth0.clientId = client.clientId;
        p.auth0.baseUrl = m_sandbox.baseUrl(mode);
        m_profiles->save(p);
        QMap<QString, QString> values = SandboxProfile::secrets();
        values.insert(SecretRules::auth0ClientSecretName(), client.clientSecret);
        SecretsJob *job = m_secrets->apply(p.name, values);
        QSignalSpy done(job, &SecretsJob::finished);
        if (!done.wait(15000) || job->failed())
            qWarning("could not store the test secrets");
        return *m_profiles->load(p.name);
    }

    ActionDeployJob *start(const Profile &p, const QString &code, bool activate = true)
    {
        ActionDeployRequest r;
        r.code = code;
        r.activate = activate;
        ActionDeployJob *job = ActionDeployJob::start(p, r, m_secrets.get(), &m_nam);
        job->setPollIntervalMs(40);
        return job;
    }

    // Runs a deploy to its end; the job's steps, error and status, copied before it goes.
    struct Outcome
    {
        QList<Step> steps;
        QString error;
        QString report;
        std::optional<TenantStatus> status;
        Step::State state(Step::Id id) const
        {
            for (const Step &s : steps) {
                if (s.id == id)
                    return s.state;
            }
            return Step::State::Pending;
        }
        QString describe() const
        {
            QStringList out;
            for (const Step &s : steps)
                out << Step::idName(s.id) + QLatin1Char('=') + Step::stateName(s.state)
                        + QLatin1Char(' ') + s.detail;
            return out.join(QLatin1Char('\n')) + QLatin1Char('\n') + error;
        }
    };
    Outcome finish(ActionDeployJob *job)
    {
        Outcome o;
        connect(job, &ActionDeployJob::finished, this, [&o, job] {
            o.steps = job->steps();
            o.error = job->error();
            o.report = job->report();
            o.status = job->status();
        });
        QSignalSpy done(job, &ActionDeployJob::finished);
        if (!done.wait(30000))
            qWarning("the deploy did not finish");
        return o;
    }
    int writes(Mode mode) const
    {
        int n = 0;
        for (const Auth0Sandbox::LoggedRequest &r : m_sandbox.requestLog())
            n += r.tenant == mode && r.method != QLatin1String("GET")
                && !r.path.endsWith(QLatin1String("/oauth/token"));
        return n;
    }
    std::optional<Auth0Sandbox::StoredAction> named(Mode mode, const QString &name) const
    {
        for (const auto &a : m_sandbox.actions(mode)) {
            if (a.name == name)
                return a;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with gnome-keyring: run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen());
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("p.ini")));
        m_secrets = std::make_unique<SecretStore>(m_profiles.get());
        m_secrets->setService(QStringLiteral("sms-hook-deploy-test"));
    }
    void init()
    {
        m_sandbox.reset(Mode::Unified);
        m_sandbox.reset(Mode::Legacy);
        m_sandbox.setTimeScale(0.05);
    }

    void updatesTheBoundActionOnAWiredTenant()
    {
        const Profile p = profile(Mode::Unified);
        QString code = resource(QStringLiteral("custom-phone-provider-sms.js"));
        code.replace(QStringLiteral("body: notification.as_text"),
                     QStringLiteral("body: `${notification.as_text}`"));
        const Outcome o = finish(start(p, code));
        QVERIFY2(o.error.isEmpty(), qPrintable(o.describe()));
        for (const Step &s : o.steps)
            QVERIFY2(s.state == Step::State::Done, qPrintable(o.describe()));
        const auto bound = m_sandbox.boundAction(Mode::Unified, Auth0Triggers::CustomPhoneProvider);
        QVERIFY(bound);
        QCOMPARE(bound->name, QStringLiteral("Twilio SMS")); // the bound one was updated
        QCOMPARE(bound->deployedCode, code);
        // Exactly the secrets the code reads, with the keychain's values; never the client secret.
        QCOMPARE(
            bound->deployedSecretValues.keys(),
            (QStringList {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
                          QStringLiteral("TWILIO_PHONE_NUMBER")}));
        QCOMPARE(bound->deployedSecretValues.value(QStringLiteral("TWILIO_AUTH_TOKEN")),
                 SandboxProfile::secrets().value(QStringLiteral("TWILIO_AUTH_TOKEN")));
        QVERIFY(o.status && o.status->wouldSend());
    }

    void bareTenantsGetEverything_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("file");
        QTest::newRow("unified") << int(Mode::Unified) << "custom-phone-provider-sms.js";
        QTest::newRow("legacy") << int(Mode::Legacy) << "send-phone-message-sms.js";
    }
    void bareTenantsGetEverything()
    {
        QFETCH(int, mode);
        QFETCH(QString, file);
        m_sandbox.reset(Mode(mode), Auth0Sandbox::Preset::Empty);
        const Profile p = profile(Mode(mode));
        const Outcome o = finish(start(p, resource(file)));
        QVERIFY2(o.error.isEmpty(), qPrintable(o.describe()));
        QVERIFY(o.status && o.status->wouldSend());
        const auto created
            = named(Mode(mode), QStringLiteral("SMS Hook Console (bareTenantsGetEverything)"));
        QVERIFY2(created, qPrintable(o.describe()));
        QVERIFY(created->deployed);
        QCOMPARE(created->dependencies.value(QStringLiteral("twilio")),
                 ActionCode::twilioVersion());
        QCOMPARE(created->runtime, QStringLiteral("node22"));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("wrong export for the mode")
            << resource(QStringLiteral("send-phone-message-sms.js")) << "Unified Phone Experience";
        QTest::newRow("a legacy hook")
            << "module.exports = function (recipient, text, context, cb) { cb(); };\n"
            << "Convert it to an Action";
        QTest::newRow("does not parse")
            << "exports.onExecuteCustomPhoneProvider = async (event, api => {\n"
            << "Lint found";
        QTest::newRow("secret not in the keychain")
            << "exports.onExecuteCustomPhoneProvider = async (event, api) => {\n"
               "  console.log(event.secrets.TWILIO_MESSAGING_SID);\n};\n"
            << "TWILIO_MESSAGING_SID";
    }
    void refusalsWriteNothing()
    {
        QFETCH(QString, code);
        QFETCH(QString, words);
        const Profile p = profile(Mode::Unified);
        const int before = writes(Mode::Unified);
        const Outcome o = finish(start(p, code));
        QCOMPARE(o.state(Step::Id::Check), Step::State::Failed);
        QVERIFY2(o.error.contains(words), qPrintable(o.error));
        QCOMPARE(o.state(Step::Id::Save), Step::State::Pending);
        QCOMPARE(writes(Mode::Unified), before);
        QVERIFY(o.report.contains(QLatin1String("Not done")));
    }

    void otherSendersAreUnboundOthersKept()
    {
        const Profile p = profile(Mode::Legacy);
        // A second Action on the trigger that only logs: it stays, after ours.
        Auth0Client admin(p.auth0, Auth0SandboxFixtures::fullClient().clientSecret, &m_nam);
        ActionDraft draft;
        draft.name = QStringLiteral("Audit log");
        draft.triggerId = Auth0Triggers::SendPhoneMessage;
        draft.triggerVersion = QStringLiteral("v2");
        draft.code = LoggingAction;
        Auth0Reply *created = admin.send(Auth0Requests::createAction(p.auth0, draft));
        QSignalSpy createdDone(created, &Auth0Reply::finished);
        QVERIFY(createdDone.wait(10000) && created->isOk());
        const QString auditId = created->object().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(named(Mode::Legacy, QStringLiteral("Audit log"))->buildStatus,
                                  ActionBuildStatus::Built, 5000);
        const QString wiredId = m_sandbox.actions(Mode::Legacy).first().id;
        Auth0Reply *bound = admin.send(
            Auth0Requests::updateTriggerBindings(p.auth0, Auth0Triggers::SendPhoneMessage,
                                                 {{BindingRef::Type::ActionId, wiredId, {}},
                                                  {BindingRef::Type::ActionId, auditId, {}}}));
        QSignalSpy boundDone(bound, &Auth0Reply::finished);
        QVERIFY(boundDone.wait(10000) && bound->isOk());

        // Deploy under a new name: the wired Twilio sender is unbound, the audit Action kept.
        ActionDeployRequest r;
        r.code = resource(QStringLiteral("send-phone-message-sms.js"));
        r.name = QStringLiteral("New sender");
        ActionDeployJob *job = ActionDeployJob::start(p, r, m_secrets.get(), &m_nam);
        job->setPollIntervalMs(40);
        const Outcome o = finish(job);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.describe()));
        Auth0Reply *list = admin.send(
            Auth0Requests::listTriggerBindings(p.auth0, Auth0Triggers::SendPhoneMessage));
        QSignalSpy listDone(list, &Auth0Reply::finished);
        QVERIFY(listDone.wait(10000));
        QStringList names;
        for (const QJsonValue &b : list->object().value(QStringLiteral("bindings")).toArray())
            names << b.toObject()
                         .value(QStringLiteral("action"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString();
        QCOMPARE(names, (QStringList {QStringLiteral("New sender"), QStringLiteral("Audit log")}));
        QVERIFY(o.steps.at(4).detail.contains(QLatin1String("Twilio SMS")));
    }

    void failureMidwaySaysWhatWasDone()
    {
        // The limited client cannot update Actions: the check passes, saving does not.
        const Profile p = profile(Mode::Unified, Auth0SandboxFixtures::limitedClient());
        const Outcome o
            = finish(start(p, resource(QStringLiteral("custom-phone-provider-sms.js"))));
        QCOMPARE(o.state(Step::Id::Check), Step::State::Done);
        QCOMPARE(o.state(Step::Id::Save), Step::State::Failed);
        QVERIFY2(o.error.contains(QLatin1String("update:actions")), qPrintable(o.error));
        QVERIFY2(o.report.startsWith(QLatin1String("Done: Check")), qPrintable(o.report));
        QVERIFY(o.report.contains(QLatin1String("Not done: Save the Action")));
    }

    void noActivateDeploysOnly()
    {
        m_sandbox.reset(Mode::Unified, Auth0Sandbox::Preset::Empty);
        const Profile p = profile(Mode::Unified);
        const Outcome o
            = finish(start(p, resource(QStringLiteral("custom-phone-provider-sms.js")), false));
        QVERIFY2(o.error.isEmpty(), qPrintable(o.describe()));
        QCOMPARE(o.state(Step::Id::Bind), Step::State::Skipped);
        QCOMPARE(o.state(Step::Id::Provider), Step::State::Skipped);
        QVERIFY(!m_sandbox.boundAction(Mode::Unified, Auth0Triggers::CustomPhoneProvider));
        QVERIFY(named(Mode::Unified, QStringLiteral("SMS Hook Console (noActivateDeploysOnly)"))
                    ->deployed);
        QVERIFY(o.status && !o.status->wouldSend()); // nothing binds it yet: said, not hidden
    }

    void cancelStopsBeforeTheNextWrite()
    {
        const Profile p = profile(Mode::Unified);
        const int before = writes(Mode::Unified);
        ActionDeployJob *job = start(p, resource(QStringLiteral("custom-phone-provider-sms.js")));
        connect(job, &ActionDeployJob::stepChanged, job, [job](const Step &s) {
            if (s.id == Step::Id::Check && s.state == Step::State::Done)
                job->cancel();
        });
        const Outcome o = finish(job);
        QCOMPARE(o.state(Step::Id::Save), Step::State::Cancelled);
        QCOMPARE(writes(Mode::Unified), before);
    }
};

QTEST_GUILESS_MAIN(TestActionDeploy)
#include "TestActionDeploy.moc"
