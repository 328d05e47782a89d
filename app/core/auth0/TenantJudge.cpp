// TenantJudge: the whole board, the connection and the phone set-up (mode, SMS factor, message
// types, provider, binding) and the legacy hooks.

#include "TenantJudge.h"
#include "TenantJudgeParts.h"

#include "ActionCode.h"
#include "Auth0Dashboard.h"
#include "Auth0Scopes.h"
#include "text/LineDiff.h"

using namespace TenantJudgeParts;

bool TenantJudge::sameCode(const QString &a, const QString &b)
{
    return LineDiff::unified(a, b, {}, {}).isEmpty();
}

bool TenantJudge::isLegacyHook(const QString &source)
{
    return ActionCode::kind(source) == ActionCode::Kind::LegacyHook;
}

TenantStatus TenantJudge::judge(const TenantSnapshot &s, const QString &domain)
{
    TenantStatus status;
    status.snapshot = s;
    status.domain = domain;
    status.findings << connection(s, domain);
    if (s.tokenError.isError())
        return status; // nothing else was read
    status.findings << mode(s, domain) << smsFactor(s, domain) << messageTypes(s, domain)
                    << provider(s, domain) << binding(s, domain) << deployed(s, domain)
                    << build(s, domain) << runtime(s, domain) << dependency(s, domain)
                    << secrets(s, domain) << code(s, domain, &status.codeDiff) << hooks(s, domain);
    return status;
}

TenantFinding TenantJudge::connection(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Connection");
    if (s.tokenError.isError())
        return make(Ids::connection(), title, Severity::Problem, s.tokenError.summary(),
                    s.tokenError.fix(), Auth0Dashboard::applications(domain));
    QStringList blocked;
    QStringList missingRequired;
    QStringList missingAll;
    for (const Auth0Scopes::Requirement &r : Auth0Scopes::requirements()) {
        const QStringList missing = s.grantedScopes.isEmpty()
            ? QStringList()
            : Auth0Scopes::missing(r.feature, s.grantedScopes);
        if (missing.isEmpty())
            continue;
        blocked << tr("%1 needs %2").arg(r.name, missing.join(QStringLiteral(", ")));
        for (const QString &m : missing) {
            if (!missingAll.contains(m))
                missingAll << m;
        }
        if (r.feature == Auth0Scopes::Feature::TenantStatus)
            missingRequired << missing;
    }
    if (!missingRequired.isEmpty()) {
        TenantFinding f = make(Ids::connection(), title, Severity::Problem,
                               tr("Connected, but the token cannot read the phone set-up: "
                                  "missing %1.")
                                   .arg(missingRequired.join(QStringLiteral(", "))),
                               Auth0Scopes::whereToGrant(missingAll), Auth0Dashboard::apis(domain));
        f.details = QStringLiteral("- ") + blocked.join(QStringLiteral("\n- "));
        return f;
    }
    if (!blocked.isEmpty()) {
        TenantFinding f = make(
            Ids::connection(), title, Severity::Warning,
            tr("Connected; %n feature(s) blocked by missing scopes.", nullptr, int(blocked.size())),
            Auth0Scopes::whereToGrant(missingAll), Auth0Dashboard::apis(domain));
        f.details = QStringLiteral("- ") + blocked.join(QStringLiteral("\n- "));
        return f;
    }
    return make(Ids::connection(), title, Severity::Ok,
                tr("Connected to %1 with every scope the console uses.").arg(domain));
}

TenantFinding TenantJudge::mode(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Phone set-up");
    if (!s.settings.isOk())
        return notRead(Ids::mode(), title, s.settings);
    Q_UNUSED(domain)
    if (s.mode() == TenantSnapshot::Mode::Unified)
        return make(Ids::mode(), title, Severity::Ok,
                    tr("Unified Phone Experience: MFA text messages go to the tenant's phone "
                       "provider; \"custom\" runs the custom-phone-provider Action."));
    TenantFinding f = make(Ids::mode(), title, Severity::Ok,
                           tr("Legacy MFA phone set-up: MFA text messages go to the "
                              "send-phone-message Action when the delivery provider is Custom."));
    f.details = tr("Auth0 moves tenants to the Unified Phone Experience (custom-phone-provider "
                   "Action and a tenant phone provider); new tenants start there.");
    return f;
}

