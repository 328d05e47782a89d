// What a simulated tenant does when an MFA text is due: it picks what sends it (the bound,
// deployed Action of its mode's trigger, or its own provider), builds Auth0's event for that
// trigger with the code in it, asks the executor to run the Action, then logs the ending as
// Auth0 does and keeps the execution for GET /actions/executions/{id}.

#include "sandbox/Auth0SandboxPrivate.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;
using Outcome = Auth0Sandbox::ActionRunOutcome;

namespace {

QString renderText(const QJsonObject &templates, bool enrollment, const QString &code,
                   const QString &friendlyName)
{
    QString text = templates.value(enrollment ? u"enrollment_message"_s : u"verification_message"_s)
                       .toString();
    text.replace(u"{{code}}"_s, code);
    text.replace(u"{{tenant.friendly_name}}"_s, friendlyName);
    return text;
}

QJsonObject requestPart()
{
    return {{u"ip"_s, u"127.0.0.1"_s},
            {u"method"_s, u"POST"_s},
            {u"language"_s, u"en"_s},
            {u"hostname"_s, u"127.0.0.1"_s},
            {u"user_agent"_s, u"SmsHookConsole MFA test"_s},
            {u"geoip"_s, QJsonObject {{u"countryCode"_s, u"US"_s}, {u"timeZone"_s, u"UTC"_s}}}};
}

QString failureDescription(const Outcome &o)
{
    const QString prefix = u"Guardian - Error on send-phone-message-hook: "_s;
    switch (o.kind) {
    case Outcome::Kind::Threw:
        return prefix
            + (o.errorCode.isEmpty() ? o.errorMessage : o.errorCode + u' ' + o.errorMessage);
    case Outcome::Kind::Dropped:
        return prefix + u"the Action dropped the notification: "_s + o.reason;
    case Outcome::Kind::Retry:
        return prefix + u"the Action asked for a retry too often: "_s + o.reason;
    case Outcome::Kind::TimedOut:
        return prefix + u"the Action did not finish within 20 seconds"_s;
    case Outcome::Kind::Failed:
    case Outcome::Kind::Success:
        break;
    }
    return prefix + o.errorMessage;
}

QString failureCode(const Outcome &o)
{
    switch (o.kind) {
    case Outcome::Kind::Threw:
        return o.errorCode.isEmpty() ? u"action_error"_s : o.errorCode;
    case Outcome::Kind::Dropped:
        return u"notification_dropped"_s;
    case Outcome::Kind::Retry:
        return u"notification_retries_exhausted"_s;
    case Outcome::Kind::TimedOut:
        return u"action_timeout"_s;
    case Outcome::Kind::Failed:
    case Outcome::Kind::Success:
        break;
    }
    return u"platform_error"_s;
}

// failure_details.errorCode: a number when it is one (Twilio's codes, as Auth0's logs show them).
QJsonValue codeValue(const QString &code)
{
    bool ok = false;
    const int n = code.toInt(&ok);
    return ok ? QJsonValue(n) : QJsonValue(code);
}

} // namespace

