#include "Commands.h"

#include "CliApp.h"
#include "hook/HookRunner.h"
#include "log/DeliveryLog.h"
#include "phone/PhoneNumber.h"
#include "run/Auth0MessageTemplate.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

// sms-hook-cli run-hook: hook or Action code from a file, run as the console's editor does.
namespace {

const QString ProfileOption = QStringLiteral("profile");

// The file's text, or an exit code after saying why it cannot be read.
std::optional<QString> readSource(CliApp &app, const QString &fileName, int *exitCode)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode
            = app.out().fail(CliOutput::Failure, QStringLiteral("cannot-read"),
                             CliApp::tr("cannot read %1: %2.").arg(fileName, file.errorString()),
                             CliApp::tr("Check the path and its permissions."));
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

QJsonObject consoleJson(const HookConsoleLine &line)
{
    return {{QStringLiteral("level"), line.level},
            {QStringLiteral("text"), line.text},
            {QStringLiteral("at_ms"), line.atMs}};
}

QJsonObject requestJson(const HookRequestRecord &r)
{
    QJsonObject o {
        {QStringLiteral("method"), r.method},   {QStringLiteral("url"), r.url},
        {QStringLiteral("summary"), r.summary}, {QStringLiteral("http_status"), r.httpStatus},
        {QStringLiteral("logged"), r.logged},   {QStringLiteral("elapsed_ms"), r.elapsedMs}};
    if (!r.sid.isEmpty())
        o.insert(QStringLiteral("sid"), r.sid);
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

QString requestLine(const HookRequestRecord &r)
{
    const QString answer = !r.error.isEmpty()
        ? CliApp::tr("failed: %1").arg(r.error)
        : QStringLiteral("%1 %2").arg(r.httpStatus).arg(r.sid);
    return CliApp::tr("request: %1 %2  %3  -> %4 (%5 ms)")
        .arg(r.method, r.url, r.summary, answer)
        .arg(r.elapsedMs);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("undefined");
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

void reportRun(CliApp &app, const HookRunResult &r, const QMap<QString, QString> &deliveries)
{
    QJsonArray console;
    for (const HookConsoleLine &line : r.console)
        console.append(consoleJson(line));
    QJsonArray requests;
    for (const HookRequestRecord &req : r.requests)
        requests.append(requestJson(req));
    QJsonObject doc {{QStringLiteral("outcome"), HookRunResult::outcomeName(r.outcome)},
                     {QStringLiteral("kind"), RunEvents::kindName(r.kind)},
                     {QStringLiteral("console"), console},
                     {QStringLiteral("requests"), requests},
                     {QStringLiteral("elapsed_ms"), r.elapsedMs},
                     {QStringLiteral("node"), r.nodeVersion},
                     {QStringLiteral("twilio"), r.twilioVersion}};
    if (r.line > 0)
        doc.insert(QStringLiteral("line"), r.line);
    if (r.bound != HookRunResult::Bound::None)
        doc.insert(QStringLiteral("bound"), HookRunResult::boundName(r.bound));
    if (!r.reason.isEmpty())
        doc.insert(QStringLiteral("reason"), r.reason);
    if (r.droppedOutputBytes > 0)
        doc.insert(QStringLiteral("dropped_output_bytes"), r.droppedOutputBytes);
    if (!deliveries.isEmpty()) {
        // Each message the code created, followed to its final status: sid -> status.
        QJsonObject followed;
        for (auto it = deliveries.cbegin(); it != deliveries.cend(); ++it)
            followed.insert(it.key(), it.value());
        doc.insert(QStringLiteral("deliveries"), followed);
    }
    if (r.succeeded()) {
        doc.insert(QStringLiteral("ok"), true);
        doc.insert(QStringLiteral("result"), r.result);
        if (RunEvents::isAction(r.kind))
            app.out().text(CliApp::tr("The Action (%1) finished after %2 ms; it returned %3.")
                               .arg(RunEvents::kindName(r.kind))
                               .arg(r.elapsedMs)
                               .arg(jsonText(r.result)));
        else
            app.out().text(
                CliApp::tr("cb(null, %1) after %2 ms.").arg(jsonText(r.result)).arg(r.elapsedMs));
        app.out().result(doc);
        app.finishLater(CliOutput::Success);
        return;
    }
    app.finishLater(app.out().fail(CliOutput::Failure, HookRunResult::outcomeName(r.outcome),
                                   CliApp::tr("%1 (after %2 ms)").arg(r.error).arg(r.elapsedMs), {},
                                   doc));
}

// The JSON object of an option, or a usage error's exit code.
std::optional<QJsonObject> jsonOption(CliApp &app, const QCommandLineParser &parser,
                                      const QString &name, const QString &example, int *code)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(parser.value(name).toUtf8(), &error);
    const QString fix = CliApp::tr("Give a JSON object, e.g. --%1 '%2'.").arg(name, example);
    if (error.error != QJsonParseError::NoError) {
        *code = app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                               CliApp::tr("--%1: not valid JSON: %2 at offset %3.")
                                   .arg(name, error.errorString())
                                   .arg(error.offset),
                               fix);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *code = app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                               CliApp::tr("--%1: expected a JSON object.").arg(name), fix);
        return std::nullopt;
    }
    return doc.object();
}

