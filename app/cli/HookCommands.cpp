#include "Commands.h"

#include "CliApp.h"
#include "hook/HookRunner.h"
#include "log/DeliveryLog.h"
#include "phone/PhoneNumber.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// sms-hook-cli run-hook: the hook's code from a file, run as the console's editor does.
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
    QJsonObject o {{QStringLiteral("method"), r.method},
                   {QStringLiteral("url"), r.url},
                   {QStringLiteral("summary"), r.summary},
                   {QStringLiteral("http_status"), r.httpStatus},
                   {QStringLiteral("elapsed_ms"), r.elapsedMs}};
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

void reportRun(CliApp &app, const HookRunResult &r)
{
    QJsonArray console;
    for (const HookConsoleLine &line : r.console)
        console.append(consoleJson(line));
    QJsonArray requests;
    for (const HookRequestRecord &req : r.requests)
        requests.append(requestJson(req));
    QJsonObject doc {{QStringLiteral("outcome"), HookRunResult::outcomeName(r.outcome)},
                     {QStringLiteral("console"), console},
                     {QStringLiteral("requests"), requests},
                     {QStringLiteral("elapsed_ms"), r.elapsedMs}};
    if (r.line > 0)
        doc.insert(QStringLiteral("line"), r.line);
    if (r.succeeded()) {
        doc.insert(QStringLiteral("ok"), true);
        doc.insert(QStringLiteral("result"), r.result);
        const QString result = r.result.isUndefined()
            ? QStringLiteral("undefined")
            : QString::fromUtf8(QJsonDocument(QJsonArray {r.result}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        app.out().text(CliApp::tr("cb(null, %1) after %2 ms.").arg(result).arg(r.elapsedMs));
        app.out().result(doc);
        app.finishLater(CliOutput::Success);
        return;
    }
    app.finishLater(app.out().fail(CliOutput::Failure, HookRunResult::outcomeName(r.outcome),
                                   CliApp::tr("%1 (after %2 ms)").arg(r.error).arg(r.elapsedMs), {},
                                   doc));
}

} // namespace

int runHookCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, CliApp::tr("The profile whose secrets the hook reads."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("to"), CliApp::tr("Auth0's recipient."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("text"), CliApp::tr("Auth0's text."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("context"),
                      CliApp::tr("JSON object merged over the sample context."),
                      QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("timeout-ms"),
                      CliApp::tr("Time limit of the run (default 20000)."), QStringLiteral("MS")});
    if (!app.parse(parser, args, QStringLiteral("run-hook"), 1, CliApp::tr("hook file")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    if (!parser.isSet(QStringLiteral("to")))
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("run-hook needs --to NUMBER; see sms-hook-cli --help."));

    QJsonObject context = HookRunner::sampleContext();
    if (parser.isSet(QStringLiteral("context"))) {
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson(parser.value(QStringLiteral("context")).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                                  CliApp::tr("--context: not valid JSON: %1 at offset %2.")
                                      .arg(error.errorString())
                                      .arg(error.offset),
                                  CliApp::tr("Give a JSON object, e.g. --context "
                                             "'{\"message_type\": \"voice\"}'."));
        if (!doc.isObject())
            return app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                                  CliApp::tr("--context: expected a JSON object."),
                                  CliApp::tr("Give a JSON object, e.g. --context "
                                             "'{\"message_type\": \"voice\"}'."));
        const QJsonObject given = doc.object();
        for (auto it = given.begin(); it != given.end(); ++it)
            context.insert(it.key(), it.value());
    }
    int code = 0;
    // Auth0 stops a hook after 20 s; up to ten minutes leaves room to debug a slow one.
    const std::optional<int> timeLimit
        = app.numberOption(parser, QStringLiteral("timeout-ms"), 1, 600000, 20000, &code);
    if (!timeLimit)
        return code;
    const int timeLimitMs = *timeLimit;

    auto profile = app.requireProfile(parser, &code);
    if (!profile)
        return code;
    const QString to = parser.value(QStringLiteral("to"));
    const PhoneNumberInfo info = PhoneNumbers::parse(to, profile->defaultRegion);
    if (!info.valid)
        return app.out().fail(CliOutput::Failure, QStringLiteral("invalid-number"),
                              CliApp::tr("--to: %1").arg(info.error));
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
    request.text = parser.isSet(QStringLiteral("text"))
        ? parser.value(QStringLiteral("text"))
        : CliApp::tr("Your verification code is: %1")
              .arg(context.value(QLatin1String("code")).toString());
    request.profile = *profile;
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
        QObject::connect(runner, &HookRunner::finished, runner,
                         [&app, runner](const HookRunResult &r) {
                             // The hook's sends are committed to the delivery log before the
                             // command reports and exits.
                             app.deliveryLog()->flush(runner, [&app, runner, r](const QString &) {
                                 reportRun(app, r);
                                 runner->deleteLater();
                             });
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
        "                                     profile's Twilio (or sandbox) and the delivery log\n");
}
