#include "Commands.h"

#include "CliApp.h"
#include "SecretInput.h"
#include "auth0/MfaSetupJob.h"
#include "auth0/MfaTestJob.h"
#include "log/TenantLogStore.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxFixtures.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"

#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

// sms-hook-cli auth0 test-mfa: signs the profile's test user in through Auth0's Authentication
// API and completes the login with the code the MFA text brought (typed on a terminal, or read
// from the simulated handset for the built-in sandbox), printing the timeline.
namespace {

const QString ProfileOpt = QStringLiteral("profile");

// One line from standard input, off the event loop's thread.
void readLineLater(std::function<void(const QString &)> done)
{
    auto *watcher = new QFutureWatcher<QString>(qApp);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, watcher, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([] {
        std::string line;
        std::getline(std::cin, line);
        return QString::fromStdString(line).trimmed();
    }));
}

bool confirmed(CliApp &app, const QCommandLineParser &parser, const QStringList &writes)
{
    if (parser.isSet(QStringLiteral("yes")))
        return true;
    if (!isatty(STDIN_FILENO) || app.out().json())
        return false;
    std::fputs(qPrintable(CliApp::tr("Write this to the tenant? [y/N] ")), stderr);
    std::string answer;
    std::getline(std::cin, answer);
    Q_UNUSED(writes);
    return answer == "y" || answer == "Y" || answer == "yes";
}

void printPlan(CliApp &app, const QString &title, const QStringList &writes)
{
    if (app.out().json())
        return;
    app.out().text(title);
    for (const QString &w : writes)
        app.out().text(QStringLiteral("  - ") + w);
}

int runTest(CliApp &app, const Profile &profile, const QCommandLineParser &parser);

int credentialCommand(CliApp &app, const Profile &profile, const QString &which)
{
    QString name;
    if (which == QLatin1String("client-secret"))
        name = MfaTestSettings::clientSecretName();
    else if (which == QLatin1String("password"))
        name = MfaTestSettings::passwordName();
    else
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("--credential: use client-secret or password."));
    const auto value = SecretInput::read(
        which == QLatin1String("password") ? CliApp::tr("Password of the test user: ")
                                           : CliApp::tr("Client secret of the test application: "));
    if (!value || value->isEmpty())
        return app.out().fail(CliOutput::Failure, QStringLiteral("no-input"),
                              CliApp::tr("nothing on standard input."),
                              CliApp::tr("Pipe it in: printf %s \"$VALUE\" | sms-hook-cli auth0 "
                                         "test-mfa --profile P --credential %1")
                                  .arg(which));
    SecretsJob *job = app.secrets().apply(profile.name, {{name, *value}});
    QObject::connect(job, &SecretsJob::finished, job, [&app, job, name] {
        if (job->failed()) {
            app.finishLater(app.keychainFailure(job->error()));
            return;
        }
        app.out().result(
            QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("stored"), name}});
        app.out().text(CliApp::tr("Stored %1 in the keychain.").arg(name));
        app.finishLater(CliOutput::Success);
    });
    return -1;
}

int removeCommand(CliApp &app, const Profile &profile, const QCommandLineParser &parser)
{
    const MfaRemovalPlan plan = MfaSetupJob::removalPlan(profile, app.profiles());
    printPlan(app,
              plan.writes().isEmpty()
                  ? CliApp::tr("The console created no test application or user for \"%1\"; only "
                               "its settings and keychain entries go.")
                        .arg(profile.name)
                  : CliApp::tr("Removing the MFA test's own application and user writes:"),
              plan.writes());
    if (!plan.writes().isEmpty() && !confirmed(app, parser, plan.writes()))
        return app.out().fail(CliOutput::Failure, QStringLiteral("not-confirmed"),
                              CliApp::tr("nothing was removed."),
                              CliApp::tr("Add --yes to remove what is listed."),
                              {{QStringLiteral("plan"), plan.toJson()}});
    MfaSetupJob *job
        = MfaSetupJob::remove(profile, &app.profiles(), &app.secrets(), app.network(), qApp);
    QObject::connect(job, &MfaSetupJob::finished, job, [&app, job, plan] {
        if (job->failed()) {
            app.finishLater(app.out().fail(CliOutput::Failure, job->errorCode(), job->error()));
            return;
        }
        for (const QString &d : job->done())
            app.out().text(QStringLiteral("+ ") + d);
        app.out().result(
            QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("removed"), plan.toJson()}});
        app.finishLater(CliOutput::Success);
    });
    return -1;
}

