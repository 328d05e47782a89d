// CheckJudge, items 4 to 6: the sender Twilio knows, the numbers' E.164 form, the trial account.

#include "CheckJudge.h"
#include "CheckJudgeParts.h"

#include "phone/PhoneNumber.h"
#include "secrets/SecretRules.h"

using namespace CheckJudgeParts;

// ---- Item 4 -------------------------------------------------------------------------------

QString CheckJudge::senderLookupNumber(const QString &phoneNumber, const QString &region)
{
    const QString trimmed = phoneNumber.trimmed();
    if (trimmed.isEmpty() || isMessagingServiceSid(trimmed))
        return {};
    const PhoneNumberInfo info = PhoneNumbers::parse(trimmed, region);
    return info.valid ? info.e164 : QString();
}

CheckItem CheckJudge::sender(const SenderFindings &f)
{
    const QString id = CheckItem::Ids::sender();
    const QString number = f.phoneNumber.trimmed();
    const QString serviceSid = f.verifyServiceSid.trimmed();
    if (number.isEmpty() && serviceSid.isEmpty())
        return make(id, State::Fail,
                    tr("Neither %1 nor %2 is set: the hook has nothing to send from.")
                        .arg(SecretNames::PhoneNumber, SecretNames::VerifyServiceSid),
                    tr("Programmable SMS sends from a number (or a Messaging Service) in %1; "
                       "Verify sends through the service in %2.")
                        .arg(SecretNames::PhoneNumber, SecretNames::VerifyServiceSid),
                    {openSecret(SecretNames::PhoneNumber)});

    QList<Part> parts;
    if (!number.isEmpty() && isMessagingServiceSid(number)) {
        Part p;
        const QUrl services = consoleUrl(QStringLiteral("/us1/develop/sms/services"));
        if (!f.messagingServiceLooked) {
            p.state = State::NotChecked;
            p.finding = tr("Messaging Service %1 was not looked up").arg(number);
        } else if (f.messagingServiceError.isError()) {
            p.state = State::Fail;
            p.finding = f.messagingServiceError.httpStatus == 404
                ? tr("Messaging Service %1 does not exist in this account").arg(number)
                : tr("Messaging Service %1 could not be fetched: %2")
                      .arg(number, twilioErrorLine(f.messagingServiceError));
            p.detail = tr("Copy the SID (MG...) again from Messaging > Services in the Twilio "
                          "Console, from the same account as the Account SID (error 21701 when "
                          "sending).");
            p.fixes << openSecret(SecretNames::PhoneNumber)
                    << openUrl(tr("Open Messaging Services"), services);
        } else {
            p.finding = f.messagingService.friendlyName.isEmpty()
                ? tr("Messaging Service %1 exists").arg(number)
                : tr("Messaging Service %1 (%2) exists")
                      .arg(number, f.messagingService.friendlyName);
            p.detail = tr("Make sure its sender pool holds an SMS-capable number.");
            p.fixes << openUrl(
                tr("Open the Messaging Service"),
                consoleUrl(QStringLiteral("/us1/develop/sms/services/%1/properties").arg(number)));
        }
        parts << p;
    } else if (!number.isEmpty()) {
        Part p;
        const QString e164 = senderLookupNumber(number, f.region);
        const QUrl incoming
            = consoleUrl(QStringLiteral("/us1/develop/phone-numbers/manage/incoming"));
        if (e164.isEmpty() || !f.numberLooked) {
            p.state = State::NotChecked;
            p.finding
                = tr("%1 is not a valid phone number (see item 5)").arg(SecretNames::PhoneNumber);
        } else if (f.numberError.isError()) {
            p.state = State::Fail;
            p.finding
                = tr("%1 could not be looked up: %2").arg(e164, twilioErrorLine(f.numberError));
            p.detail = ExplanationMarkdown::forError(f.numberError);
        } else {
            const IncomingPhoneNumber *owned = nullptr;
            for (const IncomingPhoneNumber &n : f.numbers) {
                if (n.phoneNumber == e164)
                    owned = &n;
            }
            if (!owned) {
                p.state = State::Fail;
                p.finding = tr("%1 is not a phone number of this account").arg(e164);
                p.detail = tr("Twilio only sends from numbers the account owns (error 21606 when "
                              "sending). Buy or port the number into this account, or store one "
                              "of its numbers in %1. A number of another account or subaccount "
                              "does not count.")
                               .arg(SecretNames::PhoneNumber);
                p.fixes << openSecret(SecretNames::PhoneNumber)
                        << openUrl(tr("Open the account's numbers"), incoming);
            } else if (!owned->sms) {
                p.state = State::Fail;
                p.finding = tr("%1 belongs to the account but cannot send SMS").arg(e164);
                p.detail = tr("The number has no SMS capability (voice only): sending from it "
                              "fails with error 21606. Use an SMS-capable number of the account, "
                              "or a Messaging Service.");
                p.fixes << openSecret(SecretNames::PhoneNumber)
                        << openUrl(tr("Open the number in the Twilio Console"),
                                   consoleUrl(QStringLiteral(
                                                  "/us1/develop/phone-numbers/manage/incoming/%1/"
                                                  "configure")
                                                  .arg(owned->sid)));
            } else {
                p.finding = tr("%1 belongs to the account and can send SMS").arg(e164);
            }
        }
        parts << p;
    }

    if (!serviceSid.isEmpty()) {
        Part p;
        const QUrl services = consoleUrl(QStringLiteral("/us1/develop/verify/services"));
        if (!SecretRules::isSid(serviceSid, QLatin1String("VA"))) {
            p.state = State::Fail;
            p.finding
                = tr("%1 is not a Verify service SID (VA...)").arg(SecretNames::VerifyServiceSid);
            p.fixes << openSecret(SecretNames::VerifyServiceSid);
        } else if (!f.serviceLooked) {
            p.state = State::NotChecked;
            p.finding = tr("Verify service %1 was not looked up").arg(serviceSid);
        } else if (f.serviceError.isError()) {
            p.state = State::Fail;
            p.finding = f.serviceError.httpStatus == 404
                ? tr("Verify service %1 does not exist in this account").arg(serviceSid)
                : tr("Verify service %1 could not be fetched: %2")
                      .arg(serviceSid, twilioErrorLine(f.serviceError));
            p.detail = tr("Copy the service SID (VA...) again from Verify > Services, in the same "
                          "account as the Account SID. (Auth0's example wrongly passes the "
                          "Account SID as the service SID.)");
            p.fixes << openSecret(SecretNames::VerifyServiceSid)
                    << openUrl(tr("Open Verify services"), services);
        } else if (!f.service.customCodeEnabled) {
            p.state = State::Fail;
            p.finding = tr("Verify service %1 does not accept custom codes").arg(serviceSid);
            p.detail = tr("Auth0 makes the code and the hook passes it as customCode; a service "
                          "without custom codes refuses it (error 60204). Ask Twilio support to "
                          "enable custom codes on this service.")
                + QStringLiteral("\n\n") + explanationMarkdown(60204);
            p.fixes << openUrl(
                tr("Open the Verify service"),
                consoleUrl(
                    QStringLiteral("/us1/develop/verify/services/%1/settings").arg(serviceSid)));
        } else {
            p.finding = tr("Verify service %1 exists and accepts custom codes").arg(serviceSid);
        }
        parts << p;
    }
    return combine(id, parts);
}

