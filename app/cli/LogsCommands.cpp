#include "Commands.h"

#include "CliApp.h"
#include "SignalWatcher.h"
#include "log/CodeMask.h"
#include "log/DeliveryLog.h"
#include "log/LogExport.h"
#include "log/LogSync.h"
#include "run/TwilioAccess.h"
#include "secrets/SecretRules.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <limits>

// sms-hook-cli logs list | export | sync: the delivery log from the command line.
namespace {

// Every outcome's stable name, as --outcome takes them.
QString outcomeNames()
{
    QStringList names;
    for (Attempt::Outcome o : Attempt::outcomes())
        names << Attempt::outcomeName(o);
    return names.join(QStringLiteral(", "));
}

const QString JsonOption = QStringLiteral("json");

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("profile"), CliApp::tr("Only this profile."), QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("status"),
         CliApp::tr("Twilio status (delivered, undelivered, ...); commas for several."),
         QStringLiteral("S")});
    parser.addOption({QStringLiteral("outcome"),
                      CliApp::tr("%1; commas for several.").arg(outcomeNames()),
                      QStringLiteral("O")});
    parser.addOption(
        {QStringLiteral("api"), CliApp::tr("messages or verify."), QStringLiteral("API")});
    parser.addOption({QStringLiteral("source"), CliApp::tr("form, cli, hook, action or twilio."),
                      QStringLiteral("SOURCE")});
    parser.addOption({QStringLiteral("since"), CliApp::tr("From this day or time (UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), CliApp::tr("Up to this day (included) or time."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      CliApp::tr("Recipient numbers containing these digits."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("error"), CliApp::tr("Twilio error code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("search"),
                      CliApp::tr("Text in the body, numbers, SID or error message."),
                      QStringLiteral("TEXT")});
}

// YYYY-MM-DD (a UTC day) or an ISO date-time (UTC unless it names its offset). endOfDay: a bare
// day given as an upper bound means "up to the end of that day".
std::optional<QDateTime> parseWhen(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

int badValue(CliApp &app, const QString &option, const QString &expected)
{
    return app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                          CliApp::tr("--%1: expected %2.").arg(option, expected));
}

// Fills filter from the options; on a bad value prints why and returns false.
bool readFilter(CliApp &app, const QCommandLineParser &parser, LogFilter *filter, int *exitCode)
{
    const auto list = [&](const QString &name) {
        QStringList values;
        for (const QString &v : parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << v.trimmed().toLower();
        return values;
    };
    filter->profile = parser.value(QStringLiteral("profile"));
    filter->statuses = list(QStringLiteral("status"));
    for (const QString &name : list(QStringLiteral("outcome"))) {
        const auto outcome = Attempt::outcomeFromName(name);
        if (!outcome) {
            *exitCode = badValue(app, QStringLiteral("outcome"),
                                 CliApp::tr("one of %1, not \"%2\"").arg(outcomeNames(), name));
            return false;
        }
        filter->outcomes << *outcome;
    }
    if (parser.isSet(QStringLiteral("api"))) {
        filter->api = Attempt::apiFromName(parser.value(QStringLiteral("api")).toLower());
        if (!filter->api) {
            *exitCode = badValue(app, QStringLiteral("api"), CliApp::tr("messages or verify"));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("source"))) {
        filter->source = Attempt::sourceFromName(parser.value(QStringLiteral("source")).toLower());
        if (!filter->source) {
            *exitCode = badValue(app, QStringLiteral("source"),
                                 CliApp::tr("form, cli, hook, action or twilio"));
            return false;
        }
    }
    for (const QString &name : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!parser.isSet(name))
            continue;
        const auto when = parseWhen(parser.value(name), name == QLatin1String("until"));
        if (!when) {
            *exitCode = badValue(app, name,
                                 CliApp::tr("a day as YYYY-MM-DD (UTC) or an ISO date-time such "
                                            "as 2024-05-01T13:45:00Z"));
            return false;
        }
        (name == QLatin1String("since") ? filter->since : filter->until) = *when;
    }
    filter->to = parser.value(QStringLiteral("to"));
    if (parser.isSet(QStringLiteral("error"))) {
        bool ok = false;
        filter->errorCode = parser.value(QStringLiteral("error")).toInt(&ok);
        if (!ok || filter->errorCode <= 0) {
            *exitCode = badValue(app, QStringLiteral("error"),
                                 CliApp::tr("a Twilio error code such as 30003"));
            return false;
        }
    }
    filter->text = parser.value(QStringLiteral("search"));
    return true;
}

