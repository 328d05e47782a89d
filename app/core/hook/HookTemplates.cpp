#include "HookTemplates.h"

#include "HookResource.h"
#include "auth0/Auth0Types.h"

#include <QCoreApplication>

namespace {

const QString Sms = QStringLiteral("programmable-sms");
const QString Verify = QStringLiteral("verify");

// Titles and descriptions are translated in the HookTemplates context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HookTemplates)
};

QStringList smsSecrets()
{
    return {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
            QStringLiteral("TWILIO_PHONE_NUMBER")};
}

QStringList verifySecrets()
{
    return {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
            QStringLiteral("TWILIO_VERIFY_SERVICE_SID")};
}

HookTemplate make(const QString &id, const QString &trigger, const QString &api,
                  const QString &title, const QString &description, const QString &resource)
{
    HookTemplate t;
    t.id = id;
    t.trigger = trigger;
    t.api = api;
    t.title = title;
    t.description = description;
    t.secrets = api == Verify ? verifySecrets() : smsSecrets();
    t.source = HookResource::read(resource);
    return t;
}

} // namespace

QList<HookTemplate> HookTemplates::all()
{
    const QString spm = Auth0Triggers::SendPhoneMessage;
    const QString cpp = Auth0Triggers::CustomPhoneProvider;
    return {
        make(QStringLiteral("send-phone-message-sms"), spm, Sms,
             Text::tr("Programmable SMS (send-phone-message Action)"),
             Text::tr(
                 "For the legacy MFA phone set-up: sends Auth0's text from TWILIO_PHONE_NUMBER (a "
                 "number or a Messaging Service SID) through Twilio's Messages API, and places a "
                 "call for voice. A Twilio error fails the send."),
             QStringLiteral(":/actions/send-phone-message-sms.js")),
        make(QStringLiteral("send-phone-message-verify"), spm, Verify,
             Text::tr("Verify (send-phone-message Action)"),
             Text::tr(
                 "For the legacy MFA phone set-up: sends Auth0's code as a custom code through the "
                 "Verify service in TWILIO_VERIFY_SERVICE_SID; voice uses the call channel. The "
                 "service must accept custom codes."),
             QStringLiteral(":/actions/send-phone-message-verify.js")),
        make(QStringLiteral("custom-phone-provider-sms"), cpp, Sms,
             Text::tr("Programmable SMS (custom-phone-provider Action)"),
             Text::tr(
                 "For the Unified Phone Experience: sends every phone notification from "
                 "TWILIO_PHONE_NUMBER (a number or a Messaging Service SID), a call for voice; a "
                 "failure is dropped, or retried when it may pass."),
             QStringLiteral(":/actions/custom-phone-provider-sms.js")),
        make(QStringLiteral("custom-phone-provider-verify"), cpp, Verify,
             Text::tr("Verify (custom-phone-provider Action)"),
             Text::tr(
                 "For the Unified Phone Experience: sends one-time codes as custom codes through "
                 "the Verify service in TWILIO_VERIFY_SERVICE_SID (voice: the call channel); drops "
                 "notifications without a code. The service must accept custom codes."),
             QStringLiteral(":/actions/custom-phone-provider-verify.js")),
        make(Sms, QString(), Sms, Text::tr("Programmable SMS (legacy hook)"),
             Text::tr(
                 "A Send Phone Message hook, which Auth0 no longer runs: sends Auth0's text from "
                 "TWILIO_PHONE_NUMBER (a number or a Messaging Service SID) through Twilio's "
                 "Messages API. A voice request is answered with an error: Messages cannot place "
                 "calls."),
             QStringLiteral(":/hooks/programmable-sms.js")),
        make(Verify, QString(), Verify, Text::tr("Verify (legacy hook)"),
             Text::tr(
                 "A Send Phone Message hook, which Auth0 no longer runs: sends Auth0's code as a "
                 "custom code through the Verify service in TWILIO_VERIFY_SERVICE_SID (not the "
                 "Account SID); a voice request uses the call channel. The service must accept "
                 "custom codes."),
             QStringLiteral(":/hooks/verify.js")),
    };
}

HookTemplate HookTemplates::byId(const QString &id)
{
    const QList<HookTemplate> list = all();
    for (const HookTemplate &t : list) {
        if (t.id == id)
            return t;
    }
    return {};
}

HookTemplate HookTemplates::find(const QString &trigger, const QString &api)
{
    const QList<HookTemplate> list = all();
    for (const HookTemplate &t : list) {
        if (t.trigger == trigger && t.api == api)
            return t;
    }
    return {};
}

HookTemplate HookTemplates::forProfile(const QStringList &secretNames, const QString &trigger)
{
    const bool verify = secretNames.contains(QStringLiteral("TWILIO_VERIFY_SERVICE_SID"));
    return find(trigger.isEmpty() ? Auth0Triggers::CustomPhoneProvider : trigger,
                verify ? Verify : Sms);
}