void Auth0SandboxPrivate::sendCode(Tenant &t, const QString &oobCode, const QString &to,
                                   int attempt)
{
    const auto found = t.oobCodes.constFind(oobCode);
    if (found == t.oobCodes.constEnd())
        return; // used or expired meanwhile
    const OobCode code = *found;
    const MfaTransaction tx = t.mfaTransactions.value(code.mfaToken);
    const QJsonObject who = userLogFields(t, code.userId, tx.clientId);
    const auto record = [this, &t, who, to](const QString &type, const QString &description,
                                            QJsonObject details) {
        QJsonObject e = who;
        e.insert(u"type"_s, type);
        e.insert(u"description"_s, description);
        details.insert(u"to"_s, to);
        e.insert(u"details"_s, details);
        addLog(t, e);
    };

    // What sends the tenant's MFA texts: Unified, its enabled "custom" phone provider (the
    // custom-phone-provider Action); legacy, the "Custom" provider (phone-message-hook, the
    // send-phone-message Action). Anything else is Auth0's or Twilio's own sending.
    QString trigger;
    if (t.isUnified()) {
        for (const Provider &p : std::as_const(t.providers)) {
            if (p.name == u"custom"_s && !p.disabled)
                trigger = u"custom-phone-provider"_s;
        }
    } else if (t.selectedProvider == u"phone-message-hook"_s) {
        trigger = u"send-phone-message"_s;
    }
    if (trigger.isEmpty()) {
        record(u"gd_send_sms"_s,
               u"Guardian - SMS sent by the tenant's own provider (no Action ran; the sandbox "
               "delivers nothing)"_s,
               {});
        return;
    }

    const Action *action = nullptr;
    QString bindingId;
    for (const Binding &b : t.bindings.value(trigger)) {
        const Action *a = t.findAction(b.actionId);
        if (!action && a && !a->deployedVersionId.isEmpty()) {
            action = a;
            bindingId = b.id;
        }
    }
    if (!action) {
        const QString message = u"no deployed Action is bound to the %1 trigger"_s.arg(trigger);
        record(
            u"gd_send_sms_failure"_s, u"Guardian - Error on send-phone-message-hook: "_s + message,
            {{u"failure_details"_s,
              QJsonObject {{u"errorCode"_s, u"action_not_deployed"_s}, {u"message"_s, message}}}});
        return;
    }
    const Version *version = nullptr;
    for (const Version &v : action->versions) {
        if (v.id == action->deployedVersionId)
            version = &v;
    }
    if (!version)
        return;

    Auth0Sandbox::ActionRun run;
    run.tenant = t.mode;
    run.executionId = randomId(22);
    run.triggerId = trigger;
    run.actionId = action->id;
    run.actionName = action->name;
    run.versionId = version->id;
    run.bindingId = bindingId;
    run.code = version->code;
    run.runtime = version->runtime;
    for (const Secret &s : version->secrets)
        run.secrets.insert(s.name, s.value);
    run.twilioBaseUrl = twilioBaseUrl;
    run.recipient = to;
    run.otp = code.code;
    run.attempt = attempt;

    QJsonObject secrets;
    for (auto it = run.secrets.cbegin(); it != run.secrets.cend(); ++it)
        secrets.insert(it.key(), it.value());
    const QString friendly = t.settings.value(u"friendly_name"_s).toString();
    const QString text = renderText(t.phoneTemplates, code.enrollment, code.code, friendly);
    QJsonObject user;
    if (const User *u = t.findUser(code.userId))
        user = userJson(t, *u);
    user.insert(u"app_metadata"_s, QJsonObject());
    user.insert(u"user_metadata"_s, QJsonObject());
    QJsonObject client {{u"client_id"_s, tx.clientId},
                        {u"metadata"_s, QJsonObject()},
                        {u"name"_s, who.value(u"client_name"_s).toString()}};
    if (trigger == u"send-phone-message"_s) {
        run.event = {
            {u"message_options"_s,
             QJsonObject {{u"action"_s,
                           code.enrollment ? u"enrollment"_s : u"second-factor-authentication"_s},
                          {u"code"_s, code.code},
                          {u"message_type"_s, u"sms"_s},
                          {u"recipient"_s, to},
                          {u"text"_s, text}}},
            {u"request"_s, requestPart()},
            {u"tenant"_s, QJsonObject {{u"id"_s, t.fixture->name}}},
            {u"user"_s, user},
            {u"client"_s, client},
            {u"secrets"_s, secrets}};
    } else {
        run.event = {
            {u"notification"_s,
             QJsonObject {{u"as_text"_s, text},
                          {u"as_voice"_s, text},
                          {u"code"_s, code.code},
                          {u"delivery_method"_s, u"text"_s},
                          {u"locale"_s, u"en_US"_s},
                          {u"message_type"_s, code.enrollment ? u"otp_enroll"_s : u"otp_verify"_s},
                          {u"recipient"_s, to}}},
            {u"request"_s, requestPart()},
            {u"tenant"_s, QJsonObject {{u"id"_s, t.fixture->name}, {u"friendly_name"_s, friendly}}},
            {u"user"_s, user},
            {u"client"_s, client},
            {u"secrets"_s, secrets}};
    }

    const QDateTime started = now();
    const quint64 generation = t.generation;
    Tenant *tenant = &t;
    QPointer<Auth0Sandbox> owner(q);
    const auto done = [this, owner, tenant, generation, run, started, record, oobCode,
                       to](const Outcome &outcome) {
        // Always from the event loop: an executor may answer inside the call.
        QMetaObject::invokeMethod(
            owner,
            [this, owner, tenant, generation, run, started, record, oobCode, to, outcome] {
                if (!owner || tenant->generation != generation)
                    return;
                Tenant &tt = *tenant;
                const QJsonObject executions {{u"executions"_s, QJsonArray {run.executionId}}};
                const bool retry = outcome.kind == Outcome::Kind::Retry
                    && run.triggerId == u"custom-phone-provider"_s
                    && run.attempt <= MaxNotificationRetries;
                QJsonObject result {{u"action_name"_s, run.actionName},
                                    {u"started_at"_s, isoTime(started)},
                                    {u"ended_at"_s, isoTime(now())}};
                if (outcome.kind != Outcome::Kind::Success)
                    result.insert(u"error"_s,
                                  QJsonObject {{u"id"_s, failureCode(outcome)},
                                               {u"msg"_s, failureDescription(outcome)},
                                               {u"url"_s, QString()}});
                q->recordExecution(tt.mode,
                                   {{u"id"_s, run.executionId},
                                    {u"trigger_id"_s, run.triggerId},
                                    {u"status"_s, u"final"_s},
                                    {u"results"_s, QJsonArray {result}}});
                if (outcome.kind == Outcome::Kind::Success) {
                    record(u"gd_send_sms"_s, u"Guardian - SMS sent"_s,
                           {{u"actions"_s, executions}});
                } else if (retry) {
                    // Auth0 calls the Action again, up to 5 times in the next minutes.
                    QTimer::singleShot(scaled(NotificationRetryMs), owner,
                                       [this, tenant, generation, oobCode, to, run] {
                                           if (tenant->generation == generation)
                                               sendCode(*tenant, oobCode, to, run.attempt + 1);
                                       });
                } else {
                    QString message = outcome.kind == Outcome::Kind::Dropped ? outcome.reason
                                                                             : outcome.errorMessage;
                    if (message.isEmpty())
                        message = failureDescription(outcome);
                    record(u"gd_send_sms_failure"_s, failureDescription(outcome),
                           {{u"failure_details"_s,
                             QJsonObject {{u"errorCode"_s, codeValue(failureCode(outcome))},
                                          {u"message"_s, message}}},
                            {u"actions"_s, executions}});
                    if (outcome.kind == Outcome::Kind::Threw
                        || outcome.kind == Outcome::Kind::TimedOut) {
                        QJsonObject e
                            = userLogFields(tt, run.event[u"user"_s][u"user_id"_s].toString(),
                                            run.event[u"client"_s][u"client_id"_s].toString());
                        e.insert(u"type"_s, u"actions_execution_failed"_s);
                        e.insert(u"description"_s, failureDescription(outcome));
                        e.insert(
                            u"details"_s,
                            QJsonObject {
                                {u"action_error"_s,
                                 QJsonObject {
                                     {u"code"_s, outcome.errorCode},
                                     {u"message"_s, outcome.errorMessage},
                                     {u"name"_s,
                                      outcome.errorName.isEmpty() ? u"Error"_s : outcome.errorName},
                                     {u"stack"_s, QString()}}},
                                {u"action_id"_s, run.actionId},
                                {u"action_name"_s, run.actionName},
                                {u"binding_id"_s, run.bindingId},
                                {u"error_class"_s,
                                 outcome.kind == Outcome::Kind::TimedOut ? u"action_timeout"_s
                                                                         : u"action_error"_s},
                                {u"execution_id"_s, run.executionId},
                                {u"trigger_id"_s, run.triggerId},
                                {u"version_id"_s, run.versionId}});
                        addLog(tt, e);
                    }
                }
                Q_EMIT q->actionRunFinished(run, outcome);
            },
            Qt::QueuedConnection);
    };
    if (!executor) {
        Outcome none;
        none.kind = Outcome::Kind::Failed;
        none.errorMessage = u"the sandbox has nothing to run Actions with (no executor)"_s;
        done(none);
        return;
    }
    executor(run, done);
}

