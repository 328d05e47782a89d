#include "TenantChain.h"

#include <QJsonArray>

#include <cstdlib>

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"))
                       : QString();
}

// When the message reached the handset: its first delivered (or read) status.
QDateTime deliveredAt(const Attempt &a)
{
    for (const StatusTransition &t : a.timeline) {
        if (t.status == QLatin1String("delivered") || t.status == QLatin1String("read"))
            return t.at;
    }
    return {};
}

// The message's last failure status, with its time.
const StatusTransition *failure(const Attempt &a)
{
    for (qsizetype i = a.timeline.size() - 1; i >= 0; --i) {
        const StatusTransition &t = a.timeline.at(i);
        if (t.status == QLatin1String("failed") || t.status == QLatin1String("undelivered")
            || t.status == QLatin1String("canceled"))
            return &t;
    }
    return nullptr;
}

} // namespace

QDateTime TenantChain::at() const
{
    if (event)
        return event->at;
    return attempt ? attempt->createdAt : QDateTime();
}

QList<TenantChain::Hop> TenantChain::hops() const
{
    QList<Hop> list;
    if (event) {
        Hop asked;
        asked.id = QStringLiteral("asked");
        asked.title = tr("Auth0 asked");
        asked.at = askedAt.isValid() ? askedAt : event->at;
        asked.detail = askedType.isEmpty()
            ? tr("%1 (user %2)").arg(TenantLogRecord::typeText(event->type), event->userName)
            : tr("%1 (user %2)").arg(TenantLogRecord::typeText(askedType), event->userName);
        list << asked;
        if (kind != Kind::EventOnly) {
            Hop action;
            action.id = QStringLiteral("action");
            action.title = tr("Action ran");
            action.at = event->at; // Auth0 logs the send once the Action has returned
            action.failed = event->isFailure();
            const QString execution = event->executionId.isEmpty()
                ? tr("execution id not logged")
                : tr("execution %1").arg(event->executionId);
            action.detail = action.failed
                ? tr("%1, failed: %2 %3")
                      .arg(execution, event->failureCode,
                           event->failureMessage.isEmpty() ? event->description
                                                           : event->failureMessage)
                      .trimmed()
                : tr("%1, sent").arg(execution);
            list << action;
        }
    }
    if (kind == Kind::EventOnly)
        return list;
    Hop twilio;
    twilio.id = QStringLiteral("twilio");
    twilio.title = tr("Twilio accepted");
    Hop delivered;
    delivered.id = QStringLiteral("delivered");
    delivered.title = tr("Delivered");
    if (attempt) {
        twilio.at = attempt->createdAt;
        twilio.detail = attempt->sid.isEmpty() ? tr("no SID") : attempt->sid;
        if (event && event->match == TenantLogRecord::Match::Fuzzy)
            twilio.detail += tr(" (matched by number and time)");
        else if (event && event->match == TenantLogRecord::Match::Sid)
            twilio.detail += tr(" (the SID the Action run recorded)");
        delivered.at = deliveredAt(*attempt);
        if (const StatusTransition *f = failure(*attempt); f && !delivered.at.isValid()) {
            delivered.failed = true;
            delivered.at = f->at;
            delivered.title = tr("Not delivered");
            delivered.detail = f->errorCode != 0
                ? tr("%1: error %2 %3").arg(f->status).arg(f->errorCode).arg(f->errorMessage)
                : f->status;
        } else if (!delivered.at.isValid()) {
            delivered.reached = false;
            delivered.detail = tr("last status: %1")
                                   .arg(attempt->status.isEmpty() ? tr("none") : attempt->status);
        }
    } else {
        twilio.reached = false;
        twilio.failed = true;
        twilio.detail = tr("no Twilio message found for %1 around this time")
                            .arg(event ? event->recipient : QString());
        delivered.reached = false;
    }
    list << twilio << delivered;
    // Each hop's latency is measured from the previous hop that has a time.
    QDateTime previous;
    for (Hop &h : list) {
        if (!h.at.isValid())
            continue;
        if (previous.isValid())
            h.latencyMs = previous.msecsTo(h.at);
        previous = h.at;
    }
    return list;
}

TenantChain::Verdict TenantChain::verdict() const
{
    if (kind == Kind::EventOnly || kind == Kind::NoAuth0Event)
        return Verdict::NotASend;
    if (!attempt)
        return event && event->isFailure() ? Verdict::ActionFailed : Verdict::NeverReachedTwilio;
    switch (attempt->outcome) {
    case Attempt::Outcome::Delivered:
        return Verdict::Delivered;
    case Attempt::Outcome::Failed:
    case Attempt::Outcome::Rejected:
    case Attempt::Outcome::Cancelled:
        return Verdict::TwilioFailed;
    case Attempt::Outcome::Unknown:
    case Attempt::Outcome::Pending:
    case Attempt::Outcome::Sent:
        break;
    }
    return Verdict::OnTheWay;
}

