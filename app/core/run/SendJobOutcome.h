// What SendJob's files share: how a message's status and a failed create end the job.
#pragma once

#include "SendResult.h"
#include "twilio/TwilioError.h"
#include "twilio/TwilioTypes.h"

namespace SendJobOutcome {

inline bool isSuccessfulFinal(const QString &status)
{
    return status == QLatin1String("delivered") || status == QLatin1String("read");
}

// What a message's status says of the send when it is not followed any further.
inline SendResult::Outcome forStatus(const QString &status)
{
    if (isSuccessfulFinal(status))
        return SendResult::Outcome::Delivered;
    if (Message::isFinalStatus(status))
        return SendResult::Outcome::NotDelivered;
    return SendResult::Outcome::Sent;
}

// Where a failed create leaves the user: refused by Twilio (it answered; nothing created), not
// sent (Twilio never answered: no connection, TLS refused), unknown (may exist), or cancelled. A
// request the client would not build (a profile setting it refuses, such as a plain-http base
// URL) never left the machine: an input error, like a bad number.
inline SendResult::Outcome forCreateError(const TwilioError &error)
{
    if (error.kind == TwilioError::Kind::Cancelled)
        return SendResult::Outcome::Cancelled;
    if (error.kind == TwilioError::Kind::InvalidRequest)
        return SendResult::Outcome::InputError;
    if (error.kind == TwilioError::Kind::OutcomeUnknown
        || (!error.notSent && error.lookup.isValid()))
        return SendResult::Outcome::Unknown;
    if (error.kind == TwilioError::Kind::Http && error.httpStatus > 0)
        return SendResult::Outcome::Rejected;
    return SendResult::Outcome::NotSent;
}

} // namespace SendJobOutcome
