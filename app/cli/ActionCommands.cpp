#include "Commands.h"

#include "CliApp.h"
#include "PrivateFiles.h"
#include "auth0/Auth0Types.h"
#include "hook/ActionConverter.h"
#include "hook/ActionTarget.h"
#include "hook/HookLint.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

// sms-hook-cli lint and action convert: the code of a hook or an Action from a file, checked as
// the console's editor does (for the tenant's trigger, runtime and twilio version when given),
// or a hook converted into an Action.
namespace {

const QString ProfileOpt = QStringLiteral("profile");
const QString TriggerOpt = QStringLiteral("trigger");
const QString RuntimeOpt = QStringLiteral("runtime");
const QString TwilioOpt = QStringLiteral("twilio-version");
const QString OutputOpt = QStringLiteral("output");

// The file's text, or nullopt after saying why it cannot be read.
std::optional<QString> readCode(CliApp &app, const QString &fileName, int *exitCode)
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

// --trigger's value, checked; empty when not given. nullopt after a usage error.
std::optional<QString> triggerOption(CliApp &app, const QCommandLineParser &parser, int *exitCode)
{
    if (!parser.isSet(TriggerOpt))
        return QString();
    const QString trigger = parser.value(TriggerOpt).trimmed();
    if (ActionTarget::isKnownTrigger(trigger))
        return trigger;
    *exitCode = app.out().fail(
        CliOutput::UsageError, QStringLiteral("invalid-argument"),
        CliApp::tr("--trigger: \"%1\" is not a phone message trigger.").arg(trigger),
        CliApp::tr("Give --trigger send-phone-message (the legacy MFA phone set-up) or --trigger "
                   "custom-phone-provider (the Unified Phone Experience)."));
    return std::nullopt;
}

QJsonObject issueJson(const LintIssue &i)
{
    return {{QStringLiteral("rule"), i.rule},
            {QStringLiteral("severity"),
             i.severity == LintIssue::Severity::Error ? QStringLiteral("error")
                                                      : QStringLiteral("warning")},
            {QStringLiteral("line"), i.line},
            {QStringLiteral("column"), i.column},
            {QStringLiteral("message"), i.message},
            {QStringLiteral("fix"), i.fix}};
}

QString kindName(HookLint::CodeKind kind)
{
    switch (kind) {
    case HookLint::CodeKind::Hook:
        return QStringLiteral("hook");
    case HookLint::CodeKind::Action:
        return QStringLiteral("action");
    case HookLint::CodeKind::Unparsed:
        break;
    }
    return QStringLiteral("unparsed");
}

QJsonArray itemsJson(const QList<ActionConversion::Item> &items)
{
    QJsonArray list;
    for (const ActionConversion::Item &i : items)
        list.append(QJsonObject {{QStringLiteral("line"), i.line},
                                 {QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("arg"), i.arg},
                                 {QStringLiteral("message"), i.message}});
    return list;
}

int convertCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({TriggerOpt,
                      CliApp::tr("The Action's trigger: send-phone-message or "
                                 "custom-phone-provider."),
                      QStringLiteral("T")});
    parser.addOption({{QStringLiteral("o"), OutputOpt},
                      CliApp::tr("Write the Action to this file instead of standard output."),
                      QStringLiteral("FILE")});
    if (!app.parse(parser, args, QStringLiteral("action convert"), 1, CliApp::tr("hook file")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    const auto trigger = triggerOption(app, parser, &code);
    if (!trigger)
        return code;
    if (trigger->isEmpty())
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("action convert needs --trigger: send-phone-message "
                                         "(the legacy MFA phone set-up) or custom-phone-provider "
                                         "(the Unified Phone Experience); sms-hook-cli auth0 "
                                         "status tells the tenant's."));
    const QString input = parser.positionalArguments().constFirst();
    const QString output = parser.value(OutputOpt);
    if (!output.isEmpty()
        && QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath())
        return app.out().fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                              CliApp::tr("--output is the hook file itself: the conversion would "
                                         "replace the hook."),
                              CliApp::tr("Write the Action to another file."));
    const auto source = readCode(app, input, &code);
    if (!source)
        return code;