TenantFinding TenantJudge::smsFactor(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("SMS factor");
    if (!s.factors.isOk())
        return notRead(Ids::smsFactor(), title, s.factors);
    for (const GuardianFactor &f : s.factors.value) {
        if (f.name != QLatin1String("sms"))
            continue;
        if (!f.enabled)
            break;
        if (f.trialExpired)
            return make(Ids::smsFactor(), title, Severity::Problem,
                        tr("The Phone Message factor is on but its trial has expired."),
                        tr("Check the tenant's plan in the Auth0 Dashboard."),
                        Auth0Dashboard::multiFactor(domain));
        return make(Ids::smsFactor(), title, Severity::Ok, tr("The Phone Message factor is on."));
    }
    return make(Ids::smsFactor(), title, Severity::Problem,
                tr("The Phone Message factor is off: Auth0 never sends an MFA text message."),
                tr("Turn on Phone Message under Security > Multi-factor Auth."),
                Auth0Dashboard::multiFactor(domain));
}

TenantFinding TenantJudge::messageTypes(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Message types");
    if (!s.messageTypes.isOk())
        return notRead(Ids::messageTypes(), title, s.messageTypes);
    const QStringList types = s.messageTypes.value;
    if (!types.contains(QLatin1String("sms")))
        return make(Ids::messageTypes(), title, Severity::Problem,
                    types.isEmpty() ? tr("No phone message type is offered.")
                                    : tr("Only voice calls are offered: users get no text "
                                         "message."),
                    tr("Tick SMS under Security > Multi-factor Auth > Phone Message."),
                    Auth0Dashboard::multiFactor(domain));
    if (types.contains(QLatin1String("voice"))) {
        TenantFinding f = make(Ids::messageTypes(), title, Severity::Info,
                               tr("SMS and voice are offered: the Action also gets voice "
                                  "requests."),
                               tr("Make sure the Action handles voice (delivery_method or "
                                  "message_type \"voice\"), or offer SMS only."),
                               Auth0Dashboard::multiFactor(domain));
        return f;
    }
    return make(Ids::messageTypes(), title, Severity::Ok, tr("SMS is offered."));
}

TenantFinding TenantJudge::provider(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Phone provider");
    switch (s.mode()) {
    case TenantSnapshot::Mode::Unknown:
        return make(Ids::provider(), title, Severity::NotChecked,
                    tr("Not checked: the tenant's mode is unknown."));
    case TenantSnapshot::Mode::Legacy: {
        if (!s.selectedProvider.isOk())
            return notRead(Ids::provider(), title, s.selectedProvider);
        const QString p = s.selectedProvider.value;
        if (p == GuardianPhoneProvider::Custom)
            return make(Ids::provider(), title, Severity::Ok,
                        tr("Delivery provider Custom: each message goes to the "
                           "send-phone-message Action."));
        const QString name = p == GuardianPhoneProvider::Twilio ? tr("Twilio (Auth0's built-in "
                                                                     "integration)")
            : p == GuardianPhoneProvider::Auth0                 ? tr("Auth0's own provider")
                                                                : p;
        return make(Ids::provider(), title, Severity::Problem,
                    tr("Delivery provider is %1: the Action is never called.").arg(name),
                    tr("Set Delivery Provider to Custom under Security > Multi-factor Auth > "
                       "Phone Message."),
                    Auth0Dashboard::multiFactor(domain));
    }
    case TenantSnapshot::Mode::Unified:
        break;
    }
    if (!s.phoneProviders.isOk())
        return notRead(Ids::provider(), title, s.phoneProviders);
    const PhoneProvider *custom = nullptr;
    QStringList others;
    for (const PhoneProvider &p : s.phoneProviders.value) {
        if (p.name == QLatin1String("custom"))
            custom = &p;
        else
            others << p.name;
    }
    const QString where = tr("Branding > Phone Provider in the Auth0 Dashboard");
    if (!custom) {
        return make(Ids::provider(), title, Severity::Problem,
                    others.isEmpty()
                        ? tr("No phone provider is configured: the Action is never called.")
                        : tr("The phone provider is %1, not custom: the Action is never called.")
                              .arg(others.join(QStringLiteral(", "))),
                    tr("Choose Custom under %1 (the custom-phone-provider Action must be "
                       "deployed first).")
                        .arg(where),
                    Auth0Dashboard::home(domain));
    }
    if (custom->disabled)
        return make(Ids::provider(), title, Severity::Problem,
                    tr("The custom phone provider is disabled."),
                    tr("Enable it under %1.").arg(where), Auth0Dashboard::home(domain));
    if (!custom->deliveryMethods.contains(QLatin1String("text")))
        return make(Ids::provider(), title, Severity::Problem,
                    tr("The custom phone provider delivers only %1, not text.")
                        .arg(custom->deliveryMethods.join(QStringLiteral(", "))),
                    tr("Tick Text among its delivery methods under %1.").arg(where),
                    Auth0Dashboard::home(domain));
    return make(Ids::provider(), title, Severity::Ok,
                tr("The custom phone provider is enabled for %1.")
                    .arg(custom->deliveryMethods.join(QStringLiteral(", "))));
}

