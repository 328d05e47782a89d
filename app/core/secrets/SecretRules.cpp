#include "SecretRules.h"

#include "phone/PhoneNumber.h"

namespace {

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isHexString(QStringView s, int length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (!isHex(c))
            return false;
    }
    return true;
}

// The common mistakes worth a specific hint: a SID of the wrong kind pasted into a field.
QString sidKindHint(const QString &value)
{
    const QString prefix = value.left(2).toUpper();
    if (prefix == QLatin1String("AC"))
        return SecretRules::tr("This looks like an Account SID.");
    if (prefix == QLatin1String("SK"))
        return SecretRules::tr("This looks like an API Key SID; the hook needs the Account SID "
                               "and its Auth Token.");
    if (prefix == QLatin1String("MG"))
        return SecretRules::tr("This looks like a Messaging Service SID.");
    if (prefix == QLatin1String("VA"))
        return SecretRules::tr("This looks like a Verify service SID.");
    if (prefix == QLatin1String("PN"))
        return SecretRules::tr("This looks like a phone number SID; use the number itself.");
    return {};
}

} // namespace

QStringList SecretRules::knownNames()
{
    return {SecretNames::AccountSid, SecretNames::AuthToken, SecretNames::PhoneNumber,
            SecretNames::VerifyServiceSid};
}

bool SecretRules::isKnown(const QString &name)
{
    return knownNames().contains(name);
}

QString SecretRules::description(const QString &name)
{
    if (name == SecretNames::AccountSid)
        return tr("Twilio Account SID (AC followed by 32 hex digits), from the Twilio Console.");
    if (name == SecretNames::AuthToken)
        return tr("Twilio Auth Token (32 hex digits), shown next to the Account SID.");
    if (name == SecretNames::PhoneNumber)
        return tr(
            "Sending number in E.164 form (+14155552671) or a Messaging Service SID (MG...).");
    if (name == SecretNames::VerifyServiceSid)
        return tr("Twilio Verify service SID (VA followed by 32 hex digits), for the Verify hook.");
    // A name the code could not read that way gets no example that shows it read.
    if (name.isEmpty() || !checkName(name).isOk())
        return tr("Custom secret: a name of letters A-Z, digits and _, read by the code as "
                  "context.webtask.secrets.NAME (an Action: event.secrets.NAME).");
    return tr("Custom secret, read by the code as context.webtask.secrets.%1 (an Action: "
              "event.secrets.%1).")
        .arg(name);
}

bool SecretRules::isSensitive(const QString &name)
{
    // Everything but the sending number and the SIDs is treated as a credential, custom
    // secrets included: the console cannot know what they hold.
    return name != SecretNames::PhoneNumber && name != SecretNames::AccountSid
        && name != SecretNames::VerifyServiceSid;
}

bool SecretRules::isSid(const QString &value, QLatin1String prefix)
{
    return value.size() == 34 && value.startsWith(prefix)
        && isHexString(QStringView(value).mid(2), 32);
}

SecretCheck SecretRules::checkName(const QString &name)
{
    if (name.isEmpty())
        return SecretCheck::error(tr("Secret name: enter a name, for example TWILIO_API_KEY."));
    if (name.size() > MaxNameLength)
        return SecretCheck::error(
            tr("Secret name: at most %1 characters; shorten the name.").arg(MaxNameLength));
    const QChar first = name.front();
    if (first.isDigit())
        return SecretCheck::error(
            tr("Secret name \"%1\": must not start with a digit; start it with a letter or _.")
                .arg(name));
    for (QChar c : name) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            return SecretCheck::error(
                tr("Secret name \"%1\": use only letters A-Z, digits and _ (the hook reads it as "
                   "context.webtask.secrets.NAME).")
                    .arg(name));
    }
    return SecretCheck::ok();
}

