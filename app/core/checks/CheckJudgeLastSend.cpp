// CheckJudge, item 7 for a plain send: the profile's last attempt in the delivery log.

#include "CheckJudge.h"
#include "CheckJudgeParts.h"

#include "run/Outcomes.h"
#include "twilio/ErrorDictionary.h"

#include <QLocale>

using namespace CheckJudgeParts;

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
