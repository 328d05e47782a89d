#include "HookLint.h"

#include "HookScriptEngine.h"
#include "auth0/Auth0Types.h"
#include "secrets/SecretRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace {

QJsonObject runLint(const QString &source, const QStringList &definedSecrets,
                    const QString &trigger)
{
    return HookScriptEngine::call(
        "hookLint", source,
        {{QStringLiteral("definedSecrets"), QJsonArray::fromStringList(definedSecrets)},
         {QStringLiteral("trigger"), trigger}});
}

// Messages are translated in the HookLint context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HookLint)
};

// Where an Action reads its secrets, for the messages: event.secrets.NAME.
QString secretRead(bool action, const QString &name)
{
    return action ? QStringLiteral("event.secrets.%1").arg(name)
                  : QStringLiteral("context.webtask.secrets.%1").arg(name);
}

void describeHookRule(LintIssue *issue, const QString &kind, const QString &arg)
{
    const QString &rule = issue->rule;
    if (rule == QLatin1String("export")) {
        if (kind == QLatin1String("missing"))
            issue->message = Text::tr("module.exports is never assigned: Auth0 finds no handler.");
        else if (kind == QLatin1String("not-function"))
            issue->message = Text::tr("module.exports is not assigned a function.");
        else
            issue->message = Text::tr("The exported function takes %n parameter(s); Auth0 calls it "
                                      "with 4.",
                                      nullptr, arg.toInt());
        issue->fix = Text::tr("Export the handler as module.exports = function (recipient, text, "
                              "context, cb) { ... }.");
    } else if (rule == QLatin1String("cb-path")) {
        if (kind == QLatin1String("return"))
            issue->message = Text::tr("This return ends the hook without calling %1.").arg(arg);
        else if (kind == QLatin1String("if"))
            issue->message = Text::tr("Only one branch of this if leads to %1: the other may end "
                                      "without it.")
                                 .arg(arg);
        else if (kind == QLatin1String("then"))
            issue->message = Text::tr("This promise chain calls %1 on success only: a failure is "
                                      "never reported.")
                                 .arg(arg);
        else if (kind == QLatin1String("catch"))
            issue->message = Text::tr("This promise chain calls %1 on failure only: a success is "
                                      "never reported.")
                                 .arg(arg);
        else
            issue->message = Text::tr("The hook may end here without calling %1.").arg(arg);
        issue->fix
            = Text::tr("Call %1(error) or %1(null, result) on every path, including errors "
                       "(add the missing else or .catch); otherwise Auth0 waits until its time "
                       "limit.")
                  .arg(arg);
    } else if (rule == QLatin1String("require")) {
        if (kind == QLatin1String("dynamic")) {
            issue->message = Text::tr("require() with a computed module name cannot be checked.");
            issue->fix = Text::tr("Write the module's name as a literal, e.g. require('twilio').");
        } else if (kind == QLatin1String("relative")) {
            issue->message = Text::tr("require('%1'): Auth0 runs the code as one file, so it "
                                      "cannot load files beside it.")
                                 .arg(arg);
            issue->fix = Text::tr("Put that code in this file, or publish it as a package.");
        } else {
            issue->message = Text::tr("require('%1'): a package besides Node's own modules and "
                                      "twilio.")
                                 .arg(arg);
            issue->fix = Text::tr("Add it to the Action's dependencies in Auth0; to run it here, "
                                  "run \"npm install %1\" in a folder and choose it as the "
                                  "profile's modules folder.")
                             .arg(arg);
        }
    }
}