namespace {

QString outcomeName(Outcome::Kind kind)
{
    switch (kind) {
    case Outcome::Kind::Success:
        return u"success"_s;
    case Outcome::Kind::Threw:
        return u"threw"_s;
    case Outcome::Kind::Dropped:
        return u"dropped"_s;
    case Outcome::Kind::Retry:
        return u"retry"_s;
    case Outcome::Kind::TimedOut:
        return u"timed_out"_s;
    case Outcome::Kind::Failed:
        break;
    }
    return u"failed"_s;
}

// The sandbox's own answer to a test (Auth0 documents only {"payload": {...}}).
QJsonObject testPayload(const Auth0Sandbox::ActionRun &run, const Outcome &o)
{
    QJsonObject p {{u"action_id"_s, run.actionId},
                   {u"action_name"_s, run.actionName},
                   {u"trigger_id"_s, run.triggerId},
                   {u"tested"_s, u"draft"_s},
                   {u"status"_s, outcomeName(o.kind)},
                   {u"duration_ms"_s, o.elapsedMs},
                   {u"logs"_s, QJsonArray::fromStringList(o.logs)},
                   {u"twilio_message_sids"_s, QJsonArray::fromStringList(o.messageSids)}};
    switch (o.kind) {
    case Outcome::Kind::Threw:
    case Outcome::Kind::TimedOut:
    case Outcome::Kind::Failed:
        p.insert(u"error"_s,
                 QJsonObject {{u"name"_s, o.errorName.isEmpty() ? u"Error"_s : o.errorName},
                              {u"code"_s, o.errorCode},
                              {u"message"_s,
                               o.errorMessage.isEmpty() ? failureDescription(o) : o.errorMessage}});
        break;
    case Outcome::Kind::Dropped:
    case Outcome::Kind::Retry:
        p.insert(u"reason"_s, o.reason);
        break;
    case Outcome::Kind::Success:
        break;
    }
    return p;
}

} // namespace

