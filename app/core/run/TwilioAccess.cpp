#include "TwilioAccess.h"

#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QPointer>

TwilioAccess TwilioAccess::check(const QMap<QString, QString> &values, const QString &profile)
{
    TwilioAccess access;
    for (const QString &name : {SecretNames::AccountSid, SecretNames::AuthToken}) {
        if (!values.contains(name) || values.value(name).isEmpty()) {
            access.secretName = name;
            access.missing = true;
            access.problem = tr("%1 is not set for profile \"%2\".").arg(name, profile);
            return access;
        }
        const SecretCheck check = SecretRules::checkValue(name, values.value(name));
        if (!check.isOk()) {
            access.secretName = name;
            access.problem = check.message;
            return access;
        }
    }
    access.ok = true;
    access.credentials
        = {values.value(SecretNames::AccountSid), values.value(SecretNames::AuthToken)};
    return access;
}

void TwilioAccess::read(SecretStore *secrets, const QString &profile, QObject *context,
                        const std::function<void(const TwilioAccess &)> &done)
{
    SecretsJob *job = secrets->read(profile, {SecretNames::AccountSid, SecretNames::AuthToken});
    QObject::connect(job, &SecretsJob::finished, context, [job, profile, done] {
        if (job->failed()) {
            TwilioAccess access;
            access.keychainFailed = true;
            access.keychainError = job->error();
            done(access);
            return;
        }
        done(check(job->values(), profile));
    });
}

QString TwilioAccess::secretFix(const QString &profile, const QString &name)
{
    return tr("Set it on the Secrets page, or with: sms-hook-cli secrets set --profile \"%1\" %2")
        .arg(profile, name);
}