QString TenantChain::summary() const
{
    if (kind == Kind::NoAuth0Event)
        return tr("Twilio message with no Auth0 event: %1 to %2 at %3")
            .arg(attempt->sid, attempt->to, timeText(attempt->createdAt));
    if (kind == Kind::EventOnly)
        return tr("%1 at %2").arg(TenantLogRecord::typeText(event->type), timeText(event->at));
    QStringList parts;
    for (const Hop &h : hops()) {
        if (h.id == QLatin1String("asked"))
            parts << tr("Auth0 asked at %1").arg(timeText(h.at));
        else if (h.id == QLatin1String("action"))
            parts << tr("Action ran (%1)").arg(h.detail);
        else if (h.id == QLatin1String("twilio") && h.reached)
            parts << tr("Twilio accepted (%1)").arg(attempt->sid);
        else if (h.id == QLatin1String("twilio"))
            parts << tr("no Twilio message found");
        else if (h.id == QLatin1String("delivered") && h.reached)
            parts << (h.failed ? tr("not delivered (%1)").arg(h.detail)
                               : tr("delivered at %1").arg(timeText(h.at)));
    }
    const QString chain = parts.join(QStringLiteral(" -> "));
    if (kind == Kind::NoTwilioMessage)
        return tr("Auth0 sent, no Twilio message found: %1").arg(chain);
    return chain;
}

QString TenantChain::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Linked:
        return tr("Auth0 sent, Twilio message found");
    case Kind::NoTwilioMessage:
        return tr("Auth0 sent, no Twilio message found");
    case Kind::NoAuth0Event:
        return tr("Twilio message with no Auth0 event");
    case Kind::EventOnly:
        return tr("Auth0 event");
    }
    return QString();
}

QString TenantChain::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Linked:
        return QStringLiteral("linked");
    case Kind::NoTwilioMessage:
        return QStringLiteral("no-twilio-message");
    case Kind::NoAuth0Event:
        return QStringLiteral("no-auth0-event");
    case Kind::EventOnly:
        return QStringLiteral("event-only");
    }
    return QString();
}

QString TenantChain::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Delivered:
        return QStringLiteral("delivered");
    case Verdict::OnTheWay:
        return QStringLiteral("on-the-way");
    case Verdict::TwilioFailed:
        return QStringLiteral("twilio-failed");
    case Verdict::NeverReachedTwilio:
        return QStringLiteral("never-reached-twilio");
    case Verdict::ActionFailed:
        return QStringLiteral("action-failed");
    case Verdict::NotASend:
        break;
    }
    return QStringLiteral("not-a-send");
}

QString TenantChain::latencyText(qint64 ms)
{
    const QString sign = ms < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const qint64 a = std::llabs(ms);
    if (a < 1000)
        return tr("%1%2 ms").arg(sign).arg(a);
    return tr("%1%2 s").arg(sign).arg(double(a) / 1000.0, 0, 'f', 1);
}

QJsonObject TenantChain::toJson() const
{
    QJsonObject o {{QStringLiteral("kind"), kindName(kind)},
                   {QStringLiteral("verdict"), verdictName(verdict())},
                   {QStringLiteral("at"), timeText(at())}};
    if (event) {
        o.insert(QStringLiteral("log_id"), event->logId);
        o.insert(QStringLiteral("type"), event->type);
        o.insert(QStringLiteral("recipient"), event->recipient);
        o.insert(QStringLiteral("execution_id"), event->executionId);
        o.insert(QStringLiteral("match"), TenantLogRecord::matchName(event->match));
    }
    if (attempt) {
        o.insert(QStringLiteral("attempt_id"), attempt->id);
        o.insert(QStringLiteral("sid"), attempt->sid);
        o.insert(QStringLiteral("status"), attempt->status);
    }
    QJsonArray hopList;
    for (const Hop &h : hops()) {
        QJsonObject j {{QStringLiteral("id"), h.id},
                       {QStringLiteral("reached"), h.reached},
                       {QStringLiteral("failed"), h.failed},
                       {QStringLiteral("detail"), h.detail}};
        if (h.at.isValid())
            j.insert(QStringLiteral("at"), timeText(h.at));
        if (h.latencyMs)
            j.insert(QStringLiteral("latency_ms"), *h.latencyMs);
        hopList.append(j);
    }
    o.insert(QStringLiteral("hops"), hopList);
    return o;
}