Auth0SandboxPrivate::Reply Auth0SandboxPrivate::testAction(Context &c)
{
    const Action *a = c.tenant.findAction(c.args.at(0));
    if (!a)
        return notFound(u"That action does not exist."_s);
    Payload check;
    const QJsonObject body = c.json.toObject();
    if (!check.isObject(c.json) || !check.allowOnly(body, {u"payload"_s})
        || !check.required(body, {u"payload"_s})
        || !check.isObject(body.value(u"payload"_s), u"payload"_s))
        return check.error();
    if (a->status == u"failed"_s)
        return apiError(400, u"The Action's draft does not build: "_s + a->errorMessage,
                        u"invalid_body"_s);

    // The draft as it is now, with the payload as the event and the draft's secrets in it.
    Auth0Sandbox::ActionRun run;
    run.tenant = c.tenant.mode;
    run.executionId = randomId(22);
    run.triggerId = a->triggerId;
    run.actionId = a->id;
    run.actionName = a->name;
    run.code = a->code;
    run.runtime = a->runtime;
    run.test = true;
    QJsonObject secrets;
    for (const Auth0SandboxState::Secret &s : a->secrets) {
        run.secrets.insert(s.name, s.value);
        secrets.insert(s.name, s.value);
    }
    run.event = body.value(u"payload"_s).toObject();
    run.event.insert(u"secrets"_s, secrets);
    run.twilioBaseUrl = twilioBaseUrl;
    const QJsonObject message = run.triggerId == u"custom-phone-provider"_s
        ? run.event.value(u"notification"_s).toObject()
        : run.event.value(u"message_options"_s).toObject();
    run.recipient = message.value(u"recipient"_s).toString();
    run.otp = message.value(u"code"_s).toVariant().toString();

    if (!executor) {
        Outcome none;
        none.errorMessage = u"the sandbox has nothing to run Actions with (no executor)"_s;
        return ok(QJsonObject {{u"payload"_s, testPayload(run, none)}});
    }
    Reply later;
    const Auth0Sandbox::ActionExecutor execute = executor;
    later.deferred = [execute, run](std::function<void(const Reply &)> send) {
        execute(run, [run, send](const Outcome &outcome) {
            send(ok(QJsonObject {{u"payload"_s, testPayload(run, outcome)}}));
        });
    };
    return later;
}
