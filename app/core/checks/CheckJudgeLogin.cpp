// CheckJudge, item 7 for an MFA login: the chain from Auth0's send event to the handset.

#include "CheckJudge.h"

#include <QLocale>

namespace {

using State = CheckItem::State;

CheckItem make(State state, const QString &finding, const QString &details,
               const QList<CheckFix> &fixes)
{
    CheckItem item = CheckItem::initial(CheckItem::Ids::lastSend());
    item.state = state;
    item.finding = finding;
    item.details = details;
    item.fixes = fixes;
    return item;
}

// The chain's hops, one line each, with the latency of each hop.
QString hopLines(const TenantChain &chain)
{
    QStringList lines;
    for (const TenantChain::Hop &h : chain.hops()) {
        QString line = QStringLiteral("- **%1**").arg(h.title);
        if (h.at.isValid())
            line += QStringLiteral(" %1").arg(
                QLocale().toString(h.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        if (h.latencyMs)
            line += QStringLiteral(" (%1)").arg(TenantChain::latencyText(*h.latencyMs));
        if (!h.detail.isEmpty())
            line += QStringLiteral(": ") + h.detail;
        if (!h.reached)
            line += CheckJudge::tr(" (not reached)");
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CheckItem CheckJudge::lastLogin(const TenantChain &chain, const QString &recipient)
{
    const QString to = recipient.trimmed().isEmpty() && chain.event ? chain.event->recipient
                                                                    : recipient.trimmed();
    const QList<CheckFix> fixes {{CheckFix::Kind::SendTest, tr("Send a test"), to},
                                 {CheckFix::Kind::OpenTenant, tr("Open the Tenant page"), {}}};
    const QString when = chain.event && chain.event->at.isValid()
        ? QLocale().toString(chain.event->at.toLocalTime(), QLocale::ShortFormat)
        : QString();
    const QString number = chain.event ? chain.event->recipient : QString();
    QString details = tr("The last MFA login text, from the Auth0 tenant log:") + QLatin1Char('\n')
        + hopLines(chain);
    switch (chain.verdict()) {
    case TenantChain::Verdict::Delivered:
        return make(State::Pass,
                    tr("Delivered: the last MFA login text (%1, %2) reached the handset.")
                        .arg(number, when),
                    details, fixes);
    case TenantChain::Verdict::OnTheWay:
        return make(State::Warning,
                    tr("Twilio accepted the last MFA login text (%1, %2), with no delivery "
                       "receipt yet.")
                        .arg(number, when),
                    details, fixes);
    case TenantChain::Verdict::TwilioFailed: {
        const Attempt &a = *chain.attempt;
        QString finding = tr("Twilio could not deliver the last MFA login text (%1 to %2, %3)")
                              .arg(a.sid, a.to, a.status);
        if (a.errorCode != 0) {
            finding += tr(": error %1").arg(a.errorCode);
            details += QStringLiteral("\n\n") + explanationMarkdown(a.errorCode, a.errorMessage);
        }
        return make(State::Fail, finding + QLatin1Char('.'),
                    details + QStringLiteral("\n\n")
                        + tr("The Action ran and Twilio took the message: the problem is between "
                             "Twilio and the handset (number, country, carrier)."),
                    fixes);
    }
    case TenantChain::Verdict::ActionFailed:
        return make(
            State::Fail,
            tr("The last MFA login text never reached Twilio: Auth0 logged a failed send "
               "(%1, %2): %3")
                .arg(number, when,
                     QStringLiteral("%1 %2")
                         .arg(chain.event->failureCode,
                              chain.event->failureMessage.isEmpty() ? chain.event->description
                                                                    : chain.event->failureMessage)
                         .trimmed()),
            details + QStringLiteral("\n\n")
                + tr("The Action threw or dropped the message before Twilio accepted it: "
                     "check its code and secrets on the Tenant page, then log in again."),
            fixes);
    case TenantChain::Verdict::NeverReachedTwilio:
        return make(State::Fail,
                    tr("The last MFA login text never reached Twilio: Auth0 logged it as sent "
                       "(%1, %2), but this profile's Twilio log has no message for it.")
                        .arg(number, when),
                    details + QStringLiteral("\n\n")
                        + tr("Import Twilio's log for that day (Delivery log > Sync from Twilio) "
                             "if it was not imported yet. Otherwise the Action sent it through "
                             "another account or provider, or did not send it at all: check the "
                             "Action's code and its TWILIO_ secrets."),
                    fixes);
    case TenantChain::Verdict::NotASend:
        break;
    }
    return make(State::NotChecked, tr("No MFA login text in the tenant log."), details, fixes);
}
