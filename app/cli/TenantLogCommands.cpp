#include "Commands.h"

#include "CliApp.h"
#include "SignalWatcher.h"
#include "log/TenantLogSync.h"

#include <QCommandLineParser>
#include <QJsonObject>

// sms-hook-cli auth0 logs sync: the tenant's MFA log events into the delivery log, each send
// matched to the Twilio message it caused.
namespace {

QJsonObject progressJson(const TenantLogSync &job)
{
    const TenantLogSync::Progress &p = job.progress();
    return {{QStringLiteral("since"), job.since().toString(Qt::ISODate)},
            {QStringLiteral("pages"), p.pages},
            {QStringLiteral("fetched"), p.fetched},
            {QStringLiteral("stored"), p.stored},
            {QStringLiteral("matched"), p.matched},
            {QStringLiteral("resumed"), p.resumed}};
}

int syncCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("since"),
                      CliApp::tr("The first day to read (YYYY-MM-DD, UTC). Without it: continue "
                                 "the last sync, or the last %n day(s).",
                                 nullptr, TenantLogSync::DefaultDays),
                      QStringLiteral("DATE")});
    if (!app.parse(parser, args, QStringLiteral("auth0 logs sync"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    QDate since;
    if (parser.isSet(QStringLiteral("since"))) {
        const QString text = parser.value(QStringLiteral("since")).trimmed();
        since = QDate::fromString(text, Qt::ISODate);
        if (!since.isValid()) {
            const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
            since = t.isValid() ? t.toUTC().date() : QDate();
        }
        if (!since.isValid() || since > QDateTime::currentDateTimeUtc().date())
            return app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                                  CliApp::tr("--since: expected a day as YYYY-MM-DD (UTC), today "
                                             "or earlier, not \"%1\".")
                                      .arg(text));
    }
    int code = 0;
    auto profile = app.requireProfile(parser, &code);
    if (!profile || !app.prepareProfile(&*profile, &code))
        return code;
    if (!profile->auth0.isConnected())
        return app.out().fail(
            CliOutput::Failure, QStringLiteral("not-connected"),
            CliApp::tr("profile \"%1\" is not connected to an Auth0 tenant.").arg(profile->name),
            CliApp::tr("Connect it: printf %s \"$CLIENT_SECRET\" | sms-hook-cli auth0 connect "
                       "--profile \"%1\" --domain TENANT.auth0.com --client-id ID")
                .arg(profile->name));

    auto *job = new TenantLogSync(app.deliveryLog(), *profile, &app.secrets(), app.network(), qApp);
    // Ctrl+C: stop after the page in flight; the next run continues from the stored one.
    auto *watcher = new SignalWatcher(job);
    QObject::connect(watcher, &SignalWatcher::terminationRequested, job,
                     [job](int) { job->cancel(); });
    QObject::connect(job, &TenantLogSync::progressChanged, job,
                     [&app](const TenantLogSync::Progress &p) {
                         app.out().warning(SyncProgressText::page(p.common()));
                     });
    QObject::connect(job, &TenantLogSync::rateLimited, job, [&app](const QDateTime &reset) {
        app.out().warning(CliApp::tr("Auth0's rate limit: waiting until %1.")
                              .arg(reset.toUTC().toString(QStringLiteral("HH:mm:ss 'UTC'"))));
    });
    const QString name = profile->name;
    QObject::connect(
        job, &TenantLogSync::finished, job, [&app, job, name](TenantLogSync::Outcome outcome) {
            const QJsonObject doc = progressJson(*job);
            int exitCode = CliOutput::Success;
            const QString again
                = CliApp::tr("Run the same command again to continue where it stopped.");
            if (outcome == TenantLogSync::Outcome::Completed) {
                const TenantLogSync::Progress &p = job->progress();
                //: %3 what was added and matched, with the pages read
                app.out().text(CliApp::tr("Synced the tenant log of %1 since %2: %3.")
                                   .arg(name, job->since().toString(Qt::ISODate),
                                        SyncProgressText::summary(p.common())));
                QJsonObject result = doc;
                result.insert(QStringLiteral("ok"), true);
                result.insert(QStringLiteral("profile"), name);
                app.out().result(result);
            } else if (outcome == TenantLogSync::Outcome::Cancelled) {
                exitCode = app.out().fail(CliOutput::Failure, QStringLiteral("cancelled"),
                                          CliApp::tr("sync cancelled."), again, doc);
            } else {
                const bool auth0 = job->auth0Error().isError();
                exitCode = app.out().fail(CliOutput::Failure,
                                          auth0 ? Auth0Error::kindName(job->auth0Error().kind)
                                                : QStringLiteral("sync-failed"),
                                          job->errorString(), again, doc);
            }
            job->deleteLater();
            app.finishLater(exitCode);
        });
    job->start(since);
    return -1;
}

} // namespace

int tenantLogsCommand(CliApp &app, const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("sync"))
        return syncCommand(app, args.mid(1));
    return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                          CliApp::tr("auth0 logs: use sync; see sms-hook-cli --help."));
}

QString tenantLogsUsage()
{
    return CliApp::tr("  auth0 logs sync --profile P [--since DATE]\n"
                      "                                     read the tenant's MFA log events\n"
                      "                                     into the delivery log and match each\n"
                      "                                     send to its Twilio message; Ctrl+C\n"
                      "                                     stops, running it again resumes\n");
}