int list(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("limit"), CliApp::tr("At most N rows (default 50; 0: all)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    if (!app.parse(parser, args, QStringLiteral("logs list"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    LogFilter filter;
    int code = 0;
    if (!readFilter(app, parser, &filter, &code))
        return code;
    const std::optional<int> limitValue = app.numberOption(
        parser, QStringLiteral("limit"), 0, std::numeric_limits<int>::max(), 50, &code);
    if (!limitValue)
        return code;
    const int limit = *limitValue;

    DeliveryLog *log = app.deliveryLog();
    log->query(filter, limit, qApp, [&app, log](const QList<Attempt> &rows, const QString &error) {
        if (!error.isEmpty()) {
            app.finishLater(
                app.out().fail(CliOutput::Failure, QStringLiteral("log-unavailable"), error));
            return;
        }
        QJsonArray array;
        for (const Attempt &a : rows) {
            array.append(LogExport::toJson(a));
            QString line
                = QStringLiteral("%1  %2  %3  %4  %5  %6")
                      .arg(a.createdAt.toString(Qt::ISODate), a.profile,
                           Attempt::sourceName(a.source), a.to, Attempt::outcomeName(a.outcome),
                           a.sid.isEmpty() ? QStringLiteral("-") : a.sid);
            if (!a.status.isEmpty())
                line += QStringLiteral("  ") + a.status;
            if (a.errorCode != 0)
                line += QStringLiteral("  ") + CliApp::tr("error %1").arg(a.errorCode);
            app.out().text(line);
        }
        if (rows.isEmpty())
            app.out().text(CliApp::tr("No attempts match (log: %1).").arg(log->path()));
        app.out().result(QJsonObject {{QStringLiteral("ok"), true},
                                      {QStringLiteral("count"), rows.size()},
                                      {QStringLiteral("attempts"), array}});
        app.finishLater(CliOutput::Success);
    });
    return -1;
}

int exportLog(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("format"), CliApp::tr("csv or json."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("output"), CliApp::tr("File to write (default: stdout)."),
                      QStringLiteral("FILE")});
    if (!app.parse(parser, args, QStringLiteral("logs export"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    const auto format = LogExport::formatFromName(parser.value(QStringLiteral("format")).toLower());
    if (!format)
        return badValue(app, QStringLiteral("format"), CliApp::tr("csv or json"));
    LogFilter filter;
    int code = 0;
    if (!readFilter(app, parser, &filter, &code))
        return code;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() && app.out().json())
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("--json needs --output FILE: the export itself goes to "
                                         "stdout otherwise."));
    // A CLI may block: the export streams row by row through its own connection.
    LogExport::Result result;
    if (output.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return app.out().fail(CliOutput::Failure, QStringLiteral("write-failed"),
                                  CliApp::tr("cannot write to standard output."));
        result = LogExport::write(DeliveryLog::defaultPath(), filter, *format, &out);
        out.flush();
    } else {
        // Written whole or not at all, readable by its owner only.
        result = LogExport::writeFile(DeliveryLog::defaultPath(), filter, *format, output);
    }
    if (!result.ok)
        return app.out().fail(CliOutput::Failure, QStringLiteral("export-failed"), result.error);
    if (!output.isEmpty()) {
        std::fputs(qPrintable(LogExport::savedText(result.rows, output) + QLatin1Char('\n')),
                   app.out().json() ? stderr : stdout);
        app.out().result(QJsonObject {{QStringLiteral("ok"), true},
                                      {QStringLiteral("rows"), result.rows},
                                      {QStringLiteral("output"), output}});
    }
    return CliOutput::Success;
}

int sync(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("since"), CliApp::tr("First day (UTC)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), CliApp::tr("Last day, included (default today)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("page-size"),
                      CliApp::tr("Messages per page, 1 to 1000 (default 100)."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("keep-codes"),
                      CliApp::tr("Keep one-time codes in the imported bodies (masked by "
                                 "default).")});
    if (!app.parse(parser, args, QStringLiteral("logs sync"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    if (!parser.isSet(QStringLiteral("since")))
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("logs sync needs --since DATE (YYYY-MM-DD); see "
                                         "sms-hook-cli --help."));
    // Twilio filters by the day a message was sent: times are cut to their UTC day.
    const auto since = parseWhen(parser.value(QStringLiteral("since")), false);
    if (!since)
        return badValue(app, QStringLiteral("since"),
                        CliApp::tr("a day as YYYY-MM-DD (UTC) or an ISO date-time"));
    QDate until = QDateTime::currentDateTimeUtc().date();
    if (parser.isSet(QStringLiteral("until"))) {
        const auto when = parseWhen(parser.value(QStringLiteral("until")), false);
        if (!when)
            return badValue(app, QStringLiteral("until"),
                            CliApp::tr("a day as YYYY-MM-DD (UTC) or an ISO date-time"));
        until = when->date();
    }
    if (since->date() > until)
        return badValue(app, QStringLiteral("until"), CliApp::tr("a day on or after --since"));
    int code = 0;
    const std::optional<int> pageSizeValue
        = app.numberOption(parser, QStringLiteral("page-size"), 1, 1000, 100, &code);
    if (!pageSizeValue)
        return code;
    const int pageSize = *pageSizeValue;
    auto profile = app.requireProfile(parser, &code);
    if (!profile || !app.prepareProfile(&*profile, &code))
        return code;
    const Profile p = *profile;
    const QDate first = since->date();
    // One-time codes stay masked unless asked for, here or in the profile's setting.
    const bool keepCodes = parser.isSet(QStringLiteral("keep-codes"))
        || app.profiles().profileValue(p.name, CodeMask::keepSetting(), false).toBool();
    TwilioAccess::read(
        &app.secrets(), p.name, qApp,
        [&app, p, first, until, pageSize, keepCodes](const TwilioAccess &access) {
            if (access.keychainFailed) {
                app.finishLater(app.keychainFailure(access.keychainError));
                return;
            }
            if (!access.ok) {
                app.finishLater(app.out().fail(CliOutput::Failure, QStringLiteral("invalid-input"),
                                               access.problem,
                                               TwilioAccess::secretFix(p.name, access.secretName)));
                return;
            }
            auto *job = new LogSync(app.deliveryLog(), p, access.credentials, app.network(), qApp);
            job->setPageSize(pageSize);
            job->setKeepCodes(keepCodes);
            // Ctrl+C: stop after the page being stored; the next run continues from there.
            auto *watcher = new SignalWatcher(job);
            QObject::connect(watcher, &SignalWatcher::terminationRequested, job,
                             [job](int) { job->cancel(); });
            QObject::connect(job, &LogSync::progressChanged, job,
                             [&app](const LogSync::Progress &pr) {
                                 app.out().warning(SyncProgressText::page(pr.common()));
                             });
            QObject::connect(
                job, &LogSync::finished, job, [&app, job, p](LogSync::Outcome outcome) {
                    const LogSync::Progress &pr = job->progress();
                    const QJsonObject doc {{QStringLiteral("pages"), pr.pages},
                                           {QStringLiteral("imported"), pr.imported},
                                           {QStringLiteral("merged"), pr.merged},
                                           {QStringLiteral("resumed"), pr.resumed}};
                    int exitCode = CliOutput::Success;
                    if (outcome == LogSync::Outcome::Completed) {
                        app.out().text(CliApp::tr("Synced %1: %2.")
                                           .arg(p.name, SyncProgressText::summary(pr.common())));
                        QJsonObject result = doc;
                        result.insert(QStringLiteral("ok"), true);
                        app.out().result(result);
                    } else if (outcome == LogSync::Outcome::Cancelled) {
                        exitCode = app.out().fail(
                            CliOutput::Failure, QStringLiteral("cancelled"),
                            CliApp::tr("sync cancelled after %n page(s).", nullptr, pr.pages),
                            CliApp::tr("Run the same command again to continue where it stopped."),
                            doc);
                    } else {
                        exitCode = app.out().fail(
                            CliOutput::Failure, QStringLiteral("sync-failed"), job->errorString(),
                            CliApp::tr("Run the same command again to continue where it stopped."),
                            doc);
                    }
                    job->deleteLater();
                    app.finishLater(exitCode);
                });
            job->start(first, until);
        });
    return -1;
}

} // namespace

int logsCommand(CliApp &app, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("list"))
        return list(app, args);
    if (verb == QLatin1String("export"))
        return exportLog(app, args);
    if (verb == QLatin1String("sync"))
        return sync(app, args);
    return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                          CliApp::tr("unknown command \"logs %1\". Run sms-hook-cli --help for "
                                     "the list.")
                              .arg(verb));
}

QString logsUsage()
{
    return CliApp::tr(
        "  logs list [--profile P] [--status S|--outcome O] [--api messages|verify]\n"
        "            [--source form|cli|hook|action|twilio] [--since DATE] [--until DATE] [--to "
        "N]\n"
        "            [--error CODE] [--search TEXT] [--limit N]\n"
        "                                     the delivery log, newest first (default 50)\n"
        "  logs export --format csv|json [filters as for list] [--output FILE]\n"
        "                                     the matching attempts with their timelines\n"
        "  logs sync --profile P --since DATE [--until DATE] [--page-size N] [--keep-codes]\n"
        "                                     import Twilio's message log for those days\n"
        "                                     (one-time codes masked unless --keep-codes);\n"
        "                                     Ctrl+C stops, running it again resumes\n"
        "                                     DATE: YYYY-MM-DD (UTC) or an ISO date-time\n");
}
