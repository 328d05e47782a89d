#include "Commands.h"

#include "CliApp.h"
#include "SecretInput.h"
#include "auth0/Auth0Requests.h"
#include "auth0/Auth0Scopes.h"
#include "auth0/TenantConnectJob.h"
#include "auth0/TenantStatusJob.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

// sms-hook-cli auth0 connect | status | disconnect: a profile's Auth0 tenant from the command line.
namespace {

const QString ProfileOpt = QStringLiteral("profile");

bool asciiOnly()
{
    const QByteArray locale = qgetenv("LC_ALL") + qgetenv("LC_CTYPE") + qgetenv("LANG");
    return !locale.toUpper().contains("UTF-8") && !locale.toUpper().contains("UTF8");
}

QString mark(TenantFinding::Severity s, bool ascii)
{
    switch (s) {
    case TenantFinding::Severity::Ok:
        return ascii ? QStringLiteral("+") : QStringLiteral("✔");
    case TenantFinding::Severity::Info:
        return ascii ? QStringLiteral("i") : QStringLiteral("ℹ");
    case TenantFinding::Severity::Warning:
        return QStringLiteral("!");
    case TenantFinding::Severity::Problem:
        return ascii ? QStringLiteral("x") : QStringLiteral("✖");
    case TenantFinding::Severity::NotChecked:
        return ascii ? QStringLiteral("-") : QStringLiteral("–");
    }
    return QStringLiteral("?");
}

QJsonObject findingJson(const TenantFinding &f)
{
    QJsonObject o {{QStringLiteral("id"), f.id},
                   {QStringLiteral("severity"), TenantFinding::severityName(f.severity)},
                   {QStringLiteral("title"), f.title},
                   {QStringLiteral("finding"), f.finding}};
    if (!f.details.isEmpty())
        o.insert(QStringLiteral("details"), f.details);
    if (!f.fix.isEmpty())
        o.insert(QStringLiteral("fix"), f.fix);
    if (!f.dashboardUrl.isEmpty())
        o.insert(QStringLiteral("dashboard_url"), f.dashboardUrl.toString());
    return o;
}

QString modeName(TenantSnapshot::Mode mode)
{
    switch (mode) {
    case TenantSnapshot::Mode::Unified:
        return QStringLiteral("unified");
    case TenantSnapshot::Mode::Legacy:
        return QStringLiteral("legacy");
    case TenantSnapshot::Mode::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonArray scopeGaps(const QStringList &granted)
{
    QJsonArray out;
    for (const Auth0Scopes::Requirement &r : Auth0Scopes::requirements()) {
        const QStringList missing = Auth0Scopes::missing(r.feature, granted);
        if (missing.isEmpty())
            continue;
        out.append(QJsonObject {{QStringLiteral("feature"), r.name},
                                {QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
                                {QStringLiteral("optional"), r.optional}});
    }
    return out;
}

int connectCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOpt, CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("domain"),
                      CliApp::tr("The tenant's domain, e.g. acme.us.auth0.com."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("client-id"),
                      CliApp::tr("Client ID of the tenant's machine-to-machine application."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("base-url"),
                      CliApp::tr("Send requests here instead of https://DOMAIN (loopback only)."),
                      QStringLiteral("URL")});
    if (!app.parse(parser, args, QStringLiteral("auth0 connect"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    const auto profile = app.requireProfile(parser, &code);
    if (!profile)
        return code;
    Auth0Connection c;
    c.domain = parser.value(QStringLiteral("domain")).trimmed().toLower();
    c.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    if (parser.isSet(QStringLiteral("base-url")))
        c.baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
    if (const QString e = Auth0Requests::checkConnection(c); !e.isEmpty())
        return app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"), e);

    const auto secret = SecretInput::read(CliApp::tr("Client secret of %1: ").arg(c.clientId));
    if (!secret || secret->isEmpty())
        return app.out().fail(CliOutput::Failure, QStringLiteral("no-input"),
                              CliApp::tr("no client secret on standard input."),
                              CliApp::tr("Pipe it in: printf %s \"$SECRET\" | sms-hook-cli auth0 "
                                         "connect ..."));
    TenantConnectJob *job = TenantConnectJob::connectProfile(
        profile->name, c, *secret, &app.profiles(), &app.secrets(), app.network(), qApp);
    QObject::connect(job, &TenantConnectJob::finished, job, [&app, job, c] {
        CliOutput &out = app.out();
        if (job->failed()) {
            const bool auth = job->auth0Error().isError();
            app.finishLater(out.fail(CliOutput::Failure,
                                     auth ? Auth0Error::kindName(job->auth0Error().kind)
                                          : QStringLiteral("keychain"),
                                     auth ? job->auth0Error().summary() : job->errorText(),
                                     auth ? job->auth0Error().fix() : QString()));
            return;
        }
        const QJsonArray gaps = scopeGaps(job->grantedScopes());
        out.result(QJsonObject {
            {QStringLiteral("ok"), true},
            {QStringLiteral("profile"), job->profile().name},
            {QStringLiteral("domain"), c.domain},
            {QStringLiteral("client_id"), c.clientId},
            {QStringLiteral("granted_scopes"), QJsonArray::fromStringList(job->grantedScopes())},
            {QStringLiteral("missing_scopes"), QJsonArray::fromStringList(job->missingScopes())},
            {QStringLiteral("blocked_features"), gaps}});
        out.text(CliApp::tr("Connected profile \"%1\" to %2; the client secret is in the "
                            "keychain.")
                     .arg(job->profile().name, c.domain));
        out.text(CliApp::tr("Granted: %1").arg(job->grantedScopes().join(QLatin1Char(' '))));
        for (const QJsonValue &gap : gaps) {
            const QJsonObject g = gap.toObject();
            QStringList missing;
            for (const QJsonValue &m : g.value(QStringLiteral("missing")).toArray())
                missing << m.toString();
            out.text(CliApp::tr("Missing for \"%1\": %2")
                         .arg(g.value(QStringLiteral("feature")).toString(),
                              missing.join(QStringLiteral(", "))));
        }
        if (!job->missingScopes().isEmpty())
            out.text(Auth0Scopes::whereToGrant(job->missingScopes()));
        app.finishLater(CliOutput::Success);
    });
    return -1;
}

int statusCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOpt, CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("details"), CliApp::tr("Print each finding's details.")});
    if (!app.parse(parser, args, QStringLiteral("auth0 status"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
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
    const bool details = parser.isSet(QStringLiteral("details"));
    TenantStatusJob *job = TenantStatusJob::start(*profile, &app.secrets(), app.network(), qApp);
    QObject::connect(job, &TenantStatusJob::finished, job, [&app, job, details] {
        const TenantStatus &status = job->status();
        CliOutput &out = app.out();
        const bool ascii = asciiOnly();
        QJsonArray findings;
        for (const TenantFinding &f : status.findings)
            findings.append(findingJson(f));
        QJsonObject doc {{QStringLiteral("ok"), status.wouldSend()},
                         {QStringLiteral("profile"), job->profile().name},
                         {QStringLiteral("domain"), status.domain},
                         {QStringLiteral("mode"), modeName(status.snapshot.mode())},
                         {QStringLiteral("would_send"), status.wouldSend()},
                         {QStringLiteral("summary"), status.summary()},
                         {QStringLiteral("findings"), findings},
                         {QStringLiteral("elapsed_ms"), job->elapsedMs()}};
        if (!status.codeDiff.isEmpty())
            doc.insert(QStringLiteral("code_diff"), status.codeDiff);
        if (status.snapshot.boundAction.isOk())
            doc.insert(
                QStringLiteral("action"),
                QJsonObject {{QStringLiteral("id"), status.snapshot.boundAction.value.id},
                             {QStringLiteral("name"), status.snapshot.boundAction.value.name}});
        out.result(doc);
        out.text(CliApp::tr("Tenant %1").arg(status.domain));
        for (const TenantFinding &f : status.findings) {
            out.text(QStringLiteral("%1 %2: %3").arg(mark(f.severity, ascii), f.title, f.finding));
            if (details && !f.details.isEmpty())
                out.text(QStringLiteral("    ")
                         + QString(f.details).replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
            if (f.severity != TenantFinding::Severity::Ok && !f.fix.isEmpty())
                out.text(QStringLiteral("    -> ") + f.fix);
            if (f.severity != TenantFinding::Severity::Ok && !f.dashboardUrl.isEmpty())
                out.text(QStringLiteral("       ") + f.dashboardUrl.toString());
        }
        out.text(status.summary());
        app.finishLater(status.wouldSend() ? CliOutput::Success : CliOutput::Failure);
    });
    return -1;
}

int disconnectCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOpt, CliApp::tr("The profile."), QStringLiteral("P")});
    if (!app.parse(parser, args, QStringLiteral("auth0 disconnect"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    const auto profile = app.requireProfile(parser, &code);
    if (!profile)
        return code;
    TenantConnectJob *job
        = TenantConnectJob::disconnectProfile(profile->name, &app.profiles(), &app.secrets(), qApp);
    const QString domain = profile->auth0.domain;
    QObject::connect(job, &TenantConnectJob::finished, job, [&app, job, domain] {
        if (job->failed()) {
            app.finishLater(
                app.out().fail(CliOutput::Failure, QStringLiteral("keychain"), job->errorText()));
            return;
        }
        app.out().result(QJsonObject {{QStringLiteral("ok"), true},
                                      {QStringLiteral("profile"), job->profile().name},
                                      {QStringLiteral("disconnected"), domain}});
        app.out().text(domain.isEmpty()
                           ? CliApp::tr("Profile \"%1\" was not connected to a tenant.")
                                 .arg(job->profile().name)
                           : CliApp::tr("Disconnected profile \"%1\" from %2; its client secret "
                                        "is gone from the keychain.")
                                 .arg(job->profile().name, domain));
        app.finishLater(CliOutput::Success);
    });
    return -1;
}

} // namespace

int auth0Command(CliApp &app, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("connect"))
        return connectCommand(app, args);
    if (verb == QLatin1String("status"))
        return statusCommand(app, args);
    if (verb == QLatin1String("disconnect"))
        return disconnectCommand(app, args);
    if (verb == QLatin1String("test-mfa"))
        return mfaTestCommand(app, args);
    if (verb == QLatin1String("logs"))
        return tenantLogsCommand(app, args);
    return app.out().fail(
        CliOutput::UsageError, QStringLiteral("usage"),
        CliApp::tr("auth0: use connect, status, disconnect, test-mfa or logs; see "
                   "sms-hook-cli --help."));
}

QString auth0Usage()
{
    return CliApp::tr(
               "  auth0 connect --profile P --domain D --client-id ID [--base-url URL]\n"
               "                                     connect a profile to its Auth0 tenant; the "
               "M2M\n"
               "                                     client secret is read from standard input\n"
               "  auth0 status --profile P [--details]\n"
               "                                     whether the tenant sends MFA text messages\n"
               "                                     through this profile's Action (exit 0) or "
               "not\n"
               "  auth0 disconnect --profile P       forget the tenant and its client secret\n")
        + mfaTestUsage() + tenantLogsUsage();
}
