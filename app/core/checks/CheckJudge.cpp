#include "CheckJudge.h"

#include "phone/PhoneNumber.h"
#include "run/Outcomes.h"
#include "secrets/SecretRules.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/ExplanationMarkdown.h"

#include <QLocale>

namespace {

using State = CheckItem::State;

CheckFix openSecret(const QString &name)
{
    return {CheckFix::Kind::OpenSecret, CheckJudge::tr("Edit %1").arg(name), name};
}

CheckFix openUrl(const QString &label, const QUrl &url)
{
    return {CheckFix::Kind::OpenUrl, label, url.toString(QUrl::FullyEncoded)};
}

CheckFix sendTest(const QString &to)
{
    return {CheckFix::Kind::SendTest, CheckJudge::tr("Send a test"), to};
}

CheckItem make(const QString &id, State state, const QString &finding, const QString &details = {},
               const QList<CheckFix> &fixes = {})
{
    CheckItem item = CheckItem::initial(id);
    item.state = state;
    item.finding = finding;
    item.details = details;
    item.fixes = fixes;
    return item;
}

QString code(const QString &text)
{
    return QLatin1Char('`') + text + QLatin1Char('`');
}

void addFix(QList<CheckFix> *fixes, const CheckFix &fix)
{
    if (!fixes->contains(fix))
        fixes->append(fix);
}

// One part of a composite item (item 4 checks a number and a service).
struct Part
{
    State state = State::Pass;
    QString finding;
    QString detail;
    QList<CheckFix> fixes;
    bool judged = true; // false: said in the details, but not part of the item's verdict
};

CheckItem combine(const QString &id, const QList<Part> &parts)
{
    CheckItem item = CheckItem::initial(id);
    item.state = State::Pass;
    QStringList findings;
    QStringList details;
    const Part *worst = nullptr;
    for (const Part &p : parts) {
        if (p.judged) {
            item.state = CheckItem::worst(item.state, p.state);
            if (!worst || CheckItem::severity(p.state) > CheckItem::severity(worst->state))
                worst = &p;
        }
        findings << p.finding;
        details << QStringLiteral("- **%1**: %2").arg(CheckItem::stateText(p.state), p.finding);
        if (!p.detail.isEmpty())
            details << QStringLiteral("\n  ")
                    + QString(p.detail).replace(QLatin1Char('\n'), QStringLiteral("\n  "));
        for (const CheckFix &f : p.fixes)
            addFix(&item.fixes, f);
    }
    // The line says the worst part first; when all pass, every part.
    item.finding = item.state == State::Pass || !worst ? findings.join(QStringLiteral("; "))
                                                       : worst->finding;
    item.details = details.join(QLatin1Char('\n'));
    return item;
}

bool isMessagingServiceSid(const QString &value)
{
    return value.trimmed().startsWith(QLatin1String("MG"));
}

// One sentence for a finding; the explanation itself goes to the details, once.
QString twilioErrorLine(const TwilioError &error)
{
    return ExplanationMarkdown::headline(error);
}

} // namespace

QUrl CheckJudge::consoleUrl(const QString &path)
{
    return QUrl(QStringLiteral("https://console.twilio.com") + path);
}

QUrl CheckJudge::geoPermissionsUrl()
{
    return consoleUrl(QStringLiteral("/us1/develop/sms/settings/geo-permissions"));
}

QString CheckJudge::explanationMarkdown(int errorCode, const QString &twilioMessage)
{
    // The dictionary's words first: Twilio's text for one occurrence is often just the code.
    const QString message = ErrorDictionary::lookup(errorCode).message;
    return ExplanationMarkdown::forCode(errorCode, message.isEmpty() ? twilioMessage : message);
}

CheckItem CheckJudge::notChecked(const QString &id, const QString &reason)
{
    return make(id, State::NotChecked, reason);
}

// ---- Item 1 -------------------------------------------------------------------------------

