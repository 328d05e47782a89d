// ActionDeployJob's writes to the tenant, in order: find or create the Action, save its code
// and secrets, wait for the build, deploy, bind it to the trigger, turn on the SMS factor and
// the provider, and read the status back.

#include "ActionDeployJob.h"

#include "ActionCode.h"
#include "Auth0Client.h"
#include "Auth0Parser.h"
#include "TenantStatusJob.h"

#include <QDateTime>
#include <QTimer>

namespace {

using Id = ActionDeployStep::Id;
using State = ActionDeployStep::State;

} // namespace

void ActionDeployJob::readMode()
{
    call(Auth0Requests::getTenantSettings(m_profile.auth0), [this](Auth0Reply *reply) {
        const TenantSettings settings = Auth0Parser::tenantSettings(reply->object());
        m_unified = settings.phoneConsolidatedExperience;
        const QString wanted
            = m_unified ? Auth0Triggers::CustomPhoneProvider : Auth0Triggers::SendPhoneMessage;
        if (m_trigger != wanted) {
            fail(tr("The code exports %1, but %2 is %3: it runs %4 Actions, exported as "
                    "exports.%5.")
                     .arg(ActionCode::exportName(m_trigger), m_profile.auth0.domain,
                          m_unified ? tr("in the Unified Phone Experience")
                                    : tr("on the legacy MFA phone set-up"),
                          wanted, ActionCode::exportName(wanted)));
            return;
        }
        setStep(Id::Check, State::Done,
                tr("%1 runs %2 Actions; the code reads %n secret(s), all in the keychain.", nullptr,
                   int(m_secretValues.size()))
                    .arg(m_profile.auth0.domain, m_trigger));
        findAction();
    });
}

void ActionDeployJob::findAction()
{
    setStep(Id::Save, State::Running);
    // The Action bound to the trigger is the one to update, unless a name was given.
    call(Auth0Requests::listTriggerBindings(m_profile.auth0, m_trigger), [this](Auth0Reply *reply) {
        const TriggerBindingList bindings = Auth0Parser::triggerBindings(reply->object());
        QString id;
        if (m_request.name.isEmpty() && !bindings.bindings.isEmpty())
            id = bindings.bindings.first().actionId;
        if (!id.isEmpty()) {
            call(Auth0Requests::getAction(m_profile.auth0, id), [this](Auth0Reply *r) {
                m_action = Auth0Parser::action(r->object());
                save();
            });
            return;
        }
        ActionListQuery query;
        query.triggerId = m_trigger;
        query.actionName = m_request.name.isEmpty()
            ? tr("SMS Hook Console (%1)").arg(m_profile.name)
            : m_request.name;
        m_request.name = query.actionName;
        call(Auth0Requests::listActions(m_profile.auth0, query), [this](Auth0Reply *r) {
            const ActionList list = Auth0Parser::actionList(r->object());
            for (const Action &a : list.actions) {
                if (a.name == m_request.name)
                    m_action = a;
            }
            save();
        });
    });
}

void ActionDeployJob::save()
{
    ActionDraft draft;
    draft.name = m_action.id.isEmpty() ? m_request.name : QString();
    draft.triggerId = m_trigger;
    draft.triggerVersion = ActionCode::triggerVersion(m_trigger);
    draft.code = m_request.code;
    draft.runtime = m_request.runtime;
    QList<ActionDependency> deps;
    for (const ActionDependency &d : std::as_const(m_action.dependencies)) {
        if (d.name != QLatin1String("twilio"))
            deps << d; // the user's other modules stay
    }
    if (ActionCode::requiresModule(m_request.code, QStringLiteral("twilio")))
        deps << ActionDependency {QStringLiteral("twilio"), ActionCode::twilioVersion(), {}};
    draft.dependencies = deps;
    QList<ActionSecretValue> secrets;
    for (auto it = m_secretValues.cbegin(); it != m_secretValues.cend(); ++it)
        secrets << ActionSecretValue {it.key(), it.value()};
    draft.secrets = secrets;
    m_previousVersion = m_action.deployedVersion ? m_action.deployedVersion->number : 0;
    const bool create = m_action.id.isEmpty();
    const Auth0Request request = create
        ? Auth0Requests::createAction(m_profile.auth0, draft)
        : Auth0Requests::updateAction(m_profile.auth0, m_action.id, draft);
    call(request, [this, create](Auth0Reply *reply) {
        m_action = Auth0Parser::action(reply->object());
        m_created = create;
        setStep(Id::Save, State::Done,
                (create
                     ? tr("Created \"%1\" with %n secret(s).", nullptr, int(m_secretValues.size()))
                     : tr("Updated \"%1\" with %n secret(s).", nullptr, int(m_secretValues.size())))
                    .arg(m_action.name));
        m_secretValues.clear(); // sent; not kept any longer
        waitForBuild();
    });
}

