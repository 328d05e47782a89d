#include "Outcomes.h"

#include "twilio/TwilioTypes.h"

QString Outcomes::statusName(const QString &status)
{
    if (status == QLatin1String("undelivered"))
        return tr("Undelivered");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("canceled"))
        return tr("Canceled");
    return status;
}

int Outcomes::twilioErrorCode(const SendResult &result)
{
    int code = result.message.errorCode;
    if (code == 0 && !result.timeline.isEmpty())
        code = result.timeline.constLast().errorCode;
    if (code == 0)
        code = result.error.code;
    return code;
}

QString Outcomes::headline(const SendResult &result)
{
    const bool verify = !result.serviceSid.isEmpty();
    switch (result.outcome) {
    case SendResult::Outcome::Delivered:
        if (verify)
            return tr("Verification sent (%1)")
                .arg(result.verification.status.isEmpty() ? QStringLiteral("pending")
                                                          : result.verification.status);
        if (result.toInfo.valid && result.toInfo.type == PhoneNumberInfo::Type::FixedLine)
            return tr("Reported delivered to a landline");
        return tr("Delivered");
    case SendResult::Outcome::Sent:
        return tr("Sent, no delivery receipt");
    case SendResult::Outcome::NotDelivered: {
        QString status = result.message.status;
        if (!result.timeline.isEmpty() && (status.isEmpty() || !Message::isFinalStatus(status)))
            status = result.timeline.constLast().status;
        const int code = twilioErrorCode(result);
        const QString name = statusName(status.isEmpty() ? QStringLiteral("undelivered") : status);
        return code != 0 ? tr("%1 (%2)").arg(name).arg(code) : name;
    }
    case SendResult::Outcome::Rejected:
        return result.error.code != 0
            ? tr("Rejected by Twilio (%1)").arg(result.error.code)
            : tr("Rejected by Twilio (HTTP %1)").arg(result.error.httpStatus);
    case SendResult::Outcome::NotSent:
        return tr("Not sent: Twilio was not reached");
    case SendResult::Outcome::Unknown:
        return tr("Outcome unknown");
    case SendResult::Outcome::InputError:
        return tr("Not sent: check the input");
    case SendResult::Outcome::KeychainFailed:
        return tr("Not sent: keychain unavailable");
    case SendResult::Outcome::LogFailed:
        return tr("Not sent: delivery log unavailable");
    case SendResult::Outcome::Cancelled:
        return tr("Cancelled");
    case SendResult::Outcome::Pending:
        break;
    }
    return tr("Pending");
}

QString Outcomes::gist(const SendResult &result)
{
    const bool verify = !result.serviceSid.isEmpty();
    switch (result.outcome) {
    case SendResult::Outcome::NotDelivered:
        return result.message.status == QLatin1String("failed")
            ? tr("Twilio accepted the message but could not send it.")
            : tr("Twilio sent the message, but the carrier did not deliver it.");
    case SendResult::Outcome::Rejected:
        return tr("Twilio refused the request: nothing was sent.");
    case SendResult::Outcome::NotSent:
        return tr("The request never reached Twilio, so nothing was sent and sending again is "
                  "safe once the connection works.");
    case SendResult::Outcome::InputError:
    case SendResult::Outcome::KeychainFailed:
    case SendResult::Outcome::LogFailed:
        return tr("Nothing was sent.");
    case SendResult::Outcome::Unknown:
        return result.message.sid.isEmpty()
            ? tr("The request may have reached Twilio: check its message log before sending "
                 "again.")
            : result.summary();
    case SendResult::Outcome::Delivered:
        if (verify)
            return tr("Verify accepted the code and sends its own text with it.");
        // A fixed line cannot receive SMS: a "delivered" from the carrier is not the handset.
        if (result.toInfo.valid && result.toInfo.type == PhoneNumberInfo::Type::FixedLine)
            return tr("The carrier reported it delivered, but this is a landline: it cannot "
                      "show a text message.");
        return tr("The carrier confirmed delivery to the handset.");
    default:
        return result.summary();
    }
}

QString Outcomes::gist(const Attempt &a)
{
    switch (a.outcome) {
    case Attempt::Outcome::Delivered:
        return tr("The carrier confirmed delivery to the handset.");
    case Attempt::Outcome::Sent:
        return tr("Twilio handed the message to the carrier; no delivery receipt came back.");
    case Attempt::Outcome::Pending:
        return tr("Accepted by Twilio; waiting for a final status.");
    case Attempt::Outcome::Failed:
        return a.status == QLatin1String("failed")
            ? tr("Twilio accepted the message but could not send it.")
            : tr("Twilio sent the message, but the carrier did not deliver it.");
    case Attempt::Outcome::Rejected:
        return tr("Twilio refused the request: nothing was sent.");
    case Attempt::Outcome::NotSent:
        return tr("The request never reached Twilio: nothing was sent, and sending again is safe.");
    case Attempt::Outcome::Unknown:
        return tr("The request may have reached Twilio: check its message log before sending "
                  "again.");
    case Attempt::Outcome::Cancelled:
        return tr("Cancelled before a final answer.");
    }
    return {};
}

Tone Outcomes::tone(SendResult::Outcome outcome)
{
    switch (outcome) {
    case SendResult::Outcome::Delivered:
        return Tone::Good;
    case SendResult::Outcome::NotDelivered:
    case SendResult::Outcome::Rejected:
    case SendResult::Outcome::InputError:
    case SendResult::Outcome::KeychainFailed:
    case SendResult::Outcome::LogFailed:
        return Tone::Bad;
    case SendResult::Outcome::NotSent:
        return Tone::Idle;
    case SendResult::Outcome::Pending:
        return Tone::Busy;
    case SendResult::Outcome::Sent:
    case SendResult::Outcome::Unknown:
    case SendResult::Outcome::Cancelled:
        return Tone::Caution;
    }
    return Tone::Neutral;
}

Tone Outcomes::tone(Attempt::Outcome outcome)
{
    switch (outcome) {
    case Attempt::Outcome::Delivered:
        return Tone::Good;
    case Attempt::Outcome::Failed:
    case Attempt::Outcome::Rejected:
        return Tone::Bad;
    case Attempt::Outcome::NotSent:
    case Attempt::Outcome::Cancelled:
        return Tone::Idle;
    case Attempt::Outcome::Pending:
        return Tone::Busy;
    case Attempt::Outcome::Sent:
    case Attempt::Outcome::Unknown:
        return Tone::Caution;
    }
    return Tone::Neutral;
}

Tone Outcomes::statusTone(const QString &status)
{
    return tone(Attempt::outcomeForStatus(status));
}

QString Outcomes::errorCode(SendResult::Outcome outcome)
{
    switch (outcome) {
    case SendResult::Outcome::NotDelivered:
        return QStringLiteral("not-delivered");
    case SendResult::Outcome::Rejected:
        return QStringLiteral("rejected");
    case SendResult::Outcome::NotSent:
        return QStringLiteral("not-sent");
    case SendResult::Outcome::Unknown:
        return QStringLiteral("unknown-outcome");
    case SendResult::Outcome::InputError:
        return QStringLiteral("invalid-input");
    case SendResult::Outcome::KeychainFailed:
        return QStringLiteral("keychain");
    case SendResult::Outcome::LogFailed:
        return QStringLiteral("delivery-log");
    case SendResult::Outcome::Cancelled:
    case SendResult::Outcome::Pending:
        return QStringLiteral("cancelled");
    case SendResult::Outcome::Delivered:
    case SendResult::Outcome::Sent:
        break;
    }
    return {};
}