TenantFinding TenantJudge::binding(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Action bound");
    if (s.mode() == TenantSnapshot::Mode::Unknown)
        return make(Ids::binding(), title, Severity::NotChecked,
                    tr("Not checked: the tenant's mode is unknown."));
    const QString trigger = s.trigger();
    const auto &read = s.bindingsFor(trigger);
    if (!read.isOk())
        return notRead(Ids::binding(), title, read);
    const QList<TriggerBinding> &list = read.value.bindings;
    if (list.isEmpty()) {
        const QString other = trigger == Auth0Triggers::CustomPhoneProvider
            ? Auth0Triggers::SendPhoneMessage
            : Auth0Triggers::CustomPhoneProvider;
        const auto &otherRead = s.bindingsFor(other);
        TenantFinding f = make(Ids::binding(), title, Severity::Problem,
                               tr("No Action is bound to the %1 trigger.").arg(trigger),
                               tr("Deploy the profile's Action for %1 and bind it (Actions > "
                                  "Triggers > %2).")
                                   .arg(trigger, triggerLabel(trigger)),
                               Auth0Dashboard::actionsLibrary(domain));
        if (otherRead.isOk() && !otherRead.value.bindings.isEmpty())
            f.details = tr("\"%1\" is bound to %2, which this tenant's phone set-up does not "
                           "run. An Action for %3 exports %4.")
                            .arg(otherRead.value.bindings.first().displayName, other, trigger,
                                 trigger == Auth0Triggers::CustomPhoneProvider
                                     ? QStringLiteral("onExecuteCustomPhoneProvider")
                                     : QStringLiteral("onExecuteSendPhoneMessage"));
        return f;
    }
    const TriggerBinding &first = list.first();
    const QString name = first.actionName.isEmpty() ? first.displayName : first.actionName;
    if (list.size() > 1) {
        QStringList names;
        for (const TriggerBinding &b : list)
            names << (b.actionName.isEmpty() ? b.displayName : b.actionName);
        TenantFinding f = make(Ids::binding(), title, Severity::Warning,
                               tr("%n Actions are bound to %1; each message runs them in order.",
                                  nullptr, int(list.size()))
                                   .arg(trigger),
                               tr("Keep one phone Action bound, so that one message is sent once."),
                               Auth0Dashboard::actionsLibrary(domain));
        f.details = QStringLiteral("- ") + names.join(QStringLiteral("\n- "));
        return f;
    }
    return make(Ids::binding(), title, Severity::Ok,
                tr("\"%1\" is bound to %2.").arg(name, trigger));
}

TenantFinding TenantJudge::hooks(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Legacy hooks");
    if (!s.hooks.made)
        return make(Ids::hooks(), title, Severity::NotChecked, tr("Not read."));
    if (s.hooks.error.isError()) {
        if (s.hooks.error.kind == Auth0Error::Kind::MissingScope)
            return make(Ids::hooks(), title, Severity::Info,
                        tr("Not listed: the token lacks read:hooks (optional)."));
        // Tenants created since 2023-10-16 never had Hooks; the endpoint may be gone.
        return make(Ids::hooks(), title, Severity::Ok, tr("The tenant lists no hooks."));
    }
    if (s.hooks.value.isEmpty())
        return make(Ids::hooks(), title, Severity::Ok,
                    tr("No Send Phone Message hook is left on the tenant."));
    QStringList names;
    int enabled = 0;
    for (const Hook &h : s.hooks.value) {
        names << (h.enabled ? tr("%1 (enabled)").arg(h.name) : h.name);
        enabled += h.enabled;
    }
    TenantFinding f = make(Ids::hooks(), title, Severity::Warning,
                           tr("%n Send Phone Message hook(s) still listed; Auth0 stopped running "
                              "hooks on 2026-11-18, so only the Action sends.",
                              nullptr, int(s.hooks.value.size())),
                           enabled ? tr("Move what the hook did into the Action, then delete the "
                                        "hook.")
                                   : tr("Delete the hook once its code lives in the Action."),
                           Auth0Dashboard::home(domain));
    f.details = QStringLiteral("- ") + names.join(QStringLiteral("\n- "));
    return f;
}