void describeActionRule(LintIssue *issue, const QString &kind, const QString &arg,
                        const QString &arg2)
{
    const QString &rule = issue->rule;
    if (rule == QLatin1String("action-export")) {
        if (kind == QLatin1String("hook")) {
            issue->message = Text::tr("This is a Send Phone Message hook: Auth0 stopped running "
                                      "hooks on 18 November 2026, and the tenant runs a %1 Action "
                                      "instead.")
                                 .arg(arg);
            issue->fix = Text::tr("Convert it to an Action (Convert to Action, or sms-hook-cli "
                                  "action convert) and deploy that.");
        } else if (kind == QLatin1String("wrong-trigger")) {
            issue->message = Text::tr("The code exports %1, but the tenant runs %2: Auth0 never "
                                      "calls this handler.")
                                 .arg(arg, arg2);
            issue->fix = Text::tr("Export exports.%1 = async (event, api) => { ... }, or convert "
                                  "the hook again for the tenant's trigger.")
                             .arg(arg2);
        } else if (kind == QLatin1String("not-function")) {
            issue->message = Text::tr("exports.%1 is not assigned a function.").arg(arg);
            issue->fix = Text::tr("Assign it a function: exports.%1 = async (event, api) => { ... "
                                  "}.")
                             .arg(arg);
        } else if (kind == QLatin1String("params")) {
            issue->message = Text::tr("The handler takes %n parameter(s); Auth0 passes two, event "
                                      "and api, and no callback.",
                                      nullptr, arg.toInt());
            issue->fix = Text::tr("Declare (event, api); return or throw instead of calling a "
                                  "callback.");
        } else {
            issue->message = arg.isEmpty()
                ? Text::tr("The code exports no handler: Auth0 finds nothing to run.")
                : Text::tr("The code exports %1, which no phone message trigger calls.").arg(arg);
            issue->fix = arg2.isEmpty()
                ? Text::tr("Export exports.onExecuteSendPhoneMessage (legacy MFA phone set-up) or "
                           "exports.onExecuteCustomPhoneProvider (Unified Phone Experience).")
                : Text::tr("Export the tenant's handler: exports.%1 = async (event, api) => { ... "
                           "}.")
                      .arg(arg2);
        }
    } else if (rule == QLatin1String("unawaited-twilio")) {
        issue->message = Text::tr("The promise of %1 is neither awaited nor returned: the Action "
                                  "may end before Twilio gets the request, and a failure goes "
                                  "unseen.")
                             .arg(arg);
        issue->fix = Text::tr("Write await before it (in an async handler), or return it.");
    } else if (rule == QLatin1String("hook-api")) {
        if (kind == QLatin1String("webtask")) {
            issue->message = Text::tr("An Action has no context.webtask: this reads the hook's "
                                      "secrets.");
            issue->fix = Text::tr("Read the secrets from event.secrets (event.secrets.NAME).");
        } else if (kind == QLatin1String("callback")) {
            issue->message
                = Text::tr("%1 is not defined in an Action: Auth0 passes no callback.").arg(arg);
            issue->fix = Text::tr("Return to succeed (await what the Action sends) and throw to "
                                  "fail.");
        } else {
            issue->message = Text::tr("%1: an Action gets no context; the hook's fields are in "
                                      "event.")
                                 .arg(arg);
            issue->fix = arg2.isEmpty()
                ? Text::tr("Read the field from event (event.message_options on "
                           "send-phone-message, event.notification on custom-phone-provider).")
                : Text::tr("Write %1.").arg(arg2);
        }
    } else if (rule == QLatin1String("notification-api")) {
        if (kind == QLatin1String("never-reports")) {
            issue->message = Text::tr("The Action never calls api.notification.drop or retry: "
                                      "Auth0 is not told when a message could not be sent.");
            issue->fix = Text::tr("Catch the Twilio error and call api.notification.retry(reason) "
                                  "when it is transient (Twilio's 20429 or 503), else "
                                  "api.notification.drop(reason).");
        } else {
            issue->message = Text::tr("%1: the send-phone-message trigger's api has no "
                                      "notification (only api.cache).")
                                 .arg(arg);
            issue->fix = Text::tr("Throw an error to fail the send; api.notification belongs to "
                                  "custom-phone-provider Actions.");
        }
    } else if (rule == QLatin1String("twilio-runtime")) {
        if (kind == QLatin1String("runtime-eol")) {
            issue->message = Text::tr("%1 reached its end of life: Auth0 runs this Action on Node "
                                      "22 instead.")
                                 .arg(arg);
            issue->fix = Text::tr("Choose node22 in the Action's settings and test the code on "
                                  "it.");
        } else {
            issue->message = Text::tr("twilio %1 needs Node 20 or later; the Action's runtime is "
                                      "%2.")
                                 .arg(arg, arg2);
            issue->fix = Text::tr("Pin the dependency to twilio 5.x, or choose the node22 "
                                  "runtime.");
        }
    } else if (rule == QLatin1String("convert-todo")) {
        issue->message = Text::tr("Left by the conversion: %1").arg(arg);
        issue->fix = Text::tr("Rewrite this part for the Action, then delete the TODO(convert) "
                              "comment.");
    }
}