int setupThenTest(CliApp &app, const Profile &profile, const QCommandLineParser &parser)
{
    MfaSetupJob *planJob
        = MfaSetupJob::plan(profile, &app.profiles(), &app.secrets(), app.network(), qApp);
    QObject::connect(planJob, &MfaSetupJob::finished, planJob, [&app, planJob, profile, &parser] {
        if (planJob->failed()) {
            app.finishLater(
                app.out().fail(CliOutput::Failure, planJob->errorCode(), planJob->error()));
            return;
        }
        const MfaSetupPlan plan = planJob->setupPlan();
        printPlan(app, CliApp::tr("Setting up the MFA test writes to the tenant:"), plan.writes());
        if (!app.out().json())
            app.out().text(CliApp::tr("  and keeps %1 in the keychain.")
                               .arg(plan.keychainEntries().join(QStringLiteral(", "))));
        if (!confirmed(app, parser, plan.writes())) {
            app.finishLater(app.out().fail(CliOutput::Failure, QStringLiteral("not-confirmed"),
                                           CliApp::tr("nothing was written to the tenant."),
                                           CliApp::tr("Add --yes to write what is listed."),
                                           {{QStringLiteral("plan"), plan.toJson()}}));
            return;
        }
        MfaSetupJob *apply = MfaSetupJob::apply(profile, plan, &app.profiles(), &app.secrets(),
                                                app.network(), qApp);
        QObject::connect(apply, &MfaSetupJob::finished, apply, [&app, apply, profile, &parser] {
            if (apply->failed()) {
                app.finishLater(
                    app.out().fail(CliOutput::Failure, apply->errorCode(), apply->error()));
                return;
            }
            for (const QString &d : apply->done())
                app.out().text(QStringLiteral("+ ") + d);
            const int code = runTest(app, profile, parser);
            if (code >= 0)
                app.finishLater(code);
        });
    });
    return -1;
}

int runTest(CliApp &app, const Profile &original, const QCommandLineParser &parser)
{
    Profile profile = original;
    MfaTestRequest request;
    request.recipient = parser.value(QStringLiteral("to")).trimmed();
    request.settings = MfaTestSettings::load(app.profiles(), profile.name);
    request.sendProviderTest = parser.isSet(QStringLiteral("provider-test"));
    TwilioSandbox *twilio = nullptr;
    std::optional<MfaTestSecrets> fixtureSecrets;
    if (profile.builtInSandbox) {
        Auth0Sandbox *auth0 = nullptr;
        twilio = SandboxProfile::startInProcess(&profile, qApp, &auth0);
        if (!twilio || !auth0)
            return app.out().fail(CliOutput::Failure, QStringLiteral("sandbox-failed"),
                                  CliApp::tr("could not start the built-in sandbox on 127.0.0.1."));
        if (!app.out().json())
            app.out().warning(CliApp::tr("Using a sandbox inside this command; the simulated "
                                         "handset of %1 reads the code.")
                                  .arg(request.recipient));
        // The simulated tenant's own test application and user, unless others were named or set
        // up: the enrolled user for its phone, the user with no phone for any other number.
        if (!request.settings.isConfigured()
            || SandboxProfile::isFixtureMfaTest(request.settings)) {
            const auto &enrolled = Auth0SandboxFixtures::enrolledTestUser();
            const auto &user = request.recipient == enrolled.enrolledPhone
                ? enrolled
                : Auth0SandboxFixtures::newTestUser();
            request.settings.clientId = Auth0SandboxFixtures::testApplication().clientId;
            request.settings.username = user.email;
            request.settings.connection = Auth0SandboxFixtures::databaseConnection();
            MfaTestSecrets s;
            s.managementSecret = Auth0SandboxFixtures::fullClient().clientSecret;
            s.testClientSecret = Auth0SandboxFixtures::testApplication().clientSecret;
            s.testUserPassword = user.password;
            s.twilio = {SandboxFixtures::credentials().accountSid,
                        SandboxFixtures::credentials().authToken};
            fixtureSecrets = s;
        }
        request.logPollMs = 200;
        request.deliveryPollMs = 200;
    }
    request.profile = profile;
    MfaTestJob *job = fixtureSecrets
        ? MfaTestJob::startWithSecrets(request, *fixtureSecrets, app.network(), qApp)
        : MfaTestJob::start(request, &app.secrets(), app.network(), qApp);
    QObject::connect(job, &MfaTestJob::stepChanged, job, [&app](const MfaTimelineStep &s) {
        if (app.out().json() || s.state == MfaTimelineStep::State::Running)
            return;
        const QString mark = s.state == MfaTimelineStep::State::Done ? QStringLiteral("+")
            : s.state == MfaTimelineStep::State::Failed              ? QStringLiteral("x")
                                                                     : QStringLiteral("-");
        app.out().text(QStringLiteral("%1 %2 (%3 ms)%4")
                           .arg(mark, s.title)
                           .arg(s.elapsedMs)
                           .arg(s.detail.isEmpty() ? QString() : QStringLiteral(": ") + s.detail));
    });
    auto *handset = twilio ? new SandboxHandset(twilio, job) : nullptr;
    QObject::connect(job, &MfaTestJob::codeNeeded, job, [&app, job, handset](const QString &to) {
        if (handset) {
            handset->waitForCode(
                to, [job](const QString &code, const QString &) { job->submitCode(code); });
            return;
        }
        std::fputs(qPrintable(CliApp::tr("Code texted to %1: ").arg(to)), stderr);
        QPointer<MfaTestJob> alive(job);
        readLineLater([alive](const QString &code) {
            if (alive)
                alive->submitCode(code);
        });
        Q_UNUSED(app);
    });
    QObject::connect(job, &MfaTestJob::finished, job, [&app, job] {
        const MfaTimeline &t = job->timeline();
        // The pair the test saw lets `auth0 logs sync` link this send to its message exactly.
        TenantLogStore::recordMfaTest(app.deliveryLog(), t);
        if (app.out().json()) {
            app.out().result(t.toJson());
        } else {
            if (!t.messageSid.isEmpty()) {
                QStringList st;
                for (const auto &s : t.messageStatuses)
                    st << s.status;
                app.out().text(CliApp::tr("Twilio message %1: %2")
                                   .arg(t.messageSid, st.join(QStringLiteral(" -> "))));
            }
            for (const TenantLogEvent &e : t.logEvents)
                app.out().text(
                    CliApp::tr("Auth0 log: %1  %2  %3")
                        .arg(e.date.toLocalTime().toString(Qt::ISODate), e.type, e.description));
            if (t.ok())
                app.out().text(MfaTimeline::completedText());
            else
                app.out().warning(t.problem.userText());
        }
        app.finishLater(t.ok() ? CliOutput::Success : CliOutput::Failure);
    });
    return -1;
}

} // namespace