SecretCheck SecretRules::checkValue(const QString &name, const QString &value,
                                    const QString &defaultRegion)
{
    if (value.isEmpty())
        return SecretCheck::error(tr("%1: enter a value, or delete the secret.").arg(name));
    if (value.contains(QChar(0)))
        return SecretCheck::error(
            tr("%1: the value contains a NUL character; paste it again.").arg(name));
    if (value.size() > MaxValueLength)
        return SecretCheck::error(tr("%1: at most %2 characters.").arg(name).arg(MaxValueLength));
    const QString trimmed = value.trimmed();
    if (trimmed != value && name != SecretNames::PhoneNumber && isKnown(name))
        return SecretCheck::error(tr("%1: remove the spaces before or after the value.").arg(name));

    if (name == SecretNames::AccountSid) {
        if (isSid(value, QLatin1String("AC")))
            return SecretCheck::ok();
        QString message = tr("%1: expected AC followed by 32 hex digits (34 characters), as shown "
                             "under Account Info in the Twilio Console.")
                              .arg(name);
        const QString hint = value.startsWith(QLatin1String("AC")) ? QString() : sidKindHint(value);
        return SecretCheck::error(hint.isEmpty() ? message : message + QLatin1Char(' ') + hint);
    }
    if (name == SecretNames::AuthToken) {
        if (isHexString(value, 32))
            return SecretCheck::ok();
        if (isSid(value, QLatin1String("AC")))
            return SecretCheck::error(
                tr("%1: this is the Account SID; paste the Auth Token (32 hex digits) shown "
                   "next to it in the Twilio Console.")
                    .arg(name));
        return SecretCheck::error(tr("%1: expected 32 hex digits, as shown (after Show) under "
                                     "Account Info in the Twilio Console. This value has %2 "
                                     "characters.")
                                      .arg(name)
                                      .arg(value.size()));
    }
    if (name == SecretNames::VerifyServiceSid) {
        if (isSid(value, QLatin1String("VA")))
            return SecretCheck::ok();
        QString message = tr("%1: expected VA followed by 32 hex digits, from Verify > Services "
                             "in the Twilio Console.")
                              .arg(name);
        const QString hint = value.startsWith(QLatin1String("VA")) ? QString() : sidKindHint(value);
        return SecretCheck::error(hint.isEmpty() ? message : message + QLatin1Char(' ') + hint);
    }
    if (name == SecretNames::PhoneNumber) {
        if (trimmed.startsWith(QLatin1String("MG"))) {
            if (isSid(trimmed, QLatin1String("MG")))
                return SecretCheck::ok();
            return SecretCheck::error(tr("%1: a Messaging Service SID is MG followed by 32 hex "
                                         "digits; copy it again from Messaging > Services.")
                                          .arg(name));
        }
        const PhoneNumberInfo info = PhoneNumbers::parse(trimmed, defaultRegion);
        if (!info.parsed || !info.valid)
            return SecretCheck::error(QStringLiteral("%1: %2").arg(name, info.error));
        if (!info.isE164Input) {
            // It parses in the region: the rewrite is certain, so it is offered as the fix.
            SecretCheck check = SecretCheck::error(
                tr("%1: write the number in E.164 form: %2 (no spaces, dashes or brackets).")
                    .arg(name, info.e164));
            check.suggestion = info.e164;
            return check;
        }
        if (info.type == PhoneNumberInfo::Type::FixedLine)
            return SecretCheck::warning(
                tr("%1: %2 is a fixed-line number; Twilio can only send SMS from an SMS-capable "
                   "number.")
                    .arg(name, info.e164));
        return SecretCheck::ok();
    }
    return SecretCheck::ok();
}

SecretCheck SecretRules::checkCount(int count)
{
    if (count > MaxSecretsPerHook)
        return SecretCheck::error(tr("A hook holds at most %1 secrets; delete %2 of them.")
                                      .arg(MaxSecretsPerHook)
                                      .arg(count - MaxSecretsPerHook));
    return SecretCheck::ok();
}