// The translated message and fix for one issue found by lint.js.
void describe(LintIssue *issue, const QString &kind, const QString &arg, const QString &arg2)
{
    const QString &rule = issue->rule;
    const bool action = kind != QLatin1String("hook");
    if (rule == QLatin1String("syntax")) {
        issue->message = Text::tr("Syntax error: %1.").arg(arg);
        issue->fix = Text::tr("Correct the code at this position; the code does not run until it "
                              "parses.");
    } else if (rule == QLatin1String("internal")) {
        issue->message = Text::tr("The code could not be checked: %1.").arg(arg);
        issue->fix = Text::tr("Report this with the code that causes it.");
    } else if (rule == QLatin1String("missing-secret")) {
        issue->message
            = Text::tr("The code reads the secret %1, which the profile does not define.").arg(arg);
        issue->fix = action
            ? Text::tr("Add %1 on the Secrets page (and as a secret of the Action in Auth0), or "
                       "correct its name here.")
                  .arg(arg)
            : Text::tr("Add %1 on the Secrets page (and as a hook secret in Auth0), or correct "
                       "its name here.")
                  .arg(arg);
    } else if (rule == QLatin1String("unused-secret")) {
        issue->message
            = Text::tr("The profile defines the secret %1, but the code never reads it.").arg(arg);
        issue->fix = Text::tr("Read it as %1, or remove it from the profile.")
                         .arg(secretRead(action, arg));
    } else if (rule == QLatin1String("verify-account-sid")) {
        issue->message
            = Text::tr("The Account SID is passed where the Verify service SID belongs.");
        issue->fix = Text::tr("Use the Verify service's SID (VA...): verify.v2.services(%1).")
                         .arg(secretRead(action, QStringLiteral("TWILIO_VERIFY_SERVICE_SID")));
    } else if (rule == QLatin1String("verify-deprecated")) {
        issue->message = Text::tr("client.verify.services is deprecated: twilio-node prints a "
                                  "warning on every call, and an Action keeps only 256 characters "
                                  "of its log.");
        issue->fix = Text::tr("Write client.verify.v2.services(...).");
    } else if (rule == QLatin1String("message-type")) {
        issue->message = action
            ? Text::tr("message_type is not defined here; the Action reads it from event.")
            : Text::tr("message_type is not defined here; Auth0 passes it in the context.");
        if (kind == Auth0Triggers::CustomPhoneProvider)
            issue->fix = Text::tr("Write event.notification.delivery_method ('text' or 'voice').");
        else if (action)
            issue->fix = Text::tr("Write event.message_options.message_type.");
        else
            issue->fix = Text::tr("Write context.message_type.");
    } else {
        describeHookRule(issue, kind, arg);
        if (issue->message.isEmpty())
            describeActionRule(issue, kind, arg, arg2);
    }
}

LintIssue makeIssue(const QString &rule, const QString &kind, LintIssue::Severity severity,
                    int line, int column, const QString &arg, const QString &arg2 = {})
{
    LintIssue issue;
    issue.rule = rule;
    issue.severity = severity;
    issue.line = line;
    issue.column = column;
    describe(&issue, kind, arg, arg2);
    return issue;
}

