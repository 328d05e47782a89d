#include "TwilioSandboxPrivate.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;
using namespace SandboxWire;

// Verify v2: services (custom codes on or off) and verifications, with the codes "sent".

Reply TwilioSandboxPrivate::fetchService(const Context &c, const QString &sid)
{
    const auto &services = c.account.verifyServices;
    const auto it = std::find_if(services.cbegin(), services.cend(),
                                 [&](const VerifyService &s) { return s.sid == sid; });
    // Another account's service is as invisible as one that does not exist.
    if (it == services.cend())
        return notFound(c.path);
    const QString url = base() + u"/v2/Services/"_s + it->sid;
    const QString created = iso8601(FixtureDate);
    return ok({
        {u"sid"_s, it->sid},
        {u"account_sid"_s, c.account.sid},
        {u"friendly_name"_s, it->friendlyName},
        {u"code_length"_s, it->codeLength},
        {u"lookup_enabled"_s, false},
        {u"psd2_enabled"_s, false},
        {u"skip_sms_to_landlines"_s, false},
        {u"dtmf_input_required"_s, false},
        {u"tts_name"_s, QJsonValue()},
        {u"do_not_share_warning_enabled"_s, false},
        {u"custom_code_enabled"_s, it->customCodeEnabled},
        {u"push"_s,
         QJsonObject {{u"include_date"_s, false},
                      {u"apn_credential_sid"_s, QJsonValue()},
                      {u"fcm_credential_sid"_s, QJsonValue()}}},
        {u"totp"_s,
         QJsonObject {{u"issuer"_s, QJsonValue()},
                      {u"time_step"_s, QJsonValue()},
                      {u"code_length"_s, QJsonValue()},
                      {u"skew"_s, QJsonValue()}}},
        {u"whatsapp"_s,
         QJsonObject {{u"msg_service_sid"_s, QJsonValue()}, {u"from"_s, QJsonValue()}}},
        {u"default_template_sid"_s, QJsonValue()},
        {u"verify_event_subscription_enabled"_s, false},
        {u"date_created"_s, created},
        {u"date_updated"_s, created},
        {u"url"_s, url},
        {u"links"_s,
         QJsonObject {{u"verifications"_s, QString(url + u"/Verifications"_s)},
                      {u"verification_checks"_s, QString(url + u"/VerificationCheck"_s)},
                      {u"rate_limits"_s, QString(url + u"/RateLimits"_s)},
                      {u"messaging_configurations"_s, QString(url + u"/MessagingConfigurations"_s)},
                      {u"entities"_s, QString(url + u"/Entities"_s)},
                      {u"webhooks"_s, QString(url + u"/Webhooks"_s)},
                      {u"access_tokens"_s, QString(url + u"/AccessTokens"_s)}}},
    });
}

Reply TwilioSandboxPrivate::createVerification(const Context &c, const QString &serviceSid)
{
    const auto &services = c.account.verifyServices;
    const auto service = std::find_if(services.cbegin(), services.cend(),
                                      [&](const VerifyService &s) { return s.sid == serviceSid; });
    if (service == services.cend())
        return notFound(c.path);

    const QString to = FormCodec::value(c.form, u"To"_s);
    const QString channel = FormCodec::value(c.form, u"Channel"_s);
    const QString locale = FormCodec::value(c.form, u"Locale"_s);
    const bool hasCustomCode = FormCodec::contains(c.form, u"CustomCode"_s);
    const QString customCode = FormCodec::value(c.form, u"CustomCode"_s);
    static const QStringList channels {u"sms"_s,      u"call"_s, u"email"_s,
                                       u"whatsapp"_s, u"sna"_s,  u"auto"_s};

    if (to.isEmpty())
        return fail(60200, 400, u"Invalid parameter: To"_s);
    if (channel.isEmpty() || !channels.contains(channel))
        return fail(60200, 400, u"Invalid parameter: Channel"_s);
    const bool isEmail = channel == u"email"_s;
    if ((isEmail && !to.contains(u'@')) || (!isEmail && !isE164(to)))
        return fail(60200, 400, u"Invalid parameter `To`: %1"_s.arg(to));
    static const QRegularExpression localeShape(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$"_s);
    if (!locale.isNull() && !localeShape.match(locale).hasMatch())
        return fail(60200, 400, u"Invalid parameter: Locale"_s);
    if (hasCustomCode && !service->customCodeEnabled)
        return fail(60204, 403, u"Custom code not allowed"_s);
    if (hasCustomCode && customCode.isEmpty())
        return fail(60200, 400, u"Invalid parameter: CustomCode"_s);

    TwilioSandbox::Verification v;
    v.sid = newSid(u"VE"_s);
    v.serviceSid = service->sid;
    v.accountSid = c.account.sid;
    v.to = to;
    v.channel = channel;
    v.locale = locale;
    v.customCode = hasCustomCode;
    v.code = customCode;
    if (!hasCustomCode) {
        for (int i = 0; i < service->codeLength; ++i)
            v.code += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    }
    verifications.append(v);

    const QString created = iso8601(wallAt(now()));
    return ok(
        {
            {u"sid"_s, v.sid},
            {u"service_sid"_s, v.serviceSid},
            {u"account_sid"_s, v.accountSid},
            {u"to"_s, to},
            {u"channel"_s, channel},
            {u"status"_s, u"pending"_s},
            {u"valid"_s, false},
            {u"lookup"_s, QJsonObject()},
            {u"amount"_s, QJsonValue()},
            {u"payee"_s, QJsonValue()},
            {u"send_code_attempts"_s,
             QJsonArray {QJsonObject {{u"time"_s, created},
                                      {u"channel"_s, channel.toUpper()},
                                      {u"attempt_sid"_s, newSid(u"VL"_s)}}}},
            {u"date_created"_s, created},
            {u"date_updated"_s, created},
            {u"sna"_s, QJsonValue()},
            {u"url"_s, QString(base() + c.path + u'/' + v.sid)},
        },
        201);
}
