#pragma once

#include "twilio/DeliveryTracker.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One row of the delivery log: a send the console made (Run panel, CLI, a hook or an Action run
// locally) or a message
// imported from Twilio's own log. Plain data; DeliveryLog stores it. Never holds a secret or a
// request header.
struct Attempt
{
    enum class Api { Messages, Verify };
    enum class Source { Form, Cli, Hook, Twilio, Action }; // Twilio: imported by LogSync
    // Our reading of the attempt, kept beside Twilio's raw status:
    enum class Outcome {
        Unknown, // written before the request went out and never updated: may have reached Twilio
        Pending, // accepted by Twilio, no final status yet (queued, sending, accepted, Verify
                 // pending)
        Sent, // `sent` with no delivery receipt
        Delivered, // delivered, read (Verify: approved)
        Failed, // undelivered, failed
        Rejected, // Twilio answered and refused the request (errorCode says why)
        NotSent, // Twilio never answered: the request did not leave or did not reach it
        Cancelled, // cancelled by the user before an answer, or canceled by Twilio
    };

    qint64 id = 0; // 0 until stored
    QDateTime createdAt; // UTC, when the attempt was recorded (imported: Twilio's date_created)
    QDateTime updatedAt; // UTC
    QString profile;
    Api api = Api::Messages;
    Source source = Source::Form;
    QString to; // E.164
    QString from; // number or Messaging Service SID (Messages), Verify service SID (Verify)
    QString body; // as sent (Verify: empty; the code is not kept)
    QString encoding; // "GSM-7", "UCS-2", or empty when unknown
    int segments = 0;
    QString sid; // SM..., MM... or VE...; empty until Twilio answered
    QString status; // Twilio's last status as written by Twilio; empty before an answer
    Outcome outcome = Outcome::Unknown;
    int errorCode = 0; // 0: none
    QString errorMessage;
    QString price; // decimal string as Twilio sends it, empty while unknown
    QString priceUnit;
    QList<StatusTransition> timeline; // every status seen, in order, with its time

    // Stable names, stored in the database and printed by --json.
    static QString apiName(Api api); // "messages", "verify"
    static QString sourceName(Source source); // "form", "cli", "hook", "twilio", "action"
    static QString outcomeName(Outcome outcome); // "unknown", "pending", "sent", "not-sent", ...
    static QList<Outcome> outcomes(); // every outcome, in the order the viewer lists them
    static std::optional<Api> apiFromName(const QString &name);
    static std::optional<Source> sourceFromName(const QString &name);
    static std::optional<Outcome> outcomeFromName(const QString &name);
    // Translated, for the viewer and the CLI's text output.
    static QString outcomeText(Outcome outcome);
    // Twilio's status to our outcome ("delivered" -> Delivered, "undelivered" -> Failed, ...).
    static Outcome outcomeForStatus(const QString &twilioStatus);
};

Q_DECLARE_METATYPE(Attempt)