// ---- Item 5 -------------------------------------------------------------------------------

CheckItem CheckJudge::e164(const QString &phoneNumber, const QString &recipient,
                           const QString &region)
{
    const QString id = CheckItem::Ids::e164();
    QList<Part> parts;
    const QString number = phoneNumber.trimmed();
    if (number.isEmpty()) {
        // A Verify-only hook has no sending number.
    } else if (isMessagingServiceSid(number)) {
        parts << Part {State::Pass, tr("the sender is a Messaging Service, not a number"), {}, {}};
    } else {
        Part p;
        const PhoneNumberInfo info = PhoneNumbers::parse(number, region);
        if (!info.valid) {
            p.state = State::Fail;
            p.finding = tr("%1 is not a valid phone number").arg(SecretNames::PhoneNumber);
            p.detail = info.error;
            p.fixes << openSecret(SecretNames::PhoneNumber);
        } else if (!info.isE164Input || info.e164 != number) {
            p.state = State::Fail;
            p.finding = tr("%1 \"%2\" is not in E.164 form: %3")
                            .arg(SecretNames::PhoneNumber, number, info.e164);
            p.detail = tr("Twilio needs + then the country code and the number, with no spaces, "
                          "dashes, brackets or leading 00 (error 21212 for From).");
            p.fixes << CheckFix {CheckFix::Kind::RewriteE164, tr("Store it as %1").arg(info.e164),
                                 info.e164};
        } else {
            p.finding = tr("sender %1 is in E.164 form").arg(info.e164);
        }
        parts << p;
    }

    const QString to = recipient.trimmed();
    if (to.isEmpty()) {
        // Nothing was checked: said as such, and no "Pass" for it.
        Part p;
        p.state = State::NotChecked;
        p.finding = tr("the test recipient was not checked (none given)");
        p.detail = tr("Enter a test recipient to check it too.");
        p.judged = false;
        parts << p;
    } else {
        Part p;
        const PhoneNumberInfo info = PhoneNumbers::parse(to, region);
        if (!info.valid) {
            p.state = State::Fail;
            p.finding = tr("the test recipient \"%1\" is not a valid phone number").arg(to);
            p.detail = info.error;
        } else if (info.type == PhoneNumberInfo::Type::FixedLine || !info.canReceiveSms()) {
            p.state = State::Warning;
            p.finding = tr("the test recipient %1 is a %2 number, not a mobile")
                            .arg(info.e164, info.typeName());
            p.detail = tr("SMS does not reach fixed-line numbers (error 21614 or 30006). Test "
                          "with a mobile number.");
        } else {
            p.finding = tr("recipient %1 is valid (%2)").arg(info.e164, info.typeName());
            if (!info.isE164Input)
                p.detail = tr("Auth0 passes the recipient in E.164 form: %1.").arg(info.e164);
        }
        parts << p;
    }
    CheckItem item = combine(id, parts);
    if (!item.finding.isEmpty())
        item.finding[0] = item.finding[0].toUpper();
    if (!item.finding.endsWith(QLatin1Char('.')))
        item.finding += QLatin1Char('.');
    return item;
}

