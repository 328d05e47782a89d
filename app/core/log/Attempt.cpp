#include "Attempt.h"

#include <QCoreApplication>

QString Attempt::apiName(Api api)
{
    return api == Api::Verify ? QStringLiteral("verify") : QStringLiteral("messages");
}

QString Attempt::sourceName(Source source)
{
    switch (source) {
    case Source::Form:
        return QStringLiteral("form");
    case Source::Cli:
        return QStringLiteral("cli");
    case Source::Hook:
        return QStringLiteral("hook");
    case Source::Twilio:
        return QStringLiteral("twilio");
    case Source::Action:
        return QStringLiteral("action");
    }
    return QStringLiteral("form");
}

QString Attempt::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::NotSent:
        return QStringLiteral("not-sent");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

std::optional<Attempt::Api> Attempt::apiFromName(const QString &name)
{
    for (Api api : {Api::Messages, Api::Verify})
        if (apiName(api) == name)
            return api;
    return std::nullopt;
}

std::optional<Attempt::Source> Attempt::sourceFromName(const QString &name)
{
    for (Source source : {Source::Form, Source::Cli, Source::Hook, Source::Action, Source::Twilio})
        if (sourceName(source) == name)
            return source;
    return std::nullopt;
}

std::optional<Attempt::Outcome> Attempt::outcomeFromName(const QString &name)
{
    for (Outcome outcome : outcomes())
        if (outcomeName(outcome) == name)
            return outcome;
    return std::nullopt;
}

QList<Attempt::Outcome> Attempt::outcomes()
{
    return {Outcome::Delivered, Outcome::Sent,    Outcome::Pending, Outcome::Failed,
            Outcome::Rejected,  Outcome::NotSent, Outcome::Unknown, Outcome::Cancelled};
}

QString Attempt::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unknown:
        return QCoreApplication::translate("Attempt", "Outcome unknown");
    case Outcome::Pending:
        return QCoreApplication::translate("Attempt", "Pending");
    case Outcome::Sent:
        return QCoreApplication::translate("Attempt", "Sent, no receipt");
    case Outcome::Delivered:
        return QCoreApplication::translate("Attempt", "Delivered");
    case Outcome::Failed:
        return QCoreApplication::translate("Attempt", "Not delivered");
    case Outcome::Rejected:
        return QCoreApplication::translate("Attempt", "Rejected by Twilio");
    case Outcome::NotSent:
        return QCoreApplication::translate("Attempt", "Not sent: Twilio not reached");
    case Outcome::Cancelled:
        return QCoreApplication::translate("Attempt", "Cancelled");
    }
    return {};
}

Attempt::Outcome Attempt::outcomeForStatus(const QString &s)
{
    if (s.isEmpty())
        return Outcome::Unknown;
    if (s == QLatin1String("delivered") || s == QLatin1String("read")
        || s == QLatin1String("approved") || s == QLatin1String("received"))
        return Outcome::Delivered;
    if (s == QLatin1String("sent"))
        return Outcome::Sent;
    if (s == QLatin1String("undelivered") || s == QLatin1String("failed")
        || s == QLatin1String("expired") || s == QLatin1String("max_attempts_reached"))
        return Outcome::Failed;
    if (s == QLatin1String("canceled") || s == QLatin1String("cancelled"))
        return Outcome::Cancelled;
    // queued, accepted, scheduled, sending, receiving, Verify's pending, and any new status.
    return Outcome::Pending;
}