QString CheckJudge::tenantManualSteps()
{
    return tr("This profile is not connected to its Auth0 tenant, so check these by hand (or "
              "connect it on the Tenant page and the console checks them for you):\n\n"
              "1. In the Auth0 Dashboard, open **Branding > Phone Provider**. If the page "
              "exists, the tenant is in the Unified Phone Experience: **Custom** is selected, "
              "enabled for **Text**, and its Action (trigger **custom-phone-provider**, "
              "`exports.onExecuteCustomPhoneProvider`) is deployed.\n"
              "2. Otherwise the tenant has the legacy MFA phone set-up: open **Security > "
              "Multi-factor Auth > Phone Message**; **Custom** is the delivery provider, and "
              "**Actions > Triggers > Send Phone Message** has this code's Action "
              "(`exports.onExecuteSendPhoneMessage`) in its flow, deployed.\n"
              "3. On **Security > Multi-factor Auth**, **Phone Message** is on and **SMS** is "
              "among its delivery methods.\n"
              "4. The Action's **Secrets** hold the names its code reads, with this profile's "
              "values, and its **Dependencies** include `twilio`.\n\n"
              "Auth0 stopped running Send Phone Message hooks on 2026-11-18: a hook, even "
              "enabled, no longer sends anything.");
}

CheckItem CheckJudge::tenantManual(bool confirmed, const QDateTime &confirmedAt)
{
    const CheckFix connect {CheckFix::Kind::OpenTenant, tr("Connect to the tenant"), QString()};
    if (confirmed) {
        const QString when = confirmedAt.isValid()
            ? QLocale().toString(confirmedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("an unknown date");
        return make(
            CheckItem::Ids::tenant(), State::Pass, tr("Confirmed by hand on %1.").arg(when),
            tenantManualSteps(),
            {connect,
             {CheckFix::Kind::ConfirmManual, tr("Not checked any more"), QStringLiteral("0")}});
    }
    return make(
        CheckItem::Ids::tenant(), State::Manual,
        tr("Not connected to the tenant: check its Action and phone provider in the "
           "Auth0 Dashboard."),
        tenantManualSteps(),
        {connect, {CheckFix::Kind::ConfirmManual, tr("I checked this"), QStringLiteral("1")}});
}

CheckItem CheckJudge::tenant(const TenantStatus &status)
{
    const QString id = CheckItem::Ids::tenant();
    QStringList lines;
    QList<CheckFix> fixes {{CheckFix::Kind::OpenTenant, tr("Open the tenant status"), QString()}};
    State state = State::Pass;
    int warnings = 0;
    for (const TenantFinding &f : status.findings) {
        switch (f.severity) {
        case TenantFinding::Severity::Problem:
        case TenantFinding::Severity::NotChecked:
            state = State::Fail;
            break;
        case TenantFinding::Severity::Warning:
            state = CheckItem::worst(state, State::Warning);
            ++warnings;
            break;
        case TenantFinding::Severity::Ok:
        case TenantFinding::Severity::Info:
            continue; // the board shows them; the checklist lists what needs doing
        }
        QString line = tr("- **%1** (%2): %3")
                           .arg(f.title, TenantFinding::severityText(f.severity), f.finding);
        if (!f.fix.isEmpty())
            line += QLatin1Char(' ') + f.fix;
        lines << line;
        if (!f.dashboardUrl.isEmpty() && fixes.size() < 4)
            addFix(&fixes, openUrl(tr("Open the Auth0 Dashboard"), f.dashboardUrl));
    }
    QString finding;
    if (state == State::Fail)
        finding = status.summary();
    else if (warnings > 0)
        finding = tr("%1 (%n warning(s))", nullptr, warnings).arg(status.summary());
    else
        finding = status.summary();
    return make(id, state, finding, lines.join(QLatin1Char('\n')), fixes);
}

// ---- Item 2 -------------------------------------------------------------------------------

QStringList CheckJudge::requiredWithoutCode(const QMap<QString, QString> &values)
{
    QStringList names {SecretNames::AccountSid, SecretNames::AuthToken};
    const bool hasNumber = !values.value(SecretNames::PhoneNumber).isEmpty();
    const bool hasService = !values.value(SecretNames::VerifyServiceSid).isEmpty();
    if (hasNumber || !hasService)
        names << SecretNames::PhoneNumber;
    if (hasService)
        names << SecretNames::VerifyServiceSid;
    return names;
}

CheckItem CheckJudge::secrets(const QMap<QString, QString> &values,
                              const std::optional<QStringList> &usedByCode, const QString &region,
                              const TenantFinding *actionSecrets, const QString &templateTitle)
{
    const QString id = CheckItem::Ids::secrets();
    const QStringList required = usedByCode ? *usedByCode : requiredWithoutCode(values);
    State state = State::Pass;
    QStringList lines;
    QStringList problems;
    QList<CheckFix> fixes;

    if (usedByCode && usedByCode->isEmpty())
        lines << tr("The hook code reads no secret (context.webtask.secrets): it cannot reach "
                    "Twilio without credentials.");
    for (const QString &name : required) {
        const auto it = values.constFind(name);
        if (it == values.constEnd() || it->isEmpty()) {
            state = State::Fail;
            problems << tr("%1 is not set").arg(name);
            lines << tr("- %1: **not set** in the keychain%2")
                         .arg(code(name), usedByCode ? tr(" (the hook code reads it)") : QString());
            addFix(&fixes, openSecret(name));
            continue;
        }
        const SecretCheck check = SecretRules::checkValue(name, *it, region);
        if (!check.isOk()) {
            // A number that is only written the wrong way is item 5's business.
            const PhoneNumberInfo info = name == SecretNames::PhoneNumber
                ? PhoneNumbers::parse(it->trimmed(), region)
                : PhoneNumberInfo();
            if (name == SecretNames::PhoneNumber && info.valid && !info.isE164Input) {
                state = CheckItem::worst(state, State::Warning);
                problems << tr("%1 is not in E.164 form").arg(name);
                lines << tr("- %1: set, but not in E.164 form (see item 5)").arg(code(name));
                continue;
            }
            state = State::Fail;
            problems << tr("%1 is malformed").arg(name);
            lines << QStringLiteral("- %1: %2").arg(code(name), check.message);
            addFix(&fixes, openSecret(name));
            continue;
        }
        lines << tr("- %1: set and well-formed").arg(code(name))
                + (check.message.isEmpty() ? QString()
                                           : QStringLiteral(" (%1)").arg(check.message));
    }

    if (usedByCode && !templateTitle.isEmpty()) {
        lines << tr("No hook code is saved for this profile yet: the code checked is the one the "
                    "Hook code page opens for it, the template \"%1\".")
                     .arg(templateTitle);
        fixes << CheckFix {CheckFix::Kind::OpenHookCode, tr("Open the Hook code page"), {}};
    }
    if (usedByCode) {
        // The credentials set but never read by the code: often a typo in the code. (The
        // sender and the Verify service serve the Run page too; code may well use only one.)
        QStringList unused;
        for (const QString &name : {SecretNames::AccountSid, SecretNames::AuthToken}) {
            if (!values.value(name).isEmpty() && !usedByCode->contains(name))
                unused << name;
        }
        if (!unused.isEmpty())
            lines << tr("Set but not read by the hook code: %1. Check the names in the code for "
                        "typos.")
                         .arg(unused.join(QStringLiteral(", ")));
    } else {
        state = CheckItem::worst(state, State::Warning);
        lines << tr("No hook code is saved for this profile: the secrets a hook usually needs "
                    "were checked. Open the Hook code page to check the names your code reads.");
        fixes << CheckFix {CheckFix::Kind::OpenHookCode, tr("Open the Hook code page"), {}};
    }

    // The tenant's side: the deployed Action's secrets against what its code reads.
    if (actionSecrets) {
        using Sev = TenantFinding::Severity;
        const QString line = tr("Deployed Action: %1").arg(actionSecrets->finding);
        if (actionSecrets->severity == Sev::Problem) {
            state = State::Fail;
            problems << actionSecrets->finding.section(QLatin1Char(':'), 0, 0);
            lines << QStringLiteral("- ") + line + QLatin1Char(' ') + actionSecrets->fix;
            if (!actionSecrets->dashboardUrl.isEmpty())
                addFix(&fixes,
                       openUrl(tr("Open the Action in Auth0"), actionSecrets->dashboardUrl));
        } else if (actionSecrets->severity != Sev::NotChecked) {
            lines << QStringLiteral("- ") + line;
        }
    }

    QString finding;
    if (!problems.isEmpty())
        finding = problems.join(QStringLiteral("; ")) + QLatin1Char('.');
    else if (usedByCode)
        finding = tr("All %n secret(s) the hook code reads are set and well-formed.", nullptr,
                     int(required.size()));
    else
        finding = tr("The usual secrets are set; no hook code saved to compare with.");
    return make(id, state, finding, lines.join(QLatin1Char('\n')), fixes);
}

// ---- Item 3 -------------------------------------------------------------------------------

std::optional<CheckItem> CheckJudge::credentialsInput(const QMap<QString, QString> &values)
{
    for (const QString &name : {SecretNames::AccountSid, SecretNames::AuthToken}) {
        const QString value = values.value(name);
        if (value.isEmpty())
            return make(CheckItem::Ids::credentials(), State::Fail,
                        tr("%1 is not set: Twilio cannot be asked.").arg(name),
                        tr("Copy it from **Account Info** on the Twilio Console's home page and "
                           "store it on the Secrets page."),
                        {openSecret(name),
                         openUrl(tr("Open the Twilio Console"), consoleUrl(QStringLiteral("/")))});
        const SecretCheck check = SecretRules::checkValue(name, value);
        if (!check.isOk())
            return make(CheckItem::Ids::credentials(), State::Fail,
                        tr("%1 is malformed: Twilio cannot be asked.").arg(name), check.message,
                        {openSecret(name)});
    }
    return std::nullopt;
}

CheckItem CheckJudge::credentials(const Account &account, const TwilioError &error)
{
    const QString id = CheckItem::Ids::credentials();
    if (error.isError()) {
        if (error.code == 20003 || error.httpStatus == 401) {
            return make(
                id, State::Fail,
                tr("Twilio refused the Account SID and Auth Token (HTTP %1, error %2).")
                    .arg(error.httpStatus)
                    .arg(error.code),
                tr("The hook's secrets are not the ones in the Twilio Console. Copy the Account "
                   "SID and the Auth Token again from **Account Info** on the Console's home page "
                   "(press *Show* for the token) and store them here and in the hook. If the "
                   "token was changed (\"Request a secondary token\" / promote), the old one "
                   "stops working.")
                    + QStringLiteral("\n\n") + explanationMarkdown(20003, error.message),
                {openSecret(SecretNames::AuthToken), openSecret(SecretNames::AccountSid),
                 openUrl(tr("Open the Twilio Console"), consoleUrl(QStringLiteral("/")))});
        }
        return make(id, State::Fail,
                    tr("The account could not be fetched: %1").arg(twilioErrorLine(error)),
                    ExplanationMarkdown::forError(error));
    }
    const QString who = account.friendlyName.isEmpty()
        ? account.sid
        : QStringLiteral("%1 (%2)").arg(account.friendlyName, account.sid);
    const QString type = account.isTrial() ? tr("trial") : tr("full");
    if (!account.isActive()) {
        const bool suspended = account.status == QLatin1String("suspended");
        return make(
            id, State::Fail,
            suspended
                ? tr("The credentials work, but the account %1 is suspended.").arg(who)
                : tr("The credentials work, but the account %1 is %2.").arg(who, account.status),
            tr("Twilio refuses to send from an account that is not active (error 20005, \"Account "
               "not active\"). A suspended account usually has an unpaid balance or a compliance "
               "hold: see the Twilio Console's billing page or contact Twilio support. A closed "
               "account cannot be reopened: create the hook's secrets from an active account.")
                + QStringLiteral("\n\n") + explanationMarkdown(20005),
            {openUrl(tr("Open Twilio billing"),
                     consoleUrl(QStringLiteral("/us1/billing/manage-billing/billing-overview")))});
    }
    return make(id, State::Pass, tr("Authenticated as %1: an active %2 account.").arg(who, type),
                tr("The Account SID and Auth Token authenticate with Twilio (Account fetch), and "
                   "the account is active."));
}

bool CheckJudge::credentialsWork(const CheckItem &credentials)
{
    return credentials.id == CheckItem::Ids::credentials() && credentials.state == State::Pass;
}

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

// ---- Item 7 -------------------------------------------------------------------------------

CheckItem CheckJudge::lastSend(const std::optional<Attempt> &attempt, const QString &recipient)
{
    const QString id = CheckItem::Ids::lastSend();
    if (!attempt)
        return make(id, State::NotChecked,
                    tr("No test send for this profile yet: send one to check delivery."),
                    tr("Sends from the Run page, `sms-hook-cli send` and the hook runner are kept "
                       "in the delivery log; the last one is judged here."),
                    {sendTest(recipient)});
    const Attempt &a = *attempt;
    const QString when = a.createdAt.isValid()
        ? QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat)
        : QString();
    const QString what = a.sid.isEmpty() ? tr("to %1").arg(a.to) : tr("%1 to %2").arg(a.sid, a.to);
    QString details = tr("Last attempt: %1, %2, status \"%3\".")
                          .arg(what, when, a.status.isEmpty() ? tr("none") : a.status);
    const QString to = recipient.trimmed().isEmpty() ? a.to : recipient.trimmed();
    switch (a.outcome) {
    case Attempt::Outcome::Delivered:
        return make(id, State::Pass, tr("Delivered: the last test message %1 arrived.").arg(what),
                    details, {sendTest(to)});
    case Attempt::Outcome::Pending:
    case Attempt::Outcome::Sent:
        return make(id, State::Warning,
                    a.outcome == Attempt::Outcome::Sent
                        ? tr("Sent, with no delivery receipt yet (%1).").arg(what)
                        : tr("Still pending (%1, status %2).").arg(what, a.status),
                    details + QStringLiteral("\n\n")
                        + tr("Carriers do not always send a receipt; check the handset, or send "
                             "again and wait for \"delivered\"."),
                    {sendTest(to)});
    case Attempt::Outcome::Failed:
    case Attempt::Outcome::Rejected: {
        QList<CheckFix> fixes;
        if (a.errorCode == 21408)
            fixes << openUrl(tr("Open SMS geographic permissions"), geoPermissionsUrl());
        fixes << sendTest(to);
        QString finding = a.outcome == Attempt::Outcome::Rejected
            ? tr("Refused by Twilio (%1)").arg(what)
            : tr("Not delivered (%1, %2)").arg(what, a.status);
        if (a.errorCode != 0) {
            const ErrorExplanation e = ErrorDictionary::lookup(a.errorCode);
            finding += tr(": error %1, %2")
                           .arg(a.errorCode)
                           .arg(e.message.isEmpty() ? a.errorMessage : e.message);
            details += QStringLiteral("\n\n") + explanationMarkdown(a.errorCode, a.errorMessage);
            if (a.errorCode == 21408)
                details += QStringLiteral("\n\n")
                    + tr("Enable SMS to the recipient's country on the Messaging Geographic "
                         "Permissions page of the Twilio Console, then send again.");
        } else if (!a.errorMessage.isEmpty()) {
            finding += QStringLiteral(": ") + a.errorMessage;
        }
        if (!finding.endsWith(QLatin1Char('.')))
            finding += QLatin1Char('.');
        return make(id, State::Fail, finding, details, fixes);
    }
    case Attempt::Outcome::NotSent:
        return make(
            id, State::Warning,
            a.errorMessage.isEmpty()
                ? tr("The last send never reached Twilio (%1).").arg(what)
                : tr("The last send never reached Twilio (%1): %2").arg(what, a.errorMessage),
            details + QStringLiteral("\n\n") + Outcomes::gist(a) + QLatin1Char(' ')
                + tr("Delivery was not tested: send again once Twilio can be reached."),
            {sendTest(to)});
    case Attempt::Outcome::Unknown:
        return make(id, State::Warning,
                    tr("The outcome of the last send is unknown (%1).").arg(what),
                    details + QStringLiteral("\n\n")
                        + tr("The request may have reached Twilio. Look the message up in the "
                             "Twilio Console's message log before sending again."),
                    {sendTest(to)});
    case Attempt::Outcome::Cancelled:
        return make(id, State::NotChecked, tr("The last send was cancelled (%1).").arg(what),
                    details, {sendTest(to)});
    }
    return make(id, State::NotChecked, {}, details, {sendTest(to)});
}