// The recipient an edited event names for itself, if any.
QString eventRecipient(const QJsonObject &event)
{
    const QString n = event.value(QLatin1String("notification"))
                          .toObject()
                          .value(QLatin1String("recipient"))
                          .toString();
    if (!n.isEmpty())
        return n;
    return event.value(QLatin1String("message_options"))
        .toObject()
        .value(QLatin1String("recipient"))
        .toString();
}

} // namespace

int runHookCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, CliApp::tr("The profile whose secrets the code reads."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("to"), CliApp::tr("Auth0's recipient."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("text"), CliApp::tr("Auth0's text."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("context"),
                      CliApp::tr("A hook: JSON object merged over the sample context."),
                      QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("event"),
                      CliApp::tr("An Action: JSON object merged over the event Auth0 builds."),
                      QStringLiteral("JSON")});
    parser.addOption(
        {QStringLiteral("timeout-ms"),
         CliApp::tr("Time limit of the run (default %1).").arg(HookRunRequest().timeLimitMs),
         QStringLiteral("MS")});
    parser.addOption({QStringLiteral("modules"),
                      CliApp::tr("Folder with the npm packages the code requires (default: the "
                                 "profile's modules folder)."),
                      QStringLiteral("DIR")});
    if (!app.parse(parser, args, QStringLiteral("run-hook"), 1, CliApp::tr("hook file")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    if (parser.isSet(QStringLiteral("context")) && parser.isSet(QStringLiteral("event")))
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("--context is for a hook, --event for an Action: give "
                                         "one of them."));

    int code = 0;
    QJsonObject context = HookRunner::sampleContext();
    if (parser.isSet(QStringLiteral("context"))) {
        const auto given = jsonOption(app, parser, QStringLiteral("context"),
                                      QStringLiteral("{\"message_type\": \"voice\"}"), &code);
        if (!given)
            return code;
        for (auto it = given->begin(); it != given->end(); ++it)
            context.insert(it.key(), it.value());
    }
    QJsonObject event;
    if (parser.isSet(QStringLiteral("event"))) {
        const auto given
            = jsonOption(app, parser, QStringLiteral("event"),
                         QStringLiteral("{\"notification\": {\"code\": \"4321\"}}"), &code);
        if (!given)
            return code;
        event = *given;
    }
    QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        to = eventRecipient(event);
    if (to.isEmpty())
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("run-hook needs --to NUMBER (or an --event that names "
                                         "its recipient); see sms-hook-cli --help."));
    // By default Auth0's own limit (HookRunRequest's); up to ten minutes leaves room to debug a
    // slow one.
    const std::optional<int> timeLimit = app.numberOption(
        parser, QStringLiteral("timeout-ms"), 1, 600000, HookRunRequest().timeLimitMs, &code);
    if (!timeLimit)
        return code;
    const int timeLimitMs = *timeLimit;

    auto profile = app.requireProfile(parser, &code);
    if (!profile)
        return code;
    const PhoneNumberInfo info = PhoneNumbers::parse(to, profile->defaultRegion);
    if (!info.valid)
        return app.out().fail(CliOutput::Failure, QStringLiteral("invalid-number"),
                              CliApp::tr("--to: %1").arg(info.error));
    QString modulesDir = parser.isSet(QStringLiteral("modules"))
        ? parser.value(QStringLiteral("modules"))
        : app.profiles().profileValue(profile->name, HookRunner::modulesDirKey()).toString();
    if (!modulesDir.isEmpty() && !QFileInfo(modulesDir).isDir())
        return app.out().fail(CliOutput::Failure, QStringLiteral("invalid-argument"),
                              CliApp::tr("The modules folder %1 does not exist.").arg(modulesDir),
                              CliApp::tr("Pass an existing folder with --modules, or choose the "
                                         "profile's modules folder again on the Hook code page."));
    const QString fileName = parser.positionalArguments().constFirst();
    const auto source = readSource(app, fileName, &code);
    if (!source)
        return code;
    if (!app.prepareProfile(&*profile, &code))
        return code;

    HookRunRequest request;
    request.source = *source;
    request.fileName = QFileInfo(fileName).fileName();
    request.recipient = info.e164; // Auth0 passes the number in E.164
    request.context = context;
    request.event = event;
    if (parser.isSet(QStringLiteral("text"))) {
        request.text = parser.value(QStringLiteral("text"));
    } else {
        // The text Auth0 itself would send, from its default templates.
        Auth0HookContext auth0;
        auth0.code = context.value(QLatin1String("code")).toVariant().toString();
        // Auth0 names the tenant here; offline, the profile stands in for it.
        auth0.friendlyName = profile->name;
        auth0.language = context.value(QLatin1String("language")).toString(auth0.language);
        auth0.messageType
            = context.value(QLatin1String("message_type")).toString() == QLatin1String("voice")
            ? Auth0HookContext::MessageType::Voice
            : Auth0HookContext::MessageType::Sms;
        auth0.action
            = context.value(QLatin1String("action")).toString() == QLatin1String("enrollment")
            ? Auth0HookContext::Action::Enrollment
            : Auth0HookContext::Action::Authentication;
        request.text = Auth0MessageTemplate::defaultText(auth0);
    }
    request.profile = *profile;
    request.modulesDir = modulesDir;
    request.timeLimitMs = timeLimitMs;

    const Profile p = *profile;
    SecretsJob *read = app.secrets().read(p.name, p.secretNames);
    QObject::connect(read, &SecretsJob::finished, read, [&app, read, request]() mutable {
        if (read->failed()) {
            app.finishLater(app.keychainFailure(read->error()));
            return;
        }
        request.secrets = read->values();
        auto *runner = new HookRunner(app.deliveryLog(), qApp);
        QObject::connect(
            runner, &HookRunner::consoleLine, runner, [&app](const HookConsoleLine &line) {
                app.out().text(QStringLiteral("console.%1: %2").arg(line.level, line.text));
            });
        QObject::connect(runner, &HookRunner::requestMade, runner,
                         [&app](const HookRequestRecord &r) { app.out().text(requestLine(r)); });
        auto deliveries = std::make_shared<QMap<QString, QString>>();
        QObject::connect(runner, &HookRunner::deliveryStatus, runner,
                         [&app, deliveries](const QString &sid, const QString &status) {
                             deliveries->insert(sid, status);
                             app.out().text(CliApp::tr("delivery: %1 %2").arg(sid, status));
                         });
        QObject::connect(runner, &HookRunner::finished, runner,
                         [&app, runner, deliveries](const HookRunResult &r) {
                             // The messages the code created are followed to their final status,
                             // and the code's sends committed to the delivery log, before the
                             // command reports and exits: no row is left "pending" behind it.
                             const auto report = [&app, runner, deliveries, r] {
                                 app.deliveryLog()->flush(
                                     runner, [&app, runner, deliveries, r](const QString &) {
                                         reportRun(app, r, *deliveries);
                                         runner->deleteLater();
                                     });
                             };
                             if (runner->deliveriesFollowed() == 0)
                                 report();
                             else
                                 QObject::connect(runner, &HookRunner::deliveriesSettled, runner,
                                                  report, Qt::SingleShotConnection);
                         });
        runner->run(request);
    });
    return -1;
}

QString hookUsage()
{
    return CliApp::tr(
        "  run-hook FILE --profile P --to N [--text T] [--context JSON] [--timeout-ms MS]\n"
        "                                     run a Send Phone Message hook as Auth0 would, with\n"
        "                                     the profile's secrets; its sends go to the\n"
        "                                     profile's Twilio (or sandbox) and the delivery "
        "log\n");
}