// The runtime against the twilio version the Action depends on, at require('twilio').
void checkRuntime(const QJsonObject &r, const ActionTarget &target, QList<LintIssue> *issues)
{
    if (target.runtime.isEmpty())
        return;
    const QJsonObject at = r.value(QLatin1String("twilioRequire")).toObject();
    const int line = at.value(QLatin1String("line")).toInt();
    const int column = at.value(QLatin1String("column")).toInt();
    if (ActionTarget::isEndOfLifeRuntime(target.runtime)) {
        issues->append(makeIssue(QStringLiteral("twilio-runtime"), QStringLiteral("runtime-eol"),
                                 LintIssue::Severity::Warning, line, column, target.runtime));
        return;
    }
    if (at.isEmpty() || target.twilioVersion.isEmpty())
        return;
    const int node = ActionTarget::nodeMajor(target.runtime);
    const int needs = ActionTarget::twilioMinimumNode(target.twilioVersion);
    if (node > 0 && needs > node)
        issues->append(makeIssue(QStringLiteral("twilio-runtime"), QStringLiteral("needs-node"),
                                 LintIssue::Severity::Error, line, column,
                                 ActionTarget::twilioVersionText(target.twilioVersion),
                                 target.runtime));
}

} // namespace

QList<LintIssue> HookLint::lint(const QString &source, const QStringList &definedSecrets,
                                const ActionTarget &target)
{
    const QJsonObject r = runLint(source, definedSecrets, target.trigger);
    QList<LintIssue> issues;
    if (r.contains(QLatin1String("internal_error"))) {
        issues << makeIssue(QStringLiteral("internal"), QStringLiteral("internal"),
                            LintIssue::Severity::Error, 0, 0,
                            r.value(QLatin1String("internal_error")).toString());
        return issues;
    }
    const QJsonArray list = r.value(QLatin1String("issues")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        // The console's own Twilio secrets serve the Run page and the checklist too (the sender,
        // the Verify service): code that does not read one is no reason to remove it, which
        // would break those. Only a custom secret the code never reads is worth a word.
        if (o.value(QLatin1String("rule")).toString() == QLatin1String("unused-secret")
            && SecretRules::isKnown(o.value(QLatin1String("arg")).toString()))
            continue;
        issues << makeIssue(
            o.value(QLatin1String("rule")).toString(), o.value(QLatin1String("kind")).toString(),
            o.value(QLatin1String("severity")).toString() == QLatin1String("error")
                ? LintIssue::Severity::Error
                : LintIssue::Severity::Warning,
            o.value(QLatin1String("line")).toInt(), o.value(QLatin1String("column")).toInt(),
            o.value(QLatin1String("arg")).toString(), o.value(QLatin1String("arg2")).toString());
    }
    if (r.value(QLatin1String("kind")).toString() == QLatin1String("action"))
        checkRuntime(r, target, &issues);
    std::stable_sort(issues.begin(), issues.end(), [](const LintIssue &a, const LintIssue &b) {
        // Issues without a line (unused secrets) come last.
        const int la = a.line == 0 ? INT_MAX : a.line;
        const int lb = b.line == 0 ? INT_MAX : b.line;
        return la != lb ? la < lb : a.column < b.column;
    });
    return issues;
}

QStringList HookLint::usedSecrets(const QString &source)
{
    QStringList names;
    const QJsonArray list = runLint(source, {}, {}).value(QLatin1String("usedSecrets")).toArray();
    for (const QJsonValue &v : list)
        names << v.toString();
    return names;
}

HookLint::CodeKind HookLint::kind(const QString &source)
{
    const QString k = runLint(source, {}, {}).value(QLatin1String("kind")).toString();
    if (k == QLatin1String("action"))
        return CodeKind::Action;
    if (k == QLatin1String("hook"))
        return CodeKind::Hook;
    return CodeKind::Unparsed;
}

bool HookLint::hasErrors(const QList<LintIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const LintIssue &i) { return i.severity == LintIssue::Severity::Error; });
}

std::optional<LintIssue> HookLint::syntaxError(const QString &source)
{
    const QList<LintIssue> issues = lint(source, {});
    for (const LintIssue &issue : issues) {
        if (issue.rule == QLatin1String("syntax"))
            return issue;
    }
    return std::nullopt;
}

QString HookLint::describeSyntaxError(const LintIssue &issue)
{
    return Text::tr("Line %1, column %2: %3 %4")
        .arg(issue.line)
        .arg(issue.column)
        .arg(issue.message, issue.fix);
}
