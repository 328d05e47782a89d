#include "ActionConverter.h"

#include "ActionTarget.h"
#include "HookScriptEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// lupdate reads Text::tr as ActionConversion's context through this declaration (it does not
// follow type aliases).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionConversion)
};

QString describeItem(const QString &kind, const QString &arg, const QString &trigger)
{
    const bool cpp = trigger == QLatin1String("custom-phone-provider");
    const QString failure
        = cpp ? Text::tr("call api.notification.drop(reason)") : Text::tr("throw the error");
    if (kind == QLatin1String("factor-type"))
        return Text::tr("context.factor_type has no Action equivalent (the Action runs for the "
                        "second factor): remove the check.");
    if (kind == QLatin1String("webtask"))
        return Text::tr("%1: an Action has no context.webtask besides its secrets "
                        "(event.secrets); rewrite this without it.")
            .arg(arg);
    if (kind == QLatin1String("context-field"))
        return Text::tr("%1 has no known Action equivalent: read the field from event.").arg(arg);
    if (kind == QLatin1String("context-computed"))
        return Text::tr("context[...] cannot be mapped: name the field and read it from event.");
    if (kind == QLatin1String("context-whole"))
        return Text::tr("The hook's context is used as a whole: pass the event fields the code "
                        "needs instead.");
    if (kind == QLatin1String("context-assign"))
        return Text::tr("The hook's context is written to: keep the value in a variable of your "
                        "own.");
    if (kind == QLatin1String("context-destructure"))
        return Text::tr("This destructuring of the hook's context cannot be mapped: read each "
                        "field from event.");
    if (kind == QLatin1String("context-value"))
        return Text::tr("%1 has no counterpart among the Action's values of this field: compare "
                        "with one of them.")
            .arg(arg);
    if (kind == QLatin1String("cb-nested"))
        return Text::tr("%1 is called inside a nested function: make that function return a "
                        "promise, await it, then return on success and %2 on failure.")
            .arg(arg, failure);
    if (kind == QLatin1String("cb-value"))
        return Text::tr("%1 is handed on as a value, but an Action has no callback: return on "
                        "success and %2 on failure where it would be called.")
            .arg(arg, failure);
    if (kind == QLatin1String("cb-expression"))
        return Text::tr("%1 is called inside an expression: write return (success) or %2 "
                        "(failure) as statements.")
            .arg(arg, failure);
    if (kind == QLatin1String("cb-arguments"))
        return Text::tr("%1(error, result) with a computed error: test the error with if, %2 "
                        "there, then return the result.")
            .arg(arg, failure);
    if (kind == QLatin1String("after-cb"))
        return Text::tr("In the hook this code ran after %1(...); now the return before it ends "
                        "the Action first. Move it above if it must run.")
            .arg(arg);
    if (kind == QLatin1String("verify-service-sid"))
        return Text::tr("The Account SID was passed as the Verify service: the Action reads the "
                        "Verify service SID (VA...) from the secret TWILIO_VERIFY_SERVICE_SID. "
                        "Define it.");
    if (kind == QLatin1String("verify-v2"))
        return Text::tr("client.verify.services (deprecated) became client.verify.v2.services.");
    if (kind == QLatin1String("bare-message-type"))
        return Text::tr("message_type was not defined in the hook; it now reads %1.").arg(arg);
    if (kind == QLatin1String("other-notifications"))
        return Text::tr("custom-phone-provider also delivers blocked_account, change_password "
                        "and password_breach notifications; the code sees them as "
                        "'second-factor-authentication'.");
    if (kind == QLatin1String("code-absent"))
        return Text::tr("event.notification.code is set for one-time codes only; other "
                        "notifications (blocked_account, change_password, password_breach) have "
                        "none.");
    if (kind == QLatin1String("client-metadata"))
        return Text::tr("The application's metadata is event.client.metadata (the hook had "
                        "client_metadata).");
    return arg.isEmpty() ? kind : kind + QStringLiteral(": ") + arg;
}

QList<ActionConversion::Item> items(const QJsonArray &list, const QString &trigger)
{
    QList<ActionConversion::Item> out;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        ActionConversion::Item item;
        item.line = o.value(QLatin1String("line")).toInt();
        item.kind = o.value(QLatin1String("kind")).toString();
        item.arg = o.value(QLatin1String("arg")).toString();
        item.message = describeItem(item.kind, item.arg, trigger);
        out << item;
    }
    return out;
}

void describeError(ActionConversion *c, const QString &detail)
{
    const QString &kind = c->errorKind;
    if (kind == QLatin1String("syntax")) {
        c->error = Text::tr("The hook does not parse: %1.").arg(detail);
        c->fix = Text::tr("Correct the syntax error, then convert again.");
    } else if (kind == QLatin1String("already-action")) {
        c->error = Text::tr("This is already an Action (it exports %1), not a hook.").arg(detail);
        c->fix = Text::tr("Nothing to convert; lint it for the tenant's trigger instead.");
    } else if (kind == QLatin1String("not-hook")) {
        c->error = Text::tr("This is not a Send Phone Message hook: module.exports is not "
                            "assigned a function.");
        c->fix = Text::tr("Convert the hook's code, which starts module.exports = function "
                          "(recipient, text, context, cb).");
    } else if (kind == QLatin1String("params")) {
        c->error = Text::tr("The hook's parameters are patterns; the conversion needs their "
                            "names.");
        c->fix = Text::tr("Write them as (recipient, text, context, cb) and convert again.");
    } else if (kind == QLatin1String("trigger")) {
        c->error = Text::tr("Unknown trigger \"%1\".").arg(detail);
        c->fix = Text::tr("Choose send-phone-message or custom-phone-provider.");
    } else if (kind == QLatin1String("output-syntax")) {
        c->error = Text::tr("The conversion produced code that does not parse (%1).").arg(detail);
        c->fix = Text::tr("Report this with the hook's code; convert the hook by hand meanwhile.");
    } else {
        c->error = Text::tr("The conversion failed: %1.").arg(detail);
        c->fix = Text::tr("Report this with the hook's code.");
    }
}

} // namespace

ActionConversion ActionConverter::convert(const QString &hookSource, const QString &trigger)
{
    ActionConversion c;
    c.trigger = trigger;
    if (!ActionTarget::isKnownTrigger(trigger)) {
        c.errorKind = QStringLiteral("trigger");
        describeError(&c, trigger);
        return c;
    }
    const QJsonObject r = HookScriptEngine::call("hookToAction", hookSource,
                                                 {{QStringLiteral("trigger"), trigger}});
    if (r.contains(QLatin1String("internal_error"))) {
        c.errorKind = QStringLiteral("internal");
        describeError(&c, r.value(QLatin1String("internal_error")).toString());
        return c;
    }
    c.ok = r.value(QLatin1String("ok")).toBool();
    if (!c.ok) {
        const QJsonObject e = r.value(QLatin1String("error")).toObject();
        c.errorKind = e.value(QLatin1String("kind")).toString();
        c.errorLine = e.value(QLatin1String("line")).toInt();
        c.errorColumn = e.value(QLatin1String("column")).toInt();
        describeError(&c, e.value(QLatin1String("message")).toString());
        return c;
    }
    c.code = r.value(QLatin1String("code")).toString();
    c.unmapped = items(r.value(QLatin1String("unmapped")).toArray(), trigger);
    c.notes = items(r.value(QLatin1String("notes")).toArray(), trigger);
    return c;
}
