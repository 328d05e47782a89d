#pragma once

#include "log/Attempt.h"
#include "run/SendResult.h"

#include <QCoreApplication>
#include <QString>

// How good or bad something is, on one scale for every page: the fronts turn it into their
// colours (the console's palette-derived set, the CLI's exit code).
enum class Tone {
    Neutral, // nothing to judge yet
    Busy, // under way
    Good, // delivered, accepted, passed
    Caution, // not known, needs a look
    Bad, // failed, refused
    Idle, // nothing happened: not sent, cancelled before anything left
};

// The one home of what each send outcome is called and what it means, for the Run page's card,
// sms-hook-cli's send and verify, the delivery log and the checklist. Pure; translated.
class Outcomes
{
    Q_DECLARE_TR_FUNCTIONS(Outcomes)
public:
    // The card's headline: "Delivered", "Undelivered (30003)", "Rejected by Twilio (21211)",
    // "Not sent: Twilio was not reached", ...
    static QString headline(const SendResult &result);
    // One short line under it: what that means for the user.
    static QString gist(const SendResult &result);
    // The same line for a row of the delivery log.
    static QString gist(const Attempt &attempt);
    static Tone tone(SendResult::Outcome outcome);
    static Tone tone(Attempt::Outcome outcome);
    // The colour of one Twilio status in a timeline ("delivered" good, "undelivered" bad, ...).
    static Tone statusTone(const QString &twilioStatus);
    // A final Twilio status in words ("undelivered" -> "Undelivered"); others as Twilio writes
    // them.
    static QString statusName(const QString &twilioStatus);
    // The CLI's stable error code for a failed outcome ("rejected", "not-sent", ...).
    static QString errorCode(SendResult::Outcome outcome);
    // The Twilio error code that explains a failed result, 0 when none: the message's, the last
    // status's, or the refusal's.
    static int twilioErrorCode(const SendResult &result);
};