void ActionDeployJob::waitForBuild()
{
    if (stopping())
        return;
    setStep(Id::Build, State::Running);
    m_waitStartedMs = QDateTime::currentMSecsSinceEpoch();
    disconnect(m_poll, nullptr, this, nullptr);
    auto poll = [this] {
        call(Auth0Requests::getAction(m_profile.auth0, m_action.id), [this](Auth0Reply *reply) {
            m_action = Auth0Parser::action(reply->object());
            if (m_action.status == ActionBuildStatus::Built) {
                setStep(Id::Build, State::Done, tr("Built."));
                deploy();
                return;
            }
            if (m_action.status == ActionBuildStatus::Failed) {
                QStringList messages;
                const QJsonArray errors = reply->object().value(QStringLiteral("errors")).toArray();
                for (const QJsonValue &e : errors)
                    messages << e.toObject().value(QStringLiteral("msg")).toString();
                fail(tr("Auth0 could not build the Action%1. Nothing was deployed; the version "
                        "that ran before still runs.")
                         .arg(messages.isEmpty()
                                  ? QString()
                                  : QStringLiteral(": ") + messages.join(QStringLiteral("; "))));
                return;
            }
            if (QDateTime::currentMSecsSinceEpoch() - m_waitStartedMs > m_buildTimeoutMs) {
                fail(tr("The build did not finish in time (still %1). Check the Action in the "
                        "Auth0 Dashboard, then deploy again.")
                         .arg(m_action.status));
                return;
            }
            setStep(Id::Build, State::Running, tr("Auth0 says: %1.").arg(m_action.status));
            m_poll->start(m_pollMs);
        });
    };
    connect(m_poll, &QTimer::timeout, this, poll);
    poll();
}

void ActionDeployJob::deploy()
{
    if (stopping())
        return;
    setStep(Id::Deploy, State::Running);
    call(Auth0Requests::deployAction(m_profile.auth0, m_action.id), [this](Auth0Reply *reply) {
        const ActionVersion version = Auth0Parser::actionVersion(reply->object());
        waitForDeploy(version.id);
    });
}

void ActionDeployJob::waitForDeploy(const QString &versionId)
{
    m_waitStartedMs = QDateTime::currentMSecsSinceEpoch();
    disconnect(m_poll, nullptr, this, nullptr);
    auto poll = [this, versionId] {
        call(Auth0Requests::getAction(m_profile.auth0, m_action.id),
             [this, versionId](Auth0Reply *reply) {
                 m_action = Auth0Parser::action(reply->object());
                 const bool done = m_action.isDeployed()
                     && (versionId.isEmpty() ? m_action.deployedVersion->number > m_previousVersion
                                             : m_action.deployedVersion->id == versionId);
                 if (done) {
                     setStep(Id::Deploy, State::Done,
                             tr("Version %1 is deployed.").arg(m_action.deployedVersion->number));
                     if (!m_request.activate) {
                         for (Id id : {Id::Bind, Id::Factor, Id::Provider})
                             setStep(id, State::Skipped, tr("Not asked (--no-activate)."));
                         verify();
                         return;
                     }
                     bind();
                     return;
                 }
                 if (QDateTime::currentMSecsSinceEpoch() - m_waitStartedMs > m_buildTimeoutMs) {
                     fail(tr("The deploy did not finish in time. Check the Action in the Auth0 "
                             "Dashboard."));
                     return;
                 }
                 m_poll->start(m_pollMs);
             });
    };
    connect(m_poll, &QTimer::timeout, this, poll);
    poll();
}