int mfaTestCommand(CliApp &app, const QStringList &args)
{
    // Owned by the command: the continuations read it after this function returns.
    static QCommandLineParser parser;
    parser.addOption({ProfileOpt, CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("to"), CliApp::tr("The test phone, E.164."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("setup"),
                      CliApp::tr("Create the console's own test application and user first.")});
    parser.addOption(
        {QStringLiteral("remove"), CliApp::tr("Remove the console's test application and user.")});
    parser.addOption({QStringLiteral("yes"), CliApp::tr("Write what the plan lists.")});
    parser.addOption({QStringLiteral("client-id"), CliApp::tr("Name an existing test application."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("user"), CliApp::tr("Name an existing test user."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("connection"),
                      CliApp::tr("The test user's database connection."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("credential"),
                      CliApp::tr("Store client-secret or password from standard input."),
                      QStringLiteral("WHICH")});
    parser.addOption({QStringLiteral("provider-test"),
                      CliApp::tr("Unified tenants: also send the phone provider's test message.")});
    if (!app.parse(parser, args, QStringLiteral("auth0 test-mfa"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    const auto profile = app.requireProfile(parser, &code);
    if (!profile)
        return code;
    if (!profile->auth0.isConnected())
        return app.out().fail(
            CliOutput::Failure, QStringLiteral("not-connected"),
            CliApp::tr("profile \"%1\" is not connected to a tenant.").arg(profile->name),
            CliApp::tr("Connect it first: sms-hook-cli auth0 connect --profile "
                       "\"%1\" ...")
                .arg(profile->name));
    if (parser.isSet(QStringLiteral("credential")))
        return credentialCommand(app, *profile, parser.value(QStringLiteral("credential")));
    if (parser.isSet(QStringLiteral("remove")))
        return removeCommand(app, *profile, parser);
    if (parser.isSet(QStringLiteral("client-id")) || parser.isSet(QStringLiteral("user"))
        || parser.isSet(QStringLiteral("connection"))) {
        MfaTestSettings s = MfaTestSettings::load(app.profiles(), profile->name);
        if (parser.isSet(QStringLiteral("client-id")))
            s.clientId = parser.value(QStringLiteral("client-id")).trimmed();
        if (parser.isSet(QStringLiteral("user")))
            s.username = parser.value(QStringLiteral("user")).trimmed();
        s.connection = parser.value(QStringLiteral("connection")).trimmed();
        if (s.connection.isEmpty())
            s.connection = QStringLiteral("Username-Password-Authentication");
        s.createdClientId.clear();
        s.createdUserId.clear();
        MfaTestSettings::save(&app.profiles(), profile->name, s);
    }
    if (!parser.isSet(QStringLiteral("to")))
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("test-mfa needs --to NUMBER, the test phone in E.164; "
                                         "see sms-hook-cli --help."));
    if (parser.isSet(QStringLiteral("setup")))
        return setupThenTest(app, *profile, parser);
    return runTest(app, *profile, parser);
}

QString mfaTestUsage()
{
    return CliApp::tr(
        "  auth0 test-mfa --profile P --to N [--setup [--yes]] [--provider-test]\n"
        "                                     sign the test user in and complete MFA with the\n"
        "                                     code the text brought (exit 0), printing the\n"
        "                                     timeline; --setup first creates the console's test\n"
        "                                     application and user (the plan is printed; --yes)\n"
        "  auth0 test-mfa --profile P --remove [--yes]\n"
        "                                     delete the console's test application and user\n"
        "  auth0 test-mfa --profile P --client-id ID --user NAME [--connection C] --to N\n"
        "                                     name an existing test application and user; store\n"
        "                                     their secrets with --credential client-secret|\n"
        "                                     password (from standard input)\n");
}
