// CheckJudge: the Console links, and items 1 to 3 (the tenant, the secrets, the credentials).

#include "CheckJudge.h"
#include "CheckJudgeParts.h"

#include "phone/PhoneNumber.h"
#include "secrets/SecretRules.h"
#include "twilio/ErrorDictionary.h"

#include <QLocale>

using namespace CheckJudgeParts;

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
