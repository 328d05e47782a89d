#include "TwilioSandboxPrivate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;
using namespace SandboxWire;

// Accounts, IncomingPhoneNumbers, OutgoingCallerIds and Messaging Services: the account's fixed
// resources, in Twilio's shapes.

namespace {

// "(500) 555-0006" for North American numbers, the number itself otherwise.
QString friendlyPhone(const QString &e164)
{
    if (e164.size() == 12 && e164.startsWith(u"+1"_s))
        return u"(%1) %2-%3"_s.arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    return e164;
}

// Twilio's PhoneNumber filter: an E.164 value matches exactly, anything else matches as a run of
// digits anywhere in the number.
bool matchesPhoneFilter(const QString &number, const QString &filter)
{
    if (filter.isNull())
        return true;
    if (filter.startsWith(QLatin1Char('+')))
        return number == filter;
    QString digits;
    for (QChar c : filter) {
        if (c.isDigit())
            digits += c;
    }
    return !digits.isEmpty() && number.contains(digits);
}

} // namespace

Reply TwilioSandboxPrivate::fetchAccount(const Context &c)
{
    const Account &a = c.account;
    const QString uri = u"/2010-04-01/Accounts/"_s + a.sid;
    return ok({
        {u"auth_token"_s, a.authToken},
        {u"date_created"_s, rfc2822(FixtureDate)},
        {u"date_updated"_s, rfc2822(FixtureDate)},
        {u"friendly_name"_s, a.friendlyName},
        {u"owner_account_sid"_s, a.sid},
        {u"sid"_s, a.sid},
        {u"status"_s, a.status == Account::Status::Suspended ? u"suspended"_s : u"active"_s},
        {u"subresource_uris"_s,
         QJsonObject {
             {u"incoming_phone_numbers"_s, QString(uri + u"/IncomingPhoneNumbers.json"_s)},
             {u"outgoing_caller_ids"_s, QString(uri + u"/OutgoingCallerIds.json"_s)},
             {u"messages"_s, QString(uri + u"/Messages.json"_s)},
         }},
        {u"type"_s, a.type == Account::Type::Trial ? u"Trial"_s : u"Full"_s},
        {u"uri"_s, QString(uri + u".json"_s)},
    });
}

Reply TwilioSandboxPrivate::listIncomingNumbers(const Context &c)
{
    const QString filter = FormCodec::value(c.query, u"PhoneNumber"_s);
    FormCodec::Fields filters;
    if (!filter.isNull())
        filters.append({u"PhoneNumber"_s, filter});
    const QString created = rfc2822(FixtureDate);
    QList<QJsonObject> items;
    for (const Number &n : c.account.numbers) {
        if (!matchesPhoneFilter(n.phoneNumber, filter))
            continue;
        items.append({
            {u"account_sid"_s, c.account.sid},
            {u"address_requirements"_s, u"none"_s},
            {u"address_sid"_s, QJsonValue()},
            {u"api_version"_s, ApiVersion},
            {u"beta"_s, false},
            {u"capabilities"_s,
             QJsonObject {
                 {u"voice"_s, n.voice}, {u"sms"_s, n.sms}, {u"mms"_s, false}, {u"fax"_s, false}}},
            {u"date_created"_s, created},
            {u"date_updated"_s, created},
            {u"emergency_status"_s, u"Inactive"_s},
            {u"emergency_address_sid"_s, QJsonValue()},
            {u"emergency_address_status"_s, u"unregistered"_s},
            {u"friendly_name"_s, friendlyPhone(n.phoneNumber)},
            {u"identity_sid"_s, QJsonValue()},
            {u"origin"_s, u"twilio"_s},
            {u"phone_number"_s, n.phoneNumber},
            {u"sid"_s, n.sid},
            {u"sms_application_sid"_s, u""_s},
            {u"sms_fallback_method"_s, u"POST"_s},
            {u"sms_fallback_url"_s, u""_s},
            {u"sms_method"_s, u"POST"_s},
            {u"sms_url"_s, u""_s},
            {u"status_callback"_s, u""_s},
            {u"status_callback_method"_s, u"POST"_s},
            {u"trunk_sid"_s, QJsonValue()},
            {u"uri"_s,
             u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers/%2.json"_s.arg(c.account.sid, n.sid)},
            {u"voice_application_sid"_s, u""_s},
            {u"voice_caller_id_lookup"_s, false},
            {u"voice_fallback_method"_s, u"POST"_s},
            {u"voice_fallback_url"_s, QJsonValue()},
            {u"voice_method"_s, u"POST"_s},
            {u"voice_receive_mode"_s, u"voice"_s},
            {u"voice_url"_s, QJsonValue()},
            {u"bundle_sid"_s, QJsonValue()},
            {u"status"_s, u"in-use"_s},
            {u"type"_s, u"local"_s},
        });
    }
    return ok(page(u"incoming_phone_numbers"_s, items, c, filters));
}

Reply TwilioSandboxPrivate::listCallerIds(const Context &c)
{
    const QString filter = FormCodec::value(c.query, u"PhoneNumber"_s);
    FormCodec::Fields filters;
    if (!filter.isNull())
        filters.append({u"PhoneNumber"_s, filter});
    const QString created = rfc2822(FixtureDate);
    QList<QJsonObject> items;
    for (const CallerId &id : c.account.callerIds) {
        if (!matchesPhoneFilter(id.phoneNumber, filter))
            continue;
        items.append({
            {u"account_sid"_s, c.account.sid},
            {u"date_created"_s, created},
            {u"date_updated"_s, created},
            {u"friendly_name"_s, friendlyPhone(id.phoneNumber)},
            {u"phone_number"_s, id.phoneNumber},
            {u"sid"_s, id.sid},
            {u"uri"_s,
             u"/2010-04-01/Accounts/%1/OutgoingCallerIds/%2.json"_s.arg(c.account.sid, id.sid)},
        });
    }
    return ok(page(u"outgoing_caller_ids"_s, items, c, filters));
}

Reply TwilioSandboxPrivate::fetchMessagingService(const Context &c, const QString &sid)
{
    // Another account's service is as invisible as one that does not exist.
    if (c.account.messagingServiceSid.isEmpty() || sid != c.account.messagingServiceSid)
        return notFound(c.path);
    const QString url = base() + u"/v1/Services/"_s + sid;
    const QString created = iso8601(FixtureDate);
    return ok({
        {u"sid"_s, sid},
        {u"account_sid"_s, c.account.sid},
        {u"friendly_name"_s, u"Sandbox Messaging Service"_s},
        {u"date_created"_s, created},
        {u"date_updated"_s, created},
        {u"use_inbound_webhook_on_number"_s, false},
        {u"usecase"_s, u"notifications"_s},
        {u"url"_s, url},
        {u"links"_s, QJsonObject {{u"phone_numbers"_s, QString(url + u"/PhoneNumbers"_s)}}},
    });
}
