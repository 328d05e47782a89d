#include "HookTemplates.h"

#include "HookResource.h"

#include <QCoreApplication>

QList<HookTemplate> HookTemplates::all()
{
    HookTemplate sms;
    sms.id = QStringLiteral("programmable-sms");
    sms.title = QCoreApplication::translate("HookTemplates", "Programmable SMS");
    sms.description = QCoreApplication::translate(
        "HookTemplates",
        "Sends Auth0's text from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID) "
        "through Twilio's Messages API. A voice request is answered with an error: Messages "
        "cannot place calls.");
    sms.secrets = {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
                   QStringLiteral("TWILIO_PHONE_NUMBER")};
    sms.source = HookResource::read(QStringLiteral(":/hooks/programmable-sms.js"));

    HookTemplate verify;
    verify.id = QStringLiteral("verify");
    verify.title = QCoreApplication::translate("HookTemplates", "Verify");
    verify.description = QCoreApplication::translate(
        "HookTemplates",
        "Sends Auth0's code as a custom code through the Verify service in "
        "TWILIO_VERIFY_SERVICE_SID (not the Account SID); a voice request uses the call "
        "channel. The service must accept custom codes.");
    verify.secrets = {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
                      QStringLiteral("TWILIO_VERIFY_SERVICE_SID")};
    verify.source = HookResource::read(QStringLiteral(":/hooks/verify.js"));
    return {sms, verify};
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
