#include "Commands.h"

#include "CliApp.h"
#include "auth0/ActionDeployJob.h"
#include "auth0/ActionTestJob.h"
#include "auth0/BoundActionJob.h"
#include "phone/PhoneNumber.h"
#include "run/Auth0MessageTemplate.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

// sms-hook-cli action deploy | pull | rollback | test-remote: the profile's Action in its tenant.
namespace {

const QString ProfileOpt = QStringLiteral("profile");

QString stepMark(ActionDeployStep::State state)
{
    switch (state) {
    case ActionDeployStep::State::Done:
        return QStringLiteral("+");
    case ActionDeployStep::State::Failed:
        return QStringLiteral("x");
    case ActionDeployStep::State::Cancelled:
        return QStringLiteral("-");
    case ActionDeployStep::State::Skipped:
        return QStringLiteral(" ");
    case ActionDeployStep::State::Running:
        return QStringLiteral(">");
    case ActionDeployStep::State::Pending:
        break;
    }
    return QStringLiteral(".");
}

int deploy(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), CliApp::tr("The Action's code."));
    parser.addOption({ProfileOpt, CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("name"),
                      CliApp::tr("The Action's name (default: the bound one, else \"SMS Hook "
                                 "Console (PROFILE)\")."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("runtime"), CliApp::tr("node22 (default) or node18."),
                      QStringLiteral("R")});
    parser.addOption({QStringLiteral("no-activate"),
                      CliApp::tr("Deploy only: do not bind it or change the tenant's phone "
                                 "set-up.")});
    if (!app.parse(parser, args, QStringLiteral("action deploy"), 1))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    const QString runtime = parser.value(QStringLiteral("runtime"));
    if (!runtime.isEmpty() && runtime != QLatin1String("node22")
        && runtime != QLatin1String("node18"))
        return app.out().fail(
            CliOutput::UsageError, QStringLiteral("invalid-argument"),
            CliApp::tr("--runtime: use node22 or node18, not \"%1\".").arg(runtime));
    int code = 0;
    auto profile = app.requireProfile(parser, &code);
    if (!profile || !app.prepareProfile(&*profile, &code))
        return code;
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return app.out().fail(CliOutput::Failure, QStringLiteral("no-file"),
                              CliApp::tr("cannot read %1: %2").arg(path, file.errorString()));
    ActionDeployRequest request;
    request.code = QString::fromUtf8(file.readAll());
    request.name = parser.value(QStringLiteral("name"));
    request.runtime = runtime;
    request.activate = !parser.isSet(QStringLiteral("no-activate"));
    ActionDeployJob *job
        = ActionDeployJob::start(*profile, request, &app.secrets(), app.network(), qApp);
    QObject::connect(job, &ActionDeployJob::stepChanged, job, [&app](const ActionDeployStep &s) {
        CliOutput &out = app.out();
        if (s.state == ActionDeployStep::State::Running)
            return;
        out.text(QStringLiteral("%1 %2%3").arg(
            stepMark(s.state), s.title,
            s.detail.isEmpty() ? QString() : QStringLiteral(": ") + s.detail));
    });
    QObject::connect(job, &ActionDeployJob::finished, job, [&app, job] {
        CliOutput &out = app.out();
        QJsonArray steps;
        for (const ActionDeployStep &s : job->steps())
            steps.append(
                QJsonObject {{QStringLiteral("id"), ActionDeployStep::idName(s.id)},
                             {QStringLiteral("state"), ActionDeployStep::stateName(s.state)},
                             {QStringLiteral("title"), s.title},
                             {QStringLiteral("detail"), s.detail}});
        QJsonObject extra {{QStringLiteral("steps"), steps},
                           {QStringLiteral("report"), job->report()}};
        if (!job->action().id.isEmpty())
            extra.insert(
                QStringLiteral("action"),
                QJsonObject {
                    {QStringLiteral("id"), job->action().id},
                    {QStringLiteral("name"), job->action().name},
                    {QStringLiteral("version"),
                     job->action().deployedVersion ? job->action().deployedVersion->number : 0}});
        if (job->failed()) {
            app.finishLater(out.fail(CliOutput::Failure,
                                     job->cancelled() ? QStringLiteral("cancelled")
                                                      : QStringLiteral("deploy-failed"),
                                     job->error(), job->report(), extra));
            return;
        }
        extra.insert(QStringLiteral("ok"), true);
        out.result(extra);
        out.text(job->report());
        app.finishLater(CliOutput::Success);
    });
    return -1;
}