    const ActionConversion c = ActionConverter::convert(*source, *trigger);
    if (!c.ok) {
        QString where = input;
        if (c.errorLine > 0)
            where += QStringLiteral(":%1:%2").arg(c.errorLine).arg(qMax(1, c.errorColumn));
        QJsonObject extra {{QStringLiteral("file"), input}};
        if (c.errorLine > 0) {
            extra.insert(QStringLiteral("line"), c.errorLine);
            extra.insert(QStringLiteral("column"), c.errorColumn);
        }
        return app.out().fail(CliOutput::Failure, c.errorKind,
                              CliApp::tr("%1: %2").arg(where, c.error), c.fix, extra);
    }

    // The Action's own lint, for its trigger and the secrets it reads.
    const QList<LintIssue> issues
        = HookLint::lint(c.code, HookLint::usedSecrets(c.code), {*trigger, {}, {}});
    int errors = 0;
    for (const LintIssue &i : issues)
        errors += i.severity == LintIssue::Severity::Error ? 1 : 0;

    if (!output.isEmpty()) {
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::FileMode)
            || file.write(c.code.toUtf8()) < 0 || !file.commit())
            return app.out().fail(
                CliOutput::Failure, QStringLiteral("cannot-write"),
                CliApp::tr("cannot write %1: %2.").arg(output, file.errorString()),
                CliApp::tr("Check the folder and its permissions."));
    }
    // What could not be mapped goes to stderr, so that stdout holds only the Action.
    const QString shown = output.isEmpty() ? CliApp::tr("the Action") : output;
    for (const ActionConversion::Item &i : c.unmapped)
        app.out().warning(
            CliApp::tr("%1:%2: not converted: %3").arg(shown).arg(i.line).arg(i.message));
    for (const ActionConversion::Item &i : c.notes)
        app.out().warning(CliApp::tr("%1:%2: note: %3").arg(shown).arg(i.line).arg(i.message));
    if (!app.out().json()) {
        if (output.isEmpty())
            std::fputs(qPrintable(c.code), stdout);
        app.out().warning(CliApp::tr("Converted %1 to a %2 Action: %n part(s) left to convert by "
                                     "hand (TODO(convert) comments).",
                                     nullptr, int(c.unmapped.size()))
                              .arg(input, *trigger));
    }
    QJsonArray lint;
    for (const LintIssue &i : issues)
        lint.append(issueJson(i));
    QJsonObject doc {{QStringLiteral("ok"), true},
                     {QStringLiteral("file"), input},
                     {QStringLiteral("trigger"), *trigger},
                     {QStringLiteral("unmapped"), itemsJson(c.unmapped)},
                     {QStringLiteral("notes"), itemsJson(c.notes)},
                     {QStringLiteral("issues"), lint},
                     {QStringLiteral("errors"), errors}};
    if (output.isEmpty())
        doc.insert(QStringLiteral("code"), c.code);
    else
        doc.insert(QStringLiteral("output"), output);
    app.out().result(doc);
    return CliOutput::Success;
}

} // namespace

int actionCommand(CliApp &app, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("convert"))
        return convertCommand(app, args);
    return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                          CliApp::tr("unknown command \"action %1\"; the action commands are: "
                                     "convert, deploy, pull, rollback. See sms-hook-cli --help.")
                              .arg(verb));
}

int lintCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOpt,
                      CliApp::tr("Check the secrets against this profile's secret names."),
                      QStringLiteral("P")});
    parser.addOption({TriggerOpt,
                      CliApp::tr("The trigger the tenant runs: send-phone-message or "
                                 "custom-phone-provider."),
                      QStringLiteral("T")});
    parser.addOption(
        {RuntimeOpt, CliApp::tr("The Action's runtime: node18, node22."), QStringLiteral("R")});
    parser.addOption({TwilioOpt,
                      CliApp::tr("The Action's twilio dependency (with --runtime; default "
                                 "latest)."),
                      QStringLiteral("V")});
    if (!app.parse(parser, args, QStringLiteral("lint"), 1, CliApp::tr("code file")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    ActionTarget target;
    const auto trigger = triggerOption(app, parser, &code);
    if (!trigger)
        return code;
    target.trigger = *trigger;
    if (parser.isSet(RuntimeOpt)) {
        target.runtime = parser.value(RuntimeOpt).trimmed();
        if (ActionTarget::nodeMajor(target.runtime) < 0)
            return app.out().fail(
                CliOutput::UsageError, QStringLiteral("invalid-argument"),
                CliApp::tr("--runtime: \"%1\" is not an Action runtime.").arg(target.runtime),
                CliApp::tr("Give the runtime as Auth0 names it: node18 or node22."));
        // Auth0's guides add twilio as "latest", which now resolves to 6.x.
        target.twilioVersion = parser.isSet(TwilioOpt) ? parser.value(TwilioOpt).trimmed()
                                                       : QStringLiteral("latest");
        if (ActionTarget::twilioMinimumNode(target.twilioVersion) < 0)
            return app.out().fail(
                CliOutput::UsageError, QStringLiteral("invalid-argument"),
                CliApp::tr("--twilio-version: \"%1\" is not a version.").arg(target.twilioVersion),
                CliApp::tr("Give the version of the Action's twilio dependency, such as 5.5.2, "
                           "^5 or latest."));
    } else if (parser.isSet(TwilioOpt)) {
        return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                              CliApp::tr("--twilio-version is checked against the runtime: give "
                                         "--runtime too (node18 or node22)."));
    }
    QStringList defined;
    const bool withProfile = parser.isSet(ProfileOpt);
    if (withProfile) {
        const auto profile = app.requireProfile(parser, &code);
        if (!profile)
            return code;
        defined = profile->secretNames; // names only: the keychain is not read
    }
    const QString fileName = parser.positionalArguments().constFirst();
    const auto source = readCode(app, fileName, &code);
    if (!source)
        return code;
    // Without a profile nothing is known about the secrets: do not report them.
    if (!withProfile)
        defined = HookLint::usedSecrets(*source);

    const QList<LintIssue> issues = HookLint::lint(*source, defined, target);
    QJsonArray list;
    int errors = 0;
    for (const LintIssue &i : issues) {
        const bool error = i.severity == LintIssue::Severity::Error;
        errors += error ? 1 : 0;
        list.append(issueJson(i));
        QString where = fileName;
        if (i.line > 0)
            where += QStringLiteral(":%1:%2").arg(i.line).arg(qMax(1, i.column));
        const QString localized = error ? CliApp::tr("error") : CliApp::tr("warning");
        app.out().text(QStringLiteral("%1: %2: %3 (%4)").arg(where, localized, i.message, i.fix));
    }
    QJsonObject doc {{QStringLiteral("file"), fileName},
                     {QStringLiteral("kind"), kindName(HookLint::kind(*source))},
                     {QStringLiteral("issues"), list},
                     {QStringLiteral("errors"), errors},
                     {QStringLiteral("warnings"), int(issues.size()) - errors}};
    if (!target.trigger.isEmpty())
        doc.insert(QStringLiteral("trigger"), target.trigger);
    if (errors > 0)
        return app.out().fail(CliOutput::Failure, QStringLiteral("lint-errors"),
                              CliApp::tr("%n error(s) in %1.", nullptr, errors).arg(fileName), {},
                              doc);
    doc.insert(QStringLiteral("ok"), true);
    app.out().result(doc);
    return CliOutput::Success;
}

QString actionUsage()
{
    return CliApp::tr(
        "  lint FILE [--profile P] [--trigger T] [--runtime R [--twilio-version V]]\n"
        "                                     check a hook's or an Action's code: with a\n"
        "                                     profile its secrets; with the tenant's trigger\n"
        "                                     (send-phone-message, custom-phone-provider) the\n"
        "                                     export; with the runtime (node18, node22) the\n"
        "                                     twilio version (default latest)\n"
        "  action convert HOOK --trigger T [--output F]\n"
        "                                     convert a Send Phone Message hook into an\n"
        "                                     Action for trigger T; what it cannot convert is\n"
        "                                     marked TODO(convert) and listed on stderr\n");
}