void ActionDeployJob::bind()
{
    if (stopping())
        return;
    setStep(Id::Bind, State::Running);
    call(Auth0Requests::listTriggerBindings(m_profile.auth0, m_trigger), [this](Auth0Reply *reply) {
        const TriggerBindingList current = Auth0Parser::triggerBindings(reply->object());
        // This Action first. Another bound Action that sends (its code uses twilio) would send
        // the same message twice: unbound. Others (logging, say) keep their place after it;
        // custom-phone-provider takes only one Action.
        QList<TriggerBinding> others;
        for (const TriggerBinding &b : current.bindings) {
            if (b.actionId != m_action.id)
                others << b;
        }
        auto finishBinding = [this](const QList<BindingRef> &refs, const QStringList &unbound) {
            call(Auth0Requests::updateTriggerBindings(m_profile.auth0, m_trigger, refs),
                 [this, unbound](Auth0Reply *) {
                     setStep(Id::Bind, State::Done,
                             unbound.isEmpty()
                                 ? tr("\"%1\" is bound to %2.").arg(m_action.name, m_trigger)
                                 : tr("\"%1\" is bound to %2; unbound, as it sends too: %3.")
                                       .arg(m_action.name, m_trigger,
                                            unbound.join(QStringLiteral(", "))));
                     factor();
                 });
        };
        QList<BindingRef> refs {{BindingRef::Type::ActionId, m_action.id, m_action.name}};
        if (others.isEmpty() || m_trigger == Auth0Triggers::CustomPhoneProvider) {
            QStringList unbound;
            for (const TriggerBinding &b : others)
                unbound << b.displayName;
            finishBinding(refs, unbound);
            return;
        }
        // Read the other Actions' code to tell senders apart, one after the other.
        auto pending = std::make_shared<QList<TriggerBinding>>(others);
        auto unbound = std::make_shared<QStringList>();
        auto kept = std::make_shared<QList<BindingRef>>(refs);
        auto next = std::make_shared<std::function<void()>>();
        // The step holds itself weakly (a strong hold would be a cycle that never frees); the
        // request under way holds it strongly.
        const std::weak_ptr<std::function<void()>> step = next;
        *next = [this, pending, unbound, kept, step, finishBinding] {
            if (pending->isEmpty()) {
                finishBinding(*kept, *unbound);
                return;
            }
            const TriggerBinding b = pending->takeFirst();
            call(Auth0Requests::getAction(m_profile.auth0, b.actionId),
                 [pending, unbound, kept, next = step.lock(), b](Auth0Reply *r) {
                     const Action other = Auth0Parser::action(r->object());
                     const QString code
                         = other.deployedVersion ? other.deployedVersion->code : other.code;
                     if (ActionCode::requiresModule(code, QStringLiteral("twilio")))
                         *unbound << b.displayName;
                     else
                         *kept << BindingRef {BindingRef::Type::BindingId, b.id, b.displayName};
                     (*next)();
                 });
        };
        (*next)();
    });
}

void ActionDeployJob::factor()
{
    if (stopping())
        return;
    setStep(Id::Factor, State::Running);
    call(Auth0Requests::setGuardianFactor(m_profile.auth0, QStringLiteral("sms"), true),
         [this](Auth0Reply *) {
             call(Auth0Requests::getPhoneMessageTypes(m_profile.auth0), [this](Auth0Reply *r) {
                 QStringList types = Auth0Parser::phoneMessageTypes(r->object());
                 if (types.contains(QLatin1String("sms"))) {
                     setStep(Id::Factor, State::Done, tr("Phone Message is on, with SMS."));
                     provider();
                     return;
                 }
                 types.prepend(QStringLiteral("sms"));
                 call(Auth0Requests::setPhoneMessageTypes(m_profile.auth0, types),
                      [this](Auth0Reply *) {
                          setStep(Id::Factor, State::Done,
                                  tr("Phone Message is on; SMS added to its message types."));
                          provider();
                      });
             });
         });
}

void ActionDeployJob::provider()
{
    if (stopping())
        return;
    setStep(Id::Provider, State::Running);
    if (!m_unified) {
        call(
            Auth0Requests::setPhoneSelectedProvider(m_profile.auth0, GuardianPhoneProvider::Custom),
            [this](Auth0Reply *) {
                setStep(Id::Provider, State::Done,
                        tr("Delivery provider: Custom (phone-message-hook)."));
                verify();
            });
        return;
    }
    QStringList methods {QStringLiteral("text")};
    if (ActionCode::handlesVoice(m_request.code))
        methods << QStringLiteral("voice");
    call(Auth0Requests::listPhoneProviders(m_profile.auth0), [this, methods](Auth0Reply *reply) {
        QString customId;
        for (const PhoneProvider &p : Auth0Parser::phoneProviders(reply->object())) {
            if (p.name == QLatin1String("custom"))
                customId = p.id;
        }
        PhoneProviderDraft draft;
        draft.name = QStringLiteral("custom");
        draft.disabled = false;
        draft.deliveryMethods = methods;
        draft.credentials = QJsonObject(); // {}: Auth0 requires it, even for custom
        const Auth0Request request = customId.isEmpty()
            ? Auth0Requests::createPhoneProvider(m_profile.auth0, draft)
            : Auth0Requests::updatePhoneProvider(m_profile.auth0, customId, draft);
        call(request, [this, methods, created = customId.isEmpty()](Auth0Reply *) {
            setStep(Id::Provider, State::Done,
                    (created ? tr("Created the custom phone provider for %1.")
                             : tr("The custom phone provider is enabled for %1."))
                        .arg(methods.join(QStringLiteral(", "))));
            verify();
        });
    });
}

void ActionDeployJob::verify()
{
    if (stopping())
        return;
    setStep(Id::Verify, State::Running);
    m_statusJob = TenantStatusJob::startWithSecret(m_profile, m_clientSecret, m_network, this);
    connect(m_statusJob, &TenantStatusJob::finished, this, [this, job = m_statusJob.data()] {
        m_statusJob = nullptr;
        if (m_finished)
            return;
        m_status = job->status();
        if (!m_request.activate || m_status->wouldSend()) {
            setStep(Id::Verify, State::Done, m_status->summary());
            finish();
            return;
        }
        fail(m_status->summary());
    });
}