// ---- Item 6 -------------------------------------------------------------------------------

CheckItem CheckJudge::trial(const Account &account, const QString &recipient, const QString &region,
                            const QList<OutgoingCallerId> &callerIds, const TwilioError &error)
{
    const QString id = CheckItem::Ids::trial();
    if (!account.isTrial())
        return make(id, State::Pass, tr("Not a trial account: any recipient can be texted."),
                    tr("Only trial accounts are limited to verified caller IDs."));
    const QUrl verified = consoleUrl(QStringLiteral("/us1/develop/phone-numbers/manage/verified"));
    const QString to = recipient.trimmed();
    if (to.isEmpty())
        return make(id, State::Warning,
                    tr("Trial account: it can only text verified numbers. Enter a test "
                       "recipient to check it."),
                    tr("A trial account sends SMS only to its verified caller IDs (error 21608 "
                       "otherwise). Upgrade the account to text any number."),
                    {openUrl(tr("Open verified caller IDs"), verified)});
    const PhoneNumberInfo info = PhoneNumbers::parse(to, region);
    if (!info.valid)
        return notChecked(id, tr("Needs a valid test recipient (item 5)."));
    if (error.isError())
        return make(id, State::Fail,
                    tr("The verified caller IDs could not be read: %1").arg(twilioErrorLine(error)),
                    ExplanationMarkdown::forError(error));
    for (const OutgoingCallerId &c : callerIds) {
        if (c.phoneNumber == info.e164)
            return make(id, State::Pass,
                        tr("Trial account: %1 is a verified caller ID.").arg(info.e164),
                        tr("A trial account can text this number. Other recipients get error "
                           "21608 until the account is upgraded."));
    }
    return make(id, State::Fail,
                tr("Trial account: %1 is not a verified caller ID (error 21608).").arg(info.e164),
                tr("A trial account can send SMS only to numbers verified on the account: Twilio "
                   "refuses other recipients with error 21608, \"The 'to' phone number provided "
                   "is not yet verified for this account\". Verify the recipient under **Phone "
                   "Numbers > Verified Caller IDs**, or upgrade the account to text anyone.")
                    + QStringLiteral("\n\n") + explanationMarkdown(21608),
                {openUrl(tr("Open verified caller IDs"), verified),
                 openUrl(tr("Upgrade the account"),
                         consoleUrl(QStringLiteral("/us1/billing/manage-billing/upgrade")))});
}