int pull(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOpt, CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("output"),
                      CliApp::tr("Write the code here instead of standard output."),
                      QStringLiteral("F")});
    if (!app.parse(parser, args, QStringLiteral("action pull"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    auto profile = app.requireProfile(parser, &code);
    if (!profile || !app.prepareProfile(&*profile, &code))
        return code;
    const QString output = parser.value(QStringLiteral("output"));
    BoundActionJob *job = BoundActionJob::pull(*profile, &app.secrets(), app.network(), qApp);
    QObject::connect(job, &BoundActionJob::finished, job, [&app, job, output] {
        CliOutput &out = app.out();
        if (job->failed()) {
            app.finishLater(out.fail(CliOutput::Failure, job->errorCode(), job->error()));
            return;
        }
        if (!output.isEmpty()) {
            QSaveFile file(output);
            if (!file.open(QIODevice::WriteOnly) || file.write(job->code().toUtf8()) < 0
                || !file.commit()) {
                app.finishLater(
                    out.fail(CliOutput::Failure, QStringLiteral("write-failed"),
                             CliApp::tr("cannot write %1: %2").arg(output, file.errorString())));
                return;
            }
        }
        QJsonObject doc {{QStringLiteral("ok"), true},
                         {QStringLiteral("action"), job->action().name},
                         {QStringLiteral("id"), job->action().id},
                         {QStringLiteral("trigger"), job->trigger()},
                         {QStringLiteral("version"), job->deployedNumber()}};
        if (output.isEmpty())
            doc.insert(QStringLiteral("code"), job->code());
        else
            doc.insert(QStringLiteral("output"), output);
        out.result(doc);
        if (!out.json()) {
            if (output.isEmpty())
                std::fputs(job->code().toUtf8().constData(), stdout);
            else
                out.text(CliApp::tr("Wrote version %1 of \"%2\" to %3.")
                             .arg(job->deployedNumber())
                             .arg(job->action().name, output));
        }
        app.finishLater(CliOutput::Success);
    });
    return -1;
}

int rollback(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOpt, CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("version"),
                      CliApp::tr("The version to deploy again (default: the one before the "
                                 "deployed one)."),
                      QStringLiteral("N")});
    if (!app.parse(parser, args, QStringLiteral("action rollback"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int version = 0;
    if (parser.isSet(QStringLiteral("version"))) {
        bool ok = false;
        version = parser.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1)
            return app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                                  CliApp::tr("--version: a version number, 1 or more."));
    }
    int code = 0;
    auto profile = app.requireProfile(parser, &code);
    if (!profile || !app.prepareProfile(&*profile, &code))
        return code;
    BoundActionJob *job
        = BoundActionJob::rollback(*profile, version, &app.secrets(), app.network(), qApp);
    QObject::connect(job, &BoundActionJob::finished, job, [&app, job] {
        CliOutput &out = app.out();
        if (job->failed()) {
            app.finishLater(out.fail(CliOutput::Failure, job->errorCode(), job->error()));
            return;
        }
        out.result(QJsonObject {{QStringLiteral("ok"), true},
                                {QStringLiteral("action"), job->action().name},
                                {QStringLiteral("previous_version"), job->previousNumber()},
                                {QStringLiteral("code_of_version"), job->rolledBackTo()},
                                {QStringLiteral("version"), job->deployedNumber()}});
        out.text(CliApp::tr("\"%1\": version %2 is deployed, with the code of version %3 (was "
                            "version %4).")
                     .arg(job->action().name)
                     .arg(job->deployedNumber())
                     .arg(job->rolledBackTo())
                     .arg(job->previousNumber()));
        app.finishLater(CliOutput::Success);
    });
    return -1;
}

// The tenant's own run of its Action's draft (POST /actions/actions/{id}/test) with the event a
// local run would get.
int testRemote(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOpt, CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("to"), CliApp::tr("Auth0's recipient."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("text"), CliApp::tr("Auth0's text."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("event"),
                      CliApp::tr("JSON object merged over the event Auth0 builds."),
                      QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("code"),
                      CliApp::tr("A local file to compare the tenant's draft with."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("update-draft"),
                      CliApp::tr("Write --code into the draft first (not deployed).")});
    if (!app.parse(parser, args, QStringLiteral("action test-remote"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    CliOutput &out = app.out();
    if (parser.isSet(QStringLiteral("update-draft")) && !parser.isSet(QStringLiteral("code")))
        return out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                        CliApp::tr("--update-draft writes the file given with --code into the "
                                   "draft: add --code FILE."));
    QJsonObject event;
    if (parser.isSet(QStringLiteral("event"))) {
        const QJsonDocument doc
            = QJsonDocument::fromJson(parser.value(QStringLiteral("event")).toUtf8());
        if (!doc.isObject())
            return out.fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                            CliApp::tr("--event: expected a JSON object."),
                            CliApp::tr("Give a JSON object, e.g. --event '{\"notification\": "
                                       "{\"code\": \"4321\"}}'."));
        event = doc.object();
    }
    QString to = parser.value(QStringLiteral("to"));
    for (const char *part : {"notification", "message_options"}) {
        if (to.isEmpty())
            to = event.value(QLatin1String(part))
                     .toObject()
                     .value(QLatin1String("recipient"))
                     .toString();
    }
    if (to.isEmpty())
        return out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                        CliApp::tr("action test-remote needs --to NUMBER (or an --event that "
                                   "names its recipient); see sms-hook-cli --help."));
    int code = 0;
    auto profile = app.requireProfile(parser, &code);
    if (!profile)
        return code;
    const PhoneNumberInfo info = PhoneNumbers::parse(to, profile->defaultRegion);
    if (!info.valid)
        return out.fail(CliOutput::Failure, QStringLiteral("invalid-number"),
                        CliApp::tr("--to: %1").arg(info.error));
    ActionTestRequest request;
    request.message.recipient = info.e164;
    request.editedEvent = event;
    Auth0HookContext auth0;
    auth0.code = request.message.code;
    auth0.friendlyName = profile->name;
    request.message.text = parser.isSet(QStringLiteral("text"))
        ? parser.value(QStringLiteral("text"))
        : Auth0MessageTemplate::defaultText(auth0);
    const QString file = parser.value(QStringLiteral("code"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return out.fail(CliOutput::Failure, QStringLiteral("no-file"),
                            CliApp::tr("cannot read %1: %2").arg(file, f.errorString()));
        request.editorCode = QString::fromUtf8(f.readAll());
        request.updateDraft = parser.isSet(QStringLiteral("update-draft"));
    }
    if (!app.prepareProfile(&*profile, &code))
        return code;
    ActionTestJob *job = ActionTestJob::run(*profile, request, &app.secrets(), app.network(), qApp);
    QObject::connect(job, &ActionTestJob::step, job, [&app](const QString &line) {
        if (!app.out().json())
            app.out().warning(line);
    });
    QObject::connect(job, &ActionTestJob::finished, job, [&app, job, file] {
        CliOutput &output = app.out();
        QJsonObject doc {{QStringLiteral("trigger"), job->trigger()},
                         {QStringLiteral("tested"), QStringLiteral("draft")},
                         {QStringLiteral("draft_updated"), job->draftUpdated()},
                         {QStringLiteral("event"), job->payload()}};
        if (!job->action().id.isEmpty())
            doc.insert(QStringLiteral("action"),
                       QJsonObject {{QStringLiteral("id"), job->action().id},
                                    {QStringLiteral("name"), job->action().name}});
        if (!file.isEmpty())
            doc.insert(QStringLiteral("draft_differs"), job->draftDiffers());
        if (job->failed()) {
            app.finishLater(
                output.fail(CliOutput::Failure, job->errorCode(), job->error(), {}, doc));
            return;
        }
        const ActionTestResult &r = job->result();
        doc.insert(QStringLiteral("ok"), r.succeeded());
        doc.insert(QStringLiteral("result"), r.payload);
        output.result(doc);
        if (!output.json()) {
            if (!file.isEmpty() && job->draftDiffers())
                output.warning(
                    CliApp::tr("The tenant's draft differs from %1:\n%2").arg(file, job->diff()));
            output.text(CliApp::tr("Tested the %1draft of \"%2\" (%3) in the tenant: %4")
                         .arg(job->draftUpdated() ? CliApp::tr("updated ") : QString(),
                              job->action().name, job->trigger(),
                              r.status.isEmpty() ? CliApp::tr("answered") : r.status));
            for (const QString &line : r.logs)
                output.text(QStringLiteral("console.%1").arg(line));
            for (const QString &sid : r.messageSids)
                output.text(CliApp::tr("Twilio message %1").arg(sid));
            if (!r.errorMessage.isEmpty())
                output.text(CliApp::tr("error: %1%2%3")
                             .arg(r.errorName.isEmpty() ? QString() : r.errorName + u' ',
                                  r.errorCode.isEmpty() ? QString() : r.errorCode + u' ',
                                  r.errorMessage));
            if (!r.reason.isEmpty())
                output.text(CliApp::tr("reason: %1").arg(r.reason));
            if (r.status.isEmpty())
                output.text(QString::fromUtf8(QJsonDocument(r.payload).toJson()));
        }
        app.finishLater(r.succeeded() ? CliOutput::Success : CliOutput::Failure);
    });
    return -1;
}

} // namespace

bool isDeployVerb(const QString &verb)
{
    return verb == QLatin1String("deploy") || verb == QLatin1String("pull")
        || verb == QLatin1String("rollback") || verb == QLatin1String("test-remote");
}

int deployCommand(CliApp &app, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("deploy"))
        return deploy(app, args);
    if (verb == QLatin1String("pull"))
        return pull(app, args);
    if (verb == QLatin1String("test-remote"))
        return testRemote(app, args);
    return rollback(app, args);
}

QString deployUsage()
{
    return CliApp::tr(
        "  action deploy FILE --profile P [--name N] [--runtime node22|node18] [--no-activate]\n"
        "                                     deploy the code as the tenant's phone Action and\n"
        "                                     activate it; each step shown, exit 1 on failure\n"
        "  action pull --profile P [--output F]\n"
        "                                     the deployed code of the bound Action\n"
        "  action rollback --profile P [--version N]\n"
        "                                     deploy an earlier version again\n"
        "  action test-remote --profile P [--to N] [--text T] [--event JSON]\n"
        "                     [--code FILE [--update-draft]]\n"
        "                                     the tenant runs its Action's draft with the event\n"
        "                                     a local run gets (exit 1 when it fails)\n");
}
