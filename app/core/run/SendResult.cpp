#include "SendResult.h"

#include "SendJob.h"

#include "twilio/ErrorDictionary.h"

// The result's words for the user share SendJob's translation context.

QString SendResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::NotDelivered:
        return QStringLiteral("not-delivered");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::NotSent:
        return QStringLiteral("not-sent");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::InputError:
        return QStringLiteral("input-error");
    case Outcome::KeychainFailed:
        return QStringLiteral("keychain-failed");
    case Outcome::LogFailed:
        return QStringLiteral("log-failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

QString SendResult::summary() const
{
    const bool verify = !serviceSid.isEmpty();
    switch (outcome) {
    case Outcome::Pending:
        return SendJob::tr("Sending…");
    case Outcome::Delivered:
        if (verify)
            return SendJob::tr("Twilio Verify accepted the code for %1 (verification %2, status "
                               "%3).")
                .arg(toE164, verification.sid, verification.status);
        return SendJob::tr("Delivered to %1 (%2).").arg(toE164, message.sid);
    case Outcome::Sent:
        if (foundByLookup)
            return SendJob::tr("Twilio has the message for %1 (%2, status %3): the answer to the "
                               "send was lost, and the message was found in Twilio's message "
                               "log. Do not send it again.")
                .arg(toE164, message.sid, message.status);
        if (timeline.size() <= 1 && message.status != QLatin1String("sent"))
            return SendJob::tr("Twilio accepted the message for %1 (%2, status %3).")
                .arg(toE164, message.sid, message.status);
        return SendJob::tr("Sent to %1 (%2), with no delivery receipt: many carriers send none. "
                           "Ask the recipient whether it arrived.")
            .arg(toE164, message.sid);
    case Outcome::NotDelivered: {
        QString line = SendJob::tr("Not delivered to %1 (%2): status %3.")
                           .arg(toE164, message.sid, message.status);
        if (message.errorCode != 0) {
            const ErrorExplanation e = ErrorDictionary::lookup(message.errorCode);
            const QString what = e.message.isEmpty() ? message.errorMessage : e.message;
            line += QLatin1Char(' ')
                + SendJob::tr("Twilio error %1: %2").arg(message.errorCode).arg(what);
            if (!e.solutions.isEmpty())
                line += QLatin1Char(' ')
                    + SendJob::tr("What to do: %1").arg(ErrorExplanation::brief(e.solutions));
            line += QLatin1Char(' ')
                + SendJob::tr("More: %1")
                      .arg(ErrorDictionary::docsUrl(message.errorCode).toString());
        }
        return line;
    }
    case Outcome::Rejected:
        return SendJob::tr("Twilio refused the request and sent nothing. %1").arg(error.userText());
    case Outcome::NotSent:
        return SendJob::tr("Nothing was sent: Twilio was not reached, so it is safe to send "
                           "again. %1")
            .arg(error.userText());
    case Outcome::Unknown:
        if (!error.isError() && !message.sid.isEmpty())
            return SendJob::tr("Twilio accepted the message for %1 (%2), but it reached no final "
                               "status in time (last: %3). Check the message log.")
                .arg(toE164, message.sid, message.status);
        return SendJob::tr("Outcome unknown: %1 Check the message log for messages to %2 before "
                           "sending again.")
            .arg(error.userText(), toE164);
    case Outcome::InputError:
        return SendJob::tr("Nothing was sent. %1").arg(inputError);
    case Outcome::KeychainFailed:
        return SendJob::tr("Nothing was sent: %1 %2")
            .arg(keychainError.summary(), keychainError.fix());
    case Outcome::LogFailed:
        return SendJob::tr("Nothing was sent: every send is written to the delivery log before it "
                           "goes out, and this one could not be. %1")
            .arg(logError);
    case Outcome::Cancelled:
        return error.explanation.secondaryMessage.isEmpty()
            ? (error.notSent || error.kind == TwilioError::Kind::None
                   ? SendJob::tr("Cancelled before anything was sent.")
                   : SendJob::tr("Cancelled."))
            : SendJob::tr("Cancelled. %1 %2")
                  .arg(error.explanation.secondaryMessage, error.explanation.solutions)
                  .trimmed();
    }
    return {};
}
