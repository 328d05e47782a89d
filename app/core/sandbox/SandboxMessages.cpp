#include "TwilioSandboxPrivate.h"
#include "profile/Profile.h"

#include "sms/SegmentCalculator.h"

#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;
using namespace SandboxWire;

// Messages: create (every creation error Twilio gives, in its order), list with filters and
// paging, fetch with the status computed from the clock.

namespace {

constexpr double PricePerSegment = 0.0079; // USD, Twilio's US outbound SMS price

// The message texts the Messages API uses for each creation-time error.
Reply messageError(int code, const QString &to, const QString &from)
{
    switch (code) {
    case 21211:
        return fail(code, 400, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
    case 21212:
        return fail(code, 400,
                    u"The 'From' number %1 is not a valid phone number, shortcode, or "
                    "alphanumeric sender ID."_s.arg(from));
    case 21408:
        return fail(code, 400,
                    u"Permission to send an SMS has not been enabled for the region indicated "
                    "by the 'To' number: %1."_s.arg(to));
    case 21602:
        return fail(code, 400, u"Message body is required."_s);
    case 21603:
        return fail(code, 400,
                    u"A 'From' or 'MessagingServiceSid' parameter is required to send a "
                    "message."_s);
    case 21604:
        return fail(code, 400, u"A 'To' phone number is required."_s);
    case 21606:
        return fail(code, 400,
                    u"The From phone number %1 is not a valid, SMS-capable inbound phone number "
                    "or short code for your account."_s.arg(from));
    case 21608:
        return fail(code, 400,
                    u"The number %1 is unverified. Trial accounts cannot send messages to "
                    "unverified numbers; verify %1 at twilio.com/user/account/phone-numbers/"
                    "verified, or purchase a Twilio number to send messages to unverified "
                    "numbers."_s.arg(to));
    case 21610:
        return fail(code, 400, u"Attempt to send to unsubscribed recipient"_s);
    case 21611:
        return fail(code, 400,
                    u"This 'From' number has exceeded the maximum number of queued messages"_s);
    case 21612:
        return fail(code, 400,
                    u"The 'To' phone number: %1, is not currently reachable using the 'From' "
                    "phone number: %2 via SMS."_s.arg(to, from));
    case 21614:
        return fail(code, 400, u"'To' number %1 is not a valid mobile number"_s.arg(to));
    case 21617:
        return fail(code, 400,
                    u"The concatenated message body exceeds the 1600 character limit."_s);
    default:
        return fail(code, 400, u"Error %1"_s.arg(code));
    }
}

QString deliveryErrorMessage(int code)
{
    switch (code) {
    case 30003:
        return u"Unreachable destination handset"_s;
    case 30005:
        return u"Unknown destination handset"_s;
    case 30006:
        return u"Landline or unreachable carrier"_s;
    case 30007:
        return u"Message filtered"_s;
    default:
        return {};
    }
}

struct Stage
{
    QString status;
    qint64 sinceMs = 0;
    bool sent = false; // handed to the carrier: date_sent and price are set
    bool final = false;
};

// The status is a function of the clock, so every fetch sees the progression without timers.
Stage stageAt(const SandboxMessage &m, qint64 now)
{
    if (m.outcome.finalStatus == u"failed"_s) {
        if (now >= m.finalMs)
            return {m.outcome.finalStatus, m.finalMs, false, true};
        return {u"queued"_s, m.createdMs, false, false};
    }
    if (now >= m.finalMs)
        return {m.outcome.finalStatus, m.finalMs, true, true};
    if (now >= m.sentMs)
        return {u"sent"_s, m.sentMs, true, false};
    return {u"queued"_s, m.createdMs, false, false};
}

} // namespace

Reply TwilioSandboxPrivate::createMessage(const Context &c)
{
    const Account &a = c.account;
    const QString to = FormCodec::value(c.form, u"To"_s);
    const QString body = FormCodec::value(c.form, u"Body"_s);
    const QString serviceSid = FormCodec::value(c.form, u"MessagingServiceSid"_s);
    const QString statusCallback = FormCodec::value(c.form, u"StatusCallback"_s);
    QString from = FormCodec::value(c.form, u"From"_s);

    if (to.isEmpty())
        return messageError(21604, to, from);
    if (!serviceSid.isEmpty() && serviceSid != a.messagingServiceSid)
        return fail(21701, 400, u"The Messaging Service Sid %1 is invalid."_s.arg(serviceSid));
    if (from.isEmpty() && serviceSid.isEmpty())
        return messageError(21603, to, from);
    if (body.isEmpty() && !FormCodec::contains(c.form, u"MediaUrl"_s))
        return messageError(21602, to, from);
    if (body.size() > 1600)
        return messageError(21617, to, from);
    QUrl callbackUrl;
    if (!statusCallback.isEmpty()) {
        callbackUrl = QUrl(statusCallback, QUrl::StrictMode);
        if (!callbackUrl.isValid()
            || (callbackUrl.scheme() != u"http"_s && callbackUrl.scheme() != u"https"_s))
            return fail(21609, 400,
                        u"The StatusCallback URL %1 is not a valid URL."_s.arg(statusCallback));
    }
    if (!from.isEmpty()) {
        if (const int code = magicFromError(from))
            return messageError(code, to, from);
        if (!isE164(from))
            return messageError(21212, to, from);
        const auto owned = std::find_if(a.numbers.cbegin(), a.numbers.cend(),
                                        [&](const Number &n) { return n.phoneNumber == from; });
        if (owned == a.numbers.cend() || !owned->sms)
            return messageError(21606, to, from);
    }
    if (const int code = magicToError(to))
        return messageError(code, to, from);
    if (!isE164(to))
        return messageError(21211, to, from);
    if (a.type == Account::Type::Trial) {
        const bool verified = std::any_of(a.callerIds.cbegin(), a.callerIds.cend(),
                                          [&](const CallerId &id) { return id.phoneNumber == to; });
        if (!verified)
            return messageError(21608, to, from);
    }

    SandboxMessage m;
    m.sid = newSid(u"SM"_s);
    m.accountSid = a.sid;
    // With only a Messaging Service, Twilio picks the sender from its pool once it sends;
    // the sandbox picks the pool's first number.
    m.from = from.isEmpty() ? a.messagingServiceSenders.value(0) : from;
    m.to = to;
    m.body = body;
    m.messagingServiceSid = serviceSid;
    m.statusCallback = statusCallback;
    m.createdMs = now();
    m.outcome = outcomeFor(to);
    // A failed message never reaches the carrier: it fails when it would have been sent.
    m.sentMs = m.createdMs + scaled(TwilioSandbox::SentAfterMs);
    m.finalMs = m.outcome.finalStatus == u"failed"_s
        ? m.sentMs
        : m.createdMs + scaled(TwilioSandbox::FinalAfterMs);
    // Counted as the console counts them (no Smart Encoding: Twilio applies its own).
    m.numSegments = SegmentCalculator::calculate(body, false).segments;
    messages.append(m);
    {
        const TwilioSandbox::SentMessage sent = sentMessage(m);
        QMetaObject::invokeMethod(
            q, [this, sent] { Q_EMIT q->messageCreated(sent); }, Qt::QueuedConnection);
    }

    if (!statusCallback.isEmpty() && ProfileRules::isLoopbackHost(callbackUrl.host()))
        scheduleCallbacks(m);
    return ok(messageJson(m), 201);
}

QJsonObject TwilioSandboxPrivate::messageJson(const SandboxMessage &m) const
{
    const Stage stage = stageAt(m, now());
    const QString uri = u"/2010-04-01/Accounts/%1/Messages/%2"_s.arg(m.accountSid, m.sid);
    const bool hasError = stage.final && m.outcome.errorCode != 0;
    return {
        {u"account_sid"_s, m.accountSid},
        {u"api_version"_s, ApiVersion},
        {u"body"_s, m.body},
        {u"date_created"_s, rfc2822(wallAt(m.createdMs))},
        {u"date_sent"_s, stage.sent ? QJsonValue(rfc2822(wallAt(m.sentMs))) : QJsonValue()},
        {u"date_updated"_s, rfc2822(wallAt(stage.sinceMs))},
        {u"direction"_s, u"outbound-api"_s},
        {u"error_code"_s, hasError ? QJsonValue(m.outcome.errorCode) : QJsonValue()},
        {u"error_message"_s,
         hasError ? QJsonValue(deliveryErrorMessage(m.outcome.errorCode)) : QJsonValue()},
        {u"from"_s, m.from},
        {u"messaging_service_sid"_s,
         m.messagingServiceSid.isEmpty() ? QJsonValue() : QJsonValue(m.messagingServiceSid)},
        {u"num_media"_s, u"0"_s},
        {u"num_segments"_s, QString::number(m.numSegments)},
        {u"price"_s,
         stage.sent ? QJsonValue(QString::number(-PricePerSegment * m.numSegments, 'f', 5))
                    : QJsonValue()},
        {u"price_unit"_s, stage.sent ? QJsonValue(u"USD"_s) : QJsonValue()},
        {u"sid"_s, m.sid},
        {u"status"_s, stage.status},
        {u"subresource_uris"_s, QJsonObject {{u"media"_s, QString(uri + u"/Media.json"_s)}}},
        {u"to"_s, m.to},
        {u"uri"_s, QString(uri + u".json"_s)},
    };
}

Reply TwilioSandboxPrivate::listMessages(const Context &c)
{
    FormCodec::Fields filters;
    QString to, from;
    QDate on, notBefore, notAfter;
    for (const auto &[key, value] : c.query) {
        if (key == u"To"_s || key == u"From"_s) {
            (key == u"To"_s ? to : from) = value;
        } else if (key.startsWith(u"DateSent"_s)) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                return fail(20001, 400, u"Invalid %1: %2 (use YYYY-MM-DD)"_s.arg(key, value));
            if (key == u"DateSent"_s)
                on = date;
            else if (key == u"DateSent>"_s)
                notBefore = date;
            else if (key == u"DateSent<"_s)
                notAfter = date;
        } else {
            continue;
        }
        filters.append({key, value});
    }

    const qint64 t = now();
    QList<QJsonObject> items;
    // Newest first, as Twilio lists them.
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        const SandboxMessage &m = *it;
        if (m.accountSid != c.account.sid)
            continue;
        if ((!to.isNull() && m.to != to) || (!from.isNull() && m.from != from))
            continue;
        if (on.isValid() || notBefore.isValid() || notAfter.isValid()) {
            const Stage stage = stageAt(m, t);
            if (!stage.sent)
                continue;
            const QDate sent = wallAt(m.sentMs).date();
            if ((on.isValid() && sent != on) || (notBefore.isValid() && sent < notBefore)
                || (notAfter.isValid() && sent > notAfter))
                continue;
        }
        items.append(messageJson(m));
    }
    return ok(page(u"messages"_s, items, c, filters));
}

Reply TwilioSandboxPrivate::fetchMessage(const Context &c, const QString &sid)
{
    for (const SandboxMessage &m : std::as_const(messages)) {
        if (m.sid == sid && m.accountSid == c.account.sid)
            return ok(messageJson(m));
    }
    return notFound(c.path);
}
