#pragma once

#include "Attempt.h"
#include "TenantLogRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One MFA text from Auth0's request to the handset, as the delivery log can tell it: the Auth0
// send event and the challenge (or enrolment) that asked for it, the Action run that the event
// names, the Twilio message it was matched to and that message's statuses. Either end may be
// missing: an Auth0 send with no Twilio message found, or a Twilio message with no Auth0 event
// (a send from elsewhere). Pure: the hops, their latencies and the verdict are computed here.
struct TenantChain
{
    Q_DECLARE_TR_FUNCTIONS(TenantChain)
public:
    enum class Kind {
        Linked, // an Auth0 send event and its Twilio message
        NoTwilioMessage, // Auth0 sent (or tried), no Twilio message found
        NoAuth0Event, // a Twilio message of the profile that no Auth0 event explains
        EventOnly, // another Auth0 event (a challenge, a refused code): no message expected
    };
    // What the chain says about the text, for checklist item 7.
    enum class Verdict {
        Delivered, // the handset has it
        OnTheWay, // Twilio has it, no final status yet (or "sent" without a receipt)
        TwilioFailed, // Twilio could not deliver it (or refused it)
        NeverReachedTwilio, // Auth0 logged the send, but no Twilio message exists
        ActionFailed, // Auth0 logged a failed send: the Action threw or dropped it
        NotASend, // EventOnly, or a message with no Auth0 event
    };

    struct Hop
    {
        QString id; // "asked", "action", "twilio", "delivered"
        QString title; // translated: "Auth0 asked", "Action ran", ...
        QDateTime at; // invalid when the hop was not reached or its time is unknown
        std::optional<qint64> latencyMs; // since the previous hop with a time
        QString detail; // translated: execution id and outcome, SID, status
        bool reached = true;
        bool failed = false;
    };

    Kind kind = Kind::Linked;
    std::optional<TenantLogRecord> event;
    QDateTime askedAt; // the challenge or enrolment that asked for the text; else the event's date
    QString askedType; // gd_start_auth, gd_start_enroll, or empty when not found
    std::optional<Attempt> attempt; // with its timeline

    QDateTime at() const; // the event's date, else the message's creation
    QList<Hop> hops() const;
    Verdict verdict() const;
    // "Auth0 asked at 12:00:01 -> Action ran (exec abc, sent) -> Twilio accepted (SM..) ->
    // delivered at 12:00:04", or the unmatched wording ("Auth0 sent, no Twilio message found").
    QString summary() const;
    static QString kindText(Kind kind);
    static QString kindName(Kind kind); // "linked", "no-twilio-message", "no-auth0-event", ...
    static QString verdictName(Verdict v); // "delivered", "never-reached-twilio", ...
    static QString latencyText(qint64 ms); // "+1.2 s", "-0.3 s", "+250 ms"
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(TenantChain)
